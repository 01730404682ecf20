import { BRUSSELS_TIME_ZONE } from '../shared/brussels-time.js';
import { localeOfTag, type Locale } from './locale.js';

/**
 * The `Intl` locale for each language: Belgian conventions (date order, decimal comma,
 * 24-hour clock) whatever the language.
 */
export const intlLocales: { readonly [L in Locale]: string } = {
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
  'date-time': { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
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

function dateTimeFormatter(tag: Locale, style: DateTimeStyle): Intl.DateTimeFormat {
  const locale = localeOfTag(tag);
  const key = `${locale}|${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(intlLocales[locale], { ...styleOptions[style], timeZone: BRUSSELS_TIME_ZONE });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Formats an instant for a person, in Brussels time, whatever the reader's own zone.
 *
 * @example
 * ```ts
 * const instant = new Date('2025-03-14T18:00:00Z');
 * formatDateTime(instant, 'nl', 'long-date-time'); // 'vrijdag 14 maart 2025 om 19:00'
 * formatDateTime(instant, 'fr', 'time');           // '19:00'
 * ```
 */
export function formatDateTime(instant: Date, locale: Locale, style: DateTimeStyle = 'date-time'): string {
  return dateTimeFormatter(locale, style).format(instant);
}

/**
 * Formats a span of time compactly, leaving out what the two ends share
 * (`14 maart 2025, 19:00–21:00`), in Brussels time.
 *
 * @example
 * ```ts
 * formatDateTimeRange(new Date('2025-03-14T18:00Z'), new Date('2025-03-14T20:00Z'), 'en');
 * // '14 March 2025, 19:00–21:00'
 * ```
 */
export function formatDateTimeRange(start: Date, end: Date, locale: Locale): string {
  return dateTimeFormatter(locale, 'long-date-time').formatRange(start, end);
}

/**
 * Formats a number with Belgian conventions for the language.
 *
 * @example
 * ```ts
 * formatNumber(1234.5, 'nl'); // '1.234,5'
 * formatNumber(1234.5, 'en'); // '1.234,5': Belgian English (en-BE) keeps the decimal comma
 * formatNumber(0.94, 'fr', { style: 'percent' }); // '94 %'
 * ```
 */
export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocales[localeOfTag(locale)], options).format(value);
}
