import { numberLocales, type Locale } from '@opvang/core/i18n';

// The core's formatNumber and formatMoney build an Intl.NumberFormat per call, about 0.1 ms in
// Chromium: a slider step formats some 800 numbers (four charts, their tables and points), so
// the dashboard keeps one formatter per language and style, with the core's locales and options.
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(
  locale: Locale,
  key: string,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  const id = `${locale} ${key}`;
  let known = formatters.get(id);
  if (known === undefined) {
    known = new Intl.NumberFormat(numberLocales[locale], options);
    formatters.set(id, known);
  }
  return known;
}

/** A share as a percentage in the reader's language, to a tenth: `90,4%`; `—` for none. */
export const percent = (value: number | null, locale: Locale): string =>
  value === null || !Number.isFinite(value)
    ? '—'
    : formatter(locale, 'percent', { style: 'percent', maximumFractionDigits: 1 }).format(value);

/** A count of places in the reader's language, rounded. */
export const places = (value: number, locale: Locale): string =>
  formatter(locale, 'integer', {}).format(Math.round(value));

/** A number to two decimals at most (criterion scores). */
export const decimal = (value: number, locale: Locale): string =>
  formatter(locale, 'decimal', { maximumFractionDigits: 2 }).format(value);

/** Euros with cents, as the core's `formatMoney` writes them. */
export const money = (value: number, locale: Locale): string =>
  formatter(locale, 'money', {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);

/** A large amount for an axis tick: `1,2 mln.`. */
export const compact = (value: number, locale: Locale): string =>
  formatter(locale, 'compact', { notation: 'compact' }).format(value);
