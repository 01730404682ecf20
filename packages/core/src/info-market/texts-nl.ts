/** What an information market is, and is not, in Dutch (see `infoMarketExplanation` for all four languages). */
export const infoMarketTextsNl = {
  name: 'Infomarkt',
  is: 'Een infomarkt is een markt met standen. U loopt vrij binnen en buiten, stelt uw vragen aan de mensen die erbij betrokken zijn en kunt zich aanmelden als vrijwilliger.',
  isNot: 'Het is geen panelgesprek en geen infovergadering.',
};

/** What an information market is, and is not, in one language. */
export type InfoMarketTexts = typeof infoMarketTextsNl;
