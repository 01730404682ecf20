import { brusselsOffsetMinutes, brusselsWallClockToEpoch } from '../shared/index.js';

/**
 * Europe/Brussels time by arithmetic, for the deadline hot path.
 *
 * Since 1996 Belgium follows the EU summer-time rule: UTC+2 from the last Sunday of March,
 * 01:00 UTC, to the last Sunday of October, 01:00 UTC; UTC+1 otherwise. tzdata assumes the
 * rule continues, and so do we. Before 1996 the rules changed often, so those instants go
 * through `Intl` (the shared, slower path). Tests compare both with luxon.
 */

export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** 1996-01-01T00:00:00Z: from here on, the EU rule holds. */
const EU_RULE_FROM = Date.UTC(1996, 0, 1);

const transitionCache = new Map<number, readonly [number, number]>();

/** The instants (UTC ms) summer time starts and ends in a year, under the EU rule. */
export function summerTimeTransitions(year: number): readonly [number, number] {
  let cached = transitionCache.get(year);
  if (cached === undefined) {
    cached = [lastSundayAt(year, 3) + HOUR_MS, lastSundayAt(year, 10) + HOUR_MS];
    transitionCache.set(year, cached);
  }
  return cached;
}

function lastSundayAt(year: number, month: number): number {
  const lastDay = Date.UTC(year, month, 0);
  return lastDay - new Date(lastDay).getUTCDay() * DAY_MS;
}

// Years since 1996 in three typed arrays (start of year, start and end of summer time), so
// an offset is a division, at most one step and two comparisons: deadlines in bulk touch
// random years, and a per-year cache would miss every time.
const TABLE_FIRST_YEAR = 1996;
const TABLE_YEARS = 206; // 1996 to 2201: past the last year a deadline can end in
const AVERAGE_YEAR_MS = 31_556_952_000;
let yearStarts: Float64Array | undefined;
let summerStarts: Float64Array | undefined;
let summerEnds: Float64Array | undefined;

function buildTables(): void {
  yearStarts = new Float64Array(TABLE_YEARS + 1);
  summerStarts = new Float64Array(TABLE_YEARS);
  summerEnds = new Float64Array(TABLE_YEARS);
  for (let index = 0; index <= TABLE_YEARS; index += 1) yearStarts[index] = Date.UTC(TABLE_FIRST_YEAR + index, 0, 1);
  for (let index = 0; index < TABLE_YEARS; index += 1) {
    const [start, end] = summerTimeTransitions(TABLE_FIRST_YEAR + index);
    summerStarts[index] = start;
    summerEnds[index] = end;
  }
}

/** Brussels' offset from UTC in minutes at an instant. */
export function offsetAt(epoch: number): number {
  if (epoch < EU_RULE_FROM) return brusselsOffsetMinutes(epoch);
  if (yearStarts === undefined || summerStarts === undefined || summerEnds === undefined) {
    buildTables();
    return offsetAt(epoch);
  }
  let index = Math.floor((epoch - EU_RULE_FROM) / AVERAGE_YEAR_MS);
  if (index >= TABLE_YEARS - 1) {
    const [start, end] = summerTimeTransitions(civilFromDays(Math.floor(epoch / DAY_MS)).year);
    return epoch >= start && epoch < end ? 120 : 60;
  }
  // The average year drifts from real years by less than a day: one step corrects it.
  if (epoch < (yearStarts[index] as number)) index -= 1;
  else if (epoch >= (yearStarts[index + 1] as number)) index += 1;
  return epoch >= (summerStarts[index] as number) && epoch < (summerEnds[index] as number) ? 120 : 60;
}

/**
 * The calendar date of a day number, by arithmetic (Howard Hinnant's `civil_from_days`):
 * no `Date` object, which matters on the hot path.
 */
export function civilFromDays(dayNumber: number): { readonly year: number; readonly month: number; readonly day: number } {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const two = (value: number) => (value < 10 ? `0${value}` : `${value}`);
const three = (value: number) => (value < 10 ? `00${value}` : value < 100 ? `0${value}` : `${value}`);

/**
 * The instant Brussels clocks show a wall-clock time. In the autumn overlap it is the earlier
 * instant; in the spring gap, the next valid instant (03:00 summer time).
 */
export function wallToEpoch(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number): number {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  if (asUtc < EU_RULE_FROM + DAY_MS) {
    return brusselsWallClockToEpoch({ year, month, day, hour, minute, second, millisecond: ms });
  }
  const summer = asUtc - 2 * HOUR_MS;
  if (offsetAt(summer) === 120) return summer;
  const winter = asUtc - HOUR_MS;
  if (offsetAt(winter) === 60) return winter;
  // Neither reading exists: the spring gap. The next valid instant is the transition itself.
  return summerTimeTransitions(year)[0];
}

/** Local calendar fields of an instant in Brussels. */
export function localDate(epoch: number): Date {
  // A Date whose UTC fields are the Brussels wall clock: cheap to read, never shown as such.
  return new Date(epoch + offsetAt(epoch) * 60_000);
}

/** Days since 1970-01-01 of a calendar date. */
export function dayNumberOf(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** `YYYY-MM-DD` of a day number. */
export function isoDateOf(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** An instant as Brussels ISO 8601 with offset: `2024-03-31T17:00:00.000+02:00`. */
export function formatBrusselsIso(epoch: number): string {
  const offset = offsetAt(epoch);
  const wall = epoch + offset * 60_000;
  const dayNumber = Math.floor(wall / DAY_MS);
  const inDay = wall - dayNumber * DAY_MS;
  const minuteOfDay = Math.floor(inDay / 60_000);
  const rest = inDay - minuteOfDay * 60_000;
  const local = `${datePart(dayNumber)}${minutePart(minuteOfDay)}${rest === 0 ? ':00.000' : `:${two(Math.floor(rest / 1000))}.${three(rest % 1000)}`}`;
  if (offset === 60) return `${local}+01:00`;
  if (offset === 120) return `${local}+02:00`;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

// Deadlines are formatted in bulk, and most fall on a few thousand days and on whole minutes:
// the date and the hour-and-minute parts are written once and reused, which spares the
// garbage collector a dozen small strings per instant.
const dateParts = new Map<number, string>();
const minuteParts: string[] = [];

function datePart(dayNumber: number): string {
  let text = dateParts.get(dayNumber);
  if (text === undefined) {
    const { year, month, day } = civilFromDays(dayNumber);
    text = `${year}-${two(month)}-${two(day)}`;
    // Bounded: a long-running process formatting random instants must not grow without end.
    if (dateParts.size >= 100_000) dateParts.clear();
    dateParts.set(dayNumber, text);
  }
  return text;
}

function minutePart(minuteOfDay: number): string {
  return (minuteParts[minuteOfDay] ??= `T${two(Math.floor(minuteOfDay / 60))}:${two(minuteOfDay % 60)}`);
}

// Reading character codes instead of a regular expression: parsing is most of the cost of an
// elapsed-hours deadline, and this is about twice as fast as `RegExp.exec` with groups.
/** The value of two digits at `at`, or -1. */
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const ones = text.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

/**
 * Reads an ISO 8601 date-time; without an offset it is Brussels local time, and a date alone
 * is local midnight. Accepted: `YYYY-MM-DD`, then optionally `T` (or a space) `HH:MM`, `:SS`,
 * a fraction of a second (`.` or `,`, up to 9 digits) and an offset (`Z`, `+HH`, `+HHMM`,
 * `+HH:MM`). Returns `undefined` for anything else, including impossible dates (`2025-02-30`),
 * times (`24:00`, `12:60`), offsets beyond ±18:00 and years before 1000.
 */
export function parseInstant(text: string): number | undefined {
  const length = text.length;
  if (length < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const high = twoDigits(text, 0);
  const low = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  if (high < 10 || low < 0 || month < 1 || month > 12 || day < 1) return undefined;
  const year = high * 100 + low;
  if (day > 28 && new Date(Date.UTC(year, month, 0)).getUTCDate() < day) return undefined;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let ms = 0;
  let at = 10;
  if (length > 10) {
    const separator = text.charCodeAt(10);
    // T, t or a space
    if (separator !== 84 && separator !== 116 && separator !== 32) return undefined;
    if (length < 16 || text.charCodeAt(13) !== 58) return undefined;
    hour = twoDigits(text, 11);
    minute = twoDigits(text, 14);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return undefined;
    at = 16;
    if (at < length && text.charCodeAt(at) === 58) {
      second = twoDigits(text, at + 1);
      if (second < 0 || second > 59) return undefined;
      at += 3;
      const mark = text.charCodeAt(at);
      if (at < length && (mark === 46 || mark === 44)) {
        let digits = 0;
        let scale = 100;
        at += 1;
        for (let code = text.charCodeAt(at); code >= 48 && code <= 57; code = text.charCodeAt(at)) {
          ms += (code - 48) * scale;
          scale /= 10;
          digits += 1;
          at += 1;
        }
        if (digits === 0 || digits > 9) return undefined;
        ms = Math.floor(ms);
      }
    }
  }
  if (at === length) return wallToEpoch(year, month, day, hour, minute, second, ms);
  if (at === 10) return undefined;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const zone = text.charCodeAt(at);
  // Z or z
  if (zone === 90 || zone === 122) return at + 1 === length ? asUtc : undefined;
  if (zone !== 43 && zone !== 45) return undefined;
  const offsetHours = twoDigits(text, at + 1);
  let offsetMinutes = 0;
  const rest = length - at - 3;
  if (rest === 2) offsetMinutes = twoDigits(text, at + 3);
  else if (rest === 3 && text.charCodeAt(at + 3) === 58) offsetMinutes = twoDigits(text, at + 4);
  else if (rest !== 0) return undefined;
  if (offsetHours < 0 || offsetHours > 18 || offsetMinutes < 0 || offsetMinutes > 59) return undefined;
  return asUtc - (zone === 45 ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
}
