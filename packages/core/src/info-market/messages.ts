import { defineMessages } from '../i18n/index.js';
import { infoMarketTextsDe } from './texts-de.js';
import { infoMarketTextsEn } from './texts-en.js';
import { infoMarketTextsFr } from './texts-fr.js';
import { infoMarketTextsNl } from './texts-nl.js';

/**
 * What an information market is, and is not, in words for residents.
 *
 * The step plan is explicit that step H is a *market*, "geen panelgesprek, geen
 * infovergadering", held for "dialoog, recrutering vrijwilligers, bekendmaking partners"
 * (seed `000`, lines 186–187). The stands, and walking in and out freely, are our description
 * of what such a market looks like, not the source's words. Saying so up front sets
 * expectations for people who come expecting a public debate.
 *
 * @example
 * ```ts
 * infoMarketExplanation.fr.isNot; // 'Ce n’est ni un débat avec un panel, ni une séance d’information.'
 * ```
 */
export const infoMarketExplanation = defineMessages({
  nl: infoMarketTextsNl,
  fr: infoMarketTextsFr,
  de: infoMarketTextsDe,
  en: infoMarketTextsEn,
});
