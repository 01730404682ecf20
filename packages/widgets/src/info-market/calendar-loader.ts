import type { calendarFile } from './calendar-file.js';

/** Makes the iCalendar file of a market in a language (see `calendar-file.ts`). */
export type CalendarWriter = typeof calendarFile;

/**
 * Where the iCalendar writer comes from: a dynamic `import()`, so a page that shows a market
 * does not download the writer (about 1.5 KB gzipped) until a visitor moves to, points at or
 * activates the "add to calendar" link. An object with one function, so that a test can make
 * the import fail as it would offline.
 */
export const calendarChunk = {
  load: async (): Promise<CalendarWriter> => (await import('./calendar-file.js')).calendarFile,
};
