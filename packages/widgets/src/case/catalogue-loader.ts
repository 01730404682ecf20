import type { CatalogueItem } from '@opvang/core/catalogue';

/** What the case widget needs of `@opvang/core/catalogue`: its items. */
export interface CatalogueModule {
  readonly catalogue: readonly CatalogueItem[];
}

/**
 * Where the support catalogue comes from: a dynamic `import()`, so a page with `<opvang-case>`
 * does not download the catalogue's texts in four languages (some 10 KB min+gzip) before the
 * case shows; they load as the case is shown, for the support form and the items' titles. An
 * object with one function, so that a test can make the import fail as it would offline.
 */
export const catalogueChunk = {
  load: async (): Promise<CatalogueModule> => await import('@opvang/core/catalogue'),
};

let loaded: CatalogueModule | undefined;
let loading: Promise<CatalogueModule | undefined> | undefined;
let failed = false;

/** Whether the last load failed (until one succeeds). */
export function catalogueFailed(): boolean {
  return failed;
}

/** The catalogue, once loaded; `undefined` before. */
export function loadedCatalogue(): CatalogueModule | undefined {
  return loaded;
}

/**
 * Loads the catalogue once; `undefined` when it cannot be loaded (offline), and the next call
 * tries again.
 *
 * @example
 * ```ts
 * const module = await loadCatalogue();
 * module?.catalogue.length; // 45
 * ```
 */
export function loadCatalogue(): Promise<CatalogueModule | undefined> {
  if (loaded !== undefined) return Promise.resolve(loaded);
  loading ??= catalogueChunk.load().then(
    (module) => {
      failed = false;
      return (loaded = module);
    },
    () => {
      loading = undefined;
      failed = true;
      return undefined;
    },
  );
  return loading;
}
