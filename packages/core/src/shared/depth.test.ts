import { describe, expect, it } from 'vitest';
import { depthError, depthIssue, MAX_DEPTH } from './depth.js';

/** `levels` containers: an object holding a list holding an object … */
function nested(levels: number): unknown {
  let value: unknown = 'leaf';
  for (let level = 0; level < levels; level += 1)
    value = level % 2 === 0 ? { items: value } : [value];
  return value;
}

describe('depthIssue', () => {
  it('accepts values and input nested up to the limit', () => {
    for (const value of ['text', 3, null, undefined, {}, [], nested(MAX_DEPTH)])
      expect(depthIssue(value)).toBeUndefined();
  });
  it('refuses one level more, at the path where the level past the limit starts, naming the limit', () => {
    const issue = depthIssue(nested(MAX_DEPTH + 1));
    expect(issue?.expected).toBe('at most 64 levels of nested objects and lists');
    expect(issue?.message).toBe('nested too deeply');
    expect(issue?.path.startsWith('items[0].items[0]')).toBe(true);
    expect(issue).not.toHaveProperty('received');
  });
  it('takes a smaller limit from a border that sets its own (the case server: 32)', () => {
    expect(depthIssue(nested(32), '', 32)).toBeUndefined();
    const issue = depthIssue(nested(33), '', 32);
    expect(issue?.params).toEqual({ max: 32 });
    expect(issue?.expected).toBe('at most 32 levels of nested objects and lists');
  });
  it('prefixes the path it is given', () => {
    expect(depthIssue({ a: nested(MAX_DEPTH) }, 'options')?.path.startsWith('options.a[0]')).toBe(
      true,
    );
    expect(depthIssue([nested(MAX_DEPTH)], 'list')?.path.startsWith('list[0][0]')).toBe(true);
  });
  it('finds the deep branch beside shallow ones, and survives a million levels and a value that contains itself', () => {
    expect(
      depthIssue({ a: 1, b: [{}, { c: nested(MAX_DEPTH) }], d: 'x' })?.path.startsWith('b[1].c'),
    ).toBe(true);
    expect(
      depthIssue(JSON.parse(`${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`)),
    ).toBeDefined();
    const cycle: Record<string, unknown> = {};
    cycle['self'] = cycle;
    expect(depthIssue(cycle)?.path).toBe(`self${'.self'.repeat(MAX_DEPTH - 1)}`);
  });
  it('depthError wraps the issue as a ValidationError of the subject', () => {
    expect(depthError('FAQ', {})).toBeUndefined();
    expect(depthError('FAQ', nested(100))).toMatchObject({
      kind: 'validation',
      subject: 'FAQ',
      message: expect.stringMatching(/^Invalid FAQ: .*nested too deeply/),
    });
  });
});
