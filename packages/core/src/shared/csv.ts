/** One cell of a CSV row: a text, a number (written with `.` decimals, as `String` does), or empty. */
export type CsvCell = string | number | undefined;

// RFC 4180, section 2.6: a field with a comma, a double quote or a line break is quoted.
const NEEDS_QUOTES = /[",\r\n]/u;

const field = (cell: CsvCell): string => {
  if (cell === undefined) return '';
  const text = typeof cell === 'number' ? String(cell) : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * Writes rows as CSV by RFC 4180: fields separated by commas, records by CRLF (also after the
 * last one), a field quoted only when it holds a comma, a double quote or a line break, and a
 * double quote inside doubled. Numbers keep `.` decimals in every language, so a spreadsheet
 * or a script reads the same figure whatever the header row's language; `undefined` is an
 * empty field. The first row is usually the header.
 *
 * @example
 * ```ts
 * toCsv([['year', 'note'], [2021, 'december 2021/februari 2022, "Dilbeek"']]);
 * // 'year,note\r\n2021,"december 2021/februari 2022, ""Dilbeek"""\r\n'
 * ```
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => `${row.map(field).join(',')}\r\n`).join('');
}
