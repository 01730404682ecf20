import type { InfoMarketMessages } from './nl.js';

/** The info market widget's own labels in English, loaded when a page asks for English (see ../texts.ts). */
export const en: InfoMarketMessages = {
  tookPlace: 'This information market has already taken place.',
  addToCalendar: 'Add to your calendar (.ics file)',
  fileName: 'information-market',
  calendarUnavailable:
    'The calendar file could not be made: there is no connection. Please try again.',
  when: 'When',
  where: 'Where',
  invalid:
    'This information market cannot be shown: the details on this page are incomplete or wrong. Please contact the municipality.',
};
