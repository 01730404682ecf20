/** The days of the week, Monday first as in Belgium (ISO 8601 order). */
export const weekdays = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

/** One of {@link weekdays}. */
export type Weekday = (typeof weekdays)[number];

/**
 * The weekday of a calendar date given as days since 1970-01-01 (a Thursday).
 *
 * @example
 * ```ts
 * weekdayOfDayNumber(0); // 'thursday'
 * ```
 */
export function weekdayOfDayNumber(dayNumber: number): Weekday {
  // ((n % 7) + 7) % 7 keeps dates before 1970 right; +3 shifts Thursday to index 3.
  return weekdays[(((dayNumber + 3) % 7) + 7) % 7] ?? 'monday';
}
