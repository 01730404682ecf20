import type { ProvinceId } from '@opvang/core/provinces';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { CaseListController } from '../case-store/list-controller.js';
import { LocalCaseStore } from '../case-store/local-store.js';
import type { CaseDocument, CaseStore, StoreFailure } from '../case-store/types.js';
import { cardStyles } from '../shared/card.styles.js';
import { OpvangElement } from '../shared/opvang-element.js';
import { themeStyles } from '../shared/theme.styles.js';
import { casesStyles } from './cases.styles.js';
import { filterStyles } from '../shared/filter-select.js';
import { messages } from './messages.js';
import {
  CaseCache,
  filterRows,
  toRows,
  type BrokenRow,
  type CaseFilters,
  type CaseRow,
} from './rows.js';
import { filtersView, registerView, shownText, tableView } from './view.js';

/** How often the list is judged again against the clock (a deadline passing turns a case overdue). */
const TICK_MS = 60_000;
/**
 * The portfolio of cases (*dossiers*): every case the user may see, most urgent first (overdue
 * first, then by the next due date), each with its municipality, province, progress and next
 * step, and a link to the case. Filters: province, state, target group, support not needed.
 *
 * Where the cases come from: the `caseStore` property (any `CaseStore`), else the case server
 * at the `store` URL (`http://127.0.0.1:8788/api`) with the `token` property as its bearer
 * token, else this browser's own cases (IndexedDB, those `<opvang-case>` keeps without a
 * server). The token lives in memory only: never in a URL or any storage. Without one (and
 * without `credentials="include"`) the widget asks the server nothing and shows a sign-in
 * field, as after a `401`; the token, set or typed, loads the list. The list follows changes
 * made elsewhere (polling every 3 s with `ETag`, paused in a hidden tab).
 *
 * The province comes from the deployment register (Flemish municipalities it names) or the
 * `municipalityProvinces` property; for other cases it says the province is not known. With `show-register`,
 * the register's earlier deployments follow as read-only rows, their dates as the register
 * gives them.
 *
 * @tagname opvang-cases
 * @summary The portfolio of cases, most urgent first, with filters.
 *
 * @slot - Fallback content, shown before the script runs and under an error message.
 *
 * @csspart base - The box around the portfolio.
 * @csspart heading - The heading.
 * @csspart filters - The filter form; each filter is a `filter` part.
 * @csspart status - The live line "3 of 40 cases shown".
 * @csspart cases - The table of cases; each row is a `case` part (with `overdue`, `active` or `completed`).
 * @csspart case-link - The link to a case.
 * @csspart overdue - The "overdue" mark.
 * @csspart register - The register's earlier deployments.
 * @csspart sign-in - The token field shown after a 401.
 * @csspart error - The message shown instead when the store cannot be used.
 *
 * @cssproperty --opvang-color-accent - Colour of links and the focus outline. Default `#0b5394`.
 * @cssproperty --opvang-color-error - Accent of overdue marks and the error message. Default `#b3261e`.
 *
 * @example
 * ```html
 * <opvang-cases store="http://127.0.0.1:8788/api" case-link="case.html?id={caseId}"></opvang-cases>
 * <script type="module">
 *   document.querySelector('opvang-cases').token = sessionToken; // from your sign-in, never from the URL
 * </script>
 * ```
 */
export class OpvangCases extends OpvangElement {
  /** The shared theme and this widget's layout; adopted stylesheets, so no inline `<style>` under a strict CSP. */
  static override styles = [themeStyles, cardStyles, filterStyles, casesStyles];

  /** Reactive properties and the attributes they reflect from. */
  static override properties = {
    store: { type: String },
    credentials: { type: String },
    caseLink: { type: String, attribute: 'case-link' },
    showRegister: { type: Boolean, attribute: 'show-register' },
    token: { attribute: false },
    caseStore: { attribute: false },
    municipalityProvinces: { attribute: false },
    now: { attribute: false },
  };

  /** The case server's API URL; without it (and without `caseStore`) the widget says so. */
  declare store: string | undefined;
  /** `include` behind a single sign-on proxy; otherwise requests carry no cookies. */
  declare credentials: string | undefined;
  /** The link to a case, `{caseId}` replaced by the case's id: `case.html?id={caseId}`. */
  declare caseLink: string | undefined;
  /** Shows the register's earlier deployments below the cases. */
  declare showRegister: boolean;
  /** The bearer token for `store`. A property only: it is never read from an attribute or a URL. */
  declare token: string | undefined;
  /** Any `CaseStore`; takes precedence over `store`. */
  declare caseStore: CaseStore | undefined;
  /** Provinces for municipalities the register does not name, from the host page. */
  declare municipalityProvinces: Readonly<Record<string, ProvinceId>> | undefined;
  /** The instant to judge deadlines at; the clock when unset (tests and print views set it). */
  declare now: Date | undefined;

  #documents: readonly CaseDocument[] = [];
  #rows: CaseRow[] = [];
  #broken: BrokenRow[] = [];
  #filters: CaseFilters = {};
  #cache = new CaseCache();
  #tick: ReturnType<typeof setInterval> | undefined;
  readonly #list = new CaseListController(this, {
    wiring: () => this,
    // No server: the cases <opvang-case> keeps in this browser (IndexedDB) without one.
    fallback: () => new LocalCaseStore({ recordedBy: '' }),
    // [] for a new store, so that the cache forgets: another store may hold other cases under the same ids and versions.
    read: (documents) => {
      this.#documents = documents;
      this.#judge();
    },
    report: (problem) => this.reportOnce(problem),
  });

  constructor() {
    super(2);
    this.showRegister = false;
  }

  /** The rows shown now, after the filters, most urgent first. */
  get visibleRows(): readonly CaseRow[] {
    return filterRows(this.#rows, this.#filters);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#tick = setInterval(() => {
      this.#judge();
    }, TICK_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#tick);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#list.sync(changed);
    if (changed.has('now') || changed.has('municipalityProvinces')) this.#judge();
  }

  /** Rows from the documents at the current instant. */
  #judge(): void {
    const { rows, broken } = toRows(
      this.#documents,
      this.now ?? new Date(),
      this.municipalityProvinces,
      this.#cache,
    );
    this.#cache.keep(this.#documents);
    this.#rows = rows;
    this.#broken = broken;
    this.requestUpdate();
  }

  #filterChanged = (event: Event): void => {
    const form = event.currentTarget as HTMLFormElement;
    const value = (name: string): string =>
      (form.elements.namedItem(name) as HTMLSelectElement | null)?.value ?? '';
    this.#filters = {
      province: value('province') as NonNullable<CaseFilters['province']>,
      state: value('state') as NonNullable<CaseFilters['state']>,
      targetGroup: value('targetGroup') as NonNullable<CaseFilters['targetGroup']>,
      supportNotNeeded: value('supportNotNeeded') as NonNullable<CaseFilters['supportNotNeeded']>,
    };
    this.requestUpdate();
  };

  #failureView(failure: StoreFailure): TemplateResult {
    const m = messages[this.locale];
    if (this.#list.asksSignIn)
      return html`<p part="error" role="alert">${m.unauthenticated}</p>
        ${this.#list.signInForm(m)}`;
    return this.contentError(m[failure.kind]);
  }

  protected override render(): TemplateResult {
    const locale = this.locale;
    const m = messages[locale];
    const phase = this.#list.phase;
    const heading = html`<div part="heading" id="heading" role="heading" aria-level=${this.heading}>${m.heading}</div>`;
    if (phase.kind === 'bad-store') return this.contentError(m.badStore);
    let body: TemplateResult;
    if (phase.kind === 'loading') body = html`<p part="status" role="status">${m.loading}</p>`;
    else if (phase.kind === 'failed') body = this.#failureView(phase.failure);
    else {
      const visible = filterRows(this.#rows, this.#filters);
      const present = [
        ...new Set(this.#rows.flatMap((row) => (row.province ? [row.province] : []))),
      ];
      body = html`${filtersView(this.#filters, locale, present, this.#filterChanged)}
        <p part="status" role="status">
          ${this.#rows.length === 0 ? m.empty : visible.length === 0 ? m.noMatch : shownText(visible.length, this.#rows.length, locale)}
        </p>
        ${visible.length > 0 ? tableView(visible, locale, this.caseLink) : nothing}
        ${this.#broken.map((row) => html`<p part="broken">${m.broken({ caseId: row.caseId })}</p>`)}`;
    }
    return html`<section part="base" aria-labelledby="heading" lang=${locale}>
      ${heading} ${body}
      ${this.showRegister ? registerView(locale, this.#filters.province ?? '', Math.min(6, this.heading + 1)) : nothing}
    </section>`;
  }
}
