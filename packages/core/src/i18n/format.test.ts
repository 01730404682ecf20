import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDateTimeRange, formatNumber } from './index.js';

// 18:00 UTC is 19:00 in Brussels in winter (CET, UTC+1).
const winterEvening = new Date('2025-03-14T18:00:00Z');
// 17:00 UTC is 19:00 in Brussels in summer (CEST, UTC+2).
const summerEvening = new Date('2025-07-01T17:00:00Z');

describe('formatDateTime', () => {
  it('shows Brussels wall-clock time in winter and in summer', () => {
    expect(formatDateTime(winterEvening, 'nl', 'time')).toBe('19:00');
    expect(formatDateTime(summerEvening, 'nl', 'time')).toBe('19:00');
  });

  it('writes the long date in each language', () => {
    expect(formatDateTime(winterEvening, 'nl', 'long-date')).toBe('vrijdag 14 maart 2025');
    expect(formatDateTime(winterEvening, 'fr', 'long-date')).toBe('vendredi 14 mars 2025');
    expect(formatDateTime(winterEvening, 'de', 'long-date')).toBe('Freitag, 14. März 2025');
    expect(formatDateTime(winterEvening, 'en', 'long-date')).toBe('Friday, 14 March 2025');
  });

  it('uses the day-month-year order of Belgium for short dates', () => {
    expect(formatDateTime(winterEvening, 'nl', 'date')).toBe('14/03/2025');
    expect(formatDateTime(winterEvening, 'en', 'date')).toBe('14/03/2025');
  });
});

describe('formatDateTimeRange', () => {
  it('writes the shared day once for an evening event', () => {
    const end = new Date('2025-03-14T20:00:00Z');
    const text = formatDateTimeRange(winterEvening, end, 'nl');
    expect(text).toContain('14 maart 2025');
    expect(text.match(/2025/g)).toHaveLength(1);
    expect(text).toMatch(/19:00\s?–\s?21:00/);
  });
});

describe('formatNumber', () => {
  it('uses Belgian separators in every language, as CLDR does for en-BE', () => {
    expect(formatNumber(1234.5, 'nl')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'fr')).toMatch(/^1\s234,5$/u);
    expect(formatNumber(0.94, 'nl', { style: 'percent' })).toBe('94%');
  });
});
