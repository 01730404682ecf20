import type { Locale } from '../i18n/index.js';
import {
  englishIssueText,
  isIssueCode,
  issueText,
  issueWords,
  type IssueCode,
  type IssueParams,
} from './issue-texts.js';

/**
 * One thing wrong with an input: where it is, what was wrong, and what was expected.
 */
export interface ValidationIssue {
  /**
   * Where the problem is, as a path into the input: `items[3].answer[1].href`.
   * The empty string means the input as a whole.
   */
  readonly path: string;
  /** What was wrong, in English, for developers and logs. */
  readonly message: string;
  /** What was expected instead, in English: `an ISO 8601 date-time`, `at most 200 characters`. */
  readonly expected: string;
  /** The value found at `path`, when there was one. */
  readonly received?: unknown;
  /**
   * What kind of problem, for a sentence in the reader's language: one of the shared
   * `issueCodes` (`too-short`, `unknown-key`…), whose words are in `shared/issue-texts.ts`, or
   * a capability's own code (the contact form's `message-too-short`). Absent on issues
   * from outside the core.
   */
  readonly code?: string;
  /** The facts the code's sentence names: `{ min: 10 }`, `{ values: ['nl', 'fr'] }`. */
  readonly params?: IssueParams;
}

/**
 * An issue of one of the shared codes, worded from the one catalogue (`shared/issue-texts.ts`):
 * the only way a parser builds an issue about a type, a length, a count, a choice or a key.
 *
 * @example
 * ```ts
 * issue('items', 'too-few', { min: 1 }, []);
 * // { path: 'items', code: 'too-few', params: { min: 1 }, message: 'too few items', expected: 'at least 1 item', received: [] }
 * ```
 */
export function issue(
  path: string,
  code: IssueCode,
  params: IssueParams = {},
  received?: unknown,
): ValidationIssue {
  const words = { path, code, params, ...englishIssueText(code, params) };
  return received === undefined ? words : { ...words, received };
}

/**
 * The error every entry point returns (or throws, wrapped in {@link OpvangValidationError})
 * when outside data is not what it expects.
 */
export interface ValidationError {
  readonly kind: 'validation';
  /** What was being read, e.g. `info market` or `FAQ`. */
  readonly subject: string;
  /** A one-line summary naming the first problem; the rest are in `issues`. */
  readonly message: string;
  /** Every problem found, in input order; never empty. */
  readonly issues: readonly [ValidationIssue, ...ValidationIssue[]];
}

/**
 * Formats a path of keys and indices the way a developer writes it in code.
 *
 * @example
 * ```ts
 * formatPath(['items', 3, 'answer', 1, 'href']); // 'items[3].answer[1].href'
 * ```
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text;
}

/**
 * Builds a {@link ValidationError} from one or more issues.
 *
 * @example
 * ```ts
 * const error = validationError('info market', [
 *   { path: 'start', message: 'not a date-time', expected: 'an ISO 8601 date-time', received: 'soon' },
 * ]);
 * error.message; // 'Invalid info market: start: not a date-time (expected an ISO 8601 date-time, received "soon")'
 * ```
 */
export function validationError(
  subject: string,
  issues: readonly [ValidationIssue, ...ValidationIssue[]],
): ValidationError {
  const [first] = issues;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return {
    kind: 'validation',
    subject,
    message: `Invalid ${subject}: ${describeIssue(first)}${more}`,
    issues,
  };
}

/**
 * One issue as a sentence: `start: not a date-time (expected …, received "soon")`.
 */
export function describeIssue(issue: ValidationIssue): string {
  const where = issue.path === '' ? '' : `${issue.path}: `;
  const received = 'received' in issue ? `, received ${preview(issue.received)}` : '';
  return `${where}${issue.message} (expected ${issue.expected}${received})`;
}

/**
 * One issue as a sentence in a language, in the house style: where (the path), what is
 * wrong, what was expected, what was received. Issues of the shared codes are worded
 * entirely in that language; a parser's own check (code `invalid`) keeps its English
 * words inside the translated frame.
 *
 * @example
 * ```ts
 * describeIssueIn(issue('items', 'too-few', { min: 1 }, []), 'nl');
 * // 'items: te weinig elementen (verwacht: minstens 1 element; ontvangen: [])'
 * ```
 */
export function describeIssueIn(issue: ValidationIssue, locale: Locale): string {
  const words = issueWords[locale] ?? issueWords.en;
  const [colon, expected, received] = words.frame;
  const text =
    isIssueCode(issue.code) && issue.code !== 'invalid'
      ? issueText(issue.code, issue.params, words)
      : issue;
  const where = issue.path === '' ? '' : `${issue.path}${colon}`;
  return `${where}${text.message} (${expected}${text.expected}${'received' in issue ? `${received}${preview(issue.received)}` : ''})`;
}

/**
 * The whole error as text, one issue a line: for a console or a log.
 *
 * @example
 * ```ts
 * describeValidationError(error);
 * // 'Invalid info market:\n- start: not a date-time (expected …, received "soon")\n- place: …'
 * ```
 */
export function describeValidationError(error: ValidationError): string {
  return [
    `Invalid ${error.subject}:`,
    ...error.issues.map((issue) => `- ${describeIssue(issue)}`),
  ].join('\n');
}

function preview(value: unknown): string {
  if (value === undefined) return 'nothing';
  let text: string;
  try {
    // String(): "received" describes any value a caller passes, objects included.
    text =
      typeof value === 'string'
        ? JSON.stringify(value)
        : // eslint-disable-next-line @typescript-eslint/no-base-to-string -- see above
          (JSON.stringify(value) ?? String(value));
  } catch {
    // Too deep for JSON.stringify (String() would recurse as deep), a BigInt, a cycle: name the type.
    text = typeof value === 'bigint' ? `${value}n` : Object.prototype.toString.call(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * The exception thrown by the few entry points that throw instead of returning a
 * {@link Result}: it carries the same {@link ValidationError}.
 *
 * @example
 * ```ts
 * try {
 *   timeRemaining('soon'); // from @opvang/core/deadlines: throws, due is not an instant
 * } catch (error) {
 *   if (error instanceof OpvangValidationError) console.table(error.details.issues);
 * }
 * ```
 */
export class OpvangValidationError extends Error {
  override readonly name = 'OpvangValidationError';
  constructor(readonly details: ValidationError) {
    super(details.message);
  }
}
