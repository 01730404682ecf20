import { answerText, type Faq, type FaqItem, type Inline } from './model.js';
import { rangesIn, toSearchText, type SearchText, type TextRange } from '../shared/fold.js';

/**
 * A FAQ folded for search once, when it is read: each item's whole text, and each run of text
 * that may be highlighted. A keystroke then compares folded text only, with no folding per item.
 */
export interface FaqSearchIndex {
  readonly items: WeakMap<FaqItem, SearchText>;
  readonly runs: Map<string, SearchText>;
}

/**
 * Folds every question and answer of a FAQ for search.
 *
 * @example
 * ```ts
 * const index = faqSearchIndex(faq);
 * faq.items.filter((item) => itemMatches(index, item, foldQuery('school')));
 * ```
 */
export function faqSearchIndex(faq: Faq): FaqSearchIndex {
  const items = new WeakMap<FaqItem, SearchText>();
  const runs = new Map<string, SearchText>();
  const run = (text: string): void => {
    if (!runs.has(text)) runs.set(text, toSearchText(text));
  };
  const inline = (content: readonly Inline[]): void => {
    for (const part of content) run(typeof part === 'string' ? part : part.text);
  };
  for (const item of faq.items) {
    items.set(item, itemText(item));
    run(item.question);
    for (const block of item.answer) {
      if (block.type === 'paragraph') inline(block.content);
      else if (block.type === 'list') for (const entry of block.items) inline(entry);
      else run(block.text);
    }
  }
  return { items, runs };
}

function itemText(item: FaqItem): SearchText {
  return toSearchText(`${item.question}\n${answerText(item.answer)}`);
}

/**
 * Whether an item's question or answer contains `needle`, already folded with
 * `foldQuery`; an empty needle matches every item. An item not in the index is folded now.
 *
 * @example
 * ```ts
 * itemMatches(index, item, foldQuery('Straße'));
 * ```
 */
export function itemMatches(index: FaqSearchIndex, item: FaqItem, needle: string): boolean {
  return needle === '' || (index.items.get(item) ?? itemText(item)).folded.includes(needle);
}

/**
 * Where a folded `needle` occurs in one run of text of the FAQ, as ranges of the original text
 * to highlight. A run not in the index is folded now.
 *
 * @example
 * ```ts
 * highlightRanges(index, item.question, foldQuery('ecole')); // [{ start: 12, end: 17 }]
 * ```
 */
export function highlightRanges(index: FaqSearchIndex, text: string, needle: string): TextRange[] {
  return rangesIn(index.runs.get(text) ?? toSearchText(text), needle);
}

/**
 * What a keystroke highlights: the folded needle from two characters on, else nothing. One
 * letter still filters ({@link itemMatches}), but marking every "e" in 200 answers helps no
 * one and costs thousands of elements per keystroke.
 *
 * @example
 * ```ts
 * highlightNeedle(foldQuery('e')); // ''
 * highlightNeedle(foldQuery('Éc')); // 'ec'
 * ```
 */
export function highlightNeedle(needle: string): string {
  return needle.length >= 2 ? needle : '';
}
