import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PendingEvent, PendingQueue } from './pending.js';

/**
 * Runs a {@link PendingQueue} while its element is on the page, like the contact widget's
 * `OutboxController`: starts it when the element connects (sending whatever waits, and again
 * whenever the browser comes online), stops it when the element leaves, and keeps
 * {@link waiting} and {@link conflicts} current for `render`, asking for an update on every change.
 *
 * @example
 * ```ts
 * readonly #pending = new PendingController(this, () => this.#queue);
 * render() { return this.#pending.conflicts.map((entry) => html`…`); }
 * ```
 */
export class PendingController implements ReactiveController {
  /** Events still to be sent, as of the last change. */
  waiting: readonly PendingEvent[] = [];
  /** Events that no longer fit their case, for the user to discard or retry. */
  conflicts: readonly PendingEvent[] = [];
  /** Whether some of them live only in memory (storage full or blocked). */
  volatile = false;

  readonly #host: ReactiveControllerHost;
  readonly #queue: () => PendingQueue | undefined;
  #attached: PendingQueue | undefined;
  #unsubscribe: (() => void) | undefined;

  constructor(host: ReactiveControllerHost, queue: () => PendingQueue | undefined) {
    this.#host = host;
    this.#queue = queue;
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.#detach();
  }

  /** Follows the host's current queue (call it when the host's store changed). */
  sync(): void {
    const queue = this.#queue();
    if (queue === this.#attached) return;
    this.#detach();
    this.#attached = queue;
    if (queue === undefined) return;
    this.#unsubscribe = queue.onChange(() => void this.refresh());
    queue.start();
    void this.refresh();
  }

  /** Reads the queue again and renders. */
  async refresh(): Promise<void> {
    const queue = this.#attached;
    if (queue === undefined) return;
    const entries = await queue.entries();
    this.waiting = entries.filter((entry) => entry.state === 'waiting');
    this.conflicts = entries.filter((entry) => entry.state === 'conflicted');
    this.volatile = queue.volatile;
    this.#host.requestUpdate();
  }

  #detach(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#attached?.stop();
    this.#attached = undefined;
  }
}
