/** One cell of a CSV row: a text, a number (written with `.` decimals, as `String` does), or empty. */
export type CsvCell = string | number | undefined;

/** How {@link toCsv} writes: the separator, `,` (RFC 4180, the default) or `;`. */
export interface CsvWriteOptions {
  /** `;` is what Excel set to Dutch, French or German opens in columns. */
  readonly delimiter?: ',' | ';';
}

// RFC 4180, section 2.6: a field with the separator, a double quote or a line break is quoted;
// so is one with spaces at either end, which spreadsheets would otherwise drop.
const needsQuotes = (text: string, delimiter: string): boolean =>
  text.includes(delimiter) || /["\r\n]|^\s|\s$/u.test(text);

/**
 * Writes rows as CSV by RFC 4180: fields separated by commas (or `;` if asked), records by CRLF
 * (also after the last one), a field quoted only when it holds the separator, a double quote,
 * a line break or spaces at either end, and a double quote inside doubled. Numbers keep `.`
 * decimals in every language, so a spreadsheet or a script reads the same figure whatever the
 * header row's language; `undefined` is an empty field. The first row is usually the header.
 * This is the one CSV writer of the core: the register, the reports and the buffer write with it.
 *
 * @example
 * ```ts
 * toCsv([['year', 'note'], [2021, 'december 2021/februari 2022, "Dilbeek"']]);
 * // 'year,note\r\n2021,"december 2021/februari 2022, ""Dilbeek"""\r\n'
 * toCsv([['a', 'b;c']], { delimiter: ';' }); // 'a;"b;c"\r\n'
 * ```
 */
export function toCsv(
  rows: readonly (readonly CsvCell[])[],
  options: CsvWriteOptions = {},
): string {
  const delimiter = options.delimiter ?? ',';
  const field = (cell: CsvCell): string => {
    if (cell === undefined) return '';
    const text = typeof cell === 'number' ? String(cell) : cell;
    return needsQuotes(text, delimiter) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return rows.map((row) => `${row.map(field).join(delimiter)}\r\n`).join('');
}
