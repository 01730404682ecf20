import { expect } from '@open-wc/testing';
import type { CaseEvent } from '@opvang/core/step-plan';
import { HttpCaseStore } from './http-store.js';
import {
  BASE,
  demoFacts,
  FakeCaseServer,
  openingEvent,
  TOKEN,
} from './test-support/fake-server.js';
import { StoreError, type StoreFailure } from './types.js';

const note = (caseId: string, at: string, text = 'gebeld'): CaseEvent => ({
  kind: 'note-added',
  caseId,
  at,
  actor: { role: 'liaison-officer', name: 'Test' },
  text,
});

async function failureOf(promise: Promise<unknown>): Promise<StoreFailure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof StoreError) return error.failure;
    throw error;
  }
  throw new Error('expected a StoreError');
}

function setup(token = TOKEN): { server: FakeCaseServer; store: HttpCaseStore } {
  const server = new FakeCaseServer();
  const store = new HttpCaseStore({ baseUrl: `${BASE}/`, token, fetch: server.fetch, pollMs: 20 });
  return { server, store };
}

describe('HttpCaseStore', () => {
  it('lists, reads and opens cases with the token in the Authorization header only', async () => {
    const { server, store } = setup();
    server.seed(demoFacts('demo-1'));
    const opening = openingEvent(demoFacts('demo-2'));
    const opened = await store.open({ id: 'open-demo-2', event: opening });
    expect(opened.version).to.equal(1);
    expect((await store.list()).map((doc) => doc.caseId)).to.deep.equal(['demo-1', 'demo-2']);
    expect((await store.read('demo-1'))?.municipality).to.equal('Demodorp');
    for (const request of server.requests) {
      expect(request.url).to.match(/^https:\/\/cases\.test\/api\/cases/u);
      expect(request.url).not.to.contain(TOKEN);
      expect(request.headers.get('Authorization')).to.equal(`Bearer ${TOKEN}`);
    }
  });

  it('sends credentials: omit by default and include only when told', async () => {
    const seen: RequestInit[] = [];
    const capture = (credentials?: 'omit' | 'include') =>
      new HttpCaseStore({
        baseUrl: BASE,
        ...(credentials === undefined ? {} : { credentials }),
        fetch: (_input, init = {}) => {
          seen.push(init);
          return Promise.resolve(Response.json({ cases: [] }));
        },
      });
    await capture().list();
    await capture('include').list();
    expect(seen.map((init) => init.credentials)).to.deep.equal(['omit', 'include']);
    expect(seen.every((init) => init.redirect === 'error')).to.equal(true);
  });

  it('keeps the token out of every storage', async () => {
    const { store } = setup();
    await store.list();
    const everything = [localStorage, sessionStorage]
      .flatMap((storage) =>
        Array.from({ length: storage.length }, (_, index) => {
          const key = storage.key(index) ?? '';
          return `${key}=${storage.getItem(key) ?? ''}`;
        }),
      )
      .join('\n');
    expect(everything).not.to.contain(TOKEN);
    expect(JSON.stringify(store)).not.to.contain(TOKEN);
    const databases = await indexedDB.databases();
    expect(databases.map((db) => db.name)).not.to.include('opvang-token');
  });

  it('encodes case ids so a request never leaves the API', async () => {
    const { server, store } = setup();
    expect(await store.read('../../evil?x=1#y')).to.equal(undefined);
    expect(server.requests[0]?.url).to.equal(`${BASE}/cases/..%2F..%2Fevil%3Fx%3D1%23y`);
  });

  it('refuses a store URL that is not http(s) or carries credentials or a query', () => {
    for (const baseUrl of [
      'javascript:alert(1)',
      'ftp://x/api',
      'https://u:p@x/api',
      'https://x/api?token=1',
      'http://[bad',
    ]) {
      expect(() => new HttpCaseStore({ baseUrl }), baseUrl).to.throw(StoreError);
    }
  });

  it('appends at the expected version with If-Match, and a retried id is stored once', async () => {
    const { server, store } = setup();
    server.seed(demoFacts('demo-1'));
    const submission = { id: 'e1', event: note('demo-1', '2026-11-30T11:00') };
    const first = await store.append('demo-1', 1, [submission]);
    expect(first.kind).to.equal('appended');
    expect(server.requests.at(-1)?.headers.get('If-Match')).to.equal('"1"');
    const again = await store.append('demo-1', 1, [submission]);
    expect(again.kind).to.equal('appended');
    expect(server.document('demo-1').version).to.equal(2);
  });

  it('gives a conflict with the current document on 412', async () => {
    const { server, store } = setup();
    server.seed(demoFacts('demo-1'), note('demo-1', '2026-11-30T10:30'));
    const outcome = await store.append('demo-1', 1, [
      { id: 'e1', event: note('demo-1', '2026-11-30T11:00') },
    ]);
    expect(outcome.kind).to.equal('conflict');
    if (outcome.kind === 'conflict') expect(outcome.document.version).to.equal(2);
  });

  it('gives the core’s rejection and its index on 422 event-rejected', async () => {
    const { server, store } = setup();
    server.seed(demoFacts('demo-1'));
    const outcome = await store.append('demo-1', 1, [
      { id: 'ok', event: note('demo-1', '2026-11-30T11:00') },
      { id: 'bad', event: note('demo-1', '2026-11-30T09:00') },
    ]);
    expect(outcome.kind).to.equal('rejected');
    if (outcome.kind === 'rejected') {
      expect(outcome.index).to.equal(1);
      expect(outcome.rejection).to.include({ kind: 'event-rejected', code: 'out-of-order' });
    }
    expect(server.document('demo-1').version, 'nothing of the batch').to.equal(1);
  });

  it('maps failures: offline, 5xx, 401, 403, 404, other 4xx, and answers that are not the API’s', async () => {
    const { server, store } = setup();
    server.seed(demoFacts('demo-1'));
    server.offline = true;
    expect((await failureOf(store.list())).kind).to.equal('unavailable');
    server.offline = false;
    const cases: [Response, StoreFailure['kind']][] = [
      [
        Response.json({ error: { status: 503, code: 'x', message: 'down' } }, { status: 503 }),
        'unavailable',
      ],
      [
        new Response('<h1>Hotel wifi</h1>', {
          status: 200,
          headers: { 'Content-Type': 'text/html' },
        }),
        'unavailable',
      ],
      [Response.json({ nothing: true }), 'unavailable'],
      [
        Response.json({ error: { status: 429, code: 'x', message: 'slow' } }, { status: 429 }),
        'unavailable',
      ],
      [
        Response.json(
          { error: { status: 403, code: 'forbidden', message: 'no' } },
          { status: 403 },
        ),
        'forbidden',
      ],
      [
        Response.json(
          { error: { status: 400, code: 'invalid-body', message: 'bad' } },
          { status: 400 },
        ),
        'invalid',
      ],
      [new Response('nope', { status: 400 }), 'unavailable'],
    ];
    for (const [response, kind] of cases) {
      server.forced.push(response);
      expect((await failureOf(store.list())).kind, String(response.status)).to.equal(kind);
    }
    const anonymous = setup('');
    expect((await failureOf(anonymous.store.list())).kind).to.equal('unauthenticated');
    expect(anonymous.server.requests[0]?.headers.has('Authorization')).to.equal(false);
    server.forced.push(
      Response.json({ error: { status: 404, code: 'not-found', message: '?' } }, { status: 404 }),
    );
    expect((await failureOf(store.list())).kind).to.equal('not-found');
    expect(await store.read('nobody')).to.equal(undefined);
    server.forced.push(
      Response.json({ error: { status: 409, code: 'case-exists', message: 'x' } }, { status: 409 }),
    );
    expect(
      (await failureOf(store.open({ id: 'x', event: openingEvent(demoFacts('demo-1')) }))).kind,
    ).to.equal('invalid');
  });

  it('stays an abort when the caller aborts', async () => {
    const { store } = setup();
    const abort = new AbortController();
    abort.abort();
    let caught: unknown;
    try {
      await store.list(abort.signal);
    } catch (error) {
      caught = error;
    }
    expect(caught).not.to.be.instanceOf(StoreError);
  });

  it('answers a repeated read from a 304 with If-None-Match', async () => {
    const { server, store } = setup();
    server.seed(demoFacts('demo-1'));
    await store.read('demo-1');
    const again = await store.read('demo-1');
    expect(again?.version).to.equal(1);
    expect(server.requests[1]?.headers.get('If-None-Match')).to.equal('"1"');
  });

  it('setToken changes the token for the next requests', async () => {
    const { server, store } = setup('');
    store.setToken(TOKEN);
    await store.list();
    store.setToken(undefined);
    await failureOf(store.list());
    expect(server.requests.map((r) => r.headers.has('Authorization'))).to.deep.equal([true, false]);
  });
});

describe('HttpCaseStore.subscribe', () => {
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('calls back when the case changes elsewhere, polls with If-None-Match, and stops on unsubscribe', async () => {
    const { server, store } = setup();
    server.seed(demoFacts('demo-1'));
    let calls = 0;
    const stop = store.subscribe('demo-1', () => (calls += 1));
    await wait(70);
    expect(calls).to.equal(0);
    const row = server.cases.get('demo-1');
    expect(row).to.not.equal(undefined);
    await new HttpCaseStore({ baseUrl: BASE, token: TOKEN, fetch: server.fetch }).append(
      'demo-1',
      1,
      [{ id: 'other', event: note('demo-1', '2026-11-30T11:00') }],
    );
    await wait(70);
    expect(calls).to.equal(1);
    expect(server.requests.some((r) => r.headers.get('If-None-Match') === '"2"')).to.equal(true);
    stop();
    const before = server.requests.length;
    await wait(70);
    expect(server.requests.length).to.equal(before);
  });

  it('tells of a change made between the subscriber’s first read and the first poll', async () => {
    const { server, store } = setup();
    server.seed(demoFacts('demo-1'));
    let calls = 0;
    const stop = store.subscribe('demo-1', () => (calls += 1));
    await store.read('demo-1');
    server.seed(demoFacts('demo-1'), note('demo-1', '2026-11-30T11:00'));
    await wait(50);
    stop();
    expect(calls).to.equal(1);
  });

  it('watches the list without a case id', async () => {
    const { server, store } = setup();
    let calls = 0;
    const stop = store.subscribe(undefined, () => (calls += 1));
    await wait(50);
    server.seed(demoFacts('demo-9'));
    await wait(70);
    stop();
    expect(calls).to.equal(1);
  });

  it('stops polling at a 401 (the same token would be refused again) and asks again with a new token', async () => {
    const { server, store } = setup('a-wrong-token');
    server.seed(demoFacts('demo-1'));
    let calls = 0;
    const stop = store.subscribe('demo-1', () => (calls += 1));
    await wait(120);
    // One poll, refused; none of the five more the interval would have made.
    expect(server.requests.length).to.equal(1);
    store.setToken(TOKEN);
    await wait(70);
    expect(server.requests.length).to.be.greaterThan(1);
    expect(server.requests.at(-1)?.headers.get('Authorization')).to.equal(`Bearer ${TOKEN}`);
    server.seed(demoFacts('demo-1'), note('demo-1', '2026-11-30T11:00'));
    await wait(70);
    stop();
    expect(calls).to.equal(1);
    const before = server.requests.length;
    store.setToken('another-token');
    await wait(70);
    expect(server.requests.length, 'an ended subscription is not resumed').to.equal(before);
  });

  it('does not poll at all once a read was refused (401), until another token', async () => {
    const { server, store } = setup('a-wrong-token');
    server.seed(demoFacts('demo-1'));
    const stop = store.subscribe('demo-1', () => undefined);
    expect((await failureOf(store.read('demo-1'))).kind).to.equal('unauthenticated');
    await wait(120);
    // The read only: the polls that would have followed it every 20 ms wait for a token.
    expect(server.requests.length).to.equal(1);
    store.setToken(TOKEN);
    await wait(50);
    expect(server.requests.length).to.be.greaterThan(1);
    stop();
  });

  it('keeps polling through a failure', async () => {
    const { server, store } = setup();
    server.seed(demoFacts('demo-1'));
    let calls = 0;
    const stop = store.subscribe('demo-1', () => (calls += 1));
    await wait(30);
    server.offline = true;
    await wait(50);
    server.offline = false;
    server.seed(demoFacts('demo-1'), note('demo-1', '2026-11-30T11:00'));
    await wait(70);
    stop();
    expect(calls).to.equal(1);
  });
});

describe('HttpCaseStore.subscribe in a hidden tab', () => {
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('asks nothing while the page is hidden, and asks at once when it is shown again', async () => {
    const { server, store } = setup();
    server.seed(demoFacts('demo-1'));
    let isHidden = true;
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => isHidden });
    try {
      let calls = 0;
      const stop = store.subscribe('demo-1', () => (calls += 1));
      await wait(80);
      expect(server.requests, 'no poll while hidden').to.have.length(0);
      isHidden = false;
      document.dispatchEvent(new Event('visibilitychange'));
      await wait(10);
      expect(server.requests.length).to.be.greaterThan(0);
      stop();
      expect(calls).to.equal(0);
    } finally {
      // Back to Document.prototype's own getter.
      delete (document as { hidden?: boolean }).hidden;
    }
  });
});
