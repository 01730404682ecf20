import {
  criterionNames,
  describePlanLine,
  placeKindNames,
  type BufferPlan,
  type Network,
  type PlanLine,
} from '@opvang/core/buffer';
import { formatNumber, type Locale } from '@opvang/core/i18n';
import { describeProvince, provinceIds } from '@opvang/core/provinces';
import { html, nothing, type TemplateResult } from 'lit';
import { messages, shortfallTexts } from './messages.js';
import { decimal, money, percent, places } from './format.js';

/** Lines shown before "show all": enough to read the plan's shape, few enough for a quick first render. */
export const FIRST_LINES = 12;

const score = decimal;

function reasonsTable(line: PlanLine, names: ReadonlyMap<string, string>, locale: Locale) {
  const m = messages[locale];
  return html`<table part="reasons">
      <caption>${m.reasonsOf({ centre: line.centreName })}</caption>
      <thead>
        <tr>
          <th scope="col">${m.criterion}</th>
          <th scope="col">${m.score}</th>
          <th scope="col">${m.weight}</th>
          <th scope="col">${m.contribution}</th>
        </tr>
      </thead>
      <tbody>
        ${line.reasons.map(
          (reason) => html`<tr>
            <th scope="row">${criterionNames[locale][reason.criterion]}</th>
            <td>${score(reason.score, locale)}</td>
            <td>${score(reason.weight, locale)}</td>
            <td>${score(reason.contribution, locale)}</td>
          </tr>`,
        )}
        <tr>
          <th scope="row">${m.total}</th>
          <td></td>
          <td></td>
          <td>${score(line.total, locale)}</td>
        </tr>
      </tbody>
    </table>
    ${
      line.alternatives.length === 0
        ? nothing
        : html`<p part="alternatives">
          ${m.alternatives}:
          ${line.alternatives
            .map(
              (alternative) =>
                `${names.get(alternative.centreId) ?? alternative.centreId} (${score(alternative.total, locale)})`,
            )
            .join('; ')}
        </p>`
    }`;
}

function lineView(
  line: PlanLine,
  names: ReadonlyMap<string, string>,
  locale: Locale,
  open: boolean,
): TemplateResult {
  // The reasons are built when opened: a plan of 200 lines renders no 200 tables up front.
  return html`<li part="plan-line ${line.action}" data-line=${`${line.centreId} ${line.kind}`}>
    <p>${describePlanLine(line, locale)}</p>
    <details ?open=${open}>
      <summary>${messages[locale].whyThisCentre}</summary>
      ${open ? reasonsTable(line, names, locale) : nothing}
    </details>
  </li>`;
}

function effectTable(plan: BufferPlan, locale: Locale): TemplateResult {
  const m = messages[locale];
  const kinds = Object.keys(plan.before.occupancy) as Array<
    keyof BufferPlan['before']['occupancy']
  >;
  const spread = provinceIds.filter(
    (province) => (plan.before.spread[province] ?? 0) > 0 || (plan.after.spread[province] ?? 0) > 0,
  );
  return html`<div class="scroll" tabindex="0" role="region" aria-label=${m.beforeAfter}>
    <table part="effect">
      <caption>${m.beforeAfter}</caption>
      <thead>
        <tr>
          <td></td>
          <th scope="col">${m.before}</th>
          <th scope="col">${m.after}</th>
        </tr>
      </thead>
      <tbody>
        ${kinds.map(
          (kind) => html`<tr>
            <th scope="row">${m.occupancyOf({ kind: placeKindNames[locale][kind] })}</th>
            <td>${percent(plan.before.occupancy[kind] ?? null, locale)}</td>
            <td>${percent(plan.after.occupancy[kind] ?? null, locale)}</td>
          </tr>`,
        )}
        <tr>
          <th scope="row">${m.dailyCost}</th>
          <td>${money(plan.before.dailyCost, locale)}</td>
          <td>${money(plan.after.dailyCost, locale)}</td>
        </tr>
        ${spread.map(
          (province) => html`<tr>
            <th scope="row">${m.shareOf({ province: describeProvince(province, locale) })}</th>
            <td>${percent(plan.before.spread[province] ?? 0, locale)}</td>
            <td>${percent(plan.after.spread[province] ?? 0, locale)}</td>
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/**
 * The plan: what it recommends in a sentence, that a person decides, each line with its
 * criterion scores and best alternatives (the first {@link FIRST_LINES}, then all on request),
 * the shortfalls said plainly, and the network before and after.
 */
export function planView(
  plan: BufferPlan,
  network: Network,
  summary: string,
  options: {
    readonly locale: Locale;
    readonly level: number;
    readonly all: boolean;
    readonly open: ReadonlySet<string>;
  },
  actions: {
    readonly showAll: () => void;
    readonly exportCsv: () => void;
    readonly toggle: (event: Event) => void;
  },
): TemplateResult {
  const { locale, level, all, open } = options;
  const m = messages[locale];
  const names = new Map(network.map((centre) => [centre.id, centre.name]));
  const shown = all ? plan.lines : plan.lines.slice(0, FIRST_LINES);
  return html`<section part="plan" aria-labelledby="plan-heading">
    <div role="heading" aria-level=${level} id="plan-heading" part="section-heading">${m.planHeading}</div>
    <p part="decides"><strong>${m.decides}</strong></p>
    <p part="plan-summary">${summary}</p>
    ${
      plan.shortfalls.length === 0
        ? nothing
        : html`<ul part="shortfalls">
          ${plan.shortfalls.map(
            (shortfall) =>
              html`<li>
                ${shortfallTexts[locale][shortfall.reason]({
                  places: places(shortfall.places, locale),
                  kind: placeKindNames[locale][shortfall.kind],
                })}
              </li>`,
          )}
        </ul>`
    }
    ${
      plan.lines.length === 0
        ? html`<p>${m.noLines}</p>`
        : html`<ol part="plan-lines" @toggle=${{ handleEvent: actions.toggle, capture: true }}>
            ${shown.map((line) => lineView(line, names, locale, open.has(`${line.centreId} ${line.kind}`)))}
          </ol>
          ${
            shown.length < plan.lines.length
              ? html`<button type="button" part="show-all" @click=${actions.showAll}>
                ${m.showAll({ count: formatNumber(plan.lines.length, locale) })}
              </button>`
              : nothing
          }`
    }
    ${effectTable(plan, locale)}
    <p>
      <button type="button" part="export-plan" @click=${actions.exportCsv}>${m.exportPlan}</button>
    </p>
  </section>`;
}
