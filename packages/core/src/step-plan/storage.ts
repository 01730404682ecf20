import { match } from 'ts-pattern';
import type { BelgianCalendar, DeadlineRule } from '../deadlines/index.js';
import {
  decodeChecked,
  depthError,
  err,
  ok,
  validationError,
  type Result,
  type ValidationError,
} from '../shared/index.js';
import { applyEvent, openCase } from './case.js';
import type { EventRejected, LogRejected } from './errors.js';
import type { CaseEvent, CaseState } from './model.js';
import { openingEventDecoder } from './schema.js';

/** The version of the event-log format written by {@link toEventLog}. */
export const EVENT_LOG_VERSION = 1;

/** A case as stored: its events, with the format's version. JSON as is. */
export interface EventLog {
  readonly schemaVersion: typeof EVENT_LOG_VERSION;
  readonly caseId: string;
  readonly events: readonly CaseEvent[];
}

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
 * Loads a case from its event log (parsed JSON): checks the format version, then replays each
 * event with {@link applyEvent}. A broken, unknown or out-of-order event gives an error that
 * names its index and the problem; a case is never half loaded.
 *
 * @example
 * ```ts
 * const loaded = loadCase(JSON.parse(text));
 * if (!loaded.ok) console.error(loaded.error.message); // 'Cannot load the case: event 3: …'
 * ```
 */
export function loadCase(log: unknown): Result<CaseState, LogRejected> {
  const tooDeep = depthError('event log', log);
  if (tooDeep !== undefined) return err(rejected(tooDeep));
  if (log === null || typeof log !== 'object' || Array.isArray(log)) {
    return err(
      rejected(
        validationError('event log', [
          {
            path: '',
            code: 'invalid',
            message: 'not an event log',
            expected: 'an object { schemaVersion, caseId, events }',
            received: log,
          },
        ]),
      ),
    );
  }
  const { schemaVersion, events } = log as Record<string, unknown>;
  if (schemaVersion !== EVENT_LOG_VERSION) {
    return err(
      rejected(
        validationError('event log', [
          {
            path: 'schemaVersion',
            code: 'invalid',
            message: 'an unknown format version',
            expected: `${EVENT_LOG_VERSION}`,
            received: schemaVersion,
          },
        ]),
      ),
    );
  }
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
