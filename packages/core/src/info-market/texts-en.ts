import type { InfoMarketTexts } from './texts-nl.js';

/** What an information market is, and is not, in English (see `infoMarketExplanation` for all four languages). */
export const infoMarketTextsEn: InfoMarketTexts = {
  name: 'Information market',
  is: 'An information market is a market with stands. You come and go as you like, put your questions to the people involved and can sign up as a volunteer.',
  isNot: 'It is not a panel discussion and not an information meeting.',
};
