import { expect } from '@open-wc/testing';
import type { CaseEvent, StepId } from '@opvang/core/step-plan';
import { HttpCaseStore } from './http-store.js';
import { PendingQueue } from './pending.js';
import {
  FallbackPendingStorage,
  IndexedDbPendingStorage,
  MemoryPendingStorage,
  type PendingEvent,
  type PendingStorage,
} from './pending-storage.js';
import { BASE, demoFacts, FakeCaseServer, TOKEN } from './test-support/fake-server.js';

const CASE = 'demo-1';
const actor = { role: 'liaison-officer', name: 'Test' } as const;
const note = (at: string, text = 'gebeld'): CaseEvent => ({
  kind: 'note-added',
  caseId: CASE,
  at,
  actor,
  text,
});
const completed = (step: StepId, at: string): CaseEvent => ({
  kind: 'step-completed',
  caseId: CASE,
  step,
  at,
  actor,
});
const fixed = () => 0.5;

let databases = 0;
function freshDatabase(): string {
  databases += 1;
  const name = `opvang-pending-test-${String(Date.now())}-${String(databases)}`;
  return name;
}

function setup(storage: PendingStorage = new MemoryPendingStorage()) {
  const server = new FakeCaseServer();
  server.seed(demoFacts(CASE));
  const store = new HttpCaseStore({ baseUrl: BASE, token: TOKEN, fetch: server.fetch });
  const queue = new PendingQueue({
    store,
    storeKey: BASE,
    storage,
    random: fixed,
    retryBaseMs: 50,
  });
  return { server, store, queue, storage };
}

const ids = (server: FakeCaseServer) => server.document(CASE).records.map((record) => record.id);

describe('PendingQueue', () => {
  it('sends at once when the store answers, and keeps nothing', async () => {
    const { server, queue } = setup();
    const result = await queue.record(CASE, 1, [{ id: 'a', event: note('2026-11-30T11:00') }]);
    expect(result).to.include({ sent: 1, waiting: 0, conflicted: 0 });
    expect(result.document?.version).to.equal(2);
    expect(await queue.entries()).to.deep.equal([]);
    expect(ids(server)).to.include('a');
  });

  it('keeps events recorded offline in IndexedDB across a reload and sends them once online', async () => {
    const name = freshDatabase();
    const { server, queue } = setup(await IndexedDbPendingStorage.open(name));
    server.offline = true;
    const result = await queue.record(CASE, 1, [
      { id: 'a', event: note('2026-11-30T11:00') },
      { id: 'b', event: note('2026-11-30T11:05') },
    ]);
    expect(result).to.include({ sent: 0, waiting: 2 });
    expect(result.failure?.kind).to.equal('unavailable');
    // A reload: a new queue on the same database and a new store object.
    const reloaded = new PendingQueue({
      store: new HttpCaseStore({ baseUrl: BASE, token: TOKEN, fetch: server.fetch }),
      storeKey: BASE,
      storage: await IndexedDbPendingStorage.open(name),
    });
    const kept = await reloaded.entries(CASE);
    expect(kept.map((entry) => [entry.id, entry.caseId, entry.baseVersion])).to.deep.equal([
      ['a', CASE, 1],
      ['b', CASE, 1],
    ]);
    server.offline = false;
    reloaded.start();
    await new Promise((resolve) => setTimeout(resolve, 50));
    reloaded.stop();
    expect(await reloaded.entries()).to.deep.equal([]);
    expect(ids(server).filter((id) => id === 'a' || id === 'b')).to.deep.equal(['a', 'b']);
  });

  it('retries with backoff after a 503, and at once when the browser comes online', async () => {
    const { server, queue } = setup();
    server.forced.push(
      Response.json({ error: { status: 503, code: 'down', message: 'down' } }, { status: 503 }),
    );
    queue.start();
    const result = await queue.record(CASE, 1, [{ id: 'a', event: note('2026-11-30T11:00') }]);
    expect(result.waiting).to.equal(1);
    const [waiting] = await queue.entries();
    expect(waiting?.attempts).to.equal(1);
    expect(waiting?.nextAttemptAt).to.be.greaterThan(Date.now());
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(await queue.entries(), 'sent after its backoff').to.deep.equal([]);
    server.offline = true;
    await queue.record(CASE, 2, [{ id: 'b', event: note('2026-11-30T11:05') }]);
    server.offline = false;
    globalThis.dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 30));
    queue.stop();
    expect(await queue.entries()).to.deep.equal([]);
    expect(ids(server).slice(-2)).to.deep.equal(['a', 'b']);
  });

  it('stores an event once when the answer was lost after the store had it', async () => {
    const { server, store } = setup();
    let lose = true;
    const losing = new HttpCaseStore({
      baseUrl: BASE,
      token: TOKEN,
      fetch: async (input, init) => {
        const response = await server.fetch(input, init);
        if (lose) {
          lose = false;
          throw new TypeError('connection reset');
        }
        return response;
      },
    });
    const queue = new PendingQueue({
      store: losing,
      storeKey: BASE,
      storage: new MemoryPendingStorage(),
    });
    expect(
      (await queue.record(CASE, 1, [{ id: 'a', event: note('2026-11-30T11:00') }])).waiting,
    ).to.equal(1);
    expect((await queue.flush(CASE, true)).sent).to.equal(1);
    expect(ids(server).filter((id) => id === 'a')).to.have.length(1);
    expect((await store.read(CASE))?.version).to.equal(2);
  });

  it('on a conflict re-applies its events on the current case and sends those that still fit', async () => {
    const { server, store, queue } = setup();
    await store.append(CASE, 1, [{ id: 'other', event: note('2026-11-30T10:30', 'collega') }]);
    const result = await queue.record(CASE, 1, [{ id: 'mine', event: note('2026-11-30T11:00') }]);
    expect(result).to.include({ sent: 1, conflicted: 0 });
    expect(ids(server).slice(-2)).to.deep.equal(['other', 'mine']);
  });

  it('marks an event conflicted when someone else already did the step, keeps it, and lets the user discard or retry it', async () => {
    const { server, store, queue } = setup();
    await store.append(CASE, 1, [{ id: 'theirs', event: completed('C.a', '2026-11-30T10:30') }]);
    const result = await queue.record(CASE, 1, [
      { id: 'mine', event: completed('C.a', '2026-11-30T11:00') },
      { id: 'my-note', event: note('2026-11-30T11:01', 'burgemeester gebeld') },
    ]);
    expect(result).to.include({ sent: 1, conflicted: 1 });
    const [conflict] = await queue.conflicts(CASE);
    expect(conflict?.id).to.equal('mine');
    expect(conflict?.event).to.deep.equal(completed('C.a', '2026-11-30T11:00'));
    expect(conflict?.conflict).to.include({ kind: 'event-rejected', code: 'already-done' });
    expect(ids(server)).to.include('my-note');
    expect(ids(server)).not.to.include('mine');
    // Retrying as it is fails again; as a note it fits.
    expect((await queue.retry('mine'))?.conflicted).to.equal(1);
    const retried = await queue.retry('mine', note('2026-11-30T11:02', 'C.a ook gedaan'));
    expect(retried).to.include({ sent: 1, conflicted: 0 });
    await queue.record(CASE, server.document(CASE).version - 1, [
      { id: 'late', event: completed('C.a', '2026-11-30T11:03') },
    ]);
    await queue.discard('late');
    expect(await queue.entries()).to.deep.equal([]);
  });

  it('treats a refusal on an unchanged case as a conflict, never as a loss', async () => {
    const { queue } = setup();
    const result = await queue.record(CASE, 1, [{ id: 'x', event: note('2026-11-29T09:00') }]);
    expect(result.conflicted).to.equal(1);
    expect((await queue.conflicts())[0]?.conflict).to.include({ code: 'out-of-order' });
  });

  it('keeps an event the store refuses outright (a 4xx) as conflicted with the store’s reason', async () => {
    const { server, queue } = setup();
    server.forced.push(
      Response.json(
        { error: { status: 400, code: 'invalid-body', message: 'bad', path: 'events.0' } },
        { status: 400 },
      ),
    );
    const result = await queue.record(CASE, 1, [{ id: 'a', event: note('2026-11-30T11:00') }]);
    expect(result).to.include({ conflicted: 1, waiting: 0 });
    expect((await queue.conflicts())[0]?.failure?.kind).to.equal('invalid');
    const retried = await queue.retry('a');
    expect(retried).to.include({ sent: 1, conflicted: 0 });
    expect(ids(server)).to.include('a');
  });

  it('waits for a sign-in after a 401 instead of retrying on a timer', async () => {
    const server = new FakeCaseServer();
    server.seed(demoFacts(CASE));
    const store = new HttpCaseStore({ baseUrl: BASE, fetch: server.fetch });
    const queue = new PendingQueue({ store, storeKey: BASE, storage: new MemoryPendingStorage() });
    const result = await queue.record(CASE, 1, [{ id: 'a', event: note('2026-11-30T11:00') }]);
    expect(result.failure?.kind).to.equal('unauthenticated');
    expect((await queue.entries())[0]?.nextAttemptAt).to.equal(Number.MAX_SAFE_INTEGER);
    store.setToken(TOKEN);
    await queue.flushAll(true);
    expect(await queue.entries()).to.deep.equal([]);
  });

  it('keeps the events of another store apart', async () => {
    const storage = new MemoryPendingStorage();
    const { server, queue, store: queueStore } = setup(storage);
    server.offline = true;
    await queue.record(CASE, 1, [{ id: 'a', event: note('2026-11-30T11:00') }]);
    const other = new PendingQueue({ store: queueStore, storeKey: 'local', storage });
    expect(await other.entries()).to.deep.equal([]);
  });
});

describe('FallbackPendingStorage', () => {
  const entry = (id: string): PendingEvent => ({
    id,
    storeKey: BASE,
    caseId: CASE,
    baseVersion: 1,
    event: note('2026-11-30T11:00'),
    sequence: 1,
    state: 'waiting',
    attempts: 0,
    nextAttemptAt: 0,
  });

  it('keeps what a full storage refuses in memory, says so, and still sends it', async () => {
    const backing = new MemoryPendingStorage();
    const full: PendingStorage = {
      all: () => backing.all(),
      put: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
      delete: (id) => backing.delete(id),
    };
    const storage = new FallbackPendingStorage(() => Promise.resolve(full));
    const { server, queue } = setup(storage);
    server.offline = true;
    await queue.record(CASE, 1, [{ id: 'a', event: note('2026-11-30T11:00') }]);
    expect(storage.volatile).to.equal(true);
    expect(queue.volatile).to.equal(true);
    expect((await queue.entries()).map((e) => e.id)).to.deep.equal(['a']);
    server.offline = false;
    expect((await queue.flush(CASE, true)).sent).to.equal(1);
    expect(storage.volatile).to.equal(false);
  });

  it('works from memory where IndexedDB cannot be opened', async () => {
    const storage = new FallbackPendingStorage(() => Promise.reject(new Error('blocked')));
    await storage.put(entry('a'));
    expect((await storage.all()).map((e) => e.id)).to.deep.equal(['a']);
    expect(storage.volatile).to.equal(true);
  });

  it('uses IndexedDB when it can, and is not volatile then', async () => {
    const name = freshDatabase();
    const storage = new FallbackPendingStorage(() => IndexedDbPendingStorage.open(name));
    await storage.put(entry('a'));
    expect(storage.volatile).to.equal(false);
    const again = await IndexedDbPendingStorage.open(name);
    expect((await again.all()).map((e) => e.id)).to.deep.equal(['a']);
    await storage.delete('a');
    expect(await again.all()).to.deep.equal([]);
  });
});
