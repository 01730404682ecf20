import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { loadCase } from '@opvang/core/step-plan';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations, openDatabase, schemaVersion, SCHEMA_VERSION } from './database.js';
import { openCaseStore, type CaseStore } from './store.js';
import { announced, completed, note, offered, openingEvent } from './test-support/events.js';

let directory: string;
let store: CaseStore | undefined;
const file = () => join(directory, 'nested', 'cases.db');
const now = () => new Date('2026-11-04T12:00:00Z');

function opened(caseId = 'c-1', municipality = 'Demodorp'): CaseStore {
  store ??= openCaseStore(file(), { now });
  const outcome = store.open(
    { id: `${caseId}-open`, event: openingEvent(caseId, municipality) },
    'An',
  );
  expect(outcome.kind).toBe('opened');
  return store;
}

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'opvang-case-store-'));
});
afterEach(async () => {
  store?.close();
  store = undefined;
  await rm(directory, { recursive: true, force: true });
});

describe('the database', () => {
  it('is in WAL mode with synchronous=FULL, at the latest schema version', () => {
    const db = openDatabase(file());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    const applied = db
      .prepare('SELECT version, name FROM schema_migrations ORDER BY version')
      .all();
    expect(applied).toEqual(migrations.map(({ version, name }) => ({ version, name })));
    db.close();
  });

  it('migrates a database written at version 1, keeping its cases and counting their versions', () => {
    const old = openDatabase(file(), { migrateTo: 1 });
    expect(schemaVersion(old)).toBe(1);
    old
      .prepare(
        "INSERT INTO cases (case_id, municipality, created_at) VALUES ('old-1', 'Demodorp', 'x')",
      )
      .run();
    const insert = old.prepare(
      "INSERT INTO events (case_id, seq, event_id, event, recorded_by, recorded_at) VALUES ('old-1', ?, ?, ?, 'An', 'x')",
    );
    insert.run(1, 'e1', JSON.stringify(openingEvent('old-1')));
    insert.run(2, 'e2', JSON.stringify(note('old-1', 'from version 1')));
    old.close();

    store = openCaseStore(file());
    expect(store.head('old-1')).toEqual({ version: 2, municipality: 'Demodorp' });
    expect(store.listTag()).toBe('"2-1"');
    const document = store.read('old-1');
    expect(document?.version).toBe(2);
    expect(loadCase(document?.log).ok).toBe(true);
    store.close();
    const db = new Database(file());
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    db.close();
  });

  // Events of event-log version 1, as the server stored them before version 2: the demo cases
  // this server seeded at commit bcb9262 (kept in the core's tests of the migration).
  it('keeps loading cases stored before event-log version 2, and takes the new events on them', () => {
    const folder = new URL('../../core/src/step-plan/test-support/v1-logs/', import.meta.url);
    const logs = readdirSync(folder)
      .filter((name) => name.startsWith('demo-'))
      .map(
        (name) =>
          JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as {
            schemaVersion: number;
            caseId: string;
            events: { facts?: { municipality: string } }[];
          },
      );
    expect(logs).toHaveLength(5);
    const old = openDatabase(file());
    for (const log of logs) {
      expect(log.schemaVersion).toBe(1);
      const municipality = log.events[0]?.facts?.municipality ?? '';
      old
        .prepare(
          'INSERT INTO cases (case_id, municipality, created_at, version) VALUES (?, ?, ?, ?)',
        )
        .run(log.caseId, municipality, 'x', log.events.length);
      log.events.forEach((event, index) =>
        old
          .prepare(
            "INSERT INTO events (case_id, seq, event_id, event, recorded_by, recorded_at) VALUES (?, ?, ?, ?, 'demo', 'x')",
          )
          .run(log.caseId, index + 1, `${log.caseId}-${index + 1}`, JSON.stringify(event)),
      );
    }
    old.close();

    store = openCaseStore(file());
    for (const log of logs) {
      const document = store.read(log.caseId);
      expect(document?.log).toEqual({ ...log, schemaVersion: 2 });
      expect(loadCase(document?.log).ok).toBe(true);
    }
    const { caseId, events } = logs[2] ?? { caseId: '', events: [] };
    const later = '2030-01-01T10:00';
    const appended = store.append(
      caseId,
      events.length,
      [
        { id: 'announced', event: announced(caseId, later) },
        { id: 'offered', event: offered(caseId, ['buddy-scheme'], later) },
      ],
      'An',
    );
    expect(appended.kind).toBe('appended');
    const after = loadCase(store.read(caseId)?.log);
    expect(after.ok && [after.value.announcedAt, after.value.supportOffered]).toEqual([
      later,
      ['buddy-scheme'],
    ]);
  });

  it('refuses a database from a newer version, and leaves it alone', () => {
    const db = openDatabase(file());
    db.prepare("INSERT INTO schema_migrations VALUES (99, 'from the future', 'x')").run();
    db.close();
    expect(() => openDatabase(file())).toThrow(
      /schema version 99, newer than this case server knows/,
    );
  });
});

describe('the case store', () => {
  it('opens a case as version 1, with who and when', () => {
    const document = opened().read('c-1');
    expect(document).toMatchObject({ caseId: 'c-1', version: 1, municipality: 'Demodorp' });
    expect(document?.records).toEqual([
      {
        id: 'c-1-open',
        event: openingEvent('c-1'),
        recordedBy: 'An',
        recordedAt: '2026-11-04T13:00:00.000+01:00',
      },
    ]);
    expect(document?.log.events[0]).toEqual(document?.records[0]?.event);
  });

  it('answers a retried opening with the case, and another opening of the same id with case-exists', () => {
    const cases = opened();
    expect(cases.open({ id: 'c-1-open', event: openingEvent('c-1') }, 'An').kind).toBe('existing');
    expect(cases.open({ id: 'other', event: openingEvent('c-1') }, 'An')).toEqual({
      kind: 'case-exists',
      caseId: 'c-1',
    });
  });

  it('refuses a broken opening event with the core error, storing nothing', () => {
    store = openCaseStore(file());
    const broken = { ...openingEvent('c-2'), facts: { ...openingEvent('c-2'), capacity: -1 } };
    const outcome = store.open({ id: 'x', event: broken }, 'An');
    expect(outcome.kind).toBe('rejected');
    expect(store.count()).toBe(0);
  });

  it('appends in order, drops ids stored before, and stores the same id in one batch once', () => {
    const cases = opened();
    const first = cases.append('c-1', 1, [{ id: 'n1', event: note('c-1', 'one') }], 'An');
    expect(first.kind).toBe('appended');
    const again = cases.append(
      'c-1',
      2,
      [
        { id: 'n1', event: note('c-1', 'one') },
        { id: 'n2', event: note('c-1', 'two') },
        { id: 'n2', event: note('c-1', 'two') },
      ],
      'Bo',
    );
    expect(again.kind).toBe('appended');
    const document = cases.read('c-1');
    expect(document?.records.map((record) => [record.id, record.recordedBy])).toEqual([
      ['c-1-open', 'An'],
      ['n1', 'An'],
      ['n2', 'Bo'],
    ]);
    expect(cases.head('c-1')?.version).toBe(3);
  });

  it('answers a batch stored before with the case, whatever the expected version', () => {
    const cases = opened();
    cases.append('c-1', 1, [{ id: 'n1', event: note('c-1', 'one') }], 'An');
    expect(cases.append('c-1', 1, [{ id: 'n1', event: note('c-1', 'one') }], 'An').kind).toBe(
      'unchanged',
    );
    expect(cases.append('c-1', undefined, [{ id: 'n1', event: note('c-1', 'x') }], 'An').kind).toBe(
      'unchanged',
    );
  });

  it('refuses a stale version with the current case', () => {
    const cases = opened();
    cases.append('c-1', 1, [{ id: 'n1', event: note('c-1', 'one') }], 'An');
    const outcome = cases.append('c-1', 1, [{ id: 'n2', event: note('c-1', 'two') }], 'Bo');
    expect(outcome.kind).toBe('conflict');
    expect(outcome.kind === 'conflict' && outcome.document.version).toBe(2);
  });

  it('refuses the whole batch at its first rejected event, and an event of another case', () => {
    const cases = opened();
    const rejected = cases.append(
      'c-1',
      1,
      [
        { id: 'n1', event: note('c-1', 'fine') },
        { id: 'd', event: completed('c-1', 'D.d') },
      ],
      'An',
    );
    expect(rejected).toMatchObject({
      kind: 'rejected',
      index: 1,
      rejection: { kind: 'event-rejected', code: 'dependencies-not-done' },
    });
    expect(cases.append('c-1', 1, [{ id: 'o', event: note('c-9', 'x') }], 'An')).toEqual({
      kind: 'wrong-case',
      index: 0,
      caseId: 'c-9',
    });
    expect(cases.head('c-1')?.version).toBe(1);
    expect(cases.append('nope', 1, [{ id: 'o', event: note('nope', 'x') }], 'An').kind).toBe(
      'unknown-case',
    );
  });

  it('refuses support naming an item that is not in the catalogue, with the core error', () => {
    const cases = opened();
    expect(
      cases.append('c-1', 1, [{ id: 'o', event: offered('c-1', ['free-lunch']) }], 'An'),
    ).toMatchObject({
      kind: 'rejected',
      index: 0,
      rejection: {
        code: 'unknown-catalogue-item',
        event: 'support-offered',
        items: ['free-lunch'],
      },
    });
    expect(cases.head('c-1')?.version).toBe(1);
  });

  it('lists all cases or one municipality’s, with a tag that changes with every write', () => {
    const cases = opened('c-1', 'Demodorp');
    opened('c-2', 'Voorbeeldgem');
    expect(cases.list().map((one) => one.caseId)).toEqual(['c-1', 'c-2']);
    expect(cases.list({ municipality: 'Voorbeeldgem' }).map((one) => one.caseId)).toEqual(['c-2']);
    const before = cases.listTag();
    cases.append('c-2', 1, [{ id: 'n', event: note('c-2', 'x') }], 'An');
    expect(cases.listTag()).not.toBe(before);
    expect(cases.listTag({ municipality: 'Demodorp' })).toBe('"1-1"');
    expect(cases.listTag({ municipality: 'Nowhere' })).toBe('"0-0"');
  });

  it('removes a case with its events', () => {
    const cases = opened();
    expect(cases.remove('c-1')).toBe(true);
    expect(cases.remove('c-1')).toBe(false);
    expect(cases.read('c-1')).toBeUndefined();
    expect(cases.open({ id: 'again', event: openingEvent('c-1') }, 'An').kind).toBe('opened');
  });

  it('backs up to a database that opens and holds the same logs', async () => {
    const cases = opened('c-1');
    opened('c-2', 'Voorbeeldgem');
    cases.append('c-1', 1, [{ id: 'n', event: note('c-1', 'backed up') }], 'An');
    const copy = join(directory, 'backup.db');
    await cases.backup(copy);
    const restored = openCaseStore(copy);
    expect(restored.list()).toEqual(cases.list());
    for (const document of restored.list()) expect(loadCase(document.log).ok).toBe(true);
    restored.close();
  });
});
