import { localeOfTag, type Locale } from '../i18n/index.js';
import { toCsv, type CsvCell } from '../shared/index.js';
import { involvedByText, itemRef, itemText } from './format.js';
import { reportLabels, reportMessages } from './messages.js';
import type { ParliamentaryQuestionReport } from './report.js';
import type { SupportItemRef } from './model.js';

/** The tables {@link reportToCsv} writes: the years from the register, one row per case, or one per catalogue item. */
export type ReportTable = 'years' | 'cases' | 'items';

const ids = (refs: readonly SupportItemRef[] | undefined): CsvCell =>
  refs?.map((ref) => ref.id).join(' ');

/**
 * One table of the report as CSV (RFC 4180, CRLF, see `toCsv` of `@opvang/core/shared`),
 * the header row in the locale's words:
 * - `years`: per year, for each of deployed, expected, provisional and reopening, the entries
 *   certainly in it and the most it may hold (`certain` + `possible`), then the register ids;
 * - `cases`: per case its register entry, the announcement and involvement instants as
 *   recorded (ISO 8601), the timing in days, who involved the officers and at which level, and
 *   the catalogue ids and titles offered and delivered. An empty cell is "not recorded"; an
 *   offer recorded as nothing is the word for nothing;
 * - `items`: per catalogue item, how many cases were offered and delivered it.
 * Numbers keep `.` decimals in every language, so a spreadsheet reads the same figures.
 *
 * @example
 * ```ts
 * reportToCsv(report, 'en', 'years').split('\r\n')[3];
 * // '2021,4,5,0,0,0,0,0,0,000:74 000:81 000:92 000:93 000:101'
 * ```
 */
export function reportToCsv(
  report: ParliamentaryQuestionReport,
  locale: Locale,
  table: ReportTable,
): string {
  const tag = localeOfTag(locale);
  const m = reportMessages[tag];
  const labels = reportLabels[tag];
  if (table === 'years') {
    const categories = [
      ['deployed', m.deployed],
      ['expected', m.expected],
      ['provisional', m.provisional],
      ['reopening', m.reopening],
    ] as const;
    const header = [
      m.year,
      ...categories.flatMap(([, word]) => [`${word} (min)`, `${word} (max)`]),
      m.registerEntry,
    ];
    const rows = report.perYear.years.map((row) => [
      row.year,
      ...categories.flatMap(([c]) => [row[c].certain, row[c].certain + row[c].possible]),
      categories.flatMap(([c]) => [...row[c].certainIds, ...row[c].possibleIds]).join(' '),
    ]);
    return toCsv([header, ...rows]);
  }
  if (table === 'items') {
    const header = ['id', m.item, m.offered, m.delivered];
    const rows = report.support.items.map((entry) => {
      return [entry.id, itemText(itemRef(entry.id), tag), entry.offered, entry.delivered];
    });
    return toCsv([header, ...rows]);
  }
  const header = [
    m.caseId,
    m.municipality,
    m.registerEntry,
    m.announcedAt,
    m.involvedAt,
    m.timing,
    m.timingDays,
    m.involvedBy,
    m.level,
    `${m.offered} (id)`,
    m.offered,
    `${m.delivered} (id)`,
    m.delivered,
    m.supportNotNeeded,
  ];
  const titles = (refs: readonly SupportItemRef[] | undefined): CsvCell =>
    refs === undefined
      ? undefined
      : refs.length === 0
        ? m.nothing
        : refs.map((ref) => itemText(ref, tag)).join('; ');
  const rows = report.cases.map((answer): CsvCell[] => {
    const { involvement, authority, support, register } = answer;
    return [
      answer.caseId,
      answer.municipality,
      register.kind === 'matched' ? register.deployment.id : undefined,
      involvement.announcedAt,
      involvement.involvedAt,
      involvement.kind === 'recorded' ? labels[involvement.timing] : undefined,
      involvement.kind === 'recorded' ? involvement.days : undefined,
      authority.kind === 'recorded' ? involvedByText(authority.by, tag) : undefined,
      authority.kind === 'recorded' ? labels[`level-${authority.level}`] : undefined,
      ids(support.offered),
      titles(support.offered),
      ids(support.delivered),
      titles(support.delivered),
      support.noSupportNeeded?.at,
    ];
  });
  return toCsv([header, ...rows]);
}
