import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describeContactIssue, parseContactMessage } from '@opvang/core/contact';
import { isLocale, negotiateLocale, type Locale } from '@opvang/core/i18n';
import { depthIssue, MAX_DEPTH } from '@opvang/core/shared';
import { openMessageStore, type MessageStore, type StoredMessage } from './store.js';

/** The path messages are posted to. */
export const MESSAGES_PATH = '/messages';
/** The largest request body accepted by default: a 4000-character message is well below it. */
export const DEFAULT_MAX_BODY_BYTES = 32 * 1024;
/**
 * The deepest JSON accepted: the core's limit for all outside data ({@link MAX_DEPTH}, 64).
 * A contact message is one flat object, and deeper input is answered `400 too-deep` before
 * any other code walks it.
 */
export const MAX_JSON_DEPTH = MAX_DEPTH;
/**
 * The data file when none is given: `data/messages.jsonl` in the receiver's own folder
 * (`examples/contact-receiver/data/`, ignored by git), whatever folder the program is started
 * from, so that the documented command and `npm start` write to the same file.
 */
export const DEFAULT_DATA_FILE = fileURLToPath(new URL('../data/messages.jsonl', import.meta.url));
/** How long a client may take to send its request headers, by default. */
export const DEFAULT_HEADERS_TIMEOUT_MS = 10_000;
/** How long a client may take to send its whole request, by default. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;
/**
 * Open connections at most, by default: far more than a municipality's contact form needs
 * (a browser opens at most 6 per site), far fewer than the usual limit of 1 024 open files.
 */
export const DEFAULT_MAX_CONNECTIONS = 256;

/** How the receiver behaves; every field but `store` has a default. */
export interface ReceiverOptions {
  readonly store: MessageStore;
  /** Larger bodies get `413`. Default {@link DEFAULT_MAX_BODY_BYTES}. */
  readonly maxBodyBytes?: number;
  /**
   * The web origins (`https://www.gemeente.be`) whose pages may post messages, or `'*'` for
   * any. Default `'*'`: the receiver uses no cookies or credentials, so CORS protects
   * nothing secret here; list the municipality's sites to keep other sites' forms out.
   * This binds browsers only: a request without an `Origin` header (curl, a script) is
   * handled like any other. It is not access control; see the README for what is.
   */
  readonly allowedOrigins?: readonly string[] | '*';
  /** The clock; tests pass their own. */
  readonly now?: () => Date;
  /** Where to report what happened, one line per event. Default: nothing. */
  readonly log?: (event: ReceiverEvent) => void;
}

/** One thing that happened in the receiver, for logs. */
export type ReceiverEvent =
  | { readonly kind: 'stored' | 'duplicate' | 'conflict'; readonly id: string }
  | { readonly kind: 'rejected'; readonly status: number; readonly error: string }
  | { readonly kind: 'failed'; readonly error: string };

/** The JSON body of every error answer: a code, a sentence, and for validation the fields. */
export interface ErrorBody {
  readonly error:
    | 'not-found'
    | 'method-not-allowed'
    | 'origin-not-allowed'
    | 'unsupported-media-type'
    | 'payload-too-large'
    | 'bad-request'
    | 'invalid-json'
    | 'too-deep'
    | 'validation'
    | 'id-conflict'
    | 'storage-unavailable'
    | 'internal-error';
  readonly message: string;
  /** For `validation`: each wrong field, with a sentence for the resident in their language. */
  readonly issues?: ReadonlyArray<{
    readonly path: string;
    readonly code: string;
    readonly message: string;
    readonly expected: string;
    readonly text: string;
  }>;
}

/** The JSON body of a successful answer; a repeat of the same message gets the very same body. */
export interface AcceptedBody {
  readonly status: 'stored';
  readonly id: string;
  readonly receivedAt: string;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(body.message);
  }
}

/**
 * The receiver's request handler, to mount in any Node HTTP server.
 *
 * - `POST /messages` with a JSON contact message: `201` and `{ status: 'stored', id,
 *   receivedAt }` once the message is on disk. Sending the same message again gets the same
 *   `201` and body (with the header `Idempotent-Replayed: true`) and stores nothing.
 *   Another message with a used id gets `409`.
 * - Bad input gets a JSON {@link ErrorBody}: `400` invalid JSON, JSON nested deeper than
 *   {@link MAX_JSON_DEPTH} (`too-deep`) or a bad request target, `413` too large, `415` not
 *   JSON, `422` invalid message (each field named, with a sentence in the resident's
 *   language), `403` origin not allowed. A storage failure gets `503`, so clients retry.
 *   No input gets a `500`: that would be a bug (`internal-error`), never a storage verdict.
 * - `GET /health`: `200` and the count of stored messages.
 *
 * @example
 * ```ts
 * const store = await openMessageStore('data/messages.jsonl');
 * createServer(createReceiver({ store, allowedOrigins: ['https://www.gemeente.be'] })).listen(8787);
 * ```
 */
export function createReceiver(
  options: ReceiverOptions,
): (request: IncomingMessage, response: ServerResponse) => void {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const allowedOrigins = options.allowedOrigins ?? '*';
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => undefined);

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = requestUrl(request.url);
    const origin = request.headers.origin;
    const corsHeaders = corsHeadersFor(origin, allowedOrigins);
    if (url.pathname === '/health') {
      if (request.method !== 'GET' && request.method !== 'HEAD')
        throw methodNotAllowed('GET, HEAD');
      send(response, 200, { status: 'ok', messages: options.store.size }, corsHeaders);
      return;
    }
    if (url.pathname !== MESSAGES_PATH)
      throw new HttpError(404, {
        error: 'not-found',
        message: `no such path: ${url.pathname}; post messages to ${MESSAGES_PATH}`,
      });
    if (origin !== undefined && corsHeaders === undefined) {
      throw new HttpError(403, {
        error: 'origin-not-allowed',
        message: `pages of ${origin} may not post messages here`,
      });
    }
    if (request.method === 'OPTIONS') {
      response.writeHead(204, { ...corsHeaders, 'access-control-max-age': '600' }).end();
      return;
    }
    if (request.method !== 'POST') throw methodNotAllowed('POST, OPTIONS');
    const contentType = request.headers['content-type'] ?? '';
    if (!/^application\/json\s*(?:;|$)/i.test(contentType)) {
      throw new HttpError(415, {
        error: 'unsupported-media-type',
        message: `expected Content-Type application/json, received ${contentType || 'none'}`,
      });
    }
    const body = await readBody(request, maxBodyBytes);
    let input: unknown;
    try {
      input = JSON.parse(body);
    } catch (error) {
      throw new HttpError(400, {
        error: 'invalid-json',
        message: `the body is not valid JSON: ${(error as Error).message}`,
      });
    }
    // Checked here, before any other code walks the value: the core parser may describe a
    // wrong field with recursive code, and a stack overflow must not pass for a storage failure.
    if (depthIssue(input) !== undefined) {
      throw new HttpError(400, {
        error: 'too-deep',
        message: `the JSON is nested deeper than ${MAX_JSON_DEPTH} levels; a contact message is one flat object`,
      });
    }
    const parsed = parseContactMessage(input);
    if (!parsed.ok) {
      const locale = localeFor(input, request);
      throw new HttpError(422, {
        error: 'validation',
        message: parsed.error.message,
        issues: parsed.error.issues.map((issue) => ({
          path: issue.path,
          code: issue.code,
          message: issue.message,
          expected: issue.expected,
          text: describeContactIssue(issue, locale),
        })),
      });
    }
    let outcome;
    try {
      outcome = await options.store.add(parsed.value, now());
    } catch (error) {
      log({ kind: 'failed', error: (error as Error).message });
      throw new HttpError(
        503,
        {
          error: 'storage-unavailable',
          message: 'the message could not be stored; please retry later',
        },
        { 'retry-after': '30' },
      );
    }
    log({ kind: outcome.kind, id: parsed.value.id });
    if (outcome.kind === 'conflict') {
      throw new HttpError(409, {
        error: 'id-conflict',
        message: `another message with id ${parsed.value.id} was stored before; create a new id for a new message`,
      });
    }
    const replay = outcome.kind === 'duplicate' ? { 'idempotent-replayed': 'true' } : {};
    send(response, 201, acceptedBody(outcome.record), { ...corsHeaders, ...replay });
  };

  return (request, response) => {
    request.on('error', () => undefined);
    handle(request, response).catch((error: unknown) => {
      const corsHeaders = corsHeadersFor(request.headers.origin, allowedOrigins);
      if (error instanceof HttpError) {
        log({ kind: 'rejected', status: error.status, error: error.body.error });
        send(response, error.status, error.body, { ...corsHeaders, ...error.headers });
      } else {
        // A bug, not bad input and not storage (that is 503): said as such, so that clients and
        // monitoring are not told that storage is down.
        log({ kind: 'failed', error: String(error) });
        send(
          response,
          500,
          {
            error: 'internal-error',
            message: 'unexpected error in the receiver; please retry later',
          },
          corsHeaders,
        );
      }
    });
  };
}

/** The request target as a URL; an unparsable one (`http://[`) is the client's mistake: `400`. */
function requestUrl(target: string | undefined): URL {
  try {
    return new URL(target ?? '/', 'http://receiver.invalid');
  } catch {
    throw new HttpError(400, {
      error: 'bad-request',
      message: 'the request target is not a valid URL or path',
    });
  }
}

function acceptedBody(record: StoredMessage): AcceptedBody {
  return { status: 'stored', id: record.message.id, receivedAt: record.receivedAt };
}

function methodNotAllowed(allow: string): HttpError {
  return new HttpError(405, { error: 'method-not-allowed', message: `use ${allow}` }, { allow });
}

function corsHeadersFor(
  origin: string | undefined,
  allowed: readonly string[] | '*',
): Record<string, string> | undefined {
  if (origin === undefined) return {};
  if (allowed !== '*' && !allowed.includes(origin)) return undefined;
  return {
    'access-control-allow-origin': allowed === '*' ? '*' : origin,
    'access-control-allow-methods': 'POST, OPTIONS',
    'access-control-allow-headers': 'content-type',
    'access-control-expose-headers': 'idempotent-replayed, retry-after',
    vary: 'origin',
  };
}

/** The resident's language for error texts: the message's own, else the request's. */
function localeFor(input: unknown, request: IncomingMessage): Locale {
  const language =
    input !== null && typeof input === 'object'
      ? (input as { language?: unknown }).language
      : undefined;
  return isLocale(language) ? language : negotiateLocale(request.headers['accept-language']);
}

function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const tooLarge = () =>
    new HttpError(
      413,
      { error: 'payload-too-large', message: `the body is larger than ${limit} bytes` },
      { connection: 'close' },
    );
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.removeAllListeners('data');
        request.resume();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    // The client went away mid-body: its doing, so a rejection, never an internal failure.
    request.on('error', () =>
      reject(new HttpError(400, { error: 'bad-request', message: 'the request body was cut off' })),
    );
  });
}

function send(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  if (response.headersSent || response.destroyed) return;
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
    ...headers,
  });
  response.end(text);
}

/** Options of {@link startReceiver}: the handler's, with the data file instead of a store. */
export interface StartReceiverOptions extends Omit<ReceiverOptions, 'store'> {
  /** The append-only data file, created with its folders if absent. Default {@link DEFAULT_DATA_FILE}. */
  readonly dataFile?: string;
  /** Default `127.0.0.1`: put a TLS-terminating proxy in front for the outside world. */
  readonly host?: string;
  /** Default 8787; 0 picks a free port. */
  readonly port?: number;
  /**
   * A client that has not sent its headers after this many milliseconds gets `408` and its
   * connection is closed. Default {@link DEFAULT_HEADERS_TIMEOUT_MS}; at most `requestTimeoutMs`.
   */
  readonly headersTimeoutMs?: number;
  /** The same for the whole request, body included. Default {@link DEFAULT_REQUEST_TIMEOUT_MS}. */
  readonly requestTimeoutMs?: number;
  /** Connections beyond this many open ones are closed at once. Default {@link DEFAULT_MAX_CONNECTIONS}. */
  readonly maxConnections?: number;
}

/** A running receiver. */
export interface RunningReceiver {
  /** `http://127.0.0.1:8787`, without a trailing slash. */
  readonly url: string;
  readonly server: Server;
  readonly store: MessageStore;
  /** Stops accepting connections, waits for writes in progress, closes the data file. */
  close(): Promise<void>;
}

/**
 * Opens the data file and starts the receiver on a port.
 *
 * @example
 * ```ts
 * const receiver = await startReceiver({ port: 8787 }); // data in DEFAULT_DATA_FILE
 * console.log(`posting to ${receiver.url}/messages`);
 * ```
 */
export async function startReceiver(options: StartReceiverOptions): Promise<RunningReceiver> {
  const store = await openMessageStore(options.dataFile ?? DEFAULT_DATA_FILE);
  const headersTimeout = options.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS;
  const requestTimeout = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  // Slow or stalled clients (slowloris) must not hold connections open. Node checks both
  // timeouts only every `connectionsCheckingInterval` (30 s by default, so a 10 s timeout
  // held for up to 40 s): check every tenth of the headers timeout, at most every second.
  const server = createServer(
    {
      headersTimeout,
      requestTimeout,
      connectionsCheckingInterval: Math.max(50, Math.min(1000, Math.floor(headersTimeout / 10))),
    },
    createReceiver({ ...options, store }),
  );
  server.maxConnections = options.maxConnections ?? DEFAULT_MAX_CONNECTIONS;
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    // Answer, then drop the connection: a bare `end()` only half-closes it, and a client that
    // never closes its side would keep it (and its place under maxConnections) for ever.
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const status =
      error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`, () =>
      socket.destroy(),
    );
    setTimeout(() => socket.destroy(), 1000).unref();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8787, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    server,
    store,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await store.close();
    },
  };
}
