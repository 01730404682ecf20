import {
  faqSearchIndex,
  foldQuery,
  highlightNeedle,
  highlightRanges,
  itemMatches,
  type Faq,
  type FaqItem,
} from '@opvang/core/faq';
import { html, type TemplateResult } from 'lit';
import type { Mark } from './answer.js';

/** Search over one FAQ: what `faq.ts` asks of it once a visitor starts to search. */
export interface FaqSearch {
  /** Whether an item contains `needle` (folded with {@link FaqSearchModule.foldQuery}). */
  matches(item: FaqItem, needle: string): boolean;
  /** How to mark the matches of `needle` in a text (the needle from two characters on). */
  mark(needle: string): Mark | undefined;
}

/** What the search chunk offers; see `search-loader.ts`. */
export interface FaqSearchModule {
  /** The query as search compares it. */
  readonly foldQuery: (query: string) => string;
  /** Folds every question and answer of the FAQ once. */
  readonly searchFaq: (faq: Faq) => FaqSearch;
}

/**
 * Folds every question and answer of a FAQ once, and answers per keystroke from the folded
 * text. Its own module, with the folding and the highlighting, so that the CDN build puts them
 * in a chunk a page loads only when a visitor starts to search.
 *
 * @example
 * ```ts
 * const search = searchFaq(faq);
 * faq.items.filter((item) => search.matches(item, foldQuery('school')));
 * ```
 */
export function searchFaq(faq: Faq): FaqSearch {
  const index = faqSearchIndex(faq);
  return {
    matches: (item, needle) => itemMatches(index, item, needle),
    mark(needle) {
      const marking = highlightNeedle(needle);
      if (marking === '') return undefined;
      return (text) => {
        const runs: (string | TemplateResult)[] = [];
        let at = 0;
        for (const { start, end } of highlightRanges(index, text, marking)) {
          if (start > at) runs.push(text.slice(at, start));
          runs.push(html`<mark part="match">${text.slice(start, end)}</mark>`);
          at = end;
        }
        if (at < text.length) runs.push(text.slice(at));
        return runs;
      };
    },
  };
}

export { foldQuery };
