import type { CaseError, CaseEvent, EventLog } from '@opvang/core/step-plan';

/** One event as a client submits it: the id makes a retried append idempotent. */
export interface EventSubmission {
  readonly id: string;
  readonly event: CaseEvent;
}

/** One event as stored, with who recorded it and when (set by the store, not the client). */
export interface StoredEvent extends EventSubmission {
  readonly recordedBy: string;
  readonly recordedAt: string;
}

/** A case as a store holds it. `version` is the number of events. */
export interface CaseDocument {
  readonly caseId: string;
  readonly version: number;
  readonly municipality: string;
  readonly log: EventLog;
  readonly records: readonly StoredEvent[];
}

/** What an append came to. */
export type AppendOutcome =
  | { readonly kind: 'appended'; readonly document: CaseDocument }
  /** Someone else appended first: `document` is the current case; nothing was stored. */
  | { readonly kind: 'conflict'; readonly document: CaseDocument }
  /** The store's check (applyEvent) refused event `index`; nothing was stored. */
  | { readonly kind: 'rejected'; readonly index: number; readonly rejection: CaseError };
// (show it with describeCaseError(rejection, locale) from the core)

/** Why a store could not answer; the pending queue keeps events on `unavailable`. */
export type StoreFailure =
  | { readonly kind: 'unavailable'; readonly message: string } // network down, 5xx: retry later
  | { readonly kind: 'unauthenticated'; readonly message: string } // 401: ask for a token
  | { readonly kind: 'forbidden'; readonly message: string } // 403
  | { readonly kind: 'not-found'; readonly message: string }
  | { readonly kind: 'invalid'; readonly message: string }; // 4xx with a Problem body

/** Thrown (as an Error subclass) by every store method that cannot answer. */
export class StoreError extends Error {
  constructor(readonly failure: StoreFailure) {
    super(failure.message);
    this.name = 'StoreError';
  }
}

/** Where cases live: the case server (HttpCaseStore) or this browser (LocalCaseStore, IndexedDB). */
export interface CaseStore {
  /** Every case this user may read. */
  list(signal?: AbortSignal): Promise<readonly CaseDocument[]>;
  read(caseId: string, signal?: AbortSignal): Promise<CaseDocument | undefined>;
  /** Opens a case from its `case-opened` event. */
  open(submission: EventSubmission): Promise<CaseDocument>;
  /** Appends events if the case is still at `expectedVersion` (see AppendOutcome). */
  append(caseId: string, expectedVersion: number, events: readonly EventSubmission[]): Promise<AppendOutcome>;
  /** Calls `listener` when the case (or, without caseId, the list) changed elsewhere; returns unsubscribe. */
  subscribe(caseId: string | undefined, listener: () => void): () => void;
}
