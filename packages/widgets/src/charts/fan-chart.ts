import { scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import { svg, type TemplateResult } from 'lit';
import type { ChartFocus } from './chart-focus.js';
import { axesView, chartFrame, frame, pointView, type ChartTexts } from './chart-frame.js';

/** A fan chart's data: per step on the horizontal axis, a low, middle and high value, and a band. */
export interface FanChartData {
  /** The steps (weeks), ascending. */
  readonly x: readonly number[];
  /** The low edge of the fan (P10), the middle line (P50) and the high edge (P90), one per step. */
  readonly low: readonly number[];
  readonly middle: readonly number[];
  readonly high: readonly number[];
  /** The band to keep within, drawn behind the fan. */
  readonly band: { readonly min: number; readonly max: number };
}

/** A value the scale can place: an infinite one (people without a place) at the top of the domain. */
const finite = (value: number, ceiling: number): number =>
  Number.isFinite(value) ? value : ceiling;

/**
 * A fan chart: the band between its edges, the fan between the low and high values and the
 * middle line, one focusable point per step announcing its values. Scales from `d3-scale`
 * (nice ticks), shapes from `d3-shape`; colours and line styles come from the stylesheet
 * (`chartStyles`), so the SVG carries no inline style and follows the theme and forced colours.
 *
 * @example
 * ```ts
 * fanChart({ x: [1, 2], low: [0.88, 0.87], middle: [0.9, 0.9], high: [0.92, 0.93], band: { min: 0.85, max: 0.94 } }, texts, this.#focus, 'projection');
 * ```
 */
export function fanChart(
  data: FanChartData,
  texts: ChartTexts,
  focus: ChartFocus,
  chart: string,
): TemplateResult {
  const count = data.x.length;
  const finiteHigh = data.high.filter(Number.isFinite);
  const finiteLow = data.low.filter(Number.isFinite);
  const top = Math.max(data.band.max, ...finiteHigh) + 0.01;
  const bottom = Math.min(data.band.min, ...finiteLow) - 0.01;
  const y = scaleLinear()
    .domain([bottom, top])
    .nice(6)
    .range([frame.height - frame.bottom, frame.top])
    .clamp(true);
  const ceiling = y.domain()[1] ?? top;
  const x = scaleLinear()
    .domain([data.x[0] ?? 0, data.x[count - 1] ?? 1])
    .range([frame.left + 6, frame.width - frame.right - 6]);
  const xOf = (index: number) => x(data.x[index] ?? 0);
  const indices = data.x.map((_, index) => index);
  const fan = area<number>()
    .x(xOf)
    .y0((index) => y(finite(data.low[index] ?? 0, ceiling)))
    .y1((index) => y(finite(data.high[index] ?? 0, ceiling)))(indices);
  const middle = line<number>()
    .x(xOf)
    .y((index) => y(finite(data.middle[index] ?? 0, ceiling)))(indices);
  const active = focus.index(chart, count);
  const bandTop = y(data.band.max);
  const bandBottom = y(data.band.min);
  const drawing = svg`
    <rect class="band" x=${frame.left} y=${bandTop} width=${frame.width - frame.left - frame.right} height=${Math.max(0, bandBottom - bandTop)}></rect>
    <line class="band-edge" x1=${frame.left} x2=${frame.width - frame.right} y1=${bandTop} y2=${bandTop}></line>
    <line class="band-edge" x1=${frame.left} x2=${frame.width - frame.right} y1=${bandBottom} y2=${bandBottom}></line>
    ${axesView(y.ticks(6), y, x.ticks(Math.min(count, 8)), x, texts)}
    <path class="fan" d=${fan ?? ''}></path>
    <path class="middle" d=${middle ?? ''}></path>
    <line class="cursor" x1=${xOf(active)} x2=${xOf(active)} y1=${frame.top} y2=${frame.height - frame.bottom}></line>
    <g class="points">
      ${indices.map((index) =>
        pointView(
          chart,
          index,
          active,
          texts.point(index),
          svg`<circle class="marker" cx=${xOf(index)} cy=${y(finite(data.middle[index] ?? 0, ceiling))} r="3"></circle>`,
        ),
      )}
    </g>`;
  return chartFrame(chart, texts, focus, count, drawing);
}
