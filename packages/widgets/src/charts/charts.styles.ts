import { css } from 'lit';

/**
 * The charts' colours, lines and layout, from the theme's custom properties. No colour alone
 * carries meaning: the band has dashed edges, the middle line is solid and thick, the second
 * series of bars is hatched by its outline. In forced colours the system colours take over;
 * printed, a chart keeps to the width of an A4 page and its table is shown.
 *
 * @example
 * ```ts
 * static override styles = [themeStyles, chartStyles, occupancyStyles];
 * ```
 */
export const chartStyles = css`
  .chart {
    margin: 0 0 1.5em;
    max-inline-size: 48em;
    break-inside: avoid;
  }
  .chart figcaption {
    font-weight: bold;
  }
  .summary {
    margin-block: 0.25em 0.5em;
  }
  .keys {
    margin-block: 0.25em;
    font-size: 0.875em;
  }
  .drawing {
    display: block;
    inline-size: 100%;
    block-size: auto;
    overflow: visible;
  }
  .tick {
    font-size: 12px;
    fill: var(--opvang-color-text, #1b1b1b);
  }
  .grid {
    stroke: var(--opvang-chart-grid, #d0d0d0);
    stroke-width: 1;
  }
  .axis,
  .zero {
    stroke: var(--opvang-color-text, #1b1b1b);
    stroke-width: 1;
  }
  .band {
    fill: var(--opvang-chart-band, #e6f0e6);
  }
  .band-edge {
    stroke: var(--opvang-chart-band-edge, #2e6b2e);
    stroke-width: 1.5;
    stroke-dasharray: 6 4;
  }
  .fan {
    fill: var(--opvang-chart-fan, #0b5394);
    fill-opacity: 0.25;
    stroke: var(--opvang-chart-fan, #0b5394);
    stroke-width: 1;
  }
  .middle {
    fill: none;
    stroke: var(--opvang-chart-line, #0b5394);
    stroke-width: 2.5;
  }
  .marker {
    fill: var(--opvang-color-background, #ffffff);
    stroke: var(--opvang-chart-line, #0b5394);
    stroke-width: 1.5;
  }
  .hit {
    fill: transparent;
  }
  .bar.series-1 {
    fill: var(--opvang-chart-series-1, #0b5394);
  }
  .bar.series-2 {
    fill: var(--opvang-chart-series-2, #b35c00);
    stroke: var(--opvang-color-text, #1b1b1b);
    stroke-width: 0.5;
  }
  .cursor {
    stroke: var(--opvang-color-focus, var(--opvang-color-accent, #0b5394));
    stroke-width: 1;
    stroke-dasharray: 2 2;
  }
  .chart:not(:focus-within) .cursor {
    display: none;
  }
  .point {
    outline: none;
  }
  .point:focus .marker {
    r: 6px;
    stroke: var(--opvang-color-focus, var(--opvang-color-accent, #0b5394));
    stroke-width: 3;
  }
  .point:focus .hit {
    fill: none;
    stroke: var(--opvang-color-focus, var(--opvang-color-accent, #0b5394));
    stroke-width: 3;
  }
  .table summary {
    cursor: pointer;
  }
  .scroll {
    max-inline-size: 100%;
    overflow-x: auto;
  }
  .scroll:focus-visible {
    outline: 0.1875em solid var(--opvang-color-focus, var(--opvang-color-accent, #0b5394));
    outline-offset: 0.125em;
  }
  .chart table {
    border-collapse: collapse;
  }
  .chart caption {
    text-align: start;
    font-weight: bold;
  }
  .chart th,
  .chart td {
    padding-block: 0.125em;
    padding-inline: 0.5em;
    text-align: end;
    border-block-end: 1px solid var(--opvang-color-border, #6b6b6b);
  }
  .chart th[scope='row'],
  .chart th[scope='col']:first-child {
    text-align: start;
  }
  @media (forced-colors: active) {
    .tick {
      fill: CanvasText;
    }
    .grid {
      stroke: GrayText;
    }
    .axis,
    .zero,
    .band-edge,
    .middle,
    .marker,
    .bar.series-2 {
      stroke: CanvasText;
    }
    .band,
    .marker {
      fill: Canvas;
    }
    .fan {
      fill: Highlight;
      stroke: Highlight;
    }
    .bar.series-1 {
      fill: CanvasText;
    }
    .bar.series-2 {
      fill: Canvas;
      stroke-width: 1.5;
    }
    .cursor,
    .point:focus .marker,
    .point:focus .hit {
      stroke: Highlight;
    }
  }
  @media print {
    .chart {
      max-inline-size: 17cm;
    }
    .keys,
    .cursor {
      display: none;
    }
    /* The table prints with its chart, open or not (Chromium's details content). */
    .table::details-content {
      content-visibility: visible;
    }
  }
`;
