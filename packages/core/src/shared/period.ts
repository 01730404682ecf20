/**
 * How exactly a date is known: to the day, to a part of a month (`begin`, `midden`, `eind`),
 * to the month, or only to the year.
 */
export type PeriodPrecision = 'day' | 'part-of-month' | 'month' | 'year';

/**
 * A date that may be fuzzy: the interval of days it may fall on, both ends inclusive, as
 * ISO dates (`YYYY-MM-DD`), and how precisely it is known. An exact day has `start === end`.
 *
 * @example
 * ```ts
 * const endOfMay2022: Period = { start: '2022-05-21', end: '2022-05-31', precision: 'part-of-month' };
 * ```
 */
export interface Period {
  readonly start: string;
  readonly end: string;
  readonly precision: PeriodPrecision;
}
