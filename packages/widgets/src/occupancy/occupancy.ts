import type { BufferPolicy, Network } from '@opvang/core/buffer';
import type { ProvinceId } from '@opvang/core/provinces';
import { describeIssueIn, type ValidationError } from '@opvang/core/shared';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ChartFocus } from '../charts/chart-focus.js';
import { chartStyles } from '../charts/charts.styles.js';
import { cardStyles } from '../shared/card.styles.js';
import { OpvangElement } from '../shared/opvang-element.js';
import { themeStyles } from '../shared/theme.styles.js';
import { Dashboard } from './dashboard.js';
import { IdleWork } from './idle-work.js';
import {
  attributeError,
  defaultSettings,
  fetchNetwork,
  forecastOf,
  policyOf,
  readNetworkText,
  readNetworkValue,
  type PolicySettings,
} from './input.js';
import { inputView, settingsOfForm, statusView, type Phase } from './input-view.js';
import { messages } from './messages.js';
import { nowView } from './now-view.js';
import { occupancyStyles } from './occupancy.styles.js';
import { exports, texts } from './occupancy-texts.js';
import { OutlookEstimate } from './outlook-estimate.js';
import { outlookView } from './outlook-view.js';
import { planView } from './plan-view.js';
import { projectionView } from './projection-view.js';

/** Attributes and properties that change what the dashboard computes. */
const COMPUTED = [
  'bandMin',
  'bandMax',
  'target',
  'specificMin',
  'inflow',
  'inflowSd',
  'outflow',
  'outflowSd',
  'weeks',
  'paths',
  'seed',
  'province',
  'municipality',
] as const;

/**
 * The occupancy dashboard for Fedasil's planners, and a read-only view for a municipality.
 * It shows the network's occupancy now against the band, the plan that brings it back to the
 * target with the reasons for every line (it recommends; a person decides), and a projection
 * over 52 weeks with a risk-tolerance slider that recomputes the buffer needed. Every chart has
 * a summary in words, a table and keyboard-reachable points; plan and projection export as CSV.
 *
 * The network comes from the `network` property, from `src` (JSON or CSV), or from a file the
 * planner picks; it is checked, and what is wrong is named by centre or row and field. The
 * policy comes from attributes in percent (`band-min`, `band-max`, `target`, `specific-min`,
 * `risk-tolerance`) or the form. With `province` or `municipality` it shows only that area's
 * occupancy and how likely its centres are to be activated or deactivated, read only.
 *
 * @tagname opvang-occupancy
 * @summary The occupancy dashboard: now, the plan, the projection with its risk tolerance.
 *
 * @slot - Fallback content, shown before the script runs and under an error message.
 *
 * @csspart base - The box around the dashboard.
 * @csspart heading - The heading.
 * @csspart input - The network and policy section.
 * @csspart input-error - What is wrong with a network, one issue per item.
 * @csspart now - Occupancy now, against the band.
 * @csspart plan - The plan with its lines, shortfalls and effect.
 * @csspart projection - The projection with the slider and the charts.
 * @csspart chart - Each chart's figure; `chart-summary` and `chart-table` inside it.
 * @csspart outlook - The municipality view's centres and their chances.
 * @csspart error - The message shown instead when the attributes cannot be used.
 *
 * @cssproperty --opvang-chart-band - Fill of the band behind the fan. Default `#e6f0e6`.
 * @cssproperty --opvang-chart-fan - Fill of the fan (P10 to P90). Default `#0b5394`.
 * @cssproperty --opvang-chart-line - The median line. Default `#0b5394`.
 * @cssproperty --opvang-chart-series-1 - First series of bars. Default `#0b5394`.
 * @cssproperty --opvang-chart-series-2 - Second series of bars. Default `#b35c00`.
 *
 * @example
 * ```html
 * <opvang-occupancy src="data/occupancy-network.json" risk-tolerance="5"></opvang-occupancy>
 * <opvang-occupancy src="data/occupancy-network.json" province="limburg"></opvang-occupancy>
 * ```
 */
export class OpvangOccupancy extends OpvangElement {
  /** The shared theme, the charts and this widget's layout; adopted stylesheets, so no inline `<style>` under a strict CSP. */
  static override styles = [themeStyles, cardStyles, chartStyles, occupancyStyles];

  /** Reactive properties and the attributes they reflect from. */
  static override properties = {
    src: { type: String },
    network: { attribute: false },
    bandMin: { type: Number, attribute: 'band-min' },
    bandMax: { type: Number, attribute: 'band-max' },
    target: { type: Number },
    specificMin: { type: Number, attribute: 'specific-min' },
    riskTolerance: { type: Number, attribute: 'risk-tolerance' },
    inflow: { type: Number },
    inflowSd: { type: Number, attribute: 'inflow-sd' },
    outflow: { type: Number },
    outflowSd: { type: Number, attribute: 'outflow-sd' },
    weeks: { type: Number },
    paths: { type: Number },
    seed: { type: Number },
    province: { type: String },
    municipality: { type: String },
  };

  /** A URL of the network, JSON or CSV, fetched relative to the page. */
  declare src: string | undefined;
  /** The network as a value (a list of centres); checked like a file. Takes precedence over `src`. */
  declare network: unknown;
  /** The band's lower edge in percent. Default 85. */
  declare bandMin: number | undefined;
  /** The band's upper edge in percent. Default 94. */
  declare bandMax: number | undefined;
  /** The target occupancy in percent. Default 90. */
  declare target: number | undefined;
  /** The lower edge for specific places in percent. Default 75. */
  declare specificMin: number | undefined;
  /** The slider's first position: the highest weekly probability above the band, in percent (1–50). Default 5. */
  declare riskTolerance: number | undefined;
  /** People arriving per week, on average; default from the network (see docs/occupancy.md). */
  declare inflow: number | undefined;
  declare inflowSd: number | undefined;
  /** People leaving per week, on average. */
  declare outflow: number | undefined;
  declare outflowSd: number | undefined;
  /** Weeks to project. Default 52. */
  declare weeks: number | undefined;
  /** Simulated paths. Default 1000. */
  declare paths: number | undefined;
  /** The seed of the simulation: the same seed, the same figures. Default 1. */
  declare seed: number | undefined;
  /** A province id (`limburg`): the read-only view for the municipalities of that province. */
  declare province: string | undefined;
  /** A municipality's name as in the network: the read-only view for it. */
  declare municipality: string | undefined;

  readonly #focus = new ChartFocus(this);
  readonly #idle = new IdleWork((remaining) => this.#step(remaining));
  #phase: Phase = { kind: 'empty' };
  #abort: AbortController | undefined;
  #dashboard: Dashboard | undefined;
  #outlook: OutlookEstimate | undefined;
  #formSettings: PolicySettings | undefined;
  #formError: ValidationError | undefined;
  #tolerance = 5;
  #allLines = false;
  /** Plan lines whose reasons are open, and a count of changes to them (for `guard`). */
  readonly #openLines = new Set<string>();
  #linesChanged = 0;

  constructor() {
    super(2);
  }

  /** The dashboard's figures, once a network is loaded (for tests and the page's own script). */
  get dashboard(): Dashboard | undefined {
    return this.#dashboard;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
    this.#idle.stop();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#dashboard !== undefined) this.#idle.start();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('riskTolerance') && this.riskTolerance !== undefined)
      this.#tolerance = Math.min(50, Math.max(1, Math.round(this.riskTolerance)));
    if (!this.hasUpdated || changed.has('network') || changed.has('src')) this.#load();
    if (COMPUTED.some((key) => changed.has(key))) this.#formSettings = undefined;
    if (
      this.#phase.kind === 'ready' &&
      (this.#dashboard === undefined || COMPUTED.some((key) => changed.has(key)))
    )
      this.#compute(this.#phase.network);
  }

  get #settings(): PolicySettings {
    return (
      this.#formSettings ?? {
        bandMin: this.bandMin ?? defaultSettings.bandMin,
        bandMax: this.bandMax ?? defaultSettings.bandMax,
        target: this.target ?? defaultSettings.target,
        specificMin: this.specificMin ?? defaultSettings.specificMin,
      }
    );
  }

  #load(): void {
    this.#abort?.abort();
    this.#dashboard = undefined;
    if (this.network !== undefined) {
      this.#loaded(readNetworkValue(this.network));
      return;
    }
    if (!this.src) {
      this.#phase = { kind: 'empty' };
      return;
    }
    const abort = new AbortController();
    this.#abort = abort;
    this.#phase = { kind: 'loading' };
    void fetchNetwork(this.src, abort.signal).then((result) => {
      if (abort.signal.aborted) return;
      this.#loaded(result);
      this.requestUpdate();
    });
  }

  #loaded(result: ReturnType<typeof readNetworkValue>): void {
    if (result.ok) {
      this.#phase = { kind: 'ready', network: result.value };
      this.#compute(result.value);
    } else {
      this.#phase = { kind: 'failed', failure: result.error };
      this.#dashboard = undefined;
      this.reportOnce(
        result.error.kind === 'invalid' ? result.error.error.message : result.error.message,
      );
    }
  }

  #compute(network: Network): void {
    const policy = policyOf(this.#settings);
    if (!policy.ok) {
      if (this.#formSettings !== undefined) this.#formError = policy.error;
      else this.reportOnce(policy.error.message);
      return;
    }
    this.#formError = undefined;
    this.#dashboard = this.#newDashboard(network, policy.value);
    this.#dashboard.prefer(this.#tolerance);
    this.#outlook = this.#area
      ? new OutlookEstimate(
          network,
          policy.value,
          this.#dashboard.settings.forecast,
          this.#area,
          this.#dashboard.settings.forecast.kind === 'normal'
            ? this.#dashboard.settings.forecast.weeks.length
            : 52,
        )
      : undefined;
    this.#idle.start();
  }

  #newDashboard(network: Network, policy: BufferPolicy): Dashboard {
    return new Dashboard(network, policy, {
      forecast: forecastOf(network, {
        inflow: this.inflow,
        inflowSd: this.inflowSd,
        outflow: this.outflow,
        outflowSd: this.outflowSd,
        weeks: this.weeks ?? 52,
      }),
      paths: this.paths ?? 1000,
      seed: this.seed ?? 1,
    });
  }

  /** One idle step: more of the slider's answers; a redraw when the current one arrived. */
  /** The area of the municipality view, if it is one. */
  get #area(): { province?: ProvinceId; municipality?: string } | undefined {
    if (this.province) return { province: this.province as ProvinceId }; // checked in #badAttributes
    const municipality = this.municipality?.trim();
    if (municipality) return { municipality };
    return undefined;
  }

  #step(remaining: () => number): boolean {
    const outlook = this.#outlook;
    if (outlook !== undefined) {
      // One batch of the municipality view's estimate per idle period; it needs no slider.
      const done = outlook.step();
      if (outlook.problem !== undefined) this.reportOnce(outlook.problem);
      this.requestUpdate();
      return done;
    }
    const dashboard = this.#dashboard;
    if (dashboard === undefined) return true;
    const before = dashboard.requirement(this.#tolerance);
    const done = dashboard.work(remaining);
    if (before === undefined && dashboard.requirement(this.#tolerance) !== undefined)
      this.requestUpdate();
    return done;
  }

  #pick = async (event: Event): Promise<void> => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (file === undefined) return;
    this.#abort?.abort();
    this.#loaded(readNetworkText(await file.text()));
    this.requestUpdate();
  };

  #policy = (event: SubmitEvent): void => {
    event.preventDefault();
    this.#formSettings = settingsOfForm(event.currentTarget as HTMLFormElement, this.#settings);
    if (this.#phase.kind === 'ready') this.#compute(this.#phase.network);
    this.requestUpdate();
  };

  #toggleLine = (event: Event): void => {
    const details = event.target as HTMLDetailsElement;
    const line = details.closest('[data-line]')?.getAttribute('data-line');
    if (line === null || line === undefined || details.open === this.#openLines.has(line)) return;
    if (details.open) this.#openLines.add(line);
    else this.#openLines.delete(line);
    this.#linesChanged += 1;
    this.requestUpdate();
  };

  #showAll = (): void => {
    this.#allLines = true;
    this.requestUpdate();
  };

  /** A slider step: the answer is looked up; one not known yet is computed next, in idle time. */
  #slide = (event: Event): void => {
    this.#tolerance = Number((event.currentTarget as HTMLInputElement).value);
    this.#dashboard?.prefer(this.#tolerance);
    this.#idle.start();
    this.requestUpdate();
  };

  #status(): TemplateResult {
    return statusView(this.#phase, this.#formError, this.locale);
  }

  /** The policy given by attributes, if it is bad: the widget cannot show anything then. */
  #badAttributes(): ValidationError | undefined {
    const error = attributeError(
      this.province,
      this.#formSettings === undefined ? this.#settings : undefined,
    );
    if (error !== undefined) this.reportOnce(error.message);
    return error;
  }

  protected override render(): TemplateResult {
    const locale = this.locale;
    const m = messages[locale];
    const bad = this.#badAttributes();
    if (bad !== undefined)
      return this.contentError(
        m.badAttributes({
          issues: bad.issues.map((issue) => describeIssueIn(issue, locale)).join('; '),
        }),
      );
    const level = Math.min(6, this.heading + 1);
    const dashboard = this.#dashboard;
    const area = this.#area;
    const outlook = this.#outlook;
    const heading = html`<div part="heading" id="heading" role="heading" aria-level=${this.heading}>${m.heading}</div>`;
    if (area !== undefined) {
      return html`<section part="base" aria-labelledby="heading" lang=${locale}>
        ${heading} ${dashboard === undefined ? this.#status() : nothing}
        ${
          dashboard === undefined || outlook === undefined
            ? nothing
            : outlookView(
                dashboard,
                outlook,
                { province: area.province, municipality: area.municipality },
                { locale, level },
              )
        }
      </section>`;
    }
    const t = dashboard === undefined ? undefined : texts(dashboard, this.#tolerance, locale);
    const files = exports(dashboard, locale);
    return html`<section part="base" aria-labelledby="heading" lang=${locale}>
      ${heading}
      ${inputView(this.#settings, { locale, level, status: this.#status() }, { pick: (event) => void this.#pick(event), template: files.template, policy: this.#policy })}
      ${
        dashboard === undefined || t === undefined
          ? nothing
          : html`${guard([dashboard, locale, level], () => nowView(dashboard.assessment, dashboard.network, dashboard.policy, locale, level))}
          ${guard([dashboard, locale, level, this.#allLines, this.#linesChanged], () => planView(dashboard.plan, dashboard.network, t.planSummary(), { locale, level, all: this.#allLines, open: this.#openLines }, { showAll: this.#showAll, exportCsv: files.plan, toggle: this.#toggleLine }))}
          ${projectionView(t.projection, dashboard.policy, { locale, level, focus: this.#focus }, { slide: this.#slide, exportCsv: () => files.projection(t.projection.projection) })}`
      }
    </section>`;
  }
}
