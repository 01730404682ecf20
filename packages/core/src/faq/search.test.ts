import { describe, expect, it } from 'vitest';
import { foldForSearch, matchRanges } from './search.js';

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
