import { describe, expect, it } from 'vitest';
import {
  anything,
  boolean,
  childPath,
  decode,
  decodeChecked,
  isRecord,
  list,
  looseObject,
  number,
  object,
  oneOf,
  optional,
  range,
  text,
  union,
  variant,
  type Decoder,
} from './index.js';

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

  it('checks a number: finite, whole if asked, then within its bounds, one issue at most', () => {
    const capacity = range({ integer: true, min: 1, max: 10 });
    expect(decode('n', capacity, 10)).toEqual({ ok: true, value: 10 });
    const codes = (decoder: Decoder<number>, value: unknown) =>
      issuesOf(decoder, value).map(({ code, params, message, expected }) => ({
        code,
        params,
        message,
        expected,
      }));
    expect(codes(capacity, 0.5)).toEqual([
      {
        code: 'wrong-type',
        params: { type: 'integer' },
        message: 'not a whole number',
        expected: 'a whole number',
      },
    ]);
    expect(codes(capacity, 0)).toEqual([
      { code: 'too-small', params: { min: 1 }, message: 'too small', expected: 'at least 1' },
    ]);
    expect(codes(capacity, 11)).toEqual([
      { code: 'too-large', params: { max: 10 }, message: 'too large', expected: 'at most 10' },
    ]);
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, '3'])
      expect(codes(capacity, value)[0]).toMatchObject({
        code: 'wrong-type',
        params: { type: 'number' },
      });
    expect(codes(capacity, undefined)[0]).toMatchObject({ code: 'missing' });
    expect(decode('share', range({ min: 0, max: 1 }), 0.25)).toEqual({ ok: true, value: 0.25 });
    expect(decode('seed', range({ integer: true }), -7)).toEqual({ ok: true, value: -7 });
  });

  it('reads the known keys of a loose object and leaves the others out, unreported', () => {
    const interval = looseObject({ start: text(), end: optional(text()) });
    expect(decode('interval', interval, { start: 'a', raw: 'x' })).toEqual({
      ok: true,
      value: { start: 'a' },
    });
    expect(issuesOf(interval, { raw: 'x' }).map((issue) => issue.path)).toEqual(['start']);
    expect(issuesOf(interval, [])[0]).toMatchObject({ path: '', code: 'wrong-type' });
    expect(decode('anything', object({ rule: anything() }), { rule: [1] })).toEqual({
      ok: true,
      value: { rule: [1] },
    });
  });

  it('reads a union with the first option whose test accepts the value, else says what it expects', () => {
    const when = union(
      [
        [(value) => typeof value === 'string', text({ min: 1 })],
        [isRecord, object({ start: text() })],
      ],
      'not a date or a period',
      'a date or { start }',
    );
    expect(decode('when', when, 'today')).toEqual({ ok: true, value: 'today' });
    expect(decode('when', when, { start: 'x' })).toEqual({ ok: true, value: { start: 'x' } });
    expect(issuesOf(when, '')[0]).toMatchObject({ path: '', code: 'empty' });
    expect(issuesOf(when, {})[0]).toMatchObject({ path: 'start', code: 'missing' });
    expect(issuesOf(when, 3)).toEqual([
      {
        path: '',
        code: 'invalid',
        params: {},
        message: 'not a date or a period',
        expected: 'a date or { start }',
        received: 3,
      },
    ]);
  });

  it('decodes below a path without checking the depth again, when the caller did', () => {
    const facts = object({ capacity: range({ integer: true, min: 1 }) });
    const result = decodeChecked('case facts', facts, { capacity: 0 }, 'facts');
    expect(result.ok || result.error.issues.map((issue) => issue.path)).toEqual(['facts.capacity']);
    expect(result.ok || result.error.message).toMatch(
      /^Invalid case facts: facts\.capacity: too small/,
    );
    expect(decodeChecked('case facts', facts, { capacity: 2 })).toEqual({
      ok: true,
      value: { capacity: 2 },
    });
  });

  it('writes paths as in code', () => {
    expect(childPath('', 'items')).toBe('items');
    expect(childPath('items', 3)).toBe('items[3]');
    expect(childPath('items[3]', 'answer')).toBe('items[3].answer');
  });
});
