import { describe, expect, it } from 'vitest';
import { belgianCalendar, workingDays } from '../deadlines/index.js';
import { locales } from '../i18n/index.js';
import { applyEvent, openCase } from './case.js';
import { describeCaseError, type CaseError } from './errors.js';
import type { CaseEvent, CaseState } from './model.js';
import { apply, complete, event, facts, opened } from './test-support/fixtures.js';

function rejectedWith(state: CaseState, next: CaseEvent): CaseError {
  const result = applyEvent(state, next);
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('accepted');
  return result.error;
}

const afterContact = () =>
  apply(opened(), complete('C.a', '2024-03-29T10:00'), complete('C.b', '2024-04-02T14:00'));

describe('openCase', () => {
  it('starts with the decision and the facts of B done, at the confirmation', () => {
    const state = opened();
    expect(Object.entries(state.steps).map(([id, record]) => `${id}:${record?.state}`)).toEqual([
      'A:done',
      'B.a:done',
      'B.b:done',
      'B.c:done',
      'B.d:done',
    ]);
    expect(state.events).toHaveLength(1);
    expect(state.events[0]).toMatchObject({
      kind: 'case-opened',
      caseId: '2024-kapellen',
      at: '2024-03-28T16:00',
      actor: { role: 'federal' },
    });
  });

  it('makes the contact due 48 elapsed hours after the confirmation by default, across the change to summer time', () => {
    expect(opened({ confirmedAt: '2024-03-29T16:00' }).contactDue).toBe(
      '2024-03-31T17:00:00.000+02:00',
    );
    expect(opened().policy.contactDeadline).toEqual({ kind: 'elapsed-hours', hours: 48 });
  });

  it('takes another policy per case, such as two working days on the Flemish calendar', () => {
    const state = opened(
      {},
      { contactDeadline: workingDays(2), calendar: belgianCalendar({ community: 'flemish' }) },
    );
    // Friday 29 March counts; the weekend and Easter Monday 1 April do not.
    expect(state.contactDue).toBe('2024-04-02T16:00:00.000+02:00');
  });

  it('rejects wrong facts, naming each one', () => {
    const result = openCase({
      ...facts,
      capacity: -5,
      targetGroups: ['children' as never],
      confirmedAt: 'yesterday',
      operator: { kind: 'partner', name: '' },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues.map((issue) => issue.path)).toEqual([
      'facts.confirmedAt',
      'facts.capacity',
      'facts.targetGroups[0]',
      'facts.operator.name',
    ]);
    expect(result.error.issues[0]).toMatchObject({ received: 'yesterday' });
  });

  it('rejects a fuzzy opening period that ends before it starts, and an unknown field', () => {
    const result = openCase({
      ...facts,
      expectedOpening: { start: '2024-06-01', end: '2024-05-01', precision: 'month' },
    });
    expect(result.ok || result.error.issues[0].path).toBe('facts.expectedOpening');
    const extra = openCase({ ...facts, mayor: 'X' } as never);
    expect(extra.ok || extra.error.issues[0].message).toBe('unknown key "mayor"');
  });

  it('rejects a bad policy, naming it', () => {
    const result = openCase(facts, { contactDeadline: { kind: 'working-days', days: 0 } });
    expect(result.ok || result.error.issues[0].path).toBe('policy.contactDeadline.days');
  });
});

describe('applyEvent', () => {
  it('records a step as started, then done, keeping when it started', () => {
    const state = apply(
      opened(),
      event({ kind: 'step-started', step: 'C.a', at: '2024-03-29T09:00' }),
      complete('C.a', '2024-03-29T10:00'),
    );
    expect(state.steps['C.a']).toEqual({
      state: 'done',
      startedAt: '2024-03-29T09:00',
      completedAt: '2024-03-29T10:00',
    });
  });

  it('rejects completing a step whose dependencies are not done: D.d before C', () => {
    const error = rejectedWith(opened(), complete('D.d', '2024-03-29T10:00'));
    expect(error).toMatchObject({
      kind: 'event-rejected',
      code: 'dependencies-not-done',
      step: 'D.d',
      missing: ['C.a', 'C.b'],
    });
    expect(describeCaseError(error, 'nl')).toBe(
      'Stap D.d kan pas worden gestart of afgerond als deze stappen klaar zijn: C.a (Aanbod ondersteuning verbindingsofficier), C.b (Eerste afspraak).',
    );
  });

  it('rejects starting a step before its dependencies are done, too', () => {
    expect(
      rejectedWith(opened(), event({ kind: 'step-started', step: 'E', at: '2024-03-29T10:00' })),
    ).toMatchObject({ code: 'dependencies-not-done' });
  });

  it('waits for D.b before D.d only when D.b applies', () => {
    expect(applyEvent(afterContact(), complete('D.d', '2024-04-03T10:00')).ok).toBe(true);
    const withMinors = apply(
      opened({ targetGroups: ['unaccompanied-minors'] }),
      complete('C.a', '2024-03-29T10:00'),
      complete('C.b', '2024-04-02T14:00'),
    );
    expect(rejectedWith(withMinors, complete('D.d', '2024-04-03T10:00'))).toMatchObject({
      missing: ['D.b'],
    });
  });

  it('rejects completing a step twice, starting it twice, and anything after a skip', () => {
    const done = apply(opened(), complete('C.a', '2024-03-29T10:00'));
    expect(rejectedWith(done, complete('C.a', '2024-03-29T11:00'))).toMatchObject({
      code: 'already-done',
      step: 'C.a',
    });
    const started = apply(
      afterContact(),
      event({ kind: 'step-started', step: 'E', at: '2024-04-03T10:00' }),
    );
    expect(
      rejectedWith(started, event({ kind: 'step-started', step: 'E', at: '2024-04-03T11:00' })),
    ).toMatchObject({ code: 'already-started' });
    const skipped = apply(
      afterContact(),
      event({
        kind: 'step-skipped',
        step: 'J',
        at: '2024-04-03T10:00',
        reason: 'De gemeente verspreidt geen folder.',
      }),
    );
    expect(skipped.steps.J).toMatchObject({
      state: 'skipped',
      skipReason: 'De gemeente verspreidt geen folder.',
    });
    expect(rejectedWith(skipped, complete('J', '2024-04-04T10:00'))).toMatchObject({
      code: 'already-skipped',
    });
    expect(
      rejectedWith(
        skipped,
        event({ kind: 'step-skipped', step: 'J', at: '2024-04-04T10:00', reason: 'again' }),
      ),
    ).toMatchObject({ code: 'already-skipped' });
  });

  it('rejects an event for another case', () => {
    expect(
      rejectedWith(opened(), { ...complete('C.a', '2024-03-29T10:00'), caseId: '2024-other' }),
    ).toMatchObject({ code: 'other-case' });
  });

  it('rejects an event dated before the one before it, and accepts one at the same instant', () => {
    const state = apply(opened(), complete('C.a', '2024-03-29T10:00'));
    expect(rejectedWith(state, complete('C.b', '2024-03-29T09:59'))).toMatchObject({
      code: 'out-of-order',
    });
    // 10:00 in Brussels on 29 March 2024 (still winter time) is 09:00Z: the same instant.
    expect(applyEvent(state, complete('C.b', '2024-03-29T09:00:00Z')).ok).toBe(true);
  });

  it('accepts H only as an information market, and says why otherwise', () => {
    const state = afterContact();
    const panel = rejectedWith(state, complete('H', '2024-04-20T14:00', 'panel-discussion'));
    expect(panel).toMatchObject({
      code: 'forbidden-format',
      step: 'H',
      format: 'panel-discussion',
    });
    expect(describeCaseError(panel, 'en')).toContain(
      'not a panel discussion and not an information meeting',
    );
    expect(
      rejectedWith(state, complete('H', '2024-04-20T14:00', 'information-meeting')),
    ).toMatchObject({ code: 'forbidden-format' });
    expect(rejectedWith(state, complete('H', '2024-04-20T14:00'))).toMatchObject({
      code: 'format-required',
    });
    expect(
      rejectedWith(state, complete('I', '2024-04-20T14:00', 'information-market')),
    ).toMatchObject({ code: 'format-not-expected' });
    expect(
      apply(state, complete('H', '2024-04-20T14:00', 'information-market')).steps.H,
    ).toMatchObject({ state: 'done', format: 'information-market' });
  });

  it('rejects a step with sub-steps and a step that does not apply', () => {
    expect(rejectedWith(afterContact(), complete('D', '2024-04-03T10:00'))).toMatchObject({
      code: 'step-has-sub-steps',
      step: 'D',
    });
    expect(rejectedWith(afterContact(), complete('D.b', '2024-04-03T10:00'))).toMatchObject({
      code: 'not-applicable',
      step: 'D.b',
    });
  });

  it('makes D.b apply when an updated fact adds minors', () => {
    const state = apply(
      afterContact(),
      event({
        kind: 'fact-updated',
        at: '2024-04-03T09:00',
        facts: { targetGroups: ['adults', 'families'], capacity: 150 },
      }),
    );
    expect(state.facts.capacity).toBe(150);
    expect(apply(state, complete('D.b', '2024-04-05T10:00')).steps['D.b']?.state).toBe('done');
  });

  it('records a refusal of support once, and notes', () => {
    const state = apply(
      opened(),
      event({
        kind: 'support-declined',
        at: '2024-03-29T10:00',
        actor: { role: 'municipality' },
        reason: 'Het bestuur organiseert het zelf.',
      }),
      event({
        kind: 'note-added',
        at: '2024-03-29T11:00',
        text: 'Gebeld met de burgemeester.',
        step: 'C.a',
      }),
    );
    expect(state.declined).toEqual({
      at: '2024-03-29T10:00',
      actor: { role: 'municipality' },
      reason: 'Het bestuur organiseert het zelf.',
    });
    expect(state.notes).toEqual([
      {
        at: '2024-03-29T11:00',
        actor: { role: 'liaison-officer', name: 'An Peeters' },
        text: 'Gebeld met de burgemeester.',
        step: 'C.a',
      },
    ]);
    expect(
      rejectedWith(state, event({ kind: 'support-declined', at: '2024-03-30T10:00' })),
    ).toMatchObject({ code: 'already-declined' });
  });

  it('rejects a second opening and malformed events, naming the field', () => {
    expect(rejectedWith(opened(), opened().events[0])).toMatchObject({ code: 'not-opening-event' });
    const unknownStep = rejectedWith(opened(), complete('Z' as never, '2024-03-29T10:00'));
    expect(unknownStep).toMatchObject({ kind: 'validation' });
    if (unknownStep.kind === 'validation') expect(unknownStep.issues[0].path).toBe('step');
    const badInstant = rejectedWith(opened(), complete('C.a', 'soon'));
    if (badInstant.kind === 'validation')
      expect(badInstant.issues[0]).toMatchObject({ path: 'at', received: 'soon' });
    const noActor = rejectedWith(opened(), {
      ...complete('C.a', '2024-03-29T10:00'),
      actor: { role: 'mayor' },
    } as never);
    if (noActor.kind === 'validation') expect(noActor.issues[0].path).toBe('actor.role');
    expect(
      rejectedWith(opened(), event({ kind: 'fact-updated', at: '2024-03-29T10:00', facts: {} }))
        .kind,
    ).toBe('validation');
  });

  it('leaves the case unchanged when an event is rejected', () => {
    const state = afterContact();
    const before = JSON.stringify(state);
    applyEvent(state, complete('H', '2024-04-20T14:00', 'panel-discussion'));
    applyEvent(state, complete('C.a', '2024-04-20T14:00'));
    expect(JSON.stringify(state)).toBe(before);
  });

  it('explains every rejection in four languages', () => {
    const errors = [
      rejectedWith(opened(), complete('D.d', '2024-03-29T10:00')),
      rejectedWith(afterContact(), complete('H', '2024-04-20T14:00', 'panel-discussion')),
      rejectedWith(afterContact(), complete('D.b', '2024-04-03T10:00')),
    ];
    for (const error of errors) {
      const texts = locales.map((locale) => describeCaseError(error, locale));
      expect(new Set(texts).size).toBe(4);
    }
    expect(
      describeCaseError(rejectedWith(afterContact(), complete('D.b', '2024-04-03T10:00')), 'fr'),
    ).toBe('L’étape D.b (Mineurs vers l’enseignement) ne s’applique pas à ce dossier.');
  });
});

describe('the expected opening', () => {
  it('takes a parseDutchPeriod result as it is, keeping the interval and its precision', async () => {
    const { parseDutchPeriod } = await import('../register/index.js');
    const period = parseDutchPeriod('eind mei 2024');
    if (!period.ok) throw new Error(period.error.message);
    const state = opened({ expectedOpening: period.value });
    expect(state.facts.expectedOpening).toEqual({
      start: '2024-05-21',
      end: '2024-05-31',
      precision: 'part-of-month',
    });
  });
});
