import type { CaseError, CaseEvent } from '@opvang/core/step-plan';
import type { StoreFailure } from './types.js';

/** The IndexedDB database the pending queue keeps its events in. */
export const PENDING_DATABASE = 'opvang-pending';
const STORE = 'events';

/** One event that a store has not confirmed yet, as the pending queue keeps it. */
export interface PendingEvent {
  /** The event's id (`crypto.randomUUID()`): the key, and what makes a resend harmless. */
  readonly id: string;
  /** Which store it is for: the API's base URL, or `local`. */
  readonly storeKey: string;
  readonly caseId: string;
  /** The case's version the event was recorded on (its `If-Match`). */
  readonly baseVersion: number;
  readonly event: CaseEvent;
  /** Its place in the queue: events of a case are sent in this order. */
  readonly sequence: number;
  /** `waiting` to be sent; `conflicted` when it no longer fits the case (kept for the user). */
  readonly state: 'waiting' | 'conflicted';
  /** Why it is conflicted: the core's reason, from the check on the current case. */
  readonly conflict?: CaseError;
  /** Or why the store refused it outright (`invalid`: a 4xx such as a malformed event; `not-found`: no such case). */
  readonly failure?: StoreFailure;
  /** Attempts that found the store unavailable, for the backoff. */
  readonly attempts: number;
  /** Epoch ms before which it is not sent again (0: now). */
  readonly nextAttemptAt: number;
}

/** Where pending events live. Every method may reject; {@link FallbackPendingStorage} does not. */
export interface PendingStorage {
  all(): Promise<PendingEvent[]>;
  put(entry: PendingEvent): Promise<void>;
  delete(id: string): Promise<void>;
}

const promised = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => {
      resolve(request.result);
    };
    request.onerror = () => {
      reject(request.error ?? new Error('IndexedDB request failed'));
    };
  });

const done = (transaction: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    transaction.oncomplete = () => {
      resolve();
    };
    transaction.onabort = transaction.onerror = () => {
      reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    };
  });

/**
 * Pending events in IndexedDB: database `opvang-pending`, object store `events`, keyed by
 * event id, with a `caseId` index. Survives a reload and a closed tab.
 *
 * @example
 * ```ts
 * const storage = await IndexedDbPendingStorage.open();
 * await storage.put(entry);
 * ```
 */
export class IndexedDbPendingStorage implements PendingStorage {
  readonly #db: IDBDatabase;

  private constructor(db: IDBDatabase) {
    this.#db = db;
  }

  /** Opens (or creates) the database; rejects where IndexedDB is missing or blocked. */
  static async open(name = PENDING_DATABASE): Promise<IndexedDbPendingStorage> {
    const request = globalThis.indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      const events = request.result.createObjectStore(STORE, { keyPath: 'id' });
      events.createIndex('caseId', 'caseId');
    };
    const db = await promised(request);
    // Another tab upgrading the database must not be blocked by this one.
    db.onversionchange = () => {
      db.close();
    };
    return new IndexedDbPendingStorage(db);
  }

  async all(): Promise<PendingEvent[]> {
    const transaction = this.#db.transaction(STORE, 'readonly');
    return (await promised(transaction.objectStore(STORE).getAll())) as PendingEvent[];
  }

  async put(entry: PendingEvent): Promise<void> {
    const transaction = this.#db.transaction(STORE, 'readwrite');
    transaction.objectStore(STORE).put(entry);
    await done(transaction);
  }

  async delete(id: string): Promise<void> {
    const transaction = this.#db.transaction(STORE, 'readwrite');
    transaction.objectStore(STORE).delete(id);
    await done(transaction);
  }
}

/**
 * Storage that never rejects. Whatever the backing storage cannot keep (IndexedDB missing or
 * blocked, a full disk: `QuotaExceededError`) is kept in this page's memory instead, and
 * {@link volatile} says so: the widget then warns that a reload would lose those events. It
 * is the pending queue's version of the contact widget's `ResilientStorage`.
 *
 * @example
 * ```ts
 * const storage = new FallbackPendingStorage(() => IndexedDbPendingStorage.open());
 * if (storage.volatile) showWarning();
 * ```
 */
export class FallbackPendingStorage implements PendingStorage {
  readonly #backing: Promise<PendingStorage | undefined>;
  /** Entries the backing storage refused; they shadow whatever it still holds under that id. */
  readonly #memory = new Map<string, PendingEvent>();
  #unavailable = false;

  constructor(backing: () => Promise<PendingStorage>) {
    this.#backing = (async () => {
      try {
        return await backing();
      } catch {
        this.#unavailable = true;
        return undefined;
      }
    })();
  }

  /** True while an event lives only in this page's memory (or no storage could be opened). */
  get volatile(): boolean {
    return this.#memory.size > 0 || this.#unavailable;
  }

  async all(): Promise<PendingEvent[]> {
    const backing = await this.#backing;
    let stored: PendingEvent[] = [];
    try {
      stored = (await backing?.all()) ?? [];
    } catch {
      // Unreadable: what memory holds is still there.
    }
    const byId = new Map(stored.map((entry) => [entry.id, entry]));
    for (const [id, entry] of this.#memory) byId.set(id, entry);
    return [...byId.values()];
  }

  async put(entry: PendingEvent): Promise<void> {
    const backing = await this.#backing;
    try {
      if (backing === undefined) throw new Error('no storage');
      await backing.put(entry);
      this.#memory.delete(entry.id);
    } catch {
      this.#memory.set(entry.id, entry);
    }
  }

  async delete(id: string): Promise<void> {
    this.#memory.delete(id);
    try {
      await (await this.#backing)?.delete(id);
    } catch {
      // Left in storage, it is sent again later; its id makes that harmless.
    }
  }
}

/**
 * Pending events in memory only, for tests and for a store that needs no queue.
 *
 * @example
 * ```ts
 * const queue = new PendingQueue({ store, storeKey: 'local', storage: new MemoryPendingStorage() });
 * ```
 */
export class MemoryPendingStorage implements PendingStorage {
  readonly #entries = new Map<string, PendingEvent>();

  all(): Promise<PendingEvent[]> {
    return Promise.resolve([...this.#entries.values()]);
  }

  put(entry: PendingEvent): Promise<void> {
    this.#entries.set(entry.id, entry);
    return Promise.resolve();
  }

  delete(id: string): Promise<void> {
    this.#entries.delete(id);
    return Promise.resolve();
  }
}
