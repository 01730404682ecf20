import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';
import { isRecord, toBrusselsIso } from '@opvang/core/shared';
import {
  applyEvent,
  EVENT_LOG_VERSION,
  loadCase,
  type CaseError,
  type CaseEvent,
  type EventLog,
} from '@opvang/core/step-plan';
import { openDatabase, type OpenDatabaseOptions } from './database.js';

/** One event as a client submits it; the id (chosen by the client) makes a retry idempotent. */
export interface EventSubmission {
  readonly id: string;
  /** Checked by the store with the core (`loadCase`, `applyEvent`): it may be anything. */
  readonly event: unknown;
}

/** One event as stored, with who recorded it and when (set by the server, not the client). */
export interface StoredEvent {
  readonly id: string;
  readonly event: CaseEvent;
  readonly recordedBy: string;
  /** Brussels ISO 8601 (`toBrusselsIso`). */
  readonly recordedAt: string;
}

/** A case as the API returns it. `version` is the number of events stored for it. */
export interface CaseDocument {
  readonly caseId: string;
  readonly version: number;
  /** From the facts of the opening event; decides who may read the case. */
  readonly municipality: string;
  readonly log: EventLog;
  /** In the order of `log.events`: `log.events[i]` is `records[i].event`. */
  readonly records: readonly StoredEvent[];
}

/** What {@link CaseStore.open} did. */
export type OpenOutcome =
  | { readonly kind: 'opened'; readonly document: CaseDocument }
  /** The same submission (same id) opened this case before: nothing was written. */
  | { readonly kind: 'existing'; readonly document: CaseDocument }
  /** Another submission opened a case with this id: nothing was written. */
  | { readonly kind: 'case-exists'; readonly caseId: string }
  /** The core refused the opening event (`index` is always 0). */
  | { readonly kind: 'rejected'; readonly rejection: CaseError };

/** What {@link CaseStore.append} did; nothing of a batch is stored unless it is `appended`. */
export type AppendOutcome =
  | { readonly kind: 'appended'; readonly document: CaseDocument }
  /** Every event of the batch was stored before (a retry): nothing was written. */
  | { readonly kind: 'unchanged'; readonly document: CaseDocument }
  /** The case is no longer at the expected version: `document` is the current one. */
  | { readonly kind: 'conflict'; readonly document: CaseDocument }
  /** Event `index` of the request names another case. */
  | { readonly kind: 'wrong-case'; readonly index: number; readonly caseId: string }
  /** The core refused event `index` of the request. */
  | { readonly kind: 'rejected'; readonly index: number; readonly rejection: CaseError }
  | { readonly kind: 'unknown-case' };

/** Which cases a list holds: all, or one municipality's. */
export interface CaseFilter {
  readonly municipality?: string;
}

/**
 * The cases, as event logs in SQLite. Every method runs in one transaction, so a reader never
 * sees half a batch, and every event is checked with the core before it is stored.
 */
export interface CaseStore {
  /** The database file. */
  readonly path: string;
  /** How many cases are stored. */
  count(): number;
  /** The cases in the order opened, all or one municipality's. */
  list(filter?: CaseFilter): CaseDocument[];
  /** The list's strong ETag, `"<sum of versions>-<number of cases>"`, without reading any event. */
  listTag(filter?: CaseFilter): string;
  read(caseId: string): CaseDocument | undefined;
  /** The version and municipality of a case without reading its events (for access and 304). */
  head(caseId: string): { readonly version: number; readonly municipality: string } | undefined;
  /** Opens a case from its `case-opened` event. */
  open(submission: EventSubmission, recordedBy: string): OpenOutcome;
  /**
   * Appends events if the case is still at `expectedVersion`, following the contract:
   * ids stored before are dropped first; if none is left the current case is returned,
   * whatever the version; otherwise a wrong version is a conflict, and each event is applied
   * in order with `applyEvent`, the first rejection refusing the whole batch.
   */
  append(
    caseId: string,
    expectedVersion: number | undefined,
    submissions: readonly EventSubmission[],
    recordedBy: string,
  ): AppendOutcome;
  /** Removes a case and its events for good; `false` if there was none. */
  remove(caseId: string): boolean;
  /** A consistent copy of the database into `file`, while it stays in use (SQLite online backup). */
  backup(file: string): Promise<void>;
  close(): void;
}

/** Options of {@link openCaseStore}. */
export interface CaseStoreOptions extends OpenDatabaseOptions {
  /** The clock for `recordedAt`; tests pass their own. */
  readonly now?: () => Date;
}

interface EventRow {
  case_id: string;
  event_id: string;
  event: string;
  recorded_by: string;
  recorded_at: string;
}

interface CaseRow {
  case_id: string;
  municipality: string;
  version: number;
}

/**
 * Opens (or creates) the case database at `path` (see {@link openDatabase}).
 *
 * @example
 * ```ts
 * const store = openCaseStore('data/cases.db');
 * const outcome = store.open({ id: crypto.randomUUID(), event: openingEvent }, 'An Peeters');
 * if (outcome.kind === 'opened') console.log(outcome.document.version); // 1
 * ```
 */
export function openCaseStore(path: string, options: CaseStoreOptions = {}): CaseStore {
  const db = openDatabase(path, options);
  const now = options.now ?? (() => new Date());
  const statements = prepare(db);

  const documentOf = (row: CaseRow, events: readonly EventRow[]): CaseDocument => {
    const records = events.map((event): StoredEvent => ({
      id: event.event_id,
      event: JSON.parse(event.event) as CaseEvent,
      recordedBy: event.recorded_by,
      recordedAt: event.recorded_at,
    }));
    return {
      caseId: row.case_id,
      version: records.length,
      municipality: row.municipality,
      log: {
        schemaVersion: EVENT_LOG_VERSION,
        caseId: row.case_id,
        events: records.map((record) => record.event),
      },
      records,
    };
  };

  const read = (caseId: string): CaseDocument | undefined => {
    const row = statements.caseRow.get(caseId) as CaseRow | undefined;
    if (row === undefined) return undefined;
    return documentOf(row, statements.eventsOf.all(caseId) as EventRow[]);
  };

  const insert = (
    caseId: string,
    version: number,
    submission: EventSubmission,
    event: CaseEvent,
    by: string,
    at: string,
  ) => statements.insertEvent.run(caseId, version, submission.id, JSON.stringify(event), by, at);

  const open = db.transaction((submission: EventSubmission, recordedBy: string): OpenOutcome => {
    const claimed = isRecord(submission.event) ? submission.event['caseId'] : undefined;
    if (typeof claimed === 'string') {
      const existing = read(claimed);
      if (existing !== undefined) {
        return existing.records[0]?.id === submission.id
          ? { kind: 'existing', document: existing }
          : { kind: 'case-exists', caseId: claimed };
      }
    }
    const loaded = loadCase({
      schemaVersion: EVENT_LOG_VERSION,
      caseId: claimed,
      events: [submission.event],
    });
    if (!loaded.ok) return { kind: 'rejected', rejection: loaded.error.cause };
    const state = loaded.value;
    const recordedAt = toBrusselsIso(now());
    statements.insertCase.run(state.caseId, state.facts.municipality, recordedAt);
    // What is stored is the event as the core read it back (defaults filled in, nothing unknown).
    insert(state.caseId, 1, submission, state.events[0], recordedBy, recordedAt);
    const document = read(state.caseId);
    if (document === undefined) throw new Error(`case ${state.caseId} vanished while opening`);
    return { kind: 'opened', document };
  });

  const append = db.transaction(
    (
      caseId: string,
      expectedVersion: number | undefined,
      submissions: readonly EventSubmission[],
      recordedBy: string,
    ): AppendOutcome => {
      const current = read(caseId);
      if (current === undefined) return { kind: 'unknown-case' };
      const stored = new Set(current.records.map((record) => record.id));
      const fresh: Array<{ readonly index: number; readonly submission: EventSubmission }> = [];
      submissions.forEach((submission, index) => {
        if (stored.has(submission.id)) return;
        stored.add(submission.id); // the same id twice in one batch is stored once
        fresh.push({ index, submission });
      });
      if (fresh.length === 0) return { kind: 'unchanged', document: current };
      if (expectedVersion !== current.version) return { kind: 'conflict', document: current };
      const loaded = loadCase(current.log);
      if (!loaded.ok) {
        // Only events the core accepted were stored: a log it refuses now was changed by hand.
        throw new Error(`the stored log of ${caseId} does not load: ${loaded.error.message}`);
      }
      let state = loaded.value;
      const accepted: CaseEvent[] = [];
      for (const { index, submission } of fresh) {
        const named = isRecord(submission.event) ? submission.event['caseId'] : undefined;
        if (typeof named === 'string' && named !== caseId)
          return { kind: 'wrong-case', index, caseId: named };
        const next = applyEvent(state, submission.event as CaseEvent);
        if (!next.ok) return { kind: 'rejected', index, rejection: next.error };
        state = next.value;
        accepted.push(state.events[state.events.length - 1] as CaseEvent);
      }
      const recordedAt = toBrusselsIso(now());
      fresh.forEach(({ submission }, offset) => {
        insert(
          caseId,
          current.version + offset + 1,
          submission,
          accepted[offset] as CaseEvent,
          recordedBy,
          recordedAt,
        );
      });
      statements.setVersion.run(current.version + fresh.length, caseId);
      const document = read(caseId);
      if (document === undefined) throw new Error(`case ${caseId} vanished while appending`);
      return { kind: 'appended', document };
    },
  );

  const municipalityOf = (filter: CaseFilter | undefined): string | null =>
    filter?.municipality ?? null;

  return {
    path,
    count: () => (statements.count.get() as { n: number }).n,
    list(filter) {
      const municipality = municipalityOf(filter);
      return db.transaction(() => {
        const rows = statements.listCases.all(municipality, municipality) as CaseRow[];
        const events = statements.listEvents.all(municipality, municipality) as EventRow[];
        const byCase = new Map<string, EventRow[]>();
        for (const event of events) {
          const list = byCase.get(event.case_id);
          if (list === undefined) byCase.set(event.case_id, [event]);
          else list.push(event);
        }
        return rows.map((row) => documentOf(row, byCase.get(row.case_id) ?? []));
      })();
    },
    listTag(filter) {
      const municipality = municipalityOf(filter);
      const row = statements.listTag.get(municipality, municipality) as { sum: number; n: number };
      return `"${row.sum}-${row.n}"`;
    },
    read,
    head(caseId) {
      const row = statements.caseRow.get(caseId) as CaseRow | undefined;
      return row === undefined
        ? undefined
        : { version: row.version, municipality: row.municipality };
    },
    open: (submission, recordedBy) => open.immediate(submission, recordedBy),
    append: (caseId, expectedVersion, submissions, recordedBy) =>
      append.immediate(caseId, expectedVersion, submissions, recordedBy),
    remove: (caseId) => statements.removeCase.run(caseId).changes > 0,
    async backup(file) {
      mkdirSync(dirname(file), { recursive: true });
      await db.backup(file);
    },
    close() {
      if (db.open) db.close();
    },
  };
}

function prepare(db: Database.Database) {
  const inMunicipality = '(? IS NULL OR municipality = ?)';
  return {
    count: db.prepare('SELECT count(*) AS n FROM cases'),
    caseRow: db.prepare('SELECT case_id, municipality, version FROM cases WHERE case_id = ?'),
    eventsOf: db.prepare(
      'SELECT case_id, event_id, event, recorded_by, recorded_at FROM events WHERE case_id = ? ORDER BY seq',
    ),
    listCases: db.prepare(
      `SELECT case_id, municipality, version FROM cases WHERE ${inMunicipality} ORDER BY created_at, rowid`,
    ),
    listEvents: db.prepare(
      `SELECT case_id, event_id, event, recorded_by, recorded_at FROM events
       WHERE case_id IN (SELECT case_id FROM cases WHERE ${inMunicipality}) ORDER BY case_id, seq`,
    ),
    listTag: db.prepare(
      `SELECT coalesce(sum(version), 0) AS sum, count(*) AS n FROM cases WHERE ${inMunicipality}`,
    ),
    insertCase: db.prepare(
      'INSERT INTO cases (case_id, municipality, created_at, version) VALUES (?, ?, ?, 1)',
    ),
    insertEvent: db.prepare(
      'INSERT INTO events (case_id, seq, event_id, event, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    setVersion: db.prepare('UPDATE cases SET version = ? WHERE case_id = ?'),
    removeCase: db.prepare('DELETE FROM cases WHERE case_id = ?'),
  };
}
