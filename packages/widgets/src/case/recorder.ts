import { parseInstant, toBrusselsIso } from '@opvang/core/shared';
import {
  applyEvent,
  loadCase,
  type Actor,
  type ActorRole,
  type CaseError,
  type CaseEvent,
} from '@opvang/core/step-plan';
import type { CaseDocument, CaseStore, EventSubmission } from '../case-store/types.js';
import { StoreError, type StoreFailure } from '../case-store/types.js';
import type { PendingQueue } from '../case-store/pending.js';
import type { FormProblem } from './recording.js';

/** What submitting one checked event came to: stored, or a problem (with the case as it now is). */
export type RecordOutcome =
  | { readonly kind: 'appended'; readonly document: CaseDocument }
  | {
      readonly kind: 'problem';
      readonly problem: FormProblem;
      readonly document?: CaseDocument | undefined;
    };

/** What recording through the offline queue came to: also `queued`, kept to be sent later. */
export type QueuedOutcome =
  RecordOutcome | { readonly kind: 'queued'; readonly document?: CaseDocument | undefined };

/** The failure kind of anything a store threw; what is not a StoreError counts as unavailable. */
export const failureOf = (error: unknown): StoreFailure['kind'] =>
  error instanceof StoreError ? error.failure.kind : 'unavailable';

/** Tries a conflict this many times before it is shown. */
const ATTEMPTS = 3;

/**
 * Appends one event that `applyEvent` accepted on `document`. On a conflict (someone recorded
 * first) it applies the event again to the current case and, if it still holds, submits it
 * again with the same id; if not, the problem says why, with the current case.
 *
 * @example
 * ```ts
 * const outcome = await recordEvent(store, document, { id: crypto.randomUUID(), event });
 * if (outcome.kind === 'problem') show(outcome.problem);
 * ```
 */
export async function recordEvent(
  store: CaseStore,
  document: CaseDocument,
  submission: EventSubmission,
): Promise<RecordOutcome> {
  let current = document;
  try {
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      const outcome = await store.append(current.caseId, current.version, [submission]);
      if (outcome.kind === 'appended') return outcome;
      if (outcome.kind === 'rejected')
        return { kind: 'problem', problem: { kind: 'rejected', error: outcome.rejection } };
      current = outcome.document;
      const error = whyNot(current, submission.event);
      if (error !== undefined)
        return { kind: 'problem', problem: { kind: 'conflict', error }, document: current };
    }
    return { kind: 'problem', problem: { kind: 'conflict' }, document: current };
  } catch (error) {
    return { kind: 'problem', problem: { kind: 'failure', failure: failureOf(error) } };
  }
}

/**
 * Records one checked event through the offline queue (the case server's store): stored now,
 * or `queued` when the server cannot be reached (the queue keeps it and sends it later). A
 * conflict or a refusal while the user is here is a problem in the form, as with
 * {@link recordEvent}, and the queue lets go of the event: the form still holds the input.
 *
 * @example
 * ```ts
 * const outcome = await queueEvent(queue, document, ids.for('note', event));
 * if (outcome.kind === 'queued') say('waiting to be sent');
 * ```
 */
export async function queueEvent(
  queue: PendingQueue,
  document: CaseDocument,
  submission: EventSubmission,
): Promise<QueuedOutcome> {
  const result = await queue.record(document.caseId, document.version, [submission]);
  const current = result.document;
  const entry = (await queue.entries(document.caseId)).find(({ id }) => id === submission.id);
  if (entry === undefined) return { kind: 'appended', document: current ?? document };
  const failure = entry.failure?.kind ?? result.failure?.kind;
  if (entry.state === 'waiting' && (failure === undefined || failure === 'unavailable'))
    return { kind: 'queued', document: current };
  await queue.discard(entry.id);
  if (entry.conflict !== undefined) {
    // Refused on the case as it was recorded on: the core's word, as without the queue.
    const unchanged = current === undefined || current.version === document.version;
    const problem: FormProblem = unchanged
      ? { kind: 'rejected', error: entry.conflict }
      : { kind: 'conflict', error: entry.conflict };
    return { kind: 'problem', problem, document: current };
  }
  if (failure === undefined)
    return { kind: 'problem', problem: { kind: 'conflict' }, document: current };
  return { kind: 'problem', problem: { kind: 'failure', failure } };
}

/**
 * Records one checked event: through the offline queue when there is one (the case server),
 * else straight into the store (this browser's). With `timeLeftEmpty` (the form's time was
 * left empty, so the event happened "now"), an event refused only because someone else recorded a moment
 * later is stamped again and submitted once more; so is an announcement or an involvement,
 * whose own `at` is always the moment of recording.
 *
 * @example
 * ```ts
 * const outcome = await submitEvent(store, queue, document, ids.for('note', event), true);
 * ```
 */
export async function submitEvent(
  store: CaseStore,
  queue: PendingQueue | undefined,
  document: CaseDocument,
  submission: EventSubmission,
  timeLeftEmpty = false,
): Promise<QueuedOutcome> {
  const outcome = await (queue === undefined
    ? recordEvent(store, document, submission)
    : queueEvent(queue, document, submission));
  // An event whose time was left empty happened "now". When someone else recorded a moment
  // later while it was on its way, the core refuses it as dated before theirs; it is the same
  // event a moment later, so it is stamped with the current time and submitted once more.
  // An announcement's or involvement's `at` is always the moment it is recorded (the time
  // typed is the fact's own, `announcedAt` / `involvedAt`), so it may be stamped again too.
  if (
    !(timeLeftEmpty || recordedNow(submission.event)) ||
    outcome.kind !== 'problem' ||
    outcome.problem.kind !== 'conflict' ||
    outcome.problem.error?.kind !== 'event-rejected' ||
    outcome.problem.error.code !== 'out-of-order' ||
    outcome.document === undefined
  )
    return outcome;
  const again = {
    id: crypto.randomUUID(),
    event: { ...submission.event, at: nowAfter(outcome.document) },
  };
  return submitEvent(store, queue, outcome.document, again);
}

const recordedNow = (event: CaseEvent): boolean =>
  event.kind === 'opening-announced' || event.kind === 'officer-involved';

/**
 * The current instant in Brussels time, as events carry it.
 *
 * @example
 * ```ts
 * nowInBrussels(); // '2026-12-01T17:40:00.000+01:00'
 * ```
 */
export const nowInBrussels = (): string => toBrusselsIso(new Date(Date.now()));

/**
 * "Now" for an event that must follow the case's last one: the current instant, or the last
 * event's when a colleague's clock runs a little ahead of this one.
 *
 * @example
 * ```ts
 * nowAfter(document); // '2026-12-01T17:40:00.000+01:00'
 * ```
 */
export function nowAfter(document: CaseDocument): string {
  const now = nowInBrussels();
  const last = document.log.events.at(-1)?.at;
  const [nowEpoch, lastEpoch] = [parseInstant(now) ?? 0, parseInstant(last ?? '') ?? 0];
  return last !== undefined && lastEpoch > nowEpoch ? last : now;
}

/**
 * Who records: the chosen role, with the person's name when there is one.
 *
 * @example
 * ```ts
 * actorFor('liaison-officer', ' An '); // { role: 'liaison-officer', name: 'An' }
 * ```
 */
export function actorFor(role: ActorRole, person: string | undefined): Actor {
  const name = person?.trim();
  return name ? { role, name } : { role };
}

/** Why the event no longer applies to the case, or `undefined` when it still does. */
function whyNot(document: CaseDocument, event: CaseEvent): CaseError | undefined {
  const loaded = loadCase(document.log);
  if (!loaded.ok) return loaded.error;
  const applied = applyEvent(loaded.value, event);
  return applied.ok ? undefined : applied.error;
}

/**
 * The id of each submission: a retry of the same event from the same form keeps its id, so a
 * store that got it once keeps it once; any other event gets a new one.
 *
 * @example
 * ```ts
 * const submission = ids.for('note', event); // the same id again after an `unavailable`
 * ```
 */
export class SubmissionIds {
  #last: { key: string; id: string } | undefined;

  for(form: string, event: CaseEvent): EventSubmission {
    const key = `${form}:${JSON.stringify(event)}`;
    if (this.#last?.key !== key) this.#last = { key, id: crypto.randomUUID() };
    return { id: this.#last.id, event };
  }

  /** After a success: the next submission is a new event. */
  clear(): void {
    this.#last = undefined;
  }
}
