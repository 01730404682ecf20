/**
 * Where cases live, for the case widgets: the store interface (types.ts, the case API contract),
 * the browser's own store ({@link LocalCaseStore}, IndexedDB) and the case server's.
 *
 * @packageDocumentation
 */
export * from './types.js';
export {
  LocalCaseStore,
  LOCAL_DATABASE,
  LOCAL_DATABASE_VERSION,
  type LocalCaseStoreOptions,
} from './local-store.js';
import { StoreError, type CaseStore } from './types.js';

/** How a widget reaches the case server: its API base URL, and how it signs in. */
export interface HttpStoreOptions {
  /** The API's base URL, e.g. `http://127.0.0.1:8788/api`. */
  readonly baseUrl: string;
  /** A bearer token, held in memory only. */
  readonly token?: string;
  /** `include` behind a single sign-on proxy; otherwise requests carry no cookies (`omit`). */
  readonly credentials?: 'include' | 'omit';
}

/**
 * The store for a widget's `store` attribute: the case server at `baseUrl`.
 *
 * @throws {@link StoreError} `unavailable` in this version, which has no HTTP store yet
 *   (`http-store.ts` is built beside it; this factory is where it is plugged in).
 *
 * @example
 * ```ts
 * const store = createHttpStore({ baseUrl: 'http://127.0.0.1:8788/api', token });
 * ```
 */
export function createHttpStore(options: HttpStoreOptions): CaseStore {
  throw new StoreError({
    kind: 'unavailable',
    message: `this build has no HTTP case store: cannot reach ${options.baseUrl}`,
  });
}
