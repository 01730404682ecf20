import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import {
  describeIssue,
  describeValidationError,
  expecting,
  formatPath,
  fromZodIssues,
  OpvangValidationError,
  validationError,
} from './index.js';

describe('formatPath', () => {
  it('writes keys and indices as code would', () => {
    expect(formatPath(['items', 3, 'answer', 1, 'href'])).toBe('items[3].answer[1].href');
    expect(formatPath([0, 'name'])).toBe('[0].name');
    expect(formatPath([])).toBe('');
  });
});

describe('fromZodIssues', () => {
  const schema = z.strictObject({
    items: z.array(
      z.object({
        href: z
          .string()
          .check(z.refine((s) => s.startsWith('https:'), expecting('not https', 'an https URL'))),
      }),
    ),
    count: z.number().check(z.minimum(1)),
    kind: z.enum(['a', 'b']),
    name: z.string().check(z.maxLength(3)),
  });

  it('names the path, the problem, the expectation and the value for every issue', () => {
    const input = {
      items: [{ href: 'https://ok' }, { href: 'javascript:alert(1)' }],
      count: 0,
      kind: 'c',
      name: 'long',
      extra: true,
    };
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    const error = fromZodIssues('example', result.error.issues, input);
    expect(error.kind).toBe('validation');
    const byPath = Object.fromEntries(error.issues.map((issue) => [issue.path, issue]));
    expect(byPath['items[1].href']).toMatchObject({
      expected: 'an https URL',
      received: 'javascript:alert(1)',
    });
    expect(byPath['count']).toMatchObject({
      code: 'too-small',
      expected: 'at least 1',
      received: 0,
    });
    expect(byPath['kind']).toMatchObject({ expected: 'one of "a", "b"', received: 'c' });
    expect(byPath['name']).toMatchObject({ expected: 'at most 3 characters', received: 'long' });
    expect(byPath['extra']).toMatchObject({
      code: 'unknown-key',
      message: 'unknown key "extra"',
      expected: 'only known keys',
    });
    expect(error.message).toMatch(/^Invalid example: .+ \(and 4 more\)$/);
  });

  it('says when a required field is missing', () => {
    const input = { count: 1, kind: 'a', name: 'x' };
    const result = schema.safeParse(input);
    if (result.success) throw new Error('expected failure');
    const [issue] = fromZodIssues('example', result.error.issues, input).issues;
    expect(issue).toMatchObject({
      path: 'items',
      code: 'missing',
      message: 'missing',
      expected: 'a list',
    });
    expect(issue).not.toHaveProperty('received');
    expect(describeIssue(issue)).toBe('items: missing (expected a list)');
  });
});

describe('OpvangValidationError', () => {
  it('carries the validation error and its message', () => {
    const details = validationError('thing', [
      { path: 'a', message: 'bad', expected: 'good', received: 'x'.repeat(100) },
    ]);
    const error = new OpvangValidationError(details);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('OpvangValidationError');
    expect(error.message).toBe(details.message);
    expect(error.message).toContain('...');
    expect(error.details.issues[0].path).toBe('a');
  });
});

describe('describeValidationError', () => {
  it('lists every issue on its own line', () => {
    const error = validationError('thing', [
      { path: 'a', message: 'bad', expected: 'good', received: 1 },
      { path: 'b[0]', message: 'missing', expected: 'a string' },
    ]);
    expect(describeValidationError(error)).toBe(
      'Invalid thing:\n- a: bad (expected good, received 1)\n- b[0]: missing (expected a string)',
    );
  });
});
