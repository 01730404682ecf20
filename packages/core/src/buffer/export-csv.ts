// A plan and a projection as CSV for the spreadsheets people use: RFC 4180 (through
// papaparse's writer, in csv.ts), the header in the reader's language, the numbers with `.`
// before the decimals whatever the language, so that a file reads the same in every program
// and on every machine; docs/buffer.md says why.
import { localeOfTag, type Locale } from '../i18n/index.js';
import { describeProvince } from '../provinces/index.js';
import { toCsv } from '../shared/index.js';
import { planCsvHeader, planCsvTexts, projectionCsvHeader } from './csv-messages.js';
import { criterionNames, placeKindNames } from './messages.js';
import { planCriteria, type BufferPlan, type PlanCriterion } from './plan.js';
import type { Projection } from './project.js';

/** How a table is written: `,` (RFC 4180, the default) or `;`, which Excel in Belgium opens in columns. */
export interface CsvOptions {
  readonly delimiter?: ',' | ';';
}

/** A number for a cell: `.` before the decimals, at most `digits` of them; `Infinity` as such. */
function cell(value: number, digits: number): string {
  if (!Number.isFinite(value)) return String(value);
  const factor = 10 ** digits;
  return String(Math.round(value * factor) / factor);
}

/** A text cell that a spreadsheet would run as a formula gets a `'` in front. */
function safe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * A plan as CSV: one row per line (action, kind, centre, province, operator type, places, each
 * criterion's score, the total and the best alternatives with their totals), then one row per
 * shortfall (places the plan could not move, and why). The header and the words in the cells
 * are in the reader's language; numbers have `.` before their decimals.
 *
 * @example
 * ```ts
 * const csv = planToCsv(plan(network, defaultPolicy), 'nl');
 * // 'Actie,Soort plaatsen,Centrum-id,Centrum,Provincie,Uitbater,Plaatsen,bestaand centrum,…\r\nactiveren,generieke plaatsen,c-007,Centre 7,Antwerpen,federaal,14,1,…\r\n'
 * ```
 */
export function planToCsv(plan: BufferPlan, tag: Locale, options: CsvOptions = {}): string {
  const locale = localeOfTag(tag);
  const words = planCsvTexts[locale];
  const header = [
    ...planCsvHeader[locale].lead,
    ...planCriteria.map((criterion) => criterionNames[locale][criterion]),
    ...planCsvHeader[locale].tail,
  ];
  const lines = plan.lines.map((line) => {
    const scores = new Map<PlanCriterion, number>(
      line.reasons.map((reason) => [reason.criterion, reason.score]),
    );
    return [
      words[line.action],
      placeKindNames[locale][line.kind],
      safe(line.centreId),
      safe(line.centreName),
      describeProvince(line.province, locale),
      words[line.operator],
      String(line.places),
      ...planCriteria.map((criterion) => cell(scores.get(criterion) ?? 0, 3)),
      cell(line.total, 3),
      line.alternatives
        .map((alternative) => `${safe(alternative.centreId)} ${cell(alternative.total, 3)}`)
        .join('; '),
      '',
    ];
  });
  const shortfalls = plan.shortfalls.map((shortfall) => [
    words.shortfall,
    placeKindNames[locale][shortfall.kind],
    '',
    '',
    '',
    '',
    String(shortfall.places),
    ...planCriteria.map(() => ''),
    '',
    '',
    words[shortfall.reason],
  ]);
  return toCsv([header, ...lines, ...shortfalls], { delimiter: options.delimiter ?? ',' });
}

/**
 * A projection as CSV: one row per week with occupancy at P10, P50 and P90 (as a share, 0.9
 * for 90%), the probabilities of being above, below and outside the band, the mean places
 * activated and deactivated and the mean cost of the week in euros. The header is in the
 * reader's language; numbers have `.` before their decimals. An occupancy with people but no
 * places is `Infinity`.
 *
 * @example
 * ```ts
 * const result = project(network, defaultPolicy, forecast, { seed: 7 });
 * if (result.ok) download(projectionToCsv(result.value, 'fr'));
 * // 'Semaine,Occupation P10,Occupation P50,…\r\n1,0.9512,0.9641,0.9777,0.998,0,0.998,0,0,2212345\r\n…'
 * ```
 */
export function projectionToCsv(
  projection: Projection,
  tag: Locale,
  options: CsvOptions = {},
): string {
  const rows = projection.weeks.map((week) => [
    String(week.week),
    cell(week.occupancy.p10, 4),
    cell(week.occupancy.p50, 4),
    cell(week.occupancy.p90, 4),
    cell(week.probabilityAbove, 4),
    cell(week.probabilityBelow, 4),
    cell(week.probabilityOutside, 4),
    cell(week.activated, 2),
    cell(week.deactivated, 2),
    cell(week.cost, 0),
  ]);
  return toCsv([projectionCsvHeader[localeOfTag(tag)], ...rows], {
    delimiter: options.delimiter ?? ',',
  });
}
