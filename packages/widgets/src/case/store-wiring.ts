import { createHttpStore, LocalCaseStore, mustSignIn, StoreError } from '../case-store/index.js';
import type { CaseStore } from '../case-store/types.js';

/** The element's properties that choose its store. */
export interface StoreWiring {
  readonly caseStore: CaseStore | undefined;
  readonly store: string | undefined;
  readonly token: string | undefined;
  readonly person: string | undefined;
  readonly credentials: string | undefined;
}

/** Whether a store keeps what it holds only in this page's memory (see LocalCaseStore.volatile). */
export const isVolatile = (store: CaseStore | undefined): boolean =>
  store !== undefined && 'volatile' in store && store.volatile === true;

const validUrl = (text: string): boolean =>
  URL.canParse(text) && ['http:', 'https:'].includes(new URL(text).protocol);

/**
 * The store a case widget uses: its own `caseStore`, else the case server at `store` (an
 * http(s) URL, else `invalid`), else this browser's IndexedDB for `person`.
 *
 * @throws `StoreError` from the HTTP store's factory when it cannot be made, and an
 *   `unauthenticated` one, before any request, while there is no token nor single sign-on
 *   (the server could only answer 401; see `mustSignIn`): the widget shows its sign-in form.
 *
 * @example
 * ```ts
 * storeFor({ caseStore: undefined, store: undefined, token: undefined, person: 'An', credentials: undefined });
 * // a LocalCaseStore recording as 'An'
 * ```
 */
export function storeFor(wiring: StoreWiring): CaseStore | 'invalid' {
  if (wiring.caseStore !== undefined) return wiring.caseStore;
  if (wiring.store === undefined) return new LocalCaseStore({ recordedBy: wiring.person ?? '' });
  if (!validUrl(wiring.store)) return 'invalid';
  if (mustSignIn(wiring))
    throw new StoreError({ kind: 'unauthenticated', message: 'no token yet: sign in first' });
  return createHttpStore({
    baseUrl: wiring.store,
    ...(wiring.token === undefined ? {} : { token: wiring.token }),
    credentials: wiring.credentials === 'include' ? 'include' : 'omit',
  });
}

/**
 * Lets go of a store the widget made itself (`storeFor` without `caseStore`): its database
 * connection and channel close. A store given as `caseStore` belongs to the page and is left open.
 *
 * @example
 * ```ts
 * release(previous, element.caseStore);
 * ```
 */
export function release(store: CaseStore | undefined, given: CaseStore | undefined): void {
  if (store === undefined || store === given || !('close' in store)) return;
  const close: unknown = store.close;
  if (typeof close === 'function') void (close as () => Promise<void>).call(store);
}
