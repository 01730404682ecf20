// Printing the support package alone. The widget's own print styles hide its controls, but a
// shadow root cannot hide the host page around it, and `@page` (A4) is only read from the
// document's styles. So while a package is printed, the element carries `data-opvang-printing`
// and the document has one constructed stylesheet (no inline style: fine under a strict CSP)
// that, for print only, hides every element that is not the widget, inside it, or around it;
// without the mark (printing anything else) it matches nothing.

const ATTRIBUTE = 'data-opvang-printing';
const SHEET_KEY = Symbol.for('@opvang/widgets:catalogue-print-sheet');
type WithSheet = Document & {
  [SHEET_KEY]?: { readonly sheet: CSSStyleSheet; marked: number } | undefined;
};

const PRINT_CSS = `@media print {
  @page { size: A4; margin: 15mm; }
  body:has([${ATTRIBUTE}]) :not([${ATTRIBUTE}], [${ATTRIBUTE}] *, :has([${ATTRIBUTE}])) {
    display: none !important;
  }
  [${ATTRIBUTE}] { display: block; margin: 0; padding: 0; }
}`;

// The sheet is in the document only while a package is marked for print: its `@page` would
// otherwise set the paper of every later printout of the host page.
function adoptPrintSheet(document: Document): void {
  const holder = document as WithSheet;
  const held = holder[SHEET_KEY];
  if (held !== undefined) {
    held.marked += 1;
    return;
  }
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(PRINT_CSS);
  holder[SHEET_KEY] = { sheet, marked: 1 };
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

function dropPrintSheet(document: Document): void {
  const holder = document as WithSheet;
  const held = holder[SHEET_KEY];
  if (held === undefined) return;
  held.marked -= 1;
  if (held.marked > 0) return;
  holder[SHEET_KEY] = undefined;
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== held.sheet);
}

/**
 * Marks `host` as what is printed until the browser's `afterprint`, and returns the function
 * that unmarks it (called by `afterprint`, or by the caller). The document's print sheet is
 * there only while some host is marked.
 *
 * @example
 * ```ts
 * markForPrint(this);
 * globalThis.print();
 * ```
 */
export function markForPrint(host: HTMLElement): () => void {
  const document = host.ownerDocument;
  adoptPrintSheet(document);
  host.setAttribute(ATTRIBUTE, '');
  let marked = true;
  const unmark = (): void => {
    if (!marked) return;
    marked = false;
    host.removeAttribute(ATTRIBUTE);
    dropPrintSheet(document);
    globalThis.removeEventListener('afterprint', unmark);
  };
  globalThis.addEventListener('afterprint', unmark);
  return unmark;
}
