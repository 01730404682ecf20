import type { Locale, Localized } from './locale.js';
import { locales } from './locale.js';

/**
 * A message: a plain string, or a function of typed parameters that returns one
 * (for counts, names and dates that go inside a sentence).
 */
export type Message = string | ((params: never) => string);

/** The shape of one language's messages: a key for every text a person reads. */
export type MessageShape = Readonly<Record<string, Message>>;

/** The messages of every supported language, each with exactly the same keys: what {@link defineMessages} returns. */
export type Messages<M extends MessageShape> = Localized<M>;

/**
 * Declares the messages of a module in all four languages: the one way to write texts a
 * person reads in a user interface, looked up locale-major (`messages[locale].key`). The
 * Dutch messages define the keys and parameter types; French, German and English must have
 * the same keys with the same types, or the code does not compile.
 *
 * For the labels of an enumeration (categories, issue codes, kinds), give the keys as the
 * type argument: then a value of the union without a label does not compile either, and
 * `labels[locale][value]` is typed.
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
 *
 * type Channel = 'email' | 'phone';
 * const channelLabels = defineMessages<Readonly<Record<Channel, string>>>({
 *   nl: { email: 'Per e-mail', phone: 'Per telefoon' },
 *   fr: { email: 'Par e-mail', phone: 'Par téléphone' },
 *   de: { email: 'Per E-Mail', phone: 'Per Telefon' },
 *   en: { email: 'By email', phone: 'By phone' },
 * });
 * channelLabels.de.phone; // 'Per Telefon'
 * ```
 */
export function defineMessages<M extends MessageShape>(messages: {
  readonly nl: M;
  readonly fr: NoInfer<M>;
  readonly de: NoInfer<M>;
  readonly en: NoInfer<M>;
}): Messages<M> {
  return messages;
}

/** A key that one language of a message table lacks, or has but others do not. */
export interface MessageGap {
  readonly locale: Locale;
  readonly key: string;
  readonly problem: 'missing' | 'empty' | 'unexpected';
}

/**
 * Checks a message table at run time, for tables that come from JSON or were built
 * without {@link defineMessages}: every language must have every key of every other
 * language, and no string may be empty. Returns the gaps; an empty list means complete.
 *
 * @example
 * ```ts
 * findMessageGaps({ nl: { a: 'x' }, fr: { a: 'x' }, de: { a: '' }, en: {} });
 * // [{ locale: 'de', key: 'a', problem: 'empty' }, { locale: 'en', key: 'a', problem: 'missing' }]
 * ```
 */
export function findMessageGaps(
  messages: Partial<Record<Locale, Readonly<Record<string, unknown>>>>,
): MessageGap[] {
  const allKeys = new Set<string>();
  for (const locale of locales)
    for (const key of Object.keys(messages[locale] ?? {})) allKeys.add(key);
  const reference = Object.keys(messages.nl ?? {});
  const gaps: MessageGap[] = [];
  for (const locale of locales) {
    const table = messages[locale] ?? {};
    for (const key of allKeys) {
      if (!(key in table)) gaps.push({ locale, key, problem: 'missing' });
      else if (table[key] === '') gaps.push({ locale, key, problem: 'empty' });
      else if (locale !== 'nl' && !reference.includes(key) && messages.nl !== undefined) {
        gaps.push({ locale, key, problem: 'unexpected' });
      }
    }
  }
  return gaps;
}
