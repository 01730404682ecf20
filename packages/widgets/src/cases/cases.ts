import type { ProvinceId } from '@opvang/core/provinces';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { HttpCaseStore } from '../case-store/http-store.js';
import { LocalCaseStore } from '../case-store/local-store.js';
import {
  StoreError,
  type CaseDocument,
  type CaseStore,
  type StoreFailure,
} from '../case-store/types.js';
import { cardStyles } from '../shared/card.styles.js';
import { OpvangElement } from '../shared/opvang-element.js';
import { themeStyles } from '../shared/theme.styles.js';
import { casesStyles } from './cases.styles.js';
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
/** After the store was unreachable, the list is asked for again this often. */
const RETRY_MS = 10_000;

type Phase =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready' }
  | { readonly kind: 'bad-store' }
  | { readonly kind: 'failed'; readonly failure: StoreFailure };

/**
 * The portfolio of cases (*dossiers*): every case the user may see, most urgent first (overdue
 * first, then by the next due date), each with its municipality, province, progress and next
 * step, and a link to the case. Filters: province, state, target group, support not needed.
 *
 * Where the cases come from: the `caseStore` property (any `CaseStore`), else the case server
 * at the `store` URL (`http://127.0.0.1:8788/api`) with the `token` property as its bearer
 * token, else this browser's own cases (IndexedDB, those `<opvang-case>` keeps without a server). The token lives in memory only: never in a URL or any storage; without one, the
 * server's `401` shows a sign-in field. The list follows changes made elsewhere (polling every
 * 3 s with `ETag`, paused in a hidden tab).
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
  static override styles = [themeStyles, cardStyles, casesStyles];

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

  #active: CaseStore | undefined;
  #ownStore: HttpCaseStore | undefined;
  #localStore: LocalCaseStore | undefined;
  #phase: Phase = { kind: 'loading' };
  #documents: readonly CaseDocument[] = [];
  #rows: CaseRow[] = [];
  #broken: BrokenRow[] = [];
  #filters: CaseFilters = {};
  #cache = new CaseCache();
  #abort: AbortController | undefined;
  #unsubscribe: (() => void) | undefined;
  #tick: ReturnType<typeof setInterval> | undefined;
  #retry: ReturnType<typeof setTimeout> | undefined;
  readonly #online = (): void => void this.#load();

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
    globalThis.addEventListener('online', this.#online);
    this.#tick = setInterval(() => {
      this.#judge();
    }, TICK_MS);
    if (this.hasUpdated) this.#connectStore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener('online', this.#online);
    clearInterval(this.#tick);
    this.#disconnectStore();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      !this.hasUpdated ||
      changed.has('store') ||
      changed.has('caseStore') ||
      changed.has('credentials')
    ) {
      this.#connectStore();
    } else if (changed.has('token') && this.#ownStore !== undefined) {
      this.#ownStore.setToken(this.token);
      void this.#load();
    }
    if (changed.has('now') || changed.has('municipalityProvinces')) this.#judge();
  }

  #connectStore(): void {
    this.#disconnectStore();
    // Another store may hold other cases under the same ids and versions.
    this.#cache = new CaseCache();
    this.#ownStore = undefined;
    if (this.caseStore !== undefined) this.#active = this.caseStore;
    else if (this.store) {
      try {
        this.#ownStore = new HttpCaseStore({
          baseUrl: this.store,
          token: this.token,
          credentials: this.credentials === 'include' ? 'include' : 'omit',
        });
        this.#active = this.#ownStore;
      } catch (error) {
        this.#active = undefined;
        this.#phase = { kind: 'bad-store' };
        this.reportOnce(error instanceof Error ? error.message : String(error));
        return;
      }
    } else {
      // No server: the cases <opvang-case> keeps in this browser (IndexedDB) without one.
      this.#localStore = new LocalCaseStore({ recordedBy: '' });
      this.#active = this.#localStore;
    }
    const store = this.#active;
    this.#unsubscribe = store.subscribe(undefined, () => void this.#load());
    void this.#load();
  }

  #disconnectStore(): void {
    void this.#localStore?.close();
    this.#localStore = undefined;
    this.#abort?.abort();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    clearTimeout(this.#retry);
  }

  async #load(): Promise<void> {
    const store = this.#active;
    if (store === undefined || !this.isConnected) return;
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    clearTimeout(this.#retry);
    try {
      const documents = await store.list(abort.signal);
      if (abort.signal.aborted) return;
      this.#documents = documents;
      this.#phase = { kind: 'ready' };
      this.#judge();
    } catch (error) {
      if (abort.signal.aborted) return;
      const failure: StoreFailure =
        error instanceof StoreError
          ? error.failure
          : {
              kind: 'unavailable',
              message: error instanceof Error ? error.message : String(error),
            };
      this.#phase = { kind: 'failed', failure };
      this.reportOnce(failure.message);
      if (failure.kind === 'unavailable')
        this.#retry = setTimeout(() => void this.#load(), RETRY_MS);
      this.requestUpdate();
    }
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

  #signIn = (event: SubmitEvent): void => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('token');
    if (input instanceof HTMLInputElement && input.value !== '') {
      this.token = input.value;
      // Nothing keeps it but this element's memory.
      input.value = '';
    }
  };

  #failureView(failure: StoreFailure): TemplateResult {
    const m = messages[this.locale];
    if (failure.kind === 'unauthenticated' && this.#ownStore !== undefined)
      return html`<p part="error" role="alert">${m.unauthenticated}</p>
        <form part="sign-in" @submit=${this.#signIn}>
          <label for="token">${m.token}</label>
          <input id="token" name="token" type="password" autocomplete="off" spellcheck="false" required />
          <button type="submit">${m.signIn}</button>
        </form>`;
    return this.contentError(m[failure.kind]);
  }

  protected override render(): TemplateResult {
    const locale = this.locale;
    const m = messages[locale];
    const phase = this.#phase;
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
