import { defineMessages } from '@opvang/core/i18n';

/** The widget's own labels; what an information market is comes from the core. */
export const messages = defineMessages({
  nl: {
    tookPlace: 'Deze infomarkt heeft al plaatsgevonden.',
    addToCalendar: 'Zet in uw agenda (.ics-bestand)',
    fileName: 'infomarkt',
    calendarUnavailable:
      'Het agendabestand kon niet gemaakt worden: er is geen verbinding. Probeer het opnieuw.',
    when: 'Wanneer',
    where: 'Waar',
    invalid:
      'Deze infomarkt kan niet getoond worden: de gegevens op deze pagina zijn onvolledig of fout. Neem contact op met de gemeente.',
  },
  fr: {
    tookPlace: "Ce marché d'information a déjà eu lieu.",
    addToCalendar: 'Ajouter à votre agenda (fichier .ics)',
    fileName: 'marche-information',
    calendarUnavailable: "Le fichier d'agenda n'a pas pu être créé : pas de connexion. Réessayez.",
    when: 'Quand',
    where: 'Où',
    invalid:
      "Ce marché d'information ne peut pas être affiché : les données de cette page sont incomplètes ou erronées. Contactez la commune.",
  },
  de: {
    tookPlace: 'Dieser Informationsmarkt hat bereits stattgefunden.',
    addToCalendar: 'Zum Kalender hinzufügen (.ics-Datei)',
    fileName: 'informationsmarkt',
    calendarUnavailable:
      'Die Kalenderdatei konnte nicht erstellt werden: keine Verbindung. Versuchen Sie es erneut.',
    when: 'Wann',
    where: 'Wo',
    invalid:
      'Dieser Informationsmarkt kann nicht angezeigt werden: Die Angaben auf dieser Seite sind unvollständig oder fehlerhaft. Wenden Sie sich an die Gemeinde.',
  },
  en: {
    tookPlace: 'This information market has already taken place.',
    addToCalendar: 'Add to your calendar (.ics file)',
    fileName: 'information-market',
    calendarUnavailable:
      'The calendar file could not be made: there is no connection. Please try again.',
    when: 'When',
    where: 'Where',
    invalid:
      'This information market cannot be shown: the details on this page are incomplete or wrong. Please contact the municipality.',
  },
});
