import { infoMarketExplanation, parseInfoMarket, type InfoMarket } from '@opvang/core/info-market';
import { formatDateTime, formatDateTimeRange } from '@opvang/core/i18n';
import { describeValidationError, type ValidationError } from '@opvang/core/shared';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { LangController } from '../shared/lang-controller.js';
import { themeStyles } from '../shared/theme.styles.js';
import { infoMarketStyles } from './info-market.styles.js';
import { messages } from './messages.js';

const HEADING_LEVELS = [1, 2, 3, 4, 5, 6] as const;
type HeadingLevel = (typeof HEADING_LEVELS)[number];

/**
 * Shows when and where the information market (*infomarkt*, step H of the step plan) takes
 * place, and what residents can expect there: a market with stands, not a panel discussion
 * or an information meeting.
 *
 * The language follows the `lang` of the element or its nearest ancestor (nl, fr, de, en;
 * Dutch otherwise) and changes when that `lang` changes. Times are Brussels time.
 * Before the script loads, the element's own content is shown: put a plain-text version
 * there as a fallback.
 *
 * @summary When and where the information market is, and what it is.
 *
 * @csspart base - The box around the whole market.
 * @csspart heading - The heading with the market's name.
 * @csspart details - The list of when and where.
 * @csspart explanation - The paragraphs on what the market is and is not.
 * @csspart error - The message shown instead when the attributes are invalid.
 *
 * @cssproperty --opvang-color-text - Text colour. Default `#1b1b1b`.
 * @cssproperty --opvang-color-background - Background colour. Default `#ffffff`.
 * @cssproperty --opvang-color-border - Border colour. Default `#6b6b6b`.
 * @cssproperty --opvang-color-error - Accent of the error message. Default `#b3261e`.
 * @cssproperty --opvang-color-error-background - Background of the error message. Default `#fdecea`.
 * @cssproperty --opvang-font-family - Font. Default: the page's font.
 * @cssproperty --opvang-font-size - Base font size. Default `1rem`.
 * @cssproperty --opvang-radius - Corner radius. Default `0.25rem`.
 * @cssproperty --opvang-space - Inner spacing. Default `0.75rem`.
 *
 * @example
 * ```html
 * <script type="module" src="https://cdn.example/@opvang/widgets/cdn/opvang-info-market.js"></script>
 * <opvang-info-market start="2025-03-14T19:00" end="2025-03-14T21:00"
 *   place="Zaal De Kring" address="Kerkstraat 1, 2000 Antwerpen">
 *   Infomarkt op vrijdag 14 maart 2025 van 19 tot 21 uur in Zaal De Kring.
 * </opvang-info-market>
 * ```
 */
export class OpvangInfoMarket extends LitElement {
  /** The shared theme and this widget's layout; adopted stylesheets, so no inline `<style>` under a strict CSP. */
  static override styles = [themeStyles, infoMarketStyles];

  /** Reactive properties and the attributes they reflect from. */
  static override properties = {
    start: { type: String },
    end: { type: String },
    place: { type: String },
    address: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** When the market opens: ISO 8601, Brussels time unless an offset is given (`2025-03-14T19:00`). */
  declare start: string | undefined;
  /** When it closes, after `start`; optional. */
  declare end: string | undefined;
  /** The venue's name. */
  declare place: string | undefined;
  /** The venue's street address; optional. */
  declare address: string | undefined;
  /** The level of the widget's heading, 1 to 6, to fit the page's outline. Default 2. */
  declare headingLevel: number;

  readonly #lang = new LangController(this);
  #market: InfoMarket | undefined;
  #problem: ValidationError | undefined;
  #reported = '';

  constructor() {
    super();
    this.headingLevel = 2;
  }

  /** The validated market being shown, or `undefined` while the attributes are invalid. */
  get market(): InfoMarket | undefined {
    return this.#market;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('start') || changed.has('end') || changed.has('place') || changed.has('address')) {
      const result = parseInfoMarket({ start: this.start, end: this.end, place: this.place, address: this.address });
      this.#market = result.ok ? result.value : undefined;
      this.#problem = result.ok ? undefined : result.error;
      if (this.#problem && this.#problem.message !== this.#reported) {
        this.#reported = this.#problem.message;
        console.error(`<opvang-info-market>: ${describeValidationError(this.#problem)}`);
      }
    }
  }

  #heading(): HeadingLevel {
    const level = HEADING_LEVELS.find((candidate) => candidate === this.headingLevel);
    if (level === undefined) {
      console.warn(`<opvang-info-market>: heading-level must be 1 to 6, got ${String(this.headingLevel)}; using 2.`);
      return 2;
    }
    return level;
  }

  protected override render(): TemplateResult {
    const locale = this.#lang.locale;
    const text = messages[locale];
    const market = this.#market;
    if (!market) return html`<p part="error" role="status">${text.invalid}</p>`;
    const explanation = infoMarketExplanation[locale];
    const start = new Date(market.start);
    const when = market.end
      ? formatDateTimeRange(start, new Date(market.end), locale)
      : formatDateTime(start, locale, 'long-date-time');
    return html`
      <section part="base" aria-labelledby="heading">
        <div part="heading" id="heading" role="heading" aria-level=${this.#heading()}>${explanation.name}</div>
        <dl part="details">
          <dt>${text.when}</dt>
          <dd><time datetime=${market.start}>${when}</time></dd>
          <dt>${text.where}</dt>
          <dd>${market.place}${market.address ? html`<br />${market.address}` : nothing}</dd>
        </dl>
        <div part="explanation">
          <p>${explanation.is}</p>
          <p>${explanation.isNot}</p>
        </div>
      </section>
    `;
  }
}
