import type { Locale } from '@opvang/core/i18n';
import { html, LitElement, type PropertyDeclarations, type TemplateResult } from 'lit';
import { toHeadingLevel, type HeadingLevel } from './heading-level.js';
import { LangController } from './lang-controller.js';

/**
 * What every opvang widget does the same way: its language, its `heading-level`, how it names a
 * problem in the console, and what residents see when its content is bad.
 *
 * - The language is the nearest `lang`, see {@link LangController}. A widget whose texts load
 *   on demand gives a `TextsLangController` (`super(level, (host) => new TextsLangController(host, texts))`):
 *   it renders its first language only once its texts are here, and `updateComplete` waits for them.
 * - A `heading-level` that is not a whole number from 1 to 6 gives one warning per bad value
 *   and the widget's own default level.
 * - A problem is logged with `console.error` once, until a different problem comes.
 * - Bad content shows one sentence with `role="alert"` (it replaces the widget after the page
 *   loaded, so it must be announced when it is inserted, which a `status` region is not
 *   reliably), with the element's own content, the fallback, under it.
 *
 * @example
 * ```ts
 * class OpvangExample extends OpvangElement {
 *   constructor() { super(2); }
 *   render() {
 *     return this.ok ? html`<div role="heading" aria-level=${this.heading}>…</div>` : this.contentError(messages[this.locale].invalid);
 *   }
 * }
 * ```
 */
export abstract class OpvangElement extends LitElement {
  /** Reactive properties and the attributes they reflect from; each widget adds its own. */
  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** The level of the widget's heading, 1 to 6, to fit the page's outline. Default 2 (3 in `<opvang-faq>`, whose headings are its questions). */
  declare headingLevel: number;

  readonly #lang: LangController;
  readonly #defaultLevel: HeadingLevel;
  #badLevel: number | undefined;
  /** The last problem {@link reportOnce} logged; empty when none was. Only `reportOnce` sets it. */
  protected problem = '';

  // Abstract: only a widget's own constructor calls this, as `super(level)`; the browser
  // constructs the widget itself with no arguments, as the rule asks.
  // eslint-disable-next-line wc/no-constructor-params
  constructor(defaultLevel: HeadingLevel, lang?: (host: OpvangElement) => LangController) {
    super();
    this.#lang = lang ? lang(this) : new LangController(this);
    this.#defaultLevel = defaultLevel;
    this.headingLevel = defaultLevel;
  }

  /** The language to render in now. */
  protected get locale(): Locale {
    return this.#lang.locale;
  }

  /** The heading level to render: `heading-level`, or the default with one warning when that is not 1 to 6. */
  protected get heading(): HeadingLevel {
    const level = toHeadingLevel(this.headingLevel);
    if (level !== undefined) return level;
    // Object.is: `heading-level="x"` is NaN, which equals nothing, not even itself.
    if (!Object.is(this.#badLevel, this.headingLevel)) {
      this.#badLevel = this.headingLevel;
      console.warn(
        `<${this.localName}>: heading-level must be 1 to 6, got ${this.headingLevel}; using ${this.#defaultLevel}.`,
      );
    }
    return this.#defaultLevel;
  }

  /** Names a problem in the console for the webmaster, once: again only after a different one. */
  protected reportOnce(problem: string): void {
    if (problem === this.problem) return;
    this.problem = problem;
    console.error(`<${this.localName}>: ${problem}`);
  }

  /**
   * Code a visitor's action asked for, being loaded (the FAQ's search, the contact form's
   * sending code): `updateComplete` waits for it and the render it brings. None by default.
   */
  protected get pendingLoad(): Promise<unknown> | undefined {
    return undefined;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    // Texts on demand first: their arrival renders again.
    for (let texts = this.#lang.pending; texts; texts = this.#lang.pending)
      done = (await texts.catch(() => undefined), await super.getUpdateComplete());
    const pending = this.pendingLoad;
    return pending ? (await pending, await super.getUpdateComplete()) : done;
  }

  /** What residents see instead of bad content: the sentence, then the element's own content. */
  protected contentError(sentence: string): TemplateResult {
    return html`<p part="error" role="alert">${sentence}</p><slot></slot>`;
  }
}
