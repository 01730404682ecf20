import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/** A step in the database's history: applied once, in order, and recorded in `schema_migrations`. */
export interface Migration {
  /** 1, 2, 3…: the position in {@link migrations}. */
  readonly version: number;
  /** What it does, in a few words; stored with it. */
  readonly name: string;
  readonly sql: string;
}

/**
 * The database's schema as its history. A released migration is never edited: a change is a
 * new one at the end, so that every database, however old, reaches the same schema.
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'cases and their events',
    sql: `
      CREATE TABLE cases (
        case_id TEXT PRIMARY KEY NOT NULL,
        municipality TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE events (
        case_id TEXT NOT NULL REFERENCES cases (case_id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        event_id TEXT NOT NULL,
        event TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        PRIMARY KEY (case_id, seq),
        UNIQUE (case_id, event_id)
      ) STRICT;
    `,
  },
  {
    // The list's ETag sums the versions of every case a reader may see, on every poll: kept
    // in the row instead of counted from the events each time.
    version: 2,
    name: 'version per case, index by municipality',
    sql: `
      ALTER TABLE cases ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
      UPDATE cases SET version = (SELECT count(*) FROM events WHERE events.case_id = cases.case_id);
      CREATE INDEX cases_by_municipality ON cases (municipality);
    `,
  },
];

/** The schema version this code writes: the last migration's. */
export const SCHEMA_VERSION = migrations.length;

/** How {@link openDatabase} opens the file. */
export interface OpenDatabaseOptions {
  /** Migrate up to this version only (tests make old databases with it). Default {@link SCHEMA_VERSION}. */
  readonly migrateTo?: number;
}

/**
 * Opens (or creates) the database file with its folders, sets it up for durability and brings
 * its schema up to date.
 *
 * - `journal_mode = WAL`: readers never wait for the writer, and a crash leaves the last
 *   committed transaction in the write-ahead log, replayed on the next open;
 * - `synchronous = FULL`: each commit is on disk (fsync'ed) before the call returns, so an
 *   answer the server sends after a commit is never lost by a power cut or `kill -9`;
 * - `foreign_keys = ON`, and `busy_timeout` 5 s so that a command (`backup`, `case delete`)
 *   run while the server writes waits instead of failing.
 *
 * @throws when the file was written by a newer version of this code (a schema version it does
 *   not know): it is never downgraded or touched.
 *
 * @example
 * ```ts
 * const db = openDatabase('data/cases.db');
 * db.prepare('SELECT count(*) AS n FROM cases').get(); // { n: 0 }
 * ```
 */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): Database.Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, options.migrateTo ?? SCHEMA_VERSION);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** The schema version of an open database: the highest migration recorded, 0 for a new file. */
export function schemaVersion(db: Database.Database): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  ) STRICT`);
  const row = db.prepare('SELECT max(version) AS version FROM schema_migrations').get() as {
    version: number | null;
  };
  return row.version ?? 0;
}

function migrate(db: Database.Database, target: number): void {
  // IMMEDIATE: two processes opening one old file at once migrate it once, one after the other.
  db.transaction(() => {
    const current = schemaVersion(db);
    if (current > SCHEMA_VERSION) {
      throw new Error(
        `the database is at schema version ${current}, newer than this case server knows (${SCHEMA_VERSION}); use a newer version of the server`,
      );
    }
    const record = db.prepare(
      'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
    );
    for (const migration of migrations) {
      if (migration.version <= current || migration.version > target) continue;
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    }
  }).immediate();
}
