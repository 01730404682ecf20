import { itemsIn, parseFaq, type Faq, type FaqContent, type FaqItem } from '@opvang/core/faq';
import type { Locale } from '@opvang/core/i18n';
import { describeValidationError } from '@opvang/core/shared';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { HeadingLevel } from '../shared/heading-level.js';
import { OpvangElement } from '../shared/opvang-element.js';
import { TextsLangController } from '../shared/texts-lang-controller.js';
import { themeStyles } from '../shared/theme.styles.js';
import { answerBlock, type Mark } from './answer.js';
import {
  FACTS_WRITER_EVENT,
  factsWriter,
  installFactsWriter,
  type FactsWriter,
} from './facts-writer.js';
import { factsContent, fetchContent, type Content } from './content.js';
import { faqStyles } from './faq.styles.js';
import { faqTexts, messages } from './texts.js';
import { LazyStructuredData } from './structured-data-loader.js';
import { FaqSearchState } from './search-loader.js';

export type { FactsWriter } from './facts-writer.js';

/** Where the widget is with its content. */
type State =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly faq: Faq }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'failed' };

const JSON_CHILD = ':scope > script[type="application/json"]';

/**
 * Frequently asked questions about a reception centre, as an accessible accordion with search,
 * a topic filter, expand all / collapse all, deep links (`#question-id`) and, on request,
 * schema.org `FAQPage` structured data in the page head.
 *
 * Content comes from the `content` property, an inline `<script type="application/json">`
 * child (a `data-facts` attribute on it makes it facts), the `facts` attribute (the FAQ is
 * then written by `@opvang/core`), or the `src` URL, in that order. It is validated by the
 * core; bad content or a failed request shows a message in the widget's language and names
 * the problem in the console.
 *
 * Before the script runs and while content loads, the element's own content is shown: put a
 * plain list of questions or a link there as a fallback. It shows again under the error message.
 *
 * @tagname opvang-faq
 * @summary Questions and answers about the reception centre, searchable and linkable.
 *
 * @slot - Fallback content, shown before the script runs, while loading and with an error.
 *
 * @csspart controls - The search field, topic filter and expand/collapse buttons.
 * @csspart status - The live line with the number of questions shown.
 * @csspart list - The list of questions.
 * @csspart item - One question with its answer.
 * @csspart question - The heading with the button that opens a question.
 * @csspart answer - The answer region.
 * @csspart match - A search match inside a question or answer (a `<mark>`).
 * @csspart error - The message shown when content is bad or cannot be loaded.
 *
 * @cssproperty --opvang-color-text - Text colour. Default `#1b1b1b`.
 * @cssproperty --opvang-color-background - Background colour. Default `#ffffff`.
 * @cssproperty --opvang-color-border - Border colour. Default `#6b6b6b`.
 * @cssproperty --opvang-color-accent - Link colour, and the focus outline unless `--opvang-color-focus` is set. Default `#0b5394`.
 * @cssproperty --opvang-color-focus - Focus outline colour. Default: the accent colour.
 * @cssproperty --opvang-color-highlight - Background of search matches. Default `#fff3a3`.
 * @cssproperty --opvang-color-error - Accent of the error message. Default `#b3261e`.
 * @cssproperty --opvang-color-error-background - Background of the error message. Default `#fdecea`.
 * @cssproperty --opvang-font-family - Font. Default: the page's font.
 * @cssproperty --opvang-font-size - Base font size. Default `medium`: the reader's own default size, whatever the page's `html` font size. Use a keyword, `px` or `rem`; `em` and `%` would apply twice.
 * @cssproperty --opvang-radius - Corner radius. Default `0.25em`.
 * @cssproperty --opvang-space - Inner spacing. Default `0.75em`.
 *
 * @example
 * ```html
 * <script type="module" src="https://cdn.example/@opvang/widgets/cdn/opvang-faq.js"></script>
 * <opvang-faq src="/faq/opvang.json" structured-data>
 *   <a href="/faq/opvang">Veelgestelde vragen over het opvangcentrum</a>
 * </opvang-faq>
 * ```
 */
export class OpvangFaq extends OpvangElement {
  /**
   * How facts become a FAQ. Left out of the class: the FAQ writer and its texts weigh three times
   * the widget. `@opvang/widgets/faq/define-with-facts` and `cdn/opvang-faq-facts.js` install it
   * (`./facts.js` calls `installFactsWriter` in facts-writer.ts), `…/faq/define` and
   * `cdn/opvang-faq.js` do not. Shared by every copy of the widget on the page.
   *
   * @example
   * ```ts
   * import { generateFaq, type FaqFactsInput } from '@opvang/core/faq';
   * OpvangFaq.factsWriter = (facts, options) => generateFaq(facts as FaqFactsInput, options);
   * ```
   */
  static get factsWriter(): FactsWriter | undefined {
    return factsWriter();
  }

  static set factsWriter(writer: FactsWriter | undefined) {
    installFactsWriter(writer);
  }

  /** The shared theme and this widget's layout; adopted stylesheets, so no inline `<style>` under a strict CSP. */
  static override styles = [themeStyles, faqStyles];

  /** Reactive properties and the attributes they reflect from. */
  static override properties = {
    src: { type: String },
    facts: { type: String },
    content: { attribute: false },
    updateHash: {
      attribute: 'update-hash',
      converter: {
        fromAttribute: (value: string | null) =>
          value === null || !/^(?:false|off|no)$/i.test(value),
      },
    },
    structuredData: { type: Boolean, attribute: 'structured-data' },
  };

  /** A URL serving FAQ JSON (`{ "items": [...] }`); fetched without cookies, and no other URL is ever requested. */
  declare src: string | undefined;
  /** A centre's facts as JSON; the widget shows the FAQ the core writes from them, in the widget's language. */
  declare facts: string | undefined;
  /** FAQ content set from script (a FAQ, or its JSON text); it wins over every other source. Still checked at run time. */
  declare content: FaqContent | undefined;
  /** Whether opening a question puts its id in the address bar (`#schools`). Default on; `update-hash="false"` turns it off. */
  declare updateHash: boolean;
  /** Adds schema.org `FAQPage` JSON-LD for the shown questions to the document head. Default off. */
  declare structuredData: boolean;

  #content: Content | undefined;
  /** The language facts were last written in. */
  #locale: Locale | undefined;
  #state: State = { kind: 'loading' };
  #request = 0;
  #open = new Set<string>();
  /**
   * The query, its needle and the search code, loaded on the first focus or keystroke in the
   * search field (its own chunk on the CDN). Matches inside answers are only visible when the
   * answer is open, so a new needle opens what it finds.
   */
  readonly #search = new FaqSearchState(() => {
    this.#open = new Set(
      this.#search.needle === '' ? [] : this.#visible(this.#items()).map((item) => item.id),
    );
    this.requestUpdate();
  });
  #category = '';
  #pendingHash = true;
  /** The question to scroll to once it is rendered open. */
  #scrollTo: string | undefined;
  readonly #structuredData = new LazyStructuredData();
  readonly #onHashChange = (): void => {
    this.#pendingHash = true;
    this.requestUpdate();
  };
  /** A writer arrived, or the page finished loading without one: facts waiting for it are settled now. */
  readonly #onFactsWriter = (): void => {
    if (this.#content?.kind === 'facts' && this.#state.kind === 'loading')
      this.#settle(this.#content);
  };

  constructor() {
    // The heading level of each question: default 3.
    super(3, (host) => new TextsLangController(host, faqTexts));
    this.updateHash = true;
    this.structuredData = false;
  }

  /** The questions shown now, in the widget's language; empty while loading or on an error. */
  get items(): readonly FaqItem[] {
    return this.#items();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.#onHashChange);
    addEventListener(FACTS_WRITER_EVENT, this.#onFactsWriter);
    // Module scripts all run before `load`: until then, opvang-faq-facts.js may still come.
    if (document.readyState !== 'complete')
      addEventListener('load', this.#onFactsWriter, { once: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#onHashChange);
    removeEventListener(FACTS_WRITER_EVENT, this.#onFactsWriter);
    removeEventListener('load', this.#onFactsWriter);
    this.#structuredData.write([]);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('content') || changed.has('facts') || changed.has('src'))
      this.#load();
    else if (this.#content?.kind === 'facts' && this.#locale !== this.locale)
      this.#settle(this.#content);
    this.#openFromHash();
  }

  #load(): void {
    const request = ++this.#request;
    const child = this.querySelector<HTMLScriptElement>(JSON_CHILD);
    this.#content = undefined;
    if (this.content !== undefined) this.#content = { kind: 'faq', result: parseFaq(this.content) };
    else if (child)
      this.#content = child.hasAttribute('data-facts')
        ? factsContent(child.textContent)
        : { kind: 'faq', result: parseFaq(child.textContent) };
    else if (this.facts !== undefined) this.#content = factsContent(this.facts);
    else if (this.src !== undefined) {
      const src = this.src;
      this.#state = { kind: 'loading' };
      fetchContent(src).then(
        (content) => request === this.#request && this.#settle(content),
        (error: unknown) => {
          if (request !== this.#request) return;
          this.reportOnce(
            `could not load ${src}: ${error instanceof Error ? error.message : String(error)}`,
          );
          this.#state = { kind: 'failed' };
          this.requestUpdate();
        },
      );
      return;
    } else this.#content = { kind: 'faq', result: { ok: true, value: { items: [] } } };
    this.#settle(this.#content);
  }

  /** Turns content into a state; facts are written in the current language, so again when it changes. */
  #settle(content: Content): void {
    this.#content = content;
    this.#locale = this.locale;
    const writer = factsWriter();
    if (content.kind === 'facts' && writer === undefined) {
      // The writer's script may be later on the page (opvang-faq.js first, then
      // opvang-faq-facts.js): wait for it while the page loads, and only then call it an error.
      if (document.readyState !== 'complete') {
        this.#state = { kind: 'loading' };
        this.requestUpdate();
        return;
      }
      this.#state = { kind: 'invalid' };
      this.reportOnce(
        '`facts` needs the FAQ writer: load opvang-faq-facts.js instead of opvang-faq.js.',
      );
      this.requestUpdate();
      return;
    }
    const result =
      content.kind === 'faq'
        ? content.result
        : (writer as FactsWriter)(content.facts, { lang: this.locale });
    if (result.ok) this.#state = { kind: 'ready', faq: result.value };
    else {
      this.#state = { kind: 'invalid' };
      this.reportOnce(describeValidationError(result.error));
    }
    this.requestUpdate();
  }

  #items(): FaqItem[] {
    if (this.#state.kind !== 'ready') return [];
    const faq = this.#state.faq;
    const own = itemsIn(faq, this.locale);
    const first = faq.items[0];
    // Content in one other language still beats an empty widget.
    return own.length > 0 || first === undefined ? own : itemsIn(faq, first.language);
  }

  #visible(items: readonly FaqItem[]): FaqItem[] {
    const state = this.#state;
    return items.filter(
      (item) =>
        (this.#category === '' || item.category === this.#category) &&
        (state.kind !== 'ready' || this.#search.matches(state.faq, item)),
    );
  }

  #toggle(id: string): void {
    if (this.#open.delete(id)) {
      this.requestUpdate();
      return;
    }
    this.#open.add(id);
    if (this.updateHash) history.replaceState(history.state, '', `#${id}`);
    this.requestUpdate();
  }

  #onSearch(event: Event): void {
    this.#search.setQuery((event.target as HTMLInputElement).value);
  }

  /** The search a keystroke is loading: `updateComplete` waits for it. */
  protected override get pendingLoad(): Promise<unknown> | undefined {
    return this.#search.pending ?? this.#structuredData.pending;
  }

  #filter(event: Event): void {
    this.#category = (event.target as HTMLSelectElement).value;
    this.requestUpdate();
  }

  #setAll(open: boolean): void {
    this.#open = new Set(open ? this.#visible(this.#items()).map((item) => item.id) : []);
    this.requestUpdate();
  }

  protected override updated(): void {
    if (this.#scrollTo !== undefined) {
      // Instant, not smooth: nothing to switch off for prefers-reduced-motion.
      this.renderRoot.querySelector(`[id="${this.#scrollTo}"]`)?.scrollIntoView({ block: 'start' });
      this.#scrollTo = undefined;
    }
    this.#structuredData.write(this.structuredData && this.isConnected ? this.#items() : []);
  }

  /** Opens the question the address names (`#schools`), once the content is there. */
  #openFromHash(): void {
    if (!this.#pendingHash || this.#state.kind !== 'ready') return;
    this.#pendingHash = false;
    const id = location.hash.slice(1);
    if (id === '' || !this.#items().some((item) => item.id === id)) return;
    this.#search.clear();
    this.#category = '';
    this.#open.add(id);
    this.#scrollTo = id;
  }

  /**
   * Every item stays in the DOM, and one that search or the topic filter leaves out is only
   * hidden, so a keystroke changes attributes and highlights instead of rebuilding the list. An
   * item is rendered again only when something it shows changed: a hidden one not at all.
   */
  #item(item: FaqItem, level: HeadingLevel, shown: boolean, mark: Mark): unknown {
    const open = shown && this.#open.has(item.id);
    return guard(
      [item, level, shown, open, shown ? mark : undefined],
      () => html`
      <div part="item" ?hidden=${!shown}>
        <div part="question" id=${item.id} role="heading" aria-level=${level}>
          <button id="button--${item.id}" aria-expanded=${open ? 'true' : 'false'} aria-controls="answer--${item.id}" @click=${() => this.#toggle(item.id)}>
            <span>${mark(item.question)}</span>
          </button>
        </div>
        <div part="answer" id="answer--${item.id}" role="region" aria-labelledby="button--${item.id}" ?hidden=${!open}>
          ${item.answer.map((block) => answerBlock(block, mark))}
        </div>
      </div>
    `,
    );
  }

  protected override render(): TemplateResult {
    const text = messages[this.locale];
    const state = this.#state;
    if (state.kind === 'loading')
      return html`<p part="status" role="status">${text.loading}</p><slot></slot>`;
    if (state.kind !== 'ready')
      return this.contentError(state.kind === 'failed' ? text.failed : text.invalid);
    const items = this.#items();
    if (items.length === 0) return html`<p part="status" role="status">${text.empty}</p>`;
    const visible = this.#visible(items);
    const shown = new Set(visible);
    const categories = [...new Set(items.map((item) => item.category))];
    const level = this.heading;
    const mark = this.#search.mark(state.faq);
    // The widget's texts are marked with their language, which differs from the page's while
    // the page's texts cannot be loaded (Dutch then); the questions keep their own.
    const content = items[0]?.language ?? nothing;
    return html`
      <div part="controls" lang=${this.locale}>
        <label>${text.search}<input type="search" .value=${this.#search.query} @focus=${this.#search.load} @input=${this.#onSearch} /></label>
        ${
          categories.length > 1
            ? html`<label>${text.category}<select @change=${this.#filter}>
              <option value="" ?selected=${this.#category === ''}>${text.allCategories}</option>
              ${categories.map((category) => html`<option lang=${content} ?selected=${this.#category === category}>${category}</option>`)}
            </select></label>`
            : nothing
        }
        <button type="button" @click=${() => this.#setAll(true)}>${text.expandAll}</button>
        <button type="button" @click=${() => this.#setAll(false)}>${text.collapseAll}</button>
      </div>
      <p part="status" role="status" lang=${this.locale}>${text.count({ shown: visible.length, total: items.length })}${this.#search.failed ? ` ${text.searchUnavailable}` : ''}</p>
      <div part="list" lang=${content}>${items.map((item) => this.#item(item, level, shown.has(item), mark))}</div>
    `;
  }
}
