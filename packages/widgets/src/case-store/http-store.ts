import { isRecord } from '@opvang/core/shared';
import type { CaseError } from '@opvang/core/step-plan';
import {
  StoreError,
  type AppendOutcome,
  type CaseDocument,
  type CaseStore,
  type EventSubmission,
  type StoreFailure,
} from './types.js';

/** How often {@link HttpCaseStore.subscribe} asks the server whether something changed. */
export const POLL_MS = 3000;
/** One request may take this long before it counts as `unavailable`. */
const TIMEOUT_MS = 20_000;

/** What {@link HttpCaseStore} is built from. */
export interface HttpCaseStoreOptions {
  /** The API's base URL, `http://127.0.0.1:8788/api`; relative URLs resolve against the page. */
  readonly baseUrl: string;
  /** The bearer token. Kept in this object's memory only; never put in a URL or any storage. */
  readonly token?: string | undefined;
  /** `include` behind a single sign-on proxy (its session cookie); `omit`, the default, otherwise. */
  readonly credentials?: 'omit' | 'include' | undefined;
  /** The fetch to use; the page's by default (tests pass a fake). */
  readonly fetch?: typeof fetch | undefined;
  /** The poll interval of {@link HttpCaseStore.subscribe}, in ms; default 3000. */
  readonly pollMs?: number | undefined;
}

/** A cached answer: its strong ETag and its body, for `If-None-Match`. */
interface Cached {
  readonly etag: string;
  readonly body: unknown;
}

/**
 * Whether a value has the shape of a {@link CaseDocument}: enough to hand it on. The events
 * themselves are the core's to check (`loadCase(document.log)`), as every reader of a case does.
 */
export function isCaseDocument(value: unknown): value is CaseDocument {
  if (!isRecord(value)) return false;
  const { caseId, version, municipality, log, records } = value;
  return (
    typeof caseId === 'string' &&
    typeof version === 'number' &&
    Number.isInteger(version) &&
    version >= 1 &&
    typeof municipality === 'string' &&
    isRecord(log) &&
    Array.isArray(log['events']) &&
    Array.isArray(records) &&
    records.length === log['events'].length &&
    records.every(
      (record: unknown) =>
        isRecord(record) &&
        typeof record['id'] === 'string' &&
        typeof record['recordedBy'] === 'string' &&
        typeof record['recordedAt'] === 'string',
    )
  );
}

const failure = (kind: StoreFailure['kind'], message: string): StoreError =>
  new StoreError({ kind, message });

/**
 * A {@link CaseStore} on the case server's HTTP API (docs/intranet.md, "The API"). Every
 * request goes to the origin of `baseUrl` and nowhere else, with `Authorization: Bearer
 * <token>` when a token is set, `credentials: 'omit'` unless told `include`, and no
 * redirects followed. The token lives in this object's memory: never in a URL, never in
 * `localStorage`, `sessionStorage` or IndexedDB.
 *
 * Answers map onto the store interface: `412` is a `conflict` with the current document, `422
 * event-rejected` a `rejected` with the core's reason; a failed request, a timeout, `5xx`, `408`,
 * `429` or an answer that is not the API's throw `StoreError` `unavailable` (the pending queue
 * keeps the events and retries), `401` `unauthenticated`, `403` `forbidden`, `404` `not-found`
 * (except {@link read}, which gives `undefined` for an unknown case), any other `4xx` `invalid`.
 *
 * @throws `StoreError` (`invalid`) from the constructor when `baseUrl` is not an http(s) URL.
 *
 * @example
 * ```ts
 * const store = new HttpCaseStore({ baseUrl: 'http://127.0.0.1:8788/api', token });
 * const cases = await store.list();
 * const stop = store.subscribe('2026-demo-kapelle', () => void reload());
 * ```
 */
export class HttpCaseStore implements CaseStore {
  readonly #base: URL;
  #token: string | undefined;
  readonly #credentials: 'omit' | 'include';
  readonly #fetch: typeof fetch;
  readonly #pollMs: number;
  /** Polls stopped by a `401`: the same token would be refused again, so they wait for {@link setToken}. */
  readonly #refused = new Set<() => void>();
  /** Whether the server refused the current token (a `401` to any request). */
  #tokenRefused = false;
  /** Last answer per URL, so that a poll or a read costs a `304`. */
  readonly #cache = new Map<string, Cached>();

  constructor(options: HttpCaseStoreOptions) {
    let base: URL;
    // Any value a JavaScript caller passes, not only a string.
    const raw: unknown = options.baseUrl;
    try {
      base = new URL(String(raw), (globalThis.document as Document | undefined)?.baseURI);
    } catch {
      throw failure('invalid', `the store URL "${String(raw)}" is not a URL`);
    }
    if (base.protocol !== 'https:' && base.protocol !== 'http:')
      throw failure('invalid', `the store URL must be http or https, not ${base.protocol}`);
    if (base.username !== '' || base.password !== '' || base.search !== '' || base.hash !== '')
      throw failure('invalid', 'the store URL must not hold credentials, a query or a fragment');
    base.pathname = base.pathname.replace(/\/+$/u, '');
    this.#base = base;
    this.#token = options.token === '' ? undefined : options.token;
    this.#credentials = options.credentials === 'include' ? 'include' : 'omit';
    this.#fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.#pollMs = options.pollMs !== undefined && options.pollMs > 0 ? options.pollMs : POLL_MS;
  }

  /** The origin every request goes to. */
  get origin(): string {
    return this.#base.origin;
  }

  /**
   * Sets or clears the bearer token (a sign-in, a sign-out). There is deliberately no getter.
   *
   * @example
   * ```ts
   * store.setToken(form.token.value);
   * ```
   */
  setToken(token: string | undefined): void {
    this.#token = token === '' ? undefined : token;
    this.#tokenRefused = false;
    this.#cache.clear();
    // Polls that stopped at a 401 ask again, with the new token.
    for (const resume of this.#refused) resume();
    this.#refused.clear();
  }

  async list(signal?: AbortSignal): Promise<readonly CaseDocument[]> {
    const { body } = await this.#get('/cases', signal);
    const cases = isRecord(body) ? body['cases'] : undefined;
    if (!Array.isArray(cases) || !cases.every(isCaseDocument))
      throw failure('unavailable', 'the answer to GET /cases is not a list of cases');
    return cases;
  }

  async read(caseId: string, signal?: AbortSignal): Promise<CaseDocument | undefined> {
    try {
      const { body } = await this.#get(this.#casePath(caseId), signal);
      if (!isCaseDocument(body))
        throw failure('unavailable', `the answer for case ${caseId} is not a case document`);
      return body;
    } catch (error) {
      if (error instanceof StoreError && error.failure.kind === 'not-found') return undefined;
      throw error;
    }
  }

  async open(submission: EventSubmission): Promise<CaseDocument> {
    const response = await this.#request('POST', '/cases', { body: submission });
    if (response.status === 200 || response.status === 201) {
      const document = await this.#documentOf(response);
      this.#remember(response, this.#casePath(document.caseId), document);
      return document;
    }
    throw await this.#failureOf(response);
  }

  async append(
    caseId: string,
    expectedVersion: number,
    events: readonly EventSubmission[],
  ): Promise<AppendOutcome> {
    const path = `${this.#casePath(caseId)}/events`;
    const response = await this.#request('POST', path, {
      body: { events },
      headers: { 'If-Match': `"${String(expectedVersion)}"` },
    });
    if (response.status === 200) {
      const document = await this.#documentOf(response);
      this.#remember(response, this.#casePath(caseId), document);
      return { kind: 'appended', document };
    }
    const problem = await this.#problemOf(response);
    if (response.status === 412 && isRecord(problem) && isCaseDocument(problem['current']))
      return { kind: 'conflict', document: problem['current'] };
    const error = isRecord(problem) && isRecord(problem['error']) ? problem['error'] : {};
    if (
      response.status === 422 &&
      error['code'] === 'event-rejected' &&
      typeof error['index'] === 'number' &&
      isRecord(error['rejection'])
    )
      return {
        kind: 'rejected',
        index: error['index'],
        rejection: error['rejection'] as unknown as CaseError,
      };
    throw this.#failureFrom(response.status, problem, `POST ${path}`);
  }

  subscribe(caseId: string | undefined, listener: () => void): () => void {
    const path = caseId === undefined ? '/cases' : this.#casePath(caseId);
    const abort = new AbortController();
    let seen = this.#cache.get(this.#url(path))?.etag;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const hidden = (): boolean => (globalThis.document as Document | undefined)?.hidden === true;
    const poll = async (): Promise<void> => {
      timer = undefined;
      // A hidden tab asks nothing; it asks again the moment it is shown.
      if (abort.signal.aborted || hidden()) return;
      // Refused (401, to this poll or to any other request): not until there is another token.
      if (this.#tokenRefused) {
        this.#refused.add(resume);
        return;
      }
      // What the subscriber has seen: the last poll's answer, or else what a read since gave it.
      const known = seen ?? this.#cache.get(this.#url(path))?.etag;
      try {
        const { etag } = await this.#get(path, abort.signal);
        if (known !== undefined && etag !== known && !abort.signal.aborted) listener();
        seen = etag;
      } catch {
        // Offline or forbidden: the next poll asks again (a 401 stops it, above); the widget
        // learns of failures from its own reads.
      }
      if (!abort.signal.aborted && !hidden()) timer = setTimeout(() => void poll(), this.#pollMs);
    };
    const resume = (): void => {
      if (!hidden() && timer === undefined) void poll();
    };
    const visibility = (): void => {
      if (!this.#refused.has(resume)) resume();
    };
    globalThis.document?.addEventListener('visibilitychange', visibility);
    timer = setTimeout(() => void poll(), this.#pollMs);
    return () => {
      abort.abort();
      clearTimeout(timer);
      this.#refused.delete(resume);
      globalThis.document?.removeEventListener('visibilitychange', visibility);
    };
  }

  #casePath(caseId: string): string {
    return `/cases/${encodeURIComponent(caseId)}`;
  }

  #url(path: string): string {
    return `${this.#base.href}${path}`;
  }

  /** A GET with `If-None-Match`: a `304` gives the cached body back. */
  async #get(path: string, signal?: AbortSignal): Promise<{ etag: string; body: unknown }> {
    const url = this.#url(path);
    const cached = this.#cache.get(url);
    const response = await this.#request('GET', path, {
      signal,
      headers: cached === undefined ? {} : { 'If-None-Match': cached.etag },
    });
    if (response.status === 304 && cached !== undefined) return cached;
    if (response.status !== 200) throw await this.#failureOf(response);
    const body = await this.#json(response);
    if (body === undefined) throw failure('unavailable', `the answer to GET ${path} is not JSON`);
    const etag = response.headers.get('ETag') ?? '';
    if (etag !== '') this.#cache.set(url, { etag, body });
    return { etag, body };
  }

  #remember(response: Response, path: string, document: CaseDocument): void {
    const etag = response.headers.get('ETag');
    if (etag !== null) this.#cache.set(this.#url(path), { etag, body: document });
  }

  async #request(
    method: 'GET' | 'POST',
    path: string,
    init: { body?: unknown; headers?: Record<string, string>; signal?: AbortSignal | undefined },
  ): Promise<Response> {
    const url = new URL(this.#url(path));
    // Built from the base with encoded ids, so this cannot differ; checked because the token must never leave.
    if (url.origin !== this.#base.origin)
      throw failure('invalid', 'refusing a request to another origin');
    const headers: Record<string, string> = { Accept: 'application/json', ...init.headers };
    if (this.#token !== undefined) headers['Authorization'] = `Bearer ${this.#token}`;
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    const timeout = AbortSignal.timeout(TIMEOUT_MS);
    const signal = init.signal === undefined ? timeout : AbortSignal.any([init.signal, timeout]);
    try {
      return await this.#fetch(url.href, {
        method,
        headers,
        credentials: this.#credentials,
        redirect: 'error',
        cache: 'no-store',
        signal,
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      });
    } catch (error) {
      // The caller's own abort stays an abort; anything else means the server could not be reached.
      if (init.signal?.aborted === true) throw error;
      throw failure(
        'unavailable',
        timeout.aborted
          ? `no answer from ${this.#base.origin} within ${String(TIMEOUT_MS / 1000)} s`
          : `cannot reach ${this.#base.origin}`,
      );
    }
  }

  async #json(response: Response): Promise<unknown> {
    if (
      !/^application\/([\w.-]+\+)?json\s*(;|$)/iu.test(response.headers.get('Content-Type') ?? '')
    )
      return undefined;
    try {
      return (await response.json()) as unknown;
    } catch {
      return undefined;
    }
  }

  async #documentOf(response: Response): Promise<CaseDocument> {
    const body = await this.#json(response);
    if (!isCaseDocument(body)) throw failure('unavailable', 'the answer is not a case document');
    return body;
  }

  async #problemOf(response: Response): Promise<unknown> {
    return this.#json(response);
  }

  async #failureOf(response: Response): Promise<StoreError> {
    return this.#failureFrom(response.status, await this.#problemOf(response), response.url);
  }

  #failureFrom(status: number, problem: unknown, what: string): StoreError {
    const error = isRecord(problem) && isRecord(problem['error']) ? problem['error'] : undefined;
    const said = typeof error?.['message'] === 'string' ? `: ${error['message']}` : '';
    const message = `${what || 'the case server'} answered ${String(status)}${said}`;
    if (status === 401) {
      this.#tokenRefused = true;
      return failure('unauthenticated', message);
    }
    if (status === 403) return failure('forbidden', message);
    if (status === 404) return failure('not-found', message);
    // A 4xx from the API itself (a Problem body) is a request that cannot succeed as it is;
    // anything else (5xx, 408, 429, a proxy's page) may succeed later.
    if (status >= 400 && status < 500 && status !== 408 && status !== 429 && error !== undefined)
      return failure('invalid', message);
    return failure('unavailable', message);
  }
}
