import { describe, expect, it } from 'vitest';
import { isIsoDate } from './iso-date.js';

describe('isIsoDate', () => {
  it('accepts existing calendar dates written YYYY-MM-DD, leap days included', () => {
    expect(['2025-01-01', '2024-02-29', '2000-02-29', '2025-12-31'].every(isIsoDate)).toBe(true);
  });

  it('rejects impossible dates and other spellings', () => {
    expect(
      [
        '2025-02-29',
        '1900-02-29',
        '2025-04-31',
        '2025-13-01',
        '2025-1-01',
        '01/02/2025',
        '2025-01-01T00:00',
        '',
      ].some(isIsoDate),
    ).toBe(false);
  });
});
