import { describe, expect, it } from 'vitest';
import {
  allowedEdits,
  editDistance,
  matchWord,
  rank,
  scoreDocument,
  searchDocument,
  tokenise,
} from './search.js';

describe('normalise and tokenise', () => {
  it('lower-cases, strips diacritics and splits on anything but letters and digits', () => {
    expect(tokenise('Beeldvórming')).toEqual(['beeldvorming']);
    expect(tokenise('Réfugiés, ÜBERWEISUNG & faq’s')).toEqual([
      'refugies',
      'uberweisung',
      'faq',
      's',
    ]);
    expect(tokenise('Straße NT2')).toEqual(['strasse', 'nt2']);
    expect(tokenise('   ')).toEqual([]);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps', () => {
    expect(editDistance('inburgerng', 'inburgering', 2)).toBe(1);
    expect(editDistance('buddy', 'bdudy', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('same', 'same', 1)).toBe(0);
    expect(editDistance('', 'ab', 2)).toBe(2);
  });
  it('stops at max + 1', () => {
    expect(editDistance('corona', 'school', 2)).toBe(3);
    expect(editDistance('ab', 'abcdef', 1)).toBe(2);
  });
});

describe('matchWord', () => {
  it('allows no typo up to 3 letters, 1 for 4-7, 2 from 8', () => {
    expect([allowedEdits('nt2'), allowedEdits('buddy'), allowedEdits('vrijwilliger')]).toEqual([
      0, 1, 2,
    ]);
    expect(matchWord('cvo', 'cbo', false)).toBeUndefined();
    expect(matchWord('bdudy', 'buddy', false)).toBe('fuzzy');
    expect(matchWord('buddy', 'bxdxy', false)).toBeUndefined();
    expect(matchWord('vrijwiliger', 'vrijwilliger', false)).toBe('fuzzy');
  });
  it('matches a prefix only for the last word; elsewhere a long start counts as a part', () => {
    expect(matchWord('vrijwil', 'vrijwilligerswerk', true)).toBe('prefix');
    expect(matchWord('vrijwil', 'vrijwilligerswerk', false)).toBe('infix');
    expect(matchWord('bud', 'buddy', true)).toBe('prefix');
    expect(matchWord('bud', 'buddy', false)).toBeUndefined();
  });
  it('finds a part of a compound from 5 letters', () => {
    expect(matchWord('markt', 'infomarkt', false)).toBe('infix');
    expect(matchWord('info', 'beeldinfo', false)).toBeUndefined();
  });
});

describe('scoreDocument and rank', () => {
  const doc = searchDocument([
    {
      weight: 2,
      text: { nl: 'Buddywerking', fr: 'Parrainage', de: 'Patenschaft', en: 'Buddy scheme' },
    },
    {
      weight: 1,
      text: {
        nl: 'Een duo met een bewoner',
        fr: 'Un binôme avec un résident',
        de: 'Ein Tandem mit einem Bewohner',
        en: 'A pair with a resident',
      },
    },
  ]);
  it('scores a label match above a description match, and the requested language double', () => {
    const label = scoreDocument(['parrainage'], doc, { mode: 'all' });
    const description = scoreDocument(['binome'], doc, { mode: 'all' });
    expect(label).toBeGreaterThan(description);
    expect(scoreDocument(['parrainage'], doc, { mode: 'all', locale: 'fr' })).toBe(2 * label);
  });
  it('needs every word in all mode and one in any mode', () => {
    expect(scoreDocument(['buddy', 'corona'], doc, { mode: 'all' })).toBe(0);
    expect(scoreDocument(['buddy', 'corona'], doc, { mode: 'any' })).toBeGreaterThan(0);
    expect(scoreDocument(['corona'], doc, { mode: 'any' })).toBe(0);
  });
  it('ranks by score and keeps input order for ties, dropping zeros', () => {
    expect(rank(['a', 'b', 'c', 'd'], (x) => ({ a: 1, b: 2, c: 1, d: 0 })[x] ?? 0)).toEqual([
      { entry: 'b', score: 2 },
      { entry: 'a', score: 1 },
      { entry: 'c', score: 1 },
    ]);
  });
});
