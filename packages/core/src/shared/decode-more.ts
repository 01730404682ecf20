// Decoders that no public widget's first load needs: numbers and ranges (the facts, the step
// plan, the buffer), open objects and unions, and a capability's own codes (the contact
// message, loaded with the sending code). Apart from decode.ts so that the FAQ, contact point
// and info market pages do not load them.
import type { IssueCode } from './issue-texts.js';
import type { ValidationIssue } from './validation.js';
import {
  fail,
  isRecord,
  object,
  report,
  wrongType,
  type Decoded,
  type Decoder,
  type ObjectOf,
  type Shape,
} from './decode.js';

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
