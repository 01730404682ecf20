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
import { html, nothing, type TemplateResult } from 'lit';
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
    <div class="scroll" tabindex="0" role="region" aria-label=${m.perProvince}>
    <table part="per-province">
      <caption>${m.perProvince}</caption>
      <thead><tr><th scope="col">${m.province}</th><th scope="col">${m.count}</th></tr></thead>
      <tbody>
        ${provincesOf(list).map(
          (p) =>
            html`<tr><th scope="row">${describeProvince(p, locale)}</th><td>${formatNumber(byProvince[p], locale)}</td></tr>`,
        )}
      </tbody>
    </table>
    </div>
    <div class="scroll" tabindex="0" role="region" aria-label=${m.perYear}>
    <table part="per-year">
      <caption>${m.perYear}</caption>
      <thead>
        <tr>
          <th scope="col">${m.year}</th>
          ${yearCategories.map((c) => html`<th scope="col">${categoryLabels[locale][c]}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${perYear.years.map(
          (y) =>
            html`<tr data-year=${y.year}>
              <th scope="row">${String(y.year)}</th>
              ${yearCategories.map((c) => html`<td>${tallyText(y[c], locale)}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
    </div>
    <p class="note">${m.rangeNote}</p>
  </div>`;
}

/** The table alternative: each entry's raw source text next to its reading, its EDTF and its notes. */
export function entriesTableView(rows: readonly EntryRow[], locale: Locale): TemplateResult {
  const m = messages[locale];
  return html`<details part="table" class="table" open>
    <summary>${m.table}</summary>
    <div class="scroll" tabindex="0" role="region" aria-label=${m.table}>
      <table part="entries">
        <caption>${m.table}</caption>
        <thead>
          <tr>
            <th scope="col">${m.place}</th>
            <th scope="col">${m.province}</th>
            <th scope="col">${m.sourceText}</th>
            <th scope="col">${m.reading}</th>
            <th scope="col">EDTF</th>
            <th scope="col">${m.closure}</th>
            <th scope="col">${m.notes}</th>
            <th scope="col">${m.sourceLine}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr data-id=${row.deployment.id}>
              <th scope="row">${row.placeLabel}</th>
              <td>${describeProvince(row.deployment.province, locale)}</td>
              <td><q lang="nl" class="raw">${row.deployment.raw}</q></td>
              <td>${row.reading}</td>
              <td><code>${row.edtf}</code></td>
              <td>${row.closureText}</td>
              <td>${row.notes.length === 0 ? nothing : row.notes.map((n) => html`<p>${n}</p>`)}</td>
              <td>${row.deployment.id}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </details>`;
}
