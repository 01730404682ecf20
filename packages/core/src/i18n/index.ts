/**
 * Languages: which one to show (negotiation), typed message catalogues in nl/fr/de/en,
 * and dates and numbers formatted with `Intl` in Europe/Brussels.
 *
 * @packageDocumentation
 */
export { defaultLocale, isLocale, localeOfTag, locales, negotiateLocale, type Locale } from './locale.js';
export {
  defineMessages,
  findCatalogueGaps,
  type Catalogue,
  type CatalogueGap,
  type Message,
  type MessageShape,
} from './messages.js';
export {
  formatCalendarDate,
  formatDateTime,
  formatDateTimeRange,
  formatMoney,
  formatNumber,
  intlLocales,
  numberLocales,
  type CalendarDateStyle,
  type DateTimeStyle,
} from './format.js';
