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
/** @internal Reports one issue; the decoders in decode-more.ts use it too. */
export function fail(
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

/** @internal */
export const plural = (count: number, noun: string): string =>
  `${count} ${noun}${count === 1 ? '' : 's'}`;

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

/** @internal */
export const wrongType = (
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

// The decoders that no public widget's first load needs (numbers, ranges, open objects, unions,
// a capability's codes) are in decode-more.ts: rollup places a module in one chunk, with
// everything any page uses of it, so here they would weigh on every page with a widget.
