import { BRUSSELS_TIME_ZONE } from './time-zone.js';
/**
 * Instants in Europe/Brussels time: the one grammar, parser and formatter every capability
 * reads and writes instants with, and the offset lookup behind them. No date library: the
 * browser-side capabilities (FAQ, contact, info market) must not ship luxon.
 *
 * The grammar, and why each rule is what it is, is in docs/instants.md. In short:
 *
 * ```
 * instant = date sep time [offset]
 * date    = YYYY "-" MM "-" DD          (a day that exists)
 * sep     = "T" | "t" | " "
 * time    = HH ":" MM [":" SS ["." | "," 1–9 digits]]     (00:00 to 23:59:59.999999999)
 * offset  = "Z" | "z" | ("+" | "-") HH [[":"] MM]         (at most 18:00)
 * ```
 *
 * Without an offset the time is Brussels wall-clock time. The instant must fall in the
 * Brussels years 1900 to 9999. Nothing else: no date alone, no surrounding spaces.
 *
 * Offsets since 1996 follow the EU summer-time rule and are read from tables (two
 * comparisons, for the deadline hot path); earlier instants go through `Intl`, whose data
 * has Belgium's older rules.
 */

// The time zone lives in time-zone.ts (see there why); re-exported here for this module's users.
export { BRUSSELS_TIME_ZONE };

/**
 * The Brussels years an instant may fall in. Before 1900 Brussels clocks ran on mean solar
 * time (UTC+00:17:30 until 1892), an offset ISO 8601 cannot write; four digits end at 9999.
 */
export const INSTANT_YEARS = { first: 1900, last: 9999 } as const;

/** What an entry point says it expected when an instant does not parse. */
export const INSTANT_EXPECTED =
  'an ISO 8601 date-time such as 2025-03-14T19:00 (Brussels time) or 2025-03-14T19:00+01:00, from 1900 to 9999';

/**
 * Milliseconds in a calendar day of UTC (Brussels days are 23 or 25 hours at a clock change:
 * count those with day numbers, not with this).
 *
 * @example
 * ```ts
 * Date.UTC(2025, 2, 15) - Date.UTC(2025, 2, 14) === DAY_MS; // true
 * ```
 */
export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/** 1900-01-01T00:00 in Brussels, which was then on UTC+00:00. */
const FIRST_INSTANT = Date.UTC(1900, 0, 1);
/** 10000-01-01T00:00 in Brussels (winter, UTC+01:00): the first instant whose year has five digits. */
const END_OF_INSTANTS = Date.UTC(10_000, 0, 1) - HOUR_MS;

// ---------------------------------------------------------------------------------------------
// Offsets

// Made on first use, not when the module loads: creating it costs several milliseconds on a
// phone, and every widget imports this module while the page is still being laid out.
let offsetFormatter: Intl.DateTimeFormat | undefined;

/** The offset by `Intl` (`GMT+01:00`, `GMT`), for instants before the EU rule. */
function intlOffsetMinutes(epoch: number): number {
  offsetFormatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: BRUSSELS_TIME_ZONE,
    timeZoneName: 'longOffset',
  });
  const name =
    offsetFormatter.formatToParts(epoch).find((part) => part.type === 'timeZoneName')?.value ?? '';
  const [, sign, hours = 0, minutes = 0, seconds = 0] = /([+-])(\d+):(\d+):?(\d*)/.exec(name) ?? [];
  // Before 1892, mean solar time (+00:17:30): rounded, and never written (see INSTANT_YEARS).
  return (
    (sign === '-' ? -1 : 1) *
    Math.round(Number(hours) * 60 + Number(minutes) + Number(seconds) / 60)
  );
}

/** 1996-01-01T00:00:00Z: from here on, the EU rule holds (tzdata assumes it continues). */
const EU_RULE_FROM = Date.UTC(1996, 0, 1);
const AVERAGE_YEAR_MS = 31_556_952_000;

/** When summer time starts or ends under the EU rule: the last Sunday of March or October, 01:00 UTC. */
function lastSundayOneAm(year: number, month: number): number {
  const lastDay = Date.UTC(year, month, 0) / DAY_MS;
  // Day 0 (1970-01-01) was a Thursday: (day + 4) % 7 is 0 on Sundays.
  return (lastDay - ((lastDay + 4) % 7)) * DAY_MS + HOUR_MS;
}

// The start and end of summer time of each year since 1996 in one typed array, made on first
// use, so that an offset is a division and two comparisons: deadlines in bulk touch random
// years, and a per-year cache would miss every time. No table of year starts is needed: the
// average year drifts from real ones by a day or two, around New Year, which is winter in
// either year.
const TABLE_YEARS = 206; // 1996 to 2201: past the last year a deadline can end in
let summers: Float64Array | undefined;

function euOffsetMinutes(epoch: number): number {
  const index = Math.floor((epoch - EU_RULE_FROM) / AVERAGE_YEAR_MS);
  if (summers === undefined) {
    summers = new Float64Array(2 * TABLE_YEARS);
    for (let year = 0; year < TABLE_YEARS; year += 1) {
      summers[2 * year] = lastSundayOneAm(1996 + year, 3);
      summers[2 * year + 1] = lastSundayOneAm(1996 + year, 10);
    }
  }
  const start =
    index < TABLE_YEARS ? (summers[2 * index] as number) : lastSundayOneAm(1996 + index, 3);
  const end =
    index < TABLE_YEARS ? (summers[2 * index + 1] as number) : lastSundayOneAm(1996 + index, 10);
  return epoch >= start && epoch < end ? 120 : 60;
}

/**
 * Brussels' offset from UTC, in minutes, at an instant (epoch milliseconds): 60 in winter,
 * 120 in summer, 0 in parts of the early twentieth century. Since 1996 by arithmetic on a
 * table; before, through `Intl`. Defined for the instants {@link parseInstant} accepts;
 * before 1892 Brussels was on UTC+00:17:30 and the answer is rounded.
 *
 * @example
 * ```ts
 * brusselsOffsetMinutes(Date.parse('2025-01-01T00:00:00Z')); // 60
 * brusselsOffsetMinutes(Date.parse('2025-07-01T00:00:00Z')); // 120
 * ```
 */
export function brusselsOffsetMinutes(epoch: number): number {
  return epoch < EU_RULE_FROM ? intlOffsetMinutes(epoch) : euOffsetMinutes(epoch);
}

// ---------------------------------------------------------------------------------------------
// Wall-clock time

/** A wall-clock reading: calendar fields as written, no zone. */
export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

/**
 * The instant at which Brussels clocks show a wall-clock time. In the autumn overlap
 * (02:00–03:00 happens twice) it is the earlier instant, in summer time. In the spring gap
 * (02:00–03:00 does not exist) it is the next valid instant, 03:00 summer time: the choice
 * the deadline rules make for a due time that falls in the gap.
 *
 * @example
 * ```ts
 * new Date(brusselsWallClockToEpoch({ year: 2025, month: 3, day: 30, hour: 2, minute: 30, second: 0, millisecond: 0 }));
 * // 2025-03-30T01:00:00.000Z: 03:00 summer time, the gap's end
 * ```
 */
export function brusselsWallClockToEpoch(wall: WallClock): number {
  return wallToEpoch(
    wall.year,
    wall.month,
    wall.day,
    wall.hour,
    wall.minute,
    wall.second,
    wall.millisecond,
  );
}

/**
 * {@link brusselsWallClockToEpoch} with positional fields, for the deadline hot path.
 *
 * @example
 * ```ts
 * formatInstant(wallToEpoch(2025, 3, 30, 2, 30, 0, 0)); // '2025-03-30T03:00:00.000+02:00' (the gap)
 * ```
 */
export function wallToEpoch(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number,
): number {
  return wallMsToEpoch(Date.UTC(year, month - 1, day, hour, minute, second, ms));
}

/** The instant of a wall-clock time given as milliseconds since 1970-01-01T00:00 on the wall. */
function wallMsToEpoch(wall: number): number {
  // Since 1996 (EU rule): summer time, else winter time, else the spring gap, whose end is
  // the transition, at 02:00 on the winter-time wall clock.
  if (wall >= EU_RULE_FROM + DAY_MS) {
    const summer = wall - 2 * HOUR_MS;
    if (euOffsetMinutes(summer) === 120) return summer;
    const winter = wall - HOUR_MS;
    return euOffsetMinutes(winter) === 60 ? winter : Math.floor(wall / HOUR_MS) * HOUR_MS - HOUR_MS;
  }
  // Before, by Intl. The offsets Brussels used a day and a half before and after: the wall time read with the
  // larger one is the earlier instant, so it is tried first (the autumn overlap).
  const before = brusselsOffsetMinutes(wall - 36 * HOUR_MS);
  const after = brusselsOffsetMinutes(wall + 36 * HOUR_MS);
  const large = Math.max(before, after);
  const small = Math.min(before, after);
  let low = wall - large * MINUTE_MS;
  if (brusselsOffsetMinutes(low) === large) return low;
  let high = wall - small * MINUTE_MS;
  if (brusselsOffsetMinutes(high) === small) return high;
  // Neither reading exists: a gap (the spring one, 02:00–03:00). The clock jumped forward
  // between `low` (still the small offset) and `high` (already the large one); the next valid
  // instant is the jump.
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (brusselsOffsetMinutes(mid) === large) high = mid;
    else low = mid;
  }
  return high;
}

/**
 * A `Date` whose UTC fields are the Brussels wall clock at an instant: cheap to read
 * (`getUTCHours()` is the Brussels hour), never to be shown or passed on as an instant.
 *
 * @example
 * ```ts
 * brusselsLocalDate(Date.parse('2025-07-01T08:00Z')).getUTCHours(); // 10
 * ```
 */
export function brusselsLocalDate(epoch: number): Date {
  return new Date(epoch + brusselsOffsetMinutes(epoch) * MINUTE_MS);
}

// ---------------------------------------------------------------------------------------------
// Day numbers: days since 1970-01-01.

/**
 * Days since 1970-01-01 of a calendar date (month 1–12).
 *
 * @example
 * ```ts
 * dayNumberOf(1970, 1, 2); // 1
 * ```
 */
export function dayNumberOf(year: number, month: number, day: number): number {
  // Howard Hinnant's `days_from_civil`: arithmetic, which is faster than `Date.UTC` on the hot path.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return (
    era * 146_097 +
    yearOfEra * 365 +
    Math.floor(yearOfEra / 4) -
    Math.floor(yearOfEra / 100) +
    dayOfYear -
    719_468
  );
}

/**
 * `YYYY-MM-DD` of a day number (see {@link dayNumberOf}).
 *
 * @example
 * ```ts
 * isoDateOf(dayNumberOf(2025, 3, 14)); // '2025-03-14'
 * ```
 */
export function isoDateOf(dayNumber: number): string {
  return datePart(dayNumber);
}

// ---------------------------------------------------------------------------------------------
// The formatter

const two = (value: number) => (value < 10 ? `0${value}` : `${value}`);
const three = (value: number) =>
  value < 10 ? `00${value}` : value < 100 ? `0${value}` : `${value}`;

/**
 * Writes an instant (epoch milliseconds) as ISO 8601 in Brussels wall-clock time with its
 * offset, the one form every output of this library uses: always seconds and milliseconds,
 * always a numeric offset. {@link parseInstant} reads it back to the same instant.
 *
 * @throws `RangeError` for an instant outside the Brussels years 1900–9999 (or `NaN`).
 *
 * @example
 * ```ts
 * formatInstant(Date.parse('2025-03-14T18:00:00Z')); // '2025-03-14T19:00:00.000+01:00'
 * formatInstant(Date.parse('2024-03-31T15:00:00Z')); // '2024-03-31T17:00:00.000+02:00'
 * ```
 */
export function formatInstant(epoch: number): string {
  if (!(epoch >= FIRST_INSTANT && epoch < END_OF_INSTANTS))
    throw new RangeError(`not an instant from 1900 to 9999: ${epoch}`);
  const offset = brusselsOffsetMinutes(epoch);
  const wall = epoch + offset * MINUTE_MS;
  const dayNumber = Math.floor(wall / DAY_MS);
  const inDay = wall - dayNumber * DAY_MS;
  const minuteOfDay = Math.floor(inDay / MINUTE_MS);
  const rest = inDay - minuteOfDay * MINUTE_MS;
  const local = `${datePart(dayNumber)}${(minuteParts[minuteOfDay] ??= `T${two(Math.floor(minuteOfDay / 60))}:${two(minuteOfDay % 60)}`)}${rest === 0 ? ':00.000' : `:${two(Math.floor(rest / 1000))}.${three(rest % 1000)}`}`;
  if (offset === 60) return `${local}+01:00`;
  if (offset === 120) return `${local}+02:00`;
  const abs = Math.abs(offset);
  return `${local}${offset < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/**
 * {@link formatInstant} for a `Date`.
 *
 * @throws `RangeError` for an invalid `Date` or one outside the Brussels years 1900–9999.
 *
 * @example
 * ```ts
 * toBrusselsIso(new Date('2025-03-14T18:00:00Z')); // '2025-03-14T19:00:00.000+01:00'
 * ```
 */
export function toBrusselsIso(instant: Date): string {
  return formatInstant(instant.getTime());
}

// Deadlines are formatted in bulk, and most fall on a few thousand days: the date part is
// written once per day and reused.
const dateParts = new Map<number, string>();
const minuteParts: string[] = [];

function datePart(dayNumber: number): string {
  let text = dateParts.get(dayNumber);
  if (text === undefined) {
    text = new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
    // Bounded: a long-running process formatting random instants must not grow without end.
    if (dateParts.size >= 100_000) dateParts.clear();
    dateParts.set(dayNumber, text);
  }
  return text;
}

// ---------------------------------------------------------------------------------------------
// The parser

/** How {@link parseInstant} reads a text. */
export interface InstantOptions {
  /**
   * `'required'` for machine-written timestamps (a message's `createdAt`), which must say
   * their offset; by default a text without one is Brussels wall-clock time.
   */
  readonly offset?: 'optional' | 'required';
}

// The grammar as a regular expression that only tests (no groups: that is what makes `exec`
// slow), with the ranges of months, hours, minutes, seconds and offsets in it; the fields are
// then read at their fixed places. Parsing is most of the cost of an elapsed-hours deadline.
const GRAMMAR =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])[Tt ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d{1,9})?)?(?:[Zz]|[+-](?:(?:0\d|1[0-7])(?::?[0-5]\d)?|18(?::?00)?))?$/;

/** The value of the two digits at `at` (the grammar has checked that they are digits). */
function pair(text: string, at: number): number {
  return text.charCodeAt(at) * 10 + text.charCodeAt(at + 1) - 528;
}

/**
 * Reads an instant written in the library's one grammar (see the module comment and
 * docs/instants.md): `YYYY-MM-DD`, `T` (or `t`, or a space), `HH:MM`, optionally `:SS` and a
 * fraction of 1–9 digits after `.` or `,`, then optionally `Z` or an offset `±HH`, `±HHMM`,
 * `±HH:MM` (at most 18:00). Without an offset it is Brussels wall-clock time: in the autumn
 * overlap the earlier instant, in the spring gap the gap's end.
 *
 * @returns epoch milliseconds (fractions beyond the millisecond are cut off), or `undefined`
 *   for anything else: a date alone, surrounding spaces, `24:00`, a leap second `:60`, a day
 *   that does not exist, an instant outside the Brussels years 1900–9999, a value that is not
 *   a string.
 *
 * @example
 * ```ts
 * parseInstant('2025-03-14T19:00');          // 1741975200000 (18:00Z: winter time)
 * parseInstant('2025-07-01T19:00+02:00');    // 1751389200000 (17:00Z)
 * parseInstant('2025-03-14');                // undefined: an instant needs its time of day
 * parseInstant('2025-03-14T19:00', { offset: 'required' }); // undefined
 * ```
 */
export function parseInstant(text: string, options?: InstantOptions): number | undefined {
  if (typeof text !== 'string' || !GRAMMAR.test(text)) return undefined;
  const year = pair(text, 0) * 100 + pair(text, 2);
  const month = pair(text, 5);
  const day = pair(text, 8);
  // With an offset of at most 18 hours, no instant from 1900 on is written before 1899; and
  // `Date.UTC` would read the years 0–99 as 1900–1999.
  if (year < 1899 || (day > 28 && day > new Date(Date.UTC(year, month, 0)).getUTCDate()))
    return undefined;
  const length = text.length;
  let at = 16;
  let second = 0;
  let ms = 0;
  if (text.charCodeAt(at) === 58) {
    second = pair(text, 17);
    at = 19;
    // A fraction: what is finer than a millisecond is cut off.
    const mark = text.charCodeAt(at);
    if (mark === 46 || mark === 44) {
      for (
        let scale = 100, code = text.charCodeAt((at += 1));
        code >= 48 && code <= 57;
        code = text.charCodeAt((at += 1))
      ) {
        ms += (code - 48) * scale;
        scale /= 10;
      }
      ms = Math.floor(ms);
    }
  }
  const wall =
    ((dayNumberOf(year, month, day) * 24 + pair(text, 11)) * 60 + pair(text, 14)) * MINUTE_MS +
    second * 1000 +
    ms;
  let epoch: number;
  if (at === length) {
    if (options?.offset === 'required') return undefined;
    epoch = wallMsToEpoch(wall);
  } else {
    // `Z` (1 character), `+HH` (3), `+HHMM` (5) or `+HH:MM` (6): the minutes are the last two digits.
    const rest = length - at;
    const minutes =
      rest === 1 ? 0 : pair(text, at + 1) * 60 + (rest === 3 ? 0 : pair(text, length - 2));
    epoch = wall - (text.charCodeAt(at) === 45 ? -minutes : minutes) * MINUTE_MS;
  }
  return epoch >= FIRST_INSTANT && epoch < END_OF_INSTANTS ? epoch : undefined;
}

/**
 * {@link parseInstant} as a `Date`.
 *
 * @example
 * ```ts
 * parseIsoDateTime('2025-03-14T19:00');        // 2025-03-14T18:00:00.000Z (CET)
 * parseIsoDateTime('2025-07-01T19:00+02:00');  // 2025-07-01T17:00:00.000Z
 * parseIsoDateTime('14/03/2025');              // undefined
 * ```
 */
export function parseIsoDateTime(text: string, options?: InstantOptions): Date | undefined {
  const epoch = parseInstant(text, options);
  return epoch === undefined ? undefined : new Date(epoch);
}
