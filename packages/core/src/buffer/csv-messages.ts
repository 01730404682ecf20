import { defineMessages, localeOfTag, type Locale } from '../i18n/index.js';
import { describeIssueIn, issueWords } from '../shared/index.js';
import type { CsvIssue } from './csv.js';

/** Where an issue of a network CSV is, in each language. */
const placeTexts = defineMessages<{
  readonly row: (p: { row: number; line: number }) => string;
  readonly line: (p: { line: number }) => string;
  readonly column: (p: { column: string }) => string;
}>({
  nl: {
    row: (p) => `Rij ${p.row} (regel ${p.line})`,
    line: (p) => `Regel ${p.line}`,
    column: (p) => `kolom ${p.column}`,
  },
  fr: {
    row: (p) => `Rangée ${p.row} (ligne ${p.line})`,
    line: (p) => `Ligne ${p.line}`,
    column: (p) => `colonne ${p.column}`,
  },
  de: {
    row: (p) => `Zeile ${p.row} (Dateizeile ${p.line})`,
    line: (p) => `Dateizeile ${p.line}`,
    column: (p) => `Spalte ${p.column}`,
  },
  en: {
    row: (p) => `Row ${p.row} (line ${p.line})`,
    line: (p) => `Line ${p.line}`,
    column: (p) => `column ${p.column}`,
  },
});

/**
 * An issue of {@link parseNetworkCsv} as a sentence in a language: the data row and the line
 * of the file, the column, then what is wrong and what was expected, as `describeIssueIn`
 * (from `@opvang/core/shared`) words it.
 *
 * @example
 * ```ts
 * describeCsvIssue(issue, 'fr');
 * // 'Rangée 3 (ligne 4), colonne province : valeur non autorisée (attendu : …)'
 * ```
 */
export function describeCsvIssue(issue: CsvIssue, tag: Locale): string {
  const locale = localeOfTag(tag);
  const texts = placeTexts[locale];
  const where = [
    issue.row === null
      ? texts.line({ line: issue.line })
      : texts.row({ row: issue.row, line: issue.line }),
    ...(issue.column === null ? [] : [texts.column({ column: issue.column })]),
  ].join(', ');
  const [colon] = issueWords[locale].frame;
  return `${where}${colon}${describeIssueIn({ ...issue, path: '' }, locale)}`;
}
