import { match } from 'ts-pattern';
import type { BelgianCalendar, DeadlineRule } from '../deadlines/index.js';
import {
  decodeChecked,
  depthError,
  err,
  isRecord,
  ok,
  validationError,
  type Result,
  type ValidationError,
} from '../shared/index.js';
import { applyEvent, openCase } from './case.js';
import type { EventRejected, LogRejected } from './errors.js';
import type { CaseEvent, CaseState } from './model.js';
import { openingEventDecoder } from './schema.js';

/**
 * The version of the event-log format written by {@link toEventLog}. Version 2 (December
 * 2026) added `opening-announced`, `officer-involved`, `support-offered` and
 * `support-delivered`; {@link loadCase} still reads version 1 through {@link migrateEventLog}.
 */
export const EVENT_LOG_VERSION = 2;

/** A case as stored: its events, with the format's version. JSON as is. */
export interface EventLog {
  readonly schemaVersion: typeof EVENT_LOG_VERSION;
  readonly caseId: string;
  readonly events: readonly CaseEvent[];
}

/** The event kinds version 2 added; a version-1 log holds none of them. */
const ADDED_IN_VERSION_2: ReadonlySet<unknown> = new Set([
  'opening-announced',
  'officer-involved',
  'support-offered',
  'support-delivered',
]);

const envelopeError = (path: string, message: string, expected: string, received: unknown) =>
  rejected(validationError('event log', [{ path, code: 'invalid', message, expected, received }]));

/**
 * A case as its event log, ready for `JSON.stringify`. {@link loadCase} reads it back.
 *
 * @example
 * ```ts
 * localStorage.setItem(state.caseId, JSON.stringify(toEventLog(state)));
 * ```
 */
export function toEventLog(state: CaseState): EventLog {
  return { schemaVersion: EVENT_LOG_VERSION, caseId: state.caseId, events: state.events };
}

function rejected(cause: ValidationError | EventRejected, eventIndex?: number): LogRejected {
  const where = eventIndex === undefined ? 'event log' : `event ${eventIndex}`;
  return {
    kind: 'log-rejected',
    ...(eventIndex === undefined ? {} : { eventIndex }),
    cause,
    message: `Cannot load the case: ${where}: ${cause.message}`,
  };
}

/**
 * Brings a stored event log (parsed JSON) to the current {@link EVENT_LOG_VERSION}, without
 * checking its events beyond what the migration needs: {@link loadCase} replays them after.
 * Version 2 only added event kinds, so a version-1 log becomes version 2 as it is, its events
 * untouched; an event of a kind version 1 did not have is refused, with its index. A log
 * of the current version is returned as it is; any other version (a newer one written by a
 * later opvang, or none) is refused with an error on `schemaVersion`.
 *
 * @returns the log as the current version, or a {@link LogRejected}.
 *
 * @example
 * ```ts
 * const stored = JSON.parse(text); // { schemaVersion: 1, caseId: '2024-kapellen', events: [...] }
 * const current = migrateEventLog(stored);
 * if (current.ok) current.value.schemaVersion; // 2
 * ```
 */
export function migrateEventLog(log: unknown): Result<EventLog, LogRejected> {
  const tooDeep = depthError('event log', log);
  if (tooDeep !== undefined) return err(rejected(tooDeep));
  if (log === null || typeof log !== 'object' || Array.isArray(log))
    return err(
      envelopeError('', 'not an event log', 'an object { schemaVersion, caseId, events }', log),
    );
  const record = log as Record<string, unknown>;
  const { schemaVersion, events } = record;
  if (schemaVersion === EVENT_LOG_VERSION) return ok(log as EventLog);
  if (typeof schemaVersion === 'number' && schemaVersion > EVENT_LOG_VERSION)
    return err(
      envelopeError(
        'schemaVersion',
        `a newer format version than this opvang reads (${EVENT_LOG_VERSION})`,
        `1 to ${EVENT_LOG_VERSION}; update opvang to read it`,
        schemaVersion,
      ),
    );
  if (schemaVersion !== 1)
    return err(
      envelopeError(
        'schemaVersion',
        'an unknown format version',
        `1 to ${EVENT_LOG_VERSION}`,
        schemaVersion,
      ),
    );
  // A broken event is loadCase's to report, when it replays the log; a kind that version 2
  // added, in a log that says it is version 1, is the migration's.
  const index = Array.isArray(events)
    ? events.findIndex((event) => isRecord(event) && ADDED_IN_VERSION_2.has(event['kind']))
    : -1;
  if (index >= 0)
    return err(
      rejected(
        validationError('case event', [
          {
            path: 'kind',
            code: 'invalid',
            message: 'not an event of format version 1',
            expected: 'an event kind of version 1; the newer kinds need schemaVersion 2',
            received: (events as Record<string, unknown>[])[index]?.['kind'],
          },
        ]),
        index,
      ),
    );
  return ok({ ...record, schemaVersion: EVENT_LOG_VERSION } as unknown as EventLog);
}

/**
 * Loads a case from its event log (parsed JSON): checks the format version (a version-1 log
 * is read through {@link migrateEventLog}), then replays each event with {@link applyEvent}. A broken, unknown or out-of-order event gives an error that
 * names its index and the problem; a case is never half loaded.
 *
 * @example
 * ```ts
 * const loaded = loadCase(JSON.parse(text));
 * if (!loaded.ok) console.error(loaded.error.message); // 'Cannot load the case: event 3: …'
 * ```
 */
export function loadCase(log: unknown): Result<CaseState, LogRejected> {
  const migrated = migrateEventLog(log);
  if (!migrated.ok) return migrated;
  const { events } = migrated.value as { readonly events: unknown };
  if (!Array.isArray(events) || events.length === 0) {
    return err(
      rejected(
        validationError('event log', [
          {
            path: 'events',
            code: 'invalid',
            message: 'no events',
            expected: 'a list of events starting with case-opened',
            received: events,
          },
        ]),
      ),
    );
  }
  const first: unknown = events[0];
  // The log's depth was checked above.
  const read = decodeChecked('case event', openingEventDecoder, first);
  if (!read.ok) return err(rejected(read.error, 0));
  const opening = read.value;
  const { facts, policy, actor } = opening;
  const opened = openCase(facts, {
    contactDeadline: policy.contactDeadline as DeadlineRule,
    ...(policy.calendar === undefined ? {} : { calendar: policy.calendar as BelgianCalendar }),
    actor: actor.name === undefined ? { role: actor.role } : { role: actor.role, name: actor.name },
  });
  if (!opened.ok) return err(rejected(opened.error, 0));
  if (opening.caseId !== opened.value.caseId || opening.at !== facts.confirmedAt) {
    return err(
      rejected(
        validationError('case event', [
          {
            path: 'caseId',
            code: 'invalid',
            message: 'does not match the facts',
            expected: 'the case id and confirmation instant of the facts',
          },
        ]),
        0,
      ),
    );
  }
  let state = opened.value;
  for (let index = 1; index < events.length; index += 1) {
    const next = applyEvent(state, events[index] as CaseEvent);
    if (!next.ok) {
      return err(
        rejected(
          match(next.error)
            .with({ kind: 'log-rejected' }, (inner) => inner.cause)
            .otherwise((inner) => inner),
          index,
        ),
      );
    }
    state = next.value;
  }
  return ok(state);
}
