import type { Locale } from '@opvang/core/i18n';
import { describeProvince } from '@opvang/core/provinces';
import type { Period } from '@opvang/core/shared';
import { scaleUtc } from 'd3-scale';
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { categoryLabels, messages } from './messages.js';
import type { EntryRow } from './model.js';

/**
 * The drawing's own units; the SVG scales to its box. Wide: the places in a column on the left.
 * Narrow (a phone, 400% zoom): each place on its own line above its marks, in a drawing of
 * about the box's own width, so that nothing scrolls sideways and the text stays readable.
 */
export interface TimelineLayout {
  readonly width: number;
  readonly label: number;
  readonly right: number;
  readonly row: number;
  /** Where the marks sit in a row, from its top. */
  readonly markY: number;
  readonly labelAbove: boolean;
}

export const WIDE: TimelineLayout = {
  width: 760,
  label: 180,
  right: 96,
  row: 22,
  markY: 11,
  labelAbove: false,
};
export const NARROW: TimelineLayout = {
  width: 340,
  label: 10,
  right: 10,
  row: 36,
  markY: 25,
  labelAbove: true,
};
const TOP = 26;
const HEADER = 26;
const BOTTOM = 8;
const DAY_MS = 86_400_000;

const dayStart = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`);
const dayEnd = (isoDate: string): number => dayStart(isoDate) + DAY_MS;

/** The time scale over whole years that hold every date of the rows. */
function scaleFor(rows: readonly EntryRow[], layout: TimelineLayout) {
  const years = rows.flatMap((row) =>
    [...row.opening, ...(row.closing ? [row.closing] : [])].flatMap((p) => [
      Number(p.start.slice(0, 4)),
      Number(p.end.slice(0, 4)),
    ]),
  );
  const first = Math.min(...years);
  const last = Math.max(...years);
  return scaleUtc()
    .domain([new Date(Date.UTC(first, 0, 1)), new Date(Date.UTC(last + 1, 0, 1))])
    .range([layout.label, layout.width - layout.right]);
}

type Scale = ReturnType<typeof scaleFor>;

/** A period as what it is: a day a tick, a month a bar, part of a month a thinner bar, a year a faint long bar. */
function mark(period: Period, x: Scale, cy: number, classes: string): SVGTemplateResult {
  const x0 = x(new Date(dayStart(period.start)));
  const x1 = x(new Date(dayEnd(period.end)));
  if (period.precision === 'day')
    return svg`<line class="mark day ${classes}" x1=${x0} x2=${x0} y1=${cy - 8} y2=${cy + 8}></line>`;
  const half = { month: 6, 'part-of-month': 3.5, year: 4.5 }[period.precision];
  return svg`<rect class="mark ${period.precision} ${classes}" x=${x0} y=${cy - half} width=${Math.max(2, x1 - x0)} height=${half * 2}></rect>`;
}

/** Where a period's marks end, for the line to the closing and the state's tag. */
const endOf = (periods: readonly Period[], x: Scale): number =>
  Math.max(...periods.map((p) => x(new Date(dayEnd(p.end)))));

function entryMarks(
  row: EntryRow,
  x: Scale,
  cy: number,
  locale: Locale,
  layout: TimelineLayout,
): SVGTemplateResult {
  const announced = row.category === 'deployed' ? '' : `announced ${row.category}`;
  const opening = row.opening.map((p) =>
    mark(p, x, cy, `${row.alternatives ? 'alternative' : ''} ${announced}`),
  );
  const afterOpening = endOf(row.opening, x);
  let closing: SVGTemplateResult | typeof nothing = nothing;
  let tagX = afterOpening + 6;
  if (row.closing !== undefined) {
    const to = x(new Date(dayStart(row.closing.start)));
    closing = svg`<line class="span" x1=${afterOpening} x2=${to} y1=${cy} y2=${cy}></line>
      ${mark(row.closing, x, cy, 'closing')}`;
    tagX = endOf([row.closing], x) + 6;
  } else if (row.closure === 'closed-undated') {
    closing = svg`<line class="span undated" x1=${afterOpening} x2=${afterOpening + 28} y1=${cy} y2=${cy}></line>
      <text class="undated-mark" aria-hidden="true" x=${afterOpening + 31} y=${cy}>?</text>`;
    tagX = afterOpening + 42;
  }
  // Narrow: the state stands beside the place, above the marks.
  const tag =
    row.category === 'deployed' || layout.labelAbove
      ? nothing
      : svg`<text class="tag" aria-hidden="true" x=${tagX} y=${cy}>${categoryLabels[locale][row.category]}</text>`;
  return svg`${opening}${closing}${tag}`;
}

// The drawing's words are hidden from assistive technology: each entry is an image whose label
// says all of it (place, province, dates, state, source text, notes), and the province, place and
// state words would only repeat it. (Chromium also measures SVG text as overflowing boxes under
// CSS zoom, which the embedding suite's 400% check would otherwise take for sideways scrolling.)

/**
 * The register as a timeline per province: a heading row per province, one row per entry
 * with its place, its dates drawn as what they are and its state as a word where it is not a
 * deployment that happened. One tab stop: the active entry; the arrow keys move between
 * entries, each announcing its reading (`label`).
 */
export function timelineView(
  rows: readonly EntryRow[],
  active: number,
  locale: Locale,
  layout: TimelineLayout,
  onKeydown: (event: KeyboardEvent) => void,
  onFocusin: (event: FocusEvent) => void,
): TemplateResult {
  const m = messages[locale];
  if (rows.length === 0) return html``;
  const x = scaleFor(rows, layout);
  const { width, row: ROW } = layout;
  const ticks = x.ticks().filter((t) => t.getUTCMonth() === 0 && t.getUTCDate() === 1);
  const parts: SVGTemplateResult[] = [];
  let y = TOP;
  let province: string | undefined;
  rows.forEach((row, index) => {
    const d = row.deployment;
    if (d.province !== province) {
      province = d.province;
      parts.push(
        svg`<text class="province" aria-hidden="true" x=${8} y=${y + HEADER / 2 + 4}>${describeProvince(d.province, locale)} (${String(rows.filter((r) => r.deployment.province === d.province).length)})</text>`,
      );
      y += HEADER;
    }
    const cy = y + layout.markY;
    const label = layout.labelAbove
      ? svg`<text class="label" aria-hidden="true" x=${layout.label} y=${y + 10}>${d.place}${row.category === 'deployed' ? '' : svg`${'\u00A0·\u00A0'}<tspan class="tag">${categoryLabels[locale][row.category]}</tspan>`}</text>`
      : svg`<text class="label" aria-hidden="true" x=${layout.label - 8} y=${cy} text-anchor="end">${d.place}</text>`;
    parts.push(svg`<g
      class="entry ${row.category} ${row.closure}"
      data-point=${index}
      data-id=${d.id}
      role="img"
      aria-label=${row.label}
      tabindex=${index === active ? 0 : -1}
    >
      <rect class="hit" x=${2} y=${y + 1} width=${width - 4} height=${ROW - 2} rx=${3}></rect>
      ${label}
      ${entryMarks(row, x, cy, locale, layout)}
    </g>`);
    y += ROW;
  });
  const height = y + BOTTOM;
  return html`<div class="timeline">
    <svg
      part="timeline"
      class="drawing ${layout.labelAbove ? 'narrow' : 'wide'}"
      tabindex=${-1 /* Chromium made the SVG a tab stop of its own; the active entry is the one stop. */}
      viewBox="0 0 ${width} ${height}"
      role="group"
      aria-labelledby="timeline-title"
      aria-describedby="timeline-keys"
      @keydown=${onKeydown}
      @focusin=${onFocusin}
    >
      <g class="axes" aria-hidden="true">
        ${ticks.map((t, i) => {
          const tx = x(t);
          // The last line closes the last year; it starts none, so it has no label.
          return svg`<line class="grid" x1=${tx} x2=${tx} y1=${TOP - 6} y2=${height - BOTTOM}></line>
            ${i === ticks.length - 1 ? nothing : svg`<text class="tick" x=${tx + 3} y=${TOP - 10}>${String(t.getUTCFullYear())}</text>`}`;
        })}
      </g>
      ${parts}
    </svg>
  </div>
  <p id="timeline-keys" class="keys">${m.keys}</p>`;
}

// One sample of each kind of mark, drawn with the timeline's own classes, for the legend.
const SAMPLES: readonly SVGTemplateResult[] = [
  svg`<line class="mark day" x1="20" x2="20" y1="1" y2="15"></line>`,
  svg`<rect class="mark month" x="14" y="3" width="12" height="10"></rect>`,
  svg`<rect class="mark part-of-month" x="17" y="5" width="5" height="6"></rect>`,
  svg`<rect class="mark year" x="2" y="4" width="36" height="8"></rect>`,
  svg`<rect class="mark month alternative" x="6" y="3" width="9" height="10"></rect><rect class="mark month alternative" x="25" y="3" width="9" height="10"></rect>`,
  svg`<rect class="mark month" x="2" y="3" width="7" height="10"></rect><line class="span" x1="9" x2="36" y1="8" y2="8"></line><line class="mark day" x1="36" x2="36" y1="1" y2="15"></line>`,
  svg`<rect class="mark month announced" x="14" y="3" width="12" height="10"></rect>`,
  svg`<rect class="mark month" x="2" y="3" width="7" height="10"></rect>`,
];

/** The legend: every kind of mark, drawn and in words. */
export function legendView(locale: Locale): TemplateResult {
  const m = messages[locale];
  const texts = [
    m.legendDay,
    m.legendMonth,
    m.legendPart,
    m.legendYear,
    m.legendAlternatives,
    m.legendSpan,
    m.legendAnnounced,
    m.legendNoClosure,
  ];
  return html`<details part="legend" class="legend" open>
    <summary>${m.legend}</summary>
    <ul>
      ${texts.map(
        (text, i) =>
          html`<li><svg class="sample" viewBox="0 0 40 16" aria-hidden="true">${SAMPLES[i]}</svg> ${text}</li>`,
      )}
    </ul>
  </details>`;
}

/** The key that moves the active entry, and where to. */
export function nextIndex(key: string, index: number, count: number): number | undefined {
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return Math.min(last, index + 1);
    case 'ArrowUp':
    case 'ArrowLeft':
      return Math.max(0, index - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}
