import type { ReactiveController } from 'lit';
import type { OutboxController, OutboxHost, OutboxListener } from './outbox-controller.js';
import type { OutboxEntry } from './outbox.js';
import type * as SendingModule from './sending.js';

/** The code that sends: what `sending.ts` exports. */
export type Sending = typeof SendingModule;

/** The outbox's keys in storage: one per message (outbox.ts). */
export const OUTBOX_PREFIX = 'opvang-contact:outbox:';
/** The first retry's wait when the widget is given none that makes sense. */
export const DEFAULT_RETRY_BASE_MS = 2000;
/** How long one attempt may take, answer included, before it is given up and retried. */
export const DEFAULT_TIMEOUT_MS = 20_000;

/**
 * Where the sending code comes from: a dynamic `import()`, so a page with the contact widget does
 * not download the message's checks, the outbox and the delivery until a resident moves into
 * the form (or the outbox holds messages). An object with one function, so that a test can make
 * the import fail as it would offline.
 */
export const sendingChunk = {
  load: async (): Promise<Sending> => await import('./sending.js'),
};

/** Whether storage holds outbox entries: a look at the keys only, nothing is read or parsed. */
function hasOutboxEntries(storage: Storage): boolean {
  for (let index = 0; index < storage.length; index++)
    if (storage.key(index)?.startsWith(OUTBOX_PREFIX)) return true;
  return false;
}

/**
 * The contact widget's outbox, loaded when it is needed: at once when storage holds messages
 * (waiting, refused or unsendable ones), else on the resident's first focus in the form. Until
 * then it is empty, which it is. When the code cannot be loaded (offline), it tries again when
 * the browser comes online; nothing is lost meanwhile, since the draft keeps the form.
 *
 * @example
 * ```ts
 * readonly #outbox = new LazyOutbox(this, storage, listener, (sending) => …);
 * const sending = await this.#outbox.load();
 * ```
 */
export class LazyOutbox implements ReactiveController {
  /** The last load failed: loading again waits for `online`. */
  failed = false;
  #sending: Sending | undefined;
  #controller: OutboxController | undefined;
  #loading: Promise<Sending | undefined> | undefined;
  readonly #online = (): void => void this.load();

  constructor(
    private readonly host: OutboxHost,
    private readonly storage: Storage,
    private readonly listener: OutboxListener,
    private readonly loaded: (sending: Sending) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.addEventListener('online', this.#online);
    if (!this.#sending && hasOutboxEntries(this.storage)) void this.load();
  }

  hostDisconnected(): void {
    globalThis.removeEventListener('online', this.#online);
  }

  /** The outbox's controller, once the code is loaded. */
  get controller(): OutboxController | undefined {
    return this.#controller;
  }

  /** The sending code, once loaded. */
  get sending(): Sending | undefined {
    return this.#sending;
  }

  /** The load under way, if any: the widget's `updateComplete` waits for it. */
  get pending(): Promise<Sending | undefined> | undefined {
    return this.#loading;
  }

  get waiting(): readonly OutboxEntry[] {
    return this.#controller?.waiting ?? [];
  }

  get refused(): readonly OutboxEntry[] {
    return this.#controller?.refused ?? [];
  }

  notArrived(): OutboxEntry[] {
    return this.#controller?.notArrived() ?? [];
  }

  refresh(): void {
    this.#controller?.refresh();
  }

  /** Loads the sending code once (again after a failure); `undefined` when it cannot be had. */
  load = (): Promise<Sending | undefined> => {
    if (this.#sending) return Promise.resolve(this.#sending);
    this.#loading ??= sendingChunk.load().then(
      (sending) => {
        this.#loading = undefined;
        this.#sending = sending;
        this.failed = false;
        // Connected now: the controller reads the outbox, listens for `online` and sends.
        this.#controller = new sending.OutboxController(this.host, this.storage, this.listener);
        this.loaded(sending);
        this.host.requestUpdate();
        return sending;
      },
      () => {
        this.#loading = undefined;
        this.failed = true;
        this.host.requestUpdate();
        return undefined;
      },
    );
    return this.#loading;
  };
}
