/** The languages every visible text exists in, in order of preference. */
export const locales = ['nl', 'fr', 'de', 'en'] as const;

/** One of the supported languages: Dutch, French, German, English. */
export type Locale = (typeof locales)[number];

/**
 * One value in each supported language: the one type for "a text in nl, fr, de and en"
 * (`T` is `string` by default), and for a table of messages per language (`Localized<M>`).
 * Data that carries its own texts is key-major: `item.label[locale]`.
 *
 * @example
 * ```ts
 * const name: Localized = { nl: 'Antwerpen', fr: 'Anvers', de: 'Antwerpen', en: 'Antwerp' };
 * name.fr; // 'Anvers'
 * ```
 */
export type Localized<T = string> = { readonly [L in Locale]: T };

/** Dutch: the language of the Flemish municipalities this library is first made for. */
export const defaultLocale: Locale = 'nl';

/**
 * Whether a value is one of the supported locale codes, exactly (`'nl'`, not `'nl-BE'`).
 *
 * @example
 * ```ts
 * isLocale('fr');    // true
 * isLocale('fr-BE'); // false: use negotiateLocale for language tags
 * ```
 */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * Picks the supported language for one or more requested language tags, in the order
 * given; the first tag whose primary language we support wins. Tags are BCP 47
 * (`nl-BE`, `fr`, `de-DE`), case-insensitive, `_` allowed for `-`; an `Accept-Language`
 * header is read with its quality values. Anything unsupported, empty or malformed falls
 * back to Dutch, the default.
 *
 * This is the one place locale negotiation lives: the core and the widgets both call it.
 *
 * @example
 * ```ts
 * negotiateLocale('fr-BE');                     // 'fr'
 * negotiateLocale(['tr', 'de-BE']);             // 'de'
 * negotiateLocale('en-GB,en;q=0.9,nl;q=0.8');   // 'en'
 * negotiateLocale('ar');                        // 'nl'
 * negotiateLocale(undefined);                   // 'nl'
 * ```
 */
export function negotiateLocale(requested: string | readonly string[] | null | undefined): Locale {
  // JavaScript callers may pass anything: what is neither a string nor a list of them asks for nothing.
  const tags: readonly unknown[] =
    typeof requested === 'string'
      ? parseLanguageList(requested)
      : Array.isArray(requested)
        ? requested
        : [];
  for (const tag of tags) {
    const primary = typeof tag === 'string' ? primaryLanguage(tag) : '';
    if (isLocale(primary)) return primary;
  }
  return defaultLocale;
}

/**
 * The supported language of one language tag, such as an element's `lang`; Dutch when the
 * tag is unsupported, empty or malformed, or not a string at all. The same rule as
 * {@link negotiateLocale} for a single tag, without reading `Accept-Language` lists, so
 * widgets need not carry that code.
 *
 * Every function of the core that takes a language reads it with this, so `'en-GB'` gives
 * English and `'ar'`, `''` or `undefined` give Dutch, and none of them throws.
 *
 * @example
 * ```ts
 * localeOfTag('fr-BE'); // 'fr'
 * localeOfTag('ar');    // 'nl'
 * localeOfTag(null);    // 'nl'
 * ```
 */
export function localeOfTag(tag: unknown): Locale {
  const primary = typeof tag === 'string' ? primaryLanguage(tag) : '';
  return isLocale(primary) ? primary : defaultLocale;
}

/** The primary language subtag, lower-cased: `nl` for `nl-BE`, `''` when there is none. */
function primaryLanguage(tag: string): string {
  const match = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*\s*$/i.exec(tag);
  return match?.[1]?.toLowerCase() ?? '';
}

/** Splits `en-GB,en;q=0.9,nl;q=0.8` into tags by descending quality; a lone tag stays itself. */
function parseLanguageList(text: string): string[] {
  return text
    .split(',')
    .map((entry, index) => {
      const [tag = '', ...params] = entry.split(';');
      const q = params
        .map((param) => /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(param)?.[1])
        .find((v) => v !== undefined);
      const quality = q === undefined ? 1 : Number(q);
      return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.tag !== '' && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
    .map((entry) => entry.tag);
}
