import { locales, type Locale, type Localized } from '../i18n/index.js';
import { foldForSearch } from '../shared/index.js';

/**
 * The words of a text, folded as all search folds (`foldForSearch`: no case, no diacritics,
 * `ß` → `ss`, anything but letters and digits a separator), in order, duplicates kept.
 *
 * @example
 * ```ts
 * tokenise('  Info en advies corona '); // ['info', 'en', 'advies', 'corona']
 * ```
 */
export function tokenise(text: string): string[] {
  // JavaScript callers may pass anything: what is not a string is no text at all.
  return typeof text === 'string'
    ? foldForSearch(text)
        .split(' ')
        .filter((word) => word !== '')
    : [];
}

/**
 * How many typos a query word of this length may contain: none up to 3 characters (too
 * many short words are one edit apart), 1 for 4-7 characters, 2 from 8 on.
 *
 * @example
 * ```ts
 * allowedEdits('nt2'); // 0
 * allowedEdits('inburgerng'); // 2
 * ```
 */
export function allowedEdits(word: string): number {
  if (word.length <= 3) return 0;
  return word.length <= 7 ? 1 : 2;
}

/**
 * The edit distance between two words (insertions, deletions, substitutions and swaps of
 * two neighbouring letters each count 1), or `max + 1` as soon as it must exceed `max`:
 * the early stop keeps search cheap.
 *
 * @example
 * ```ts
 * editDistance('inburgerng', 'inburgering', 2); // 1
 * editDistance('buddy', 'bdudy', 1); // 1
 * editDistance('corona', 'school', 2); // 3
 * ```
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Three rows of the optimal-string-alignment table: two back for swaps.
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length] ?? max + 1, max + 1);
}

/** How a query word matched a word of the text, best first. */
export type WordMatch = 'exact' | 'prefix' | 'fuzzy' | 'infix';

/**
 * Points per kind of word match. A prefix (for the word being typed) nearly equals an exact
 * hit; a typo or a part of a compound word (`markt` in `infomarkt`) counts least.
 *
 * @example
 * ```ts
 * matchPoints.fuzzy; // 2
 * ```
 */
export const matchPoints: Readonly<Record<WordMatch, number>> = {
  exact: 4,
  prefix: 3,
  fuzzy: 2,
  infix: 1,
};

/**
 * The best way one query word matches one text word, or `undefined`.
 * `isLast` allows a prefix match: the last query word may still be being typed.
 * Parts of compounds count from 5 letters, so `en` does not match every `tent`.
 *
 * @example
 * ```ts
 * matchWord('inburgerng', 'inburgering', false); // 'fuzzy'
 * matchWord('vrijwil', 'vrijwilligerswerk', true); // 'prefix'
 * matchWord('markt', 'infomarkt', false); // 'infix'
 * ```
 */
export function matchWord(
  queryWord: string,
  textWord: string,
  isLast: boolean,
): WordMatch | undefined {
  if (queryWord === textWord) return 'exact';
  if (isLast && queryWord.length >= 2 && textWord.startsWith(queryWord)) return 'prefix';
  const edits = allowedEdits(queryWord);
  if (edits > 0 && editDistance(queryWord, textWord, edits) <= edits) return 'fuzzy';
  if (queryWord.length >= 5 && textWord.includes(queryWord)) return 'infix';
  return undefined;
}

/** A searchable field of a document, with its weight: a label weighs more than a description. */
export interface SearchField {
  readonly locale: Locale;
  readonly weight: number;
  readonly words: readonly string[];
}

/** A document prepared for search: its words per language and field, tokenised once. */
export interface SearchDocument {
  readonly fields: readonly SearchField[];
}

/**
 * Prepares a document from texts per field, each given in every language.
 *
 * @example
 * ```ts
 * const doc = searchDocument([{ weight: 2, text: item.label }, { weight: 1, text: item.description }]);
 * ```
 */
export function searchDocument(
  parts: readonly { readonly weight: number; readonly text: Localized }[],
): SearchDocument {
  return {
    fields: parts.flatMap((part) =>
      locales.map((locale) => ({
        locale,
        weight: part.weight,
        words: tokenise(part.text[locale]),
      })),
    ),
  };
}

/** How a search combines its words: every word must match, or any. */
export type MatchMode = 'all' | 'any';

/** Options of {@link scoreDocument}. */
export interface ScoreOptions {
  /** Matches in this language count double, so its texts rank first. */
  readonly locale?: Locale | undefined;
  readonly mode: MatchMode;
}

/**
 * Weight of the requested language over the other three.
 *
 * @example
 * ```ts
 * scoreDocument(['parrainage'], doc, { mode: 'all', locale: 'fr' }); // PREFERRED_LOCALE_FACTOR × the score without locale
 * ```
 */
export const PREFERRED_LOCALE_FACTOR = 2;

/**
 * The relevance of a document for the query words: for each query word the best
 * `points × field weight × language factor` over all words of the document, summed.
 * Returns 0 when the document does not match (a word missing in `all` mode, or none in `any`).
 *
 * @example
 * ```ts
 * scoreDocument(tokenise('infomarkt'), doc, { mode: 'all' }) > 0; // true when doc mentions it
 * ```
 */
export function scoreDocument(
  queryWords: readonly string[],
  document: SearchDocument,
  options: ScoreOptions,
): number {
  let total = 0;
  queryWords.forEach((queryWord, index) => {
    const isLast = index === queryWords.length - 1;
    let best = 0;
    for (const field of document.fields) {
      const factor = field.weight * (options.locale === field.locale ? PREFERRED_LOCALE_FACTOR : 1);
      for (const word of field.words) {
        const kind = matchWord(queryWord, word, isLast);
        if (kind !== undefined) best = Math.max(best, matchPoints[kind] * factor);
      }
    }
    if (best === 0 && options.mode === 'all') total = Number.NEGATIVE_INFINITY;
    total += best;
  });
  return total > 0 ? total : 0;
}

/** A ranked search result: the entry and its relevance (0 when there was no search text). */
export interface Ranked<T> {
  readonly entry: T;
  readonly score: number;
}

/**
 * Ranks entries by score, highest first; equal scores keep the input order (the catalogue
 * order), so results are stable. Entries scoring 0 are dropped.
 *
 * @example
 * ```ts
 * rank(['a', 'b', 'c'], (x) => (x === 'b' ? 2 : 1)); // [{ entry: 'b', score: 2 }, { entry: 'a', score: 1 }, { entry: 'c', score: 1 }]
 * ```
 */
export function rank<T>(entries: readonly T[], score: (entry: T) => number): Ranked<T>[] {
  return entries
    .map((entry, index) => ({ entry, score: score(entry), index }))
    .filter((scored) => scored.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ entry, score: value }) => ({ entry, score: value }));
}
