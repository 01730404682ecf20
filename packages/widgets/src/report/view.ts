import { localeOfTag, type Locale } from '@opvang/core/i18n';
import {
  coverageText,
  dayText,
  involvedByText,
  itemsText,
  registerText,
  reportLabels,
  reportMessages,
  tallyText,
  timingText,
  type Coverage,
  type ParliamentaryQuestionReport,
} from '@opvang/core/reports';
import { yearCategories } from '@opvang/core/register';
import { html, nothing, type TemplateResult } from 'lit';

const CATEGORY_WORD = {
  deployed: 'deployed',
  expected: 'expected',
  provisional: 'provisional',
  reopening: 'reopening',
} as const;

/** A heading inside the widget, one level under its own. */
const subheading = (text: string, level: number, id: string): TemplateResult =>
  html`<div part="subheading" role="heading" aria-level=${Math.min(6, level)} id=${id}>${text}</div>`;

/**
 * A table in a box that scrolls sideways on a narrow screen: focusable and named by its
 * section's heading, so a keyboard can scroll it (axe: scrollable-region-focusable).
 */
const scroller = (labelledBy: string, table: TemplateResult): TemplateResult =>
  html`<div part="scroller" role="group" tabindex="0" aria-labelledby=${labelledBy}>${table}</div>`;

/** Question 2a's overview per year from the register: a table with the ranges, and its notes. */
export function perYearView(
  report: ParliamentaryQuestionReport,
  locale: Locale,
  level: number,
): TemplateResult {
  const m = reportMessages[localeOfTag(locale)];
  const { perYear } = report;
  return html`<section part="per-year" aria-labelledby="per-year-heading">
    ${subheading(m.perYearHeading({ from: perYear.from, to: perYear.to }), level, 'per-year-heading')}
    ${scroller(
      'per-year-heading',
      html`<table>
      <thead>
        <tr>
          <th scope="col">${m.year}</th>
          ${yearCategories.map((c) => html`<th scope="col">${m[CATEGORY_WORD[c]]}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${perYear.years.map(
          (row) => html`<tr data-year=${row.year}>
            <th scope="row">${row.year}</th>
            ${yearCategories.map((c) => html`<td>${tallyText(row[c], locale)}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>`,
    )}
    <p>${m.rangeNote}</p>
    ${
      perYear.outside.length > 0
        ? html`<p>${m.outside({ count: perYear.outside.length })} (${perYear.outside.join(', ')}).</p>`
        : nothing
    }
    ${
      perYear.partlyOutside.length > 0
        ? html`<p>${m.partlyOutside({ count: perYear.partlyOutside.length })} (${perYear.partlyOutside.join(', ')}).</p>`
        : nothing
    }
  </section>`;
}

const coverageView = (coverage: Coverage, locale: Locale): TemplateResult =>
  html`<p part="coverage">${coverageText(coverage, locale)}</p>`;

/** Questions 2a and 2b over all cases: counts, and for how much of the data they hold. */
export function summaryTablesView(
  report: ParliamentaryQuestionReport,
  locale: Locale,
  level: number,
  countsLabel: string,
): TemplateResult {
  const tag = localeOfTag(locale);
  const m = reportMessages[tag];
  const labels = reportLabels[tag];
  const { involvement, authority, support } = report;
  const missing = involvement.notRecorded;
  const countTable = (rows: readonly (readonly [string, number])[], firstColumn: string) =>
    html`<table>
      <thead><tr><th scope="col">${firstColumn}</th><th scope="col">${countsLabel}</th></tr></thead>
      <tbody>${rows.map(([label, count]) => html`<tr><th scope="row">${label}</th><td>${count}</td></tr>`)}</tbody>
    </table>`;
  return html`<section part="timing" aria-labelledby="timing-heading">
      ${subheading(m.timingHeading, level, 'timing-heading')}
      ${countTable(
        [
          [labels.before, involvement.counts.before],
          [labels['same-day'], involvement.counts['same-day']],
          [labels.after, involvement.counts.after],
          [m.notRecordedShort, missing.announcement + missing.involvement + missing.both],
        ],
        m.timing,
      )}
      <p>${m.missingParts(missing)}</p>
      ${coverageView(involvement.coverage, locale)}
    </section>
    <section part="authority" aria-labelledby="authority-heading">
      ${subheading(m.authorityHeading, level, 'authority-heading')}
      ${countTable(
        [
          [`${labels['level-federal']}: ${labels['by-fedasil']}`, authority.kinds.fedasil],
          [
            `${labels['level-federal']}: ${labels['by-minister-office']}`,
            authority.kinds['minister-office'],
          ],
          [
            `${labels[authority.redCross === 'federal' ? 'level-federal' : 'level-other']}: ${labels['by-red-cross']}`,
            authority.kinds['red-cross'],
          ],
          [`${labels['level-local']}: ${labels['by-municipality']}`, authority.kinds.municipality],
          [`${labels['level-other']}: ${labels['by-other']}`, authority.kinds.other],
          [m.notRecordedShort, authority.notRecorded],
        ],
        m.involvedBy,
      )}
      <p>
        ${labels['level-federal']}: ${authority.levels.federal}; ${labels['level-local']}:
        ${authority.levels.local}; ${labels['level-other']}: ${authority.levels.other}.
        ${authority.redCross === 'federal' ? m.redCrossFederal : m.redCrossOther}
      </p>
      ${coverageView(authority.coverage, locale)}
    </section>
    <section part="support" aria-labelledby="support-heading">
      ${subheading(m.supportHeading, level, 'support-heading')}
      <p>
        ${m.offeredCount({ count: support.offeredRecorded })},
        ${m.deliveredCount({ count: support.deliveredRecorded })},
        ${m.noSupportNeededCount({ count: support.noSupportNeeded })}.
      </p>
      ${coverageView(support.coverage, locale)}
      <p>${m.sourceOnSupport}</p>
    </section>`;
}

/** One row per case: the register entry, the two dates, who involved the officers, the support. */
export function casesView(
  report: ParliamentaryQuestionReport,
  locale: Locale,
  level: number,
): TemplateResult {
  const tag = localeOfTag(locale);
  const m = reportMessages[tag];
  const labels = reportLabels[tag];
  const day = (at: string | undefined) =>
    at === undefined ? m.notRecordedShort : dayText(at, locale);
  return html`<section part="cases" aria-labelledby="cases-heading">
    ${subheading(m.casesHeading, level, 'cases-heading')}
    ${scroller(
      'cases-heading',
      html`<table>
      <thead>
        <tr>
          <th scope="col">${m.caseId}</th>
          <th scope="col">${m.registerEntry}</th>
          <th scope="col">${m.announcedAt}</th>
          <th scope="col">${m.involvedAt}</th>
          <th scope="col">${m.timing}</th>
          <th scope="col">${m.involvedBy}</th>
          <th scope="col">${m.offered}</th>
          <th scope="col">${m.delivered}</th>
        </tr>
      </thead>
      <tbody>
        ${report.cases.map(
          (answer) => html`<tr data-case-id=${answer.caseId}>
            <th scope="row">${answer.municipality} <span part="case-id">${answer.caseId}</span></th>
            <td>${registerText(answer, locale)}</td>
            <td>${day(answer.involvement.announcedAt)}</td>
            <td>${day(answer.involvement.involvedAt)}</td>
            <td>${timingText(answer, locale)}</td>
            <td>
              ${
                answer.authority.kind === 'recorded'
                  ? `${involvedByText(answer.authority.by, locale)} (${labels[`level-${answer.authority.level}`]})`
                  : m.notRecordedShort
              }
            </td>
            <td>
              ${itemsText(answer.support.offered, locale)}
              ${
                answer.support.noSupportNeeded === undefined
                  ? nothing
                  : html`<span part="support-not-needed">${m.supportNotNeeded}</span>`
              }
            </td>
            <td>${itemsText(answer.support.delivered, locale)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`,
    )}
  </section>`;
}
