// Case logs for the report's tests and the widget's, built through openCase and applyEvent so
// they are cases the step-plan accepts: every event of log version 2, and cases without them.
import {
  applyEvent,
  openCase,
  type CaseEvent,
  type CaseFacts,
  type CaseState,
  type InvolvedBy,
} from '../../step-plan/index.js';

type Recorded = CaseEvent extends infer E
  ? E extends { readonly kind: infer K }
    ? K extends 'case-opened'
      ? never
      : Omit<Extract<CaseEvent, { kind: K }>, 'caseId' | 'actor'>
    : never
  : never;

const OFFICER = { role: 'liaison-officer', name: 'An Peeters' } as const;

/** A case opened from these facts, then these events applied; throws on a refused one. */
export function caseWith(
  facts: Pick<CaseFacts, 'caseId' | 'municipality' | 'confirmedAt'> & Partial<CaseFacts>,
  ...events: Recorded[]
): CaseState {
  const opened = openCase({
    address: `Stationsstraat 1, ${facts.municipality}`,
    capacity: 80,
    targetGroups: ['adults'],
    expectedOpening: facts.confirmedAt.slice(0, 10),
    operator: { kind: 'fedasil' },
    ...facts,
  });
  if (!opened.ok) throw new Error(opened.error.message);
  let state = opened.value;
  for (const partial of events) {
    const next = applyEvent(state, {
      ...partial,
      caseId: facts.caseId,
      actor: OFFICER,
    });
    if (!next.ok) throw new Error(`${facts.caseId}: ${next.error.message}`);
    state = next.value;
  }
  return state;
}

const involved = (at: string, by: InvolvedBy): Recorded => ({ kind: 'officer-involved', at, by });
const announced = (at: string): Recorded => ({ kind: 'opening-announced', at, channel: 'press' });

/**
 * Five cases: Bredene (register 000:94) involved by Fedasil four days before the announcement,
 * offered three items and delivered one; Jabbeke (000:95) by the Red Cross on the day; Lommel
 * (000:101) by the municipality after it; Kapellen (not in the register) by the minister's
 * office, announcement not recorded; Waasmunster (000:106) with no new event, but support
 * declined.
 */
export function sampleCases(): CaseState[] {
  return [
    caseWith(
      { caseId: '2022-bredene', municipality: 'Bredene', confirmedAt: '2022-10-20T09:00' },
      involved('2022-10-21T10:00', { kind: 'fedasil' }),
      {
        kind: 'support-offered',
        at: '2022-10-21T11:00',
        items: ['partner-consultation-start', 'nt2-screening-referral'],
      },
      announced('2022-10-25T18:00'),
      { kind: 'support-delivered', at: '2022-11-10T14:00', items: ['info-market-organisation'] },
    ),
    caseWith(
      { caseId: '2022-jabbeke', municipality: 'Jabbeke', confirmedAt: '2022-11-24T08:00' },
      announced('2022-11-25T08:30'),
      involved('2022-11-25T23:30', { kind: 'red-cross' }),
      { kind: 'support-offered', at: '2022-11-28T10:00', items: ['communication-advice'] },
    ),
    caseWith(
      { caseId: '2021-lommel', municipality: 'lommel', confirmedAt: '2021-11-02T12:00' },
      announced('2021-11-03T12:00'),
      involved('2021-11-09T09:00', { kind: 'municipality' }),
    ),
    caseWith(
      { caseId: '2025-kapellen', municipality: 'Kapellen', confirmedAt: '2025-03-28T16:00' },
      involved('2025-03-29T09:00', { kind: 'minister-office' }),
    ),
    caseWith(
      { caseId: '2023-waasmunster', municipality: 'Waasmunster', confirmedAt: '2023-10-02T10:00' },
      { kind: 'support-declined', at: '2023-10-04T10:00', reason: 'eigen werking volstaat' },
    ),
  ];
}
