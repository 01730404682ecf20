// Durability: a burst of appends, `kill -9` in the middle of it, a restart. Every event the
// server acknowledged (200) is there, nothing is there twice, and every log loads.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCase } from '@opvang/core/step-plan';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCaseStore, type CaseDocument } from './store.js';
import { note, openingEvent } from './test-support/events.js';
import { call } from './test-support/http.js';
import { createToken, runCli, startServerProcess } from './test-support/process.js';

let directory: string;
let token: string;
const WRITERS = 4;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'opvang-case-durability-'));
  token = createToken(directory, ['--name', 'Officer', '--role', 'officer']).token;
}, 30_000);

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('after kill -9 during a burst of appends', () => {
  it('keeps every acknowledged event, once, in logs that load', async () => {
    const server = await startServerProcess(['--data', directory]);
    const api = `${server.url}/api`;
    const caseIds = Array.from({ length: WRITERS }, (_, index) => `burst-${index}`);
    for (const caseId of caseIds) {
      const opened = await call(`${api}/cases`, {
        method: 'POST',
        token,
        body: { id: `${caseId}-open`, event: openingEvent(caseId) },
      });
      expect(opened.status).toBe(201);
    }
    const acknowledged = new Set<string>();
    const sent = new Set<string>();
    let failed = 0;
    let stop = false;
    // One writer per case, each appending batches of 1–3 notes as fast as it is answered.
    const writer = async (caseId: string) => {
      let version = 1;
      for (let n = 0; !stop; n += 1) {
        const events = Array.from({ length: 1 + (n % 3) }, (_, i) => ({
          id: `${caseId}-${n}-${i}`,
          event: note(caseId, `burst ${n}.${i}`),
        }));
        for (const { id } of events) sent.add(id);
        try {
          const answer = await call(`${api}/cases/${caseId}/events`, {
            method: 'POST',
            token,
            headers: { 'if-match': `"${version}"` },
            body: { events },
          });
          if (answer.status !== 200) throw new Error(`append: ${answer.status} ${answer.text}`);
          for (const { id } of events) acknowledged.add(id);
          version = (answer.json as CaseDocument).version;
        } catch (error) {
          if (!stop) throw error;
          failed += 1; // in flight when the server died
          return;
        }
      }
    };
    let broken: unknown;
    const writing = Promise.all(caseIds.map((caseId) => writer(caseId))).catch((error: unknown) => {
      broken = error;
    });
    while (acknowledged.size < 300 && broken === undefined)
      await new Promise((resolve) => setTimeout(resolve, 5));
    stop = true;
    await server.kill();
    await writing;
    expect(broken).toBeUndefined(); // every append before the kill was answered 200

    const restarted = await startServerProcess(['--data', directory]);
    try {
      let stored = 0;
      let duplicated = 0;
      for (const caseId of caseIds) {
        const answer = await call(`${restarted.url}/api/cases/${caseId}`, { token });
        expect(answer.status).toBe(200);
        const document = answer.json as CaseDocument;
        expect(loadCase(document.log).ok).toBe(true);
        const ids = document.records.slice(1).map((record) => record.id);
        stored += ids.length;
        duplicated += ids.length - new Set(ids).size;
        for (const id of ids) expect(sent.has(id)).toBe(true);
        for (const id of acknowledged) if (id.startsWith(`${caseId}-`)) expect(ids).toContain(id);
      }
      const figures = {
        acknowledged: acknowledged.size,
        sent: sent.size,
        inFlightAtKill: failed,
        storedAfterRestart: stored,
        duplicated,
      };
      console.log(`durability figures: ${JSON.stringify(figures)}`);
      expect(duplicated).toBe(0);
      expect(stored).toBeGreaterThanOrEqual(acknowledged.size);
    } finally {
      await restarted.stop();
    }
  }, 120_000);

  it('backs up, while the server runs, to a database that holds the same logs', async () => {
    const server = await startServerProcess(['--data', directory]);
    try {
      const copy = join(directory, 'backup', 'cases-copy.db');
      const backup = runCli(['backup', copy, '--data', directory]);
      expect(backup.code).toBe(0);
      expect(backup.stdout).toContain(`backup of ${WRITERS} cases written to ${copy}`);
      const live = await call(`${server.url}/api/cases`, { token });
      const restored = openCaseStore(copy);
      try {
        expect({ cases: restored.list() }).toEqual(live.json);
      } finally {
        restored.close();
      }
    } finally {
      await server.stop();
    }
  }, 60_000);
});
