import { describe, expect, it } from 'vitest';
import {
  formatCalendarDate,
  formatCount,
  formatDateTime,
  formatDateTimeRange,
  formatMoney,
  formatNumber,
} from './index.js';

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
  it('uses Belgian separators in Dutch, French and German', () => {
    expect(formatNumber(1234.5, 'nl')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'de')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'fr')).toBe('1\u202f234,5');
    expect(formatNumber(0.94, 'nl', { style: 'percent' })).toBe('94%');
    expect(formatNumber(0.94, 'fr', { style: 'percent' })).toBe('94\u00a0%');
  });

  // Review finding 4: "1.200 applicants" reads as 1.2 to an English reader.
  it('groups English numbers the British way, so 1 200 never reads as 1.2', () => {
    expect(formatNumber(1200, 'en')).toBe('1,200');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(0.94, 'en', { style: 'percent' })).toBe('94%');
  });

  it('formats alike however often and in whatever order languages and options come', () => {
    const calls = [
      [0.5, 'nl', { style: 'percent' }, '50%'],
      [0.5, 'nl', undefined, '0,5'],
      [0.5, 'en', undefined, '0.5'],
      [2.5, 'nl', { maximumFractionDigits: 0 }, '3'],
      [2.5, 'nl', { maximumFractionDigits: 2 }, '2,5'],
      [0.5, 'nl', { style: 'percent' }, '50%'],
    ] as const;
    for (let round = 0; round < 2; round += 1)
      for (const [value, locale, options, expected] of calls)
        expect(
          formatNumber(value, locale, options),
          `${value} ${locale} ${JSON.stringify(options)}`,
        ).toBe(expected);
    // More option sets than are kept: still right, and the oldest formats again.
    for (let digits = 0; digits <= 20; digits += 1)
      for (const locale of ['nl', 'fr', 'de', 'en'] as const)
        formatNumber(1, locale, { minimumFractionDigits: digits });
    expect(formatNumber(1234.5, 'nl')).toBe('1.234,5');
    expect(formatNumber(1, 'en', { minimumFractionDigits: 3 })).toBe('1.000');
  });
});

describe('formatMoney', () => {
  // Review: the buffer's costs printed "€ 52.35" (a raw number) in Dutch, French and German.
  it('writes euros with the decimal comma and the sign where each language puts it', () => {
    expect(formatMoney(52.35, 'nl')).toBe('€\u00a052,35');
    expect(formatMoney(52.35, 'fr')).toBe('52,35\u00a0€');
    expect(formatMoney(52.35, 'de')).toBe('52,35\u00a0€');
    expect(formatMoney(52.35, 'en')).toBe('€52.35');
  });

  it('always shows the cents, and groups thousands', () => {
    expect(formatMoney(1234.5, 'nl')).toBe('€\u00a01.234,50');
    expect(formatMoney(1234.5, 'fr')).toBe('1\u202f234,50\u00a0€');
    expect(formatMoney(1234.5, 'de')).toBe('1.234,50\u00a0€');
    expect(formatMoney(1234.5, 'en')).toBe('€1,234.50');
    expect(formatMoney(40, 'de')).toBe('40,00\u00a0€');
  });
});

describe('French dates on the first of the month', () => {
  // Review §2: "le 1 décembre", "samedi 1 novembre"; French writes 1er.
  const firstOfDecember = new Date('2026-12-01T14:00:00Z');

  it('write 1er in long dates, and only on the first', () => {
    expect(formatDateTime(firstOfDecember, 'fr', 'long-date')).toBe('mardi 1er décembre 2026');
    expect(formatDateTime(firstOfDecember, 'fr', 'long-date-time')).toBe(
      'mardi 1er décembre 2026 à 15:00',
    );
    expect(formatDateTime(new Date('2026-12-11T14:00:00Z'), 'fr', 'long-date')).toBe(
      'vendredi 11 décembre 2026',
    );
    expect(formatDateTime(new Date('2026-12-21T14:00:00Z'), 'fr', 'long-date')).toBe(
      'lundi 21 décembre 2026',
    );
  });

  it('leave numeric dates and the other languages alone', () => {
    expect(formatDateTime(firstOfDecember, 'fr', 'date')).toBe('01/12/2026');
    expect(formatDateTime(firstOfDecember, 'nl', 'long-date')).toBe('dinsdag 1 december 2026');
    expect(formatDateTime(firstOfDecember, 'de', 'long-date')).toBe('Dienstag, 1. Dezember 2026');
    expect(formatDateTime(firstOfDecember, 'en', 'long-date')).toBe('Tuesday, 1 December 2026');
  });

  it('write 1er in ranges', () => {
    const end = new Date('2026-12-01T16:00:00Z');
    expect(formatDateTimeRange(firstOfDecember, end, 'fr')).toMatch(
      /^mardi 1er décembre 2026, 15:00\s–\s17:00$/u,
    );
  });
});

describe('formatCalendarDate', () => {
  it('writes a calendar day in each language, whatever the time zone', () => {
    expect(formatCalendarDate('2022-12-01', 'fr', 'day-month-year')).toBe('1er décembre 2022');
    expect(formatCalendarDate('2022-12-01', 'nl', 'day-month-year')).toBe('1 december 2022');
    expect(formatCalendarDate('2022-12-01', 'de', 'day-month-year')).toBe('1. Dezember 2022');
    expect(formatCalendarDate('2022-12-01', 'en', 'day-month-year')).toBe('1 December 2022');
  });

  it('writes a weekday with its day, and a month with its year', () => {
    expect(formatCalendarDate('2025-11-01', 'fr', 'weekday-day-month')).toBe('samedi 1er novembre');
    expect(formatCalendarDate('2025-11-01', 'nl', 'weekday-day-month')).toBe('zaterdag 1 november');
    expect(formatCalendarDate('2025-11-01', 'de', 'weekday-day-month')).toBe(
      'Samstag, 1. November',
    );
    expect(formatCalendarDate('2025-11-01', 'en', 'weekday-day-month')).toBe(
      'Saturday, 1 November',
    );
    expect(formatCalendarDate('2023-10-01', 'fr', 'month-year')).toBe('octobre 2023');
  });

  it('gives back what is not a calendar day as it is, never "Invalid Date"', () => {
    expect(formatCalendarDate('2025-02-30', 'nl', 'day-month-year')).toBe('2025-02-30');
    expect(formatCalendarDate('oktober 2023', 'nl', 'month-year')).toBe('oktober 2023');
  });
});

describe('formatCount', () => {
  // Glossary, form and format: plurals through Intl.PluralRules ("1 vraag", "2 vragen").
  const questions = {
    nl: { one: 'vraag', other: 'vragen' },
    fr: { one: 'question', other: 'questions' },
    de: { one: 'Frage', other: 'Fragen' },
    en: { one: 'question', other: 'questions' },
  } as const;

  it('picks the singular for one, in each language', () => {
    expect(formatCount(1, 'nl', questions.nl)).toBe('1 vraag');
    expect(formatCount(1, 'fr', questions.fr)).toBe('1 question');
    expect(formatCount(1, 'de', questions.de)).toBe('1 Frage');
    expect(formatCount(1, 'en', questions.en)).toBe('1 question');
  });

  it('picks the plural otherwise, French counting 0 as singular, and formats the number', () => {
    expect(formatCount(2, 'nl', questions.nl)).toBe('2 vragen');
    expect(formatCount(0, 'en', questions.en)).toBe('0 questions');
    expect(formatCount(0, 'fr', questions.fr)).toBe('0 question');
    expect(formatCount(1200, 'en', questions.en)).toBe('1,200 questions');
    expect(formatCount(1200, 'de', questions.de)).toBe('1.200 Fragen');
  });
});

describe('German dates with a time, in running text', () => {
  // Glossary and review §4: "am Dienstag, 15. Juli 2025, um 15:00 Uhr", the apposition closed by a comma.
  const tuesdayAfternoon = new Date('2025-07-15T13:00:00Z');

  it('close the date with a comma and say Uhr', () => {
    expect(formatDateTime(tuesdayAfternoon, 'de', 'long-date-time')).toBe(
      'Dienstag, 15. Juli 2025, um 15:00 Uhr',
    );
  });

  it('leave the other styles and languages as they are', () => {
    expect(formatDateTime(tuesdayAfternoon, 'de', 'time')).toBe('15:00');
    expect(formatDateTime(tuesdayAfternoon, 'de', 'long-date')).toBe('Dienstag, 15. Juli 2025');
    expect(formatDateTime(tuesdayAfternoon, 'nl', 'long-date-time')).toBe(
      'dinsdag 15 juli 2025 om 15:00',
    );
    expect(formatDateTimeRange(tuesdayAfternoon, new Date('2025-07-15T15:00:00Z'), 'de')).toBe(
      'Dienstag, 15. Juli 2025, 15:00–17:00 Uhr',
    );
  });
});
