import { formatDateTime, intlLocales, localeOfTag, type Locale } from '../i18n/index.js';
import {
  brusselsOffsetMinutes,
  brusselsWallClockToEpoch,
  decode,
  isIsoDate,
  list,
  map,
  object,
  oneOf,
  optional,
  parseIsoDateTime,
  refine,
  text,
  toBrusselsIso,
  type Decoder,
  type Result,
  type ValidationError,
  type Weekday,
  weekdays,
} from '../shared/index.js';
import { isEmailAddress, isPhoneNumber } from './address.js';
import type { OpeningTexts } from './texts.js';

/** One opening period that repeats every week: on these days, from `opens` to `closes`, Brussels time. */
export interface OpeningHours {
  readonly days: readonly Weekday[];
  /** `HH:MM`, 24-hour clock. */
  readonly opens: string;
  /** `HH:MM`, after `opens`; `24:00` means until midnight. */
  readonly closes: string;
}

/**
 * The municipality's contact point (*contactpunt*, step G of the step plan): where residents
 * go, in confidence, with questions, worries, reports and offers to volunteer (seed `001`,
 * line 22). At least one way to reach it (phone, e-mail or address) is required.
 */
export interface ContactPoint {
  /** What residents call it: `Contactpunt opvangcentrum`. */
  readonly name?: string;
  readonly phone?: string;
  readonly email?: string;
  /** A street address where residents can walk in. */
  readonly address?: string;
  /** The weekly opening hours, Brussels time. Empty: no fixed hours (e.g. e-mail only). */
  readonly openingHours: readonly OpeningHours[];
  /** Dates (`YYYY-MM-DD`) on which it stays closed: public holidays, bridge days. */
  readonly closedOn: readonly string[];
}

/** What {@link parseContactPoint} accepts: as {@link ContactPoint}, with the lists optional. */
export interface ContactPointInput {
  readonly name?: string | undefined;
  readonly phone?: string | undefined;
  readonly email?: string | undefined;
  readonly address?: string | undefined;
  readonly openingHours?: readonly OpeningHours[] | undefined;
  readonly closedOn?: readonly string[] | undefined;
}

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

const minutesOf = (time: string): number =>
  Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

// The contact point is read inside the contact widget, so it uses the core's small decoders,
// not zod (see docs/development.md, "Validation and its messages").
const time = text({
  check: [(value) => TIME.test(value), 'not a time', 'a 24-hour time HH:MM such as 09:00 or 17:30'],
});

const openingHoursDecoder: Decoder<OpeningHours> = refine(
  object({ days: list(oneOf(weekdays), 1), opens: time, closes: time }),
  ({ opens, closes }, fail) => {
    if (minutesOf(closes) <= minutesOf(opens)) {
      fail('closes', {
        message: 'closes before it opens',
        expected: 'a closing time after the opening time, on the same day',
        received: closes,
      });
    }
  },
  ['opens', 'closes'],
);

const trimmed = (max: number) => text({ trim: true, min: 1, max });

const contactPointDecoder: Decoder<ContactPoint> = map(
  refine(
    object({
      name: optional(trimmed(200)),
      phone: optional(
        text({
          trim: true,
          check: [isPhoneNumber, 'not a phone number', 'a phone number such as +32 2 123 45 67'],
        }),
      ),
      email: optional(
        text({
          trim: true,
          check: [
            isEmailAddress,
            'not an e-mail address',
            'an e-mail address such as contact@gemeente.be',
          ],
        }),
      ),
      address: optional(trimmed(300)),
      openingHours: optional(list(openingHoursDecoder)),
      closedOn: optional(
        list(
          text({
            check: [isIsoDate, 'not a date', 'a calendar date YYYY-MM-DD such as 2025-12-26'],
          }),
        ),
      ),
    }),
    // Only worth saying when the rest is right: a wrong phone number is already reported.
    (point, fail) => {
      if (point.phone === undefined && point.email === undefined && point.address === undefined) {
        fail('phone', {
          message: 'no way to reach the contact point',
          expected: 'at least one of phone, email, address',
        });
      }
    },
  ),
  ({ openingHours = [], closedOn = [], ...ways }) => ({ ...ways, openingHours, closedOn }),
);

/**
 * Validates a contact point from outside data (JSON, element attributes) and normalises it:
 * texts trimmed, the lists present.
 *
 * @returns the contact point, or a {@link ValidationError} naming each wrong field, such as
 *   `openingHours[1].closes`.
 *
 * @example
 * ```ts
 * const result = parseContactPoint({
 *   name: 'Contactpunt opvangcentrum',
 *   phone: '+32 50 12 34 56',
 *   email: 'opvang@gemeente.be',
 *   openingHours: [{ days: ['monday', 'wednesday', 'friday'], opens: '09:00', closes: '12:00' }],
 *   closedOn: ['2025-12-26'],
 * });
 * // { ok: true, value: { …, closedOn: ['2025-12-26'] } }
 * ```
 */
export function parseContactPoint(input: unknown): Result<ContactPoint, ValidationError> {
  return decode('contact point', contactPointDecoder, input);
}

/** Whether the contact point is open, and until when or from when. */
export type OpeningStatus =
  | { readonly open: true; /** When it closes, Brussels ISO with offset. */ readonly until: string }
  | {
      readonly open: false;
      /** When it opens next, within 14 days; absent if not. */ readonly opensAt?: string;
    };

interface BrusselsDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const LOOKAHEAD_DAYS = 14;

/**
 * Whether the contact point is open at an instant, in Brussels time, and until when; or,
 * when closed, when it opens next (looking 14 days ahead). Opening periods that touch
 * (09:00–12:00 and 12:00–17:00) count as one. A date in `closedOn` is closed all day.
 *
 * @example
 * ```ts
 * const point = { openingHours: [{ days: ['monday'], opens: '09:00', closes: '12:00' }], closedOn: [] };
 * openingStatus(point, new Date('2025-03-17T09:30:00+01:00'));
 * // { open: true, until: '2025-03-17T12:00:00.000+01:00' }
 * openingStatus(point, new Date('2025-03-17T13:00:00+01:00'));
 * // { open: false, opensAt: '2025-03-24T09:00:00.000+01:00' }
 * ```
 */
export function openingStatus(
  point: Pick<ContactPoint, 'openingHours' | 'closedOn'>,
  at: Date,
): OpeningStatus {
  const now = at.getTime();
  const closed = new Set(point.closedOn);
  const intervals: Array<readonly [number, number]> = [];
  const today = brusselsDayOf(now);
  // Periods never run past midnight, so no period of yesterday can still be open now.
  for (let offset = 0; offset <= LOOKAHEAD_DAYS; offset += 1) {
    const day = addDays(today, offset);
    if (closed.has(isoDate(day))) continue;
    const weekday = weekdayOf(day);
    for (const hours of point.openingHours) {
      if (!hours.days.includes(weekday)) continue;
      intervals.push([epochOf(day, hours.opens), epochOf(day, hours.closes)]);
    }
  }
  intervals.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const current = intervals.find(([start, end]) => start <= now && now < end);
  if (current !== undefined) {
    let until = current[1];
    for (const [start, end] of intervals) if (start <= until && end > until) until = end;
    return { open: true, until: toBrusselsIso(new Date(until)) };
  }
  const next = intervals.find(([start]) => start > now);
  return next === undefined
    ? { open: false }
    : { open: false, opensAt: toBrusselsIso(new Date(next[0])) };
}

/**
 * Whether the contact point is open at an instant, in Brussels time.
 *
 * @example
 * ```ts
 * isOpenAt({ openingHours: [{ days: ['saturday'], opens: '10:00', closes: '12:00' }], closedOn: [] },
 *   new Date('2025-03-15T10:15:00+01:00')); // true
 * ```
 */
export function isOpenAt(
  point: Pick<ContactPoint, 'openingHours' | 'closedOn'>,
  at: Date,
): boolean {
  return openingStatus(point, at).open;
}

/**
 * The opening status as a short sentence for residents, in the texts given: what
 * `describeOpeningStatus` says, for code that has loaded one language's texts only
 * (`contactTextsFr.opening`).
 *
 * @example
 * ```ts
 * describeOpeningStatusWith({ open: false }, 'fr', new Date(), contactTextsFr.opening);
 * // 'Actuellement fermé'
 * ```
 */
export function describeOpeningStatusWith(
  status: OpeningStatus,
  locale: Locale,
  at: Date,
  messages: OpeningTexts,
): string {
  if (status.open) {
    return messages.openUntil({
      time: formatDateTime(parseIsoDateTime(status.until) ?? new Date(Number.NaN), locale, 'time'),
    });
  }
  if (status.opensAt === undefined) return messages.closedNow;
  const opens = parseIsoDateTime(status.opensAt) ?? new Date(Number.NaN);
  const dayDifference = daysBetween(brusselsDayOf(at.getTime()), brusselsDayOf(opens.getTime()));
  const time = formatDateTime(opens, locale, 'time');
  const day =
    dayDifference === 0
      ? messages.today
      : dayDifference === 1
        ? messages.tomorrow
        : formatDateTime(opens, locale, 'long-date');
  return messages.opensAt({ when: `${day} ${time}` });
}

/**
 * The weekly opening hours as lines a resident reads, one per opening period, with the
 * days named in their language: `maandag, woensdag: 09:00–12:00`.
 *
 * @example
 * ```ts
 * formatOpeningHours([{ days: ['monday', 'wednesday'], opens: '09:00', closes: '12:00' }], 'fr');
 * // ['lundi, mercredi : 09:00–12:00']
 * ```
 */
export function formatOpeningHours(openingHours: readonly OpeningHours[], tag: Locale): string[] {
  const locale = localeOfTag(tag);
  const names = new Intl.DateTimeFormat(intlLocales[locale], { weekday: 'long', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  const dayName = (weekday: Weekday) =>
    names.format(new Date(Date.UTC(2024, 0, 1 + weekdays.indexOf(weekday))));
  const separator = locale === 'fr' ? '\u202f: ' : ': ';
  return openingHours.map((hours) => {
    const days = [...hours.days]
      .sort((a, b) => weekdays.indexOf(a) - weekdays.indexOf(b))
      .map(dayName)
      .join(', ');
    return `${days}${separator}${hours.opens}\u2013${hours.closes}`;
  });
}

function brusselsDayOf(epoch: number): BrusselsDay {
  const local = new Date(epoch + brusselsOffsetMinutes(epoch) * 60_000);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

function addDays(day: BrusselsDay, count: number): BrusselsDay {
  const moved = new Date(Date.UTC(day.year, day.month - 1, day.day + count));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

function daysBetween(from: BrusselsDay, to: BrusselsDay): number {
  return Math.round(
    (Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) /
      86_400_000,
  );
}

function weekdayOf(day: BrusselsDay): Weekday {
  // getUTCDay: 0 is Sunday; weekdays[] starts on Monday.
  const index = (new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay() + 6) % 7;
  return weekdays[index] ?? 'monday';
}

function isoDate(day: BrusselsDay): string {
  return `${String(day.year).padStart(4, '0')}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}

function epochOf(day: BrusselsDay, time: string): number {
  const minutes = minutesOf(time);
  if (minutes === 24 * 60) return epochOf(addDays(day, 1), '00:00');
  return brusselsWallClockToEpoch({
    ...day,
    hour: Math.floor(minutes / 60),
    minute: minutes % 60,
    second: 0,
    millisecond: 0,
  });
}
