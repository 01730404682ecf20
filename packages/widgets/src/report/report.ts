import { deployments } from '@opvang/core/register';
import {
  parliamentaryQuestionReport,
  reportMessages,
  reportToCsv,
  reportToText,
  type ParliamentaryQuestionReport,
  type ReportCase,
} from '@opvang/core/reports';
import { loadCase } from '@opvang/core/step-plan';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { HttpCaseStore } from '../case-store/http-store.js';
import {
  StoreError,
  type CaseDocument,
  type CaseStore,
  type StoreFailure,
} from '../case-store/types.js';
import { cardStyles } from '../shared/card.styles.js';
import { OpvangElement } from '../shared/opvang-element.js';
import { themeStyles } from '../shared/theme.styles.js';
import { messages } from './messages.js';
import { reportStyles } from './report.styles.js';
import { casesView, perYearView, summaryTablesView } from './view.js';

/** After the store was unreachable, the cases are asked for again this often. */
const RETRY_MS = 10_000;
/** The values of `red-cross`. */
const RED_CROSS: readonly string[] = ['federal', 'other'];

type Phase =
  | { readonly kind: 'register-only' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready' }
  | { readonly kind: 'bad-store' }
  | { readonly kind: 'failed'; readonly failure: StoreFailure };

interface Downloads {
  readonly years: string;
  readonly cases: string | undefined;
  readonly text: string;
}

/**
 * Written question no. 22 of the Flemish Parliament, answered from the data: the deployments
 * per year 2019-2023 from the register (with ranges where a date allows two years; expected
 * and provisional entries apart), and from the case logs whether the liaison officers were
 * involved before or after the public announcement, which authority involved them (local,
 * federal) and the support offered and delivered per case. Each answer says for how many
 * deployments it is not recorded. Tables, a text summary, and downloads as CSV and plain text
 * (made in the browser: no request).
 *
 * Where the cases come from, as for `<opvang-cases>`: the `cases` property (case states, e.g.
 * from `loadCase`), else the `caseStore` property, else the case server at the `store` URL
 * with the `token` property as its bearer token. Without any of them it shows the register's
 * part and says the rest needs case logs.
 *
 * @tagname opvang-report
 * @summary The parliamentary question no. 22, answered from the register and the case logs.
 *
 * @slot - Fallback content, shown before the script runs and under an error message.
 *
 * @csspart base - The box around the report.
 * @csspart heading - The heading; each section's heading is a `subheading` part.
 * @csspart summary - The text summary (the whole report as plain text, folded).
 * @csspart per-year - The deployments per year, from the register.
 * @csspart timing - Involved before or after the announcement.
 * @csspart authority - Which authority involved the officers.
 * @csspart support - The support offered and delivered.
 * @csspart cases - One row per case; a case whose municipality needed no support has a `support-not-needed` part.
 * @csspart scroller - The box around a table, scrolling sideways on a narrow screen (focusable).
 * @csspart coverage - The "not recorded for 28 of 31 deployments" sentences.
 * @csspart downloads - The download links.
 * @csspart status - What is shown: the register only, loading, or a store problem.
 * @csspart sign-in - The token field shown after a 401.
 * @csspart error - The message shown instead when the store address is not valid.
 *
 * @cssproperty --opvang-color-accent - Colour of links and the focus outline. Default `#0b5394`.
 *
 * @example
 * ```html
 * <opvang-report store="http://127.0.0.1:8788/api"></opvang-report>
 * <script type="module">
 *   document.querySelector('opvang-report').token = sessionToken; // never from the URL
 * </script>
 * ```
 */
export class OpvangReport extends OpvangElement {
  /** The shared theme and this widget's layout; adopted stylesheets, so no inline `<style>` under a strict CSP. */
  static override styles = [themeStyles, cardStyles, reportStyles];

  /** Reactive properties and the attributes they reflect from. */
  static override properties = {
    store: { type: String },
    credentials: { type: String },
    redCross: { type: String, attribute: 'red-cross' },
    token: { attribute: false },
    caseStore: { attribute: false },
    cases: { attribute: false },
  };

  /** The case server's API URL. */
  declare store: string | undefined;
  /** `include` behind a single sign-on proxy; otherwise requests carry no cookies. */
  declare credentials: string | undefined;
  /** `other` counts the Red Cross apart from the federal level; default `federal` (see the docs). */
  declare redCross: string | undefined;
  /** The bearer token for `store`. A property only: it is never read from an attribute or a URL. */
  declare token: string | undefined;
  /** Any `CaseStore`; takes precedence over `store`. */
  declare caseStore: CaseStore | undefined;
  /** Case states to report on; take precedence over any store. */
  declare cases: readonly ReportCase[] | undefined;

  #active: CaseStore | undefined;
  #ownStore: HttpCaseStore | undefined;
  #phase: Phase = { kind: 'register-only' };
  #loaded: readonly ReportCase[] = [];
  #broken: readonly string[] = [];
  #abort: AbortController | undefined;
  #unsubscribe: (() => void) | undefined;
  #retry: ReturnType<typeof setTimeout> | undefined;
  #report: ParliamentaryQuestionReport | undefined;
  #downloads: Downloads | undefined;
  #downloadsKey = '';

  constructor() {
    super(2);
  }

  /** The report shown now. */
  get report(): ParliamentaryQuestionReport {
    this.#report ??= parliamentaryQuestionReport(
      { deployments, cases: this.cases ?? this.#loaded },
      { redCross: this.redCross === 'other' ? 'other' : 'federal' },
    );
    return this.#report;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.#connectStore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#disconnectStore();
    this.#revokeDownloads();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      !this.hasUpdated ||
      changed.has('store') ||
      changed.has('caseStore') ||
      changed.has('credentials') ||
      changed.has('cases')
    ) {
      this.#connectStore();
    } else if (changed.has('token') && this.#ownStore !== undefined) {
      this.#ownStore.setToken(this.token);
      void this.#load();
    }
    if (changed.has('redCross') || changed.has('cases')) this.#report = undefined;
    if (changed.has('redCross') && this.redCross != null && !RED_CROSS.includes(this.redCross))
      this.reportOnce(
        `red-cross must be "federal" or "other", got "${this.redCross}"; using "federal".`,
      );
    this.#prepareDownloads();
  }

  #connectStore(): void {
    this.#disconnectStore();
    this.#ownStore = undefined;
    this.#active = undefined;
    this.#report = undefined;
    this.#loaded = [];
    this.#broken = [];
    if (this.cases !== undefined) {
      this.#phase = { kind: 'ready' };
      return;
    }
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
        this.#phase = { kind: 'bad-store' };
        this.reportOnce(error instanceof Error ? error.message : String(error));
        return;
      }
    } else {
      this.#phase = { kind: 'register-only' };
      return;
    }
    this.#phase = { kind: 'loading' };
    this.#unsubscribe = this.#active.subscribe(undefined, () => void this.#load());
    void this.#load();
  }

  #disconnectStore(): void {
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
      this.#read(documents);
      this.#phase = { kind: 'ready' };
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
    }
    this.#report = undefined;
    this.requestUpdate();
  }

  /** Each document's log through `loadCase` (version 1 logs migrate); one that fails is named, not counted. */
  #read(documents: readonly CaseDocument[]): void {
    const loaded: ReportCase[] = [];
    const broken: string[] = [];
    for (const document of documents) {
      const state = loadCase(document.log);
      if (state.ok) loaded.push(state.value);
      else broken.push(document.caseId);
    }
    this.#loaded = loaded;
    this.#broken = broken;
  }

  /** Blob URLs for the downloads, made again only when the report or the language changed. */
  #prepareDownloads(): void {
    if (this.#phase.kind === 'bad-store') return;
    const report = this.report;
    const locale = this.locale;
    const hasCases = report.register.cases > 0;
    const key = `${locale}|${String(hasCases)}`;
    if (this.#downloads !== undefined && this.#downloadsKey === key && this.#reportShown === report)
      return;
    this.#revokeDownloads();
    const blob = (text: string, type: string) => URL.createObjectURL(new Blob([text], { type }));
    this.#downloads = {
      years: blob(reportToCsv(report, locale, 'years'), 'text/csv;charset=utf-8'),
      cases: hasCases
        ? blob(reportToCsv(report, locale, 'cases'), 'text/csv;charset=utf-8')
        : undefined,
      text: blob(reportToText(report, locale), 'text/plain;charset=utf-8'),
    };
    this.#downloadsKey = key;
    this.#reportShown = report;
  }

  #reportShown: ParliamentaryQuestionReport | undefined;

  #revokeDownloads(): void {
    if (this.#downloads === undefined) return;
    for (const url of [this.#downloads.years, this.#downloads.cases, this.#downloads.text])
      if (url !== undefined) URL.revokeObjectURL(url);
    this.#downloads = undefined;
  }

  #signIn = (event: SubmitEvent): void => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('token');
    if (input instanceof HTMLInputElement && input.value !== '') {
      this.token = input.value;
      input.value = '';
    }
  };

  #statusView(): TemplateResult | typeof nothing {
    const m = messages[this.locale];
    const phase = this.#phase;
    if (phase.kind === 'register-only') return html`<p part="status">${m.registerOnly}</p>`;
    if (phase.kind === 'loading') return html`<p part="status" role="status">${m.loading}</p>`;
    if (phase.kind !== 'failed') return nothing;
    if (phase.failure.kind === 'unauthenticated' && this.#ownStore !== undefined)
      return html`<p part="status" role="alert">${m.unauthenticated}</p>
        <form part="sign-in" @submit=${this.#signIn}>
          <label for="token">${m.token}</label>
          <input id="token" name="token" type="password" autocomplete="off" spellcheck="false" required />
          <button type="submit">${m.signIn}</button>
        </form>`;
    return html`<p part="status" role="alert">${m[phase.failure.kind]}</p>`;
  }

  #downloadsView(): TemplateResult | typeof nothing {
    const links = this.#downloads;
    if (links === undefined) return nothing;
    const m = messages[this.locale];
    return html`<nav part="downloads" aria-label=${m.downloads}>
      <ul>
        <li><a href=${links.years} download="vraag-22-inzetten-per-jaar.csv">${m.downloadYears}</a></li>
        ${links.cases === undefined ? nothing : html`<li><a href=${links.cases} download="vraag-22-per-dossier.csv">${m.downloadCases}</a></li>`}
        <li><a href=${links.text} download="vraag-22.txt">${m.downloadText}</a></li>
      </ul>
    </nav>`;
  }

  protected override render(): TemplateResult {
    const locale = this.locale;
    const m = messages[locale];
    if (this.#phase.kind === 'bad-store') return this.contentError(m.badStore);
    const report = this.report;
    const level = this.heading + 1;
    const hasCases = report.register.cases > 0;
    const text = reportToText(report, locale);
    const rm = reportMessages[locale];
    return html`<section part="base" aria-labelledby="heading" lang=${locale}>
      <div part="heading" id="heading" role="heading" aria-level=${this.heading}>${m.heading}</div>
      <p>${rm.sources({ deployments: report.register.deployments, cases: report.register.cases, matched: report.register.casesMatched })}</p>
      ${this.#statusView()}
      ${this.#broken.map((caseId) => html`<p part="broken">${m.broken({ caseId })}</p>`)}
      ${this.#downloadsView()}
      ${perYearView(report, locale, level)}
      ${hasCases ? html`${summaryTablesView(report, locale, level, m.counts)} ${casesView(report, locale, level)}` : nothing}
      <details part="summary">
        <summary>${m.summary}</summary>
        <pre>${text}</pre>
      </details>
    </section>`;
  }
}
