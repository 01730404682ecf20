import type { Locale } from './locale.js';
import { locales } from './locale.js';

/**
 * A message: a plain string, or a function of typed parameters that returns one
 * (for counts, names and dates that go inside a sentence).
 */
export type Message = string | ((params: never) => string);

/** The shape of one language's messages: a key for every text a person reads. */
export type MessageShape = Readonly<Record<string, Message>>;

/** The messages of every supported language, each with exactly the same keys. */
export type Catalogue<M extends MessageShape> = { readonly [L in Locale]: M };

/**
 * Declares a message catalogue in all four languages. The Dutch messages define the keys
 * and parameter types; French, German and English must have the same keys with the same
 * types, or the code does not compile.
 *
 * @example
 * ```ts
 * const messages = defineMessages({
 *   nl: { title: 'Infomarkt', places: (p: { count: number }) => `${p.count} plaatsen` },
 *   fr: { title: "Marché d'information", places: (p: { count: number }) => `${p.count} places` },
 *   de: { title: 'Informationsmarkt', places: (p: { count: number }) => `${p.count} Plätze` },
 *   en: { title: 'Information market', places: (p: { count: number }) => `${p.count} places` },
 * });
 * messages.fr.places({ count: 80 }); // '80 places'
 * ```
 */
export function defineMessages<M extends MessageShape>(catalogue: {
  readonly nl: M;
  readonly fr: NoInfer<M>;
  readonly de: NoInfer<M>;
  readonly en: NoInfer<M>;
}): Catalogue<M> {
  return catalogue;
}

/** A key that one language of a catalogue lacks, or has but others do not. */
export interface CatalogueGap {
  readonly locale: Locale;
  readonly key: string;
  readonly problem: 'missing' | 'empty' | 'unexpected';
}

/**
 * Checks a catalogue at run time, for catalogues that come from JSON or were built
 * without {@link defineMessages}: every language must have every key of every other
 * language, and no string may be empty. Returns the gaps; an empty list means complete.
 *
 * @example
 * ```ts
 * findCatalogueGaps({ nl: { a: 'x' }, fr: { a: 'x' }, de: { a: '' }, en: {} });
 * // [{ locale: 'de', key: 'a', problem: 'empty' }, { locale: 'en', key: 'a', problem: 'missing' }]
 * ```
 */
export function findCatalogueGaps(catalogue: Partial<Record<Locale, Readonly<Record<string, unknown>>>>): CatalogueGap[] {
  const allKeys = new Set<string>();
  for (const locale of locales) for (const key of Object.keys(catalogue[locale] ?? {})) allKeys.add(key);
  const reference = Object.keys(catalogue.nl ?? {});
  const gaps: CatalogueGap[] = [];
  for (const locale of locales) {
    const messages = catalogue[locale] ?? {};
    for (const key of allKeys) {
      if (!(key in messages)) gaps.push({ locale, key, problem: 'missing' });
      else if (messages[key] === '') gaps.push({ locale, key, problem: 'empty' });
      else if (locale !== 'nl' && !reference.includes(key) && catalogue.nl !== undefined) {
        gaps.push({ locale, key, problem: 'unexpected' });
      }
    }
  }
  return gaps;
}
