import { formatMoney, formatNumber, type Locale } from '@opvang/core/i18n';

// The dashboard's number shapes, on the core's formatNumber, which keeps one Intl.NumberFormat
// per language and options: a slider step formats some 800 numbers (four charts, their tables
// and points), and building a formatter each time took about 0.1 ms in Chromium.

/** A share as a percentage in the reader's language, to a tenth: `90,4%`; `—` for none. */
export const percent = (value: number | null, locale: Locale): string =>
  value === null || !Number.isFinite(value)
    ? '—'
    : formatNumber(value, locale, { style: 'percent', maximumFractionDigits: 1 });

/** A count of places in the reader's language, rounded. */
export const places = (value: number, locale: Locale): string =>
  formatNumber(Math.round(value), locale);

/** A number to two decimals at most (criterion scores). */
export const decimal = (value: number, locale: Locale): string =>
  formatNumber(value, locale, { maximumFractionDigits: 2 });

/** Euros with cents, as the core's `formatMoney` writes them. */
export const money = (value: number, locale: Locale): string => formatMoney(value, locale);

/** A large amount for an axis tick: `1,2 mln.`. */
export const compact = (value: number, locale: Locale): string =>
  formatNumber(value, locale, { notation: 'compact' });
