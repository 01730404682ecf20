import type { InfoMarketMessages } from './nl.js';

/** The info market widget's own labels in German, loaded when a page asks for German (see ../texts.ts). */
export const de: InfoMarketMessages = {
  tookPlace: 'Dieser Informationsmarkt hat bereits stattgefunden.',
  addToCalendar: 'Zum Kalender hinzufügen (.ics-Datei)',
  fileName: 'informationsmarkt',
  calendarUnavailable:
    'Die Kalenderdatei konnte nicht erstellt werden: keine Verbindung. Versuchen Sie es erneut.',
  when: 'Wann',
  where: 'Wo',
  invalid:
    'Dieser Informationsmarkt kann nicht angezeigt werden: Die Angaben auf dieser Seite sind unvollständig oder fehlerhaft. Wenden Sie sich an die Gemeinde.',
};
