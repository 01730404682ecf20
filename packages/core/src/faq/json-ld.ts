import { localeOfTag, type Locale } from '../i18n/index.js';
import { answerText, type Faq } from './model.js';

/** A schema.org `FAQPage`, as JSON-LD. */
export interface FaqPageJsonLd {
  readonly '@context': 'https://schema.org';
  readonly '@type': 'FAQPage';
  readonly inLanguage?: Locale;
  readonly mainEntity: ReadonlyArray<{
    readonly '@type': 'Question';
    readonly name: string;
    readonly acceptedAnswer: { readonly '@type': 'Answer'; readonly text: string };
  }>;
}

/**
 * The FAQ as schema.org `FAQPage` structured data: each item a `Question` with its `name`
 * and an `acceptedAnswer` of type `Answer` whose `text` is the answer as plain text (links
 * written out), so no markup from the content ever reaches the page head.
 *
 * Pass `language` to describe only that language's questions, as a page in one language
 * should; without it every item is included.
 *
 * @example
 * ```ts
 * const jsonLd = toFaqPageJsonLd(faq, { language: 'nl' });
 * // { '@context': 'https://schema.org', '@type': 'FAQPage', inLanguage: 'nl',
 * //   mainEntity: [{ '@type': 'Question', name: 'Wie komt er wonen?', acceptedAnswer: { '@type': 'Answer', text: '…' } }] }
 * ```
 */
export function toFaqPageJsonLd(
  faq: Faq,
  options: { readonly language?: Locale } = {},
): FaqPageJsonLd {
  // A language tag is read as everywhere in the core: `en-GB` is English, an unknown one Dutch.
  const wanted: unknown = (options as { language?: unknown } | null | undefined)?.language;
  const language = wanted === undefined ? undefined : localeOfTag(wanted);
  const items =
    language === undefined ? faq.items : faq.items.filter((item) => item.language === language);
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    ...(language === undefined ? {} : { inLanguage: language }),
    mainEntity: items.map((item) => ({
      '@type': 'Question',
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: answerText(item.answer) },
    })),
  };
}

/**
 * JSON-LD as text that is safe inside a `<script type="application/ld+json">` element even
 * when written into HTML: `<`, `>` and `&` are escaped as `\u003c`, `\u003e`, `\u0026`, so a
 * question containing `</script>` cannot close the element. JSON parsers read it unchanged.
 *
 * @example
 * ```ts
 * jsonLdText({ name: '</script>' }); // '{"name":"\\u003c/script\\u003e"}'
 * ```
 */
export function jsonLdText(value: unknown): string {
  // \u escapes of the characters that could end the script element or a line in old parsers.
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
