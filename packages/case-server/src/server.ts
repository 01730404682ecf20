import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError, matchesNoneMatch, readJson, send, versionOfIfMatch } from './http.js';
import { readAppendBody, readOpenBody } from './requests.js';
import type { CaseDocument, CaseFilter, CaseStore } from './store.js';
import { mayRead, mayWrite, type Identity, type TokenFile } from './tokens.js';

/** How the server learns who is asking. */
export type Authentication =
  /** `Authorization: Bearer opv_…`, checked against the tokens file. */
  | { readonly kind: 'tokens'; readonly tokens: TokenFile }
  /**
   * Behind a single sign-on proxy: the proxy authenticates and puts the user name in `header`
   * (lower case, e.g. `x-forwarded-user`); `Authorization` is ignored. Safe only when nothing
   * but the proxy can reach the server, and the proxy overwrites the header from clients.
   */
  | {
      readonly kind: 'trusted-header';
      readonly header: string;
      readonly users: ReadonlyMap<string, Identity>;
    };

/** One thing that happened, for the log: never an event's content, which may name people. */
export type CaseServerEvent =
  | { readonly kind: 'opened'; readonly caseId: string; readonly by: string }
  | {
      readonly kind: 'appended';
      readonly caseId: string;
      readonly count: number;
      readonly by: string;
    }
  | { readonly kind: 'rejected'; readonly status: number; readonly code: string }
  | { readonly kind: 'failed'; readonly error: string };

/** What {@link createCaseHandler} needs. */
export interface CaseHandlerOptions {
  readonly store: CaseStore;
  readonly authentication: Authentication;
  /** Web origins whose pages may call the API (`http://localhost:8000`). Default none. */
  readonly allowedOrigins?: readonly string[];
  readonly log?: (event: CaseServerEvent) => void;
}

/** The prefix of every route but `/health`. */
export const API_PREFIX = '/api';

const CASE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

type Route =
  | { readonly name: 'session'; readonly allow: readonly string[] }
  | { readonly name: 'cases'; readonly allow: readonly string[] }
  | { readonly name: 'case'; readonly allow: readonly string[]; readonly caseId: string }
  | { readonly name: 'events'; readonly allow: readonly string[]; readonly caseId: string };

function route(pathname: string): Route | undefined {
  if (pathname === '/api/session') return { name: 'session', allow: ['GET'] };
  if (pathname === '/api/cases') return { name: 'cases', allow: ['GET', 'POST'] };
  const match = /^\/api\/cases\/([^/]+)(\/events)?$/.exec(pathname);
  if (match === null) return undefined;
  let caseId: string;
  try {
    caseId = decodeURIComponent(match[1] ?? '');
  } catch {
    caseId = '';
  }
  if (!CASE_ID.test(caseId)) throw unknownCase();
  return match[2] === undefined
    ? { name: 'case', allow: ['GET'], caseId }
    : { name: 'events', allow: ['POST'], caseId };
}

const unknownCase = () => new HttpError(404, 'unknown-case', 'there is no case with this id');
const forbidden = (what: string) =>
  new HttpError(403, 'forbidden', `this identity may not ${what}`);

const etagOf = (document: CaseDocument) => `"${document.version}"`;
const listTagOf = (documents: readonly CaseDocument[]) =>
  `"${documents.reduce((sum, one) => sum + one.version, 0)}-${documents.length}"`;

/**
 * The case server's request handler (the HTTP contract in docs/intranet.md), to mount in a
 * Node HTTP server. Every `/api` route needs an identity; `GET /health` answers anyone, with
 * no data.
 *
 * @example
 * ```ts
 * const store = openCaseStore('data/cases.db');
 * const tokens = openTokenFile('data/tokens.json');
 * createServer(createCaseHandler({ store, authentication: { kind: 'tokens', tokens } })).listen(8788);
 * ```
 */
export function createCaseHandler(
  options: CaseHandlerOptions,
): (request: IncomingMessage, response: ServerResponse) => void {
  const { store, authentication } = options;
  const allowedOrigins = options.allowedOrigins ?? [];
  const log = options.log ?? (() => undefined);
  // SSO mode: the browser sends the proxy's session cookie (`credentials: 'include'`), which
  // CORS allows only with this header. The server itself never sets a cookie.
  const credentials = authentication.kind === 'trusted-header';

  const corsFor = (origin: string | undefined): Record<string, string> | undefined => {
    if (origin === undefined) return {};
    if (!allowedOrigins.includes(origin)) return undefined;
    return {
      'access-control-allow-origin': origin,
      'access-control-expose-headers': 'ETag, Location',
      ...(credentials ? { 'access-control-allow-credentials': 'true' } : {}),
      vary: 'Origin',
    };
  };

  const identify = (request: IncomingMessage): Identity | undefined => {
    if (authentication.kind === 'trusted-header') {
      const user = request.headers[authentication.header];
      return typeof user === 'string' ? authentication.users.get(user.trim()) : undefined;
    }
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    return match?.[1] === undefined ? undefined : authentication.tokens.authenticate(match[1]);
  };

  const filterFor = (identity: Identity): CaseFilter =>
    identity.role === 'officer' || identity.municipality === undefined
      ? {}
      : { municipality: identity.municipality };

  const handle = async (
    request: IncomingMessage,
    response: ServerResponse,
    cors: Record<string, string>,
  ): Promise<void> => {
    const pathname = pathOf(request.url);
    if (pathname === '/health') {
      if (request.method !== 'GET') throw methodNotAllowed(['GET']);
      send(response, 200, { status: 'ok' }, cors);
      return;
    }
    const target = route(pathname);
    if (target === undefined)
      throw new HttpError(404, 'not-found', `no such route: ${pathname}; the API is under /api`);
    const allow = [...target.allow, 'OPTIONS'].join(', ');
    if (request.method === 'OPTIONS') {
      send(response, 204, undefined, {
        ...cors,
        allow,
        'access-control-allow-methods': allow,
        'access-control-allow-headers': 'Authorization, Content-Type, If-Match, If-None-Match',
        'access-control-max-age': '600',
      });
      return;
    }
    if (!target.allow.includes(request.method ?? '')) throw methodNotAllowed(target.allow);
    const identity = identify(request);
    if (identity === undefined) {
      throw new HttpError(
        401,
        'unauthenticated',
        authentication.kind === 'tokens'
          ? 'send Authorization: Bearer <token> with a valid, unrevoked token'
          : 'the sign-on proxy did not name a known user',
        {},
        { 'www-authenticate': 'Bearer' },
      );
    }
    const noneMatch = request.headers['if-none-match'];

    if (target.name === 'session') {
      send(response, 200, identity, cors);
      return;
    }

    if (target.name === 'cases' && request.method === 'GET') {
      const filter = filterFor(identity);
      const tag = store.listTag(filter);
      if (matchesNoneMatch(noneMatch, tag)) {
        send(response, 304, undefined, { ...cors, etag: tag });
        return;
      }
      const cases = store.list(filter);
      send(response, 200, { cases }, { ...cors, etag: listTagOf(cases) });
      return;
    }

    if (target.name === 'cases') {
      if (identity.role !== 'officer') throw forbidden('open cases; only officers do');
      const submission = readOpenBody(await readJson(request));
      const outcome = store.open(submission, identity.name);
      switch (outcome.kind) {
        case 'opened':
        case 'existing': {
          const { document } = outcome;
          if (outcome.kind === 'opened')
            log({ kind: 'opened', caseId: document.caseId, by: identity.name });
          send(response, outcome.kind === 'opened' ? 201 : 200, document, {
            ...cors,
            etag: etagOf(document),
            location: `${API_PREFIX}/cases/${encodeURIComponent(document.caseId)}`,
          });
          return;
        }
        case 'case-exists':
          throw new HttpError(
            409,
            'case-exists',
            `a case ${outcome.caseId} was opened before by another event; choose another case id`,
          );
        case 'rejected':
          throw new HttpError(
            422,
            'event-rejected',
            `the opening event was refused: ${outcome.rejection.message}`,
            {
              index: 0,
              rejection: outcome.rejection,
            },
          );
      }
    }

    const head = store.head(target.caseId);
    if (head === undefined) throw unknownCase();
    if (!mayRead(identity, head.municipality)) throw forbidden('read this case');

    if (target.name === 'case') {
      const tag = `"${head.version}"`;
      if (matchesNoneMatch(noneMatch, tag)) {
        send(response, 304, undefined, { ...cors, etag: tag });
        return;
      }
      const document = store.read(target.caseId);
      if (document === undefined) throw unknownCase();
      send(response, 200, document, { ...cors, etag: etagOf(document) });
      return;
    }

    if (!mayWrite(identity, head.municipality)) throw forbidden('record events in this case');
    const ifMatch = request.headers['if-match'];
    if (ifMatch === undefined) {
      throw new HttpError(
        428,
        'if-match-required',
        'send If-Match: "<version>" with the version of the case you appended to (its ETag)',
      );
    }
    const submissions = readAppendBody(await readJson(request));
    const outcome = store.append(
      target.caseId,
      versionOfIfMatch(ifMatch),
      submissions,
      identity.name,
    );
    switch (outcome.kind) {
      case 'appended':
      case 'unchanged':
        if (outcome.kind === 'appended') {
          log({
            kind: 'appended',
            caseId: target.caseId,
            count: outcome.document.version - head.version,
            by: identity.name,
          });
        }
        send(response, 200, outcome.document, { ...cors, etag: etagOf(outcome.document) });
        return;
      case 'conflict':
        throw new HttpError(
          412,
          'version-mismatch',
          `the case is at version ${outcome.document.version}, not ${ifMatch}; re-apply your events to the current case and send them again`,
          {},
          { etag: etagOf(outcome.document) },
          { current: outcome.document },
        );
      case 'wrong-case':
        throw new HttpError(
          422,
          'wrong-case',
          `event ${outcome.index} is for another case, not this one`,
          {
            index: outcome.index,
            path: `events[${outcome.index}].event.caseId`,
            expected: target.caseId,
          },
        );
      case 'rejected':
        throw new HttpError(
          422,
          'event-rejected',
          `event ${outcome.index} was refused: ${outcome.rejection.message}`,
          {
            index: outcome.index,
            rejection: outcome.rejection,
          },
        );
      case 'unknown-case':
        throw unknownCase();
    }
  };

  return (request, response) => {
    request.on('error', () => undefined);
    const cors = corsFor(request.headers.origin);
    const run =
      cors === undefined
        ? Promise.reject(
            new HttpError(
              403,
              'origin-not-allowed',
              `pages of ${request.headers.origin ?? ''} may not call this API`,
            ),
          )
        : handle(request, response, cors);
    run.catch((error: unknown) => {
      const headers = cors ?? {};
      if (error instanceof HttpError) {
        log({ kind: 'rejected', status: error.status, code: error.body.error.code });
        send(response, error.status, error.body, { ...headers, ...error.headers });
        return;
      }
      const busy = (error as { code?: unknown }).code === 'SQLITE_BUSY';
      log({ kind: 'failed', error: String(error) });
      send(
        response,
        busy ? 503 : 500,
        {
          error: busy
            ? { status: 503, code: 'storage-busy', message: 'the database is busy; please retry' }
            : {
                status: 500,
                code: 'internal-error',
                message: 'unexpected error in the case server',
              },
        },
        { ...headers, ...(busy ? { 'retry-after': '1' } : {}) },
      );
    });
  };
}

function methodNotAllowed(allow: readonly string[]): HttpError {
  const list = [...allow, 'OPTIONS'].join(', ');
  return new HttpError(405, 'method-not-allowed', `use ${list}`, {}, { allow: list });
}

function pathOf(target: string | undefined): string {
  try {
    return new URL(target ?? '/', 'http://case-server.invalid').pathname;
  } catch {
    throw new HttpError(400, 'bad-request', 'the request target is not a valid path');
  }
}
