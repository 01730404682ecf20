import type { InfoMarketTexts } from './texts-nl.js';

/** What an information market is, and is not, in French (see `infoMarketExplanation` for all four languages). */
export const infoMarketTextsFr: InfoMarketTexts = {
  name: 'Marché d’information',
  is: 'Un marché d’information est un marché avec des stands. Vous entrez et sortez librement, posez vos questions aux personnes et organisations impliquées et pouvez vous proposer comme bénévole.',
  isNot: 'Ce n’est ni un débat avec un panel, ni une séance d’information.',
};
