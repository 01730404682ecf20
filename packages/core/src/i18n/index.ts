/**
 * Languages: which one to show (negotiation), one type for a text in each language (`Localized`), typed messages in nl/fr/de/en (`defineMessages`),
 * dates, numbers and money formatted with `Intl` in Europe/Brussels, and the glossary's
 * terms (one rendering per concept and language) as data.
 *
 * @packageDocumentation
 */
export {
  defaultLocale,
  isLocale,
  localeOfTag,
  locales,
  negotiateLocale,
  type Locale,
  type Localized,
} from './locale.js';
export {
  defineMessages,
  findMessageGaps,
  type Message,
  type MessageGap,
  type Messages,
  type MessageShape,
} from './messages.js';
export {
  defineTextsOnDemand,
  type TextsLoader,
  type TextsLoaders,
  type TextsOnDemand,
} from './on-demand.js';
export {
  formatCalendarDate,
  formatDateTime,
  formatDateTimeRange,
  intlLocales,
  type CalendarDateStyle,
  type DateTimeStyle,
} from './format.js';
export {
  formatCount,
  formatMoney,
  formatNumber,
  numberLocales,
  type CountForms,
} from './number-format.js';
export {
  formRules,
  terms,
  type AvoidedRendering,
  type FormRule,
  type Term,
  type TermCheck,
} from './terms.js';
