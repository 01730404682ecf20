// The benchmark's baseline: <opvang-faq> as it was before search folded its content once
// (commit a3d3d49), with the search functions of that time (./old-search.ts), which fold every
// item's text again, one character at a time, on every keystroke. Kept only to measure against.
import {
  answerText,
  itemsIn,
  jsonLdText,
  parseFaq,
  toFaqPageJsonLd,
  type Block,
  type Faq,
  type FaqItem,
  type Inline,
} from '@opvang/core/faq';
import { foldForSearch, matchRanges } from './old-search.js';
import type { Locale } from '@opvang/core/i18n';
import { describeValidationError, type Result, type ValidationError } from '@opvang/core/shared';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { toHeadingLevel, type HeadingLevel } from '../../src/shared/heading-level.js';
import { LangController } from '../../src/shared/lang-controller.js';
import { themeStyles } from '../../src/shared/theme.styles.js';
import { faqStyles } from './faq-baseline.styles.js';
import { messages } from '../../src/faq/messages.js';

/** Where the widget is with its content. */
type State =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly faq: Faq }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'failed' };

type Content =
  | { readonly kind: 'faq'; readonly result: Result<Faq, ValidationError> }
  | { readonly kind: 'facts'; readonly facts: unknown };

/** Writes a FAQ from a centre's facts: the core's `generateFaq`, installed by `./facts.js`. */
export type FactsWriter = (
  facts: unknown,
  options: { readonly lang: Locale },
) => Result<Faq, ValidationError>;

/** The one Trusted Types method this widget needs; `trustedTypes` is not in TypeScript's DOM lib. */
interface ScriptPolicy {
  createScript(input: string): unknown;
}
type WithTrustedTypes = typeof globalThis & {
  trustedTypes?: {
    createPolicy(name: string, rules: { createScript(input: string): string }): ScriptPolicy;
  };
};
let jsonLdPolicy: ScriptPolicy | null | undefined;

/**
 * A Trusted Types policy for the JSON-LD text, created on first use and only with
 * `structured-data`. It passes through only what `jsonLdText` wrote for a data block,
 * which is never run. A page whose `trusted-types` directive does not allow `opvang-faq` makes
 * `createPolicy` throw; then `null`, and the text goes in as a Text node instead.
 */
function scriptPolicy(): ScriptPolicy | null {
  if (jsonLdPolicy === undefined) {
    try {
      jsonLdPolicy =
        (globalThis as WithTrustedTypes).trustedTypes?.createPolicy('opvang-faq', {
          createScript: (input) => input,
        }) ?? null;
    } catch {
      jsonLdPolicy = null;
    }
  }
  return jsonLdPolicy;
}

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
 * @cssproperty --opvang-font-size - Base font size. Default `1rem`.
 * @cssproperty --opvang-radius - Corner radius. Default `0.25rem`.
 * @cssproperty --opvang-space - Inner spacing. Default `0.75rem`.
 *
 * @example
 * ```html
 * <script type="module" src="https://cdn.example/@opvang/widgets/cdn/opvang-faq.js"></script>
 * <opvang-faq src="/faq/opvang.json" structured-data>
 *   <a href="/faq/opvang">Veelgestelde vragen over het opvangcentrum</a>
 * </opvang-faq>
 * ```
 */
export class OpvangFaqBaseline extends LitElement {
  /**
   * How facts become a FAQ. Left out of the class itself because the FAQ writer and its texts in
   * four languages weigh three times the rest of the widget: `@opvang/widgets/faq/define` and
   * `cdn/opvang-faq-facts.js` install it, `cdn/opvang-faq.js` does not.
   */
  static factsWriter: FactsWriter | undefined;

  /** The shared theme and this widget's layout; adopted stylesheets, so no inline `<style>` under a strict CSP. */
  static override styles = [themeStyles, faqStyles];

  /** Reactive properties and the attributes they reflect from. */
  static override properties = {
    src: { type: String },
    facts: { type: String },
    content: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
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
  /** FAQ content set from script (an object or a JSON string); it wins over every other source. */
  declare content: unknown;
  /** The level of each question's heading, 1 to 6, to fit the page's outline. Default 3. */
  declare headingLevel: number;
  /** Whether opening a question puts its id in the address bar (`#schools`). Default on; `update-hash="false"` turns it off. */
  declare updateHash: boolean;
  /** Adds schema.org `FAQPage` JSON-LD for the shown questions to the document head. Default off. */
  declare structuredData: boolean;

  readonly #lang = new LangController(this);
  #content: Content | undefined;
  #state: State = { kind: 'loading' };
  #request = 0;
  #open = new Set<string>();
  #query = '';
  #category = '';
  #pendingHash = true;
  #jsonLd: HTMLScriptElement | undefined;
  readonly #onHashChange = (): void => {
    this.#pendingHash = true;
    this.requestUpdate();
  };

  constructor() {
    super();
    this.headingLevel = 3;
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
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#onHashChange);
    this.#jsonLd?.remove();
    this.#jsonLd = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('content') || changed.has('facts') || changed.has('src'))
      this.#load();
    else if (this.#content?.kind === 'facts' && this.#locale !== this.#lang.locale)
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
        ? this.#facts(child.textContent)
        : { kind: 'faq', result: parseFaq(child.textContent) };
    else if (this.facts !== undefined) this.#content = this.#facts(this.facts);
    else if (this.src !== undefined) {
      const src = this.src;
      this.#state = { kind: 'loading' };
      fetch(src, { credentials: 'omit', headers: { accept: 'application/json' } })
        .then(async (response) => {
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          return response.text();
        })
        .then(
          (text) =>
            request === this.#request && this.#settle({ kind: 'faq', result: parseFaq(text) }),
          (error: unknown) => {
            if (request !== this.#request) return;
            console.error(
              `<opvang-faq>: could not load ${src}: ${error instanceof Error ? error.message : String(error)}`,
            );
            this.#state = { kind: 'failed' };
            this.requestUpdate();
          },
        );
      return;
    } else this.#content = { kind: 'faq', result: { ok: true, value: { items: [] } } };
    this.#settle(this.#content);
  }

  #facts(json: string): Content {
    try {
      return { kind: 'facts', facts: JSON.parse(json) as unknown };
    } catch {
      // Not JSON: let the core's parser say so, with the same error shape as any other problem.
      return { kind: 'faq', result: parseFaq(json) };
    }
  }

  /** Turns content into a state; facts are written in the current language, so again when it changes. */
  #settle(content: Content): void {
    this.#content = content;
    this.#locale = this.#lang.locale;
    const writer = OpvangFaqBaseline.factsWriter;
    if (content.kind === 'facts' && writer === undefined) {
      this.#state = { kind: 'invalid' };
      console.error(
        '<opvang-faq>: `facts` needs the FAQ writer: load opvang-faq-facts.js instead of opvang-faq.js.',
      );
      this.requestUpdate();
      return;
    }
    const result =
      content.kind === 'faq'
        ? content.result
        : (writer as FactsWriter)(content.facts, { lang: this.#lang.locale });
    if (result.ok) this.#state = { kind: 'ready', faq: result.value };
    else {
      this.#state = { kind: 'invalid' };
      console.error(`<opvang-faq>: ${describeValidationError(result.error)}`);
    }
    this.requestUpdate();
  }

  #locale: Locale | undefined;

  #items(): FaqItem[] {
    if (this.#state.kind !== 'ready') return [];
    const faq = this.#state.faq;
    const own = itemsIn(faq, this.#lang.locale);
    const first = faq.items[0];
    // Content in one other language still beats an empty widget.
    return own.length > 0 || first === undefined ? own : itemsIn(faq, first.language);
  }

  #heading(): HeadingLevel {
    return toHeadingLevel(this.headingLevel) ?? 3;
  }

  #matches(item: FaqItem): boolean {
    const query = foldForSearch(this.#query.trim());
    return (
      query === '' || foldForSearch(`${item.question}\n${answerText(item.answer)}`).includes(query)
    );
  }

  #visible(items: readonly FaqItem[]): FaqItem[] {
    return items.filter(
      (item) => (this.#category === '' || item.category === this.#category) && this.#matches(item),
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

  #search(event: Event): void {
    this.#query = (event.target as HTMLInputElement).value;
    // Matches inside answers are only visible when the answer is open.
    this.#open = new Set(
      this.#query.trim() === '' ? [] : this.#visible(this.#items()).map((item) => item.id),
    );
    this.requestUpdate();
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
    this.#writeStructuredData();
  }

  #scrollTo: string | undefined;

  /** Opens the question the address names (`#schools`), once the content is there. */
  #openFromHash(): void {
    if (!this.#pendingHash || this.#state.kind !== 'ready') return;
    this.#pendingHash = false;
    const id = location.hash.slice(1);
    if (id === '' || !this.#items().some((item) => item.id === id)) return;
    this.#query = '';
    this.#category = '';
    this.#open.add(id);
    this.#scrollTo = id;
  }

  #writeStructuredData(): void {
    const items = this.#items();
    if (!this.structuredData || items.length === 0 || !this.isConnected) {
      this.#jsonLd?.remove();
      this.#jsonLd = undefined;
      return;
    }
    const first = items[0] as FaqItem;
    const text = jsonLdText(toFaqPageJsonLd({ items }, { language: first.language }));
    if (!this.#jsonLd) {
      this.#jsonLd = document.createElement('script');
      this.#jsonLd.type = 'application/ld+json';
      this.#jsonLd.dataset['opvangFaq'] = '';
      document.head.append(this.#jsonLd);
    }
    if (this.#jsonLd.textContent === text) return;
    // The `text` setter of a <script> is a Trusted Types sink: it throws under
    // `require-trusted-types-for 'script'` unless given a TrustedScript. Without a policy, a
    // Text node child still works for a data block (never run), but Chromium then logs
    // "requires 'TrustedScript' assignment" on every write, which alarms webmasters.
    const policy = scriptPolicy();
    if (policy) this.#jsonLd.text = policy.createScript(text) as string;
    else this.#jsonLd.replaceChildren(document.createTextNode(text));
  }

  #runs(text: string): (string | TemplateResult)[] {
    const ranges = matchRanges(text, this.#query);
    const runs: (string | TemplateResult)[] = [];
    let at = 0;
    for (const { start, end } of ranges) {
      if (start > at) runs.push(text.slice(at, start));
      runs.push(html`<mark part="match">${text.slice(start, end)}</mark>`);
      at = end;
    }
    if (at < text.length) runs.push(text.slice(at));
    return runs;
  }

  #inline(content: readonly Inline[]): TemplateResult[] {
    return content.map((run) =>
      typeof run === 'string'
        ? html`${this.#runs(run)}`
        : run.type === 'emphasis'
          ? html`<em>${this.#runs(run.text)}</em>`
          : html`<a href=${run.href}>${this.#runs(run.text)}</a>`,
    );
  }

  #block(block: Block): TemplateResult {
    switch (block.type) {
      case 'paragraph':
        return html`<p>${this.#inline(block.content)}</p>`;
      case 'list': {
        const items = block.items.map((item) => html`<li>${this.#inline(item)}</li>`);
        return block.ordered === true ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
      }
      case 'link':
        return html`<p>${this.#inline([block])}</p>`;
    }
  }

  #item(item: FaqItem, level: HeadingLevel): TemplateResult {
    const open = this.#open.has(item.id);
    return html`
      <div part="item">
        <div part="question" id=${item.id} role="heading" aria-level=${level}>
          <button id="button--${item.id}" aria-expanded=${open ? 'true' : 'false'} aria-controls="answer--${item.id}" @click=${() => this.#toggle(item.id)}>
            <span>${this.#runs(item.question)}</span>
          </button>
        </div>
        <div part="answer" id="answer--${item.id}" role="region" aria-labelledby="button--${item.id}" ?hidden=${!open}>
          ${item.answer.map((block) => this.#block(block))}
        </div>
      </div>
    `;
  }

  protected override render(): TemplateResult {
    const text = messages[this.#lang.locale];
    const state = this.#state;
    if (state.kind === 'loading')
      return html`<p part="status" role="status">${text.loading}</p><slot></slot>`;
    if (state.kind !== 'ready')
      return html`<p part="error" role="alert">${state.kind === 'failed' ? text.failed : text.invalid}</p><slot></slot>`;
    const items = this.#items();
    if (items.length === 0) return html`<p part="status" role="status">${text.empty}</p>`;
    const visible = this.#visible(items);
    const categories = [...new Set(items.map((item) => item.category))];
    const level = this.#heading();
    return html`
      <div part="controls">
        <label>${text.search}<input type="search" .value=${this.#query} @input=${this.#search} /></label>
        ${
          categories.length > 1
            ? html`<label>${text.category}<select @change=${this.#filter}>
              <option value="" ?selected=${this.#category === ''}>${text.allCategories}</option>
              ${categories.map((category) => html`<option ?selected=${this.#category === category}>${category}</option>`)}
            </select></label>`
            : nothing
        }
        <button type="button" @click=${() => this.#setAll(true)}>${text.expandAll}</button>
        <button type="button" @click=${() => this.#setAll(false)}>${text.collapseAll}</button>
      </div>
      <p part="status" role="status">${text.count({ shown: visible.length, total: items.length })}</p>
      <div part="list" lang=${items[0]?.language ?? nothing}>${visible.map((item) => this.#item(item, level))}</div>
    `;
  }
}
