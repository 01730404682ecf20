import type { CaseEvent, CaseFacts, CaseState } from '../model.js';
import { applyEvent, openCase, type OpenCaseOptions } from '../case.js';
import type { StepId } from '../steps.js';

export const facts: CaseFacts = {
  caseId: '2024-kapellen',
  municipality: 'Kapellen',
  confirmedAt: '2024-03-28T16:00',
  address: 'Kapelsestraat 1, 2950 Kapellen',
  capacity: 120,
  targetGroups: ['adults'],
  expectedOpening: '2024-05-01',
  operator: { kind: 'red-cross' },
};

export function opened(
  overrides: Partial<CaseFacts> = {},
  options: OpenCaseOptions = {},
): CaseState {
  const result = openCase({ ...facts, ...overrides }, options);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

type Without<E> = E extends unknown
  ? Omit<E, 'caseId' | 'actor'> & Partial<Pick<CaseEvent, 'caseId' | 'actor'>>
  : never;

/** An event for the fixture case, by the liaison officer unless said otherwise. */
export function event(partial: Without<Exclude<CaseEvent, { kind: 'case-opened' }>>): CaseEvent {
  return {
    caseId: facts.caseId,
    actor: { role: 'liaison-officer', name: 'An Peeters' },
    ...partial,
  };
}

export function apply(state: CaseState, ...events: CaseEvent[]): CaseState {
  let current = state;
  for (const next of events) {
    const result = applyEvent(current, next);
    if (!result.ok) throw new Error(result.error.message);
    current = result.value;
  }
  return current;
}

export const complete = (
  step: StepId,
  at: string,
  format?: 'information-market' | 'panel-discussion' | 'information-meeting',
) => event({ kind: 'step-completed', step, at, ...(format === undefined ? {} : { format }) });
