import { intlLocales, localeOfTag, type Locale } from '../i18n/index.js';
import {
  brusselsLocalDate,
  brusselsOffsetMinutes,
  DAY_MS,
  err,
  formatInstant,
  isoDateOf,
  ok,
  OpvangValidationError,
  parseInstant,
  validationError,
  wallToEpoch,
  type Result,
  type ValidationError,
  type ValidationIssue,
  type Weekday,
} from '../shared/index.js';
import {
  belgianCalendar,
  ensureCalendar,
  isWorkingDayNumber,
  nonWorkingReasons,
  type BelgianCalendar,
  type NonWorkingReason,
} from './calendar.js';
// For {@link describeDeadline} in the TSDoc: the explanation is a function of the deadline.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- only the TSDoc links to it
import type { describeDeadline } from './messages.js';
import { HOLIDAY_YEARS } from './holidays.js';
import { checkRule, type DeadlineRule } from './rules.js';

/** A day a working-day deadline passed over, and why it is not a working day. */
export interface SkippedDay {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly reasons: readonly NonWorkingReason[];
}

/** A computed deadline. */
export interface Deadline {
  /** The start, as Brussels ISO 8601 with offset. */
  readonly start: string;
  /** When it is due, as Brussels ISO 8601 with offset: `2024-03-31T17:00:00.000+02:00`. */
  readonly due: string;
  readonly rule: DeadlineRule;
  /** The days a working-day rule did not count, in order; empty for the other rules. */
  readonly skipped: readonly SkippedDay[];
  /** Whether the clocks changed between start and due. */
  readonly clockChange: boolean;
  /** Whether the wall-clock time did not exist on the due day and the next valid instant was taken. */
  readonly shiftedOutOfGap: boolean;
  /**
   * The calendar's weekend days, so that {@link describeDeadline} can say "Monday to Friday"
   * only when that is what working days are.
   */
  readonly weekendDays: readonly Weekday[];
}

const defaultCalendar = belgianCalendar();
const NONE_SKIPPED: readonly SkippedDay[] = Object.freeze([]);

/**
 * When something started at `start` is due under `rule`, on a Belgian calendar in Brussels
 * time.
 *
 * `start` is an instant in the library's one grammar (`parseInstant` in `@opvang/core/shared`,
 * docs/instants.md), with or without an offset (without one it is Brussels local time; a date
 * alone is not an instant), or a `Date`. The calendar matters only for
 * working-day rules; by default it has the ten public holidays, no community holiday and a
 * Saturday–Sunday weekend.
 *
 * @returns the deadline, or a {@link ValidationError} naming `start`, `rule` or `calendar`
 *   (or the paths given in `options`) and what was expected. It never returns a wrong date for bad input.
 *
 * @example
 * ```ts
 * const result = deadline('2024-03-29T17:00', elapsedHours(48));
 * // result.value.due: '2024-03-31T18:00:00.000+02:00' (the clocks moved forward on 31 March)
 *
 * const twoDays = deadline('2025-07-10T15:00+02:00', workingDays(2), belgianCalendar({ community: 'flemish' }));
 * // twoDays.value.due: '2025-07-15T15:00:00.000+02:00'
 * // describeDeadline(twoDays.value, 'en'): 'Due by Tuesday, 15 July 2025 at 15:00. That is the 2nd working day (Monday
 * //   to Friday) after Thursday, 10 July 2025, at the same time of day. The start day does not count. Not counted: Friday, 11 July
 * //   (Day of the Flemish Community); Saturday, 12 July (weekend); Sunday, 13 July (weekend).'
 * ```
 */
export function deadline(
  start: string | Date,
  rule: DeadlineRule,
  calendar: BelgianCalendar = defaultCalendar,
  options: DeadlineOptions = {},
): Result<Deadline, ValidationError> {
  const subject = options.subject ?? 'deadline';
  const paths = { ...OWN_PATHS, ...options.paths };
  const startEpoch = readStart(start);
  if (startEpoch === undefined) {
    return err(
      validationError(subject, [
        {
          path: paths.start,
          code: 'invalid',
          message: 'not an instant we can use',
          expected: `an ISO 8601 date-time such as 2025-03-14T19:00 (Brussels time) or 2025-03-14T19:00+01:00, or a valid Date, from ${HOLIDAY_YEARS.first} to ${HOLIDAY_YEARS.last - 1}`,
          received: start,
        },
      ]),
    );
  }
  const ruleProblem = checkRule(rule);
  if (ruleProblem !== undefined) {
    const [first, ...rest] = ruleProblem.issues.map((issue) => under(paths.rule, issue));
    return err(
      validationError(subject, [
        first ?? {
          path: paths.rule,
          code: 'invalid',
          message: 'not a rule',
          expected: 'a deadline rule',
        },
        ...rest,
      ]),
    );
  }
  let valid: BelgianCalendar;
  try {
    valid = ensureCalendar(calendar);
  } catch (error) {
    if (!(error instanceof OpvangValidationError)) throw error;
    const [first, ...rest] = error.details.issues.map((issue) => under(paths.calendar, issue));
    return err(
      validationError(subject, [
        first ?? {
          path: paths.calendar,
          code: 'invalid',
          message: 'not a calendar',
          expected: 'a Belgian calendar',
        },
        ...rest,
      ]),
    );
  }
  return ok(compute(startEpoch, rule, valid));
}

/** How {@link deadline} names what it reports, for a caller whose own input holds its arguments. */
export interface DeadlineOptions {
  /** The subject of the {@link ValidationError}; default `'deadline'`. */
  readonly subject?: string;
  /**
   * Where `start`, `rule` and `calendar` sit in the caller's input, e.g.
   * `{ start: 'facts.confirmedAt', rule: 'policy.contactDeadline' }`; issues inside the rule or
   * calendar are reported below these paths (`policy.contactDeadline.hours`).
   */
  readonly paths?: { readonly start?: string; readonly rule?: string; readonly calendar?: string };
}

const OWN_PATHS = { start: 'start', rule: 'rule', calendar: 'calendar' } as const;

/** An issue of a value's own validator, placed below the path the value has in the caller's input. */
function under(path: string, issue: ValidationIssue): ValidationIssue {
  return {
    ...issue,
    path:
      issue.path === ''
        ? path
        : issue.path.startsWith('[')
          ? `${path}${issue.path}`
          : `${path}.${issue.path}`,
  };
}

const FIRST_START = Date.UTC(HOLIDAY_YEARS.first, 0, 1);
// The last supported year is kept free so that every rule's due instant stays inside the calendar.
const END_OF_STARTS = Date.UTC(HOLIDAY_YEARS.last, 0, 1);

function readStart(start: string | Date): number | undefined {
  let epoch: number | undefined;
  if (typeof start === 'string') epoch = parseInstant(start);
  else if (start instanceof Date && !Number.isNaN(start.getTime())) epoch = start.getTime();
  if (epoch === undefined || epoch < FIRST_START || epoch >= END_OF_STARTS) return undefined;
  return epoch;
}

function compute(start: number, rule: DeadlineRule, calendar: BelgianCalendar): Deadline {
  let due: number;
  let shiftedOutOfGap = false;
  const skipped: Array<{ dayNumber: number; reasons: readonly NonWorkingReason[] }> = [];
  if (rule.kind === 'elapsed-hours') {
    due = start + rule.hours * 3_600_000;
  } else {
    const local = brusselsLocalDate(start);
    const year = local.getUTCFullYear();
    const startDay = Math.floor(local.getTime() / DAY_MS);
    let dueDay = startDay;
    if (rule.kind === 'calendar-days') {
      dueDay = startDay + rule.days;
    } else {
      let counted = 0;
      let dayYear = year;
      let yearEnds = Date.UTC(year + 1, 0, 1) / DAY_MS;
      while (counted < rule.days) {
        dueDay += 1;
        if (dueDay >= yearEnds) {
          dayYear += 1;
          yearEnds = Date.UTC(dayYear + 1, 0, 1) / DAY_MS;
        }
        if (isWorkingDayNumber(dueDay, calendar, dayYear)) counted += 1;
        else skipped.push({ dayNumber: dueDay, reasons: nonWorkingReasons(dueDay, calendar) });
      }
    }
    const target = new Date(dueDay * DAY_MS);
    const hour = local.getUTCHours();
    const minute = local.getUTCMinutes();
    due = wallToEpoch(
      target.getUTCFullYear(),
      target.getUTCMonth() + 1,
      target.getUTCDate(),
      hour,
      minute,
      local.getUTCSeconds(),
      local.getUTCMilliseconds(),
    );
    const dueLocal = brusselsLocalDate(due);
    shiftedOutOfGap = dueLocal.getUTCHours() !== hour || dueLocal.getUTCMinutes() !== minute;
  }
  const clockChange = brusselsOffsetMinutes(start) !== brusselsOffsetMinutes(due);
  return {
    start: formatInstant(start),
    due: formatInstant(due),
    rule,
    skipped:
      skipped.length === 0
        ? NONE_SKIPPED
        : skipped.map(({ dayNumber, reasons }) => ({ date: isoDateOf(dayNumber), reasons })),
    clockChange,
    shiftedOutOfGap,
    weekendDays: calendar.weekendDays,
  };
}

/** How long until a deadline is due (negative once it is overdue), in parts a person reads. */
export interface TimeRemaining {
  /** Milliseconds from `at` to the due instant; negative when overdue. */
  readonly milliseconds: number;
  readonly overdue: boolean;
  /** The absolute time, split: whole days, then hours, then minutes (rounded down). */
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
}

function dueEpoch(target: Deadline | string): number {
  // Typed, but JavaScript callers pass anything: what holds no due string is reported, not read.
  const text: unknown =
    typeof target === 'string'
      ? target
      : typeof target === 'object' && target !== null
        ? (target as { due?: unknown }).due
        : undefined;
  const due = typeof text === 'string' ? parseInstant(text) : undefined;
  if (due === undefined) {
    throw new OpvangValidationError(
      validationError('deadline', [
        {
          path: 'due',
          code: 'invalid',
          message: 'not an instant',
          expected: 'an ISO 8601 date-time with offset',
          received: target,
        },
      ]),
    );
  }
  return due;
}

function atEpoch(at: Date): number {
  const epoch = at instanceof Date ? at.getTime() : Number.NaN;
  if (Number.isNaN(epoch))
    throw new OpvangValidationError(
      validationError('deadline', [
        {
          path: 'at',
          code: 'invalid',
          message: 'an invalid Date',
          expected: 'a valid Date',
          received: at,
        },
      ]),
    );
  return epoch;
}

/**
 * The time left until a deadline at an instant; once past, how long it has been overdue.
 *
 * @throws `OpvangValidationError` (from `@opvang/core/shared`) for an invalid `Date` or due string.
 *
 * @example
 * ```ts
 * timeRemaining('2025-03-31T10:00:00.000+02:00', new Date('2025-03-30T06:30:00Z'));
 * // { milliseconds: 91800000, overdue: false, days: 1, hours: 1, minutes: 30 }
 * ```
 */
export function timeRemaining(target: Deadline | string, at: Date = new Date()): TimeRemaining {
  const milliseconds = dueEpoch(target) - atEpoch(at);
  const absolute = Math.abs(milliseconds);
  return {
    milliseconds,
    overdue: milliseconds < 0,
    days: Math.floor(absolute / DAY_MS),
    hours: Math.floor((absolute % DAY_MS) / 3_600_000),
    minutes: Math.floor((absolute % 3_600_000) / 60_000),
  };
}

/**
 * Whether a deadline is overdue at an instant: strictly after the due instant. At the due
 * instant itself it is not yet overdue.
 *
 * @example
 * ```ts
 * isOverdue('2025-03-31T10:00:00.000+02:00', new Date('2025-03-31T08:00:00Z')); // false: exactly due
 * isOverdue('2025-03-31T10:00:00.000+02:00', new Date('2025-03-31T08:00:01Z')); // true
 * ```
 */
export function isOverdue(target: Deadline | string, at: Date = new Date()): boolean {
  return atEpoch(at) > dueEpoch(target);
}

/**
 * The time left (or overdue) as a short phrase in a language, through `Intl.RelativeTimeFormat`:
 * `over 2 dagen`, `il y a 3 heures`. Days from two days on, hours from two hours on, else minutes.
 *
 * @example
 * ```ts
 * describeTimeRemaining('2025-03-31T10:00:00.000+02:00', new Date('2025-03-29T10:00:00+01:00'), 'nl'); // 'over 2 dagen'
 * ```
 */
export function describeTimeRemaining(target: Deadline | string, at: Date, locale: Locale): string {
  const { milliseconds } = timeRemaining(target, at);
  const format = new Intl.RelativeTimeFormat(intlLocales[localeOfTag(locale)], {
    numeric: 'always',
  });
  const absolute = Math.abs(milliseconds);
  const sign = milliseconds < 0 ? -1 : 1;
  if (absolute >= 2 * DAY_MS) return format.format(sign * Math.floor(absolute / DAY_MS), 'day');
  if (absolute >= 2 * 3_600_000)
    return format.format(sign * Math.floor(absolute / 3_600_000), 'hour');
  return format.format(sign * Math.floor(absolute / 60_000), 'minute');
}
