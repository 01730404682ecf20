import { locales, type Locale } from '../i18n/index.js';
import {
  boolean,
  decode,
  err,
  isIsoDate,
  list,
  object,
  oneOf,
  optional,
  text,
  validationError,
  variant,
  type Decoder,
  type Result,
  type ValidationError,
  type ValidationIssue,
} from '../shared/index.js';

/** Emphasised text inside a paragraph or list item. */
export interface Emphasis {
  readonly type: 'emphasis';
  readonly text: string;
}

/** A link: only `http:`, `https:`, `mailto:` and `tel:` addresses, always absolute. */
export interface Link {
  readonly type: 'link';
  readonly href: string;
  readonly text: string;
}

/** A run of text inside a paragraph or list item: plain text, emphasis, or a link. */
export type Inline = string | Emphasis | Link;

/** A paragraph of inline content. */
export interface Paragraph {
  readonly type: 'paragraph';
  readonly content: readonly Inline[];
}

/** A bulleted (or, with `ordered`, numbered) list; each item is a run of inline content. */
export interface List {
  readonly type: 'list';
  readonly ordered?: boolean;
  readonly items: readonly (readonly Inline[])[];
}

/**
 * One block of an answer. A link may also stand alone as a block, for a "read more" line.
 * There is no HTML anywhere: renderers build elements from these nodes, so content from
 * outside can never inject markup or script.
 */
export type Block = Paragraph | List | Link;

/** One question and its answer. */
export interface FaqItem {
  /**
   * Stable and usable as a URL fragment (`#who-will-live-there`): lower-case letters, digits
   * and hyphens, starting with a letter; unique within its language.
   */
  readonly id: string;
  /** The category as readers see it, in the item's language: `Veiligheid`. */
  readonly category: string;
  readonly language: Locale;
  /** The day someone last checked that the answer is still right: `YYYY-MM-DD`. */
  readonly lastReviewed: string;
  readonly question: string;
  /** At least one block. */
  readonly answer: readonly [Block, ...Block[]];
}

/** A set of questions and answers, possibly in several languages. */
export interface Faq {
  readonly items: readonly FaqItem[];
}

/**
 * What FAQ content may be given as: a FAQ, or its JSON text. {@link parseFaq} reads either (and
 * checks anything else a JavaScript caller passes); `<opvang-faq>`'s `content` property takes it.
 *
 * @example
 * ```ts
 * const content: FaqContent = '{"items": []}';
 * parseFaq(content).ok; // true
 * ```
 */
export type FaqContent = Faq | string;

/** Limits on FAQ content, generous for real pages and tight enough to stop runaway input. */
export const FAQ_LIMITS = {
  items: 200,
  questionLength: 300,
  categoryLength: 80,
  blocksPerAnswer: 30,
  inlinesPerBlock: 60,
  listItems: 50,
  textLength: 5000,
  hrefLength: 2000,
  idLength: 80,
} as const;

const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
// Patterns rather than `URL`: the core runs where neither DOM nor Node types are assumed,
// and an allow-list of shapes is stricter than a parser that accepts anything it can mend.
const ALLOWED_HREF = [
  /^https?:\/\/[^\s/?#@\\]+(?:[/?#][^\s]*)?$/i,
  /^mailto:[^\s@/\\]+@[^\s@/\\]+$/i,
  /^tel:\+?[0-9][0-9().-]*$/i,
];

/**
 * Whether a link target is allowed in FAQ content: an absolute `http:`, `https:`, `mailto:`
 * or `tel:` address. Everything else (`javascript:`, `data:`, relative paths, values that are
 * not strings) is refused.
 *
 * @example
 * ```ts
 * isAllowedHref('https://www.fedasil.be'); // true
 * isAllowedHref('tel:+3250123456');        // true
 * isAllowedHref('javascript:alert(1)');    // false
 * ```
 */
export function isAllowedHref(href: string): boolean {
  if (typeof href !== 'string' || href.length > FAQ_LIMITS.hrefLength) return false;
  return ALLOWED_HREF.some((pattern) => pattern.test(href));
}

// The FAQ is read inside the widget: the core's decoders, not zod (docs/development.md,
// "Validation and its messages").
const trimmed = (max: number) => text({ trim: true, min: 1, max });

/** Inline runs keep their spaces (`'Telefoon: '` before a link), but may not be only spaces. */
const run = text({
  max: FAQ_LIMITS.textLength,
  check: [(value) => value.trim() !== '', 'empty text', 'text with at least one visible character'],
});

const link = object({
  type: oneOf(['link']),
  href: text({
    check: [isAllowedHref, 'not an allowed link', 'an absolute http(s):, mailto: or tel: address'],
  }),
  text: run,
});

const inlineObject = variant('type', {
  emphasis: object({ type: oneOf(['emphasis']), text: run }),
  link,
});

const inline: Decoder<Inline> = (value, path, issues) =>
  typeof value === 'string' ? run(value, path, issues) : inlineObject(value, path, issues);

const inlines = list(inline, 1, FAQ_LIMITS.inlinesPerBlock);

const block: Decoder<Block> = variant('type', {
  paragraph: object({ type: oneOf(['paragraph']), content: inlines }),
  list: object({
    type: oneOf(['list']),
    ordered: optional(boolean()),
    items: list(inlines, 1, FAQ_LIMITS.listItems),
  }),
  link,
});

const faqItem: Decoder<FaqItem> = object({
  id: text({
    max: FAQ_LIMITS.idLength,
    check: [
      (id) => ID.test(id),
      'not a fragment id',
      'lower-case letters, digits and single hyphens, starting with a letter: who-will-live-there',
    ],
  }),
  category: trimmed(FAQ_LIMITS.categoryLength),
  language: oneOf(locales),
  lastReviewed: text({
    check: [isIsoDate, 'not a date', 'a calendar date YYYY-MM-DD such as 2025-03-01'],
  }),
  question: trimmed(FAQ_LIMITS.questionLength),
  // list() guarantees at least one block when it reports no issue.
  answer: list(block, 1, FAQ_LIMITS.blocksPerAnswer) as Decoder<[Block, ...Block[]]>,
});

const faqDecoder = object({ items: list(faqItem, 0, FAQ_LIMITS.items) });

const SUBJECT = 'FAQ';

/**
 * Validates FAQ content from outside (a JSON file, an inline `<script type="application/json">`,
 * a property set by a page). Questions and categories are trimmed; inline text keeps its
 * spaces, which separate it from the next run. A string is parsed as JSON
 * first. Ids must be unique per language, so every question has its own URL fragment.
 *
 * @returns the FAQ, or a {@link ValidationError} whose issues give the path to each problem,
 *   such as `items[3].answer[1].href`.
 *
 * @example
 * ```ts
 * const result = parseFaq({
 *   items: [{
 *     id: 'who-will-live-there', category: 'Het centrum', language: 'nl', lastReviewed: '2025-03-01',
 *     question: 'Wie komt er wonen?',
 *     answer: [{ type: 'paragraph', content: ['Maximaal ', { type: 'emphasis', text: '80' }, ' volwassen mannen.'] }],
 *   }],
 * });
 * parseFaq('{"items": [{"id": "Who?"}]}');
 * // { ok: false, error: { issues: [{ path: 'items[0].id', expected: 'lower-case letters, …' }, …] } }
 * ```
 */
export function parseFaq(input: unknown): Result<Faq, ValidationError> {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      return err(
        validationError(SUBJECT, [
          {
            path: '',
            code: 'invalid',
            message: `not JSON: ${(error as Error).message}`,
            expected: 'a JSON object { "items": [...] }',
            received: input,
          },
        ]),
      );
    }
  }
  const parsed = decode(SUBJECT, faqDecoder, value);
  if (!parsed.ok) return parsed;
  const [first, ...rest] = duplicateIds(parsed.value.items);
  if (first !== undefined) return err(validationError(SUBJECT, [first, ...rest]));
  return parsed;
}

function duplicateIds(items: readonly { id: string; language: Locale }[]): ValidationIssue[] {
  const seen = new Map<string, number>();
  const issues: ValidationIssue[] = [];
  items.forEach((item, index) => {
    const key = `${item.language} ${item.id}`;
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, index);
    else {
      issues.push({
        path: `items[${index}].id`,
        code: 'invalid',
        message: `the same id as items[${earlier}] in language ${item.language}`,
        expected: 'an id no other question in this language has',
        received: item.id,
      });
    }
  });
  return issues;
}

/**
 * The questions of one language, in their order.
 *
 * @example
 * ```ts
 * itemsIn(faq, 'fr').map((item) => item.question);
 * ```
 */
export function itemsIn(faq: Faq, language: Locale): FaqItem[] {
  return faq.items.filter((item) => item.language === language);
}

/**
 * The text of inline content without markup: emphasis as its text, a link as its text.
 *
 * @example
 * ```ts
 * inlineText(['Bel ', { type: 'link', href: 'tel:+3250123456', text: '050 12 34 56' }, '.']); // 'Bel 050 12 34 56.'
 * ```
 */
export function inlineText(content: readonly Inline[]): string {
  return content.map((run) => (typeof run === 'string' ? run : run.text)).join('');
}

/**
 * An answer as plain text, for search and for structured data: paragraphs separated by a
 * blank line, list items on their own line with a bullet, a standalone link as
 * `text: href`.
 *
 * @example
 * ```ts
 * answerText([{ type: 'paragraph', content: ['Ja.'] }, { type: 'list', items: [['een'], ['twee']] }]);
 * // 'Ja.\n\n• een\n• twee'
 * ```
 */
export function answerText(answer: readonly Block[]): string {
  return answer
    .map((block) => {
      switch (block.type) {
        case 'paragraph':
          return inlineText(block.content);
        case 'list':
          return block.items
            .map(
              (item, index) =>
                `${block.ordered === true ? `${index + 1}.` : '•'} ${inlineText(item)}`,
            )
            .join('\n');
        case 'link':
          return block.text === block.href
            ? block.href
            : `${block.text}: ${displayHref(block.href)}`;
      }
    })
    .join('\n\n');
}

function displayHref(href: string): string {
  return href.replace(/^(?:mailto|tel):/, '');
}
