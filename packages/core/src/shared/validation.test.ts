import { describe, expect, it } from 'vitest';
import {
  describeIssue,
  describeValidationError,
  formatPath,
  issue,
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

describe('describeIssue', () => {
  it('says when a required field is missing, with nothing received', () => {
    const missing = issue('items', 'missing', { type: 'list' });
    expect(missing).not.toHaveProperty('received');
    expect(describeIssue(missing)).toBe('items: missing (expected a list)');
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
