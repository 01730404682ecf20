import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../catalogue/index.js';
import { locales } from '../i18n/index.js';
import { applyEvent } from './case.js';
import { describeCaseError, type CaseError } from './errors.js';
import type { CaseEvent, CaseState, InvolvedBy } from './model.js';
import { loadCase, toEventLog } from './storage.js';
import { apply, complete, event, opened } from './test-support/fixtures.js';

function rejectedWith(state: CaseState, next: CaseEvent): CaseError {
  const result = applyEvent(state, next);
  if (result.ok) throw new Error('accepted');
  return result.error;
}

const announced = (at: string, channel?: string) =>
  event({ kind: 'opening-announced', at, ...(channel === undefined ? {} : { channel }) });
const involved = (at: string, by: InvolvedBy) => event({ kind: 'officer-involved', at, by });
const offered = (at: string, ...items: string[]) => event({ kind: 'support-offered', at, items });
const delivered = (at: string, ...items: string[]) =>
  event({ kind: 'support-delivered', at, items });

describe('the announcement and the involvement', () => {
  it('records when the opening was announced, and who involved the officer', () => {
    const state = apply(
      opened(),
      involved('2024-03-28T18:00', { kind: 'municipality' }),
      announced('2024-03-29T09:00', 'Persbericht van de minister'),
    );
    expect(state.announcedAt).toBe('2024-03-29T09:00');
    expect(state.involvement).toEqual({ at: '2024-03-28T18:00', by: { kind: 'municipality' } });
    expect(state.events.map((one) => one.kind)).toEqual([
      'case-opened',
      'officer-involved',
      'opening-announced',
    ]);
  });

  it.each<InvolvedBy>([
    { kind: 'fedasil' },
    { kind: 'red-cross' },
    { kind: 'municipality' },
    { kind: 'minister-office' },
    { kind: 'other', name: 'Provinciegouverneur' },
  ])('takes each party that can involve the officer: %o', (by) => {
    expect(apply(opened(), involved('2024-03-29T09:00', by)).involvement?.by).toEqual(by);
  });

  it('refuses a second announcement and a second involvement: a correction is a note', () => {
    const state = apply(
      opened(),
      announced('2024-03-29T09:00'),
      involved('2024-03-29T10:00', { kind: 'fedasil' }),
    );
    expect(rejectedWith(state, announced('2024-03-30T09:00'))).toMatchObject({
      code: 'already-announced',
    });
    expect(rejectedWith(state, involved('2024-03-30T09:00', { kind: 'red-cross' }))).toMatchObject({
      code: 'already-involved',
    });
    for (const locale of locales)
      expect(
        describeCaseError(rejectedWith(state, announced('2024-03-30T09:00')), locale),
      ).not.toBe('');
  });

  it('keeps events in time order, as every event', () => {
    const state = apply(opened(), complete('C.a', '2024-03-29T10:00'));
    expect(rejectedWith(state, announced('2024-03-29T09:00'))).toMatchObject({
      code: 'out-of-order',
    });
  });

  it('refuses a party without a name, an unknown party and an empty channel, naming the path', () => {
    const state = opened();
    const bad = [
      involved('2024-03-29T09:00', { kind: 'other' } as unknown as InvolvedBy),
      involved('2024-03-29T09:00', { kind: 'mayor' } as unknown as InvolvedBy),
      announced('2024-03-29T09:00', '  '),
    ];
    const paths = bad.map((one) => {
      const error = rejectedWith(state, one);
      return error.kind === 'validation' ? error.issues.map((issue) => issue.path) : error.kind;
    });
    expect(paths).toEqual([['by.name'], ['by.kind'], ['channel']]);
  });
});

describe('support offered and delivered', () => {
  it('keeps each item once, in the order first offered; delivering an item offers it too', () => {
    const state = apply(
      opened(),
      offered('2024-03-29T09:00', 'info-market-support', 'buddy-scheme'),
      offered('2024-03-30T09:00', 'buddy-scheme', 'communication-advice'),
      delivered('2024-04-01T09:00', 'buddy-scheme', 'nt2-screening-referral'),
      delivered('2024-04-02T09:00', 'buddy-scheme'),
    );
    expect(state.supportOffered).toEqual([
      'info-market-support',
      'buddy-scheme',
      'communication-advice',
      'nt2-screening-referral',
    ]);
    expect(state.supportDelivered).toEqual(['buddy-scheme', 'nt2-screening-referral']);
  });

  it('takes every item of the catalogue', () => {
    const ids = catalogue.map((item) => item.id);
    expect(apply(opened(), offered('2024-03-29T09:00', ...ids)).supportOffered).toEqual(ids);
  });

  it('names the event and the ids that are not in the catalogue, in four languages', () => {
    const error = rejectedWith(
      opened(),
      delivered('2024-03-29T09:00', 'buddy-scheme', 'free-lunch', 'moon-trip'),
    );
    expect(error).toMatchObject({
      kind: 'event-rejected',
      code: 'unknown-catalogue-item',
      event: 'support-delivered',
      items: ['free-lunch', 'moon-trip'],
    });
    expect(error.message).toBe(
      '“support delivered” names something that is not in the catalogue: "free-lunch", "moon-trip".',
    );
    expect(describeCaseError(error, 'nl')).toBe(
      '‘ondersteuning geleverd’ noemt iets dat niet in de catalogus staat: "free-lunch", "moon-trip".',
    );
    expect(describeCaseError(error, 'fr')).toContain('« soutien fourni »');
    expect(describeCaseError(error, 'de')).toContain('„Unterstützung geleistet“');
    const offer = rejectedWith(opened(), offered('2024-03-29T09:00', 'free-lunch'));
    expect(offer).toMatchObject({ event: 'support-offered', items: ['free-lunch'] });
  });

  it('refuses no items, an item twice and an id of the wrong form, naming the path', () => {
    const state = opened();
    const paths = [
      offered('2024-03-29T09:00'),
      offered('2024-03-29T09:00', 'buddy-scheme', 'buddy-scheme'),
      delivered('2024-03-29T09:00', 'Buddy Scheme'),
    ].map((one) => {
      const error = rejectedWith(state, one);
      return error.kind === 'validation' ? error.issues.map((issue) => issue.path) : error.kind;
    });
    expect(paths).toEqual([['items'], ['items'], ['items[0]']]);
  });

  it('round-trips every new event through the event log', () => {
    const state = apply(
      opened(),
      involved('2024-03-28T17:00', { kind: 'other', name: 'Provinciegouverneur' }),
      announced('2024-03-29T09:00'),
      offered('2024-03-29T10:00', 'buddy-scheme'),
      delivered('2024-04-01T10:00', 'buddy-scheme'),
    );
    const loaded = loadCase(JSON.parse(JSON.stringify(toEventLog(state))) as unknown);
    expect(loaded.ok && loaded.value).toEqual(state);
  });

  it('does not change the case it is given', () => {
    const state = opened();
    const before = JSON.stringify(state);
    apply(state, offered('2024-03-29T10:00', 'buddy-scheme'));
    expect(JSON.stringify(state)).toBe(before);
  });
});

describe('any sequence of the version-2 events', () => {
  const ids = [...catalogue.slice(0, 6).map((item) => item.id), 'not-in-the-catalogue'];
  const someEvent = fc.record({
    kind: fc.constantFrom(
      'opening-announced' as const,
      'officer-involved' as const,
      'support-offered' as const,
      'support-delivered' as const,
    ),
    items: fc.uniqueArray(fc.constantFrom(...ids), { minLength: 0, maxLength: 3 }),
    minutes: fc.integer({ min: -30, max: 3000 }),
  });

  it('applies or changes nothing; delivered is part of offered, each id once; it loads back the same', () => {
    fc.assert(
      fc.property(fc.array(someEvent, { maxLength: 30 }), (drafts) => {
        let state = opened();
        let clock = Date.parse('2024-03-28T15:00:00Z');
        for (const draft of drafts) {
          clock += draft.minutes * 60_000;
          const at = new Date(clock).toISOString();
          const next =
            draft.kind === 'opening-announced'
              ? announced(at)
              : draft.kind === 'officer-involved'
                ? involved(at, { kind: 'red-cross' })
                : event({ kind: draft.kind, at, items: draft.items });
          const before = JSON.stringify(state);
          const result = applyEvent(state, next);
          if (result.ok) state = result.value;
          else expect(JSON.stringify(state)).toBe(before);
        }
        expect(state.supportDelivered.every((id) => state.supportOffered.includes(id))).toBe(true);
        expect(new Set(state.supportOffered).size).toBe(state.supportOffered.length);
        expect(state.supportOffered).not.toContain('not-in-the-catalogue');
        const loaded = loadCase(JSON.parse(JSON.stringify(toEventLog(state))) as unknown);
        expect(loaded.ok && loaded.value).toEqual(state);
      }),
      { numRuns: 200 },
    );
  });
});
