import { toBrusselsIso } from '@opvang/core/shared';
import { applyEvent, loadCase, toEventLog, type CaseState } from '@opvang/core/step-plan';
import {
  StoreError,
  type AppendOutcome,
  type CaseDocument,
  type CaseStore,
  type EventSubmission,
  type StoredEvent,
} from './types.js';

/** The one IndexedDB database of the local case store, and its schema version. */
export const LOCAL_DATABASE = 'opvang-cases';
/** Raise with a new step in {@link migrate}; never change an old step. */
export const LOCAL_DATABASE_VERSION = 1;
const CASES = 'cases';
/** The channel on which every tab's local store says which case it changed. */
const CHANNEL = 'opvang-cases';
const ID = /^[A-Za-z0-9_-]{1,100}$/u;

/** What {@link LocalCaseStore} is made with. */
export interface LocalCaseStoreOptions {
  /** The name of the person using this browser: every event's `recordedBy`. May be empty. */
  readonly recordedBy: string;
  /** Default `opvang-cases`; tests use their own. */
  readonly databaseName?: string;
  /** The browser's IndexedDB; `null` where there is none (as in some private modes). */
  readonly indexedDB?: IDBFactory | null;
  /** The clock for `recordedAt`. */
  readonly now?: () => Date;
}

/** One decision taken inside a transaction: what to answer, and the document to write, if any. */
interface Decision<T> {
  readonly outcome: T;
  readonly next?: CaseDocument;
}

// Versioned migrations: each step takes the database from one version to the next.
function migrate(database: IDBDatabase, oldVersion: number): void {
  if (oldVersion < 1) database.createObjectStore(CASES, { keyPath: 'caseId' });
}

function openDatabase(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, LOCAL_DATABASE_VERSION);
    request.onupgradeneeded = (event) => {
      migrate(request.result, event.oldVersion);
    };
    request.onsuccess = () => {
      const database = request.result;
      // Another tab with a newer version must not wait for this one.
      database.onversionchange = () => {
        database.close();
      };
      resolve(database);
    };
    request.onerror = () => {
      reject(request.error ?? new Error('IndexedDB cannot be opened'));
    };
    request.onblocked = () => {
      reject(new Error('IndexedDB is blocked by another tab'));
    };
  });
}

// Some browsers throw on the mere access in private mode.
function browserIndexedDB(): IDBFactory | null {
  try {
    return typeof indexedDB === 'undefined' ? null : indexedDB;
  } catch {
    return null;
  }
}

function invalid(message: string): StoreError {
  return new StoreError({ kind: 'invalid', message });
}

function stateOf(document: CaseDocument): CaseState {
  const loaded = loadCase(document.log);
  if (!loaded.ok)
    throw invalid(`the stored case ${document.caseId} cannot be read: ${loaded.error.message}`);
  return loaded.value;
}

/**
 * Cases kept in this browser, in IndexedDB (database `opvang-cases`), for one person without a
 * case server. It answers as the server does: an append drops the events whose id it already
 * holds, refuses a stale `expectedVersion` as a conflict and an event `applyEvent` refuses as
 * rejected, and stores a batch wholly or not at all. Other tabs hear of each change through a
 * `BroadcastChannel`.
 *
 * Where IndexedDB is missing, blocked or full (private mode, quota), nothing is lost: the case is
 * kept in this page's memory, and {@link LocalCaseStore.volatile} says so, so that the widget
 * can tell the user that a reload would lose it.
 *
 * @example
 * ```ts
 * const store = new LocalCaseStore({ recordedBy: 'An Peeters' });
 * const opened = await store.open({ id: crypto.randomUUID(), event: openingEvent });
 * const outcome = await store.append(opened.caseId, opened.version, [{ id: crypto.randomUUID(), event }]);
 * if (outcome.kind === 'rejected') describeCaseError(outcome.rejection, 'nl');
 * ```
 */
export class LocalCaseStore implements CaseStore {
  readonly #recordedBy: string;
  readonly #now: () => Date;
  readonly #factory: IDBFactory | null;
  readonly #name: string;
  #database: Promise<IDBDatabase | undefined> | undefined;
  /** Cases IndexedDB could not take; they shadow whatever it still holds under that id. */
  readonly #memory = new Map<string, CaseDocument>();
  readonly #listeners = new Set<{ caseId: string | undefined; listener: () => void }>();
  #channel: BroadcastChannel | undefined;

  constructor(options: LocalCaseStoreOptions) {
    this.#recordedBy = options.recordedBy;
    this.#now = options.now ?? (() => new Date(Date.now()));
    this.#factory = options.indexedDB === undefined ? browserIndexedDB() : options.indexedDB;
    this.#name = options.databaseName ?? LOCAL_DATABASE;
  }

  /** True while a case lives only in this page's memory: a reload or a closed tab loses it. */
  get volatile(): boolean {
    return this.#memory.size > 0;
  }

  async list(): Promise<readonly CaseDocument[]> {
    const database = await this.#open();
    const stored = database === undefined ? [] : await this.#getAll(database);
    const byId = new Map(stored.map((document) => [document.caseId, document]));
    for (const [caseId, document] of this.#memory) byId.set(caseId, document);
    return [...byId.values()].sort((a, b) => (a.caseId < b.caseId ? -1 : 1));
  }

  async read(caseId: string): Promise<CaseDocument | undefined> {
    const kept = this.#memory.get(caseId);
    if (kept !== undefined) return kept;
    const database = await this.#open();
    if (database === undefined) return undefined;
    return this.#transact(database, caseId, 'readonly', (current) => ({ outcome: current }));
  }

  async open(submission: EventSubmission): Promise<CaseDocument> {
    const { id, event } = submission;
    if (!ID.test(id)) throw invalid('an event id is 1 to 100 letters, digits, "_" or "-"');
    if (event.kind !== 'case-opened') throw invalid('a case is opened with a case-opened event');
    const loaded = loadCase({ schemaVersion: 1, caseId: event.caseId, events: [event] });
    if (!loaded.ok) throw invalid(loaded.error.message);
    const state = loaded.value;
    return this.#write(state.caseId, (current) => {
      if (current !== undefined) {
        // The same submission again is a retry; another one for this id is a second case.
        if (current.records[0]?.id === id) return { outcome: current };
        throw invalid(`case-exists: a case ${state.caseId} is already open`);
      }
      const document = this.#document(state, [this.#record(id, state, 0)]);
      return { outcome: document, next: document };
    });
  }

  async append(
    caseId: string,
    expectedVersion: number,
    events: readonly EventSubmission[],
  ): Promise<AppendOutcome> {
    if (events.some((submission) => !ID.test(submission.id)))
      throw invalid('an event id is 1 to 100 letters, digits, "_" or "-"');
    return this.#write(caseId, (current): Decision<AppendOutcome> => {
      if (current === undefined)
        throw new StoreError({ kind: 'not-found', message: `no case ${caseId}` });
      const known = new Set(current.records.map((record) => record.id));
      // A retried event is dropped, not refused; `index` still counts in the request.
      const fresh = events.flatMap((submission, index) => {
        if (known.has(submission.id)) return [];
        known.add(submission.id);
        return [{ submission, index }];
      });
      if (fresh.length === 0) return { outcome: { kind: 'appended', document: current } };
      if (expectedVersion !== current.version)
        return { outcome: { kind: 'conflict', document: current } };
      let state = stateOf(current);
      const records: StoredEvent[] = [...current.records];
      for (const { submission, index } of fresh) {
        const next = applyEvent(state, submission.event);
        if (!next.ok) return { outcome: { kind: 'rejected', index, rejection: next.error } };
        state = next.value;
        records.push(this.#record(submission.id, state, state.events.length - 1));
      }
      const document = this.#document(state, records);
      return { outcome: { kind: 'appended', document }, next: document };
    });
  }

  subscribe(caseId: string | undefined, listener: () => void): () => void {
    const entry = { caseId, listener };
    this.#listeners.add(entry);
    this.#listen();
    return () => {
      this.#listeners.delete(entry);
      if (this.#listeners.size === 0) {
        this.#channel?.close();
        this.#channel = undefined;
      }
    };
  }

  /** Closes the database and the channel; the store opens them again when used. */
  async close(): Promise<void> {
    this.#channel?.close();
    this.#channel = undefined;
    const database = await this.#database;
    database?.close();
    this.#database = undefined;
  }

  #record(id: string, state: CaseState, index: number): StoredEvent {
    return {
      id,
      // The event as the core read it, so that `records[i].event` is `log.events[i]`.
      event: state.events[index] ?? state.events[0],
      recordedBy: this.#recordedBy,
      recordedAt: toBrusselsIso(this.#now()),
    };
  }

  #document(state: CaseState, records: readonly StoredEvent[]): CaseDocument {
    return {
      caseId: state.caseId,
      version: state.events.length,
      municipality: state.facts.municipality,
      log: toEventLog(state),
      records,
    };
  }

  #open(): Promise<IDBDatabase | undefined> {
    const factory = this.#factory;
    this.#database ??=
      factory === null
        ? Promise.resolve(undefined)
        : (async () => {
            try {
              return await openDatabase(factory, this.#name);
            } catch {
              // Private mode, a browser setting: the cases live in memory instead.
              return undefined;
            }
          })();
    return this.#database;
  }

  /** Decides on the current document and writes the decision, to IndexedDB or else to memory. */
  async #write<T>(
    caseId: string,
    decide: (current: CaseDocument | undefined) => Decision<T>,
  ): Promise<T> {
    const database = await this.#open();
    const kept = this.#memory.get(caseId);
    let wrote = false;
    let outcome: T;
    if (database === undefined || kept !== undefined) {
      const decision = decide(kept);
      outcome = decision.outcome;
      wrote = decision.next !== undefined;
      if (decision.next !== undefined) await this.#keep(database, decision.next);
    } else {
      try {
        outcome = await this.#transact(database, caseId, 'readwrite', (current) => {
          const decision = decide(current);
          wrote = decision.next !== undefined;
          return decision;
        });
      } catch (error) {
        if (!(error instanceof RefusedWrite)) throw error;
        outcome = error.decision.outcome as T;
        this.#memory.set(caseId, error.decision.next as CaseDocument);
      }
    }
    if (wrote) this.#announce(caseId);
    return outcome;
  }

  /** A case held in memory goes back to IndexedDB as soon as IndexedDB takes it. */
  async #keep(database: IDBDatabase | undefined, document: CaseDocument): Promise<void> {
    this.#memory.set(document.caseId, document);
    if (database === undefined) return;
    try {
      await this.#transact(database, document.caseId, 'readwrite', () => ({
        outcome: undefined,
        next: document,
      }));
      this.#memory.delete(document.caseId);
    } catch {
      // Still refused: it stays in memory.
    }
  }

  /** One transaction: read the case, decide, write; all of it or nothing. */
  #transact<T>(
    database: IDBDatabase,
    caseId: string,
    mode: IDBTransactionMode,
    decide: (current: CaseDocument | undefined) => Decision<T>,
  ): Promise<T> {
    return new Promise((resolve, reject) => {
      let decision: Decision<T> | undefined;
      let thrown: unknown;
      let transaction: IDBTransaction;
      try {
        transaction = database.transaction(CASES, mode);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      const cases = transaction.objectStore(CASES);
      const request = cases.get(caseId);
      request.onsuccess = () => {
        try {
          decision = decide(request.result as CaseDocument | undefined);
          if (decision.next !== undefined) cases.put(decision.next);
        } catch (error) {
          thrown = error;
          transaction.abort();
        }
      };
      transaction.oncomplete = () => {
        resolve((decision as Decision<T>).outcome);
      };
      const failed = () => {
        if (thrown !== undefined && !(thrown instanceof DOMException))
          reject(thrown instanceof Error ? thrown : new Error('the decision failed'));
        else if (decision?.next !== undefined) reject(new RefusedWrite(decision));
        else reject(transaction.error ?? new Error('IndexedDB refused the transaction'));
      };
      transaction.onabort = failed;
      transaction.onerror = (event) => {
        // onabort follows and answers; the event must not reach window.onerror.
        event.preventDefault();
      };
    });
  }

  #getAll(database: IDBDatabase): Promise<CaseDocument[]> {
    return new Promise((resolve) => {
      try {
        const request = database.transaction(CASES, 'readonly').objectStore(CASES).getAll();
        request.onsuccess = () => {
          resolve(request.result as CaseDocument[]);
        };
        request.onerror = () => {
          resolve([]);
        };
      } catch {
        resolve([]);
      }
    });
  }

  #listen(): void {
    if (this.#channel !== undefined || typeof BroadcastChannel === 'undefined') return;
    this.#channel = new BroadcastChannel(CHANNEL);
    this.#channel.onmessage = (event: MessageEvent<unknown>) => {
      const data = event.data as { caseId?: unknown } | null;
      if (typeof data?.caseId === 'string') this.#notify(data.caseId);
    };
  }

  #announce(caseId: string): void {
    // Other tabs hear it on the channel; this store's own listeners directly.
    // (A channel never hears its own messages, so this store's listeners are not called twice.)
    if (typeof BroadcastChannel !== 'undefined') {
      const channel = this.#channel ?? new BroadcastChannel(CHANNEL);
      channel.postMessage({ caseId });
      if (channel !== this.#channel) channel.close();
    }
    queueMicrotask(() => {
      this.#notify(caseId);
    });
  }

  #notify(caseId: string): void {
    for (const entry of this.#listeners)
      if (entry.caseId === undefined || entry.caseId === caseId) entry.listener();
  }
}

/** IndexedDB refused a write (full, or gone): the decision is kept in memory instead. */
class RefusedWrite extends Error {
  constructor(readonly decision: Decision<unknown>) {
    super('IndexedDB refused the write');
  }
}
