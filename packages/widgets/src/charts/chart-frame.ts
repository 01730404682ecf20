import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { ChartFocus } from './chart-focus.js';

/**
 * What a chart says in words, in the reader's language: the caller writes every text, so the
 * charts know no language and no domain.
 */
export interface ChartTexts {
  /** The chart's title, its figure caption. */
  readonly title: string;
  /** One or two sentences saying what the data shows: the text summary. */
  readonly summary: string;
  /** How to use the points from the keyboard, read after the chart's name. */
  readonly keys: string;
  /** The label of the table alternative's disclosure ("The data as a table"). */
  readonly table: string;
  /** The table's column headers; the first is the row header's. */
  readonly columns: readonly string[];
  /** The table's rows, each as formatted cells; the first cell heads the row. */
  readonly rows: ReadonlyArray<readonly string[]>;
  /** What one data point announces: all its values. */
  readonly point: (index: number) => string;
  /** An axis tick as text (a percentage, a number of places). */
  readonly tick: (value: number) => string;
  /** The horizontal axis' tick as text (a week). */
  readonly xTick: (value: number) => string;
}

/** The drawing area of every chart, in the SVG's own units; the SVG scales to its box. */
export const frame = {
  width: 640,
  height: 300,
  left: 56,
  right: 16,
  top: 14,
  bottom: 34,
} as const;

/** One data point that holds focus: a group with its label, its marks drawn inside. */
export function pointView(
  chart: string,
  index: number,
  active: number,
  label: string,
  marks: SVGTemplateResult,
): SVGTemplateResult {
  return svg`<g class="point" data-point=${index} role="img" aria-label=${label} tabindex=${index === active ? 0 : -1}>${marks}</g>`;
}

/** The horizontal grid lines with their labels, and the axis ticks below. */
export function axesView(
  yTicks: readonly number[],
  y: (value: number) => number,
  xTicks: readonly number[],
  x: (value: number) => number,
  texts: ChartTexts,
): SVGTemplateResult {
  const bottom = frame.height - frame.bottom;
  return svg`<g class="axes" aria-hidden="true">
    ${yTicks.map(
      (tick) =>
        svg`<line class="grid" x1=${frame.left} x2=${frame.width - frame.right} y1=${y(tick)} y2=${y(tick)}></line>
        <text class="tick" x=${frame.left - 6} y=${y(tick)} text-anchor="end" dominant-baseline="middle">${texts.tick(tick)}</text>`,
    )}
    <line class="axis" x1=${frame.left} x2=${frame.width - frame.right} y1=${bottom} y2=${bottom}></line>
    ${xTicks.map(
      (tick) =>
        svg`<text class="tick" x=${x(tick)} y=${bottom + 18} text-anchor="middle">${texts.xTick(tick)}</text>`,
    )}
  </g>`;
}

/**
 * A chart as a figure: its title, the summary in words, the drawing with one tab stop for its
 * points, and the same data as a table behind a disclosure (open when printed).
 */
export function chartFrame(
  chart: string,
  texts: ChartTexts,
  focus: ChartFocus,
  count: number,
  drawing: SVGTemplateResult,
): TemplateResult {
  const titleId = `${chart}-title`;
  const summaryId = `${chart}-summary`;
  const keysId = `${chart}-keys`;
  return html`<figure part="chart" class="chart" data-chart=${chart} aria-labelledby=${titleId}>
    <figcaption id=${titleId} part="chart-title">${texts.title}</figcaption>
    <p id=${summaryId} part="chart-summary" class="summary">${texts.summary}</p>
    <svg
      class="drawing"
      viewBox="0 0 ${frame.width} ${frame.height}"
      role="group"
      aria-labelledby=${titleId}
      aria-describedby="${summaryId} ${keysId}"
      @keydown=${focus.keydown(chart, count)}
      @focusin=${focus.focusin(chart)}
    >
      ${drawing}
    </svg>
    <p id=${keysId} class="keys">${texts.keys}</p>
    <details part="chart-table" class="table" ?open=${focus.isOpen(chart)} @toggle=${focus.toggle(chart)}>
      <summary>${texts.table}</summary>
      <div class="scroll" tabindex="0" role="region" aria-label=${texts.table}>
        <table>
          <caption>${texts.title}</caption>
          <thead>
            <tr>
              ${texts.columns.map((column) => html`<th scope="col">${column}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${(focus.isOpen(chart) ? texts.rows : []).map(
              ([head, ...cells]) =>
                html`<tr><th scope="row">${head}</th>${cells.map((cell) => html`<td>${cell}</td>`)}</tr>`,
            )}
          </tbody>
        </table>
      </div>
    </details>
  </figure>`;
}
