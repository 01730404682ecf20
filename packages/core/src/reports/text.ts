import { localeOfTag, type Locale } from '../i18n/index.js';
import { yearCategories } from '../register/index.js';
import {
  coverageText,
  dayText,
  involvedByText,
  itemRef,
  itemText,
  itemsText,
  registerText,
  tallyText,
  timingText,
} from './format.js';
import { reportLabels, reportMessages } from './messages.js';
import type { ParliamentaryQuestionReport } from './report.js';

const CATEGORY_WORD = {
  deployed: 'deployed',
  expected: 'expected',
  provisional: 'provisional',
  reopening: 'reopening',
} as const;

/** The per-year lines: `2021: Ingezet 4-5`, with the other categories only where they count. */
function perYearLines(report: ParliamentaryQuestionReport, locale: Locale): string[] {
  const m = reportMessages[localeOfTag(locale)];
  const { perYear } = report;
  const lines = [m.perYearHeading({ from: perYear.from, to: perYear.to })];
  for (const row of perYear.years) {
    const parts = yearCategories
      .filter((c) => c === 'deployed' || row[c].certain + row[c].possible > 0)
      .map((c) => `${m[CATEGORY_WORD[c]]} ${tallyText(row[c], locale)}`);
    lines.push(`- ${String(row.year)}: ${parts.join(', ')}`);
  }
  lines.push(m.rangeNote);
  if (perYear.outside.length > 0)
    lines.push(`${m.outside({ count: perYear.outside.length })} (${perYear.outside.join(', ')}).`);
  if (perYear.partlyOutside.length > 0)
    lines.push(
      `${m.partlyOutside({ count: perYear.partlyOutside.length })} (${perYear.partlyOutside.join(', ')}).`,
    );
  return lines;
}

function caseLines(report: ParliamentaryQuestionReport, locale: Locale): string[] {
  const tag = localeOfTag(locale);
  const m = reportMessages[tag];
  const labels = reportLabels[tag];
  const lines: string[] = [m.casesHeading];
  for (const answer of report.cases) {
    const { involvement, authority, support } = answer;
    const day = (at: string | undefined) =>
      at === undefined ? m.notRecordedShort : dayText(at, locale);
    const timing = involvement.kind === 'recorded' ? ` (${timingText(answer, locale)})` : '';
    lines.push(
      `- ${answer.municipality} (${answer.caseId})`,
      `  ${m.registerEntry}: ${registerText(answer, locale)}`,
      `  ${m.announcedAt}: ${day(involvement.announcedAt)}; ${m.involvedAt}: ${day(involvement.involvedAt)}${timing}`,
      `  ${m.involvedBy}: ${authority.kind === 'recorded' ? `${involvedByText(authority.by, locale)} (${labels[`level-${authority.level}`]})` : m.notRecordedShort}`,
      `  ${m.offered}: ${itemsText(support.offered, locale)}`,
      `  ${m.delivered}: ${itemsText(support.delivered, locale)}`,
    );
    const declined = support.noSupportNeeded;
    if (declined !== undefined)
      lines.push(
        `  ${m.supportNotNeeded}: ${dayText(declined.at, locale)}${declined.reason === undefined ? '' : ` (${declined.reason})`}`,
      );
  }
  return lines;
}

/**
 * The report as plain text in a language, to paste into an e-mail: a title, the sources,
 * the per-year figures with their ranges, then questions 2a-2c each with its counts and what
 * the data cannot answer ("not recorded for 29 of 31 deployments"), and one block per case.
 * Lines end in `\n`; no markup, no tabs.
 *
 * @example
 * ```ts
 * const text = reportToText(parliamentaryQuestionReport({ deployments, cases: [] }), 'en');
 * text.includes('- 2021: Deployed 4-5'); // true
 * ```
 */
export function reportToText(report: ParliamentaryQuestionReport, locale: Locale): string {
  const tag = localeOfTag(locale);
  const m = reportMessages[tag];
  const labels = reportLabels[tag];
  const { involvement, authority, support, register } = report;
  const noCases = register.cases === 0;
  const blocks: string[][] = [
    [
      m.title,
      m.sources({
        deployments: register.deployments,
        cases: register.cases,
        matched: register.casesMatched,
      }),
    ],
    perYearLines(report, locale),
    [
      m.timingHeading,
      ...(noCases
        ? [m.noCases]
        : [
            `${labels.before}: ${String(involvement.counts.before)}; ${labels['same-day']}: ${String(involvement.counts['same-day'])}; ${labels.after}: ${String(involvement.counts.after)}`,
            m.missingParts(involvement.notRecorded),
          ]),
      coverageText(involvement.coverage, locale),
      m.registerHoldsNone,
    ],
    [
      m.authorityHeading,
      ...(noCases
        ? [m.noCases]
        : [
            `${labels['level-federal']}: ${String(authority.levels.federal)}; ${labels['level-local']}: ${String(authority.levels.local)}; ${labels['level-other']}: ${String(authority.levels.other)}`,
            (['fedasil', 'red-cross', 'minister-office', 'municipality', 'other'] as const)
              .map((kind) => `${labels[`by-${kind}`]}: ${String(authority.kinds[kind])}`)
              .join('; '),
          ]),
      authority.redCross === 'federal' ? m.redCrossFederal : m.redCrossOther,
      coverageText(authority.coverage, locale),
      m.registerHoldsNone,
    ],
    [
      m.supportHeading,
      ...(noCases
        ? [m.noCases]
        : [
            `${m.offeredCount({ count: support.offeredRecorded })}, ${m.deliveredCount({ count: support.deliveredRecorded })}, ${m.noSupportNeededCount({ count: support.noSupportNeeded })}.`,
            ...support.items.map(
              (entry) =>
                `- ${m.itemCounts({ item: itemText(itemRef(entry.id), locale), offered: entry.offered, delivered: entry.delivered })}`,
            ),
          ]),
      coverageText(support.coverage, locale),
      m.sourceOnSupport,
    ],
  ];
  if (!noCases) blocks.push(caseLines(report, locale));
  return blocks.map((block) => block.join('\n')).join('\n\n') + '\n';
}
