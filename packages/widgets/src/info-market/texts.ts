import { defineTextsOnDemand } from '@opvang/core/i18n';
import { nl } from './messages/nl.js';

/**
 * The info market widget's labels as it reads them: Dutch bundled, French, German and English
 * each a chunk of its own, loaded when the page's `lang` asks for it. The core's explanation of
 * an information market (`infoMarketExplanation`) stays in all four languages: its sentences
 * wrap differently in each language, and the widget's place on the page, kept while it waits
 * hidden for its labels, must not change when they arrive.
 */
export const infoMarketTexts = defineTextsOnDemand(nl, {
  fr: async () => (await import('./messages/fr.js')).fr,
  de: async () => (await import('./messages/de.js')).de,
  en: async () => (await import('./messages/en.js')).en,
});

/** The widget's labels, read `messages[locale].key` once that language is loaded. */
export const messages = infoMarketTexts.table;
