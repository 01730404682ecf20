import { infoMarketTextsNl, type InfoMarketTexts } from '@opvang/core/info-market';
import { defineTextsOnDemand } from '@opvang/core/i18n';
import { nl, type InfoMarketMessages } from './messages/nl.js';

/** Everything the info market widget shows in one language: its labels and the core's explanation. */
interface InfoMarketWidgetTexts {
  readonly widget: InfoMarketMessages;
  readonly core: InfoMarketTexts;
}

/**
 * The info market widget's texts as it reads them: Dutch bundled, French, German and English
 * each a chunk of its own (the labels and the core's explanation together), loaded when the
 * page's `lang` asks for it.
 */
export const infoMarketTexts = defineTextsOnDemand<InfoMarketWidgetTexts>(
  { widget: nl, core: infoMarketTextsNl },
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

/** The widget's labels, read `messages[locale].key` once that language is loaded. */
export const messages = infoMarketTexts.select((texts) => texts.widget);
/** The core's explanation of an information market (`explanations[locale].isNot`). */
export const explanations = infoMarketTexts.select((texts) => texts.core);
