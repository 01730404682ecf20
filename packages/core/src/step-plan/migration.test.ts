import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyEvent } from './case.js';
import { EVENT_LOG_VERSION, loadCase, migrateEventLog, toEventLog } from './storage.js';

// Logs as version 1 wrote them: the case server's five demo cases and a case with a
// working-day policy, a skipped step and a period, written by the code before version 2
// (packages/core and packages/case-server at commit bcb9262), not made up for the test.
const folder = join(dirname(fileURLToPath(import.meta.url)), 'test-support', 'v1-logs');
const v1Logs = readdirSync(folder)
  .filter((file) => file.endsWith('.json'))
  .map((file) => [file, JSON.parse(readFileSync(join(folder, file), 'utf8')) as unknown] as const);

const eventsOf = (log: unknown) => (log as { events: unknown[] }).events;

describe('migrating version-1 logs', () => {
  it('has the real logs to test on', () => {
    expect(v1Logs.length).toBeGreaterThanOrEqual(6);
    for (const [, log] of v1Logs) expect((log as { schemaVersion: unknown }).schemaVersion).toBe(1);
  });

  it.each(v1Logs)('%s becomes version 2 with its events untouched', (_, log) => {
    const migrated = migrateEventLog(log);
    expect(migrated.ok).toBe(true);
    if (!migrated.ok) return;
    expect(migrated.value.schemaVersion).toBe(EVENT_LOG_VERSION);
    expect(migrated.value.events).toEqual(eventsOf(log));
    // Pure: the stored log is not changed.
    expect((log as { schemaVersion: number }).schemaVersion).toBe(1);
  });

  it.each(v1Logs)('%s loads, has no version-2 facts, and is saved as version 2', (_, log) => {
    const loaded = loadCase(log);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const state = loaded.value;
    expect(state.events).toEqual(eventsOf(log));
    expect(state.announcedAt).toBeUndefined();
    expect(state.involvement).toBeUndefined();
    expect(state.supportOffered).toEqual([]);
    expect(state.supportDelivered).toEqual([]);
    const saved = JSON.parse(JSON.stringify(toEventLog(state))) as unknown;
    expect((saved as { schemaVersion: number }).schemaVersion).toBe(2);
    const again = loadCase(saved);
    expect(again.ok && again.value).toEqual(state);
  });

  it('takes the new events once migrated', () => {
    const [, log] = v1Logs.find(([file]) => file === 'demo-proefstad.json') ?? [];
    const loaded = loadCase(log);
    if (!loaded.ok) throw new Error(loaded.error.message);
    const last = loaded.value.events[loaded.value.events.length - 1];
    const next = applyEvent(loaded.value, {
      kind: 'support-offered',
      caseId: 'demo-proefstad',
      at: last?.at ?? '',
      actor: { role: 'liaison-officer' },
      items: ['buddy-scheme'],
    });
    expect(next.ok && next.value.supportOffered).toEqual(['buddy-scheme']);
  });

  it('refuses an event of version 2 in a log that says version 1, naming its index', () => {
    const [, log] = v1Logs[0] ?? [];
    const events = eventsOf(log);
    const first = events[0] as { caseId: string; at: string };
    const tampered = {
      ...(log as object),
      events: [
        ...events,
        {
          kind: 'opening-announced',
          caseId: first.caseId,
          at: '2030-01-01T10:00',
          actor: { role: 'liaison-officer' },
        },
      ],
    };
    const migrated = migrateEventLog(tampered);
    expect(migrated.ok).toBe(false);
    if (migrated.ok) return;
    expect(migrated.error.eventIndex).toBe(events.length);
    expect(migrated.error.message).toContain('opening-announced');
    expect(migrated.error.message).toContain('version 1');
    expect(loadCase(tampered).ok).toBe(false);
  });

  it('refuses a newer version, saying so, and an unknown one', () => {
    const [, log] = v1Logs[0] ?? [];
    for (const version of [3, 4, 99]) {
      const result = migrateEventLog({ ...(log as object), schemaVersion: version });
      expect(result.ok || result.error.message).toMatch(/schemaVersion.*newer format version/);
    }
    for (const version of [0, -1, '1', null, undefined, 1.5]) {
      const result = loadCase({ ...(log as object), schemaVersion: version });
      expect(result.ok || result.error.message).toMatch(/schemaVersion.*unknown format version/);
    }
  });

  it('returns a current log as it is, and leaves broken events to loadCase', () => {
    const [, log] = v1Logs[0] ?? [];
    const current = { ...(log as object), schemaVersion: 2 };
    const migrated = migrateEventLog(current);
    expect(migrated.ok && migrated.value).toBe(current);
    const broken = { ...(log as object), events: [...eventsOf(log), { kind: 'step-started' }] };
    expect(migrateEventLog(broken).ok).toBe(true);
    const loaded = loadCase(broken);
    expect(loaded.ok || loaded.error.eventIndex).toBe(eventsOf(log).length);
  });
});
