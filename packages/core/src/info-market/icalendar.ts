import { localeOfTag, type Locale } from '../i18n/index.js';
import {
  brusselsLocalDate,
  depthError,
  isRecord,
  OpvangValidationError,
  parseInstant,
  validationError,
  type ValidationError,
} from '../shared/index.js';
import { infoMarketExplanation } from './messages.js';
import { parseInfoMarket, type InfoMarket } from './model.js';

/** What {@link toICalendar} needs besides the market itself. */
export interface ICalendarOptions {
  /** The language of the event's title and description. Default `nl`. */
  readonly language?: Locale;
  /** The event's title. Default: the name of an information market in `language`. */
  readonly summary?: string;
  /** The event's description. Default: what an information market is and is not. */
  readonly description?: string;
  /** A page with more information. */
  readonly url?: string;
  /**
   * The event's unique id. Default: derived from the start and the place, so the same market
   * downloaded twice updates one calendar entry instead of adding a second.
   */
  readonly uid?: string;
  /** When the file is made (`DTSTAMP`). Default: now. */
  readonly now?: Date;
}

/**
 * The time-zone definition of Europe/Brussels: CET/CEST with the EU rules in force since 1996
 * (summer time from the last Sunday of March, 02:00, to the last Sunday of October, 03:00).
 */
const BRUSSELS_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Brussels',
  'X-LIC-LOCATION:Europe/Brussels',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/**
 * The information market as an iCalendar file (RFC 5545), for residents to add to their
 * calendar: one `VEVENT` in Brussels time with a `VTIMEZONE` for Europe/Brussels, so calendar
 * apps anywhere show the right local time. Lines end in CRLF and are folded at 75 octets.
 *
 * Serve it as `text/calendar; charset=utf-8` with a `.ics` file name.
 *
 * @throws `OpvangValidationError` (from `@opvang/core/shared`) when `options.url` is not an absolute http(s) URL,
 *   another option has the wrong type, or `market` is not a valid information market. `language` is read
 *   as {@link localeOfTag} reads a tag (`en-GB` is English, an unknown language Dutch).
 *
 * @example
 * ```ts
 * const market = parseInfoMarket({ start: '2025-03-14T19:00', end: '2025-03-14T21:00', place: 'Zaal De Kring', address: 'Markt 1, Bredene' });
 * if (market.ok) {
 *   const ics = toICalendar(market.value, { language: 'nl' });
 *   // BEGIN:VCALENDAR … DTSTART;TZID=Europe/Brussels:20250314T190000 … SUMMARY:Infomarkt … END:VCALENDAR
 * }
 * ```
 */
export function toICalendar(market: InfoMarket, options: ICalendarOptions = {}): string {
  // Typed as parsed data, yet JavaScript callers pass anything: check both before writing a line.
  const problem = depthError(SUBJECT, options) ?? optionsProblem(options);
  if (problem !== undefined) throw new OpvangValidationError(problem);
  const valid = parseInfoMarket(market);
  if (!valid.ok) throw new OpvangValidationError(valid.error);
  return calendarFile(valid.value, options, localeOfTag(options.language));
}

const SUBJECT = 'iCalendar options';
const isText = (value: unknown): boolean => typeof value === 'string';
const optionChecks: ReadonlyArray<
  readonly [keyof ICalendarOptions, (value: unknown) => boolean, string]
> = [
  ['summary', isText, 'a string'],
  ['description', isText, 'a string'],
  [
    'url',
    (url) => isText(url) && /^https?:\/\/[^\s]+$/.test(url as string),
    'an absolute http(s) URL',
  ],
  ['uid', isText, 'a string'],
  ['now', (now) => now instanceof Date && !Number.isNaN(now.getTime()), 'a valid Date'],
];

function optionsProblem(options: unknown): ValidationError | undefined {
  if (!isRecord(options))
    return validationError(SUBJECT, [
      {
        path: '',
        code: 'invalid',
        message: 'not an object',
        expected: 'an object of options',
        received: options,
      },
    ]);
  for (const [key, test, expected] of optionChecks) {
    const value = options[key];
    if (value !== undefined && !test(value))
      return validationError(SUBJECT, [
        { path: key, code: 'invalid', message: `not ${expected}`, expected, received: value },
      ]);
  }
  return undefined;
}

function calendarFile(market: InfoMarket, options: ICalendarOptions, language: Locale): string {
  const explanation = infoMarketExplanation[language];
  // Parsed by parseInfoMarket just before: these read.
  const start = parseInstant(market.start) as number;
  const location =
    market.address === undefined ? market.place : `${market.place}, ${market.address}`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//opvang//@opvang/core//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...BRUSSELS_VTIMEZONE,
    'BEGIN:VEVENT',
    `UID:${escapeText(options.uid ?? `infomarkt-${brusselsLocal(start)}-${fnv1a(location)}@opvang`)}`,
    `DTSTAMP:${utcStamp(options.now ?? new Date())}`,
    `DTSTART;TZID=Europe/Brussels:${brusselsLocal(start)}`,
    ...(market.end === undefined
      ? []
      : [`DTEND;TZID=Europe/Brussels:${brusselsLocal(parseInstant(market.end) as number)}`]),
    `SUMMARY;LANGUAGE=${language}:${escapeText(options.summary ?? explanation.name)}`,
    `LOCATION;LANGUAGE=${language}:${escapeText(location)}`,
    `DESCRIPTION;LANGUAGE=${language}:${escapeText(options.description ?? `${explanation.is} ${explanation.isNot}`)}`,
    ...(options.url === undefined ? [] : [`URL:${options.url}`]),
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** RFC 5545, 3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values. */
function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** RFC 5545, 3.1: lines longer than 75 octets continue on the next line after CRLF and a space. */
function fold(line: string): string {
  if (utf8Length(line) <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const character of line) {
    const length = utf8Length(character);
    // The first line holds 75 octets; continuation lines 74 after their leading space.
    if (size + length > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += character;
    size += length;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function brusselsLocal(epoch: number): string {
  return basicFormat(brusselsLocalDate(epoch));
}

function utcStamp(instant: Date): string {
  return `${basicFormat(instant)}Z`;
}

function basicFormat(date: Date): string {
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`;
}

/** How many octets a text takes in UTF-8 (the unit RFC 5545 folds on). */
function utf8Length(text: string): number {
  let length = 0;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    length += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return length;
}

/** A short, stable hash (FNV-1a over code points, 32 bits) to make a deterministic UID. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const character of text) {
    hash ^= character.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
