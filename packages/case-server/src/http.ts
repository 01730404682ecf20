import type { IncomingMessage, ServerResponse } from 'node:http';
import { depthIssue } from '@opvang/core/shared';

/** The largest request body accepted: 256 KiB, far above 100 events with long notes. */
export const MAX_BODY_BYTES = 256 * 1024;

/**
 * The deepest JSON accepted in a request: 32 levels. A request nests about 6 (a batch, an
 * event, its facts, a period); the core's own limit for outside data is 64, and this stricter
 * one is the contract's.
 */
export const MAX_REQUEST_DEPTH = 32;

/** The body of every error answer (4xx and 5xx), in English for the developer who reads it. */
export interface Problem {
  readonly error: {
    readonly status: number;
    readonly code: string;
    readonly message: string;
    readonly path?: string;
    readonly expected?: string;
    /** For `event-rejected`: the core's `CaseError`. */
    readonly rejection?: unknown;
    /** For `event-rejected` and `wrong-case`: the event's index in the request. */
    readonly index?: number;
  };
}

/** An answer other than success, thrown by the routes and sent by the handler. */
export class HttpError extends Error {
  readonly body: Problem & Readonly<Record<string, unknown>>;

  constructor(
    readonly status: number,
    code: string,
    message: string,
    details: Omit<Problem['error'], 'status' | 'code' | 'message'> = {},
    readonly headers: Readonly<Record<string, string>> = {},
    extra: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.body = { error: { status, code, message, ...details }, ...extra };
  }
}

/**
 * What a request body must be sent as: `application/json`, with no charset or UTF-8 (the only
 * one JSON may be exchanged in, RFC 8259 §8.1).
 */
const JSON_MEDIA_TYPE = /^application\/json\s*(?:;\s*charset\s*=\s*"?utf-8"?\s*)?$/iu;

/**
 * Reads a JSON body: `415 unsupported-media-type` for a body not declared as JSON (read
 * first, so a client that forgot the header learns that, not that its text is not JSON),
 * `413 too-large`, `400 invalid-json`, `400 too-deep` before anything walks it.
 */
export async function readJson(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<unknown> {
  const declared = request.headers['content-type'];
  if (declared === undefined || !JSON_MEDIA_TYPE.test(declared)) {
    // Not read: the connection is closed after the answer, so the client does not send more.
    throw new HttpError(
      415,
      'unsupported-media-type',
      declared === undefined
        ? 'the body has no Content-Type; send it as JSON with Content-Type: application/json'
        : `the body is sent as ${declared}; send it as JSON with Content-Type: application/json`,
      { expected: 'Content-Type: application/json' },
      { connection: 'close' },
    );
  }
  const text = await readBody(request, limit);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new HttpError(
      400,
      'invalid-json',
      `the body is not valid JSON: ${(error as Error).message}`,
    );
  }
  if (depthIssue(value, '', MAX_REQUEST_DEPTH) !== undefined) {
    throw new HttpError(
      400,
      'too-deep',
      `the JSON is nested deeper than ${MAX_REQUEST_DEPTH} levels; a request nests about 6`,
    );
  }
  return value;
}

function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const tooLarge = () =>
    new HttpError(
      413,
      'too-large',
      `the body is larger than ${limit} bytes`,
      {},
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
      reject(new HttpError(400, 'bad-request', 'the request body was cut off')),
    );
  });
}

/** Sends a JSON answer (or none, for 304 and 204), never cached by a proxy. */
export function send(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  if (response.headersSent || response.destroyed) return;
  if (body === undefined) {
    response.writeHead(status, { 'cache-control': 'no-store', ...headers }).end();
    return;
  }
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
    'cache-control': 'no-store',
    ...headers,
  });
  response.end(text);
}

/** Whether an `If-None-Match` header names `etag` (or is `*`). */
export function matchesNoneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.split(',').some((one) => {
    const tag = one.trim();
    return tag === '*' || tag === etag || tag === `W/${etag}`;
  });
}

/** The version an `If-Match: "<version>"` header names; `undefined` when it names none. */
export function versionOfIfMatch(header: string): number | undefined {
  const match = /^\s*"(\d{1,15})"\s*$/.exec(header);
  return match === null ? undefined : Number(match[1]);
}
