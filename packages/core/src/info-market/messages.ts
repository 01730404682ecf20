import { defineMessages } from '../i18n/index.js';

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
  nl: {
    name: 'Infomarkt',
    is: 'Een infomarkt is een markt met standen. U loopt vrij binnen en buiten, stelt uw vragen aan de mensen die erbij betrokken zijn en kunt zich aanmelden als vrijwilliger.',
    isNot: 'Het is geen panelgesprek en geen infovergadering.',
  },
  fr: {
    name: 'Marché d’information',
    is: 'Un marché d’information est un marché avec des stands. Vous entrez et sortez librement, posez vos questions aux personnes et organisations impliquées et pouvez vous proposer comme bénévole.',
    isNot: 'Ce n’est ni un débat avec un panel, ni une séance d’information.',
  },
  de: {
    name: 'Informationsmarkt',
    is: 'Ein Informationsmarkt ist ein Markt mit Ständen. Sie kommen und gehen, wann Sie wollen, stellen den Beteiligten Ihre Fragen und können sich als Freiwillige(r) melden.',
    isNot: 'Es ist keine Podiumsdiskussion und keine Informationsveranstaltung.',
  },
  en: {
    name: 'Information market',
    is: 'An information market is a market with stands. You come and go as you like, put your questions to the people involved and can sign up as a volunteer.',
    isNot: 'It is not a panel discussion and not an information meeting.',
  },
});
