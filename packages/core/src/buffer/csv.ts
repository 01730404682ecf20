// A network as CSV, the form planners keep it in: one row per centre, a column per field and
// per kind and count of places (why in docs/buffer.md, "The network as CSV"). The file is read
// with papaparse (quotes, line breaks inside fields, `;` or `,`); every cell is turned into the
// JSON value it stands for, and the rows then go through `parseNetwork`, so the CSV and the
// JSON give the same issues for the same data, each named by row, file line and column.
import Papa from 'papaparse';
import {
  depthError,
  describeIssue,
  err,
  foldForSearch,
  issue,
  ok,
  validationError,
  type Result,
  type ValidationError,
  type ValidationIssue,
  toCsv,
} from '../shared/index.js';
import { provinceIds } from '../provinces/index.js';
import { parseNetwork, placeKinds, type Centre, type Network, type PlaceKind } from './network.js';

/** The three counts of a kind of places. */
const countFields = ['active', 'occupied', 'buffer'] as const;

/**
 * The columns of a network CSV, in the order {@link networkToCsv} writes them. The names are
 * the JSON fields' (`generic.active` is `places.generic.active`, `cost.active` is
 * `costPerPlacePerDay.active`), so an issue's column and its path say the same.
 *
 * @example
 * ```ts
 * networkCsvColumns.slice(0, 7); // ['id', 'name', 'municipality', 'province', 'operator', 'operator.name', 'generic.active']
 * ```
 */
export const networkCsvColumns = [
  'id',
  'name',
  'municipality',
  'province',
  'operator',
  'operator.name',
  ...placeKinds.flatMap((kind) => countFields.map((field) => `${kind}.${field}` as const)),
  'cost.active',
  'cost.buffer',
  'activationLeadDays',
  'quality',
  'longTermPotential',
] as const;

/** One of {@link networkCsvColumns}. */
export type NetworkCsvColumn = (typeof networkCsvColumns)[number];

/** Columns every network CSV has; the others may be left out (a kind's three together). */
const requiredColumns: readonly NetworkCsvColumn[] = [
  'id',
  'name',
  'municipality',
  'province',
  'operator',
  'cost.active',
  'cost.buffer',
  'activationLeadDays',
];

/** An issue of a network CSV: a {@link ValidationIssue} with where it is in the file. */
export interface CsvIssue extends ValidationIssue {
  /** The data row, 1-based (the first row under the header is 1); `null` for the header or the file. */
  readonly row: number | null;
  /** The line of the file where the row starts, 1-based (a quoted field may span lines). */
  readonly line: number;
  /** The column's header, as in {@link networkCsvColumns}; `null` for the whole row or file. */
  readonly column: string | null;
}

/** The error of {@link parseNetworkCsv}: every issue carries its row, line and column. */
export interface CsvValidationError extends ValidationError {
  readonly issues: readonly [CsvIssue, ...CsvIssue[]];
}

/** What the JSON path of a `parseNetwork` issue says as a column. */
function columnOfPath(rest: string): string | null {
  const [head, second, third] = rest.split('.');
  switch (head) {
    case 'places':
      return second === undefined ? null : `${second}.${third ?? 'active'}`;
    case 'costPerPlacePerDay':
      return `cost.${second ?? 'active'}`;
    case 'operator':
      return second === 'name' ? 'operator.name' : 'operator';
    case undefined:
    case '':
      return null;
    default:
      return head;
  }
}

/** A number as written in a cell: digits, one `.` or `,` before the decimals, an exponent. */
const NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:e[+-]?\d+)?$/i;
/** A comma before exactly three digits: `1,250` is 1.25 in Belgium and 1250 in England. */
const AMBIGUOUS_COMMA = /^[+-]?\d{1,3},\d{3}$/;
/** A text that a spreadsheet would run as a formula, possibly already escaped with `'`. */
const FORMULA = /^'*[=+\-@\t\r]/;

/** The operator types in the four languages, folded: `Fédéral` and `federaal` are `federal`. */
const operatorWords = new Map([
  ['federal', 'federal'],
  ['federaal', 'federal'],
  ['foderal', 'federal'],
  ['partner', 'partner'],
  ['partenaire', 'partner'],
]);

const yes = new Set(['true', 'yes', 'ja', 'oui', '1']);
const no = new Set(['false', 'no', 'nee', 'nein', 'non', '0']);

/** A cell as the JSON value it stands for; `undefined` for an empty cell (the field left out). */
type Cell = string | undefined;

/** Text as written: a leading `'` that kept a spreadsheet from running it as a formula goes. */
function textOf(cell: Cell): string | undefined {
  if (cell === undefined) return undefined;
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/** A number cell as a number; what is not one stays text, for `parseNetwork` to name. */
function numberOf(cell: Cell): unknown {
  if (cell === undefined) return undefined;
  return NUMBER.test(cell) ? Number(cell.replace(',', '.')) : cell;
}

function booleanOf(cell: Cell): unknown {
  if (cell === undefined) return undefined;
  const folded = cell.toLowerCase();
  if (yes.has(folded)) return true;
  return no.has(folded) ? false : cell;
}

/** A province as its id: `Liège` and `LIEGE` are `liege`; anything else stays as written. */
function provinceOf(cell: Cell): unknown {
  if (cell === undefined) return undefined;
  const folded = foldForSearch(cell).trim().replace(/\s+/g, '-');
  return (provinceIds as readonly string[]).includes(folded) ? folded : cell;
}

/** Leaves out the keys whose value is `undefined`: an empty cell is a field left out. */
function defined(entries: ReadonlyArray<readonly [string, unknown]>): Record<string, unknown> {
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined));
}

/** One row as the centre it describes, in JSON, for `parseNetwork`. */
function centreOfRow(cell: (column: NetworkCsvColumn) => Cell): Record<string, unknown> {
  const places = defined(
    placeKinds.map((kind) => {
      const counts = defined(
        countFields.map((field) => [field, numberOf(cell(`${kind}.${field}`))] as const),
      );
      return [kind, Object.keys(counts).length === 0 ? undefined : counts] as const;
    }),
  );
  const operator = cell('operator');
  return defined([
    ['id', textOf(cell('id'))],
    ['name', textOf(cell('name'))],
    ['municipality', textOf(cell('municipality'))],
    ['province', provinceOf(cell('province'))],
    [
      'operator',
      operator === undefined
        ? undefined
        : defined([
            ['kind', operatorWords.get(foldForSearch(operator).trim()) ?? operator],
            ['name', textOf(cell('operator.name'))],
          ]),
    ],
    ['places', places],
    [
      'costPerPlacePerDay',
      defined([
        ['active', numberOf(cell('cost.active'))],
        ['buffer', numberOf(cell('cost.buffer'))],
      ]),
    ],
    ['activationLeadDays', numberOf(cell('activationLeadDays'))],
    ['quality', numberOf(cell('quality'))],
    ['longTermPotential', booleanOf(cell('longTermPotential'))],
  ]);
}

/** The JSON path of a column in the centre of a row, for issues found in the CSV itself. */
function pathOfColumn(index: number, column: NetworkCsvColumn): string {
  if (column.startsWith('cost.')) return `[${index}].costPerPlacePerDay.${column.slice(5)}`;
  if (column === 'operator') return `[${index}].operator.kind`;
  const [kind] = column.split('.');
  if ((placeKinds as readonly string[]).includes(kind ?? '')) return `[${index}].places.${column}`;
  return `[${index}].${column}`;
}

const SUBJECT = 'buffer network CSV';

/** Rows read by papaparse, each with the line where it starts. */
interface ReadRow {
  readonly fields: readonly string[];
  readonly line: number;
  readonly errors: readonly Papa.ParseError[];
}

/**
 * Splits the text into rows with papaparse, noting each row's first line; skips empty rows.
 * Comment lines (`#` first) are read only before the header, so that no centre whose id starts
 * with `#` can be taken for one.
 */
function readRows(text: string): ReadRow[] {
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const comments = /^(?:[ \t]*(?:#[^\r\n]*)?(?:\r\n|\r|\n))*/.exec(withoutBom)?.[0] ?? '';
  const body = withoutBom.slice(comments.length);
  const firstLine = /^[^\r\n]*/.exec(body)?.[0] ?? '';
  // The header names no column with `;` or `,`: whichever it holds more of separates the fields.
  const delimiter =
    (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: ReadRow[] = [];
  let start = 0;
  let line = 1 + lineBreaks(comments, 0, comments.length);
  Papa.parse<string[]>(body, {
    delimiter,
    step: (result) => {
      const end = result.meta.cursor;
      const fields = result.data.map((field) => field.trim());
      const rowLine = line;
      line += lineBreaks(body, start, end);
      start = end;
      if (fields.every((field) => field === '')) return;
      rows.push({ fields, line: rowLine, errors: result.errors });
    },
  });
  return rows;
}

/** Line breaks (CRLF, LF or CR) in `text[from, to)`. */
function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index += 1) {
    const char = text.charCodeAt(index);
    if (char === 10 || (char === 13 && text.charCodeAt(index + 1) !== 10)) count += 1;
  }
  return count;
}

function csvIssue(
  base: ValidationIssue,
  row: number | null,
  line: number,
  column: string | null,
): CsvIssue {
  return { ...base, row, line, column };
}

/** The issue of a papaparse error, in the house style. */
function quoteIssue(error: Papa.ParseError): ValidationIssue {
  return error.code === 'MissingQuotes'
    ? {
        path: '',
        code: 'invalid',
        message: 'a quoted field without its closing quote',
        expected: 'a closing quote (") at the end of the field',
      }
    : {
        path: '',
        code: 'invalid',
        message: 'a quote inside a field that is not quoted, or after its closing quote',
        expected: 'the whole field in quotes, with each quote inside doubled ("")',
      };
}

/** The header's columns, or the issues that keep the rows from being read. */
function readHeader(header: ReadRow | undefined): Result<NetworkCsvColumn[], CsvIssue[]> {
  if (header === undefined)
    return err([csvIssue(issue('', 'empty', { min: 1 }, ''), null, 1, null)]);
  const issues: CsvIssue[] = header.errors.map((error) =>
    csvIssue(quoteIssue(error), null, header.line, null),
  );
  const known = networkCsvColumns as readonly string[];
  const seen = new Set<string>();
  header.fields.forEach((field) => {
    if (!known.includes(field))
      issues.push(
        csvIssue(
          issue('', 'unknown-key', { key: field, keys: [...known] }, field),
          null,
          header.line,
          field,
        ),
      );
    else if (seen.has(field))
      issues.push(
        csvIssue(
          {
            path: '',
            code: 'invalid',
            message: 'a column named twice',
            expected: 'each column once',
            received: field,
          },
          null,
          header.line,
          field,
        ),
      );
    seen.add(field);
  });
  const kindsPresent = placeKinds.filter((kind) =>
    countFields.some((field) => seen.has(`${kind}.${field}`)),
  );
  const needed = [
    ...requiredColumns,
    ...kindsPresent.flatMap((kind) => countFields.map((field) => `${kind}.${field}` as const)),
  ];
  for (const column of needed)
    if (!seen.has(column))
      issues.push(
        csvIssue(
          { ...issue('', 'missing', { type: 'value' }), message: `no column "${column}"` },
          null,
          header.line,
          column,
        ),
      );
  if (kindsPresent.length === 0)
    issues.push(
      csvIssue(
        {
          path: '',
          code: 'invalid',
          message: 'no columns for places',
          expected:
            'the columns of at least one kind, e.g. generic.active, generic.occupied, generic.buffer',
        },
        null,
        header.line,
        'generic.active',
      ),
    );
  const [first, ...rest] = issues;
  if (first !== undefined) return err([first, ...rest]);
  return ok(header.fields as NetworkCsvColumn[]);
}

/** The summary line of the error, naming where the first issue is. */
function summary(issues: readonly [CsvIssue, ...CsvIssue[]]): string {
  const [first] = issues;
  const where = [
    first.row === null ? `line ${first.line}` : `row ${first.row} (line ${first.line})`,
    first.column === null ? undefined : `column "${first.column}"`,
  ]
    .filter((part) => part !== undefined)
    .join(', ');
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return `Invalid ${SUBJECT}: ${where}: ${describeIssue({ ...first, path: '' })}${more}`;
}

function failure(issues: readonly [CsvIssue, ...CsvIssue[]]): {
  ok: false;
  error: CsvValidationError;
} {
  return err({ ...validationError(SUBJECT, issues), message: summary(issues), issues });
}

/**
 * Reads a network from CSV: one row per centre under a header row naming the columns
 * ({@link networkCsvColumns}; any order, optional ones may be left out). Fields are separated
 * by `,` or `;` (Belgian Excel writes `;`), as the header shows; quotes, line breaks in quoted
 * fields, a byte order mark, CRLF and `#` comment lines are read. Numbers take `.` or, where it
 * cannot be a thousands separator, `,` before their decimals (`52,35`; `1,250` is refused as
 * ambiguous); an empty cell is a field left out, and a kind whose three cells are empty is a
 * kind the centre does not have.
 *
 * Then the rows go through {@link parseNetwork}, so the same data gives the same issues as
 * JSON: each names the data row (1-based), the line of the file where it starts and the column,
 * and every bad row is reported, not only the first.
 *
 * @example
 * ```ts
 * const network = parseNetworkCsv(await file.text());
 * if (!network.ok)
 *   for (const issue of network.error.issues) console.log(describeCsvIssue(issue, 'nl'));
 * // 'Rij 3 (regel 4), kolom generic.occupied: more occupied than active places (centre "c-003") (verwacht: occupied at most active; ontvangen: 60)'
 * ```
 */
export function parseNetworkCsv(text: string): Result<Network, CsvValidationError> {
  if (typeof text !== 'string') {
    // JavaScript callers may pass anything: a value nested too deep is named as such.
    const [first, ...rest] = (
      depthError(SUBJECT, text)?.issues ?? [issue('', 'wrong-type', { type: 'string' }, text)]
    ).map((found) => csvIssue(found, null, 1, null));
    return failure([first as CsvIssue, ...rest]);
  }
  const rows = readRows(text);
  const [header, ...data] = rows;
  const columns = readHeader(header);
  if (!columns.ok) return failure(columns.error as [CsvIssue, ...CsvIssue[]]);
  const issues: CsvIssue[] = [];
  const taken = new Set<string>();
  const centres = data.map((row, index) => {
    for (const error of row.errors)
      issues.push(csvIssue(quoteIssue(error), index + 1, row.line, null));
    if (row.fields.length !== columns.value.length)
      issues.push(
        csvIssue(
          {
            path: `[${index}]`,
            code: 'invalid',
            message: `${row.fields.length} fields where the header has ${columns.value.length}`,
            expected: `${columns.value.length} fields, one for each column of the header`,
            received: row.fields.length,
          },
          index + 1,
          row.line,
          null,
        ),
      );
    const cell = (column: NetworkCsvColumn): Cell => {
      const at = columns.value.indexOf(column);
      const value = at < 0 ? undefined : row.fields[at];
      return value === '' ? undefined : value;
    };
    for (const column of ['cost.active', 'cost.buffer', 'quality'] as const) {
      const value = cell(column);
      if (value !== undefined && AMBIGUOUS_COMMA.test(value)) {
        const path = pathOfColumn(index, column);
        taken.add(path);
        issues.push(
          csvIssue(
            {
              path,
              code: 'invalid',
              message: 'a comma before three digits: a decimal comma or a thousands separator?',
              expected:
                'a number without thousands separators, with "." or "," before the decimals, e.g. 52.35 or 52,35',
              received: value,
            },
            index + 1,
            row.line,
            column,
          ),
        );
      }
    }
    return centreOfRow(cell);
  });
  const parsed = parseNetwork(centres);
  if (!parsed.ok)
    for (const found of parsed.error.issues) {
      if (taken.has(found.path)) continue;
      const match = /^\[(\d+)\](?:\.(.*))?$/.exec(found.path);
      const index = match === null ? undefined : Number(match[1]);
      const row = index === undefined ? undefined : data[index];
      issues.push(
        row === undefined || index === undefined
          ? csvIssue(found, null, header?.line ?? 1, null)
          : csvIssue(found, index + 1, row.line, columnOfPath(match?.[2] ?? '')),
      );
    }
  const order = (found: CsvIssue) =>
    found.column === null ? -1 : (networkCsvColumns as readonly string[]).indexOf(found.column);
  issues.sort((a, b) => a.line - b.line || order(a) - order(b));
  const [first, ...rest] = issues;
  if (first !== undefined) return failure([first, ...rest]);
  return parsed.ok ? parsed : failure([csvIssue(parsed.error.issues[0], null, 1, null)]);
}

/** A text cell that a spreadsheet would run as a formula gets a `'` in front, which reading removes. */
function safeText(value: string): string {
  return FORMULA.test(value) ? `'${value}` : value;
}

/** One centre as the cells of a row, in the order of {@link networkCsvColumns}. */
function rowOf(centre: Centre): string[] {
  const count = (kind: PlaceKind, field: (typeof countFields)[number]) => {
    const places = centre.places[kind];
    return places === undefined ? '' : String(places[field]);
  };
  return [
    safeText(centre.id),
    safeText(centre.name),
    safeText(centre.municipality),
    centre.province,
    centre.operator.kind,
    centre.operator.kind === 'partner' ? safeText(centre.operator.name) : '',
    ...placeKinds.flatMap((kind) => countFields.map((field) => count(kind, field))),
    String(centre.costPerPlacePerDay.active),
    String(centre.costPerPlacePerDay.buffer),
    String(centre.activationLeadDays),
    centre.quality === undefined ? '' : String(centre.quality),
    centre.longTermPotential === undefined ? '' : String(centre.longTermPotential),
  ];
}

/**
 * A network as CSV in the layout {@link parseNetworkCsv} reads: the header of every column
 * (all five kinds, so that it serves as a template), one row per centre, numbers with `.`
 * before the decimals, RFC 4180 (CRLF, quotes where needed). A text that a spreadsheet would
 * take for a formula (`=`, `+`, `-`, `@` first) gets a `'` in front, which reading removes.
 * `parseNetworkCsv(networkToCsv(network))` gives the network back.
 *
 * @param options.delimiter `,` (the default, RFC 4180) or `;`, which Excel set to Dutch,
 *   French or German opens in columns.
 *
 * @example
 * ```ts
 * const csv = networkToCsv(network, { delimiter: ';' });
 * // 'id;name;municipality;province;operator;operator.name;generic.active;…\r\nc-001;Centrum Kapellen;Kapellen;antwerpen;partner;Rode Kruis;100;90;20;…\r\n'
 * ```
 */
export function networkToCsv(
  network: Network,
  options: { readonly delimiter?: ',' | ';' } = {},
): string {
  return toCsv([networkCsvColumns, ...network.map(rowOf)], { delimiter: options.delimiter ?? ',' });
}
