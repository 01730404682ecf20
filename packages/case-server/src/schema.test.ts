// The JSON Schema of the request bodies says what the server says: every sample body the
// server takes (2xx or a 422 about the case, never a 400) the schema takes, and every body the
// server refuses as malformed (400 invalid-body) the schema refuses.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { HttpError } from './http.js';
import { readAppendBody, readOpenBody } from './requests.js';
import { announced, completed, note, offered, openingEvent } from './test-support/events.js';

const require = createRequire(import.meta.url);
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const ajv = new Ajv2020({ strict: true, strictTuples: false });
ajv.addSchema(read(require.resolve('@opvang/core/schemas/case-event-log.schema.json')));
ajv.addSchema(read(new URL('../schemas/case-api.schema.json', import.meta.url).pathname));
const ID = 'https://opvang.example/schemas/case-api.schema.json';
const schema = (name: string) => (value: unknown) => ajv.validate(`${ID}#/$defs/${name}`, value);

const server = (reader: (body: unknown) => unknown) => (value: unknown) => {
  try {
    reader(value);
    return true;
  } catch (error) {
    if (error instanceof HttpError) return false;
    throw error;
  }
};

const events = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    id: `e-${index}`,
    event: note('c', `note ${index}`),
  }));

describe('case-api.schema.json', () => {
  it.each([
    ['an opening', { id: 'a', event: openingEvent('c') }, true],
    ['an opening with a bad id', { id: 'a b', event: openingEvent('c') }, false],
    ['an opening with an extra key', { id: 'a', event: openingEvent('c'), more: 1 }, false],
    ['an opening without its event', { id: 'a' }, false],
    ['a note instead of an opening', { id: 'a', event: note('c', 'x') }, false],
  ])('agrees with the server on %s', (_name, body, valid) => {
    expect(schema('openCase')(body)).toBe(valid);
    expect(server(readOpenBody)(body)).toBe(valid);
  });

  it.each([
    ['one event', { events: events(1) }, true],
    [
      'a step and a note',
      { events: [{ id: 's', event: completed('c', 'C.a') }, ...events(1)] },
      true,
    ],
    [
      'the events of event-log version 2',
      {
        events: [
          { id: 'a', event: announced('c') },
          { id: 'o', event: offered('c', ['buddy-scheme']) },
        ],
      },
      true,
    ],
    // The server leaves an event's fields to the core (422); the schema refuses it at once.
    ['support with no items', { events: [{ id: 'o', event: offered('c', []) }] }, 'core'],
    ['100 events', { events: events(100) }, true],
    ['101 events', { events: events(101) }, false],
    ['no events', { events: [] }, false],
    ['an id too long', { events: [{ id: 'x'.repeat(101), event: note('c', 'x') }] }, false],
    ['an item without its id', { events: [{ event: note('c', 'x') }] }, false],
    ['an extra key', { events: events(1), since: 3 }, false],
    ['a list instead of an object', [events(1)], false],
  ])('agrees with the server on %s', (_name, body, valid) => {
    expect(schema('appendEvents')(body)).toBe(valid === true);
    expect(server(readAppendBody)(body)).toBe(valid !== false);
  });
});
