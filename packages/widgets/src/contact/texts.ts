import { contactTextsNl, type ContactTexts } from '@opvang/core/contact';
import { defineTextsOnDemand } from '@opvang/core/i18n';
import { nl, type ContactMessages } from './messages/nl.js';

/** Everything the contact widget shows in one language: its own texts and the core's. */
interface ContactWidgetTexts {
  readonly widget: ContactMessages;
  readonly core: ContactTexts;
}

/**
 * The contact widget's texts as it reads them: Dutch bundled, French, German and English each
 * a chunk of its own (the widget's texts and the core's field errors, categories, channels and
 * opening hours together), loaded when the page's `lang` asks for it.
 */
export const contactTexts = defineTextsOnDemand<ContactWidgetTexts>(
  { widget: nl, core: contactTextsNl },
  {
    fr: async () => {
      const { fr, core } = await import('./messages/fr.js');
      return { widget: fr, core };
    },
    de: async () => {
      const { de, core } = await import('./messages/de.js');
      return { widget: de, core };
    },
    en: async () => {
      const { en, core } = await import('./messages/en.js');
      return { widget: en, core };
    },
  },
);

/** The widget's own texts, read `messages[locale].key` once that language is loaded. */
export const messages = contactTexts.select((texts) => texts.widget);
/** The core's contact texts (`coreTexts[locale].categories.question`), loaded with them. */
export const coreTexts = contactTexts.select((texts) => texts.core);
