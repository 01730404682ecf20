import { parseFaq, type Faq } from '@opvang/core/faq';
import type { Result, ValidationError } from '@opvang/core/shared';

/** What the widget was given: a FAQ, read and checked, or a centre's facts for the FAQ writer. */
export type Content =
  | { readonly kind: 'faq'; readonly result: Result<Faq, ValidationError> }
  | { readonly kind: 'facts'; readonly facts: unknown };

/**
 * Facts given as JSON text; text that is not JSON is left to the core's FAQ parser to say so,
 * with the same error shape as any other problem.
 *
 * @example
 * ```ts
 * factsContent('{"municipality":"Lier"}'); // { kind: 'facts', facts: { municipality: 'Lier' } }
 * ```
 */
export function factsContent(json: string): Content {
  try {
    return { kind: 'facts', facts: JSON.parse(json) as unknown };
  } catch {
    return { kind: 'faq', result: parseFaq(json) };
  }
}

/**
 * A FAQ's JSON from `src`, without cookies or credentials; rejects when it cannot be loaded.
 *
 * @example
 * ```ts
 * const content = await fetchContent('/opvang/faq.json');
 * ```
 */
export async function fetchContent(src: string): Promise<Content> {
  const response = await fetch(src, {
    credentials: 'omit',
    headers: { accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return { kind: 'faq', result: parseFaq(await response.text()) };
}
