import { defineTextsOnDemand } from '@opvang/core/i18n';
import { nl } from './messages/nl.js';

/**
 * The FAQ's labels as the widget reads them: Dutch bundled, French, German and English each a
 * chunk of its own, loaded when the page's `lang` asks for it (the CDN's first load stays
 * small; `OpvangElement` waits for them before the first render in that language).
 */
export const faqTexts = defineTextsOnDemand(nl, {
  fr: async () => (await import('./messages/fr.js')).fr,
  de: async () => (await import('./messages/de.js')).de,
  en: async () => (await import('./messages/en.js')).en,
});

/** The labels, read `messages[locale].key` once that language is loaded. */
export const messages = faqTexts.table;
