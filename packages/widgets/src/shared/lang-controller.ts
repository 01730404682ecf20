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
 * Gives a widget the language of its `lang` attribute or its nearest ancestor's, negotiated
 * to one of nl, fr, de, en (Dutch when none applies), and re-renders the widget when that
 * `lang` changes at run time.
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

  constructor(protected readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The language to render in now. */
  get locale(): Locale {
    return this.#locale;
  }

  /** Texts being loaded, which the widget's `updateComplete` waits for: none here (see `TextsLangController`). */
  get pending(): Promise<unknown> | undefined {
    return undefined;
  }

  hostConnected(): void {
    controllers.add(this);
    observeLangChanges();
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /** The language the effective `lang` asks for now. */
  protected get wanted(): Locale {
    return localeOfTag(effectiveLang(this.host));
  }

  /** Reads the effective `lang` again and asks for an update when the language changed. */
  refresh(): void {
    this.show(this.wanted);
  }

  /** Renders in `locale` from now on. */
  protected show(locale: Locale): void {
    if (locale !== this.#locale) {
      this.#locale = locale;
      this.host.requestUpdate();
    }
  }
}
