/**
 * The one text folding of the core: how FAQ search and catalogue search compare text. See
 * "Search folding" in docs/development.md.
 *
 * Per character (code point): compatibility-decomposed (NFKD: `ﬁ` → `fi`, `ĳ` → `ij`, `²` → `2`),
 * combining marks dropped (`é` → `e`), lower-cased, then a few letters no decomposition splits
 * (`ß` → `ss`, `æ` → `ae`, `œ` → `oe`, `ø` → `o`, `ł` → `l`, `đ` → `d`, `ı` → `i`).
 * Everything that is then not a letter or digit (space, punctuation, every apostrophe, symbols,
 * emoji) is a separator: a run of them folds to one space, and none at the start or the end.
 * Invisible format characters (soft hyphen, zero-width space and joiner) fold to nothing, so a
 * word broken by a soft hyphen is still one word.
 */

/** A stretch of a text, `start` inclusive and `end` exclusive, as string indices of the original text. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/**
 * A text folded once for search ({@link foldForSearch}), with, for each folded character, where
 * in the original text it came from, so matches map back to the original text.
 * Made once when content is read; searching it then costs one `indexOf` per match.
 */
export interface SearchText {
  /** The original text. */
  readonly text: string;
  /** The text as search compares it. */
  readonly folded: string;
  /**
   * `origin[i]` is the index in `text` of the character that folded character `i` came from (for
   * a separator: the first character of its run), and `origin[folded.length]` is where the folded
   * part of `text` ends (before trailing separators).
   */
  readonly origin: readonly number[];
}

/** Letters that neither NFKD nor lower-casing turn into the letters a resident types. */
const LETTERS: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };
const SPECIAL = /[ßæœøłđı]/g;
// Anything but a letter or digit (and two apostrophes Unicode calls letters) separates words,
// except combining marks and invisible format characters (soft hyphen, zero-width space and
// joiner), which are nothing.
const SEPARATOR = /[^\p{L}\p{N}]|[ʼʻ]/gu;
const IGNORED = /[\p{M}\p{Cf}]/u;

/** Folded code points, each with `' '` for a separator: a text repeats its few dozen characters. */
const folds = new Map<string, string>();

/** One code point folded; a separator is `' '`, and marks and format characters are `''`. */
function foldCharacter(character: string): string {
  let folded = folds.get(character);
  if (folded === undefined) {
    // Lower-casing after NFKD: `İ` is then `I` and a mark, and no other letter lower-cases to a mark.
    folded = character.normalize('NFKD').toLowerCase().replace(SEPARATOR, (other) => (IGNORED.test(other) ? '' : ' ')).replace(SPECIAL, (letter) => LETTERS[letter] as string);
    folds.set(character, folded);
  }
  return folded;
}

/**
 * Folds a text once for search: see {@link SearchText}. Keep the result with the content and
 * pass it to {@link rangesIn} on every keystroke, instead of folding the text again.
 *
 * @example
 * ```ts
 * const question = toSearchText('Gaan de kinderen naar de École?');
 * question.folded; // 'gaan de kinderen naar de ecole'
 * rangesIn(question, foldForSearch('ecole')); // [{ start: 25, end: 30 }]
 * ```
 */
export function toSearchText(text: string): SearchText {
  let folded = '';
  const origin: number[] = [];
  // Where the run of separators being read started, or -1 after a letter or digit.
  let run = -1;
  let index = 0;
  for (const character of text) {
    const part = foldCharacter(character);
    let letters = false;
    for (const letter of part) {
      if (letter === ' ') {
        // After a letter of the same character (`⑴` is `(1)`), the run starts with the next one.
        if (run < 0) run = letters ? index + character.length : index;
        continue;
      }
      // A separator run is written only before the next letter: none at the start or the end.
      if (run >= 0 && folded !== '') {
        folded += ' ';
        origin.push(Math.min(run, index));
      }
      run = -1;
      letters = true;
      folded += letter;
      // One entry per UTF-16 unit of what it folded to (a letter above U+FFFF takes two).
      origin.push(index);
      if (letter.length > 1) origin.push(index);
    }
    index += character.length;
  }
  // Marks and format characters stay with the letter before them; trailing separators do not.
  origin.push(run < 0 ? index : run);
  return { text, folded, origin };
}

/**
 * A text as search compares it, see the folding rules of this module: `École`, `ecole` and
 * `ÉCOLE` are one word, `Straße` is `strasse`, and `l’école` is `l'ecole`.
 *
 * @example
 * ```ts
 * foldForSearch(' Où est l’École ? '); // 'ou est l ecole'
 * foldForSearch('Straße'); // 'strasse'
 * ```
 */
export function foldForSearch(text: string): string {
  return toSearchText(text).folded;
}

/**
 * Where an already folded query ({@link foldForSearch}) occurs in a {@link SearchText}, as
 * ranges of the original text: whole characters, with their combining marks, never half of a
 * surrogate pair. A match that starts or ends inside what one character folded to (`s` in
 * `ß` → `ss`) highlights that whole character. Ranges do not overlap; an empty needle matches nothing.
 *
 * @example
 * ```ts
 * rangesIn(toSearchText('École en ecole'), foldForSearch('ECOLE')); // [{ start: 0, end: 5 }, { start: 9, end: 14 }]
 * rangesIn(toSearchText('Straße'), foldForSearch('strasse')); // [{ start: 0, end: 6 }]
 * ```
 */
export function rangesIn(search: SearchText, needle: string): TextRange[] {
  const ranges: TextRange[] = [];
  if (needle === '') return ranges;
  const { folded, origin } = search;
  let from = folded.indexOf(needle);
  while (from !== -1) {
    let next = from + needle.length;
    // The end is where the first folded character after the last matched one's character came
    // from: past the rest of an expansion (`ß` → `ss`) and past trailing combining marks.
    const last = origin[next - 1] as number;
    while ((origin[next] as number) <= last) next += 1;
    ranges.push({ start: origin[from] as number, end: origin[next] as number });
    from = folded.indexOf(needle, next);
  }
  return ranges;
}

/**
 * Where a query occurs in a text, folded as {@link foldForSearch} folds, as ranges of the
 * original text, so a renderer can highlight them by splitting the text into runs (never markup).
 * Matches do not overlap; an empty or blank query matches nothing. It folds the text on each
 * call: to search the same text again and again, fold it once with {@link toSearchText}.
 *
 * @example
 * ```ts
 * matchRanges('École en ecole', 'ECOLE'); // [{ start: 0, end: 5 }, { start: 9, end: 14 }]
 * ```
 */
export function matchRanges(text: string, query: string): TextRange[] {
  return rangesIn(toSearchText(text), foldForSearch(query));
}
