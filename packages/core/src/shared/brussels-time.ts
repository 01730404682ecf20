/**
 * Europe/Brussels wall-clock time without a date library, through `Intl`, so that
 * browser-side capabilities (FAQ, contact, info market) do not have to ship luxon.
 */

/** The time zone every date in this library is read and shown in. */
export const BRUSSELS_TIME_ZONE = 'Europe/Brussels';

// Made on first use, not when the module loads: creating it costs several milliseconds on a
// phone, and every widget imports this module while the page is still being laid out.
let offsetFormatter: Intl.DateTimeFormat | undefined;
function brusselsFormatter(): Intl.DateTimeFormat {
  offsetFormatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: BRUSSELS_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  return offsetFormatter;
}

/** Brussels' offset from UTC, in minutes, at the given instant: 60 in winter, 120 in summer. */
export function brusselsOffsetMinutes(epochMs: number): number {
  const parts: Record<string, number> = {};
  for (const part of brusselsFormatter().formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wallAsUtc = Date.UTC(
    parts['year'] ?? 0,
    (parts['month'] ?? 1) - 1,
    parts['day'] ?? 1,
    parts['hour'] ?? 0,
    parts['minute'] ?? 0,
    parts['second'] ?? 0,
  );
  const wholeSecond = epochMs - (((epochMs % 1000) + 1000) % 1000);
  return Math.round((wallAsUtc - wholeSecond) / 60_000);
}

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
 * The instant at which Brussels clocks show the given wall-clock time.
 *
 * In the autumn overlap (02:00–03:00 happens twice) this is the earlier instant. In the
 * spring gap (02:00–03:00 does not exist) it is the next valid instant, 03:00 summer time:
 * the same choice as the deadline rules make.
 */
export function brusselsWallClockToEpoch(wall: WallClock): number {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond);
  // Try both offsets Brussels uses around that time; keep the candidates that read back as `wall`.
  const before = brusselsOffsetMinutes(asUtc - 36 * 3_600_000);
  const after = brusselsOffsetMinutes(asUtc + 36 * 3_600_000);
  const candidates = [...new Set([before, after])]
    .map((offset) => asUtc - offset * 60_000)
    .filter((epoch) => brusselsOffsetMinutes(epoch) * 60_000 === asUtc - epoch)
    .sort((a, b) => a - b);
  const earliest = candidates[0];
  if (earliest !== undefined) return earliest;
  // In the gap: the wall time does not exist; the clock jumped forward at the gap's end,
  // which is the instant the pre-gap offset would give.
  return firstInstantAfterGap(asUtc, Math.min(before, after), Math.max(before, after));
}

function firstInstantAfterGap(asUtc: number, smallOffset: number, largeOffset: number): number {
  // The transition lies between the wall time read with the large offset (still before it)
  // and read with the small one (already after it): search for the first instant with the
  // large offset.
  let low = asUtc - largeOffset * 60_000;
  let high = asUtc - smallOffset * 60_000;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (brusselsOffsetMinutes(mid) === largeOffset) high = mid;
    else low = mid;
  }
  return high;
}

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Reads an ISO 8601 date-time: with an offset (`Z`, `+02:00`) it is that instant; without
 * one it is Brussels local time. Returns `undefined` for anything else, including
 * impossible dates such as `2025-02-30T10:00` and values that are not strings.
 *
 * @example
 * ```ts
 * parseIsoDateTime('2025-03-14T19:00');        // 2025-03-14T18:00:00.000Z (CET)
 * parseIsoDateTime('2025-07-01T19:00+02:00');  // 2025-07-01T17:00:00.000Z
 * parseIsoDateTime('14/03/2025');              // undefined
 * ```
 */
export function parseIsoDateTime(text: string): Date | undefined {
  const match = typeof text === 'string' ? ISO_DATE_TIME.exec(text.trim()) : null;
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  const wall: WallClock = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h),
    minute: Number(mi),
    second: Number(s ?? 0),
    millisecond: Math.floor(Number(`0.${fraction ?? '0'}`) * 1000),
  };
  if (!isValidWallClock(wall)) return undefined;
  if (zone === undefined) return new Date(brusselsWallClockToEpoch(wall));
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond);
  if (/^z$/i.test(zone)) return new Date(asUtc);
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offsetHours = Number(digits.slice(0, 2));
  const offsetMinutes = Number(digits.slice(2));
  if (offsetHours > 18 || offsetMinutes > 59) return undefined;
  return new Date(asUtc - sign * (offsetHours * 60 + offsetMinutes) * 60_000);
}

function isValidWallClock(wall: WallClock): boolean {
  if (wall.month < 1 || wall.month > 12 || wall.day < 1) return false;
  if (wall.day > daysInMonth(wall.year, wall.month)) return false;
  // 24:00 is not accepted: one spelling per instant keeps ids and comparisons simple.
  return wall.hour <= 23 && wall.minute <= 59 && wall.second <= 59;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Writes an instant as ISO 8601 in Brussels local time with its offset, the form every
 * output of this library uses: `2025-03-14T19:00:00.000+01:00`.
 *
 * @example
 * ```ts
 * toBrusselsIso(new Date('2025-03-14T18:00:00Z')); // '2025-03-14T19:00:00.000+01:00'
 * ```
 */
export function toBrusselsIso(instant: Date): string {
  const epoch = instant.getTime();
  const offset = brusselsOffsetMinutes(epoch);
  const local = new Date(epoch + offset * 60_000);
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const zone = `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${local.toISOString().slice(0, 23)}${zone}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
