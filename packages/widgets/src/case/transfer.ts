import type { Locale } from '@opvang/core/i18n';
import { err, ok, type Result } from '@opvang/core/shared';
import {
  describeCaseError,
  loadCase,
  toEventLog,
  type CaseError,
  type CaseEvent,
  type CaseState,
} from '@opvang/core/step-plan';
import type { CaseDocument, CaseStore, StoreFailure } from '../case-store/types.js';
import { StoreError } from '../case-store/types.js';
import { messages } from './messages.js';

/** Why a log was not imported. */
export type ImportProblem =
  | { readonly kind: 'json' }
  /** `loadCase` refused it: the error names the event and the path. */
  | { readonly kind: 'log'; readonly error: CaseError }
  | { readonly kind: 'other-case'; readonly caseId: string }
  /** The store holds this case with events the log does not have. */
  | { readonly kind: 'differs' }
  | { readonly kind: 'failure'; readonly failure: StoreFailure['kind'] };

/** A store takes at most this many events in one append (the case server's limit). */
const BATCH = 100;

/**
 * The case's event log as the JSON the export writes: the versioned format of `toEventLog`.
 *
 * @example
 * ```ts
 * logText(state); // '{\n  "schemaVersion": 2,\n  "caseId": "demo-testdorp", …'
 * ```
 */
export function logText(state: CaseState): string {
  return `${JSON.stringify(toEventLog(state), null, 2)}\n`;
}

/** Offers the log as a download, `<caseId>.json`, without a server round trip. */
export function downloadLog(state: CaseState, host: ShadowRoot | HTMLElement): void {
  const url = URL.createObjectURL(new Blob([logText(state)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${state.caseId}.json`;
  link.hidden = true;
  host.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 60_000);
}

/**
 * Reads an exported log: JSON, then `loadCase`, which replays every event with `applyEvent`.
 *
 * @example
 * ```ts
 * const read = readLog(await file.text());
 * if (!read.ok) importProblemText(read.error, 'nl');
 * ```
 */
export function readLog(text: string): Result<CaseState, ImportProblem> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return err({ kind: 'json' });
  }
  const loaded = loadCase(parsed);
  return loaded.ok ? ok(loaded.value) : err({ kind: 'log', error: loaded.error });
}

const same = (a: CaseEvent | undefined, b: CaseEvent | undefined): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * Puts an imported case into a store: opens it if the store does not hold it, or appends the
 * events it lacks when what it holds is the start of the log. Anything else is `differs`:
 * an import never rewrites a case.
 *
 * @example
 * ```ts
 * const result = await importInto(store, read.value, await store.read(read.value.caseId));
 * ```
 */
export async function importInto(
  store: CaseStore,
  state: CaseState,
  current: CaseDocument | undefined,
): Promise<Result<CaseDocument, ImportProblem>> {
  const events = state.events;
  try {
    let document = current ?? (await store.open({ id: crypto.randomUUID(), event: events[0] }));
    const held = document.log.events;
    if (held.length > events.length || !held.every((event, index) => same(event, events[index])))
      return err({ kind: 'differs' });
    for (let from = held.length; from < events.length; from += BATCH) {
      const batch = events
        .slice(from, from + BATCH)
        .map((event) => ({ id: crypto.randomUUID(), event }));
      const outcome = await store.append(document.caseId, document.version, batch);
      if (outcome.kind === 'rejected') return err({ kind: 'log', error: outcome.rejection });
      if (outcome.kind === 'conflict') return err({ kind: 'differs' });
      document = outcome.document;
    }
    return ok(document);
  } catch (error) {
    if (error instanceof StoreError) return err({ kind: 'failure', failure: error.failure.kind });
    throw error;
  }
}

/**
 * Imports an exported log's text into a store: read, checked against the case the widget shows
 * (`caseId`, if any), then {@link importInto}.
 *
 * @example
 * ```ts
 * const result = await importLog(store, await file.text(), 'demo-testdorp');
 * ```
 */
export async function importLog(
  store: CaseStore,
  text: string,
  caseId: string | undefined,
): Promise<Result<CaseDocument, ImportProblem>> {
  const read = readLog(text);
  if (!read.ok) return read;
  if (caseId !== undefined && read.value.caseId !== caseId)
    return err({ kind: 'other-case', caseId: read.value.caseId });
  try {
    return await importInto(store, read.value, await store.read(read.value.caseId));
  } catch (error) {
    if (error instanceof StoreError) return err({ kind: 'failure', failure: error.failure.kind });
    throw error;
  }
}

/**
 * Imports the file chosen in a file input with {@link importLog}, then empties the input so
 * the same file can be chosen again; `undefined` when no file (or no store) is there.
 *
 * @example
 * ```ts
 * const result = await importFile(store, event.target as HTMLInputElement, 'demo-testdorp');
 * ```
 */
export async function importFile(
  store: CaseStore | undefined,
  input: HTMLInputElement,
  caseId: string | undefined,
): Promise<Result<CaseDocument, ImportProblem> | undefined> {
  const file = input.files?.[0];
  if (file === undefined || store === undefined) return undefined;
  const result = await importLog(store, await file.text(), caseId);
  input.value = '';
  return result;
}

/**
 * Why the import failed, in the reader's language; a log's error with the event and the path.
 *
 * @example
 * ```ts
 * importProblemText({ kind: 'json' }, 'en'); // 'Not imported: This file is not JSON.'
 * ```
 */
export function importProblemText(problem: ImportProblem, locale: Locale): string {
  const text = messages[locale];
  const reason =
    problem.kind === 'json'
      ? text.notJson
      : problem.kind === 'log'
        ? describeCaseError(problem.error, locale)
        : problem.kind === 'other-case'
          ? text.importOther({ caseId: problem.caseId })
          : problem.kind === 'differs'
            ? text.importDiffers
            : text[problem.failure];
  return `${text.importFailed} ${reason}`;
}
