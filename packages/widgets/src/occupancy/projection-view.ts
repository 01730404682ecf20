import {
  describeAssumption,
  type BufferPolicy,
  type BufferRequirement,
  type Projection,
} from '@opvang/core/buffer';
import { formatNumber, type Locale } from '@opvang/core/i18n';
import { html, type TemplateResult } from 'lit';
import { barChart } from '../charts/bar-chart.js';
import type { ChartFocus } from '../charts/chart-focus.js';
import type { ChartTexts } from '../charts/chart-frame.js';
import { fanChart } from '../charts/fan-chart.js';
import { projectionMessages as messages } from './projection-messages.js';
import { compact, money, percent, places } from './format.js';
import { changesSummary, costSummary, probabilitySummary } from './summaries.js';

/** What the projection section shows: the slider's tolerance, what is known for it, and texts. */
export interface ProjectionState {
  readonly tolerance: number;
  readonly requirement: BufferRequirement | undefined;
  readonly projection: Projection;
  readonly bufferPlaces: number;
  readonly currentBuffer: number;
  readonly summary: string;
  readonly forecastText: string;
}

function chartTexts(
  locale: Locale,
  title: string,
  summary: string,
  columns: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  tick: (value: number) => string,
): ChartTexts {
  const m = messages[locale];
  return {
    title,
    summary,
    keys: m.keys,
    table: m.asTable,
    columns,
    rows,
    point: (index) =>
      (rows[index] ?? [])
        .map((cell, column) => (column === 0 ? cell : `${columns[column] ?? ''} ${cell}`))
        .join(', '),
    tick,
    xTick: (value) => places(value, locale),
  };
}

function requirementText(state: ProjectionState, locale: Locale): string {
  const m = messages[locale];
  const tolerance = percent(state.tolerance / 100, locale);
  const { requirement } = state;
  if (requirement === undefined) return m.computing({ tolerance });
  if (requirement.bufferPlaces === null || requirement.change === null)
    return m.requiredNone({ tolerance });
  const change = requirement.change;
  return m.required({
    tolerance,
    places: places(requirement.bufferPlaces, locale),
    current: places(requirement.currentBuffer, locale),
    change:
      change === 0
        ? m.sameBuffer
        : change > 0
          ? m.moreBuffer({ places: places(change, locale) })
          : m.lessBuffer({ places: places(-change, locale) }),
  });
}

/** The four charts of a projection, with their summaries and tables. */
function charts(
  projection: Projection,
  policy: BufferPolicy,
  summary: string,
  locale: Locale,
  focus: ChartFocus,
): TemplateResult {
  const m = messages[locale];
  const { weeks } = projection;
  const x = weeks.map((week) => week.week);
  const pct = (value: number) => percent(value, locale);
  const fan = chartTexts(
    locale,
    m.fanTitle,
    summary,
    [m.week, m.p10, m.p50, m.p90],
    weeks.map((week) => [
      m.weekNumber({ week: String(week.week) }),
      pct(week.occupancy.p10),
      pct(week.occupancy.p50),
      pct(week.occupancy.p90),
    ]),
    pct,
  );
  const chances = chartTexts(
    locale,
    m.probabilityTitle,
    probabilitySummary(projection, locale),
    [m.week, m.above, m.below, m.outside],
    weeks.map((week) => [
      m.weekNumber({ week: String(week.week) }),
      pct(week.probabilityAbove),
      pct(week.probabilityBelow),
      pct(week.probabilityOutside),
    ]),
    (value) => pct(Math.abs(value)),
  );
  const changes = chartTexts(
    locale,
    m.changesTitle,
    changesSummary(projection, locale),
    [m.week, m.activated, m.deactivated],
    weeks.map((week) => [
      m.weekNumber({ week: String(week.week) }),
      places(week.activated, locale),
      places(week.deactivated, locale),
    ]),
    (value) => places(Math.abs(value), locale),
  );
  const cost = chartTexts(
    locale,
    m.costTitle,
    costSummary(projection, locale),
    [m.week, m.cost],
    weeks.map((week) => [m.weekNumber({ week: String(week.week) }), money(week.cost, locale)]),
    (value) => compact(value, locale),
  );
  return html`${fanChart(
    {
      x,
      low: weeks.map((week) => week.occupancy.p10),
      middle: weeks.map((week) => week.occupancy.p50),
      high: weeks.map((week) => week.occupancy.p90),
      band: policy.generic,
    },
    fan,
    focus,
    'fan',
  )}
  ${barChart(
    {
      x,
      series: [
        { values: weeks.map((week) => week.probabilityAbove), direction: 1, className: 'series-1' },
        {
          values: weeks.map((week) => week.probabilityBelow),
          direction: -1,
          className: 'series-2',
        },
      ],
    },
    chances,
    focus,
    'chances',
  )}
  ${barChart(
    {
      x,
      series: [
        { values: weeks.map((week) => week.activated), direction: 1, className: 'series-1' },
        { values: weeks.map((week) => week.deactivated), direction: -1, className: 'series-2' },
      ],
    },
    changes,
    focus,
    'changes',
  )}
  ${barChart(
    {
      x,
      series: [{ values: weeks.map((week) => week.cost), direction: 1, className: 'series-1' }],
    },
    cost,
    focus,
    'cost',
  )}`;
}

/**
 * The projection: the risk-tolerance slider with the buffer it needs, the fan chart with the
 * band, the chances of leaving the band, activations and deactivations, cost, every assumption
 * in words, and the CSV export.
 */
export function projectionView(
  state: ProjectionState,
  policy: BufferPolicy,
  options: { readonly locale: Locale; readonly level: number; readonly focus: ChartFocus },
  actions: { readonly slide: (event: Event) => void; readonly exportCsv: () => void },
): TemplateResult {
  const { locale, level, focus } = options;
  const m = messages[locale];
  return html`<section part="projection" aria-labelledby="projection-heading">
    <div role="heading" aria-level=${level} id="projection-heading" part="section-heading">
      ${m.projectionHeading({ weeks: formatNumber(state.projection.weeks.length, locale) })}
    </div>
    <div part="tolerance" class="tolerance">
      <label for="tolerance">${m.tolerance}</label>
      <input
        id="tolerance"
        name="tolerance"
        type="range"
        min="1"
        max="50"
        step="1"
        .value=${String(state.tolerance)}
        aria-valuetext=${percent(state.tolerance / 100, locale)}
        @input=${actions.slide}
      />
      <output for="tolerance">${percent(state.tolerance / 100, locale)}</output>
    </div>
    <p part="required" role="status">${requirementText(state, locale)}</p>
    <p part="with-buffer">${m.withBuffer({ places: places(state.bufferPlaces, locale) })}</p>
    ${charts(state.projection, policy, state.summary, locale, focus)}
    <div role="heading" aria-level=${Math.min(6, level + 1)} part="subheading">${m.assumptions}</div>
    <ul part="assumptions">
      <li>${state.forecastText}</li>
      ${state.projection.assumptions.map(
        (assumption) => html`<li>${describeAssumption(assumption, locale)}</li>`,
      )}
    </ul>
    <p>
      <button type="button" part="export-projection" @click=${actions.exportCsv}>
        ${m.exportProjection}
      </button>
    </p>
  </section>`;
}
