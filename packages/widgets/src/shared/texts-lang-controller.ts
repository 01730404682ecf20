import { defaultLocale, type Locale } from '@opvang/core/i18n';
import type { ReactiveControllerHost } from 'lit';
import { LangController } from './lang-controller.js';

/**
 * What a widget whose texts load on demand gives its {@link TextsLangController}: whether a
 * language's texts are here, and how to load them (a `TextsOnDemand` of `@opvang/core/i18n`).
 */
export interface LanguageTexts {
  has(locale: Locale): boolean;
  load(locale: Locale): Promise<unknown>;
}

// Hides a widget whose first language's texts are still loading: it is laid out (in Dutch, so
// the page keeps its place for it) but shows nothing, so no other language flashes. An adopted
// sheet, so no inline style under a strict CSP; made on first use, not at import.
let hidingSheet: CSSStyleSheet | undefined;

/**
 * A {@link LangController} for a widget whose texts load on demand: the language changes only
 * once its texts are here. A `lang` changed at run time keeps the old texts until the new ones
 * arrive; until the first language's texts are here, the widget is laid out but hidden
 * (`visibility: hidden`: nothing of another language is seen or read out, and the page keeps
 * its place), in its language with Dutch in place of the texts still loading. When they cannot be loaded (offline), the widget shows the language
 * it has (Dutch at first) and tries again on the next change of `lang` or when the browser is
 * online. The public widgets opt in with `super(level, (host) => new TextsLangController(host, texts))`.
 *
 * @example
 * ```ts
 * class OpvangExample extends OpvangElement {
 *   constructor() { super(2, (host) => new TextsLangController(host, exampleTexts)); }
 *   render() { return html`${exampleTexts.table[this.locale].title}`; }
 * }
 * ```
 */
export class TextsLangController extends LangController {
  #waiting = false;
  #connected = false;
  #loading: Promise<unknown> | undefined;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly texts: LanguageTexts,
  ) {
    super(host);
  }

  /** True while the texts of the widget's first language are being loaded: nothing is shown. */
  get waiting(): boolean {
    return this.#waiting;
  }

  override get pending(): Promise<unknown> | undefined {
    return this.#loading;
  }

  override hostConnected(): void {
    // Only before the first render: later, a widget keeps the texts it shows until new ones come.
    if (!this.#connected) this.#waiting = !this.texts.has(this.wanted);
    this.#connected = true;
    super.hostConnected();
  }

  override refresh(): void {
    const next = this.wanted;
    if (this.texts.has(next)) {
      this.show(next);
      return;
    }
    // Waiting, the widget is laid out (hidden) in the language asked for, with the Dutch texts
    // in place of the missing ones: dates, numbers and the texts it has are already right, so
    // the place it keeps on the page is as close as can be to the one it will take.
    if (this.#waiting) super.show(next);
    this.#loading ??= this.texts.load(next).then(
      () => {
        this.#loading = undefined;
        this.refresh();
      },
      (error: unknown) => {
        this.#loading = undefined;
        console.error(`<${this.host.localName}>: the ${next} texts could not be loaded`, error);
        window.addEventListener('online', () => this.refresh(), { once: true });
        this.show(this.#waiting ? defaultLocale : this.locale);
      },
    );
  }

  protected override show(locale: Locale): void {
    if (this.#waiting) {
      this.#waiting = false;
      this.host.requestUpdate();
    }
    super.show(locale);
  }

  hostUpdated(): void {
    const root = this.host.shadowRoot;
    if (!root) return;
    const sheets = root.adoptedStyleSheets;
    const hidden = hidingSheet !== undefined && sheets.includes(hidingSheet);
    if (this.#waiting && !hidden) {
      if (!hidingSheet) {
        hidingSheet = new CSSStyleSheet();
        hidingSheet.replaceSync(':host{visibility:hidden!important}');
      }
      root.adoptedStyleSheets = [...sheets, hidingSheet];
    } else if (!this.#waiting && hidden)
      root.adoptedStyleSheets = sheets.filter((sheet) => sheet !== hidingSheet);
  }
}
