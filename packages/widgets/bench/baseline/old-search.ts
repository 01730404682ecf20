// The core's search functions before they folded once (commit a3d3d49): the benchmark's baseline.
/** A stretch of a text, `start` inclusive and `end` exclusive, as string indices of the original text. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

const MARKS = /\p{M}/gu;

/** One character folded: decomposed, combining marks dropped, lower-cased (`É` → `e`). */
function foldCharacter(character: string): string {
  return character.normalize('NFD').replace(MARKS, '').toLowerCase();
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
  let folded = '';
  for (const character of text) folded += foldCharacter(character);
  return folded;
}

/**
 * Where a query occurs in a text, ignoring case and diacritics, as ranges of the original
 * text, so a renderer can highlight them by splitting the text into runs (never markup).
 * Matches do not overlap; an empty or blank query matches nothing.
 *
 * @example
 * ```ts
 * matchRanges('École en ecole', 'ECOLE'); // [{ start: 0, end: 5 }, { start: 9, end: 14 }]
 * ```
 */
export function matchRanges(text: string, query: string): TextRange[] {
  const needle = foldForSearch(query.trim());
  if (needle === '') return [];
  // Folding may change lengths (a ligature, a decomposed letter), so remember for each folded
  // index which original index it came from.
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
  const ranges: TextRange[] = [];
  let from = folded.indexOf(needle);
  while (from !== -1) {
    // The end is where the next folded character came from, so a trailing combining mark
    // (which folds to nothing) stays with its letter.
    ranges.push({
      start: origin[from] ?? text.length,
      end: origin[from + needle.length] ?? text.length,
    });
    from = folded.indexOf(needle, from + needle.length);
  }
  return ranges;
}
