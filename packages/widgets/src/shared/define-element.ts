// Shared by every copy of this module on the page (npm build, CDN files), so a page that
// loads three copies still gets one warning per tag, not one per copy.
const WARNED_KEY = Symbol.for('@opvang/widgets:warned-tags');
type WithWarnedTags = typeof globalThis & { [WARNED_KEY]?: Set<string> };

function warnedTags(): Set<string> {
  // Created on first use, not at import: importing this module has no side effects.
  return ((globalThis as WithWarnedTags)[WARNED_KEY] ??= new Set<string>());
}

/**
 * Registers a custom element tag, unless the page already has one under that name.
 *
 * Webmasters paste script tags into pages they do not control, so the same widget may
 * arrive twice: from two CMS blocks, or from the CDN build next to an npm bundle. Calling
 * `customElements.define` twice throws and breaks the page; instead we keep the element that
 * came first, and warn once when it is a different class (another copy or version).
 *
 * @returns the class that ends up registered under `tag`.
 *
 * @example
 * ```ts
 * defineElement('opvang-info-market', OpvangInfoMarket);
 * ```
 */
export function defineElement(
  tag: string,
  element: CustomElementConstructor,
): CustomElementConstructor {
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, element);
    return element;
  }
  const warned = warnedTags();
  if (existing !== element && !warned.has(tag)) {
    warned.add(tag);
    console.warn(
      `<${tag}> was already defined on this page by another copy of @opvang/widgets; ` +
        'that copy is used and this one is ignored. Load each widget script once.',
    );
  }
  return existing;
}
