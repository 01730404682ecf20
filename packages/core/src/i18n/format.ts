import { BRUSSELS_TIME_ZONE, isIsoDate } from '../shared/index.js';
import { localeOfTag, type Locale, type Localized } from './locale.js';

/**
 * The `Intl` locale for each language's dates: Belgian conventions (day-month-year order,
 * 24-hour clock) whatever the language.
 */
export const intlLocales: Localized = {
  nl: 'nl-BE',
  fr: 'fr-BE',
  de: 'de-BE',
  en: 'en-BE',
};

/** How much of a date-time to show. */
export type DateTimeStyle = 'date' | 'long-date' | 'time' | 'date-time' | 'long-date-time';

const styleOptions: { readonly [S in DateTimeStyle]: Intl.DateTimeFormatOptions } = {
  date: { day: '2-digit', month: '2-digit', year: 'numeric' },
  'long-date': { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  'date-time': {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  },
  'long-date-time': {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function cachedFormatter(
  key: string,
  locale: Locale,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(intlLocales[locale], options);
    formatters.set(key, formatter);
  }
  return formatter;
}

function dateTimeFormatter(tag: Locale, style: DateTimeStyle): Intl.DateTimeFormat {
  const locale = localeOfTag(tag);
  return cachedFormatter(`${locale}|${style}`, locale, {
    ...styleOptions[style],
    timeZone: BRUSSELS_TIME_ZONE,
  });
}

/**
 * Joins formatted parts, writing the first of the month as French does (`1er décembre`).
 * ICU writes `1 décembre`; only a day written as a plain `1` beside a month's name changes,
 * so numeric dates (`01/12/2026`) stay as they are.
 */
function joinParts(parts: readonly Intl.DateTimeFormatPart[], locale: Locale): string {
  const french =
    locale === 'fr' && parts.some((part) => part.type === 'month' && !/\d/u.test(part.value));
  return parts
    .map((part) => (french && part.type === 'day' && part.value === '1' ? '1er' : part.value))
    .join('');
}

/**
 * Formats an instant for a person, in Brussels time, whatever the reader's own zone.
 * French writes the first of the month as `1er`; German closes a long date before its time
 * with a comma and writes `Uhr`, as running text does.
 *
 * @example
 * ```ts
 * const instant = new Date('2025-03-14T18:00:00Z');
 * formatDateTime(instant, 'nl', 'long-date-time'); // 'vrijdag 14 maart 2025 om 19:00'
 * formatDateTime(instant, 'fr', 'time');           // '19:00'
 * formatDateTime(new Date('2026-12-01T14:00Z'), 'fr', 'long-date'); // 'mardi 1er décembre 2026'
 * formatDateTime(new Date('2025-07-15T13:00Z'), 'de', 'long-date-time'); // 'Dienstag, 15. Juli 2025, um 15:00 Uhr'
 * ```
 */
export function formatDateTime(
  instant: Date,
  tag: Locale,
  style: DateTimeStyle = 'date-time',
): string {
  const locale = localeOfTag(tag);
  const text = joinParts(dateTimeFormatter(locale, style).formatToParts(instant), locale);
  // German running text closes the date's apposition with a comma and says "Uhr":
  // "am Dienstag, 15. Juli 2025, um 15:00 Uhr" (ICU writes "… 2025 um 15:00").
  return locale === 'de' && style === 'long-date-time'
    ? `${text.replace(/(\d) um /u, '$1, um ')} Uhr`
    : text;
}

/**
 * Formats a span of time compactly, leaving out what the two ends share
 * (`14 maart 2025, 19:00–21:00`), in Brussels time. French writes the first of the month as `1er`.
 *
 * @example
 * ```ts
 * formatDateTimeRange(new Date('2025-03-14T18:00Z'), new Date('2025-03-14T20:00Z'), 'en');
 * // '14 March 2025, 19:00–21:00'
 * ```
 */
export function formatDateTimeRange(start: Date, end: Date, locale: Locale): string {
  return joinParts(
    dateTimeFormatter(locale, 'long-date-time').formatRangeToParts(start, end),
    localeOfTag(locale),
  );
}

/** How much of a calendar day (a date without a time, such as `2026-12-01`) to show. */
export type CalendarDateStyle = 'day-month-year' | 'weekday-day-month' | 'month-year';

const calendarOptions: { readonly [S in CalendarDateStyle]: Intl.DateTimeFormatOptions } = {
  'day-month-year': { day: 'numeric', month: 'long', year: 'numeric' },
  'weekday-day-month': { weekday: 'long', day: 'numeric', month: 'long' },
  'month-year': { month: 'long', year: 'numeric' },
};

/**
 * Formats a calendar day given as `YYYY-MM-DD`, the same in every time zone (it is read as
 * a day, not an instant). French writes the first of the month as `1er`. Returns the input
 * unchanged when it is not a valid `YYYY-MM-DD` date, so a caller never prints "Invalid Date".
 *
 * @example
 * ```ts
 * formatCalendarDate('2022-12-01', 'fr', 'day-month-year');    // '1er décembre 2022'
 * formatCalendarDate('2025-11-01', 'fr', 'weekday-day-month'); // 'samedi 1er novembre'
 * formatCalendarDate('2023-10-01', 'nl', 'month-year');        // 'oktober 2023'
 * ```
 */
export function formatCalendarDate(isoDate: string, tag: Locale, style: CalendarDateStyle): string {
  if (!isIsoDate(isoDate)) return isoDate;
  const day = new Date(`${isoDate}T00:00:00Z`);
  const locale = localeOfTag(tag);
  const formatter = cachedFormatter(`${locale}|calendar|${style}`, locale, {
    ...calendarOptions[style],
    timeZone: 'UTC',
  });
  return joinParts(formatter.formatToParts(day), locale);
}
