// Numbers, money and counts for each language. Its own module, apart from the date formats
// (format.ts): a widget that counts but shows no date (the FAQ) then loads no date code.
import { localeOfTag, type Locale, type Localized } from './locale.js';

/**
 * The `Intl` locale for each language's numbers and money: Belgian in Dutch, French and
 * German; British in English, because an English reader reads `1.200` as 1.2 (CLDR's
 * `en-BE` groups with a dot). The glossary asks for `1,200` and `€52.35`.
 */
export const numberLocales: Localized = {
  nl: 'nl-BE',
  fr: 'fr-BE',
  de: 'de-BE',
  en: 'en-GB',
};

/**
 * Formats a number for the language: Belgian separators in Dutch, French and German,
 * British in English (see {@link numberLocales}).
 *
 * @example
 * ```ts
 * formatNumber(1234.5, 'nl'); // '1.234,5'
 * formatNumber(1200, 'en');   // '1,200'
 * formatNumber(0.94, 'fr', { style: 'percent' }); // '94 %'
 * ```
 */
export function formatNumber(
  value: number,
  locale: Locale,
  options?: Intl.NumberFormatOptions,
): string {
  return numberFormatter(localeOfTag(locale), options).format(value);
}

// Building an Intl.NumberFormat takes about 0.1 ms in Chromium, formatting with one a
// microsecond: a chart redrawn as a slider moves formats hundreds of numbers. Callers pass a
// handful of option sets, so the formatters are kept by language and options; the bound only
// guards against a caller that makes a new set each time.
const formatters = new Map<string, Intl.NumberFormat>();
const MAX_FORMATTERS = 64;

function numberFormatter(locale: Locale, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = options === undefined ? locale : `${locale} ${JSON.stringify(options)}`;
  let known = formatters.get(key);
  if (known === undefined) {
    known = new Intl.NumberFormat(numberLocales[locale], options);
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    formatters.set(key, known);
  }
  return known;
}

/**
 * Formats an amount of money (euros unless told otherwise), always with its cents, where
 * each language puts the sign: `€ 52,35` (nl-BE), `52,35 €` (fr-BE, de-BE), `€52.35` (en).
 * The spaces are no-break spaces, so the sign never ends up alone on a line.
 *
 * @example
 * ```ts
 * formatMoney(52.35, 'fr'); // '52,35 €'
 * formatMoney(1234.5, 'en'); // '€1,234.50'
 * ```
 */
export function formatMoney(amount: number, locale: Locale, currency = 'EUR'): string {
  return formatNumber(amount, locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
}

/** The two forms of a counted word: `one` for a count the language reads as singular, `other` for the rest. */
export interface CountForms {
  readonly one: string;
  readonly other: string;
}

/**
 * A count with its word in the right form, through `Intl.PluralRules` (French reads 0 as
 * singular) and {@link formatNumber}. Our four languages need only the `one` and `other` forms.
 *
 * @example
 * ```ts
 * formatCount(1, 'nl', { one: 'vraag', other: 'vragen' });          // '1 vraag'
 * formatCount(1200, 'en', { one: 'question', other: 'questions' }); // '1,200 questions'
 * formatCount(0, 'fr', { one: 'question', other: 'questions' });    // '0 question'
 * ```
 */
export function formatCount(count: number, tag: Locale, forms: CountForms): string {
  const locale = numberLocales[localeOfTag(tag)];
  return `${new Intl.NumberFormat(locale).format(count)} ${new Intl.PluralRules(locale).select(count) === 'one' ? forms.one : forms.other}`;
}
