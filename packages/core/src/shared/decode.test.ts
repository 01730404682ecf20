import { describe, expect, it } from 'vitest';
import {
  boolean,
  childPath,
  decode,
  list,
  number,
  object,
  oneOf,
  optional,
  text,
  variant,
  type Decoder,
} from './decode.js';

function issuesOf<T>(decoder: Decoder<T>, input: unknown) {
  const result = decode('thing', decoder, input);
  if (result.ok) throw new Error('expected issues');
  return result.error.issues;
}

describe('decoders', () => {
  const person = object({
    name: text({ trim: true, min: 1, max: 5 }),
    age: optional(number()),
    language: oneOf(['nl', 'fr'] as const),
    pets: list(text({ check: [(pet) => pet !== 'tiger', 'not a pet', 'a tame animal'] }), 0, 2),
    subscribed: boolean(),
  });

  it('reads and normalises a valid value, leaving absent optional keys out', () => {
    const result = decode('person', person, {
      name: ' An ',
      language: 'nl',
      pets: ['cat'],
      subscribed: false,
    });
    expect(result).toEqual({
      ok: true,
      value: { name: 'An', language: 'nl', pets: ['cat'], subscribed: false },
    });
    expect(result.ok && 'age' in result.value).toBe(false);
  });

  it('reports every problem with its path, what was expected and what was received', () => {
    expect(
      issuesOf(person, {
        name: '      ',
        age: '3',
        language: 'de',
        pets: ['tiger'],
        colour: 'red',
      }).map(({ path, message, expected, received }) => ({
        path,
        message,
        expected,
        ...(received === undefined ? {} : { received }),
      })),
    ).toEqual([
      { path: 'name', message: 'empty', expected: 'at least 1 character', received: '      ' },
      { path: 'age', message: 'not a number', expected: 'a number', received: '3' },
      {
        path: 'language',
        message: 'not allowed here',
        expected: 'one of "nl", "fr"',
        received: 'de',
      },
      { path: 'pets[0]', message: 'not a pet', expected: 'a tame animal', received: 'tiger' },
      { path: 'subscribed', message: 'missing', expected: 'a boolean' },
      {
        path: 'colour',
        message: 'unknown key "colour"',
        expected: 'only the keys name, age, language, pets, subscribed',
        received: 'red',
      },
    ]);
  });

  it('names the summary after the subject and the first issue', () => {
    const result = decode('person', person, null);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.message).toBe(
        'Invalid person: not an object (expected an object, received null)',
      );
  });

  it('checks lengths of texts and lists, and does not read the items of a list that is too long', () => {
    expect(issuesOf(text({ min: 3, max: 4 }), 'ab')[0]).toMatchObject({
      message: 'too short',
      expected: 'at least 3 characters',
    });
    expect(issuesOf(text({ max: 1 }), 'ab')[0]).toMatchObject({
      message: 'too long',
      expected: 'at most 1 character',
    });
    expect(issuesOf(list(number(), 2), [1])[0]).toMatchObject({
      message: 'too few items',
      expected: 'at least 2 items',
    });
    expect(issuesOf(list(number(), 0, 1), ['a', 'b'])).toEqual([
      {
        path: '',
        code: 'too-many',
        params: { max: 1 },
        message: 'too many items',
        expected: 'at most 1 item',
        received: ['a', 'b'],
      },
    ]);
    expect(issuesOf(list(number()), 'x')[0]).toMatchObject({
      message: 'not a list',
      expected: 'a list',
    });
    expect(issuesOf(number(), Number.NaN)[0]).toMatchObject({ message: 'not a number' });
    expect(issuesOf(oneOf([true] as const), false)[0]).toMatchObject({ expected: 'true' });
  });

  it('picks a variant by its tag, and names the tag when it is unknown', () => {
    const shape = variant('type', {
      circle: object({ type: oneOf(['circle'] as const), radius: number() }),
      square: object({ type: oneOf(['square'] as const), side: number() }),
    });
    expect(decode('shape', shape, { type: 'square', side: 2 })).toEqual({
      ok: true,
      value: { type: 'square', side: 2 },
    });
    expect(issuesOf(shape, { type: 'circle', side: 2 }).map((issue) => issue.path)).toEqual([
      'radius',
      'side',
    ]);
    expect(issuesOf(shape, { type: 'html' })).toEqual([
      {
        path: 'type',
        code: 'not-allowed',
        params: { values: ['circle', 'square'] },
        message: 'not allowed here',
        expected: 'one of "circle", "square"',
        received: 'html',
      },
    ]);
    expect(issuesOf(shape, [])[0]).toMatchObject({ path: '', expected: 'an object' });
  });

  it('does not take keys from the prototype for known keys', () => {
    const withToString = object({ name: text() });
    expect(issuesOf(withToString, { name: 'x', toString: 'y' })[0]?.message).toBe(
      'unknown key "toString"',
    );
    expect(
      issuesOf(withToString, JSON.parse('{"name": "x", "__proto__": {"name": 1}}'))[0]?.message,
    ).toBe('unknown key "__proto__"');
  });

  it('writes paths as in code', () => {
    expect(childPath('', 'items')).toBe('items');
    expect(childPath('items', 3)).toBe('items[3]');
    expect(childPath('items[3]', 'answer')).toBe('items[3].answer');
  });
});
