import type { core } from 'zod/mini';

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
  return { kind: 'validation', subject, message: `Invalid ${subject}: ${describeIssue(first)}${more}`, issues };
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
 * The whole error as text, one issue a line: for a console or a log.
 *
 * @example
 * ```ts
 * describeValidationError(error);
 * // 'Invalid info market:\n- start: not a date-time (expected …, received "soon")\n- place: …'
 * ```
 */
export function describeValidationError(error: ValidationError): string {
  return [`Invalid ${error.subject}:`, ...error.issues.map((issue) => `- ${describeIssue(issue)}`)].join('\n');
}

function preview(value: unknown): string {
  if (value === undefined) return 'nothing';
  let text: string;
  try {
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- "received" describes any value a caller passes, objects included
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    // Too deep for JSON.stringify (String() would recurse as deep), a BigInt, a cycle: name the type.
    text = typeof value === 'bigint' ? `${value}n` : Object.prototype.toString.call(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * Turns zod's issues into ours, keeping the value found at each path.
 * Works with zod and zod/mini alike: both report `core.$ZodIssue`s.
 */
export function fromZodIssues(
  subject: string,
  issues: readonly core.$ZodIssue[],
  input: unknown,
): ValidationError {
  const mapped = issues.map((issue): ValidationIssue => {
    const found = valueAt(input, issue.path);
    const base = { path: formatPath(issue.path), message: messageOf(issue), expected: expectedOf(issue) };
    return found.present ? { ...base, received: found.value } : base;
  });
  const [first, ...rest] = mapped;
  if (!first) throw new Error('fromZodIssues needs at least one issue');
  return validationError(subject, [first, ...rest]);
}

// zod/mini carries no English messages (they would weigh on every widget), so it says only
// "Invalid input" where a name helps most: a field nobody knows, often a typo.
function messageOf(issue: core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys.map((key) => JSON.stringify(key)).join(', ')}`;
  return issue.message;
}

function expectedOf(issue: core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'undefined' ? 'no value' : `a ${issue.expected}`;
    case 'too_small':
      return issue.origin === 'string'
        ? `at least ${String(issue.minimum)} characters`
        : issue.origin === 'array'
          ? `at least ${String(issue.minimum)} items`
          : `a value ${issue.inclusive ? '>=' : '>'} ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `at most ${String(issue.maximum)} characters`
        : issue.origin === 'array'
          ? `at most ${String(issue.maximum)} items`
          : `a value ${issue.inclusive ? '<=' : '<'} ${String(issue.maximum)}`;
    case 'invalid_value':
      return `one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_format':
      return `a string in ${issue.format} format`;
    case 'unrecognized_keys':
      return `only known keys, not ${issue.keys.map((key) => JSON.stringify(key)).join(', ')}`;
    case 'custom': {
      // Our own checks put their expectation in `params.expected` (see `expecting`).
      const expected: unknown = issue.params?.['expected'];
      return typeof expected === 'string' ? expected : issue.message;
    }
    default:
      return issue.message;
  }
}

/**
 * Parameters for a zod custom check that fill in {@link ValidationIssue.expected}.
 *
 * @example
 * ```ts
 * z.string().check(z.refine(isIsoDateTime, expecting('not a date-time', 'an ISO 8601 date-time')));
 * ```
 */
export function expecting(message: string, expected: string): { message: string; params: { expected: string } } {
  return { message, params: { expected } };
}

function valueAt(input: unknown, path: readonly PropertyKey[]): { present: boolean; value?: unknown } {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !(key in current)) return { present: false };
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return { present: true, value: current };
}

/**
 * The exception thrown by the few entry points that throw instead of returning a
 * {@link Result}: it carries the same {@link ValidationError}.
 *
 * @example
 * ```ts
 * try {
 *   parseInfoMarketOrThrow({ place: '' });
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
