import {
  infoMarketExplanation,
  infoMarketOverAt,
  parseInfoMarket,
  type InfoMarket,
} from '@opvang/core/info-market';
import type { Locale } from '@opvang/core/i18n';
import { formatDateTime, formatDateTimeRange } from '@opvang/core/i18n';
import { describeValidationError, parseIsoDateTime } from '@opvang/core/shared';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { OpvangElement } from '../shared/opvang-element.js';
import { TextsLangController } from '../shared/texts-lang-controller.js';
import { cardStyles } from '../shared/card.styles.js';
import { themeStyles } from '../shared/theme.styles.js';
import { infoMarketStyles } from './info-market.styles.js';
import { calendarChunk, type CalendarWriter } from './calendar-loader.js';
import { infoMarketTexts, messages } from './texts.js';

/** Timers further ahead than this (about 24.8 days) fire at once in browsers: do not set them. */
const MAX_TIMEOUT = 2 ** 31 - 1;

/**
 * Shows when and where the information market (*infomarkt*, step H of the step plan) takes
 * place, and what residents can expect there: a market with stands, not a panel discussion
 * or an information meeting.
 *
 * The language follows the `lang` of the element or its nearest ancestor (nl, fr, de, en;
 * Dutch otherwise) and changes when that `lang` changes. Times are Brussels time.
 * Before the script loads, and under the error message when the attributes are invalid, the
 * element's own content is shown: put a plain-text version there as a fallback.
 *
 * Once the market is over (after its end; without an end, after its day), the widget says that
 * it took place and offers no calendar file; an open page changes when that moment comes.
 *
 * The "add to calendar" link downloads an iCalendar file made by the core's `toICalendar`,
 * in the widget's language. The file is made in the browser and offered as a `blob:` URL, so
 * nothing needs to run on the server. The code that writes it is loaded when a visitor moves
 * to, points at or activates the link (on the CDN, a chunk of its own); if it cannot be loaded,
 * an alert says so and activating the link again tries again.
 *
 * @tagname opvang-info-market
 * @summary When and where the information market is, and what it is.
 *
 * @slot - Fallback content, shown before the script runs and under the error message.
 *
 * @csspart base - The box around the whole market.
 * @csspart heading - The heading with the market's name.
 * @csspart details - The list of when and where.
 * @csspart explanation - The paragraphs on what the market is and is not.
 * @csspart calendar - The "add to calendar" link that downloads an `.ics` file.
 * @csspart calendar-error - The alert shown when the calendar file could not be made (offline).
 * @csspart took-place - The sentence that says a past market took place (instead of the calendar link).
 * @csspart error - The message shown instead when the attributes are invalid.
 *
 * @cssproperty --opvang-color-text - Text colour. Default `#1b1b1b`.
 * @cssproperty --opvang-color-background - Background colour. Default `#ffffff`.
 * @cssproperty --opvang-color-border - Border colour. Default `#6b6b6b`.
 * @cssproperty --opvang-color-accent - Colour of links and the focus outline. Default `#0b5394`.
 * @cssproperty --opvang-color-focus - Colour of the focus outline. Default: the accent colour.
 * @cssproperty --opvang-color-error - Accent of the error message. Default `#b3261e`.
 * @cssproperty --opvang-color-error-background - Background of the error message. Default `#fdecea`.
 * @cssproperty --opvang-font-family - Font. Default: the page's font.
 * @cssproperty --opvang-font-size - Base font size. Default `medium`: the reader's own default size, whatever the page's `html` font size. Use a keyword, `px` or `rem`; `em` and `%` would apply twice.
 * @cssproperty --opvang-radius - Corner radius. Default `0.25em`.
 * @cssproperty --opvang-space - Inner spacing. Default `0.75em`.
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
export class OpvangInfoMarket extends OpvangElement {
  /** The shared theme and this widget's layout; adopted stylesheets, so no inline `<style>` under a strict CSP. */
  static override styles = [themeStyles, cardStyles, infoMarketStyles];

  /** Reactive properties and the attributes they reflect from. */
  static override properties = {
    start: { type: String },
    end: { type: String },
    place: { type: String },
    address: { type: String },
  };

  /** When the market opens: ISO 8601, Brussels time unless an offset is given (`2025-03-14T19:00`). */
  declare start: string | undefined;
  /** When it closes, after `start`; optional. */
  declare end: string | undefined;
  /** The venue's name. */
  declare place: string | undefined;
  /** The venue's street address; optional. */
  declare address: string | undefined;

  #market: InfoMarket | undefined;
  /** The current `.ics` download, kept so it can be revoked when the market or language changes. */
  #calendar: { readonly key: string; readonly href: string } | undefined;
  /** Renders again when the shown market ends, so an open page does not keep offering it. */
  #overTimer: ReturnType<typeof setTimeout> | undefined;
  /** The iCalendar writer, once loaded (see {@link calendarChunk}). */
  #writer: CalendarWriter | undefined;
  /** The load under way, so focus, pointer and click start one. */
  #loading: Promise<CalendarWriter | undefined> | undefined;
  /** The last load failed: the alert is shown until a new attempt. */
  #writerFailed = false;

  constructor() {
    // The heading level: default 2.
    super(2, (host) => new TextsLangController(host, infoMarketTexts));
  }

  /** The validated market being shown, or `undefined` while the attributes are invalid. */
  get market(): InfoMarket | undefined {
    return this.#market;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved back onto the page: the download was revoked on leaving, so render a fresh one.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#revokeCalendar();
    clearTimeout(this.#overTimer);
    this.#overTimer = undefined;
  }

  protected override updated(): void {
    clearTimeout(this.#overTimer);
    this.#overTimer = undefined;
    const market = this.#market;
    if (!market || !this.isConnected) return;
    const wait = infoMarketOverAt(market) - Date.now();
    if (wait > 0 && wait <= MAX_TIMEOUT)
      this.#overTimer = setTimeout(() => this.requestUpdate(), wait);
  }

  #revokeCalendar(): void {
    if (this.#calendar) URL.revokeObjectURL(this.#calendar.href);
    this.#calendar = undefined;
  }

  /**
   * A `blob:` URL of the market as an iCalendar file. Made once per market and language, and
   * revoked when either changes or the element leaves the page, so no stale file stays in memory.
   * Anchors' `href` is not a Trusted Types sink, and a `blob:` download needs no CSP source.
   */
  #calendarHref(market: InfoMarket, locale: Locale, writer: CalendarWriter): string {
    const key = JSON.stringify([market.start, market.end, market.place, market.address, locale]);
    if (this.#calendar?.key === key) return this.#calendar.href;
    this.#revokeCalendar();
    this.#calendar = { key, href: URL.createObjectURL(writer(market, locale)) };
    return this.#calendar.href;
  }

  /** Loads the writer once; a failed load may be tried again by the next action. */
  #loadWriter = (): Promise<CalendarWriter | undefined> => {
    if (this.#writer) return Promise.resolve(this.#writer);
    this.#loading ??= calendarChunk.load().then(
      (writer) => {
        this.#writer = writer;
        this.#writerFailed = false;
        this.requestUpdate();
        return writer;
      },
      () => {
        this.#loading = undefined;
        this.#writerFailed = true;
        this.requestUpdate();
        return undefined;
      },
    );
    return this.#loading;
  };

  /**
   * Activating the link before the writer is there: hold the click, load the writer, then
   * follow the link with its file (a click on the rendered `blob:` link starts the download).
   */
  #onCalendarClick = async (event: MouseEvent): Promise<void> => {
    if (this.#writer) return;
    event.preventDefault();
    if (!(await this.#loadWriter())) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLAnchorElement>('a[part="calendar"]')?.click();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      changed.has('start') ||
      changed.has('end') ||
      changed.has('place') ||
      changed.has('address')
    ) {
      const result = parseInfoMarket({
        start: this.start,
        end: this.end,
        place: this.place,
        address: this.address,
      });
      this.#market = result.ok ? result.value : undefined;
      if (!result.ok) {
        this.#revokeCalendar();
        this.reportOnce(describeValidationError(result.error));
      }
    }
  }

  protected override render(): TemplateResult {
    const locale = this.locale;
    const text = messages[locale];
    const market = this.#market;
    if (!market) return this.contentError(text.invalid);
    const explanation = infoMarketExplanation[locale];
    const start = parseIsoDateTime(market.start) ?? new Date(Number.NaN);
    const over = Date.now() >= infoMarketOverAt(market);
    // A past market keeps no download in memory.
    if (over) this.#revokeCalendar();
    const writer = this.#writer;
    const when = market.end
      ? formatDateTimeRange(start, parseIsoDateTime(market.end) ?? new Date(Number.NaN), locale)
      : formatDateTime(start, locale, 'long-date-time');
    return html`
      <section part="base" aria-labelledby="heading" lang=${locale}>
        <div part="heading" id="heading" role="heading" aria-level=${this.heading}>${explanation.name}</div>
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
        ${
          over
            ? html`<p part="took-place"><strong>${text.tookPlace}</strong></p>`
            : html`<p>
              <a part="calendar" href=${writer ? this.#calendarHref(market, locale, writer) : '#calendar'}
                download=${`${text.fileName}-${market.start.slice(0, 10)}.ics`} type="text/calendar"
                @focus=${this.#loadWriter} @pointerenter=${this.#loadWriter} @click=${this.#onCalendarClick}>${text.addToCalendar}</a>
            </p>${this.#writerFailed ? html`<p part="calendar-error" role="alert">${text.calendarUnavailable}</p>` : nothing}`
        }
      </section>
    `;
  }
}
