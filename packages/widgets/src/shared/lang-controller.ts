import { defaultLocale, localeOfTag, type Locale } from '@opvang/core/i18n';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const controllers = new Set<LangController>();
let observer: MutationObserver | undefined;

function observeLangChanges(): void {
  if (observer) return;
  // One observer for every widget on the page: a `lang` change anywhere may change the
  // nearest `lang` of any of them (a language switcher usually sets it on <html>).
  observer = new MutationObserver(() => {
    for (const controller of controllers) controller.refresh();
  });
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

/** The `lang` that applies to an element: its own, or its nearest ancestor's, across shadow roots. */
function effectiveLang(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang !== null && lang.trim() !== '') return lang;
    const parent: Element | null = node.parentElement;
    if (parent) node = parent;
    else {
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
  }
  return undefined;
}

/**
 * What a widget whose texts load on demand gives its {@link LangController}: whether a
 * language's texts are here, and how to load them (a `TextsOnDemand` of `@opvang/core/i18n`).
 */
export interface LanguageTexts {
  has(locale: Locale): boolean;
  load(locale: Locale): Promise<unknown>;
}

/**
 * Gives a widget the language of its `lang` attribute or its nearest ancestor's, negotiated
 * to one of nl, fr, de, en (Dutch when none applies), and re-renders the widget when that
 * `lang` changes at run time.
 *
 * With `texts` (texts loaded on demand), the language changes only once its texts are here:
 * a `lang` changed at run time keeps the old texts until the new ones arrive, and until the
 * first language's texts are here {@link LangController.waiting} is true (the widget shows
 * nothing). When they cannot be loaded (offline), the widget stays in the language it has
 * (Dutch at first) and tries again on the next change of `lang` or when the browser is online.
 *
 * @example
 * ```ts
 * class MyWidget extends LitElement {
 *   readonly #lang = new LangController(this);
 *   render() { return html`${messages[this.#lang.locale].title}`; }
 * }
 * ```
 */
export class LangController implements ReactiveController {
  #locale: Locale = defaultLocale;
  #waiting = false;
  #connected = false;
  #loading: Promise<unknown> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly texts?: LanguageTexts,
  ) {
    host.addController(this);
  }

  /** The language to render in now. */
  get locale(): Locale {
    return this.#locale;
  }

  /** True while the texts of the widget's first language are being loaded: nothing is shown. */
  get waiting(): boolean {
    return this.#waiting;
  }

  /** The texts being loaded, if any: the widget's `updateComplete` waits for them. */
  get pending(): Promise<unknown> | undefined {
    return this.#loading;
  }

  hostConnected(): void {
    controllers.add(this);
    observeLangChanges();
    // Only before the first render: later, a widget keeps the texts it shows until new ones come.
    if (!this.#connected)
      this.#waiting = this.texts !== undefined && !this.texts.has(this.#wanted());
    this.#connected = true;
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  #wanted(): Locale {
    return localeOfTag(effectiveLang(this.host));
  }

  /** Reads the effective `lang` again and asks for an update when the language changed. */
  refresh(): void {
    const next = this.#wanted();
    const texts = this.texts;
    if (texts !== undefined && !texts.has(next)) {
      this.#loading ??= texts.load(next).then(
        () => ((this.#loading = undefined), this.refresh()),
        (error: unknown) => {
          this.#loading = undefined;
          console.error(`<${this.host.localName}>: the ${next} texts could not be loaded`, error);
          window.addEventListener('online', () => this.refresh(), { once: true });
          this.#show(this.#locale);
        },
      );
      return;
    }
    this.#show(next);
  }

  #show(locale: Locale): void {
    if (locale === this.#locale && !this.#waiting) return;
    [this.#locale, this.#waiting] = [locale, false];
    this.host.requestUpdate();
  }
}
