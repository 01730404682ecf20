import { depthError, err, isIsoDate, isRecord, ok, validationError } from '../shared/index.js';
import type { Period, PeriodPrecision, Result, ValidationError } from '../shared/index.js';

/**
 * What a part of a register entry says: `deployed` (a bare date: the source lists the dates
 * the liaison officers were deployed, which need not be the day a centre opened), `expected`
 * (`verwacht`), `reserved` (`onder voorbehoud`), `reopening` (`heropening`), `expansion`
 * (`uitbreiding`) or `closed` (`gesloten`). `deployed` was called `opened` before 2026-12.
 */
export type DeploymentState =
  'deployed' | 'expected' | 'reserved' | 'reopening' | 'expansion' | 'closed';

/** Why a parse result deserves a second look. Each code has a sentence in nl/fr/de/en (see `describePeriodNote`). */
export type PeriodNote =
  | { readonly code: 'typo-corrected'; readonly found: string; readonly readAs: string }
  | { readonly code: 'alternatives'; readonly options: readonly string[] }
  | { readonly code: 'range-as-open-close' }
  | { readonly code: 'closed-without-date' }
  | { readonly code: 'several-sites'; readonly sites: readonly string[] }
  | { readonly code: 'after-answer-date'; readonly answerMonth: string };

/** One fact of an entry: a state and, when the text gives one, its period. */
export interface PeriodSegment {
  /** The words of this fact, verbatim. */
  readonly raw: string;
  readonly state: DeploymentState;
  /** Absent only for a state without a date, such as a bare `gesloten`. */
  readonly period?: Period;
}

/**
 * A parsed Dutch date expression. The top-level `start`, `end` and `precision` are the
 * {@link Period} of the first dated fact (usually the date of deployment), so the
 * value can be used wherever a fuzzy date `{ start, end, precision }` is accepted.
 */
export interface ParsedDutchPeriod extends Period {
  /** The text as given, untouched. */
  readonly raw: string;
  /** Every fact in source order, e.g. a date of deployment then a closing. */
  readonly segments: readonly [PeriodSegment, ...PeriodSegment[]];
  /** The states of the segments, in order. */
  readonly states: readonly DeploymentState[];
  /** Site names given before the date (`Destelheide en Hanenbos`); empty when none. */
  readonly sites: readonly string[];
  readonly notes: readonly PeriodNote[];
}

/** Options for {@link parseDutchPeriod}. */
export interface ParseDutchPeriodOptions {
  /**
   * The last day the text could speak of as past or present; a period starting later gets an
   * `after-answer-date` note, as `YYYY-MM-DD`. Defaults to `2023-10-31`: seed `000` answers a
   * question of 12 October 2023; the answer itself is not dated.
   */
  readonly answerDate?: string;
}

/** The end of the month of the question (seed `000` answers a question of 12 October 2023; the answer is undated). */
export const SOURCE_ANSWER_DATE = '2023-10-31';

const MONTHS: Readonly<Record<string, number>> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  maart: 3,
  mrt: 3,
  april: 4,
  apr: 4,
  mei: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  augustus: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/**
 * The day ranges we give the qualifiers; the source does not define them. `eind` runs to
 * the last day of the month, whatever its length.
 */
export const QUALIFIER_DAYS = { begin: [1, 10], midden: [11, 20], eind: [21, 31] } as const;

const STATE_WORDS: ReadonlyArray<readonly [RegExp, DeploymentState, string | undefined]> = [
  [/^geslotenem\s*/iu, 'closed', 'geslotenem'],
  [/^gesloten(?:\s+op)?(?=\s|$)\s*/iu, 'closed', undefined],
  [/^verwacht(?=\s|$)\s*/iu, 'expected', undefined],
  [/^onder voorbehoud(?=\s|$)\s*/iu, 'reserved', undefined],
  [/^heropening(?=\s|$)\s*/iu, 'reopening', undefined],
  [/^uitbreiding(?=\s|$)\s*/iu, 'expansion', undefined],
];

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

function fail(raw: unknown, message: string, expected: string): Result<never, ValidationError> {
  return err(
    validationError('Dutch period', [
      { path: '', code: 'invalid', message, expected, received: raw },
    ]),
  );
}

type Read = Result<Period, ValidationError>;

/** Reads one date without alternatives: a day, a (qualified) month, or a year. */
function readSingle(text: string, raw: string): Read {
  const day = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/u.exec(text);
  if (day) {
    const [d, m, y] = [Number(day[1]), Number(day[2]), Number(day[3])];
    if (m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) {
      return fail(raw, `no such day: "${text}"`, 'a real calendar day as d.m.yyyy');
    }
    return ok({ start: iso(y, m, d), end: iso(y, m, d), precision: 'day' });
  }
  const month = /^(?:(begin|midden|eind)\s+)?(\p{L}+)\.?\s+(\d{4})$/iu.exec(text);
  if (month) {
    const qualifier = month[1]?.toLowerCase() as keyof typeof QUALIFIER_DAYS | undefined;
    const m = MONTHS[(month[2] ?? '').toLowerCase()];
    const y = Number(month[3]);
    if (m === undefined)
      return fail(raw, `unknown month "${month[2] ?? ''}"`, 'a Dutch month name or abbreviation');
    if (qualifier === undefined)
      return ok({ start: iso(y, m, 1), end: iso(y, m, daysIn(y, m)), precision: 'month' });
    const [from, to] = QUALIFIER_DAYS[qualifier];
    return ok({
      start: iso(y, m, from),
      end: iso(y, m, Math.min(to, daysIn(y, m))),
      precision: 'part-of-month',
    });
  }
  if (/^\d{4}$/u.test(text)) {
    const y = Number(text);
    return ok({ start: iso(y, 1, 1), end: iso(y, 12, 31), precision: 'year' });
  }
  return fail(
    raw,
    `could not read the date "${text}"`,
    'd.m.yyyy, [begin|midden|eind] month yyyy, or yyyy',
  );
}

const RANK: Readonly<Record<PeriodPrecision, number>> = {
  day: 0,
  'part-of-month': 1,
  month: 2,
  year: 3,
};

/** Reads `a/b`: the period may be any of the alternatives, so it spans them all. */
function readDate(text: string, raw: string, notes: PeriodNote[]): Read {
  const options = text.split('/').map((part) => part.trim());
  const periods: Period[] = [];
  for (const option of options) {
    const read = readSingle(option, raw);
    if (!read.ok) return read;
    periods.push(read.value);
  }
  if (periods.length === 1 && periods[0] !== undefined) return ok(periods[0]);
  notes.push({ code: 'alternatives', options });
  const start = periods.map((p) => p.start).sort()[0] ?? '';
  const end =
    periods
      .map((p) => p.end)
      .sort()
      .at(-1) ?? '';
  const precision = periods.map((p) => p.precision).sort((a, b) => RANK[b] - RANK[a])[0] ?? 'year';
  return ok({ start, end, precision });
}

const SITES = /^(\p{Lu}[\p{L}'-]*(?:\s+(?:en\s+)?\p{Lu}[\p{L}'-]*)*)\s+(.+)$/u;
const RANGE = /^(\d{1,2}\.\d{1,2}\.\d{4})\s*-\s*(\d{1,2}\.\d{1,2}\.\d{4})$/u;

/**
 * Parses one of the free Dutch date expressions of the deployment register (seed `000`,
 * lines 72-107): `02.12.2019`, `sept 2021`, `eind mei 2022`, `2020`,
 * `15.02.2023-23.02.2023`, `december 2021/februari 2022`, `verwacht november 2023`,
 * `19.12.2019 - gesloten 13.02.2021`, `Destelheide en Hanenbos september 2023`…
 *
 * Facts are separated by a spaced dash (`-` or `–`); a bare first date is a date of deployment.
 * Text it cannot read is an error naming the part it could not read; nothing is guessed.
 * A value that is not a string, or an `answerDate` that is not a `YYYY-MM-DD` date, is a
 * validation error too.
 *
 * @example
 * ```ts
 * const result = parseDutchPeriod('begin november 2021 – gesloten 26.04.2022');
 * if (result.ok) result.value; // { start: '2021-11-01', end: '2021-11-10', precision: 'part-of-month', states: ['deployed', 'closed'], … }
 * ```
 */
export function parseDutchPeriod(
  text: string,
  options: ParseDutchPeriodOptions = {},
): Result<ParsedDutchPeriod, ValidationError> {
  // Typed for strings, but JavaScript callers pass anything: other values get the documented error.
  if (typeof text !== 'string')
    return fail(
      text,
      text === undefined ? 'no text' : 'not a string',
      'a Dutch date expression as a string',
    );
  const optionsProblem =
    depthError('Dutch period options', options) ??
    (isRecord(options) &&
    (options.answerDate === undefined ||
      (typeof options.answerDate === 'string' && isIsoDate(options.answerDate)))
      ? undefined
      : validationError('Dutch period options', [
          isRecord(options)
            ? {
                path: 'answerDate',
                code: 'invalid',
                message: 'not a date',
                expected: 'a calendar date YYYY-MM-DD such as 2023-10-31',
                received: options.answerDate,
              }
            : {
                path: '',
                code: 'invalid',
                message: 'not an object',
                expected: 'an object { answerDate? }',
                received: options,
              },
        ]));
  if (optionsProblem !== undefined) return err(optionsProblem);
  const answerDate = options.answerDate ?? SOURCE_ANSWER_DATE;
  const raw = text;
  let rest = text.trim();
  if (rest === '') return fail(raw, 'empty text', 'a Dutch date expression');
  const notes: PeriodNote[] = [];
  let sites: string[] = [];
  const siteMatch = SITES.exec(rest);
  if (
    siteMatch &&
    !/^(gesloten|verwacht|onder|heropening|uitbreiding|begin|midden|eind)/iu.test(rest) &&
    MONTHS[(siteMatch[1] ?? '').split(/\s+/u)[0]?.toLowerCase() ?? ''] === undefined
  ) {
    sites = (siteMatch[1] ?? '').split(/\s+en\s+/u);
    rest = siteMatch[2] ?? '';
    if (sites.length > 1) notes.push({ code: 'several-sites', sites });
  }
  const range = RANGE.exec(rest);
  const parts = range ? [range[1] ?? '', `gesloten ${range[2] ?? ''}`] : rest.split(/\s+[-–]\s+/u);
  if (range) notes.push({ code: 'range-as-open-close' });
  const segments: PeriodSegment[] = [];
  for (const [index, part] of parts.entries()) {
    let body = part.trim();
    let state: DeploymentState | undefined;
    for (const [pattern, word, typo] of STATE_WORDS) {
      const found = pattern.exec(body);
      if (!found) continue;
      state = word;
      body = body.slice(found[0].length).trim();
      if (typo !== undefined)
        notes.push({
          code: 'typo-corrected',
          found: `${typo} ${body}`.trim(),
          readAs: `gesloten ${body}`.trim(),
        });
      break;
    }
    if (state === undefined) {
      if (index > 0)
        return fail(
          raw,
          `no state word before "${part}"`,
          'gesloten, verwacht, onder voorbehoud, heropening or uitbreiding',
        );
      state = 'deployed';
    }
    const segmentRaw = range ? (index === 0 ? (range[1] ?? '') : (range[2] ?? '')) : part.trim();
    if (body === '') {
      if (state === 'deployed') return fail(raw, 'no date', 'a Dutch date expression');
      if (state === 'closed') notes.push({ code: 'closed-without-date' });
      segments.push({ raw: segmentRaw, state });
      continue;
    }
    const period = readDate(body, raw, notes);
    if (!period.ok) return period;
    segments.push({ raw: segmentRaw, state, period: period.value });
  }
  const first = segments.find((s) => s.period !== undefined)?.period;
  const [head, ...tail] = segments;
  if (first === undefined || head === undefined)
    return fail(raw, 'no date', 'a Dutch date expression');
  const late = segments.find((s) => s.period !== undefined && s.period.start > answerDate);
  if (late) notes.push({ code: 'after-answer-date', answerMonth: answerDate.slice(0, 7) });
  return ok({
    raw,
    start: first.start,
    end: first.end,
    precision: first.precision,
    segments: [head, ...tail],
    states: segments.map((s) => s.state),
    sites,
    notes,
  });
}
