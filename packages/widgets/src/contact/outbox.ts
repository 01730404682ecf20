import { parseContactMessage, type ContactIssue, type ContactMessage } from '@opvang/core/contact';
import { isRecord } from '@opvang/core/shared';

/**
 * The outbox: messages the resident sent that the receiver has not confirmed yet, in
 * `localStorage`, one key per message id. A message is written here *before* the first
 * attempt and removed only when the receiver answers 2xx or rejects it for good, so a
 * closed tab, a crash or an offline phone never loses it; the id makes every retry harmless.
 */
const OUTBOX_PREFIX = 'opvang-contact:outbox:';
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
}

/** What one attempt to post a message came to. */
export type SendOutcome =
  | { readonly kind: 'sent'; readonly replayed: boolean }
  | { readonly kind: 'rejected'; readonly status: number; readonly issues: readonly Pick<ContactIssue, 'path' | 'code'>[] }
  | { readonly kind: 'retry'; readonly status?: number; readonly retryAfterMs?: number };

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
      return { endpoint: data.endpoint, message: message.value, attempts: Number(data.attempts) || 0, nextAttemptAt: Number(data.nextAttemptAt) || 0 };
    }
  } catch {
    // not JSON: see unsendableEntries
  }
  return undefined;
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
 * Every waiting message for an endpoint, oldest first.
 *
 * @example
 * ```ts
 * for (const entry of pendingEntries(localStorage, 'https://contact.gemeente.be/messages')) …
 * ```
 */
export function pendingEntries(storage: Storage, endpoint: string): OutboxEntry[] {
  const entries: OutboxEntry[] = [];
  for (const key of outboxKeys(storage)) {
    const entry = readEntry(storage, key);
    if (entry !== undefined && entry.endpoint === endpoint) entries.push(entry);
  }
  return entries.sort((a, b) => a.message.createdAt.localeCompare(b.message.createdAt));
}

/**
 * The wait before attempt `attempt + 1`: exponential from `baseMs` with full jitter, at least
 * the server's Retry-After, at most five minutes.
 *
 * @example
 * ```ts
 * retryDelay(3, 2000); // somewhere between 8 and 16 seconds
 * ```
 */
export function retryDelay(attempt: number, baseMs: number, retryAfterMs = 0, random: () => number = Math.random): number {
  const exponential = baseMs * 2 ** Math.max(0, attempt - 1);
  // Half fixed, half random: spreads the retries of many residents after an outage.
  const jittered = exponential / 2 + (random() * exponential) / 2;
  return Math.min(MAX_DELAY_MS, Math.max(retryAfterMs, jittered));
}

function retryAfterMs(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/**
 * Posts one message as JSON and classifies the answer: 2xx sent; 400/409/413/415/422
 * rejected (sending it again cannot help); anything else, or no answer, retry later.
 *
 * @example
 * ```ts
 * const outcome = await postMessage(endpoint, message, abortController.signal);
 * ```
 */
export async function postMessage(endpoint: string, message: ContactMessage, signal?: AbortSignal): Promise<SendOutcome> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(message),
      credentials: 'omit',
      cache: 'no-store',
      ...(signal ? { signal } : {}),
    });
  } catch {
    return { kind: 'retry' };
  }
  if (response.ok) return { kind: 'sent', replayed: response.headers.get('idempotent-replayed') === 'true' };
  if ([400, 409, 413, 415, 422].includes(response.status)) {
    let issues: Array<Pick<ContactIssue, 'path' | 'code'>> = [];
    try {
      const body = (await response.json()) as { issues?: Array<Pick<ContactIssue, 'path' | 'code'>> };
      if (Array.isArray(body.issues)) issues = body.issues.filter((issue) => typeof issue.path === 'string' && typeof issue.code === 'string');
    } catch {
      // no usable body: the status alone tells the resident what happened
    }
    return { kind: 'rejected', status: response.status, issues };
  }
  const after = retryAfterMs(response.headers.get('retry-after'));
  return { kind: 'retry', status: response.status, ...(after === undefined ? {} : { retryAfterMs: after }) };
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
export async function withSendLock<T>(storage: Storage, id: string, task: () => Promise<T>): Promise<T | undefined> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks !== undefined) {
    return locks.request(`opvang-contact:${id}`, { ifAvailable: true }, async (lock) => (lock === null ? undefined : task()));
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
