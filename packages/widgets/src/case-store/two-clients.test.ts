// Two people on one case, against the REAL case server (packages/case-server, SQLite), started
// by case-server-plugin.mjs: two HttpCaseStores, each with its own pending queue in its own
// IndexedDB database, recording in seeded random interleavings, sometimes side by side (the
// server sees true races) and sometimes offline (their fetch fails). At the end both are online,
// every conflict is settled as a user would (an event someone else made impossible is
// discarded; one that only came too late is recorded again now), and we count.
import { expect } from '@open-wc/testing';
import {
  applyEvent,
  caseStatus,
  loadCase,
  stepDefinition,
  type CaseEvent,
  type CaseState,
} from '@opvang/core/step-plan';
import { formatInstant } from '@opvang/core/shared';
import { executeServerCommand } from '@web/test-runner-commands';
import { HttpCaseStore } from './http-store.js';
import { PendingQueue } from './pending.js';
import { IndexedDbPendingStorage } from './pending-storage.js';
import { demoFacts, openingEvent } from './test-support/fake-server.js';
import type { CaseDocument } from './types.js';

/** sfc32 in a typed array, as the buffer's SeededRandom: the same draws on every engine. */
class Draws {
  readonly #s = new Uint32Array(4);
  constructor(seed: number) {
    this.#s.set([0x9e3779b9, 0x243f6a88, 0xb7e15162, seed >>> 0]);
    for (let i = 0; i < 15; i += 1) this.next();
  }
  next(): number {
    const s = this.#s;
    const t = (((s[0] as number) + (s[1] as number)) >>> 0) + (s[3] as number);
    s[3] = ((s[3] as number) + 1) >>> 0;
    s[0] = (s[1] as number) ^ ((s[1] as number) >>> 9);
    s[1] = ((s[2] as number) + ((s[2] as number) << 3)) >>> 0;
    s[2] = (((s[2] as number) << 21) | ((s[2] as number) >>> 11)) >>> 0;
    s[2] = (s[2] + (t >>> 0)) >>> 0;
    return (t >>> 0) / 2 ** 32;
  }
  pick<T>(items: readonly T[]): T | undefined {
    return items[Math.floor(this.next() * items.length)];
  }
}

interface Client {
  readonly name: string;
  readonly store: HttpCaseStore;
  readonly queue: PendingQueue;
  offline: boolean;
  document: CaseDocument;
}

interface Figures {
  seed: number;
  recorded: number;
  stored: number;
  lost: number;
  duplicated: number;
  conflictsAnswered412: number;
  conflicted: number;
  recordedAgain: number;
  discarded: number;
  offlineRecords: number;
}

async function runSeed(seed: number, server: { url: string; token: string }): Promise<Figures> {
  const draws = new Draws(seed);
  const caseId = `it-${String(seed)}-${String(Date.now())}`;
  const facts = demoFacts(caseId, { municipality: 'Demodorp', confirmedAt: '2026-11-30T10:00' });
  let clock = Date.parse('2026-11-30T09:00:00Z');
  const nextAt = (): string => {
    clock += 60_000;
    return formatInstant(clock);
  };
  let conflicts412 = 0;
  let offlineRecords = 0;
  const clients: Client[] = [];
  for (const name of ['a', 'b']) {
    const client = { name, offline: false } as Client;
    const store = new HttpCaseStore({
      baseUrl: server.url,
      token: server.token,
      fetch: async (input, init) => {
        if (client.offline) throw new TypeError('offline');
        const response = await fetch(input, init);
        if (response.status === 412) conflicts412 += 1;
        return response;
      },
    });
    const storage = await IndexedDbPendingStorage.open(`opvang-pending-it-${caseId}-${name}`);
    Object.assign(client, {
      store,
      queue: new PendingQueue({ store, storeKey: server.url, storage }),
    });
    clients.push(client);
  }
  const [first] = clients as [Client, Client];
  first.document = await first.store.open({ id: `open-${caseId}`, event: openingEvent(facts) });
  for (const client of clients) client.document = first.document;

  const recorded = new Set<string>();
  let counter = 0;

  /** What this client sees: the last document it has, with its own waiting events on top. */
  async function view(client: Client): Promise<CaseState> {
    const loaded = loadCase(client.document.log);
    if (!loaded.ok) throw new Error(loaded.error.message);
    let state = loaded.value;
    for (const entry of await client.queue.entries(caseId)) {
      if (entry.state !== 'waiting') continue;
      const next = applyEvent(state, entry.event);
      if (next.ok) state = next.value;
    }
    return state;
  }

  /** One person's next move, drawn before anything is awaited, so a seed always plays the same. */
  const decide = () => ({
    toggle: draws.next() < 0.15,
    read: draws.next() < 0.3,
    step: draws.next(),
    doStep: draws.next() < 0.75,
    complete: draws.next() < 0.5,
  });

  async function act(client: Client, move: ReturnType<typeof decide>): Promise<void> {
    if (move.toggle) client.offline = !client.offline;
    if (!client.offline && move.read) {
      const read = await client.store.read(caseId).catch(() => undefined);
      if (read) client.document = read;
    }
    const state = await view(client);
    const actor = {
      role: 'liaison-officer',
      name: `Officer ${client.name.toUpperCase()}`,
    } as const;
    const at = nextAt();
    const status = caseStatus(state, new Date(clock));
    const step = status.nextActionable[Math.floor(move.step * status.nextActionable.length)];
    let event: CaseEvent = {
      kind: 'note-added',
      caseId,
      at,
      actor,
      text: `note ${String(counter)}`,
    };
    if (step !== undefined && move.doStep) {
      const needsFormat = stepDefinition(step).constraints.some(
        (constraint) => constraint.kind === 'information-market-format',
      );
      event =
        state.steps[step]?.state === 'in-progress' || move.complete
          ? {
              kind: 'step-completed',
              caseId,
              step,
              at,
              actor,
              ...(needsFormat ? { format: 'information-market' as const } : {}),
            }
          : { kind: 'step-started', caseId, step, at, actor };
    }
    // The widget checks every event on what it sees before recording it.
    if (!applyEvent(state, event).ok) return;
    const id = `${client.name}-${String((counter += 1))}`;
    recorded.add(id);
    if (client.offline) offlineRecords += 1;
    const result = await client.queue.record(caseId, client.document.version, [{ id, event }]);
    if (result.document) client.document = result.document;
  }

  for (let round = 0; round < 40; round += 1) {
    if (draws.next() < 0.35) {
      const moves = clients.map(() => decide());
      await Promise.all(clients.map((client, index) => act(client, moves[index] ?? decide())));
    } else {
      const client = draws.pick(clients);
      const move = decide();
      if (client) await act(client, move);
    }
  }

  // Everyone back online: send, then settle each conflict as the user would.
  let recordedAgain = 0;
  let discarded = 0;
  let conflicted = 0;
  const settledIds = new Set<string>();
  for (const client of clients) client.offline = false;
  for (let pass = 0; pass < 10; pass += 1) {
    for (const client of clients) await client.queue.flushAll(true);
    let open = 0;
    for (const client of clients) {
      for (const entry of await client.queue.conflicts(caseId)) {
        open += 1;
        if (!settledIds.has(entry.id)) conflicted += 1;
        settledIds.add(entry.id);
        const code = entry.conflict && 'code' in entry.conflict ? entry.conflict.code : undefined;
        if (code === 'out-of-order' || entry.event.kind === 'note-added') {
          // It only came too late: the user records it again, now.
          recordedAgain += 1;
          await client.queue.retry(entry.id, { ...entry.event, at: nextAt() });
        } else {
          // Someone else already did it: the user discards theirs.
          discarded += 1;
          recorded.delete(entry.id);
          await client.queue.discard(entry.id);
        }
      }
      open += (await client.queue.entries(caseId)).filter((e) => e.state === 'waiting').length;
    }
    if (open === 0) break;
  }

  const final = await first.store.read(caseId);
  if (final === undefined) throw new Error('the case is gone');
  expect(loadCase(final.log).ok, 'the stored log loads').to.equal(true);
  const stored = final.records.map((record) => record.id).filter((id) => id !== `open-${caseId}`);
  const unique = new Set(stored);
  const lost = [...recorded].filter((id) => !unique.has(id));
  for (const client of clients) expect(await client.queue.entries(caseId)).to.deep.equal([]);
  return {
    seed,
    recorded: recorded.size + discarded,
    stored: stored.length,
    lost: lost.length,
    duplicated: stored.length - unique.size,
    conflictsAnswered412: conflicts412,
    conflicted,
    recordedAgain,
    discarded,
    offlineRecords,
  };
}

describe('two people on one case, against the real case server', function () {
  this.timeout(180_000);

  it('loses nothing and duplicates nothing in seeded random interleavings, online and offline', async () => {
    const server = await executeServerCommand<{ url: string; token: string }, undefined>(
      'case-server',
    );
    const figures: Figures[] = [];
    for (const seed of [1, 2, 3, 4, 5]) figures.push(await runSeed(seed, server));
    console.log(`two clients, real server:\n${figures.map((f) => JSON.stringify(f)).join('\n')}`);
    for (const f of figures) {
      expect(f.lost, `seed ${String(f.seed)}: lost`).to.equal(0);
      expect(f.duplicated, `seed ${String(f.seed)}: duplicated`).to.equal(0);
      expect(
        f.stored + f.discarded,
        `seed ${String(f.seed)}: every event stored or discarded by the user`,
      ).to.equal(f.recorded);
    }
    expect(
      figures.reduce((sum, f) => sum + f.conflictsAnswered412, 0),
      'races happened',
    ).to.be.greaterThan(0);
  });
});
