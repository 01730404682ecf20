/**
 * A citation of one of the project's source texts (`sources/<seed>_*.txt`, copies of
 * `shared/seeds/`), with a short quote from the cited lines so that a test can check that
 * the lines say what the citation claims. One format for data and docs alike.
 */

/** The source texts, by the number their file name starts with. */
export const seedIds = ['000', '001', '002', '003', '004'] as const;

/** One of {@link seedIds}. */
export type SeedId = (typeof seedIds)[number];

/**
 * Where a statement comes from: a seed, an inclusive line range, and a short verbatim quote
 * (a few words, in the source's Dutch) that stands within those lines.
 *
 * @example
 * ```ts
 * const band: Citation = { seed: '002', lines: [552, 556], quote: 'tussen 85% en 94%' };
 * ```
 */
export interface Citation {
  readonly seed: SeedId;
  /** First and last line, inclusive, 1-based. */
  readonly lines: readonly [number, number];
  /** Words from those lines, as written there; white space and line breaks may differ. */
  readonly quote: string;
}

/** White space folded, so that a quote may run across a line break of the source. */
function folded(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * What is wrong with a citation, checked against the text of its seed; `undefined` when the
 * lines exist and hold the quote. Pure: the caller reads the file.
 *
 * @example
 * ```ts
 * citationProblem({ seed: '000', lines: [151, 151], quote: 'binnen 48 uur' }, sourceText);
 * // undefined, or 'seed 000, lines 151–151: the quote "binnen 48 uur" is not in these lines'
 * ```
 */
export function citationProblem(citation: Citation, sourceText: string): string | undefined {
  const [first, last] = citation.lines;
  const where = `seed ${citation.seed}, lines ${first}–${last}`;
  const lines = sourceText.split(/\r?\n/);
  if (!Number.isInteger(first) || !Number.isInteger(last) || first < 1 || last < first)
    return `${where}: not a line range`;
  if (last > lines.length) return `${where}: the source has ${lines.length} lines`;
  const quote = folded(citation.quote);
  if (quote.split(' ').length < 2)
    return `${where}: the quote "${citation.quote}" is too short to prove anything (two words at least)`;
  const cited = folded(lines.slice(first - 1, last).join('\n'));
  if (!cited.includes(quote))
    return `${where}: the quote "${citation.quote}" is not in these lines`;
  return undefined;
}

/**
 * A citation as the docs write it: ``seed `000`, lines 108–123: “quote”``.
 *
 * @example
 * ```ts
 * formatCitation({ seed: '000', lines: [151, 151], quote: 'binnen 48 uur' }); // 'seed `000`, line 151: “binnen 48 uur”'
 * ```
 */
export function formatCitation(citation: Citation): string {
  const [first, last] = citation.lines;
  const lines = first === last ? `line ${first}` : `lines ${first}–${last}`;
  return `seed \`${citation.seed}\`, ${lines}: “${citation.quote}”`;
}

/**
 * Every citation written in a Markdown text in the docs' format, and every other mention of
 * numbered lines (`lines 126-127`, `line 94`): in the docs, lines are only ever a source's,
 * so such a mention is a citation without its seed or quote.
 *
 * @example
 * ```ts
 * citationsInMarkdown('as the source says (seed `000`, line 151: “binnen 48 uur”)');
 * // { citations: [{ seed: '000', lines: [151, 151], quote: 'binnen 48 uur' }], malformed: [] }
 * ```
 */
export function citationsInMarkdown(markdown: string): {
  readonly citations: readonly Citation[];
  readonly malformed: readonly string[];
} {
  const citations: Citation[] = [];
  const malformed: string[] = [];
  const wellFormed = /seed `(\d{3})`, lines? (\d+)(?:–(\d+))?: “([^”]+)”/g;
  for (const match of markdown.matchAll(wellFormed)) {
    const [, seed, first, last, quote] = match;
    if (!(seedIds as readonly string[]).includes(seed ?? '')) {
      malformed.push(match[0]);
      continue;
    }
    citations.push({
      seed: seed as SeedId,
      lines: [Number(first), Number(last ?? first)],
      quote: quote ?? '',
    });
  }
  const rest = markdown.replace(wellFormed, '');
  // Any other mention of numbered lines is a citation in another spelling, or one without a quote.
  for (const match of rest.matchAll(/[^\n]{0,30}\blines? \d+[^\n]{0,20}/gi))
    malformed.push(match[0].trim());
  return { citations, malformed };
}
