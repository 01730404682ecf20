import type { ContactMessage } from '@opvang/core/contact';
import { isRecord } from '@opvang/core/shared';
import { issuesOf, type Refusal } from './outbox.js';
import { DEFAULT_TIMEOUT_MS } from './sending-loader.js';

/**
 * One attempt to deliver a message over HTTP, and what its answer means. A message counts as
 * stored only when the answer is the receiver's receipt for it: any 2xx could come from a
 * captive portal, a CDN's error page or a firewall, which store nothing.
 */

export { DEFAULT_TIMEOUT_MS } from './sending-loader.js';

/** Answers after which sending the same message again cannot help. */
const REFUSALS = [400, 409, 413, 415, 422];

/** What one attempt to post a message came to. */
export type SendOutcome =
  | { readonly kind: 'sent'; readonly replayed: boolean }
  | ({ readonly kind: 'rejected' } & Refusal)
  /** `status` is absent when no answer came (offline, CORS, timeout). */
  | {
      readonly kind: 'retry';
      readonly status?: number;
      readonly retryAfterMs?: number;
      readonly timedOut?: true;
    };

/**
 * Whether an answer is the receiver's receipt for message `id`: a JSON content type and the
 * body `{"status":"stored","id":"<id>"}` (other fields allowed). The contract is in docs/contact.md.
 *
 * @example
 * ```ts
 * isReceipt('application/json; charset=utf-8', '{"status":"stored","id":"3b24…"}', '3b24…'); // true
 * isReceipt('text/html', '<h1>Welcome to the hotel Wi-Fi</h1>', '3b24…');                   // false
 * ```
 */
export function isReceipt(contentType: string | null, body: string, id: string): boolean {
  if (!/^application\/([\w.-]+\+)?json\s*(;|$)/i.test(contentType ?? '')) return false;
  try {
    const data: unknown = JSON.parse(body);
    return isRecord(data) && data['status'] === 'stored' && data['id'] === id;
  } catch {
    return false;
  }
}

function retryAfterMs(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

/** Options of {@link postMessage}. */
export interface PostOptions {
  /** Aborts the attempt, e.g. when the widget leaves the page. */
  readonly signal?: AbortSignal;
  /** Gives the attempt up after this many milliseconds; default (and for anything but a positive number) {@link DEFAULT_TIMEOUT_MS}. */
  readonly timeoutMs?: number;
}

/**
 * Posts one message as JSON and classifies the answer: the receiver's receipt for it, sent;
 * 400/409/413/415/422, rejected (sending it again cannot help); anything else (another 2xx,
 * an error, no answer, no answer within `timeoutMs`), retry later.
 *
 * @example
 * ```ts
 * const outcome = await postMessage(endpoint, message, { signal: controller.signal, timeoutMs: 20_000 });
 * if (outcome.kind === 'sent') removeEntry(localStorage, message.id);
 * ```
 */
export async function postMessage(
  endpoint: string,
  message: ContactMessage,
  options: PostOptions = {},
): Promise<SendOutcome> {
  const { signal } = options;
  const controller = new AbortController();
  // A timeout that is not a positive number (a typo in the attribute) must not end every attempt at once.
  const timeoutMs =
    options.timeoutMs !== undefined && options.timeoutMs > 0
      ? options.timeoutMs
      : DEFAULT_TIMEOUT_MS;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const stop = (): void => controller.abort();
  if (signal?.aborted) stop();
  signal?.addEventListener('abort', stop);
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(message),
      credentials: 'omit',
      cache: 'no-store',
      signal: controller.signal,
    });
    // Read under the same timeout: a body that never ends stalls as much as no answer.
    const body = await response.text();
    const { status } = response;
    if (response.ok && isReceipt(response.headers.get('content-type'), body, message.id)) {
      return { kind: 'sent', replayed: response.headers.get('idempotent-replayed') === 'true' };
    }
    if (REFUSALS.includes(status)) {
      const data = parseJson(body);
      return { kind: 'rejected', status, issues: isRecord(data) ? issuesOf(data['issues']) : [] };
    }
    const after = retryAfterMs(response.headers.get('retry-after'));
    return { kind: 'retry', status, ...(after === undefined ? {} : { retryAfterMs: after }) };
  } catch {
    return timedOut ? { kind: 'retry', timedOut: true } : { kind: 'retry' };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
}
