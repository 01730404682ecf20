import { locales, type Locale, type Localized } from './locale.js';

/**
 * Loads one language's texts, as a dynamic `import()` of that language's module, so that a
 * bundler makes it a chunk of its own that a page downloads only when its `lang` asks for it.
 */
export type TextsLoader<T> = () => Promise<T>;

/** A loader for each language but Dutch, whose texts are always there. */
export type TextsLoaders<T> = { readonly [L in Exclude<Locale, 'nl'>]: TextsLoader<T> };

/**
 * One module's texts in four languages, of which only Dutch (the default) is bundled with the
 * code: French, German and English are loaded when a page asks for them. See
 * {@link defineTextsOnDemand}.
 */
export interface TextsOnDemand<T> {
  /**
   * The texts, looked up locale-major as a {@link defineMessages} table is
   * (`table[locale].key`). A language that is not loaded yet reads as Dutch: code that shows
   * texts waits for {@link TextsOnDemand.load} first (the widgets' `TextsLangController` does,
   * and lays a waiting widget out hidden, with the Dutch texts in place of the missing ones).
   */
  readonly table: Localized<T>;
  /** Whether the texts of `locale` are here, so that `table[locale]` can be read now. */
  has(locale: Locale): boolean;
  /** Loads the texts of `locale` (at once for Dutch or a language loaded before); a failed load is tried again by the next call. */
  load(locale: Locale): Promise<T>;
  /** A table of one part of the texts (`texts.select((t) => t.categories)[locale]`), read as lazily as {@link TextsOnDemand.table}. */
  select<U>(part: (texts: T) => U): Localized<U>;
}

/**
 * Declares texts whose other languages load on demand: the Dutch texts are given, the others
 * come from loaders, each a dynamic `import()` of one language's module. This is an addition
 * to {@link defineMessages}, for code whose first load must stay small (the public widgets'
 * CDN files): the texts of each language keep the type of the Dutch ones, and a full table
 * (`defineMessages({ nl, fr, de, en })`) can still be built from the same modules for code
 * that reads any language at once.
 *
 * @example
 * ```ts
 * // messages/nl.ts: export const nl = { title: 'Infomarkt' }; export type Texts = typeof nl;
 * // messages/fr.ts: export const fr: Texts = { title: "Marché d'information" };
 * const texts = defineTextsOnDemand(nl, {
 *   fr: async () => (await import('./messages/fr.js')).fr,
 *   de: async () => (await import('./messages/de.js')).de,
 *   en: async () => (await import('./messages/en.js')).en,
 * });
 * texts.table.fr.title; // 'Infomarkt': French is not loaded yet
 * await texts.load('fr');
 * texts.table.fr.title; // "Marché d'information"
 * ```
 */
export function defineTextsOnDemand<T>(nl: T, loaders: TextsLoaders<T>): TextsOnDemand<T> {
  const loaded: Partial<Record<Locale, T>> = { nl };
  const loading = new Map<Locale, Promise<T>>();
  const read = (locale: Locale): T => loaded[locale] ?? nl;
  const view = <U>(part: (texts: T) => U): Localized<U> => {
    const table = {};
    for (const locale of locales)
      Object.defineProperty(table, locale, { enumerable: true, get: () => part(read(locale)) });
    return table as Localized<U>;
  };
  return {
    table: view((texts) => texts),
    select: view,
    has: (locale) => loaded[locale] !== undefined,
    load: (locale) => {
      const texts = loaded[locale];
      if (texts !== undefined) return Promise.resolve(texts);
      const pending =
        loading.get(locale) ??
        loaders[locale as Exclude<Locale, 'nl'>]().then(
          (arrived) => ((loaded[locale] = arrived), arrived),
          (error: unknown) => {
            loading.delete(locale);
            throw error;
          },
        );
      loading.set(locale, pending);
      return pending;
    },
  };
}
