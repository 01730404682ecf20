import type { Period } from '../shared/index.js';
import type { Deployment } from './data.js';
import { parseDutchPeriod } from './parse-period.js';
import type { ParsedDutchPeriod, PeriodSegment } from './parse-period.js';

/**
 * Which part of a date the reading doubts, for {@link factToEdtf}: `whole` (a plan, a
 * reservation, or a date after the answer: EDTF `2023-11?`), `year` (a probable typo in the
 * year: `2021?-02-13`) or `day` (a typo next to the day: `2023-03-?04`).
 */
export type EdtfDoubt = 'whole' | 'year' | 'day';

/** Options for {@link toEdtf} and {@link factToEdtf}. */
export interface ToEdtfOptions {
  /**
   * Words of the source that are probably or possibly a typo (a `SourceNote`'s `found`): the
   * fact containing them is marked uncertain, in the year only when the typo is in the year
   * (`probably` as well as `found` given). {@link deploymentToEdtf} passes the entry's notes.
   */
  readonly typos?: readonly { readonly found: string; readonly probably: string }[];
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A calendar date of `precision` written as EDTF, with the qualifier of `doubt`. */
function writeDate(
  isoDate: string,
  precision: 'day' | 'month' | 'year',
  doubt?: EdtfDoubt,
): string {
  const [y = '', m = '', d = ''] = isoDate.split('-');
  const year = doubt === 'year' ? `${y}?` : y;
  const text =
    precision === 'year' ? year : precision === 'month' ? `${year}-${m}` : `${year}-${m}-${d}`;
  if (doubt === 'whole') return `${text}?`;
  if (doubt === 'day' && precision === 'day') return `${year}-${m}-?${d}`;
  // A doubt about a day the date does not name: the whole date is in doubt.
  if (doubt === 'day') return `${text}?`;
  return text;
}

const addDay = (isoDate: string): string => {
  const t = new Date(`${isoDate}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
};

/** A part of a month: one of its days, an EDTF set of a day range (`[2022-05-21..2022-05-31]`). */
function writePartOfMonth(period: Period, doubt?: EdtfDoubt): string {
  // EDTF sets cannot qualify the ends of a `..` range, so a doubted part is written day by day.
  if (doubt === undefined) return `[${period.start}..${period.end}]`;
  const days: string[] = [];
  for (let day = period.start; day <= period.end; day = addDay(day))
    days.push(writeDate(day, 'day', doubt === 'day' ? 'whole' : doubt));
  return `[${days.join(',')}]`;
}

function writePeriod(period: Period, doubt?: EdtfDoubt): string {
  if (period.precision === 'part-of-month') return writePartOfMonth(period, doubt);
  return writeDate(period.start, period.precision, doubt);
}

/**
 * The alternatives of a fact (`december 2021/februari 2022`), each read as a period, or
 * `undefined` for a fact that gives one date.
 *
 * @example
 * ```ts
 * const dilbeek = deployments.find((d) => d.municipality === 'Dilbeek')!;
 * factAlternatives(dilbeek.opening, dilbeek.parsed)?.map((p) => p.start); // ['2021-12-01', '2022-02-01']
 * ```
 */
export function factAlternatives(
  segment: PeriodSegment,
  parsed: ParsedDutchPeriod,
): Period[] | undefined {
  for (const note of parsed.notes) {
    if (note.code !== 'alternatives' || !note.options.every((o) => segment.raw.includes(o)))
      continue;
    const periods: Period[] = [];
    for (const option of note.options) {
      const read = parseDutchPeriod(option);
      if (read.ok)
        periods.push({
          start: read.value.start,
          end: read.value.end,
          precision: read.value.precision,
        });
    }
    if (periods.length === note.options.length) return periods;
  }
  return undefined;
}

function doubtOf(
  segment: PeriodSegment,
  parsed: ParsedDutchPeriod,
  options: ToEdtfOptions,
): EdtfDoubt | undefined {
  if (segment.state === 'expected' || segment.state === 'reserved') return 'whole';
  const late = parsed.notes.find((n) => n.code === 'after-answer-date');
  if (
    late?.code === 'after-answer-date' &&
    segment.period !== undefined &&
    segment.period.start.slice(0, 7) > late.answerMonth
  )
    return 'whole';
  const typo = options.typos?.find((t) => segment.raw.includes(t.found));
  if (typo !== undefined) {
    const found = parseDutchPeriod(typo.found);
    const probably = parseDutchPeriod(typo.probably);
    const onlyYear =
      found.ok &&
      probably.ok &&
      found.value.precision === probably.value.precision &&
      found.value.start.slice(4) === probably.value.start.slice(4) &&
      found.value.start.slice(0, 4) !== probably.value.start.slice(0, 4);
    return onlyYear ? 'year' : 'whole';
  }
  // `geslotenem 4.03.2023`: the stray letter sits next to the day, which it may hide a digit of.
  if (
    parsed.notes.some(
      (n) => n.code === 'typo-corrected' && segment.raw.includes(n.found.split(' ').at(-1) ?? ''),
    )
  )
    return 'day';
  return undefined;
}

/**
 * One fact of an entry as EDTF (ISO 8601-2, Library of Congress EDTF level 2), or `undefined`
 * for a fact without a date (Lommel's bare `gesloten`): a day `2019-12-02`, a month `2020-02`,
 * a part of a month as the set of its days `[2021-11-01..2021-11-10]` (the qualifier ranges of
 * `QUALIFIER_DAYS`), a year `2020`, alternatives as a one-of set `[2021-12,2022-02]`. A fact
 * the source hedges is uncertain (`?`): expected, subject to confirmation, dated after the
 * answer, or holding a typo (`2021?-02-13` when only its year is in doubt).
 *
 * @example
 * ```ts
 * const r = parseDutchPeriod('verwacht november 2023');
 * if (r.ok) factToEdtf(r.value.segments[0], r.value); // '2023-11?'
 * ```
 */
export function factToEdtf(
  segment: PeriodSegment,
  parsed: ParsedDutchPeriod,
  options: ToEdtfOptions = {},
): string | undefined {
  if (segment.period === undefined) return undefined;
  const doubt = doubtOf(segment, parsed, options);
  const alternatives = factAlternatives(segment, parsed);
  if (alternatives !== undefined)
    return `[${alternatives.map((p) => writePeriod(p, doubt).replace(/^\[|\]$/gu, '')).join(',')}]`;
  return writePeriod(segment.period, doubt);
}

/**
 * A fact as the end of an EDTF interval, which cannot be a set: a part of a month is written
 * as its month; alternatives, which no single date holds, as an unknown end.
 */
function endpoint(
  segment: PeriodSegment,
  parsed: ParsedDutchPeriod,
  options: ToEdtfOptions,
): string {
  const period = segment.period;
  if (period === undefined || factAlternatives(segment, parsed) !== undefined) return '';
  const doubt = doubtOf(segment, parsed, options);
  if (period.precision === 'part-of-month') return writeDate(period.start, 'month', doubt);
  return writePeriod(period, doubt);
}

/**
 * A whole entry as one EDTF string. One fact: that fact ({@link factToEdtf}). A fact and its
 * closing: the interval between them (`2020-02/2021-05-07`), an undated closing as an unknown
 * end (`2020-01/`: closed, date not given, which is not EDTF's open end `..`). An entry without
 * a closing is its first fact alone, never an open interval: "no closure reported" is not
 * "open". Any other combination of facts is written as its first fact; {@link factToEdtf}
 * writes each.
 *
 * The strings are written here and checked with the `edtf` package (4.11.1) in the tests,
 * which parse every entry and compare its bounds with the parsed dates; the package is not a
 * dependency of the core, so no EDTF parser ships to a browser.
 *
 * @example
 * ```ts
 * const r = parseDutchPeriod('begin december 2019 – gesloten 2020');
 * if (r.ok) toEdtf(r.value); // '2019-12/2020'
 * ```
 */
export function toEdtf(parsed: ParsedDutchPeriod, options: ToEdtfOptions = {}): string {
  const [first, second] = parsed.segments;
  if (second !== undefined && second.state === 'closed' && parsed.segments.length === 2) {
    // EDTF compares the ends' first days: a closing "2022" after "mei 2022" would end before it
    // starts, so such an end is written as unknown rather than narrowed to a guess.
    const close =
      second.period !== undefined &&
      first.period !== undefined &&
      second.period.start < first.period.start
        ? ''
        : endpoint(second, parsed, options);
    return `${endpoint(first, parsed, options)}/${close}`;
  }
  return factToEdtf(first, parsed, options) ?? '';
}

/** The EDTF of a deployment: the entry and each fact, in source order. */
export interface DeploymentEdtf {
  readonly id: string;
  readonly edtf: string;
  /** Per fact of `parsed.segments`; `undefined` for a fact without a date. */
  readonly facts: readonly (string | undefined)[];
}

/**
 * {@link toEdtf} and {@link factToEdtf} for a register entry, with its `sourceNotes` typos
 * marked uncertain (Bekkevoort's closing `2021?-02-13`, Bredene's reopening `2024-11?`).
 *
 * @example
 * ```ts
 * deploymentToEdtf(deployments.find((d) => d.municipality === 'Dilbeek')!).edtf; // '[2021-12,2022-02]'
 * ```
 */
export function deploymentToEdtf(deployment: Deployment): DeploymentEdtf {
  const options: ToEdtfOptions = { typos: deployment.sourceNotes };
  return {
    id: deployment.id,
    edtf: toEdtf(deployment.parsed, options),
    facts: deployment.parsed.segments.map((s) => factToEdtf(s, deployment.parsed, options)),
  };
}
