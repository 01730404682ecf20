import { jsonLdText, toFaqPageJsonLd, type FaqItem } from '@opvang/core/faq';

/** The one Trusted Types method this widget needs; `trustedTypes` is not in TypeScript's DOM lib. */
interface ScriptPolicy {
  createScript(input: string): unknown;
}
type WithTrustedTypes = typeof globalThis & {
  trustedTypes?: {
    createPolicy(name: string, rules: { createScript(input: string): string }): ScriptPolicy;
  };
};
let jsonLdPolicy: ScriptPolicy | null | undefined;

/**
 * A Trusted Types policy for the JSON-LD text, created on first use and only with
 * `structured-data`. It passes through only what `jsonLdText` wrote for a data block,
 * which is never run. A page whose `trusted-types` directive does not allow `opvang-faq` makes
 * `createPolicy` throw; then `null`, and the text goes in as a Text node instead.
 */
function scriptPolicy(): ScriptPolicy | null {
  if (jsonLdPolicy === undefined) {
    try {
      jsonLdPolicy =
        (globalThis as WithTrustedTypes).trustedTypes?.createPolicy('opvang-faq', {
          createScript: (input) => input,
        }) ?? null;
    } catch {
      jsonLdPolicy = null;
    }
  }
  return jsonLdPolicy;
}

/**
 * One FAQ's schema.org `FAQPage` JSON-LD in the document head: written for the questions shown,
 * rewritten only when they change, removed when there are none.
 *
 * @example
 * ```ts
 * const data = new StructuredData();
 * data.write(element.items); // in updated()
 * data.write([]);            // on disconnect, or when structured-data is off
 * ```
 */
export class StructuredData {
  #script: HTMLScriptElement | undefined;

  write(items: readonly FaqItem[]): void {
    const first = items[0];
    if (first === undefined) {
      this.#script?.remove();
      this.#script = undefined;
      return;
    }
    const text = jsonLdText(toFaqPageJsonLd({ items }, { language: first.language }));
    if (!this.#script) {
      this.#script = document.createElement('script');
      this.#script.type = 'application/ld+json';
      this.#script.dataset['opvangFaq'] = '';
      document.head.append(this.#script);
    }
    if (this.#script.textContent === text) return;
    // The `text` setter of a <script> is a Trusted Types sink: it throws under
    // `require-trusted-types-for 'script'` unless given a TrustedScript. Without a policy, a
    // Text node child still works for a data block (never run), but Chromium then logs
    // "requires 'TrustedScript' assignment" on every write, which alarms webmasters.
    const policy = scriptPolicy();
    if (policy) this.#script.text = policy.createScript(text) as string;
    else this.#script.replaceChildren(document.createTextNode(text));
  }
}
