import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldForSearch, matchRanges, rangesIn, toSearchText } from './search.js';

describe('foldForSearch', () => {
  it('drops case and diacritics', () => {
    expect(foldForSearch('ÉCOLE où Straße')).toBe('ecole ou straße');
  });
});

describe('matchRanges', () => {
  it('finds every match regardless of case and accents, as ranges of the original text', () => {
    const text = 'École en ecole';
    const ranges = matchRanges(text, 'ECOLE');
    expect(ranges).toEqual([{ start: 0, end: 5 }, { start: 9, end: 14 }]);
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

describe('a text folded once for search', () => {
  /** The per-keystroke implementation this replaces: fold every character of the text again. */
  function oracleRanges(text: string, query: string): { start: number; end: number }[] {
    const fold = (character: string) => character.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const needle = Array.from(query.trim()).map(fold).join('');
    if (needle === '') return [];
    let folded = '';
    const origin: number[] = [];
    let index = 0;
    for (const character of text) {
      const part = fold(character);
      for (let i = 0; i < part.length; i++) origin.push(index);
      folded += part;
      index += character.length;
    }
    origin.push(text.length);
    const ranges = [];
    let from = folded.indexOf(needle);
    while (from !== -1) {
      ranges.push({ start: origin[from] ?? text.length, end: origin[from + needle.length] ?? text.length });
      from = folded.indexOf(needle, from + needle.length);
    }
    return ranges;
  }

  const letters = fc.constantFrom('a', 'A', 'e', 'é', 'É', 'e\u0301', 'ß', 'İ', 'ﬁ', 'o', 'ö', ' ', '?', '😀', 'ǅ', 'Ω');
  const texts = fc.array(letters, { maxLength: 30 }).map((parts) => parts.join(''));

  it('finds the same ranges as folding the whole text on every keystroke', () => {
    fc.assert(
      fc.property(texts, texts, (text, query) => {
        const prepared = toSearchText(text);
        expect(rangesIn(prepared, foldForSearch(query.trim()))).toEqual(oracleRanges(text, query));
        expect(matchRanges(text, query)).toEqual(oracleRanges(text, query));
        expect(prepared.folded).toBe(foldForSearch(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('folds plain ASCII without per-character work, and keeps its ranges', () => {
    const prepared = toSearchText('Gaan de KINDEREN naar school?');
    expect(prepared.folded).toBe('gaan de kinderen naar school?');
    expect(rangesIn(prepared, 'kind')).toEqual([{ start: 8, end: 12 }]);
    expect(rangesIn(prepared, '')).toEqual([]);
  });
});
