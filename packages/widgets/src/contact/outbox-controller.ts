import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { postMessage, type SendOutcome } from './delivery.js';
import {
  getEntry,
  NOT_ARRIVED_AFTER,
  pendingEntries,
  refusedEntries,
  removeEntry,
  retryDelay,
  saveEntry,
  withSendLock,
  type OutboxEntry,
  type Refusal,
} from './outbox.js';

/** What the outbox needs of the element: where to send, and how patiently. */
export interface OutboxHost extends ReactiveControllerHost, HTMLElement {
  readonly endpoint: string | undefined;
  readonly retryBaseMs: number;
  readonly sendTimeoutMs: number;
}

/** What the element does with the outbox's news; each is called before the news' event is dispatched. */
export interface OutboxListener {
  /** The receiver stored `id`, sent on this visit or an earlier one (it left the outbox already). */
  delivered(id: string): void;
  /** The receiver refused the message for good; it is still in the outbox, unchanged. */
  refused(entry: OutboxEntry, refusal: Refusal): void;
  /**
   * Messages wait in the outbox: `id`'s attempt failed and it waits for the next one, or (no `id`)
   * the next attempt of whatever waits is set.
   */
  waiting(id?: string): void;
}

/**
 * Sends what waits in the contact widget's outbox (outbox.ts) while the element is on the page:
 * every message at once when it connects and when the browser comes online, each later one when
 * its backoff is over. One attempt per message at a time, under a lock shared with other tabs,
 * side by side so one that stalls never holds back the others; leaving the page drops the
 * requests under way, not their messages. It dispatches the widget's events, and tells the
 * element what they mean for the form through an {@link OutboxListener}.
 *
 * @example
 * ```ts
 * readonly #outbox = new OutboxController(this, storage, { delivered: (id) => …, refused: …, waiting: … });
 * await this.#outbox.send({ endpoint, message, attempts: 0, nextAttemptAt: 0 });
 * ```
 */
export class OutboxController implements ReactiveController {
  /** Messages waiting to be sent, and refused ones waiting for the resident, as of the last {@link refresh}. */
  waiting: readonly OutboxEntry[] = [];
  refused: readonly OutboxEntry[] = [];
  /** Messages with an attempt under way, so one that stalls never holds back the others. */
  readonly #inFlight = new Set<string>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #abort = new AbortController();
  readonly #online = (): void => void this.#flush(true);

  readonly #host: OutboxHost;
  readonly #storage: Storage;
  readonly #listener: OutboxListener;

  constructor(host: OutboxHost, storage: Storage, listener: OutboxListener) {
    this.#host = host;
    this.#storage = storage;
    this.#listener = listener;
    host.addController(this);
  }

  hostConnected(): void {
    this.#abort = new AbortController();
    this.refresh();
    globalThis.addEventListener('online', this.#online);
    // A new visit (or a reload) tries every waiting message at once, whatever its backoff said.
    if (this.#host.endpoint) queueMicrotask(() => void this.#flush(true));
  }

  hostDisconnected(): void {
    globalThis.removeEventListener('online', this.#online);
    clearTimeout(this.#timer);
    // Like a closing tab: requests in flight are dropped; their messages stay in the outbox.
    this.#abort.abort();
  }

  /** Reads what the outbox holds for the endpoint again. */
  refresh(): void {
    const endpoint = this.#host.endpoint;
    this.waiting = endpoint ? pendingEntries(this.#storage, endpoint) : [];
    this.refused = endpoint ? refusedEntries(this.#storage, endpoint) : [];
  }

  /** Waiting messages that got answers other than their receipt too often: they may never arrive. */
  notArrived(): OutboxEntry[] {
    return this.waiting.filter((entry) => (entry.unconfirmed ?? 0) >= NOT_ARRIVED_AFTER);
  }

  /** A new message's first attempt, then the schedule for whatever still waits. It must be saved already. */
  async send(entry: OutboxEntry): Promise<void> {
    await this.#attempt(entry);
    this.#schedule();
  }

  /** One attempt for one message, under a lock so two tabs never send it at the same time. */
  async #attempt(entry: OutboxEntry): Promise<void> {
    const id = entry.message.id;
    if (this.#inFlight.has(id)) return;
    const signal = this.#abort.signal;
    this.#inFlight.add(id);
    let outcome: SendOutcome | 'gone' | undefined;
    try {
      outcome = await withSendLock<SendOutcome | 'gone'>(this.#storage, id, async () => {
        // Another tab may have sent it while we waited.
        if (getEntry(this.#storage, id) === undefined) return 'gone';
        return postMessage(entry.endpoint, entry.message, {
          signal,
          timeoutMs: this.#host.sendTimeoutMs,
        });
      });
    } finally {
      this.#inFlight.delete(id);
    }
    if (outcome === undefined || signal.aborted) return;
    if (outcome === 'gone' || outcome.kind === 'sent') {
      removeEntry(this.#storage, id);
      this.#listener.delivered(id);
      if (outcome !== 'gone')
        this.#emit('opvang-contact-submitted', {
          id,
          message: entry.message,
          replayed: outcome.replayed,
        });
    } else if (outcome.kind === 'rejected') {
      const refusal: Refusal = { status: outcome.status, issues: outcome.issues };
      this.#listener.refused(entry, refusal);
      this.#emit('opvang-contact-failed', { id, ...refusal });
    } else {
      const attempts = entry.attempts + 1;
      const retryAt =
        Date.now() + retryDelay(attempts, this.#host.retryBaseMs, outcome.retryAfterMs);
      // Only an answer that is not the receipt counts: offline or a timeout says nothing about where it went.
      const unconfirmed = (entry.unconfirmed ?? 0) + (outcome.status === undefined ? 0 : 1);
      saveEntry(this.#storage, { ...entry, attempts, nextAttemptAt: retryAt, unconfirmed });
      this.refresh();
      this.#listener.waiting(id);
      this.#emit('opvang-contact-queued', {
        id,
        attempts,
        retryAt,
        ...(outcome.status === undefined ? {} : { status: outcome.status }),
      });
    }
    this.#host.requestUpdate();
  }

  /** Sends every waiting message that is due (all of them when `all` is true), side by side. */
  async #flush(all: boolean): Promise<void> {
    const endpoint = this.#host.endpoint;
    if (!endpoint || !this.#host.isConnected) return;
    const due = pendingEntries(this.#storage, endpoint).filter(
      (entry) => all || entry.nextAttemptAt <= Date.now(),
    );
    // Side by side: one message whose request stalls never holds back the others.
    await Promise.all(due.map((entry) => this.#attempt(entry)));
    this.#schedule();
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    const endpoint = this.#host.endpoint;
    if (!endpoint || !this.#host.isConnected) return;
    // A message under way reschedules when its attempt ends.
    const waiting = pendingEntries(this.#storage, endpoint).filter(
      (entry) => !this.#inFlight.has(entry.message.id),
    );
    if (waiting.length > 0) {
      this.#listener.waiting();
      const next = Math.min(...waiting.map((entry) => entry.nextAttemptAt));
      this.#timer = setTimeout(() => void this.#flush(false), Math.max(0, next - Date.now()));
    }
    this.#host.requestUpdate();
  }

  /**
   * The widget's events bubble out of its shadow root, so the host page can listen anywhere. Each
   * detail is typed by the event's name (events.ts declares them in `HTMLElementEventMap`).
   */
  #emit<K extends 'opvang-contact-submitted' | 'opvang-contact-queued' | 'opvang-contact-failed'>(
    type: K,
    detail: HTMLElementEventMap[K]['detail'],
  ): void {
    this.#host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
