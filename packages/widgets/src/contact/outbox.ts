import { parseContactMessage, type ContactIssue, type ContactMessage } from '@opvang/core/contact';
import { isRecord } from '@opvang/core/shared';
import { DEFAULT_RETRY_BASE_MS, OUTBOX_PREFIX } from './sending-loader.js';

export { DEFAULT_RETRY_BASE_MS } from './sending-loader.js';

/**
 * The outbox: messages the resident sent that the receiver has not confirmed yet, in
 * `localStorage`, one key per message id. A message is written here *before* the first
 * attempt and removed only when the receiver's receipt for it arrives (see delivery.ts) or
 * the resident has a refused one back in the form, so a closed tab, a crash, an offline phone
 * or a captive portal never loses it; the id makes every retry harmless.
 */
const LEASE_PREFIX = 'opvang-contact:lease:';
/** How long a tab may hold a message without Web Locks before another tab takes over. */
const LEASE_MS = 30_000;
/** Retries never wait longer than this, whatever the backoff or Retry-After says. */
const MAX_DELAY_MS = 5 * 60_000;

/** One message waiting to be sent. */
export interface OutboxEntry {
  readonly endpoint: string;
  readonly message: ContactMessage;
  /** Attempts made so far. */
  readonly attempts: number;
  /** Epoch milliseconds before which no new attempt is made. */
  readonly nextAttemptAt: number;
  /**
   * Answers that were not the receiver's receipt (a captive portal's page, a 503…). From
   * {@link NOT_ARRIVED_AFTER} on, the widget says plainly that the message did not arrive.
   */
  readonly unconfirmed?: number;
  /**
   * Set when the message was refused for good while the resident was typing another one: it
   * is no longer sent, and stays here until the resident takes it back into the form.
   */
  readonly refused?: Refusal;
}

/** A refusal as the receiver (or something in front of it) gave it. */
export interface Refusal {
  readonly status: number;
  readonly issues: readonly Pick<ContactIssue, 'path' | 'code'>[];
}

/** After this many answers that are not its receipt, the resident is told the message did not arrive. */
export const NOT_ARRIVED_AFTER = 3;

/**
 * Reads one outbox entry, or `undefined` when it is absent or this version cannot send it.
 * Such an entry is left where it is: it may hold a resident's text, which
 * {@link unsendableEntries} gives back.
 */
function readEntry(storage: Storage, key: string): OutboxEntry | undefined {
  const raw = storage.getItem(key);
  if (raw === null) return undefined;
  try {
    const data = JSON.parse(raw) as Partial<OutboxEntry>;
    const message = parseContactMessage(data.message);
    if (typeof data.endpoint === 'string' && message.ok) {
      const refused = refusalOf(data.refused);
      return {
        endpoint: data.endpoint,
        message: message.value,
        attempts: Number(data.attempts) || 0,
        nextAttemptAt: Number(data.nextAttemptAt) || 0,
        unconfirmed: Number(data.unconfirmed) || 0,
        ...(refused === undefined ? {} : { refused }),
      };
    }
  } catch {
    // not JSON: see unsendableEntries
  }
  return undefined;
}

function refusalOf(value: unknown): Refusal | undefined {
  if (!isRecord(value) || typeof value['status'] !== 'number') return undefined;
  return { status: value['status'], issues: issuesOf(value['issues']) };
}

/**
 * The `{ path, code }` pairs of a receiver's `issues`, dropping anything else.
 *
 * @example
 * ```ts
 * issuesOf([{ path: 'message', code: 'message-too-short', text: '…' }, 42]); // [{ path: 'message', code: 'message-too-short' }]
 * ```
 */
export function issuesOf(value: unknown): Pick<ContactIssue, 'path' | 'code'>[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((issue: unknown) =>
    isRecord(issue) && typeof issue['path'] === 'string' && typeof issue['code'] === 'string'
      ? [{ path: issue['path'], code: issue['code'] as ContactIssue['code'] }]
      : [],
  );
}

/**
 * An outbox entry this version of the widget cannot send: its message no longer passes the
 * core's checks (another version of the widget wrote it, or the rules changed) or the entry
 * is damaged. It is never dropped while it may hold what a resident typed.
 */
export interface UnsendableEntry {
  /** The message id the entry is stored under. */
  readonly id: string;
  /** The endpoint it was meant for, when that can still be read. */
  readonly endpoint: string | undefined;
  /** The message as stored, `undefined` when the entry is not even JSON. */
  readonly message: Readonly<Record<string, unknown>> | undefined;
  /** The stored text itself, for a log when nothing else can be read. */
  readonly raw: string;
}

/**
 * Every outbox entry that {@link pendingEntries} skips because it cannot be sent.
 *
 * @example
 * ```ts
 * for (const entry of unsendableEntries(localStorage)) restoreIntoForm(entry.message);
 * ```
 */
export function unsendableEntries(storage: Storage): UnsendableEntry[] {
  const entries: UnsendableEntry[] = [];
  for (const key of outboxKeys(storage)) {
    const raw = storage.getItem(key);
    if (raw === null || readEntry(storage, key) !== undefined) continue;
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      data = undefined;
    }
    const record = isRecord(data) ? data : undefined;
    const endpoint = record?.['endpoint'];
    const message = record?.['message'];
    entries.push({
      id: key.slice(OUTBOX_PREFIX.length),
      endpoint: typeof endpoint === 'string' ? endpoint : undefined,
      message: isRecord(message) ? message : undefined,
      raw,
    });
  }
  return entries;
}

function outboxKeys(storage: Storage): string[] {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (key?.startsWith(OUTBOX_PREFIX)) keys.push(key);
  }
  return keys;
}

/**
 * Stores or updates an entry under its message id.
 *
 * @example
 * ```ts
 * saveEntry(localStorage, { endpoint, message, attempts: 0, nextAttemptAt: 0 });
 * ```
 */
export function saveEntry(storage: Storage, entry: OutboxEntry): void {
  storage.setItem(OUTBOX_PREFIX + entry.message.id, JSON.stringify(entry));
}

/**
 * Removes a message from the outbox, once the receiver confirmed or definitively refused it.
 *
 * @example
 * ```ts
 * removeEntry(localStorage, message.id);
 * ```
 */
export function removeEntry(storage: Storage, id: string): void {
  storage.removeItem(OUTBOX_PREFIX + id);
}

/**
 * The entry for one message id, if it is still waiting.
 *
 * @example
 * ```ts
 * if (getEntry(localStorage, id) === undefined) return; // another tab sent it
 * ```
 */
export function getEntry(storage: Storage, id: string): OutboxEntry | undefined {
  return readEntry(storage, OUTBOX_PREFIX + id);
}

/**
 * Every message for an endpoint that is still to be sent, oldest first; refused ones are
 * not (see {@link refusedEntries}).
 *
 * @example
 * ```ts
 * for (const entry of pendingEntries(localStorage, 'https://contact.gemeente.be/messages')) …
 * ```
 */
export function pendingEntries(storage: Storage, endpoint: string): OutboxEntry[] {
  return entriesFor(storage, endpoint).filter((entry) => entry.refused === undefined);
}

/**
 * The refused messages for an endpoint that wait for the resident to take them back, oldest first.
 *
 * @example
 * ```ts
 * const [first] = refusedEntries(localStorage, endpoint); // first.refused.status === 413
 * ```
 */
export function refusedEntries(storage: Storage, endpoint: string): OutboxEntry[] {
  return entriesFor(storage, endpoint).filter((entry) => entry.refused !== undefined);
}

function entriesFor(storage: Storage, endpoint: string): OutboxEntry[] {
  const entries: OutboxEntry[] = [];
  for (const key of outboxKeys(storage)) {
    const entry = readEntry(storage, key);
    if (entry !== undefined && entry.endpoint === endpoint) entries.push(entry);
  }
  return entries.sort((a, b) => a.message.createdAt.localeCompare(b.message.createdAt));
}

/**
 * The wait before attempt `attempt + 1`: exponential from `baseMs` (2000 when it is not a
 * positive number) with jitter, at least the server's Retry-After, at most five minutes.
 *
 * @example
 * ```ts
 * retryDelay(3, 2000); // somewhere between 8 and 16 seconds
 * ```
 */
export function retryDelay(
  attempt: number,
  baseMs: number,
  retryAfterMs = 0,
  random: () => number = Math.random,
): number {
  // A base that is not a positive number (a typo in `retry-base-ms`) must not retry in a tight loop.
  const base = baseMs > 0 ? baseMs : DEFAULT_RETRY_BASE_MS;
  const exponential = base * 2 ** Math.max(0, attempt - 1);
  // Half fixed, half random: spreads the retries of many residents after an outage.
  const jittered = exponential / 2 + (random() * exponential) / 2;
  return Math.min(MAX_DELAY_MS, Math.max(retryAfterMs, jittered));
}

/**
 * Runs `task` only if no other tab (or element) is sending message `id` right now; returns
 * `undefined` without running it otherwise. Uses the Web Locks API where present, else a
 * lease timestamp in storage that expires if its tab dies.
 *
 * @example
 * ```ts
 * await withSendLock(localStorage, message.id, () => postMessage(endpoint, message));
 * ```
 */
export async function withSendLock<T>(
  storage: Storage,
  id: string,
  task: () => Promise<T>,
): Promise<T | undefined> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks !== undefined) {
    return locks.request(`opvang-contact:${id}`, { ifAvailable: true }, async (lock) =>
      lock === null ? undefined : task(),
    );
  }
  const key = LEASE_PREFIX + id;
  const token = `${Date.now()}:${Math.random()}`;
  const held = storage.getItem(key);
  if (held !== null && Number(held.split(':')[0]) + LEASE_MS > Date.now()) return undefined;
  storage.setItem(key, token);
  // Another tab may have written its lease at the same moment: only the last writer goes on.
  if (storage.getItem(key) !== token) return undefined;
  try {
    return await task();
  } finally {
    if (storage.getItem(key) === token) storage.removeItem(key);
  }
}
