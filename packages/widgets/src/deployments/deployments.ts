import {
  deployments as register,
  deploymentsPerYear,
  deploymentsToCsv,
  deploymentsToEdtfJson,
  possibleYears,
  type Deployment,
  type YearCategory,
} from '@opvang/core/register';
import { formatNumber } from '@opvang/core/i18n';
import type { FlemishProvinceId } from '@opvang/core/provinces';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { cardStyles } from '../shared/card.styles.js';
import { OpvangElement } from '../shared/opvang-element.js';
import { themeStyles } from '../shared/theme.styles.js';
import { deploymentsStyles } from './deployments.styles.js';
import { filterStyles } from '../shared/filter-select.js';
import { download } from '../shared/download.js';
import { filtersView } from './filters.js';
import { messages } from './messages.js';
import {
  EXPECTED,
  filterList,
  provincesOf,
  readFilters,
  toRows,
  type DeploymentFilters,
} from './model.js';
import { countsView, entriesTableView, shownText, summaryText } from './tables.js';
import { legendView, NARROW, nextIndex, timelineView, WIDE } from './timeline.js';

const YEAR = /^\d{4}$/u;

const rowsYears = (list: readonly Deployment[]): number[] => list.flatMap(possibleYears);

/**
 * The register of the liaison officers' deployments (seed `000`: the answer to written question
 * no. 22) as a timeline per province. Fuzzy dates are drawn as what they are: a day a tick, a
 * month a bar, part of a month a thinner bar, a year a faint long bar, alternatives as two
 * dashed marks, a line to a reported closure (dotted when the closure has no date); expected,
 * provisional and reopening entries are hollow and named, and an entry without a reported
 * closure has nothing after its mark: not reported closed is not "open".
 *
 * The timeline is one tab stop: the arrow keys move between entries, Home and End to the first
 * and last, and each entry announces its reading, its closure, its source text and its notes.
 * Beside it: a text summary, the counts per province and per year (a range where a date allows
 * two years, expected, provisional and reopening apart), the table of every entry with its raw
 * source text next to its reading, and downloads as CSV and EDTF (from Blob URLs: nothing is
 * sent). Filters: province, year (certainly or possibly in it) and state.
 *
 * @tagname opvang-deployments
 * @summary The deployment register as a timeline per province, with counts, a table and exports.
 *
 * @slot - Fallback content, shown before the script runs and under an error message.
 *
 * @csspart base - The box around the register.
 * @csspart heading - The heading.
 * @csspart filters - The filter form; each filter is a `filter` part.
 * @csspart status - The live line "31 of 31 deployments shown".
 * @csspart chart - The timeline's figure, with its `summary`, `timeline` (the SVG) and `legend`.
 * @csspart counts - The counts, `per-province` and `per-year`.
 * @csspart table - The table of every entry (`entries`).
 * @csspart export - The download buttons.
 * @csspart error - The message shown instead when an attribute is not valid.
 *
 * @cssproperty --opvang-color-accent - Marks, links and the focus outline. Default `#0b5394`.
 * @cssproperty --opvang-timeline-mark - Colour of the marks. Default the accent.
 * @cssproperty --opvang-timeline-grid - Colour of the year lines. Default `#d0d0d0`.
 *
 * @example
 * ```html
 * <opvang-deployments lang="nl" province="west-vlaanderen" from="2019" to="2023"></opvang-deployments>
 * ```
 */
export class OpvangDeployments extends OpvangElement {
  /** The shared theme and this widget's layout; adopted stylesheets, so no inline `<style>` under a strict CSP. */
  static override styles = [themeStyles, cardStyles, filterStyles, deploymentsStyles];

  /** Reactive properties and the attributes they reflect from. */
  static override properties = {
    province: { type: String },
    year: { type: String },
    state: { type: String },
    from: { type: String },
    to: { type: String },
    entries: { attribute: false },
  };

  /** The province shown first (`antwerpen`, `vlaams-brabant`, `west-vlaanderen`, `limburg`, `oost-vlaanderen`); all when empty. */
  declare province: string | undefined;
  /** The year shown first (entries certainly or possibly in it); all when empty. */
  declare year: string | undefined;
  /** The state shown first: `deployed`, `expected`, `provisional` or `reopening`; all when empty. */
  declare state: string | undefined;
  /** The first year the counts cover. Default `2019` (the question asks for 2019-2023). */
  declare from: string | undefined;
  /** The last year the counts cover. Default `2023`. */
  declare to: string | undefined;
  /** The entries; the register of `@opvang/core/register` when unset. */
  declare entries: readonly Deployment[] | undefined;

  #filters: DeploymentFilters | undefined;
  #active = 0;
  #focusPending = false;
  #exported = '';
  #narrow = false;
  // The timeline's layout follows the widget's own width (a phone, 400% zoom, a narrow column).
  readonly #resize =
    typeof ResizeObserver === 'undefined'
      ? undefined
      : new ResizeObserver(() => {
          // Next frame: a render inside the observer's callback would resize what it observes.
          requestAnimationFrame(() => {
            if (this.#isNarrow() !== this.#narrow) this.requestUpdate();
          });
        });

  constructor() {
    super(2);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resize?.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
  }

  /** Narrower than 36em: the places go above their marks. */
  #isNarrow(): boolean {
    const width = this.clientWidth;
    const em = Number.parseFloat(getComputedStyle(this).fontSize) || 16;
    return width > 0 && width < 36 * em;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#narrow = this.#isNarrow();
    if (changed.has('province') || changed.has('year') || changed.has('state')) {
      this.#filters = undefined;
      this.#active = 0;
    }
  }

  #list(): readonly Deployment[] {
    return this.entries ?? register;
  }

  #span(): { from: number; to: number } | undefined {
    const from = this.from ?? '2019';
    const to = this.to ?? '2023';
    if (!YEAR.test(from) || !YEAR.test(to) || Number(from) > Number(to)) return undefined;
    return { from: Number(from), to: Number(to) };
  }

  #filterChanged = (event: Event): void => {
    const form = event.currentTarget as HTMLFormElement;
    const value = (name: string): string =>
      (form.elements.namedItem(name) as HTMLSelectElement | null)?.value ?? '';
    const year = value('year');
    this.#filters = {
      province: value('province') as FlemishProvinceId | '',
      year: year === '' ? '' : Number(year),
      state: value('state') as YearCategory | '',
    };
    this.#active = 0;
    this.requestUpdate();
  };

  #keydown = (event: KeyboardEvent): void => {
    const count = this.renderRoot.querySelectorAll('[data-point]').length;
    const index = nextIndex(event.key, this.#active, count);
    if (index === undefined) return;
    event.preventDefault();
    this.#active = index;
    this.#focusPending = true;
    this.requestUpdate();
  };

  #focusin = (event: FocusEvent): void => {
    const point = (event.target as Element | null)?.closest('[data-point]');
    const index = Number(point?.getAttribute('data-point'));
    if (Number.isInteger(index) && index !== this.#active) {
      this.#active = index;
      this.requestUpdate();
    }
  };

  protected override updated(): void {
    if (!this.#focusPending) return;
    this.#focusPending = false;
    this.renderRoot.querySelector<SVGElement>(`[data-point="${String(this.#active)}"]`)?.focus();
  }

  #export(kind: 'csv' | 'edtf', list: readonly Deployment[]): void {
    const locale = this.locale;
    const file = kind === 'csv' ? `deployments-${locale}.csv` : 'deployments-edtf.json';
    if (kind === 'csv') download(file, deploymentsToCsv(list, locale), 'text/csv');
    else download(file, deploymentsToEdtfJson(list), 'application/json');
    this.#exported = messages[locale].exported({ file });
    this.requestUpdate();
  }

  protected override render(): TemplateResult {
    const locale = this.locale;
    const m = messages[locale];
    const read = readFilters({ province: this.province, year: this.year, state: this.state });
    if ('bad' in read) {
      const name = read.bad;
      this.reportOnce(`${name}="${this[name] ?? ''}" is not valid; expected ${EXPECTED[name]}`);
      return this.contentError(
        m.badFilter({ name, value: this[name] ?? '', expected: EXPECTED[name] }),
      );
    }
    const span = this.#span();
    if (span === undefined) {
      this.reportOnce(`from="${this.from ?? ''}" to="${this.to ?? ''}" is not a span of years`);
      return this.contentError(m.badSpan({ from: this.from ?? '', to: this.to ?? '' }));
    }
    const all = this.#list();
    const filters = this.#filters ?? read.filters;
    const list = filterList(all, filters);
    const rows = toRows(list, locale);
    this.#active = Math.min(this.#active, Math.max(0, rows.length - 1));
    // Every year an entry may fall in, and the one asked for: a select never hides its value.
    const years = [
      ...new Set([
        ...rowsYears(all),
        ...(filters.year === undefined || filters.year === '' ? [] : [filters.year]),
      ]),
    ].sort((a, b) => a - b);
    const perYear = deploymentsPerYear(list, span);
    const possible = rows.filter((row) => row.years.length > 1).length;
    return html`<section part="base" aria-labelledby="heading" lang=${locale}>
      <div part="heading" id="heading" role="heading" aria-level=${this.heading}>${m.heading}</div>
      <p class="source">${m.source}</p>
      ${filtersView(filters, provincesOf(all), years, locale, this.#filterChanged)}
      <p part="status" role="status">
        ${list.length === 0 ? m.noMatch : shownText(list.length, all.length, locale)}
        ${
          possible > 0 && filters.year !== undefined && filters.year !== ''
            ? m.possiblyIn({ count: formatNumber(possible, locale), year: String(filters.year) })
            : nothing
        }
      </p>
      ${
        rows.length === 0
          ? nothing
          : html`<figure part="chart" class="chart" aria-labelledby="timeline-title">
            <figcaption id="timeline-title">${m.timeline}</figcaption>
            <p part="summary" class="summary">${summaryText(list, perYear, locale)}</p>
            ${timelineView(
              rows,
              this.#active,
              locale,
              this.#narrow ? NARROW : WIDE,
              this.#keydown,
              this.#focusin,
            )}
            ${legendView(locale)}
          </figure>
          ${countsView(list, span, locale)} ${entriesTableView(rows, locale)}`
      }
      <div part="export" class="export" role="group" aria-label=${m.export}>
        <button type="button" @click=${() => {
          this.#export('csv', list);
        }}>${m.exportCsv}</button>
        <button type="button" @click=${() => {
          this.#export('edtf', list);
        }}>${m.exportEdtf}</button>
        <p role="status" class="exported">${this.#exported}</p>
      </div>
    </section>`;
  }
}
