import type { Faq, FaqItem } from '@opvang/core/faq';
import { unmarked, type Mark } from './answer.js';
import type { FaqSearch, FaqSearchModule } from './search.js';

/**
 * Where the FAQ's search comes from: a dynamic `import()`, so a page with a FAQ does not
 * download the folding, the search index and the highlighting until a visitor moves to or
 * types in the search field. An object with one function, so that a test can make the import
 * fail as it would offline.
 */
export const searchChunk = {
  load: async (): Promise<FaqSearchModule> => await import('./search.js'),
};

/**
 * The search of one `<opvang-faq>`: the query as typed, the needle it folds to, and the search
 * chunk, loaded on the first focus or keystroke. Until it is there (or when it cannot be
 * loaded), every item matches and nothing is marked; what was typed meanwhile is searched as
 * soon as it arrives.
 */
export class FaqSearchState {
  /** The query as typed. */
  query = '';
  /** The query as search compares it; empty until the search is loaded. */
  needle = '';
  /** The last load failed: the status says so until a new attempt succeeds. */
  failed = false;
  #module: FaqSearchModule | undefined;
  #loading: Promise<boolean> | undefined;
  #search: { readonly faq: Faq; readonly search: FaqSearch } | undefined;
  /** The last marking, kept so that an unchanged needle gives the same function (for `guard`). */
  #mark: { readonly search: FaqSearch; readonly needle: string; readonly mark: Mark } | undefined;

  /** @param changed - Called when the needle or `failed` changed (the widget renders again). */
  constructor(private readonly changed: () => void) {}

  /** The load under way, if any: the widget's `updateComplete` waits for it. */
  get pending(): Promise<boolean> | undefined {
    return this.#loading;
  }

  /** Loads the search once; a failed load is tried again by the next call. */
  load = (): Promise<boolean> => {
    if (this.#module) return Promise.resolve(true);
    this.#loading ??= searchChunk.load().then(
      (module) => {
        this.#module = module;
        this.failed = false;
        this.#loading = undefined;
        this.#fold();
        return true;
      },
      () => {
        this.#loading = undefined;
        this.failed = true;
        this.changed();
        return false;
      },
    );
    return this.#loading;
  };

  /** What the visitor typed; searched now, or once the search is loaded. */
  setQuery(query: string): void {
    this.query = query;
    if (this.#module) this.#fold();
    else void this.load();
  }

  /** Shows every question again (a deep link to one that the search hid). */
  clear(): void {
    this.query = '';
    this.needle = '';
  }

  /** Whether `item` of `faq` matches the needle. */
  matches(faq: Faq, item: FaqItem): boolean {
    return this.needle === '' || this.#searchOf(faq)?.matches(item, this.needle) !== false;
  }

  /** How texts of `faq` are marked for the needle. */
  mark(faq: Faq): Mark {
    const search = this.needle === '' ? undefined : this.#searchOf(faq);
    if (!search) return unmarked;
    if (this.#mark?.search !== search || this.#mark.needle !== this.needle)
      this.#mark = { search, needle: this.needle, mark: search.mark(this.needle) ?? unmarked };
    return this.#mark.mark;
  }

  #fold(): void {
    this.needle = this.#module?.foldQuery(this.query) ?? '';
    this.changed();
  }

  /** The FAQ folded once per content, not per keystroke. */
  #searchOf(faq: Faq): FaqSearch | undefined {
    if (!this.#module) return undefined;
    if (this.#search?.faq !== faq) this.#search = { faq, search: this.#module.searchFaq(faq) };
    return this.#search.search;
  }
}
