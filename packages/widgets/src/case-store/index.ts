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
export { HttpCaseStore, type HttpCaseStoreOptions } from './http-store.js';
export { mustSignIn, type SignInWiring } from './sign-in.js';
import { HttpCaseStore, type HttpCaseStoreOptions } from './http-store.js';
import type { CaseStore } from './types.js';

/** How a widget reaches the case server: its API base URL, and how it signs in. */
export type HttpStoreOptions = Pick<HttpCaseStoreOptions, 'baseUrl' | 'token' | 'credentials'>;

/**
 * The store for a widget's `store` attribute: the case server at `baseUrl`, through
 * {@link HttpCaseStore} (the token in memory only, requests to that origin only).
 *
 * @example
 * ```ts
 * const store = createHttpStore({ baseUrl: 'http://127.0.0.1:8788/api', token });
 * ```
 */
export function createHttpStore(options: HttpStoreOptions): CaseStore {
  return new HttpCaseStore(options);
}
