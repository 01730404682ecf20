import { scaleBand, scaleLinear } from 'd3-scale';
import { svg, type TemplateResult } from 'lit';
import type { ChartFocus } from './chart-focus.js';
import { axesView, chartFrame, frame, pointView, type ChartTexts } from './chart-frame.js';

/** One series of bars: its values per step, drawn upwards (`1`) or downwards (`-1`). */
export interface BarSeries {
  readonly values: readonly number[];
  readonly direction: 1 | -1;
  /** The class that gives the series its colour and pattern in `chartStyles`: `series-1`, `series-2`. */
  readonly className: string;
}

/** A bar chart's data: the steps, and one or two series. */
export interface BarChartData {
  readonly x: readonly number[];
  readonly series: readonly BarSeries[];
}

/**
 * A bar chart over steps (weeks): each series as bars up or down from zero, so activations and
 * deactivations face each other, or one series alone (cost). One focusable point per step
 * announces every series' value at that step. Scales from `d3-scale`; colours from the stylesheet.
 *
 * @example
 * ```ts
 * barChart({ x: [1, 2], series: [{ values: [40, 0], direction: 1, className: 'series-1' }] }, texts, this.#focus, 'changes');
 * ```
 */
export function barChart(
  data: BarChartData,
  texts: ChartTexts,
  focus: ChartFocus,
  chart: string,
): TemplateResult {
  const count = data.x.length;
  const extent = (direction: 1 | -1) =>
    Math.max(
      0,
      ...data.series
        .filter((series) => series.direction === direction)
        .flatMap((series) => series.values.filter(Number.isFinite)),
    );
  const up = extent(1);
  const down = extent(-1);
  const y = scaleLinear()
    .domain([-down, up === 0 && down === 0 ? 1 : up])
    .nice(5)
    .range([frame.height - frame.bottom, frame.top]);
  const x = scaleBand<number>()
    .domain(data.x.map((_, index) => index))
    .range([frame.left, frame.width - frame.right])
    .paddingInner(0.2)
    .paddingOuter(0.1);
  const bandWidth = x.bandwidth();
  const perSeries = bandWidth / Math.max(1, data.series.length);
  const zero = y(0);
  const active = focus.index(chart, count);
  const ticks = data.x.filter(
    (_, index) => index % Math.max(1, Math.ceil(count / 8)) === 0 || index === count - 1,
  );
  const xOfValue = (value: number) => {
    const index = data.x.indexOf(value);
    return (x(index) ?? 0) + bandWidth / 2;
  };
  const drawing = svg`
    ${axesView(y.ticks(5), y, ticks, xOfValue, texts)}
    <line class="zero" x1=${frame.left} x2=${frame.width - frame.right} y1=${zero} y2=${zero}></line>
    <g class="points">
      ${data.x.map((_, index) => {
        const left = x(index) ?? 0;
        const bars = data.series.map((series, position) => {
          const value = Math.abs(series.values[index] ?? 0);
          const end = y(series.direction * (Number.isFinite(value) ? value : 0));
          return svg`<rect class="bar ${series.className}" x=${left + position * perSeries} width=${Math.max(1, perSeries - 1)} y=${Math.min(zero, end)} height=${Math.abs(end - zero)}></rect>`;
        });
        // The whole step's column takes the pointer and shows the focus, even where a value is 0.
        return pointView(
          chart,
          index,
          active,
          texts.point(index),
          svg`<rect class="hit" x=${left} width=${bandWidth} y=${frame.top} height=${frame.height - frame.bottom - frame.top}></rect>${bars}`,
        );
      })}
    </g>`;
  return chartFrame(chart, texts, focus, count, drawing);
}
