import { css } from 'lit';

/**
 * The register's layout and the timeline's marks, from the theme's custom properties. No
 * colour alone carries meaning: a day is a tick, a month a bar, part of a month a thinner bar,
 * a year a faint bar, alternatives are dashed, announced entries hollow and named, an undated
 * closure dotted. In forced colours the system colours take over; printed, the tables open and
 * the filters and buttons are left out. At 400% zoom the timeline keeps a readable width and
 * scrolls sideways in its own box; the tables hold the same data.
 *
 * @example
 * ```ts
 * static override styles = [themeStyles, cardStyles, deploymentsStyles];
 * ```
 */
export const deploymentsStyles = css`
  [part~='base'] {
    container-type: inline-size;
  }
  select,
  button {
    font: inherit;
    max-inline-size: 100%;
  }
  .source,
  .note,
  .keys {
    font-size: 0.875em;
  }
  .chart {
    margin: 0 0 1.5em;
  }
  .chart figcaption,
  caption {
    font-weight: bold;
    text-align: start;
  }
  .scroll {
    max-inline-size: 100%;
    overflow-x: auto;
  }
  .drawing {
    display: block;
    inline-size: 100%;
    block-size: auto;
    /* Marks never spill out of the drawing into the page's scrollable width. */
    overflow: hidden;
  }
  .drawing text {
    font-size: 12px;
    fill: var(--opvang-color-text, #1b1b1b);
    dominant-baseline: middle;
  }
  .drawing.narrow text {
    font-size: 13px;
  }
  .drawing .province {
    font-weight: bold;
  }
  .grid {
    stroke: var(--opvang-timeline-grid, #d0d0d0);
    stroke-width: 1;
  }
  .mark {
    fill: var(--opvang-timeline-mark, var(--opvang-color-accent, #0b5394));
    stroke: var(--opvang-timeline-mark, var(--opvang-color-accent, #0b5394));
    stroke-width: 1;
  }
  .mark.day {
    stroke-width: 2.5;
  }
  .mark.year {
    fill-opacity: 0.2;
    stroke-opacity: 0.45;
  }
  .mark.alternative {
    fill: none;
    stroke-width: 1.5;
    stroke-dasharray: 3 2;
  }
  .mark.announced {
    fill: var(--opvang-color-background, #ffffff);
    stroke-width: 1.5;
  }
  .span {
    stroke: var(--opvang-color-text, #1b1b1b);
    stroke-width: 1.5;
  }
  .span.undated {
    stroke-dasharray: 1 3;
  }
  .drawing .tag {
    font-style: italic;
  }
  .hit {
    fill: transparent;
    stroke: none;
  }
  .entry {
    outline: none;
  }
  .entry:focus .hit {
    stroke: var(--opvang-color-focus, var(--opvang-color-accent, #0b5394));
    stroke-width: 3;
  }
  .legend ul {
    padding-inline-start: 0;
    list-style: none;
  }
  .legend li {
    margin-block: 0.25em;
  }
  .sample {
    inline-size: 2.5em;
    block-size: 1em;
    margin-inline-end: 0.5em;
    vertical-align: middle;
  }
  .legend summary,
  .table summary {
    cursor: pointer;
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: 1em 2em;
    align-items: start;
    margin-block: 1em;
  }
  .counts .note {
    flex-basis: 100%;
    margin: 0;
  }
  table {
    border-collapse: collapse;
  }
  th,
  td {
    padding-block: 0.25em;
    padding-inline: 0.5em;
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--opvang-color-border, #6b6b6b);
  }
  td p {
    margin: 0 0 0.25em;
  }
  .raw {
    font-family: var(--opvang-font-family-mono, monospace);
    white-space: pre-wrap;
  }
  .export {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    margin-block-start: 1em;
  }
  .exported {
    margin: 0;
  }
  button:focus-visible,
  select:focus-visible {
    outline: 0.1875em solid var(--opvang-color-focus, var(--opvang-color-accent, #0b5394));
    outline-offset: 0.125em;
  }
  /* Narrow (a phone, 400% zoom): each table row becomes a block, each cell named by its column
     (data-label), so nothing scrolls sideways. The explicit roles keep the table a table for
     assistive technology whatever its display. */
  @container (max-width: 40em) {
    .stack,
    .stack thead,
    .stack tbody,
    .stack tr,
    .stack th,
    .stack td {
      display: block;
    }
    /* Each cell names its column itself (data-label), so the header row goes. */
    .stack thead {
      display: none;
    }
    .stack tbody tr {
      padding-block: 0.25em;
      border-block-end: 1px solid var(--opvang-color-border, #6b6b6b);
    }
    .stack th,
    .stack td {
      padding-inline: 0;
      border: none;
    }
    .stack td[data-label]::before {
      content: attr(data-label) ': ';
      font-weight: bold;
    }
    .counts {
      display: block;
    }
  }
  @media (forced-colors: active) {
    .mark,
    .span {
      stroke: CanvasText;
    }
    .mark {
      fill: CanvasText;
    }
    .mark.alternative,
    .mark.announced {
      fill: Canvas;
    }
    .drawing text {
      fill: CanvasText;
    }
    .grid {
      stroke: GrayText;
    }
    .entry:focus .hit {
      stroke: Highlight;
    }
  }
  @media print {
    [part~='filters'],
    [part~='export'],
    .keys {
      display: none;
    }
    .drawing {
      min-inline-size: 0;
    }
    .chart,
    tr {
      break-inside: avoid;
    }
  }
`;
