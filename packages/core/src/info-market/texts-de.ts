import type { InfoMarketTexts } from './texts-nl.js';

/** What an information market is, and is not, in German (see `infoMarketExplanation` for all four languages). */
export const infoMarketTextsDe: InfoMarketTexts = {
  name: 'Informationsmarkt',
  is: 'Ein Informationsmarkt ist ein Markt mit Ständen. Sie kommen und gehen, wann Sie wollen, stellen den Beteiligten Ihre Fragen und können sich als Freiwillige(r) melden.',
  isNot: 'Es ist keine Podiumsdiskussion und keine Informationsveranstaltung.',
};
