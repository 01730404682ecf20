import type { decode } from './decode.js';
import { formatPath, validationError, type ValidationError, type ValidationIssue } from './validation.js';

/**
 * How deeply outside data may nest objects and lists: 64 levels. Real content nests a few
 * levels (a FAQ about 7, an event log about 5); input far deeper is a mistake or an attack,
 * and zod's schemas and our decoders read nesting by recursion, which overflows the stack
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

interface Frame {
  readonly value: object;
  readonly depth: number;
  readonly parent: Frame | undefined;
  readonly key: string | number;
}

/**
 * The issue for input that nests objects and lists deeper than {@link MAX_DEPTH}, at the path
 * where the level past the limit starts; `undefined` when the input is within the limit.
 * It walks the input with its own stack, never by recursion, so no input can overflow it;
 * a value that contains itself counts as too deep. The value is not repeated in `received`.
 *
 * @example
 * ```ts
 * depthIssue({ items: [] });            // undefined
 * depthIssue(nestedThousandLevels)?.expected; // 'at most 64 levels of nested objects and lists'
 * ```
 */
export function depthIssue(input: unknown, path = ''): ValidationIssue | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const stack: Frame[] = [{ value: input, depth: 1, parent: undefined, key: '' }];
  for (let frame = stack.pop(); frame !== undefined; frame = stack.pop()) {
    if (frame.depth > MAX_DEPTH) {
      return { path: pathOf(frame, path), message: 'nested too deeply', expected: `at most ${MAX_DEPTH} levels of nested objects and lists` };
    }
    const { value } = frame;
    const keys = Array.isArray(value) ? value.keys() : Object.keys(value).values();
    for (const key of keys) {
      const child: unknown = (value as Record<string | number, unknown>)[key];
      if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: frame.depth + 1, parent: frame, key });
    }
  }
  return undefined;
}

/**
 * {@link depthIssue} for JSON text, before `JSON.parse` reads it (by recursion too): the
 * issue when its objects and lists nest deeper than {@link MAX_DEPTH}. Brackets inside
 * strings do not count. Malformed text is left to `JSON.parse` to report.
 *
 * @example
 * ```ts
 * jsonTextDepthIssue('{"items": []}'); // undefined
 * jsonTextDepthIssue('['.repeat(100));  // { path: '', message: 'nested too deeply', … }
 * ```
 */
export function jsonTextDepthIssue(text: string): ValidationIssue | undefined {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (inString) {
      if (character === '\\') index += 1;
      else if (character === '"') inString = false;
    } else if (character === '"') inString = true;
    else if (character === '[' || character === '{') {
      depth += 1;
      if (depth > MAX_DEPTH) return { path: '', message: `nested too deeply (at character ${index})`, expected: `at most ${MAX_DEPTH} levels of nested objects and lists` };
    } else if (character === ']' || character === '}') depth -= 1;
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
export function depthError(subject: string, input: unknown, path = ''): ValidationError | undefined {
  const issue = depthIssue(input, path);
  return issue === undefined ? undefined : validationError(subject, [issue]);
}

function pathOf(frame: Frame, base: string): string {
  const keys: Array<string | number> = [];
  for (let current: Frame | undefined = frame; current?.parent !== undefined; current = current.parent) keys.push(current.key);
  const inside = formatPath(keys.reverse());
  return base === '' || inside === '' ? base + inside : inside.startsWith('[') ? base + inside : `${base}.${inside}`;
}
