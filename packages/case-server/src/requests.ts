import { isRecord } from '@opvang/core/shared';
import { HttpError } from './http.js';
import type { EventSubmission } from './store.js';

/** An event id: chosen by the client (`crypto.randomUUID()`), 1 to 100 of `[A-Za-z0-9_-]`. */
export const EVENT_ID_PATTERN = /^[A-Za-z0-9_-]{1,100}$/;
/** The most events one append may carry. */
export const MAX_EVENTS_PER_APPEND = 100;

const EVENT_ID_EXPECTED = '1 to 100 letters, digits, "_" or "-" (e.g. crypto.randomUUID())';

function invalid(path: string, expected: string, message: string): HttpError {
  return new HttpError(400, 'invalid-body', `${path || 'the body'}: ${message}`, {
    path,
    expected,
  });
}

function onlyKeys(value: Readonly<Record<string, unknown>>, keys: readonly string[], at: string) {
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) {
      const path = at === '' ? key : `${at}.${key}`;
      throw invalid(path, `only ${keys.join(', ')}`, 'an unknown key');
    }
  }
}

function submission(value: unknown, at: string): EventSubmission {
  if (!isRecord(value)) throw invalid(at, 'an object { id, event }', 'not an object');
  onlyKeys(value, ['id', 'event'], at);
  const { id, event } = value;
  const idPath = at === '' ? 'id' : `${at}.id`;
  if (typeof id !== 'string' || !EVENT_ID_PATTERN.test(id))
    throw invalid(idPath, EVENT_ID_EXPECTED, 'not a usable event id');
  const eventPath = at === '' ? 'event' : `${at}.event`;
  if (!isRecord(event)) throw invalid(eventPath, 'an event object (CaseEvent)', 'not an object');
  return { id, event };
}

/**
 * The body of `POST /api/cases`: `{ id, event }` with a `case-opened` event. The event itself
 * is the core's to check (`422` with its reasons); this checks only the envelope (`400`).
 */
export function readOpenBody(body: unknown): EventSubmission {
  const read = submission(body, '');
  if ((read.event as Record<string, unknown>)['kind'] !== 'case-opened')
    throw invalid('event.kind', '"case-opened"', 'a case is opened with its case-opened event');
  return read;
}

/** The body of `POST /api/cases/:caseId/events`: `{ events: [{ id, event }…] }`, 1 to 100 of them. */
export function readAppendBody(body: unknown): readonly EventSubmission[] {
  if (!isRecord(body)) throw invalid('', 'an object { events: [...] }', 'not an object');
  onlyKeys(body, ['events'], '');
  const { events } = body;
  if (!Array.isArray(events) || events.length < 1 || events.length > MAX_EVENTS_PER_APPEND)
    throw invalid(
      'events',
      `a list of 1 to ${MAX_EVENTS_PER_APPEND} { id, event }`,
      'not a list of events of the allowed length',
    );
  return events.map((item: unknown, index) => submission(item, `events[${index}]`));
}
