// eslint-disable-next-line @typescript-eslint/no-unused-vars -- imported for the {@link decode} below
import type { decode } from './decode.js';
import { validationError, type ValidationError, type ValidationIssue } from './validation.js';

/**
 * How deeply outside data may nest objects and lists: 64 levels. Real content nests a few
 * levels (a FAQ about 7, an event log about 5); input far deeper is a mistake or an attack,
 * and our decoders read nesting by recursion, which overflows the stack
 * (an untyped `RangeError`) at a few thousand levels. Every entry point that takes outside
 * data checks this first, with {@link depthIssue} ({@link decode} does it for every decoder),
 * and answers with its documented error.
 *
 * @example
 * ```ts
 * parseFaq(JSON.parse('['.repeat(5000) + ']'.repeat(5000)));
 * // { ok: false, error: { issues: [{ path: '[0][0]…', expected: 'at most 64 levels of nested objects and lists', … }] } }
 * ```
 */
export const MAX_DEPTH = 64;

/**
 * The issue for input that nests objects and lists deeper than `max` ({@link MAX_DEPTH} unless
 * a border sets its own, such as a server's smaller limit for its request bodies), at the path
 * where the level past the limit starts; `undefined` when the input is within the limit.
 * It walks the input with its own stack, never by recursion, so no input can overflow it;
 * a value that contains itself counts as too deep. The value is not repeated in `received`.
 *
 * @example
 * ```ts
 * depthIssue({ items: [] });                  // undefined
 * depthIssue(nestedThousandLevels)?.expected; // 'at most 64 levels of nested objects and lists'
 * ```
 */
export function depthIssue(
  input: unknown,
  path = '',
  max = MAX_DEPTH,
): ValidationIssue | undefined {
  // One entry per level being read: its object, its keys, how many keys are done, and its path.
  // Kept small: this ships in every widget. Only containers get a path, and only one at a time.
  const levels: Array<[Readonly<Record<string, unknown>>, string[], number, string]> = [];
  if (typeof input === 'object' && input !== null)
    levels.push([input as Record<string, unknown>, Object.keys(input), 0, path]);
  for (let level = levels[0]; level !== undefined; level = levels[levels.length - 1]) {
    const [value, keys, done, at] = level;
    if (levels.length > max) {
      return {
        path: at,
        code: 'too-deep',
        params: { max },
        message: 'nested too deeply',
        expected: `at most ${String(max)} levels of nested objects and lists`,
      };
    }
    const key = keys[done];
    const child = key === undefined ? levels.pop() : value[key];
    level[2] = done + 1;
    if (key !== undefined && typeof child === 'object' && child !== null) {
      levels.push([
        child as Record<string, unknown>,
        Object.keys(child),
        0,
        Array.isArray(value) ? `${at}[${key}]` : at === '' ? key : `${at}.${key}`,
      ]);
    }
  }
  return undefined;
}

/**
 * {@link depthIssue} as the {@link ValidationError} of `subject`, for a parser to return
 * before it reads anything.
 *
 * @example
 * ```ts
 * const tooDeep = depthError('FAQ', input);
 * if (tooDeep !== undefined) return err(tooDeep);
 * ```
 */
export function depthError(
  subject: string,
  input: unknown,
  path = '',
): ValidationError | undefined {
  const issue = depthIssue(input, path);
  return issue === undefined ? undefined : validationError(subject, [issue]);
}
