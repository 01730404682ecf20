import { intlLocales, type Locale } from '@opvang/core/i18n';

/** A noun in the two forms our four languages need: CLDR's `one` and `other`. */
export interface PluralForms {
  readonly one: string;
  readonly other: string;
}

const rules = new Map<Locale, Intl.PluralRules>();

/**
 * The form of a noun that goes with `count` in `locale`, by `Intl.PluralRules`: "1 vraag",
 * "2 vragen", and in French "0 question" (French counts 0 as singular).
 *
 * @example
 * ```ts
 * plural('nl', 1, { one: 'vraag', other: 'vragen' }); // 'vraag'
 * plural('fr', 0, { one: 'question', other: 'questions' }); // 'question'
 * ```
 */
export function plural(locale: Locale, count: number, forms: PluralForms): string {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(intlLocales[locale]);
    rules.set(locale, rule);
  }
  return rule.select(count) === 'one' ? forms.one : forms.other;
}
