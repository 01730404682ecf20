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
import { CaseListController, type CaseListWiring } from '../case-store/list-controller.js';
import type { CaseDocument, CaseStore } from '../case-store/types.js';
import { cardStyles } from '../shared/card.styles.js';
import { OpvangElement } from '../shared/opvang-element.js';
import { themeStyles } from '../shared/theme.styles.js';
import { messages } from './messages.js';
import { reportStyles } from './report.styles.js';
import { casesView, perYearView, summaryTablesView } from './view.js';

/** The values of `red-cross`. */
const RED_CROSS: readonly string[] = ['federal', 'other'];

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
 * with the `token` property as its bearer token (without one, no request: a sign-in field, as
 * after a `401`). Without any of them it shows the register's part and says the rest needs
 * case logs.
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

  #loaded: readonly ReportCase[] = [];
  #broken: readonly string[] = [];
  readonly #list = new CaseListController(this, {
    // With the cases property, no store: the cases are the page's.
    wiring: (): CaseListWiring | undefined => (this.cases === undefined ? this : undefined),
    read: (documents) => this.#read(documents),
    report: (problem) => this.reportOnce(problem),
  });
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

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#revokeDownloads();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#list.sync(changed, changed.has('cases'));
    if (changed.has('redCross') || changed.has('cases')) this.#report = undefined;
    if (changed.has('redCross') && this.redCross != null && !RED_CROSS.includes(this.redCross))
      this.reportOnce(
        `red-cross must be "federal" or "other", got "${this.redCross}"; using "federal".`,
      );
    this.#prepareDownloads();
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
    this.#report = undefined;
  }

  /** Blob URLs for the downloads, made again only when the report or the language changed. */
  #prepareDownloads(): void {
    if (this.#list.phase.kind === 'bad-store') return;
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

  #statusView(): TemplateResult | typeof nothing {
    const m = messages[this.locale];
    const phase = this.#list.phase;
    if (phase.kind === 'none') return html`<p part="status">${m.registerOnly}</p>`;
    if (phase.kind === 'loading') return html`<p part="status" role="status">${m.loading}</p>`;
    if (phase.kind !== 'failed') return nothing;
    if (this.#list.asksSignIn)
      return html`<p part="status" role="alert">${m.unauthenticated}</p>
        ${this.#list.signInForm(m)}`;
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
    if (this.#list.phase.kind === 'bad-store') return this.contentError(m.badStore);
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
