/**
 * Charts drawn as SVG with Lit's `svg` templates, `d3-scale` and `d3-shape`: a fan chart with a
 * band, and a bar chart over steps. Each is a figure with a summary in words, a table alternative
 * and keyboard-reachable data points ({@link ChartFocus}); the caller supplies every text.
 *
 * @packageDocumentation
 */
export { barChart, type BarChartData, type BarSeries } from './bar-chart.js';
export { ChartFocus } from './chart-focus.js';
export type { ChartTexts } from './chart-frame.js';
export { chartStyles } from './charts.styles.js';
export { fanChart, type FanChartData } from './fan-chart.js';
