import {
  html,
  type PropertyValues,
  type ReactiveController,
  type ReactiveElement,
  type TemplateResult,
} from 'lit';
import { HttpCaseStore } from './http-store.js';
import { mustSignIn } from './sign-in.js';
import { StoreError, type CaseDocument, type CaseStore, type StoreFailure } from './types.js';

/** After the store was unreachable, the list is asked for again this often. */
const RETRY_MS = 10_000;

/** The properties of a list widget that say where its cases come from. */
export interface CaseListWiring {
  /** Any `CaseStore`; takes precedence over `store`. */
  readonly caseStore: CaseStore | undefined;
  /** The case server's API URL. */
  readonly store: string | undefined;
  /** The bearer token for `store`; the sign-in form sets it. */
  token: string | undefined;
  /** `include` behind a single sign-on proxy; otherwise requests carry no cookies. */
  readonly credentials: string | undefined;
}

/**
 * Where the list stands: `none` without any store, `ready` too when the widget has its cases
 * from elsewhere, `bad-store` when `store` is no store URL.
 */
export type CaseListPhase =
  | { readonly kind: 'none' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready' }
  | { readonly kind: 'bad-store' }
  | { readonly kind: 'failed'; readonly failure: StoreFailure };

/** What a {@link CaseListController} is told by its widget. */
export interface CaseListOptions {
  /** Where the cases come from now; `undefined` when the widget has them from elsewhere. */
  readonly wiring: () => CaseListWiring | undefined;
  /** The store without `caseStore` and `store` (this browser's); without it, the phase is `none`. */
  readonly fallback?: () => CaseStore & { close(): Promise<void> };
  /** Takes the documents of each list read, and `[]` when the store changed. */
  readonly read: (documents: readonly CaseDocument[]) => void;
  /** Logs a problem once (the widget's `reportOnce`). */
  readonly report: (problem: string) => void;
}

/**
 * The case list of `<opvang-cases>` and `<opvang-report>`: from the `caseStore` property, else
 * the case server at `store` (an `HttpCaseStore` with `token` and `credentials`), else the
 * widget's fallback. It reads the list when the widget connects, follows changes made elsewhere
 * (`subscribe`), asks again every 10 s and when the browser comes online while the store is
 * unreachable, and shows a sign-in after a `401`. With its own store, no token and no
 * `credentials="include"`, it knows the server would answer `401`: it asks nothing (no
 * request, no poll) and shows the sign-in at once; the token, set by the page or the form,
 * starts the reading. The widget calls {@link sync} from `willUpdate`.
 *
 * @example
 * ```ts
 * readonly #list = new CaseListController(this, {
 *   wiring: () => this,
 *   read: (documents) => this.#show(documents),
 *   report: (problem) => this.reportOnce(problem),
 * });
 * willUpdate(changed) { this.#list.sync(changed); }
 * render() { return this.#list.asksSignIn ? this.#list.signInForm(messages[this.locale]) : …; }
 * ```
 */
export class CaseListController implements ReactiveController {
  /** Where the list stands, for `render`. */
  phase: CaseListPhase = { kind: 'loading' };

  readonly #host: ReactiveElement;
  readonly #options: CaseListOptions;
  #active: CaseStore | undefined;
  #own: HttpCaseStore | undefined;
  #fallback: { close(): Promise<void> } | undefined;
  #abort: AbortController | undefined;
  #unsubscribe: (() => void) | undefined;
  #retry: ReturnType<typeof setTimeout> | undefined;
  readonly #online = (): void => this.#start();

  constructor(host: ReactiveElement, options: CaseListOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Whether the widget shows its sign-in form: its own store was refused (`401`) or has no token. */
  get asksSignIn(): boolean {
    const phase = this.phase;
    return (
      phase.kind === 'failed' && phase.failure.kind === 'unauthenticated' && this.#own !== undefined
    );
  }

  hostConnected(): void {
    globalThis.addEventListener('online', this.#online);
    // Back on the page: the same wiring again, so what was shown stays until the new answer.
    if (this.#host.hasUpdated) this.#connect(false);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener('online', this.#online);
    this.#stop();
  }

  /**
   * Follows the widget's properties: a new `store`, `caseStore` or `credentials` (or `again`)
   * is another store; a new `token` signs in (or out) on the widget's own store.
   */
  sync(changed: PropertyValues, again = false): void {
    if (
      again ||
      !this.#host.hasUpdated ||
      changed.has('store') ||
      changed.has('caseStore') ||
      changed.has('credentials')
    )
      this.#connect(true);
    else if (changed.has('token') && this.#own !== undefined) {
      this.#own.setToken(this.#options.wiring()?.token);
      this.#start();
    }
  }

  /**
   * The sign-in form: a password field whose value goes to the widget's `token` property and
   * nowhere else, the field emptied.
   *
   * @example
   * ```ts
   * html`<p part="error" role="alert">${m.unauthenticated}</p>${this.#list.signInForm(m)}`;
   * ```
   */
  signInForm(texts: { readonly token: string; readonly signIn: string }): TemplateResult {
    return html`<form part="sign-in" @submit=${this.#signIn}>
      <label for="token">${texts.token}</label>
      <input id="token" name="token" type="password" autocomplete="off" spellcheck="false" required />
      <button type="submit">${texts.signIn}</button>
    </form>`;
  }

  readonly #signIn = (event: SubmitEvent): void => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('token');
    const wiring = this.#options.wiring();
    if (input instanceof HTMLInputElement && input.value !== '' && wiring !== undefined) {
      wiring.token = input.value;
      // Nothing keeps it but the widget's memory.
      input.value = '';
    }
  };

  #connect(fresh: boolean): void {
    this.#stop();
    this.#own = undefined;
    this.#active = undefined;
    if (fresh) this.#options.read([]);
    const wiring = this.#options.wiring();
    try {
      if (wiring?.caseStore !== undefined) this.#active = wiring.caseStore;
      else if (wiring?.store)
        this.#active = this.#own = new HttpCaseStore({
          baseUrl: wiring.store,
          token: wiring.token,
          credentials: wiring.credentials === 'include' ? 'include' : 'omit',
        });
      else if (wiring !== undefined) this.#active = this.#fallback = this.#options.fallback?.();
    } catch (error) {
      this.phase = { kind: 'bad-store' };
      this.#options.report(error instanceof Error ? error.message : String(error));
      return;
    }
    if (fresh)
      this.phase = {
        kind: wiring === undefined ? 'ready' : this.#active === undefined ? 'none' : 'loading',
      };
    this.#start();
  }

  /** Reads the list and follows it, unless the server could only answer `401`. */
  #start(): void {
    const store = this.#active;
    if (store === undefined || !this.#host.isConnected) return;
    const wiring = this.#options.wiring();
    if (this.#own !== undefined && wiring !== undefined && mustSignIn(wiring)) {
      this.#stop();
      this.phase = {
        kind: 'failed',
        failure: { kind: 'unauthenticated', message: 'no token: sign in first' },
      };
      this.#host.requestUpdate();
      return;
    }
    this.#unsubscribe ??= store.subscribe(undefined, () => void this.#load());
    void this.#load();
  }

  #stop(): void {
    this.#abort?.abort();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    clearTimeout(this.#retry);
    void this.#fallback?.close();
    this.#fallback = undefined;
  }

  async #load(): Promise<void> {
    const store = this.#active;
    if (store === undefined || !this.#host.isConnected) return;
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    clearTimeout(this.#retry);
    try {
      const documents = await store.list(abort.signal);
      if (abort.signal.aborted) return;
      this.phase = { kind: 'ready' };
      this.#options.read(documents);
    } catch (error) {
      if (abort.signal.aborted) return;
      const failure: StoreFailure =
        error instanceof StoreError
          ? error.failure
          : {
              kind: 'unavailable',
              message: error instanceof Error ? error.message : String(error),
            };
      this.phase = { kind: 'failed', failure };
      this.#options.report(failure.message);
      if (failure.kind === 'unavailable')
        this.#retry = setTimeout(() => void this.#load(), RETRY_MS);
    }
    this.#host.requestUpdate();
  }
}
