import { formatCount, formatNumber, type Locale } from '@opvang/core/i18n';
import { describeProvince } from '@opvang/core/provinces';
import {
  countByProvince,
  deploymentsPerYear,
  describeDeploymentState,
  yearCategories,
  yearCategoryOf,
  type Deployment,
  type DeploymentsPerYear,
  type YearSpan,
  type YearTally,
} from '@opvang/core/register';
import { html, type TemplateResult } from 'lit';
import { categoryLabels, messages } from './messages.js';
import type { EntryRow } from './model.js';
import { provincesOf } from './model.js';

/** A tally as a count, or as a range `4 to 5` where dates allow several years. */
export function tallyText(tally: YearTally, locale: Locale): string {
  const min = formatNumber(tally.certain, locale);
  if (tally.possible === 0) return min;
  return messages[locale].range({ min, max: formatNumber(tally.certain + tally.possible, locale) });
}

const entries = (count: number, locale: Locale): string =>
  formatCount(count, locale, {
    one: messages[locale].entryOne,
    other: messages[locale].entryOther,
  });

/** "3 of 31 deployments shown." */
export function shownText(shown: number, total: number, locale: Locale): string {
  return messages[locale].shown({
    shown: formatNumber(shown, locale),
    total: entries(total, locale),
  });
}

/**
 * The text summary: how many entries in how many provinces, the deployments per year with
 * their ranges, what is announced and not yet happened, and what lies outside the years.
 */
export function summaryText(
  list: readonly Deployment[],
  perYear: DeploymentsPerYear,
  locale: Locale,
): string {
  const m = messages[locale];
  const provinceCount = provincesOf(list).length;
  const years = perYear.years
    .map((y) => `${String(y.year)}: ${tallyText(y.deployed, locale)}`)
    .join('; ');
  const sentences = [
    m.summary({
      entries: entries(list.length, locale),
      provinces: formatCount(provinceCount, locale, { one: m.provinceOne, other: m.provinceOther }),
      years,
    }),
  ];
  const announced = (['expected', 'provisional', 'reopening'] as const).flatMap((category) => {
    const count = list.filter((d) => yearCategoryOf(d) === category).length;
    // The core's words for the states, as they stand in a sentence (German keeps its capitals).
    const word = describeDeploymentState(
      category === 'provisional' ? 'reserved' : category,
      locale,
    );
    return count === 0 ? [] : [`${word} ${formatNumber(count, locale)}`];
  });
  if (announced.length > 0) sentences.push(m.announced({ list: announced.join(', ') }));
  const span = { from: String(perYear.from), to: String(perYear.to) };
  if (perYear.outside.length > 0)
    sentences.push(m.outside({ count: entries(perYear.outside.length, locale), ...span }));
  if (perYear.partlyOutside.length > 0)
    sentences.push(
      m.partlyOutside({ count: entries(perYear.partlyOutside.length, locale), ...span }),
    );
  return sentences.join(' ');
}

/** The counts per province and per year (each category apart, with ranges). */
export function countsView(
  list: readonly Deployment[],
  span: YearSpan,
  locale: Locale,
): TemplateResult {
  const m = messages[locale];
  const perYear = deploymentsPerYear(list, span);
  const byProvince = countByProvince(list);
  return html`<div part="counts" class="counts">
    <table part="per-province" class="stack" role="table">
      <caption>${m.perProvince}</caption>
      <thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">${m.province}</th><th scope="col" role="columnheader">${m.count}</th></tr></thead>
      <tbody role="rowgroup">
        ${provincesOf(list).map(
          (p) =>
            html`<tr role="row"><th scope="row" role="rowheader">${describeProvince(p, locale)}</th><td role="cell" data-label=${m.count}>${formatNumber(byProvince[p], locale)}</td></tr>`,
        )}
      </tbody>
    </table>
    <table part="per-year" class="stack" role="table">
      <caption>${m.perYear}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">${m.year}</th>
          ${yearCategories.map((c) => html`<th scope="col" role="columnheader">${categoryLabels[locale][c]}</th>`)}
        </tr>
      </thead>
      <tbody role="rowgroup">
        ${perYear.years.map(
          (y) =>
            html`<tr role="row" data-year=${y.year}>
              <th scope="row" role="rowheader">${String(y.year)}</th>
              ${yearCategories.map((c) => html`<td role="cell" data-label=${categoryLabels[locale][c]}>${tallyText(y[c], locale)}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
    <p class="note">${m.rangeNote}</p>
  </div>`;
}

/** The table alternative: each entry's raw source text next to its reading, its EDTF and its notes. */
export function entriesTableView(rows: readonly EntryRow[], locale: Locale): TemplateResult {
  const m = messages[locale];
  return html`<details part="table" class="table" open>
    <summary>${m.table}</summary>
    <table part="entries" class="stack" role="table">
      <caption>${m.table}</caption>
      <thead role="rowgroup">
        <tr role="row">
          ${[
            m.place,
            m.province,
            m.sourceText,
            m.reading,
            'EDTF',
            m.closure,
            m.notes,
            m.sourceLine,
          ].map((column) => html`<th scope="col" role="columnheader">${column}</th>`)}
        </tr>
      </thead>
      <tbody role="rowgroup">
        ${rows.map(
          (row) => html`<tr role="row" data-id=${row.deployment.id}>
            <th scope="row" role="rowheader">${row.placeLabel}</th>
            <td role="cell" data-label=${m.province}>${describeProvince(row.deployment.province, locale)}</td>
            <td role="cell" data-label=${m.sourceText}><q lang="nl" class="raw">${row.deployment.raw}</q></td>
            <td role="cell" data-label=${m.reading}>${row.reading}</td>
            <td role="cell" data-label="EDTF"><code>${row.edtf}</code></td>
            <td role="cell" data-label=${m.closure}>${row.closureText}</td>
            <td role="cell" data-label=${m.notes}>${row.notes.length === 0 ? '–' : row.notes.map((n) => html`<p>${n}</p>`)}</td>
            <td role="cell" data-label=${m.sourceLine}>${row.deployment.id}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </details>`;
}
