/**
 * The one text folding of the core: how FAQ search and catalogue search compare text. See
 * "Search folding" in docs/development.md.
 *
 * Per character (code point): compatibility-decomposed (NFKD: `ﬁ` → `fi`, `ĳ` → `ij`, `²` → `2`),
 * combining marks dropped (`é` → `e`), lower-cased, then a few letters no decomposition splits
 * (`ß` → `ss`, `æ` → `ae`, `œ` → `oe`, `ø` → `o`, `ł` → `l`, `đ` → `d`, `ı` → `i`).
 * Everything that is then not a letter or digit (space, punctuation, every apostrophe, symbols,
 * emoji) is a separator: a run of them folds to one space. A query is trimmed first
 * ({@link foldQuery}), so `wonen?` finds `wonen?` and `wonen,` but not `wonende`.
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
   * a separator: the first character of its run), and `origin[folded.length]` is `text.length`.
   */
  readonly origin: readonly number[];
}

/** Letters that neither NFKD nor lower-casing turn into the letters a resident types. */
const LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ı: 'i',
};
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
    folded = character
      .normalize('NFKD')
      .toLowerCase()
      .replace(SEPARATOR, (other) => (IGNORED.test(other) ? '' : ' '))
      .replace(SPECIAL, (letter) => LETTERS[letter] as string);
    folds.set(character, folded);
  }
  return folded;
}

/** Where the character (code point) at `index` of `text` ends, with the marks and format characters after it. */
function characterEnd(text: string, index: number): number {
  let end = index + ((text.codePointAt(index) as number) > 0xffff ? 2 : 1);
  while (end < text.length) {
    const character = String.fromCodePoint(text.codePointAt(end) as number);
    if (!IGNORED.test(character)) break;
    end += character.length;
  }
  return end;
}

/**
 * Folds a text once for search: see {@link SearchText}. Keep the result with the content and
 * pass it to {@link rangesIn} on every keystroke, instead of folding the text again.
 *
 * @example
 * ```ts
 * const question = toSearchText('Gaan de kinderen naar de École?');
 * question.folded; // 'gaan de kinderen naar de ecole '
 * rangesIn(question, foldQuery('ecole')); // [{ start: 25, end: 30 }]
 * ```
 */
export function toSearchText(text: string): SearchText {
  let folded = '';
  const origin: number[] = [];
  let separated = false;
  let index = 0;
  for (const character of text) {
    for (const letter of foldCharacter(character)) {
      // A run of separators is one space, which comes from the run's first character.
      if (letter === ' ') {
        if (separated) continue;
        separated = true;
      } else separated = false;
      folded += letter;
      // One entry per UTF-16 unit of what it folded to (a letter above U+FFFF takes two).
      origin.push(index);
      if (letter.length > 1) origin.push(index);
    }
    index += character.length;
  }
  origin.push(index);
  return { text, folded, origin };
}

/**
 * A text as search compares it, see the folding rules of this module: `École`, `ecole` and
 * `ÉCOLE` are one word, `Straße` is `strasse`, and `l’école` is `l'ecole`.
 *
 * @example
 * ```ts
 * foldForSearch('Où est l’École ?'); // 'ou est l ecole '
 * foldForSearch('Straße'); // 'strasse'
 * ```
 */
export function foldForSearch(text: string): string {
  return toSearchText(text).folded;
}

/**
 * What a typed query searches for: the query without white space at its ends, folded. An
 * empty result is no search.
 *
 * @example
 * ```ts
 * foldQuery('  Straße? '); // 'strasse '
 * ```
 */
export function foldQuery(query: string): string {
  return foldForSearch(query.trim());
}

/**
 * Where an already folded query ({@link foldQuery}) occurs in a {@link SearchText}, as
 * ranges of the original text: whole characters, with their combining marks, never half of a
 * surrogate pair. A match that starts or ends inside what one character folded to (`s` in
 * `ß` → `ss`) highlights that whole character. Ranges do not overlap; an empty needle matches nothing.
 *
 * @example
 * ```ts
 * rangesIn(toSearchText('École en ecole'), foldQuery('ECOLE')); // [{ start: 0, end: 5 }, { start: 9, end: 14 }]
 * rangesIn(toSearchText('Straße'), foldQuery('strasse')); // [{ start: 0, end: 6 }]
 * ```
 */
export function rangesIn(search: SearchText, needle: string): TextRange[] {
  const ranges: TextRange[] = [];
  if (needle === '') return ranges;
  const { folded, origin } = search;
  let from = folded.indexOf(needle);
  while (from !== -1) {
    let next = from + needle.length;
    const last = origin[next - 1] as number;
    let end: number;
    if ((origin[next] as number) <= last) {
      // The match ends inside what one character folded to (`s` of `ß` → `ss`, the first space
      // of `⑴` → ` 1 `): the end is that character's, with its marks. Not where the next folded
      // character came from: the separators after `⑴` fold into its last space and have none.
      end = characterEnd(search.text, last);
      while (next < folded.length && (origin[next] as number) < end) next += 1;
    } else {
      // The end is where the first folded character after the match came from: past trailing
      // combining marks, and past the rest of a run of separators the match ended in.
      end = origin[next] as number;
    }
    ranges.push({ start: origin[from] as number, end });
    from = folded.indexOf(needle, next);
  }
  return ranges;
}

/**
 * Where a query occurs in a text, folded as {@link foldQuery} folds, as ranges of the
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
  return rangesIn(toSearchText(text), foldQuery(query));
}
