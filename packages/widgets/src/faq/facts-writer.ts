import type { Faq } from '@opvang/core/faq';
import type { Locale } from '@opvang/core/i18n';
import type { Result, ValidationError } from '@opvang/core/shared';

/** Writes a FAQ from a centre's facts: the core's `generateFaq`, installed by `./facts.js`. */
export type FactsWriter = (
  facts: unknown,
  options: { readonly lang: Locale },
) => Result<Faq, ValidationError>;

/**
 * Where the FAQ writer lives: on the global object under a registered symbol, not on one copy of
 * the class. opvang-faq.js and opvang-faq-facts.js each bundle their own `OpvangFaq`, and the
 * tag keeps whichever copy was defined first, so the writer that opvang-faq-facts.js brings must
 * reach the elements of the other copy too.
 */
const FACTS_WRITER = Symbol.for('@opvang/widgets:faq-facts-writer');
/** Fired on `window` when a writer is installed, so FAQs waiting for one write themselves. */
export const FACTS_WRITER_EVENT = 'opvang-faq-facts-writer';
type WithFactsWriter = typeof globalThis & { [FACTS_WRITER]?: FactsWriter | undefined };

/**
 * The FAQ writer every copy of the widget on the page uses, if a build installed one.
 *
 * @example
 * ```ts
 * if (factsWriter() === undefined) console.error('load opvang-faq-facts.js');
 * ```
 */
export function factsWriter(): FactsWriter | undefined {
  return (globalThis as WithFactsWriter)[FACTS_WRITER];
}

/**
 * Installs (or, with `undefined`, removes) the FAQ writer for every copy of the widget on the
 * page, and wakes the FAQs that wait for one.
 *
 * @example
 * ```ts
 * installFactsWriter((facts, options) => generateFaq(facts as FaqFactsInput, options));
 * ```
 */
export function installFactsWriter(writer: FactsWriter | undefined): void {
  (globalThis as WithFactsWriter)[FACTS_WRITER] = writer;
  if (writer !== undefined && typeof dispatchEvent === 'function')
    dispatchEvent(new Event(FACTS_WRITER_EVENT));
}
