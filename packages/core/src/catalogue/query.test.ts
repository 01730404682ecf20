import { describe, expect, it } from 'vitest';
import {
  catalogue,
  findReferrals,
  queryCatalogue,
  stepIds,
  type CatalogueQuery,
  type ReferralQuery,
} from './index.js';

/** The ids of a successful query; fails the test on an error. */
function ids(query: CatalogueQuery): string[] {
  const result = queryCatalogue(query);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.map((hit) => hit.item.id);
}

function referralIds(query: ReferralQuery): string[] {
  const result = findReferrals(query);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.map((hit) => hit.referral.id);
}

// Queries from a URL or JSON are not typed: these helpers let the tests pass what a caller might.
const untyped = (query: unknown) => queryCatalogue(query as CatalogueQuery);
const untypedReferrals = (query: unknown) => findReferrals(query as ReferralQuery);

describe('queryCatalogue: filters', () => {
  it('returns the whole catalogue in order without a query', () => {
    expect(ids({})).toEqual(catalogue.map((item) => item.id));
    const all = queryCatalogue();
    expect(all.ok && all.value.every((hit) => hit.score === 0)).toBe(true);
  });
  it('filters by kind, one value or a list (OR)', () => {
    expect(ids({ kind: 'internal-service' })).toEqual([
      'social-interpreting-and-translation',
      'foreigners-law-and-international-family-law',
    ]);
    expect(ids({ kind: ['extra-support', 'internal-service'] })).toHaveLength(6);
  });
  it('filters by phase', () => {
    // No item is for long-open centres only: the steering-group item is part of the offer for new ones.
    expect(ids({ phase: 'long-running' })).toEqual([]);
    expect(ids({ phase: 'around-opening' })).toContain('steering-group-participation');
  });
  it('filters by step, where a step matches its own sub-steps', () => {
    expect(ids({ step: 'K.c' })).toEqual(['buddy-scheme']);
    expect(ids({ step: 'K' })).toEqual(
      expect.arrayContaining(['buddy-scheme', 'leisure-volunteering-referral', 'fedasil']),
    );
    expect(ids({ step: 'K' })).not.toContain('nt2-screening-referral');
    expect(ids({ step: 'D.e', kind: 'training-topic' })).toHaveLength(6);
    expect(ids({ step: 'H' })).toEqual([
      'info-market-organisation',
      'info-market-support',
      'local-government',
    ]);
    expect(ids({ step: 'B.a' })).toEqual([]);
  });
  it('filters by audience (any of the item’s audiences)', () => {
    const schools = ids({ audience: 'schools' });
    expect(schools).toContain('primary-school-heads');
    expect(schools).not.toContain('corona-advice');
    expect(ids({ audience: ['schools', 'neighbours'] }).length).toBeGreaterThan(schools.length);
  });
  it('combines filters with AND', () => {
    expect(ids({ kind: 'task', audience: 'neighbours', step: 'H' })).toEqual([
      'info-market-support',
    ]);
    expect(ids({ kind: 'partner', phase: 'long-running' })).toEqual([]);
  });
});

describe('queryCatalogue: errors name the path, the expected values and what was received', () => {
  it('rejects an unknown kind', () => {
    const result = untyped({ kind: 'workshop' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('validation');
    expect(result.error.issues).toHaveLength(1);
    const [issue] = result.error.issues;
    expect(issue.path).toBe('kind');
    expect(issue.received).toBe('workshop');
    expect(issue.expected).toContain('"support-offer"');
    expect(issue.expected).toContain('"internal-service"');
    expect(result.error.message).toContain('kind');
  });
  it('rejects an unknown step inside a list at its index, listing all step ids', () => {
    const result = untyped({ step: ['D.e', 'Z', 'K.e'] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues.map((i) => [i.path, i.received])).toEqual([
      ['step[1]', 'Z'],
      ['step[2]', 'K.e'],
    ]);
    for (const step of stepIds) expect(result.error.issues[0].expected).toContain(`"${step}"`);
  });
  it('reports every bad filter at once', () => {
    const result = untyped({ phase: 'during', audience: ['neighbours', 'press'], kind: [] });
    expect(result.ok ? [] : result.error.issues.map((i) => i.path)).toEqual([
      'kind',
      'phase',
      'audience[1]',
    ]);
  });
  it('rejects bad types: a non-string search, a number filter, a locale that is not a tag, an unknown match mode', () => {
    const result = untyped({ text: 42, step: 3, locale: 7, match: 'some' });
    expect(result.ok ? [] : result.error.issues.map((i) => [i.path, i.received])).toEqual([
      ['step', 3],
      ['text', 42],
      ['locale', 7],
      ['match', 'some'],
    ]);
  });
  it('reads a language tag as negotiateLocale does: nl-BE as nl, an unsupported language as nl', () => {
    const ranked = (locale: string) => {
      const result = untyped({ text: 'opvang', locale });
      return result.ok ? result.value.map((hit) => [hit.item.id, hit.score]) : result.error.message;
    };
    expect(ranked('nl-BE')).toEqual(ranked('nl'));
    expect(ranked('FR_be')).toEqual(ranked('fr'));
    expect(ranked('ar')).toEqual(ranked('nl'));
  });
  it('rejects unknown keys, a non-object query and too long a text', () => {
    const unknownKey = untyped({ kinds: 'task' });
    expect(unknownKey.ok ? undefined : unknownKey.error.issues[0]).toMatchObject({
      path: 'kinds',
      received: 'task',
    });
    for (const bad of [null, 'buddy', ['task'], 7]) {
      const result = untyped(bad);
      expect(result.ok ? undefined : result.error.issues[0].path).toBe('');
    }
    const long = untyped({ text: 'a'.repeat(201) });
    expect(long.ok ? undefined : long.error.issues[0].expected).toBe('at most 200 characters');
  });
  it('accepts undefined filters as absent', () => {
    const result = untyped({ text: 'buddy', kind: undefined });
    expect(result.ok && result.value.map((hit) => hit.item.id)).toEqual(['buddy-scheme']);
  });
});

describe('queryCatalogue: full-text search', () => {
  it('ignores case and diacritics', () => {
    const expected = ['civic-integration-info', 'topic-civic-integration-and-residence'];
    expect(ids({ text: 'INBURGERING' }).slice(0, 2)).toEqual(expected);
    expect(ids({ text: 'beeldvórming' })).toEqual([
      'public-perception-info',
      'topic-public-perception',
    ]);
    expect(ids({ text: 'BÉNÉVOLAT' })).toEqual(ids({ text: 'benevolat' }));
  });
  it('tolerates small typos', () => {
    expect(ids({ text: 'inburgerng' }).slice(0, 2)).toEqual([
      'civic-integration-info',
      'topic-civic-integration-and-residence',
    ]);
    expect(ids({ text: 'bdudy' })).toEqual(['buddy-scheme']);
    expect(ids({ text: 'polarisatoin' })).toContain('topic-bystander-and-polarisation');
  });
  it('does not invent matches for short words or far-off words', () => {
    expect(ids({ text: 'xyz' })).toEqual([]);
    expect(ids({ text: 'giraffe' })).toEqual([]);
  });
  it('matches the last word as a prefix, while typing', () => {
    expect(ids({ text: 'bud' })).toEqual(['buddy-scheme']);
    expect(ids({ text: 'stress trau' })).toEqual(['topic-stress-and-trauma']);
    expect(ids({ text: 'trau stress' })).toEqual([]);
  });
  it('finds French, German and English words', () => {
    expect(ids({ text: 'parrainage' })).toEqual(['buddy-scheme']);
    expect(ids({ text: 'Feuerwehr' })).toEqual(['fire-service']);
    expect(ids({ text: 'interprétariat' })[0]).toBe('social-interpreting-and-translation');
    expect(ids({ text: 'bourgmestre' })[0]).toBe('mayor-contact-within-48-hours');
    expect(ids({ text: 'Bürgermeister' })[0]).toBe('mayor-contact-within-48-hours');
    expect(ids({ text: 'mayor' })[0]).toBe('mayor-contact-within-48-hours');
    expect(ids({ text: 'information market' })).toEqual([
      'info-market-organisation',
      'info-market-support',
    ]);
  });
  it('needs every word by default; match "any" ranks items with more words higher', () => {
    expect(ids({ text: 'buddy corona' })).toEqual([]);
    // One word each, equal scores: catalogue order (the support offer comes before step K).
    expect(ids({ text: 'buddy corona', match: 'any' })).toEqual(['corona-advice', 'buddy-scheme']);
    const both = ids({ text: 'buddy vrijwilliger', match: 'any' });
    expect(both[0]).toBe('buddy-scheme');
    expect(both.length).toBeGreaterThan(1);
  });
  it('ranks by relevance: a label hit before a description hit', () => {
    const result = queryCatalogue({ text: 'polarisation' });
    expect(result.ok && result.value.map((hit) => hit.item.id)).toEqual([
      'topic-bystander-and-polarisation',
      'social-tension-advice',
    ]);
    expect(
      result.ok &&
        result.value[0] &&
        result.value[1] &&
        result.value[0].score > result.value[1].score,
    ).toBe(true);
  });
  it('keeps catalogue order between equal scores, and gives the same answer every time', () => {
    const first = ids({ text: 'vrijwilligerswerk' });
    expect(first.slice(0, 3)).toEqual([
      'leisure-volunteering-referral',
      'leisure-volunteering-alignment',
      'volunteering-by-residents',
    ]);
    expect(ids({ text: 'vrijwilligerswerk' })).toEqual(first);
  });
  it('ranks matches in the requested language first', () => {
    // "Inburgering" is in AgII's French description as a proper name; with locale fr it rises.
    const plain = queryCatalogue({ text: 'inburgering' });
    const french = queryCatalogue({ text: 'inburgering', locale: 'fr' });
    const score = (r: typeof plain, id: string) =>
      r.ok ? r.value.find((hit) => hit.item.id === id)?.score : undefined;
    expect(score(french, 'agii-staff')).toBe(2 * (score(plain, 'agii-staff') ?? 0));
  });
  it('combines text with filters', () => {
    expect(ids({ text: 'beeldvorming', kind: 'training-topic' })).toEqual([
      'topic-public-perception',
    ]);
    expect(ids({ text: '   ', kind: 'internal-service' })).toHaveLength(2);
  });
});

describe('findReferrals', () => {
  it('returns the whole map in order without a query', () => {
    expect(referralIds({})).toEqual([
      'ocmw',
      'vdab-actiris',
      'agii',
      'caw',
      'clb',
      'kind-en-gezin',
      'health-insurer',
      'school',
      'one-stop-shop',
    ]);
    expect(findReferrals().ok).toBe(true);
  });
  it('filters by question kind, one or a list', () => {
    expect(referralIds({ questionKind: 'school' })).toEqual(['clb', 'school']);
    expect(referralIds({ questionKind: ['work', 'childcare'] })).toEqual([
      'vdab-actiris',
      'kind-en-gezin',
    ]);
    expect(referralIds({ questionKind: 'moving' })).toEqual(['ocmw', 'caw', 'health-insurer']);
  });
  it('searches names, explanations and "when" texts in four languages, typo-tolerant', () => {
    expect(referralIds({ text: 'mutualité', locale: 'fr' })[0]).toBe('health-insurer');
    expect(referralIds({ text: 'Krankenkasse' })).toEqual(['health-insurer']);
    expect(referralIds({ text: 'leefloon' })).toEqual(['ocmw']);
    expect(referralIds({ text: 'Actirs' })).toEqual(['vdab-actiris']);
    expect(referralIds({ text: 'pupil guidance' })[0]).toBe('clb');
    expect(referralIds({ text: 'ocmw', questionKind: 'income' })[0]).toBe('ocmw');
  });
  it('rejects an unknown question kind with path, expected and received', () => {
    const result = untypedReferrals({ questionKind: ['school', 'visa'] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.subject).toBe('referral query');
    expect(result.error.issues[0]).toMatchObject({ path: 'questionKind[1]', received: 'visa' });
    expect(result.error.issues[0].expected).toContain('"health-insurance"');
  });
  it('rejects bad types and keys', () => {
    const result = untypedReferrals({ text: ['ocmw'], kind: 'task', questionKind: {} });
    expect(result.ok ? [] : result.error.issues.map((i) => i.path)).toEqual([
      'kind',
      'questionKind',
      'text',
    ]);
  });
});
