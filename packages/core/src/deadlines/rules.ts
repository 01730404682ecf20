import {
  decode,
  object,
  oneOf,
  OpvangValidationError,
  range,
  variant,
  type ValidationError,
} from '../shared/index.js';

/**
 * How a deadline is counted from its start:
 * - `elapsed-hours`: real elapsed time; across a change of the clocks, 48 hours is still 48 hours.
 * - `calendar-days`: the same wall-clock time, n calendar days later.
 * - `working-days`: the same wall-clock time, on the n-th working day after the start's day.
 */
export type DeadlineRule =
  | { readonly kind: 'elapsed-hours'; readonly hours: number }
  | { readonly kind: 'calendar-days'; readonly days: number }
  | { readonly kind: 'working-days'; readonly days: number };

/**
 * The largest counts a rule accepts: a year, in each unit. Deadlines in this field are hours,
 * days or weeks; a count beyond a year is a mistake, not a deadline.
 */
export const RULE_LIMITS = { hours: 8_784, calendarDays: 366, workingDays: 261 } as const;

// Decoders, not zod: deadlines are computed in the browser (the case widgets, issue 16);
// see docs/development.md, "Validation and its messages".
const count = (max: number) => range({ integer: true, min: 1, max });

const ruleDecoder = variant('kind', {
  'elapsed-hours': object({
    kind: oneOf(['elapsed-hours'] as const),
    hours: count(RULE_LIMITS.hours),
  }),
  'calendar-days': object({
    kind: oneOf(['calendar-days'] as const),
    days: count(RULE_LIMITS.calendarDays),
  }),
  'working-days': object({
    kind: oneOf(['working-days'] as const),
    days: count(RULE_LIMITS.workingDays),
  }),
});

/** Checks a rule from outside (JSON, a form): a known kind and a whole count from 1 to the limit. */
export function checkRule(rule: unknown): ValidationError | undefined {
  if (isValidRule(rule)) return undefined;
  // decode checks the depth first, so no rule nested too deeply reaches the decoders.
  const read = decode('deadline rule', ruleDecoder, rule);
  return read.ok ? undefined : read.error;
}

function within(value: unknown, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max;
}

/** The common case without allocating: deadlines are computed in bulk, and the decoders are only needed to explain a failure. */
function isValidRule(rule: unknown): boolean {
  if (rule === null || typeof rule !== 'object') return false;
  const record = rule as Record<string, unknown>;
  let keys = 0;
  for (const key in record) if (Object.hasOwn(record, key)) keys += 1;
  if (keys !== 2) return false;
  switch (record['kind']) {
    case 'elapsed-hours':
      return within(record['hours'], RULE_LIMITS.hours);
    case 'calendar-days':
      return within(record['days'], RULE_LIMITS.calendarDays);
    case 'working-days':
      return within(record['days'], RULE_LIMITS.workingDays);
    default:
      return false;
  }
}

function made<R extends DeadlineRule>(rule: R): R {
  const problem = checkRule(rule);
  if (problem !== undefined) throw new OpvangValidationError(problem);
  return rule;
}

/**
 * Real elapsed time: the due instant is exactly `hours` × 3600 seconds after the start. Across
 * the change to summer time, 48 hours after Saturday 29 March 2025 09:00 is Monday 31 March
 * 10:00 on the clock; it is still 48 hours.
 *
 * @throws `OpvangValidationError` (from `@opvang/core/shared`) unless `hours` is a whole number from 1 to 8784.
 *
 * @example
 * ```ts
 * deadline('2025-03-29T09:00', elapsedHours(48)); // due '2025-03-31T10:00:00.000+02:00'
 * ```
 */
export function elapsedHours(hours: number): DeadlineRule & { readonly kind: 'elapsed-hours' } {
  return made({ kind: 'elapsed-hours', hours });
}

/**
 * The same wall-clock time, `days` calendar days later. Weekends and holidays count. If that
 * time does not exist on the due day (the spring gap, 02:00–03:00), it is the next valid
 * instant, 03:00.
 *
 * @throws `OpvangValidationError` (from `@opvang/core/shared`) unless `days` is a whole number from 1 to 366.
 *
 * @example
 * ```ts
 * deadline('2025-03-29T09:00', calendarDays(2)); // due '2025-03-31T09:00:00.000+02:00' (47 hours later)
 * ```
 */
export function calendarDays(days: number): DeadlineRule & { readonly kind: 'calendar-days' } {
  return made({ kind: 'calendar-days', days });
}

/**
 * The same wall-clock time as the start, on the `days`-th working day after the start's
 * calendar day. The start day never counts, whether or not it is a working day. If that time
 * does not exist on the due day, it is the next valid instant.
 *
 * @throws `OpvangValidationError` (from `@opvang/core/shared`) unless `days` is a whole number from 1 to 261.
 *
 * @example
 * ```ts
 * // Thursday 10 July 2025, 15:00, Flemish calendar: Friday 11 July is a holiday, then the weekend.
 * deadline('2025-07-10T15:00', workingDays(2), belgianCalendar({ community: 'flemish' }));
 * // due '2025-07-15T15:00:00.000+02:00'
 * ```
 */
export function workingDays(days: number): DeadlineRule & { readonly kind: 'working-days' } {
  return made({ kind: 'working-days', days });
}
