// One opening from A to K, replayed with realistic instants: the formal confirmation on the
// Thursday before Easter 2024, a two-working-day contact policy on the Flemish calendar, the
// clocks moving forward on Easter Sunday (31 March) and Easter Monday (1 April) a holiday.
import { describe, expect, it } from 'vitest';
import { belgianCalendar, workingDays } from '../deadlines/index.js';
import { caseStatus } from './status.js';
import { loadCase, toEventLog } from './storage.js';
import { apply, complete, event, opened } from './test-support/fixtures.js';

describe('a full opening, A to K', () => {
  const start = opened(
    {
      caseId: '2024-wommelgem',
      municipality: 'Wommelgem',
      confirmedAt: '2024-03-28T16:30',
      targetGroups: ['adults', 'families'],
      capacity: 250,
    },
    { contactDeadline: workingDays(2), calendar: belgianCalendar({ community: 'flemish' }) },
  );
  const at = (instant: string) => new Date(instant);
  const withCase = <T extends object>(value: T) => ({ ...value, caseId: '2024-wommelgem' });

  it('counts the contact past the weekend, the change of the clocks and Easter Monday', () => {
    // Friday 29 March is the first working day; Saturday, Sunday (clocks forward) and Easter Monday are skipped.
    expect(start.contactDue).toBe('2024-04-02T16:30:00.000+02:00');
    expect(caseStatus(start, at('2024-04-02T16:30:00+02:00')).overdue).toEqual([]);
    expect(caseStatus(start, at('2024-04-02T16:31:00+02:00')).overdue).toEqual(['C.a']);
  });

  it('goes through every step to the end, with the statuses a liaison officer would expect', () => {
    let state = apply(
      start,
      withCase(event({ kind: 'step-started', step: 'C.a', at: '2024-03-29T08:45' })),
      withCase(complete('C.a', '2024-03-29T09:10')),
      withCase(
        event({
          kind: 'note-added',
          at: '2024-03-29T09:15',
          text: 'Burgemeester gebeld; noden bevraagd.',
          step: 'C.a',
        }),
      ),
    );
    expect(caseStatus(state, at('2024-04-03T09:00:00+02:00')).overdue).toEqual([]);
    expect(caseStatus(state, at('2024-03-29T10:00:00+01:00')).nextActionable).toEqual(['C.b']);

    state = apply(state, withCase(complete('C.b', '2024-04-02T14:00')));
    const afterContact = caseStatus(state, at('2024-04-02T15:00:00+02:00'));
    expect(afterContact.steps.find((step) => step.id === 'C')?.status).toBe('done');
    expect(afterContact.nextActionable).toContain('D.b');
    expect(afterContact.steps.find((step) => step.id === 'D.d')?.blockedBy).toEqual(['D.b']);

    state = apply(
      state,
      withCase(
        event({
          kind: 'step-started',
          step: 'D.a',
          at: '2024-04-03T09:00',
          actor: { role: 'agii-local-coordinator' },
        }),
      ),
      withCase(
        event({
          kind: 'step-completed',
          step: 'D.b',
          at: '2024-04-08T11:00',
          actor: { role: 'agii-pathway-counsellor' },
        }),
      ),
      withCase(
        event({
          kind: 'step-completed',
          step: 'D.c',
          at: '2024-04-09T11:00',
          actor: { role: 'agii-training-coordinator' },
        }),
      ),
      withCase(complete('D.d', '2024-04-10T11:00')),
      withCase(complete('D.e', '2024-04-10T15:00')),
      withCase(
        event({
          kind: 'step-completed',
          step: 'E',
          at: '2024-04-11T19:00',
          actor: { role: 'municipality' },
        }),
      ),
      withCase(
        event({
          kind: 'step-completed',
          step: 'D.a',
          at: '2024-04-15T16:00',
          actor: { role: 'agii-local-coordinator' },
        }),
      ),
      withCase(complete('F', '2024-04-16T10:00')),
      withCase(
        event({
          kind: 'step-completed',
          step: 'G',
          at: '2024-04-17T09:00',
          actor: { role: 'municipality' },
        }),
      ),
      withCase(
        event({
          kind: 'step-completed',
          step: 'I',
          at: '2024-04-18T12:00',
          actor: { role: 'municipality' },
        }),
      ),
      withCase(
        event({
          kind: 'step-completed',
          step: 'J',
          at: '2024-04-19T12:00',
          actor: { role: 'municipality' },
        }),
      ),
      withCase(
        event({
          kind: 'step-completed',
          step: 'H',
          at: '2024-04-25T21:00',
          actor: { role: 'municipality' },
          format: 'information-market',
        }),
      ),
    );
    const beforeK = caseStatus(state, at('2024-04-26T09:00:00+02:00'));
    expect(beforeK.nextActionable).toEqual(['K.a', 'K.b', 'K.c', 'K.d']);
    expect(beforeK.steps.find((step) => step.id === 'D')?.status).toBe('done');

    state = apply(
      state,
      withCase(
        event({
          kind: 'step-completed',
          step: 'K.a',
          at: '2024-05-06T10:00',
          actor: { role: 'centre-operator' },
        }),
      ),
      withCase(complete('K.b', '2024-05-07T10:00')),
      withCase(
        event({
          kind: 'step-completed',
          step: 'K.c',
          at: '2024-06-03T10:00',
          actor: { role: 'partners', name: 'Vluchtelingenwerk Vlaanderen' },
        }),
      ),
      withCase(
        event({
          kind: 'step-skipped',
          step: 'K.d',
          at: '2024-06-03T11:00',
          reason: 'Nog geen vrijwilligersvacatures bij de partners.',
        }),
      ),
    );
    const end = caseStatus(state, at('2024-06-04T09:00:00+02:00'));
    expect(end.nextActionable).toEqual([]);
    expect(end.overdue).toEqual([]);
    expect(end.progress).toEqual({ applicable: 22, done: 21, skipped: 1, ratio: 1 });
    expect(
      end.steps.filter((step) => step.status !== 'done').map((step) => `${step.id}:${step.status}`),
    ).toEqual(['K.d:skipped']);

    // Stored and loaded back, the case is the same.
    const loaded = loadCase(JSON.parse(JSON.stringify(toEventLog(state))) as unknown);
    expect(loaded.ok && loaded.value).toEqual(state);
  });
});
