import { openCase, type CaseEvent, type CaseFacts } from '@opvang/core/step-plan';

/** A fictional municipality's facts: no real place, no real confirmation time. */
export function demoFacts(caseId = 'demo-testdorp'): CaseFacts {
  return {
    caseId,
    municipality: 'Testdorp',
    confirmedAt: '2025-03-28T16:00',
    address: 'Voorbeeldstraat 1, 9999 Testdorp',
    capacity: 120,
    targetGroups: ['adults'],
    expectedOpening: '2025-05-01',
    operator: { kind: 'red-cross' },
  };
}

/** The `case-opened` event `openCase` makes from {@link demoFacts}, with the default 48 hours. */
export function openingEvent(caseId = 'demo-testdorp'): CaseEvent {
  const opened = openCase(demoFacts(caseId));
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value.events[0];
}

/** A step event for the demo case, recorded by a liaison officer. */
export function stepEvent(
  kind: 'step-started' | 'step-completed',
  step: Extract<CaseEvent, { kind: 'step-started' }>['step'],
  at: string,
  caseId = 'demo-testdorp',
): CaseEvent {
  const actor = { role: 'liaison-officer', name: 'Test Persoon' } as const;
  return kind === 'step-started'
    ? { kind, caseId, at, actor, step }
    : { kind, caseId, at, actor, step };
}

/** A database name no other test uses (test files run side by side in one browser, with their clocks set alike). */
export const freshDatabase = (): string => `opvang-cases-test-${crypto.randomUUID()}`;
