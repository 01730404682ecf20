// An in-memory case server for tests, answering as the contract says (/work/helpers/case-api.md,
// docs/intranet.md): a `fetch` that the HttpCaseStore is given instead of the network.
import { isRecord, toBrusselsIso } from '@opvang/core/shared';
import {
  applyEvent,
  loadCase,
  openCase,
  toEventLog,
  type CaseEvent,
  type CaseFacts,
  type CaseState,
} from '@opvang/core/step-plan';
import type { CaseDocument, StoredEvent } from '../types.js';

export const BASE = 'https://cases.test/api';
export const TOKEN = 'opv_test_secret';

/** Facts of a clearly fictional case. */
export function demoFacts(caseId: string, overrides: Partial<CaseFacts> = {}): CaseFacts {
  return {
    caseId,
    municipality: 'Demodorp',
    confirmedAt: '2026-11-30T10:00',
    address: 'Voorbeeldstraat 1, 9999 Demodorp',
    capacity: 80,
    targetGroups: ['adults'],
    expectedOpening: '2027-01-15',
    operator: { kind: 'red-cross' },
    ...overrides,
  };
}

/** The opening event of a case with these facts. */
export function openingEvent(facts: CaseFacts): CaseEvent {
  const opened = openCase(facts);
  if (!opened.ok) throw new Error(opened.error.message);
  const [first] = opened.value.events;
  return first;
}

interface Row {
  state: CaseState;
  records: StoredEvent[];
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

const problem = (status: number, code: string, extra: Record<string, unknown> = {}): Response =>
  json(status, { error: { status, code, message: code, ...extra } });

/**
 * The fake server. `offline` makes every request fail as a network error does; `requests`
 * records what was asked (method, URL, headers) so tests can check what left the page.
 */
export class FakeCaseServer {
  readonly cases = new Map<string, Row>();
  readonly requests: { method: string; url: string; headers: Headers; body: unknown }[] = [];
  offline = false;
  /** Answers the next requests with this status instead (a 503, a captive portal's 200…). */
  readonly forced: Response[] = [];
  recordedBy = 'test-officer';

  /** Adds a case directly, as if someone had opened it earlier. */
  seed(facts: CaseFacts, ...events: CaseEvent[]): CaseDocument {
    const opening = openingEvent(facts);
    const loaded = loadCase({ schemaVersion: 1, caseId: facts.caseId, events: [opening] });
    if (!loaded.ok) throw new Error(loaded.error.message);
    const row: Row = { state: loaded.value, records: [] };
    row.records.push(this.#record(`open-${facts.caseId}`, opening));
    for (const [index, event] of events.entries()) {
      const next = applyEvent(row.state, event);
      if (!next.ok) throw new Error(next.error.message);
      row.state = next.value;
      row.records.push(this.#record(`seed-${facts.caseId}-${String(index)}`, event));
    }
    this.cases.set(facts.caseId, row);
    return this.document(facts.caseId);
  }

  document(caseId: string): CaseDocument {
    const row = this.cases.get(caseId);
    if (row === undefined) throw new Error(`no case ${caseId}`);
    return {
      caseId,
      version: row.records.length,
      municipality: row.state.facts.municipality,
      log: toEventLog(row.state),
      records: [...row.records],
    };
  }

  readonly fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const headers = new Headers(init.headers);
    const body: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    const method = init.method ?? 'GET';
    this.requests.push({ method, url: url.href, headers, body });
    await Promise.resolve();
    if (init.signal?.aborted === true) throw new DOMException('aborted', 'AbortError');
    if (this.offline) throw new TypeError('Failed to fetch');
    const forced = this.forced.shift();
    if (forced !== undefined) return forced;
    if (!url.href.startsWith(`${BASE}/`)) return problem(404, 'not-found');
    if (headers.get('Authorization') !== `Bearer ${TOKEN}`)
      return json(
        401,
        { error: { status: 401, code: 'unauthenticated', message: 'no token' } },
        {
          'WWW-Authenticate': 'Bearer',
        },
      );
    const path = url.pathname.slice(new URL(BASE).pathname.length);
    const parts = path
      .split('/')
      .filter((part) => part !== '')
      .map(decodeURIComponent);
    if (parts[0] !== 'cases') return problem(404, 'not-found');
    if (parts.length === 1 && method === 'GET') {
      const cases = [...this.cases.keys()].map((id) => this.document(id));
      const etag = `"${String(cases.reduce((sum, doc) => sum + doc.version, 0))}-${String(cases.length)}"`;
      if (headers.get('If-None-Match') === etag) return new Response(null, { status: 304 });
      return json(200, { cases }, { ETag: etag });
    }
    if (parts.length === 1 && method === 'POST') return this.#open(body);
    const caseId = parts[1] ?? '';
    const row = this.cases.get(caseId);
    if (row === undefined) return problem(404, 'unknown-case');
    if (parts.length === 2 && method === 'GET') {
      const etag = `"${String(row.records.length)}"`;
      if (headers.get('If-None-Match') === etag) return new Response(null, { status: 304 });
      return json(200, this.document(caseId), { ETag: etag });
    }
    if (parts.length === 3 && parts[2] === 'events' && method === 'POST')
      return this.#append(caseId, row, headers.get('If-Match'), body);
    return problem(405, 'method-not-allowed');
  };

  #record(id: string, event: CaseEvent): StoredEvent {
    return { id, event, recordedBy: this.recordedBy, recordedAt: toBrusselsIso(new Date()) };
  }

  #open(body: unknown): Response {
    if (!isRecord(body) || typeof body['id'] !== 'string' || !isRecord(body['event']))
      return problem(400, 'invalid-body');
    const event = body['event'] as unknown as CaseEvent;
    const existing = this.cases.get(event.caseId);
    if (existing !== undefined) {
      if (existing.records[0]?.id === body['id']) return json(200, this.document(event.caseId));
      return problem(409, 'case-exists');
    }
    const loaded = loadCase({ schemaVersion: 1, caseId: event.caseId, events: [event] });
    if (!loaded.ok) return problem(422, 'event-rejected', { rejection: loaded.error, index: 0 });
    this.cases.set(event.caseId, {
      state: loaded.value,
      records: [this.#record(body['id'], event)],
    });
    return json(201, this.document(event.caseId), {
      ETag: '"1"',
      Location: `/api/cases/${event.caseId}`,
    });
  }

  #append(caseId: string, row: Row, ifMatch: string | null, body: unknown): Response {
    if (ifMatch === null) return problem(428, 'if-match-required');
    if (!isRecord(body) || !Array.isArray(body['events'])) return problem(400, 'invalid-body');
    const stored = new Set(row.records.map((record) => record.id));
    const fresh = (body['events'] as { id: string; event: CaseEvent }[])
      .map((item, index) => ({ ...item, index }))
      .filter((item) => !stored.has(item.id));
    if (fresh.length === 0)
      return json(200, this.document(caseId), { ETag: `"${String(row.records.length)}"` });
    if (ifMatch !== `"${String(row.records.length)}"`)
      return json(412, {
        error: { status: 412, code: 'version-mismatch', message: 'version mismatch' },
        current: this.document(caseId),
      });
    let state = row.state;
    for (const item of fresh) {
      const { index } = item;
      if (item.event.caseId !== caseId) return problem(422, 'wrong-case', { index });
      const next = applyEvent(state, item.event);
      if (!next.ok)
        return json(422, {
          error: {
            status: 422,
            code: 'event-rejected',
            message: next.error.message,
            index,
            rejection: next.error,
          },
        });
      state = next.value;
    }
    row.state = state;
    row.records.push(...fresh.map((item) => this.#record(item.id, item.event)));
    return json(200, this.document(caseId), { ETag: `"${String(row.records.length)}"` });
  }
}
