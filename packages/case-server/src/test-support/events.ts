// Events for test cases: a fictional municipality, times after its confirmation.
import type { CaseEvent, StepId } from '@opvang/core/step-plan';

export const CONFIRMED_AT = '2026-11-02T09:00';

/** The opening event of a test case in `municipality`. */
export function openingEvent(caseId: string, municipality = 'Demodorp'): CaseEvent {
  return {
    kind: 'case-opened',
    caseId,
    at: CONFIRMED_AT,
    actor: { role: 'federal' },
    facts: {
      caseId,
      municipality,
      confirmedAt: CONFIRMED_AT,
      address: `Teststraat 1, ${municipality} (fictief)`,
      capacity: 50,
      targetGroups: ['adults'],
      expectedOpening: '2026-12-15',
      operator: { kind: 'red-cross' },
    },
    policy: { contactDeadline: { kind: 'elapsed-hours', hours: 48 } },
  };
}

export function note(caseId: string, text: string, at = '2026-11-03T10:00'): CaseEvent {
  return { kind: 'note-added', caseId, at, actor: { role: 'liaison-officer', name: 'Test' }, text };
}

export function completed(caseId: string, step: StepId, at = '2026-11-03T10:00'): CaseEvent {
  return { kind: 'step-completed', caseId, at, actor: { role: 'liaison-officer' }, step };
}

export function offered(
  caseId: string,
  items: readonly string[],
  at = '2026-11-03T10:00',
): CaseEvent {
  return { kind: 'support-offered', caseId, at, actor: { role: 'liaison-officer' }, items };
}

export function announced(caseId: string, at = '2026-11-03T10:00'): CaseEvent {
  return { kind: 'opening-announced', caseId, at, actor: { role: 'liaison-officer' } };
}
