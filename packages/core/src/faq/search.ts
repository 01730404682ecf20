/** A stretch of a text, `start` inclusive and `end` exclusive, as string indices of the original text. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/**
 * A text folded once for search ({@link foldForSearch}), with, for each folded character, the
 * index of the original character it came from, so matches map back to the original text.
 * Made once when content is read; searching it then costs one `indexOf` per match.
 */
export interface SearchText {
  /** The original text. */
  readonly text: string;
  /** The text as search compares it. */
  readonly folded: string;
  /** `origin[i]` is the index in `text` of folded character `i`, plus `text.length` at the end; `undefined` when folding kept every index. */
  readonly origin: readonly number[] | undefined;
}

const MARKS = /\p{M}/gu;
// Only these need no more than `toLowerCase` (one character to one, same index).
const ASCII = /^[\x00-\x7f]*$/;

/** One character folded: decomposed, combining marks dropped, lower-cased (`É` → `e`). */
function foldCharacter(character: string): string {
  // Most characters of a Dutch, French, German or English text are ASCII: skip `normalize`.
  if (character.length === 1 && character.charCodeAt(0) < 0x80) return character.toLowerCase();
  return character.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/**
 * Folds a text once for search: see {@link SearchText}. Keep the result with the content and
 * pass it to {@link rangesIn} on every keystroke, instead of folding the text again.
 *
 * @example
 * ```ts
 * const question = toSearchText('Gaan de kinderen naar de École?');
 * question.folded; // 'gaan de kinderen naar de ecole?'
 * rangesIn(question, foldForSearch('ecole')); // [{ start: 25, end: 30 }]
 * ```
 */
export function toSearchText(text: string): SearchText {
  if (ASCII.test(text)) return { text, folded: text.toLowerCase(), origin: undefined };
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const character of text) {
    const part = foldCharacter(character);
    for (let i = 0; i < part.length; i++) origin.push(index);
    folded += part;
    index += character.length;
  }
  origin.push(text.length);
  return { text, folded, origin };
}

/**
 * A text as search compares it: without case and without diacritics, so `Ecole`, `école`
 * and `ÉCOLE` are one word for a resident who cannot type the accent.
 *
 * @example
 * ```ts
 * foldForSearch('Où est l’École ?'); // 'ou est l’ecole ?'
 * ```
 */
export function foldForSearch(text: string): string {
  return toSearchText(text).folded;
}

/**
 * Where an already folded query (`foldForSearch(query.trim())`) occurs in a {@link SearchText},
 * as ranges of the original text. Matches do not overlap; an empty needle matches nothing.
 *
 * @example
 * ```ts
 * rangesIn(toSearchText('École en ecole'), foldForSearch('ECOLE')); // [{ start: 0, end: 5 }, { start: 9, end: 14 }]
 * ```
 */
export function rangesIn(search: SearchText, needle: string): TextRange[] {
  const ranges: TextRange[] = [];
  if (needle === '') return ranges;
  const { text, folded, origin } = search;
  let from = folded.indexOf(needle);
  while (from !== -1) {
    const end = from + needle.length;
    // The end is where the next folded character came from, so a trailing combining mark
    // (which folds to nothing) stays with its letter.
    ranges.push(origin === undefined ? { start: from, end } : { start: origin[from] ?? text.length, end: origin[end] ?? text.length });
    from = folded.indexOf(needle, end);
  }
  return ranges;
}

/**
 * Where a query occurs in a text, ignoring case and diacritics, as ranges of the original
 * text, so a renderer can highlight them by splitting the text into runs (never markup).
 * Matches do not overlap; an empty or blank query matches nothing. It folds the text on each
 * call: to search the same text again and again, fold it once with {@link toSearchText}.
 *
 * @example
 * ```ts
 * matchRanges('École en ecole', 'ECOLE'); // [{ start: 0, end: 5 }, { start: 9, end: 14 }]
 * ```
 */
export function matchRanges(text: string, query: string): TextRange[] {
  const needle = foldForSearch(query.trim());
  return needle === '' ? [] : rangesIn(toSearchText(text), needle);
}
