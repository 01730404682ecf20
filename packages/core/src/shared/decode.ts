// eslint-disable-next-line @typescript-eslint/no-unused-vars -- MAX_DEPTH: only the TSDoc links to it
import { depthError, type MAX_DEPTH } from './depth.js';
import { err, ok, type Result } from './result.js';
import type { IssueCode, IssueParams } from './issue-texts.js';
import { validationError, type ValidationError, type ValidationIssue } from './validation.js';

// Why the core has its own decoders instead of a schema library: its models are read inside
// the widgets (the FAQ, the facts writer, the contact point and message, the info market, the
// case widgets' step plan and deadlines, the occupancy dashboard's buffer), whose CDN files
// have tight budgets; zod/mini alone weighed about 6.5 KB there. Since December 2026 every
// model is read with these (no zod in the core). What they weigh is measured once, in
// docs/development.md ("Bundle sizes").
// Every issue they report is worded by the one catalogue, shared/issue-texts.ts.

/**
 * Reads one value of outside data found at `path`: reports each problem into `issues` and
 * returns the value read, normalised (texts trimmed, absent optional keys left out). When it
 * reported an issue the value it returns means nothing; {@link decode} looks at the issues.
 */
export type Decoder<T> = (value: unknown, path: string, issues: ValidationIssue[]) => T;

/** The type a {@link Decoder} reads. */
export type Decoded<D> = D extends Decoder<infer T> ? T : never;

/** The decoders of an object's keys, by key. */
export type Shape = { readonly [key: string]: Decoder<unknown> };

/** The keys of a {@link Shape} whose decoder may give `undefined`: optional in {@link ObjectOf}. */
export type OptionalKeys<S extends Shape> = {
  [K in keyof S]: undefined extends Decoded<S[K]> ? K : never;
}[keyof S];

/** What {@link object} reads: keys whose decoder may give `undefined` are optional. */
export type ObjectOf<S extends Shape> = {
  [K in Exclude<keyof S, OptionalKeys<S>>]: Decoded<S[K]>;
} & {
  [K in OptionalKeys<S>]?: Exclude<Decoded<S[K]>, undefined>;
};

/**
 * Runs a decoder on outside data, after checking that it nests no deeper than
 * {@link MAX_DEPTH} levels.
 *
 * @returns the value read, or a {@link ValidationError} about `subject` listing every issue.
 *
 * @example
 * ```ts
 * const person = object({ name: text({ trim: true, min: 1, max: 100 }), age: optional(number()) });
 * decode('person', person, { name: ' An ' }); // { ok: true, value: { name: 'An' } }
 * decode('person', person, { name: 3 });
 * // { ok: false, error: { message: 'Invalid person: name: not a string (expected a string, received 3)', … } }
 * ```
 */
export function decode<T>(
  subject: string,
  decoder: Decoder<T>,
  input: unknown,
): Result<T, ValidationError> {
  // Decoders read nesting by recursion: check the depth first, so no input overflows the stack.
  const tooDeep = depthError(subject, input);
  return tooDeep === undefined ? decodeChecked(subject, decoder, input) : err(tooDeep);
}

/**
 * {@link decode} for input whose depth the caller has already checked with `depthError`: an
 * entry point that reads two inputs, or one whose issues sit under a `path` such as `facts`,
 * or one whose input is long enough that a second walk would show.
 *
 * @example
 * ```ts
 * const tooDeep = depthError('case facts', facts, 'facts');
 * if (tooDeep === undefined) decodeChecked('case facts', factsDecoder, facts, 'facts');
 * // issues at 'facts.capacity', …
 * ```
 */
export function decodeChecked<T>(
  subject: string,
  decoder: Decoder<T>,
  input: unknown,
  path = '',
): Result<T, ValidationError> {
  const issues: ValidationIssue[] = [];
  const value = decoder(input, path, issues);
  const [first, ...rest] = issues;
  return first === undefined ? ok(value) : err(validationError(subject, [first, ...rest]));
}

/**
 * Adds an issue of a parser's own check (code `invalid`), in its own words; `received` only
 * when there was a value at `path`. For a type, a length, a count, a choice or a key, use the
 * shared codes instead (the decoders below do).
 *
 * @example
 * ```ts
 * report(issues, 'closes', 'closes before it opens', 'a closing time after the opening time', '08:00');
 * ```
 */
export function report(
  issues: ValidationIssue[],
  path: string,
  message: string,
  expected: string,
  received?: unknown,
): void {
  fail(issues, path, 'invalid', {}, message, expected, received);
}

// The words of the catalogue's English (shared/issue-texts.ts), written out here because every
// widget ships them and this form weighs least; the message-style test checks both agree.
function fail(
  issues: ValidationIssue[],
  path: string,
  code: IssueCode,
  params: IssueParams,
  message: string,
  expected: string,
  value?: unknown,
): void {
  const found = { path, code, params, message, expected };
  issues.push(value === undefined ? found : { ...found, received: value });
}

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/**
 * The path of a key or index inside `path`, written as in code: `items[3].answer`.
 *
 * @example
 * ```ts
 * childPath('items', 3); // 'items[3]'
 * childPath('items[3]', 'answer'); // 'items[3].answer'
 * childPath('', 'items'); // 'items'
 * ```
 */
export function childPath(path: string, key: string | number): string {
  return typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;
}

/** Whether a value is a plain JSON object: not `null`, not an array. */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const wrongType = (
  issues: ValidationIssue[],
  path: string,
  type: 'string' | 'number' | 'boolean' | 'list' | 'object',
  value: unknown,
): void => {
  const expected = `${type === 'object' ? 'an' : 'a'} ${type}`;
  if (value === undefined) fail(issues, path, 'missing', { type }, 'missing', expected);
  else fail(issues, path, 'wrong-type', { type }, `not ${expected}`, expected, value);
};

/** What {@link text} checks, in this order, after the optional trim. */
export interface TextRules {
  /** Trim before the other checks, and return the trimmed text. */
  readonly trim?: boolean;
  /** The fewest characters. */
  readonly min?: number;
  /** The most characters. */
  readonly max?: number;
  /** A last check, with what to say when it fails: `[test, message, expected]`. */
  readonly check?: readonly [test: (text: string) => boolean, message: string, expected: string];
}

/**
 * A string, with optional trimming, length limits and one more check. Every failed check
 * is reported (a text can be both too long and malformed).
 *
 * @example
 * ```ts
 * const id = text({ max: 80, check: [(value) => /^[a-z-]+$/.test(value), 'not an id', 'lower-case letters and hyphens'] });
 * ```
 */
export function text(rules: TextRules = {}): Decoder<string> {
  const { trim, min, max, check } = rules;
  return (value, path, issues) => {
    if (typeof value !== 'string') {
      wrongType(issues, path, 'string', value);
      return '';
    }
    const read = trim === true ? value.trim() : value;
    if (min !== undefined && read.length < min) {
      fail(
        issues,
        path,
        read === '' ? 'empty' : 'too-short',
        { min },
        read === '' ? 'empty' : 'too short',
        `at least ${plural(min, 'character')}`,
        value,
      );
    }
    if (max !== undefined && read.length > max)
      fail(
        issues,
        path,
        'too-long',
        { max },
        'too long',
        `at most ${plural(max, 'character')}`,
        value,
      );
    if (check !== undefined && !check[0](read)) report(issues, path, check[1], check[2], value);
    return read;
  };
}

/**
 * One of a few allowed strings or booleans, compared with `===`.
 *
 * @example
 * ```ts
 * const language = oneOf(['nl', 'fr', 'de', 'en'] as const);
 * const consent = oneOf([true] as const);
 * ```
 */
export function oneOf<const T extends readonly (string | boolean)[]>(
  values: T,
): Decoder<T[number]> {
  const expected =
    values.length === 1
      ? JSON.stringify(values[0])
      : `one of ${values.map((value) => JSON.stringify(value)).join(', ')}`;
  return (value, path, issues) => {
    if (!values.includes(value as T[number])) {
      const code = value === undefined ? 'missing' : value === '' ? 'empty' : 'not-allowed';
      fail(
        issues,
        path,
        code,
        { values },
        code === 'not-allowed' ? 'not allowed here' : code,
        expected,
        value,
      );
    }
    return value as T[number];
  };
}

/**
 * `true` or `false`.
 *
 * @example
 * ```ts
 * const replyWanted = boolean();
 * ```
 */
export function boolean(): Decoder<boolean> {
  return (value, path, issues) => {
    if (typeof value !== 'boolean') wrongType(issues, path, 'boolean', value);
    return value === true;
  };
}

/**
 * A finite number.
 *
 * @example
 * ```ts
 * const age = number();
 * ```
 */
export function number(): Decoder<number> {
  return (value, path, issues) => {
    if (typeof value !== 'number' || !Number.isFinite(value))
      wrongType(issues, path, 'number', value);
    return value as number;
  };
}

/**
 * Lets a key be absent (or `undefined`); otherwise reads it with `decoder`.
 *
 * @example
 * ```ts
 * const name = optional(text({ trim: true, min: 1, max: 100 }));
 * ```
 */
export function optional<T>(decoder: Decoder<T>): Decoder<T | undefined> {
  return (value, path, issues) => (value === undefined ? undefined : decoder(value, path, issues));
}

/**
 * An array of `min` to `max` items, each read with `item`. A list longer than `max` is
 * reported once and its items are not read, so runaway input costs little.
 *
 * @example
 * ```ts
 * const days = list(oneOf(weekdays), 1); // at least one day
 * ```
 */
export function list<T>(item: Decoder<T>, min = 0, max = Number.POSITIVE_INFINITY): Decoder<T[]> {
  return (value, path, issues) => {
    if (!Array.isArray(value)) {
      wrongType(issues, path, 'list', value);
      return [];
    }
    if (value.length < min)
      fail(
        issues,
        path,
        'too-few',
        { min },
        'too few items',
        `at least ${plural(min, 'item')}`,
        value,
      );
    if (value.length > max) {
      fail(
        issues,
        path,
        'too-many',
        { max },
        'too many items',
        `at most ${plural(max, 'item')}`,
        value,
      );
      return [];
    }
    return value.map((one: unknown, index) => item(one, childPath(path, index), issues));
  };
}

/**
 * An object with exactly these keys: each read with its decoder, in the order of `shape`;
 * any other key is reported (a misspelt field should not be silently ignored). Keys whose
 * decoder gives `undefined` are left out of the result.
 *
 * @example
 * ```ts
 * const hours = object({ opens: text(), closes: text() });
 * ```
 */
export function object<S extends Shape>(shape: S): Decoder<ObjectOf<S>> {
  return (value, path, issues) => {
    const read: Record<string, unknown> = {};
    if (!isRecord(value)) {
      wrongType(issues, path, 'object', value);
      return read as ObjectOf<S>;
    }
    const keys = Object.keys(shape);
    for (const key of keys) {
      const decoded = (shape[key] as Decoder<unknown>)(value[key], childPath(path, key), issues);
      if (decoded !== undefined) read[key] = decoded;
    }
    // Each unknown key at its own path, so a form can mark it and a reader sees its name.
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(shape, key)) {
        fail(
          issues,
          childPath(path, key),
          'unknown-key',
          { key, keys },
          `unknown key ${JSON.stringify(key)}`,
          `only the keys ${keys.join(', ')}`,
          value[key],
        );
      }
    }
    return read as ObjectOf<S>;
  };
}

/**
 * An object whose `key` says which decoder reads it: `{ type: 'paragraph', … }`. An unknown
 * or missing `key` is reported at `path.key` with the allowed values.
 *
 * @example
 * ```ts
 * const block = variant('type', { paragraph: paragraphDecoder, link: linkDecoder });
 * ```
 */
export function variant<M extends { readonly [tag: string]: Decoder<unknown> }>(
  key: string,
  options: M,
): Decoder<Decoded<M[keyof M]>> {
  const tags = oneOf(Object.keys(options));
  return (value, path, issues) => {
    if (!isRecord(value)) {
      wrongType(issues, path, 'object', value);
      return value as Decoded<M[keyof M]>;
    }
    const tag = value[key];
    const found: ValidationIssue[] = [];
    tags(tag, childPath(path, key), found);
    issues.push(...found);
    return found.length > 0
      ? (value as Decoded<M[keyof M]>)
      : (options[tag as keyof M] as Decoder<Decoded<M[keyof M]>>)(value, path, issues);
  };
}

/**
 * Reports one issue of a refinement, at `at` inside the value's path (the value itself when
 * `undefined`), in the check's own words; `code` defaults to `invalid`.
 */
export type Fail = (
  at: string | number | undefined,
  issue: Omit<ValidationIssue, 'path' | 'code'> & { readonly code?: string },
) => void;

/**
 * A decoder with one more check that needs the value read: a rule between two fields, a
 * closing time after the opening time. The check runs only when `reads` (keys or indices of
 * the value; by default all of it) were read without an issue, so it never repeats a
 * problem already reported, and it reports through `fail` at a path inside the value. It
 * also gets the value as given, for a rule about the keys present.
 *
 * @example
 * ```ts
 * const hours = refine(object({ opens: time, closes: time }), (value, fail) => {
 *   if (value.closes <= value.opens) fail('closes', { message: 'closes before it opens', expected: 'a closing time after the opening time', received: value.closes });
 * });
 * ```
 */
export function refine<T>(
  decoder: Decoder<T>,
  check: (read: T, fail: Fail, value: unknown) => void,
  reads?: readonly (string | number)[],
): Decoder<T> {
  return (value, path, issues) => {
    const found: ValidationIssue[] = [];
    const read = decoder(value, path, found);
    issues.push(...found);
    const inReads = (at: string) =>
      reads === undefined ||
      at === path ||
      reads.some(
        (key) =>
          at === childPath(path, key) ||
          at.startsWith(`${childPath(path, key)}.`) ||
          at.startsWith(`${childPath(path, key)}[`),
      );
    if (!found.some((one) => inReads(one.path))) {
      check(
        read,
        (at, { code = 'invalid', ...words }) => {
          issues.push({ code, ...words, path: at === undefined ? path : childPath(path, at) });
        },
        value,
      );
    }
    return read;
  };
}

/**
 * A decoder whose value is turned into another once read: a time normalised, a flat record
 * into a tagged union. `transform` must accept whatever the decoder returns, also after an
 * issue (the value then means nothing), so it never throws.
 *
 * @example
 * ```ts
 * const upper = map(text(), (value) => value.toUpperCase());
 * ```
 */
export function map<T, U>(decoder: Decoder<T>, transform: (value: T) => U): Decoder<U> {
  return (value, path, issues) => transform(decoder(value, path, issues));
}

/**
 * A decoder whose issues carry a capability's own code instead of a shared one: the one
 * `byCode` names for it (`{ 'too-long': 'name-too-long' }`), else `otherwise` when given,
 * else the code it had. A widget shows a sentence per code.
 *
 * @example
 * ```ts
 * const message = coded(text({ trim: true, min: 10, max: 4000 }), { 'too-short': 'message-too-short', 'too-long': 'message-too-long' }, 'message-missing');
 * ```
 */
export function coded<T>(
  decoder: Decoder<T>,
  byCode: Partial<Record<IssueCode, string>>,
  otherwise?: string,
): Decoder<T> {
  return (value, path, issues) => {
    const found: ValidationIssue[] = [];
    const read = decoder(value, path, found);
    for (const one of found) {
      const code = byCode[one.code as IssueCode] ?? otherwise;
      issues.push(code === undefined ? one : { ...one, code });
    }
    return read;
  };
}

/** What {@link range} checks, in this order: a finite number, whole if asked, then the bounds. */
export interface RangeRules {
  /** The smallest value allowed (inclusive). */
  readonly min?: number;
  /** The largest value allowed (inclusive). */
  readonly max?: number;
  /** Only whole numbers: `1.5` is reported as `wrong-type` (`a whole number`). */
  readonly integer?: boolean;
}

/**
 * A finite number within inclusive bounds, whole if `integer`. One issue at most: a value
 * that is not a number, or not whole, is not also reported as out of range.
 *
 * @example
 * ```ts
 * const capacity = range({ integer: true, min: 1, max: 100_000 });
 * const share = range({ min: 0, max: 1 });
 * ```
 */
export function range(rules: RangeRules): Decoder<number> {
  const { min, max, integer = false } = rules;
  return (value, path, issues) => {
    if (typeof value !== 'number' || !Number.isFinite(value))
      wrongType(issues, path, 'number', value);
    else if (integer && !Number.isInteger(value))
      fail(
        issues,
        path,
        'wrong-type',
        { type: 'integer' },
        'not a whole number',
        'a whole number',
        value,
      );
    else if (min !== undefined && value < min)
      fail(issues, path, 'too-small', { min }, 'too small', `at least ${min}`, value);
    else if (max !== undefined && value > max)
      fail(issues, path, 'too-large', { max }, 'too large', `at most ${max}`, value);
    return value as number;
  };
}

/**
 * Any value at all, as given: for a part that another function checks (a deadline rule
 * checked by computing the deadline).
 *
 * @example
 * ```ts
 * const options = looseObject({ rule: optional(anything()) });
 * ```
 */
export function anything(): Decoder<unknown> {
  return (value) => value;
}

/**
 * An object read with these keys' decoders, as {@link object} does, whose other keys are
 * ignored and left out of the result instead of reported: for a value that may carry more
 * than is read (a whole `parseDutchPeriod` result where only its interval is kept).
 *
 * @example
 * ```ts
 * const interval = looseObject({ start: text(), end: text() });
 * decode('interval', interval, { start: 'a', end: 'b', raw: 'x' }); // { ok: true, value: { start: 'a', end: 'b' } }
 * ```
 */
export function looseObject<S extends Shape>(shape: S): Decoder<ObjectOf<S>> {
  const strict = object(shape);
  return (value, path, issues) => {
    if (!isRecord(value)) return strict(value, path, issues);
    const known: Record<string, unknown> = {};
    for (const key of Object.keys(value)) if (Object.hasOwn(shape, key)) known[key] = value[key];
    return strict(known, path, issues);
  };
}

/**
 * A value of one of a few shapes told apart by a test on the value (its type, mostly): the
 * first option whose test accepts it reads it, so its issues are that shape's; a value no
 * test accepts is reported once (code `invalid`), in the words given.
 *
 * @example
 * ```ts
 * const opening = union(
 *   [[(value) => typeof value === 'string', isoDate], [isRecord, period]],
 *   'not a date or a period', 'a date YYYY-MM-DD or a period { start, end, precision }',
 * );
 * ```
 */
export function union<
  const O extends readonly (readonly [
    test: (value: unknown) => boolean,
    decoder: Decoder<unknown>,
  ])[],
>(options: O, message: string, expected: string): Decoder<Decoded<O[number][1]>> {
  return (value, path, issues) => {
    const option = options.find(([test]) => test(value));
    if (option === undefined) report(issues, path, message, expected, value);
    return (option === undefined ? value : option[1](value, path, issues)) as Decoded<O[number][1]>;
  };
}
