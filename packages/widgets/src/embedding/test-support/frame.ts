// Opens an embedding page (served with a strict CSP by pages-middleware.mjs) in an iframe
// and reads what the page recorded: CSP violations, errors and warnings.
import type { WidgetFixture } from './widgets.js';

/** What pages/record.js collects inside the page. */
export interface PageRecord {
  readonly violations: string[];
  readonly errors: string[];
  readonly warnings: string[];
}

/** An embedding page loaded in an iframe of the test runner's page. */
export interface EmbeddingPage {
  readonly frame: HTMLIFrameElement;
  readonly window: Window & { __embedding: PageRecord };
  readonly document: Document;
  readonly widget: HTMLElement | null;
}

export interface PageOptions {
  readonly page: 'strict' | 'hostile';
  /** Load the widget's script; without it the page shows the fallback content only. */
  readonly withScript?: boolean;
  /** Another CDN file loaded before the widget's own, e.g. a second copy of the widget. */
  readonly second?: string;
  /** The iframe's width in CSS pixels, i.e. the page's viewport. Default 800. */
  readonly width?: number;
  /** Browser zoom of the page, as a factor (4 is 400%), applied with CSS `zoom` on its root. */
  readonly zoom?: number;
  /** The web font the page renders in (src/shared/test-support/test-fonts.css). Default sans. */
  readonly font?: TestFont;
}

/** The test fonts: DejaVu Sans, and DejaVu Sans Mono as the widest text a reader may have. */
export type TestFont = 'sans' | 'mono';

const TEST_FONT_FAMILIES: Readonly<Record<TestFont, string>> = {
  sans: 'Opvang Test Sans',
  mono: 'Opvang Test Mono',
};

/**
 * Loads a test font in `document` and fails when it does not load, so that no measurement
 * silently falls back to whatever fonts the machine has.
 */
export async function loadTestFont(document: Document, font: TestFont = 'sans'): Promise<void> {
  const family = TEST_FONT_FAMILIES[font];
  for (const weight of ['400', '700']) {
    const faces = await document.fonts.load(`${weight} 16px "${family}"`);
    if (faces.length === 0) throw new Error(`the test font "${family}" (${weight}) did not load`);
  }
  await document.fonts.ready;
}

/** Whether the test runner serves `path` (a HEAD request; a CDN file not built yet gives 404). */
export async function served(path: string): Promise<boolean> {
  const response = await fetch(path, { method: 'HEAD', cache: 'no-store' });
  return response.ok;
}

export async function openPage(
  widget: WidgetFixture,
  options: PageOptions,
): Promise<EmbeddingPage> {
  const query = new URLSearchParams({ markup: widget.markup });
  if (options.withScript !== false) query.set('script', widget.cdn);
  if (options.second) query.set('second', options.second);
  query.set('font', options.font ?? 'sans');
  const frame = document.createElement('iframe');
  frame.title = `${options.page} page with <${widget.tag}>`;
  frame.style.width = `${options.width ?? 800}px`;
  frame.style.height = '600px';
  frame.style.border = '0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/src/embedding/pages/${options.page}.html?${query.toString()}`;
  document.body.append(frame);
  await loaded;
  const window = frame.contentWindow as EmbeddingPage['window'];
  const frameDocument = frame.contentDocument as Document;
  // Through the CSSOM, which the page's style-src does not restrict (a style attribute it would).
  if (options.zoom !== undefined)
    frameDocument.documentElement.style.setProperty('zoom', String(options.zoom));
  await loadTestFont(frameDocument, options.font);
  return {
    frame,
    window,
    document: frameDocument,
    widget: frameDocument.querySelector<HTMLElement>(widget.tag),
  };
}

/** Waits until the widget has upgraded and shows `widget.rendered`; fails after `timeout` ms. */
export async function rendered(
  page: EmbeddingPage,
  widget: WidgetFixture,
  timeout = 5000,
): Promise<ShadowRoot> {
  const until = Date.now() + timeout;
  for (;;) {
    const root = page.widget?.shadowRoot;
    if (root && (root.textContent ?? '').includes(widget.rendered)) {
      await new Promise((resolve) => page.window.requestAnimationFrame(resolve));
      return root;
    }
    if (Date.now() > until) {
      throw new Error(
        `<${widget.tag}> did not render "${widget.rendered}"; page recorded ${JSON.stringify(page.window.__embedding)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Every element of a shadow tree, nested shadow roots included. */
export function shadowElements(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [
    element,
    ...(element.shadowRoot ? shadowElements(element.shadowRoot) : []),
  ]);
}

/** The computed values of `properties` for an element, as a plain object to compare. */
export function computed(element: Element, properties: readonly string[]): Record<string, string> {
  const style = (element.ownerDocument.defaultView ?? window).getComputedStyle(element);
  return Object.fromEntries(
    properties.map((property) => [property, style.getPropertyValue(property)]),
  );
}

/** All computed properties of an element, except those that depend on its laid-out size. */
export function allComputed(element: Element): Record<string, string> {
  const style = (element.ownerDocument.defaultView ?? window).getComputedStyle(element);
  const sizeDependent = new Set([
    'width',
    'height',
    'block-size',
    'inline-size',
    'perspective-origin',
    'transform-origin',
  ]);
  return Object.fromEntries(
    [...style]
      .filter((property) => !sizeDependent.has(property))
      .map((property) => [property, style.getPropertyValue(property)]),
  );
}
