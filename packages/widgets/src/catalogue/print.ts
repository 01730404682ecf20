// Printing the support package alone. The widget's own print styles hide its controls, but a
// shadow root cannot hide the host page around it, and `@page` (A4) is only read from the
// document's styles. So while a package is printed, the element carries `data-opvang-printing`
// and the document has one constructed stylesheet (no inline style: fine under a strict CSP)
// that, for print only, hides every element that is not the widget, inside it, or around it;
// without the mark (printing anything else) it matches nothing.

const ATTRIBUTE = 'data-opvang-printing';
const SHEET_KEY = Symbol.for('@opvang/widgets:catalogue-print-sheet');
type WithSheet = Document & { [SHEET_KEY]?: CSSStyleSheet };

const PRINT_CSS = `@media print {
  @page { size: A4; margin: 15mm; }
  body:has([${ATTRIBUTE}]) :not([${ATTRIBUTE}], [${ATTRIBUTE}] *, :has([${ATTRIBUTE}])) {
    display: none !important;
  }
  [${ATTRIBUTE}] { display: block; margin: 0; padding: 0; }
}`;

/** Adds the document's print sheet once per document. */
function adoptPrintSheet(document: Document): void {
  const holder = document as WithSheet;
  if (holder[SHEET_KEY] !== undefined) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(PRINT_CSS);
  holder[SHEET_KEY] = sheet;
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/**
 * Marks `host` as what is printed until the browser's `afterprint`, and returns the function
 * that unmarks it (called by `afterprint`, or by the caller).
 *
 * @example
 * ```ts
 * markForPrint(this);
 * globalThis.print();
 * ```
 */
export function markForPrint(host: HTMLElement): () => void {
  adoptPrintSheet(host.ownerDocument);
  host.setAttribute(ATTRIBUTE, '');
  const unmark = (): void => {
    host.removeAttribute(ATTRIBUTE);
    globalThis.removeEventListener('afterprint', unmark);
  };
  globalThis.addEventListener('afterprint', unmark);
  return unmark;
}
