import type { InfoMarketMessages } from './nl.js';

/** The info market widget's own labels in French, loaded when a page asks for French (see ../texts.ts). */
export const fr: InfoMarketMessages = {
  tookPlace: "Ce marché d'information a déjà eu lieu.",
  addToCalendar: 'Ajouter à votre agenda (fichier .ics)',
  fileName: 'marche-information',
  calendarUnavailable: "Le fichier d'agenda n'a pas pu être créé : pas de connexion. Réessayez.",
  when: 'Quand',
  where: 'Où',
  invalid:
    "Ce marché d'information ne peut pas être affiché : les données de cette page sont incomplètes ou erronées. Contactez la commune.",
};
