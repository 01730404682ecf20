// Two people recording at once: two clients, random (seeded) interleavings, against the real
// program. Each follows the conflict procedure; afterwards every event is stored exactly once.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededRandom } from '@opvang/core/buffer';
import { loadCase, type CaseEvent, type StepId } from '@opvang/core/step-plan';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConflictClient } from './test-support/client.js';
import { note, openingEvent } from './test-support/events.js';
import { call } from './test-support/http.js';
import { createToken, startServerProcess, type ServerProcess } from './test-support/process.js';

let directory: string;
let server: ServerProcess;
let token: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'opvang-case-concurrency-'));
  token = createToken(directory, ['--name', 'Officer', '--role', 'officer']).token;
  server = await startServerProcess(['--data', directory]);
}, 30_000);

afterAll(async () => {
  await server.stop();
  await rm(directory, { recursive: true, force: true });
});

const AT = '2026-11-03T10:00';
// Steps both clients try to record: whoever is second finds it done and keeps it aside.
const contested: readonly StepId[] = ['C.a', 'C.b', 'D.a', 'D.c', 'E', 'F'];
const EVENTS_PER_CLIENT = 60;

async function session(seed: number) {
  const caseId = `race-${seed}`;
  const opened = await call(`${server.url}/api/cases`, {
    method: 'POST',
    token,
    body: { id: `${caseId}-open`, event: openingEvent(caseId) },
  });
  expect(opened.status).toBe(201);
  const clients = [0, 1].map(() => new ConflictClient(`${server.url}/api`, token, caseId));
  const run = async (client: ConflictClient, index: number) => {
    const random = seededRandom(seed * 10 + index);
    await client.refresh();
    let made = 0;
    while (made < EVENTS_PER_CLIENT) {
      // A pause of 0–4 ms, so that the two clients' requests overlap at the server in varied orders.
      await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 5)));
      const batch = 1 + Math.floor(random() * 3);
      for (let i = 0; i < batch && made < EVENTS_PER_CLIENT; i += 1) {
        const id = `c${index}-${made}`;
        made += 1;
        const step = contested[Math.floor(random() * contested.length * 4)];
        const event: CaseEvent =
          step === undefined
            ? note(caseId, `client ${index} event ${made}`, AT)
            : { kind: 'step-completed', caseId, at: AT, actor: { role: 'liaison-officer' }, step };
        // A step this client already sees done is not offered to it: a note instead.
        if (!client.record(id, event))
          client.record(id, note(caseId, `client ${index} note ${made}`, AT));
      }
      if (random() < 0.6) await client.flush({ loseAnswer: random() < 0.1 });
    }
    await client.flush();
  };
  await Promise.all(clients.map((client, index) => run(client, index)));

  const final = await call(`${server.url}/api/cases/${caseId}`, { token });
  const records = (final.json as { records: Array<{ id: string }> }).records;
  const storedIds = records.map((record) => record.id);
  const superseded = new Set(clients.flatMap((client) => client.figures.superseded));
  const expected = clients.flatMap((_, index) =>
    Array.from({ length: EVENTS_PER_CLIENT }, (__, n) => `c${index}-${n}`),
  );
  const lost = expected.filter((id) => !superseded.has(id) && !storedIds.includes(id));
  const duplicated = storedIds.length - new Set(storedIds).size;
  const wronglyStored = [...superseded].filter((id) => storedIds.includes(id));
  expect(loadCase((final.json as { log: unknown }).log).ok).toBe(true);
  return {
    seed,
    attempted: expected.length,
    conflicts: clients.reduce((sum, client) => sum + client.figures.conflicts, 0),
    resent: clients.reduce((sum, client) => sum + client.figures.resent, 0),
    superseded: superseded.size,
    stored: storedIds.length - 1, // without the opening
    lost: lost.length,
    duplicated,
    wronglyStored: wronglyStored.length,
  };
}

describe('two clients recording at once', () => {
  it('lose nothing and duplicate nothing, over several seeded interleavings', async () => {
    const figures = [];
    for (const seed of [1, 2, 3, 4, 5]) figures.push(await session(seed));
    console.log(`concurrency figures:\n${figures.map((one) => JSON.stringify(one)).join('\n')}`);
    for (const one of figures) {
      expect(one.lost).toBe(0);
      expect(one.duplicated).toBe(0);
      expect(one.wronglyStored).toBe(0);
      expect(one.stored).toBe(one.attempted - one.superseded);
    }
    // The test means something only if the clients did get in each other's way.
    expect(figures.reduce((sum, one) => sum + one.conflicts, 0)).toBeGreaterThan(10);
    expect(figures.reduce((sum, one) => sum + one.resent, 0)).toBeGreaterThan(0);
  }, 120_000);
});
