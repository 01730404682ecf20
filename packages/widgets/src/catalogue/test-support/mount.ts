import { fixture, html } from '@open-wc/testing';
import type { OpvangCatalogue } from '../catalogue.js';
import '../define.js';
import { selectionKey } from '../selection.js';

/** Each test uses its own prefix, so no selection and no fragment leaks from one to the next. */
let counter = 0;
export function freshPrefix(): string {
  counter += 1;
  return `cat${String(Date.now() % 100000)}-${String(counter)}`;
}

/** Sets the page's fragment without a history entry and without a hashchange event. */
export function setHash(hash: string): void {
  history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
}

/** Puts the page back: no fragment, no kept selection. */
export function cleanUp(prefix: string): void {
  setHash('');
  localStorage.removeItem(selectionKey(prefix));
}

/** A catalogue in `lang` with `prefix`, after the page's fragment was set to `hash`. */
export async function mount(options: {
  lang?: string;
  prefix: string;
  hash?: string;
}): Promise<OpvangCatalogue> {
  if (options.hash !== undefined) setHash(options.hash);
  const element = await fixture<OpvangCatalogue>(
    html`<opvang-catalogue lang=${options.lang ?? 'en'} fragment-prefix=${options.prefix}
      ><p>Fallback</p></opvang-catalogue
    >`,
  );
  await element.updateComplete;
  return element;
}

/** The element's shadow root. */
export function root(element: OpvangCatalogue): ShadowRoot {
  if (element.shadowRoot === null) throw new Error('no shadow root');
  return element.shadowRoot;
}

/** The text of the first node matching `selector`, spaces collapsed. */
export function textOf(element: OpvangCatalogue, selector: string): string {
  return (root(element).querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The ids of the items in the result list, in order. */
export function resultIds(element: OpvangCatalogue): string[] {
  return [...root(element).querySelectorAll('[part~="result"]')].map(
    (node) => node.getAttribute('data-item-id') ?? '',
  );
}

/** Types into a field or picks an option, as a person does: value, then the events. */
export async function setField(
  element: OpvangCatalogue,
  selector: string,
  value: string,
): Promise<void> {
  const field = root(element).querySelector<HTMLInputElement | HTMLSelectElement>(selector);
  if (field === null) throw new Error(`no field ${selector}`);
  field.value = value;
  field.dispatchEvent(
    new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }),
  );
  await element.updateComplete;
}

/** Goes to a fragment as a link does: a new history entry and a hashchange event. */
export async function follow(element: OpvangCatalogue, hash: string): Promise<void> {
  const changed = new Promise((resolve) => {
    addEventListener('hashchange', resolve, { once: true });
  });
  location.hash = hash;
  await changed;
  await element.updateComplete;
}
