import {
  decode,
  depthError,
  isRecord,
  isIsoDate,
  list,
  object,
  oneOf,
  optional,
  OpvangValidationError,
  refine,
  text,
  union,
  validationError,
  weekdayOfDayNumber,
  weekdays,
  type Weekday,
} from '../shared/index.js';
import { brusselsLocalDate, DAY_MS, dayNumberOf, isoDateOf } from '../shared/index.js';
import {
  communities,
  holidayNames,
  holidaysOfYear,
  HOLIDAY_YEARS,
  type Community,
  type HolidayId,
} from './holidays.js';
import type { Localized } from '../i18n/index.js';

/** A day the user closes on top of the public holidays, such as a municipality's bridge day. */
export interface ClosingDay {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** What it is, as the user wrote it: `Brugdag`. Shown as is in every language. */
  readonly name?: string;
}

/** A Belgian working-day calendar: plain data, made and checked by {@link belgianCalendar}. */
export interface BelgianCalendar {
  readonly kind: 'belgian';
  /** The community whose holiday counts, if any. */
  readonly community?: Community;
  /** Extra closing days, sorted by date, one per date. */
  readonly closingDays: readonly ClosingDay[];
  /** The days of the week that are not working days. */
  readonly weekendDays: readonly Weekday[];
}

/** What {@link belgianCalendar} accepts. */
export interface BelgianCalendarOptions {
  /** `flemish` (11 July), `french` (27 September) or `german` (15 November). Default: none. */
  readonly community?: Community | undefined;
  /** Extra closing days: `'2025-05-02'` or `{ date: '2025-05-02', name: 'Brugdag' }`. */
  readonly closingDays?: ReadonlyArray<string | ClosingDay> | undefined;
  /** Default `['saturday', 'sunday']`. At most six days: a week needs a working day. */
  readonly weekendDays?: readonly Weekday[] | undefined;
}

// Decoders, not zod: calendars are made in the browser (the case widgets, issue 16); see
// docs/development.md, "Validation and its messages".
const date = text({
  check: [isIsoDate, 'not a date', 'a calendar date YYYY-MM-DD such as 2025-05-02'],
});

const optionsDecoder = object({
  community: optional(oneOf(communities)),
  closingDays: optional(
    list(
      union(
        [
          [(value) => typeof value === 'string', date],
          [isRecord, object({ date, name: optional(text({ trim: true, min: 1, max: 100 })) })],
        ],
        'not a closing day',
        'a calendar date YYYY-MM-DD, or { date, name }',
      ),
      0,
      1000,
    ),
  ),
  weekendDays: optional(
    refine(list(oneOf(weekdays), 0, 6), (days, fail, given) => {
      if (new Set(days).size !== days.length)
        fail(undefined, {
          message: 'a day given twice',
          expected: 'each weekday at most once',
          received: given,
        });
    }),
  ),
});

/** Calendars made by {@link belgianCalendar}: known to be valid, so deadlines skip the check. */
const checked = new WeakSet<BelgianCalendar>();

/**
 * A Belgian working-day calendar: the ten public holidays (with Easter Monday, Ascension and
 * Whit Monday computed for any year from 1900 to 2200), optionally one community's holiday,
 * the user's own closing days, and the weekend days.
 *
 * @throws `OpvangValidationError` (from `@opvang/core/shared`) naming the option that is wrong: an unknown
 *   community, a malformed closing day, an unknown or repeated weekday, seven weekend days.
 *
 * @example
 * ```ts
 * const calendar = belgianCalendar({ community: 'flemish', closingDays: [{ date: '2025-05-02', name: 'Brugdag' }] });
 * isWorkingDay('2025-07-11', calendar); // false: Day of the Flemish Community
 * belgianCalendar({ community: 'walloon' }); // throws: community, expected one of "flemish", "french", "german"
 * ```
 */
export function belgianCalendar(options: BelgianCalendarOptions = {}): BelgianCalendar {
  // decode checks the depth first, so no options nested too deeply reach the decoders.
  const parsed = decode('calendar options', optionsDecoder, options);
  if (!parsed.ok) throw new OpvangValidationError(parsed.error);
  const byDate = new Map<string, ClosingDay>();
  for (const entry of parsed.value.closingDays ?? []) {
    const day: ClosingDay =
      typeof entry === 'string'
        ? { date: entry }
        : entry.name === undefined
          ? { date: entry.date }
          : { date: entry.date, name: entry.name };
    // The first name given for a date wins; a second mention adds nothing.
    if (!byDate.has(day.date)) byDate.set(day.date, day);
  }
  const calendar: BelgianCalendar = Object.freeze({
    kind: 'belgian' as const,
    ...(parsed.value.community === undefined ? {} : { community: parsed.value.community }),
    closingDays: Object.freeze([...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1))),
    weekendDays: Object.freeze([...(parsed.value.weekendDays ?? ['saturday', 'sunday'])]),
  });
  checked.add(calendar);
  return calendar;
}

/**
 * The calendar as given if {@link belgianCalendar} made it; otherwise (plain data from JSON)
 * checked and rebuilt, so a hand-made object cannot slip an invalid setting through.
 */
export function ensureCalendar(calendar: BelgianCalendar): BelgianCalendar {
  if (checked.has(calendar)) return calendar;
  const tooDeep = depthError('calendar', calendar);
  if (tooDeep !== undefined) throw new OpvangValidationError(tooDeep);
  if (!isRecord(calendar)) {
    throw new OpvangValidationError(
      validationError('calendar', [
        {
          path: '',
          code: 'invalid',
          message: 'not a calendar',
          expected: 'a calendar made by belgianCalendar(), or its JSON',
          received: calendar,
        },
      ]),
    );
  }
  const { kind, ...options } = calendar;
  if (kind !== 'belgian') {
    throw new OpvangValidationError(
      validationError('calendar', [
        {
          path: 'kind',
          code: 'invalid',
          message: 'not a Belgian calendar',
          expected: '"belgian"',
          received: kind,
        },
      ]),
    );
  }
  return belgianCalendar(options);
}

/** Why a day is not a working day. */
export type NonWorkingReason =
  | { readonly kind: 'weekend'; readonly weekday: Weekday }
  | { readonly kind: 'holiday'; readonly holiday: HolidayId; readonly names: Localized }
  | { readonly kind: 'closing-day'; readonly name?: string };

interface CalendarIndex {
  readonly weekend: readonly boolean[];
  readonly closing: ReadonlyMap<number, ClosingDay>;
  readonly holidays: Map<number, ReadonlyMap<number, readonly HolidayId[]>>;
  readonly community: Community | undefined;
}

const indexes = new WeakMap<BelgianCalendar, CalendarIndex>();

function indexOf(calendar: BelgianCalendar): CalendarIndex {
  let index = indexes.get(calendar);
  if (index === undefined) {
    const weekend = weekdays.map((day) => calendar.weekendDays.includes(day));
    const closing = new Map<number, ClosingDay>();
    for (const day of calendar.closingDays)
      closing.set(Math.round(Date.parse(`${day.date}T00:00:00Z`) / DAY_MS), day);
    index = { weekend, closing, holidays: new Map(), community: calendar.community };
    indexes.set(calendar, index);
  }
  return index;
}

function holidayMap(index: CalendarIndex, year: number): ReadonlyMap<number, readonly HolidayId[]> {
  let map = index.holidays.get(year);
  if (map === undefined) {
    const built = new Map<number, HolidayId[]>();
    for (const holiday of holidaysOfYear(year, index.community)) {
      const existing = built.get(holiday.dayNumber);
      if (existing === undefined) built.set(holiday.dayNumber, [holiday.id]);
      else existing.push(holiday.id);
    }
    map = built;
    index.holidays.set(year, map);
  }
  return map;
}

/** 0 for Monday … 6 for Sunday, of a day number. */
function weekdayIndex(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

/** Whether a day (as days since 1970-01-01) is a working day; the hot path of the deadline rules. */
export function isWorkingDayNumber(
  dayNumber: number,
  calendar: BelgianCalendar,
  year: number,
): boolean {
  const index = indexOf(calendar);
  if (index.weekend[weekdayIndex(dayNumber)] === true) return false;
  if (index.closing.has(dayNumber)) return false;
  return !holidayMap(index, year).has(dayNumber);
}

/** Every reason a day is not a working day; empty for a working day. */
export function nonWorkingReasons(
  dayNumber: number,
  calendar: BelgianCalendar,
): NonWorkingReason[] {
  const index = indexOf(calendar);
  const reasons: NonWorkingReason[] = [];
  if (index.weekend[weekdayIndex(dayNumber)] === true)
    reasons.push({ kind: 'weekend', weekday: weekdayOfDayNumber(dayNumber) });
  const year = new Date(dayNumber * DAY_MS).getUTCFullYear();
  for (const holiday of holidayMap(index, year).get(dayNumber) ?? [])
    reasons.push({ kind: 'holiday', holiday, names: holidayNames[holiday] });
  const closing = index.closing.get(dayNumber);
  if (closing !== undefined)
    reasons.push(
      closing.name === undefined
        ? { kind: 'closing-day' }
        : { kind: 'closing-day', name: closing.name },
    );
  return reasons;
}

/** A day off in a calendar's year, as {@link holidaysIn} lists it. */
export interface Holiday {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly kind: 'public' | 'community' | 'closing-day';
  /** The holiday's id; absent for a closing day. */
  readonly id?: HolidayId;
  readonly names: Localized;
}

const closingDayNames: Localized = {
  nl: 'Sluitingsdag',
  fr: 'Jour de fermeture',
  de: 'Schließungstag',
  en: 'Closing day',
};

/**
 * The holidays of a year in a calendar, in date order: the public holidays, the community's
 * holiday if the calendar has one, and the calendar's own closing days. Holidays on a
 * weekend are listed too (they are not moved in Belgium).
 *
 * @throws `OpvangValidationError` (from `@opvang/core/shared`) when the year is not a whole number from 1900 to 2200.
 *
 * @example
 * ```ts
 * holidaysIn(2025, belgianCalendar({ community: 'flemish' })).map((h) => `${h.date} ${h.names.nl}`);
 * // ['2025-01-01 Nieuwjaar', '2025-04-21 Paasmaandag', …, '2025-07-11 Feestdag van de Vlaamse Gemeenschap', …]
 * ```
 */
export function holidaysIn(year: number, calendar: BelgianCalendar = belgianCalendar()): Holiday[] {
  if (!Number.isInteger(year) || year < HOLIDAY_YEARS.first || year > HOLIDAY_YEARS.last) {
    throw new OpvangValidationError(
      validationError('holidays', [
        {
          path: 'year',
          code: 'invalid',
          message: 'outside the supported years',
          expected: `a whole number from ${HOLIDAY_YEARS.first} to ${HOLIDAY_YEARS.last}`,
          received: year,
        },
      ]),
    );
  }
  const valid = ensureCalendar(calendar);
  const list: Holiday[] = holidaysOfYear(year, valid.community).map((holiday) => ({
    date: isoDateOf(holiday.dayNumber),
    kind: holiday.id.endsWith('-community') ? 'community' : 'public',
    id: holiday.id,
    names: holidayNames[holiday.id],
  }));
  for (const day of valid.closingDays) {
    if (day.date.startsWith(`${year}-`)) {
      list.push({
        date: day.date,
        kind: 'closing-day',
        names:
          day.name === undefined
            ? closingDayNames
            : { nl: day.name, fr: day.name, de: day.name, en: day.name },
      });
    }
  }
  return list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * Whether a date is a working day in a calendar: not a weekend day, not a holiday, not a
 * closing day. A `Date` is read as its calendar day in Brussels.
 *
 * @throws `OpvangValidationError` (from `@opvang/core/shared`) when the date is not a `YYYY-MM-DD` date (or a valid `Date`) from 1900 to 2200.
 *
 * @example
 * ```ts
 * isWorkingDay('2025-11-11', belgianCalendar()); // false: Armistice
 * isWorkingDay('2025-11-12', belgianCalendar()); // true
 * ```
 */
export function isWorkingDay(
  date: string | Date,
  calendar: BelgianCalendar = belgianCalendar(),
): boolean {
  const dayNumber = dayNumberFromInput(date);
  const year = new Date(dayNumber * DAY_MS).getUTCFullYear();
  return isWorkingDayNumber(dayNumber, ensureCalendar(calendar), year);
}

function dayNumberFromInput(date: string | Date): number {
  let dayNumber: number | undefined;
  if (date instanceof Date) {
    if (!Number.isNaN(date.getTime())) {
      const local = brusselsLocalDate(date.getTime());
      dayNumber = dayNumberOf(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
    }
  } else if (typeof date === 'string' && isIsoDate(date)) {
    dayNumber = Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
  }
  const year = dayNumber === undefined ? Number.NaN : new Date(dayNumber * DAY_MS).getUTCFullYear();
  if (dayNumber === undefined || year < HOLIDAY_YEARS.first || year > HOLIDAY_YEARS.last) {
    throw new OpvangValidationError(
      validationError('working day', [
        {
          path: 'date',
          code: 'invalid',
          message: 'not a date we can use',
          expected: `a calendar date YYYY-MM-DD (or a valid Date) from ${HOLIDAY_YEARS.first} to ${HOLIDAY_YEARS.last}`,
          received: date,
        },
      ]),
    );
  }
  return dayNumber;
}
