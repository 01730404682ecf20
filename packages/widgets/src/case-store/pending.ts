import { applyEvent, loadCase, type CaseError, type CaseEvent } from '@opvang/core/step-plan';
import { retryDelay } from '../contact/outbox.js';
import {
  FallbackPendingStorage,
  IndexedDbPendingStorage,
  type PendingEvent,
  type PendingStorage,
} from './pending-storage.js';
import { StoreError, type CaseDocument, type CaseStore, type EventSubmission } from './types.js';

export type { PendingEvent, PendingStorage } from './pending-storage.js';

/** The store accepts at most this many events in one append. */
const BATCH = 100;
/** Conflicts resolved in one go before the queue waits for the next round (two busy writers). */
const MAX_REBASES = 8;
/** The first retry's wait after the store was unavailable. */
const RETRY_BASE_MS = 2000;

/** What became of a case's pending events in one {@link PendingQueue.flush}. */
export interface FlushResult {
  /** The case as the store has it now, when the store answered. */
  readonly document?: CaseDocument;
  /** Events the store stored in this flush. */
  readonly sent: number;
  /** Events still waiting (the store is unavailable, or the user must sign in). */
  readonly waiting: number;
  /** Events that no longer fit the case: kept, for the user to discard or retry. */
  readonly conflicted: number;
  /** Why the store could not be reached, if it could not. */
  readonly failure?: StoreError['failure'];
}

/** What a {@link PendingQueue} is built from. */
export interface PendingQueueOptions {
  readonly store: CaseStore;
  /** Which store the events are for (the API's base URL, or `local`), so two stores never mix. */
  readonly storeKey: string;
  /** Where the events live; IndexedDB with a memory fallback by default. */
  readonly storage?: PendingStorage & { readonly volatile?: boolean };
  /** The first retry's wait in ms; doubles with jitter up to five minutes, as the contact outbox does. */
  readonly retryBaseMs?: number;
  /** The random source of the jitter (tests pass a fixed one). */
  readonly random?: () => number;
}

/**
 * The offline queue of the case widgets. Every event is written to IndexedDB (database
 * `opvang-pending`, keyed by event id, with its case and the version it was recorded on)
 * *before* it is sent, and removed only once the store has it, so a network failure, a
 * refusal, a reload or a closed tab loses nothing; a full or blocked storage falls back to
 * memory and {@link volatile} says so.
 *
 * Sending a case's events: one append at the version they were recorded on. On a conflict
 * (someone else appended first) the queue (1) takes the current document, (2) rebuilds the
 * case with `loadCase(document.log)` and re-applies its events with `applyEvent`, dropping
 * those the store already has (their ids), (3) submits the ones that still fit, and (4) marks
 * the others `conflicted` with the core's reason: kept, shown to the user by the widget, and
 * removed only by {@link discard}, or sent again by {@link retry}. A refusal (`rejected`) on
 * an unchanged case is a conflict too. `unavailable` keeps the events waiting, retried with
 * backoff and at once when the browser comes online ({@link start}).
 *
 * @example
 * ```ts
 * const queue = new PendingQueue({ store, storeKey: 'http://127.0.0.1:8788/api' });
 * queue.start();
 * const result = await queue.record('2026-demo', document.version, [{ id: crypto.randomUUID(), event }]);
 * if (result.conflicted > 0) showConflicts(await queue.conflicts('2026-demo'));
 * ```
 */
export class PendingQueue {
  readonly #store: CaseStore;
  readonly #storeKey: string;
  readonly #storage: PendingStorage & { readonly volatile?: boolean };
  readonly #retryBaseMs: number;
  readonly #random: () => number;
  /** One flush per case at a time: the next one waits for it. */
  readonly #running = new Map<string, Promise<FlushResult>>();
  readonly #listeners = new Set<() => void>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #started = false;
  readonly #online = (): void => void this.flushAll(true);

  constructor(options: PendingQueueOptions) {
    this.#store = options.store;
    this.#storeKey = options.storeKey;
    this.#storage =
      options.storage ?? new FallbackPendingStorage(() => IndexedDbPendingStorage.open());
    this.#retryBaseMs = options.retryBaseMs ?? RETRY_BASE_MS;
    this.#random = options.random ?? Math.random;
  }

  /** True while some events live only in this page's memory: a reload would lose them. */
  get volatile(): boolean {
    return this.#storage.volatile === true;
  }

  /** Calls `listener` whenever the queue changed (an event stored, sent or conflicted); returns unsubscribe. */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Sends what waits now and whenever the browser comes online; retries with backoff. */
  start(): void {
    if (this.#started) return;
    this.#started = true;
    globalThis.addEventListener('online', this.#online);
    void this.flushAll(true);
  }

  /** Stops sending (the events stay where they are). */
  stop(): void {
    this.#started = false;
    globalThis.removeEventListener('online', this.#online);
    clearTimeout(this.#timer);
  }

  /** The events of this store (of one case, if given), waiting or conflicted, in order. */
  async entries(caseId?: string): Promise<PendingEvent[]> {
    const all = await this.#storage.all();
    return all
      .filter(
        (entry) =>
          entry.storeKey === this.#storeKey && (caseId === undefined || entry.caseId === caseId),
      )
      .sort((a, b) => a.sequence - b.sequence);
  }

  /** The conflicted events (of one case, if given), with the core's reason in `conflict`. */
  async conflicts(caseId?: string): Promise<PendingEvent[]> {
    return (await this.entries(caseId)).filter((entry) => entry.state === 'conflicted');
  }

  /**
   * Keeps events recorded on version `baseVersion` of a case, then tries to send them (and
   * whatever else of the case waits). Resolves when the attempt is over; never rejects because
   * of the network: the events then wait.
   */
  async record(
    caseId: string,
    baseVersion: number,
    events: readonly EventSubmission[],
  ): Promise<FlushResult> {
    const start = Date.now() * 1000;
    const existing = await this.entries();
    const last = existing.reduce((max, entry) => Math.max(max, entry.sequence), 0);
    for (const [index, submission] of events.entries()) {
      await this.#storage.put({
        id: submission.id,
        storeKey: this.#storeKey,
        caseId,
        baseVersion,
        event: submission.event,
        sequence: Math.max(start, last + 1) + index,
        state: 'waiting',
        attempts: 0,
        nextAttemptAt: 0,
      });
    }
    this.#changed();
    return this.flush(caseId, true);
  }

  /** Removes a conflicted (or waiting) event for good: the user chose to drop it. */
  async discard(id: string): Promise<void> {
    await this.#storage.delete(id);
    this.#changed();
  }

  /**
   * Sends a conflicted event again, checked on the case as it is then. `event` replaces what
   * it says (the user changed it: a later `at`, another step); the id stays, so it is still
   * stored at most once.
   */
  async retry(id: string, event?: CaseEvent): Promise<FlushResult | undefined> {
    const entry = (await this.entries()).find((candidate) => candidate.id === id);
    if (entry === undefined) return undefined;
    const { conflict: _conflict, failure: _failure, ...rest } = entry;
    await this.#storage.put({
      ...rest,
      ...(event === undefined ? {} : { event }),
      state: 'waiting',
      attempts: 0,
      nextAttemptAt: 0,
    });
    this.#changed();
    return this.flush(entry.caseId, true);
  }

  /** Sends every case's waiting events (all of them when `all`, else those whose backoff is over). */
  async flushAll(all = false): Promise<void> {
    const cases = new Set(
      (await this.entries())
        .filter((entry) => entry.state === 'waiting' && (all || entry.nextAttemptAt <= Date.now()))
        .map((entry) => entry.caseId),
    );
    await Promise.all([...cases].map((caseId) => this.flush(caseId, all)));
    await this.#schedule();
  }

  /** Sends one case's waiting events; one flush per case at a time. */
  async flush(caseId: string, force = false): Promise<FlushResult> {
    const before = this.#running.get(caseId);
    const run = (async () => {
      if (before !== undefined) await before.catch(() => undefined);
      return this.#flushCase(caseId, force);
    })();
    this.#running.set(caseId, run);
    try {
      return await run;
    } finally {
      if (this.#running.get(caseId) === run) this.#running.delete(caseId);
      void this.#schedule();
    }
  }

  async #flushCase(caseId: string, force: boolean): Promise<FlushResult> {
    let sent = 0;
    let document: CaseDocument | undefined;
    for (let round = 0; round < MAX_REBASES; round += 1) {
      const waiting = (await this.entries(caseId)).filter((entry) => entry.state === 'waiting');
      if (!force && waiting.some((entry) => entry.nextAttemptAt > Date.now()))
        return this.#result(caseId, sent, document);
      const batch = waiting.slice(0, BATCH);
      const first = batch[0];
      if (first === undefined) return this.#result(caseId, sent, document);
      let outcome;
      try {
        outcome = await this.#store.append(
          caseId,
          first.baseVersion,
          batch.map(({ id, event }) => ({ id, event })),
        );
      } catch (error) {
        if (!(error instanceof StoreError)) throw error;
        const { failure } = error;
        if (failure.kind === 'invalid' || failure.kind === 'not-found') {
          // Sending it again as it is cannot help: the user decides, as for a conflict.
          for (const entry of batch)
            await this.#storage.put({ ...entry, state: 'conflicted', failure });
          this.#changed();
        } else await this.#backOff(waiting, failure.kind === 'unavailable');
        return this.#result(caseId, sent, document, failure);
      }
      if (outcome.kind === 'appended') {
        document = outcome.document;
        const stored = new Set(document.records.map((record) => record.id));
        for (const entry of batch)
          if (stored.has(entry.id)) {
            await this.#storage.delete(entry.id);
            sent += 1;
          }
        // The rest of the case (beyond one batch) goes on from the new version.
        for (const entry of waiting.slice(BATCH))
          await this.#storage.put({ ...entry, baseVersion: document.version });
        this.#changed();
        continue;
      }
      if (outcome.kind === 'conflict') document = outcome.document;
      else {
        // Refused at the version they were recorded on: look at the case as it is now.
        try {
          document = await this.#store.read(caseId);
        } catch (error) {
          if (!(error instanceof StoreError)) throw error;
          await this.#backOff(waiting, error.failure.kind === 'unavailable');
          return this.#result(caseId, sent, document, error.failure);
        }
      }
      const refused =
        outcome.kind === 'rejected'
          ? { id: batch[outcome.index]?.id, rejection: outcome.rejection }
          : undefined;
      if (document === undefined) {
        await this.#markAll(waiting, outcome.kind === 'rejected' ? outcome.rejection : undefined);
        return this.#result(caseId, sent, document);
      }
      await this.#rebase(document, waiting, refused);
    }
    // Someone else kept appending in between every round: wait a little, then go on.
    await this.#backOff(
      (await this.entries(caseId)).filter((entry) => entry.state === 'waiting'),
      true,
    );
    return this.#result(caseId, sent, document);
  }

  /**
   * Steps 1–4 of a conflict: rebuild the case from the current document, drop what it already
   * has, keep waiting (on its version) what still applies, mark the rest conflicted.
   */
  async #rebase(
    document: CaseDocument,
    waiting: readonly PendingEvent[],
    refused: { readonly id: string | undefined; readonly rejection: CaseError } | undefined,
  ): Promise<void> {
    const loaded = loadCase(document.log);
    if (!loaded.ok) {
      // The store's own log does not load here (a newer core?): nothing can be checked; keep all for the user.
      await this.#markAll(waiting, loaded.error);
      return;
    }
    const stored = new Set(document.records.map((record) => record.id));
    let state = loaded.value;
    for (const entry of waiting) {
      if (stored.has(entry.id)) {
        await this.#storage.delete(entry.id);
        continue;
      }
      const next = applyEvent(state, entry.event);
      if (next.ok && entry.id !== refused?.id) {
        state = next.value;
        await this.#storage.put({ ...entry, baseVersion: document.version });
      } else {
        // The store refused it even though our check passes: its word counts, so no endless resend.
        const conflict = next.ok ? refused?.rejection : next.error;
        await this.#storage.put({
          ...entry,
          state: 'conflicted',
          ...(conflict === undefined ? {} : { conflict }),
        });
      }
    }
    this.#changed();
  }

  async #markAll(entries: readonly PendingEvent[], conflict: CaseError | undefined): Promise<void> {
    for (const entry of entries)
      await this.#storage.put({
        ...entry,
        state: 'conflicted',
        ...(conflict === undefined ? {} : { conflict }),
      });
    this.#changed();
  }

  async #backOff(entries: readonly PendingEvent[], retry: boolean): Promise<void> {
    // Not unavailable (401, 403…): the events wait for the user (a sign-in), not for a timer.
    for (const entry of entries) {
      const attempts = entry.attempts + 1;
      await this.#storage.put({
        ...entry,
        attempts,
        nextAttemptAt: retry
          ? Date.now() + retryDelay(attempts, this.#retryBaseMs, 0, this.#random)
          : Number.MAX_SAFE_INTEGER,
      });
    }
    this.#changed();
  }

  async #result(
    caseId: string,
    sent: number,
    document: CaseDocument | undefined,
    failure?: StoreError['failure'],
  ): Promise<FlushResult> {
    const entries = await this.entries(caseId);
    return {
      ...(document === undefined ? {} : { document }),
      sent,
      waiting: entries.filter((entry) => entry.state === 'waiting').length,
      conflicted: entries.filter((entry) => entry.state === 'conflicted').length,
      ...(failure === undefined ? {} : { failure }),
    };
  }

  async #schedule(): Promise<void> {
    clearTimeout(this.#timer);
    if (!this.#started) return;
    const waiting = (await this.entries()).filter(
      (entry) => entry.state === 'waiting' && entry.nextAttemptAt < Number.MAX_SAFE_INTEGER,
    );
    if (waiting.length === 0 || !this.#started) return;
    const next = Math.min(...waiting.map((entry) => entry.nextAttemptAt));
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flushAll(), Math.max(0, next - Date.now()));
  }

  #changed(): void {
    for (const listener of this.#listeners) listener();
  }
}
