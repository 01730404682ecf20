import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldForSearch, foldQuery, matchRanges, rangesIn, toSearchText } from './fold.js';
import { tokenise } from '../catalogue/index.js';

describe('foldForSearch', () => {
  it('drops case and diacritics, and spells ß as ss', () => {
    expect(foldForSearch('ÉCOLE où Straße')).toBe('ecole ou strasse');
  });

  it('folds every run of separators to one space', () => {
    expect(foldForSearch(' Où est l’École ?! ')).toBe(' ou est l ecole ');
    expect(foldForSearch('?!')).toBe(' ');
    expect(foldForSearch('')).toBe('');
  });

  it('trims a query of white space, not of punctuation', () => {
    expect(foldQuery('  Où est l’École ?! ')).toBe('ou est l ecole ');
    expect(foldQuery('  ')).toBe('');
  });

  it('folds ligatures, compatibility forms and the letters no decomposition splits', () => {
    expect(foldForSearch('ﬁets ĲSSEL Ĳssel ĳs')).toBe('fiets ijssel ijssel ijs');
    expect(foldForSearch('Sœur, cœur, Æsop, Øst, Łódź, İzmir, ẞ')).toBe(
      'soeur coeur aesop ost lodz izmir ss',
    );
    expect(foldForSearch('NT²')).toBe('nt2');
  });

  it('reads a soft hyphen or a zero-width space as nothing', () => {
    expect(foldForSearch('informatie\u00adfolder vrij\u200bwilliger')).toBe(
      'informatiefolder vrijwilliger',
    );
  });
});

/** One folding for both searches: what the FAQ finds, the catalogue's words hold too. */
describe('one folding for FAQ search and catalogue search', () => {
  it('gives the catalogue the same words', () => {
    expect(tokenise('Straße')).toEqual(['strasse']);
    expect(foldForSearch('Straße')).toBe('strasse');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
        expect(tokenise(text)).toEqual(
          foldForSearch(text)
            .split(' ')
            .filter((word) => word !== ''),
        );
      }),
      { numRuns: 500 },
    );
  });
});

// query, text, should match, the highlighted original substrings
const table: readonly (readonly [string, string, boolean, readonly string[]])[] = [
  ['strasse', 'Straße', true, ['Straße']],
  ['Strasse', 'STRASSE', true, ['STRASSE']],
  ['straße', 'Strasse', true, ['Strasse']],
  ['STRAS', 'Straße 1', true, ['Straß']],
  ['cafe', 'Het café', true, ['café']],
  ['café', 'Het cafe', true, ['cafe']],
  ['e', 'e\u0301', true, ['e\u0301']],
  ['cafe', 'Cafe\u0301 open', true, ['Cafe\u0301']],
  ['open', 'Cafe\u0301 open', true, ['open']],
  ['ﬁets', 'fiets', true, ['fiets']],
  ['fiets', 'Een ﬁets', true, ['ﬁets']],
  ['fi', 'ﬁ', true, ['ﬁ']],
  ['ijs', 'Het Ĳsselmeer', true, ['Ĳs']],
  ['ĳssel', 'IJssel', true, ['IJssel']],
  ['ij', 'vrijwilliger', true, ['ij']],
  ['y', 'vrijwilliger', false, []],
  ['l’ecole', "Aller à l'école", true, ["l'école"]],
  ["l'ecole", 'Aller à l’École', true, ['l’École']],
  ['lʼecole', 'l‘école', true, ['l‘école']],
  ['auto’s', "twee auto's", true, ["auto's"]],
  ['wonen?', 'Wie komt er wonen?', true, ['wonen?']],
  ['wonen?', 'Wie komt er wonende', false, []],
  // A separator at the end of a query highlights the whole run of separators it matched.
  ['a?', 'Vraag a? Vraag b?', true, ['a? ']],
  ['komt er wonen', 'Wie komt   er, wonen?', true, ['komt   er, wonen']],
  ['kinderen school', 'kinderen 👶🏽 school', true, ['kinderen 👶🏽 school']],
  ['a', '😀a😀', true, ['a']],
  ['a', '𝐀 en 𝐚', true, ['𝐀', '𝐚']],
  ['𐐨b', 'a𐐀B 𐐀', true, ['𐐀B']],
  ['ss', 'ß', true, ['ß']],
  ['s', 'ßs', true, ['ß', 's']],
  ['soeur', 'Ma sœur', true, ['sœur']],
  ['informatiefolder', 'De informatie\u00adfolder', true, ['informatie\u00adfolder']],
  ['ecole', 'Quelle école ?', true, ['école']],
  ['school', 'Quelle école ?', false, []],
  ['', 'Quelle école ?', false, []],
  ['?', 'Quelle école ?', true, [' ', ' ?']],
  ['  ', 'Quelle école ?', false, []],
  // A match that ends inside a character's folding (`⑴` is ` 1 `) highlights that character,
  // not the separators its folding runs on into. Found by the property test below, with a
  // lone surrogate (a separator: it cannot be typed, but JSON can hold one) and with apostrophes.
  ['é\ud800', 'É⑴?', true, ['É⑴']],
  ['jʼ', 'j⑴ʼ', true, ['j⑴']],
  ['f’', 'f⑴🇧🇪 en f⑴\u0301?', true, ['f⑴', 'f⑴\u0301']],
  // A character that folds to nothing (`ﾞ` decomposes to a mark) goes with the one before it.
  ['\u0000', '\u0000ﾞ', true, ['\u0000ﾞ']],
];

describe('search and highlighting, case by case', () => {
  it.each(table)('%j in %j: matches %s, highlights %j', (query, text, matches, highlighted) => {
    const needle = foldQuery(query);
    expect(needle !== '' && foldForSearch(text).includes(needle)).toBe(matches);
    const ranges = matchRanges(text, query);
    expect(ranges.map((range) => text.slice(range.start, range.end))).toEqual(highlighted);
    expect(rangesIn(toSearchText(text), needle)).toEqual(ranges);
  });
});

describe('matchRanges', () => {
  it('finds every match regardless of case and accents, as ranges of the original text', () => {
    const text = 'École en ecole';
    const ranges = matchRanges(text, 'ECOLE');
    expect(ranges).toEqual([
      { start: 0, end: 5 },
      { start: 9, end: 14 },
    ]);
    expect(ranges.map((range) => text.slice(range.start, range.end))).toEqual(['École', 'ecole']);
  });

  it('keeps ranges right when the text holds decomposed letters', () => {
    const text = 'Cafe\u0301 open';
    const [range] = matchRanges(text, 'open');
    expect(text.slice(range?.start, range?.end)).toBe('open');
  });

  it('matches nothing for a blank query', () => {
    expect(matchRanges('Wie komt er wonen?', '  ')).toEqual([]);
  });
});

describe('matchRanges at the end of a decomposed letter', () => {
  it('keeps the combining mark with its letter', () => {
    const text = 'Cafe\u0301 open';
    const [range] = matchRanges(text, 'cafe');
    expect(text.slice(range?.start, range?.end)).toBe('Cafe\u0301');
  });
});

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
/** Whether `index` falls between the two halves of a surrogate pair of `text`. */
const splitsPair = (text: string, index: number): boolean =>
  index > 0 &&
  index < text.length &&
  isHigh(text.charCodeAt(index - 1)) &&
  isLow(text.charCodeAt(index));
/**
 * The characters (code points) of a text, each with the characters after it that fold to
 * nothing: marks and format characters, also those that are marks only once decomposed
 * (`ﾞ`, U+FF9E, is a letter whose NFKD is a combining mark).
 */
function units(text: string): string[] {
  const result: string[] = [];
  for (const character of text) {
    if (result.length > 0 && foldForSearch(character) === '')
      result.push(`${result.pop() ?? ''}${character}`);
    else result.push(character);
  }
  return result;
}

describe('a text folded once for search', () => {
  const letters = fc.constantFrom(
    'a',
    'A',
    'e',
    'é',
    'É',
    'e\u0301',
    '\u0301',
    's',
    'S',
    'ß',
    'ẞ',
    'İ',
    'ı',
    'ﬁ',
    'f',
    'i',
    'ĳ',
    'Ĳ',
    'j',
    'œ',
    'o',
    'ö',
    '²',
    '½',
    '⑴',
    ' ',
    '  ',
    '?',
    '’',
    "'",
    'ʼ',
    '\u00ad',
    '\u200d',
    '😀',
    '👶🏽',
    '🇧🇪',
    '𝐀',
    '𐐀',
    '𐐨',
    'ǅ',
    'Ω',
    '\ud800',
  );
  const texts = fc.array(letters, { maxLength: 30 }).map((parts) => parts.join(''));
  const anyText = fc.oneof(texts, fc.string({ unit: 'binary', maxLength: 20 }));

  it('highlights whole characters whose folding holds the query, and only those', () => {
    fc.assert(
      fc.property(anyText, anyText, (text, query) => {
        const needle = foldQuery(query);
        const ranges = rangesIn(toSearchText(text), needle);
        // The search and the highlighting agree on whether the text matches.
        expect(ranges.length > 0).toBe(needle !== '' && foldForSearch(text).includes(needle));
        let previous = 0;
        for (const { start, end } of ranges) {
          expect(start).toBeGreaterThanOrEqual(previous);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(text.length);
          expect(splitsPair(text, start) || splitsPair(text, end)).toBe(false);
          const slice = text.slice(start, end);
          // A valid slice of the original that folds to the query ...
          expect(foldForSearch(slice)).toContain(needle);
          // ... and no more: the query starts in what its first character folds to and ends in
          // what its last one folds to (all of `ß` for an `s`; all of a run of separators).
          const parts = units(slice);
          const first = foldForSearch(parts[0] ?? '').length;
          const last = foldForSearch(parts.at(-1) ?? '').length;
          const folded = foldForSearch(slice);
          let tight = false;
          for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
            if (at < first && at + needle.length > folded.length - last) tight = true;
          }
          expect(tight).toBe(true);
          previous = end;
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('finds any piece of a text cut at whole characters, and highlights that piece', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
        const parts = units(text);
        const [from, to] = [a % (parts.length + 1), b % (parts.length + 1)].sort(
          (x, y) => x - y,
        ) as [number, number];
        const piece = parts.slice(from, to).join('');
        const needle = foldForSearch(piece);
        if (needle === '') return;
        expect(foldForSearch(text)).toContain(needle);
        expect(rangesIn(toSearchText(text), needle).length).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });

  it('folds what it folded to itself', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(foldForSearch(foldForSearch(text))).toBe(foldForSearch(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('folds plain ASCII and keeps its ranges', () => {
    const prepared = toSearchText('Gaan de KINDEREN naar school');
    expect(prepared.folded).toBe('gaan de kinderen naar school');
    expect(rangesIn(prepared, 'kind')).toEqual([{ start: 8, end: 12 }]);
    expect(rangesIn(prepared, '')).toEqual([]);
  });
});
