import { defineMessages, localeOfTag, type Locale, type Localized } from '../i18n/index.js';
import { describeOpeningStatusWith, type OpeningStatus } from './contact-point.js';
import { contactMailBodyWith, type ContactFormValues } from './form-fields.js';
import type { ContactIssue } from './message.js';
import type { CategoryTexts, ChannelTexts, IssueTexts, OpeningTexts } from './texts.js';
import { contactTextsDe } from './texts-de.js';
import { contactTextsEn } from './texts-en.js';
import { contactTextsFr } from './texts-fr.js';
import { contactTextsNl } from './texts-nl.js';

export type { CategoryTexts, ChannelTexts, IssueTexts, OpeningTexts } from './texts.js';

/**
 * What a resident reads when a field of the contact form is not right, in nl/fr/de/en.
 * Plain words, one sentence, saying what to do. Codes for fields a resident never types
 * (`id`, `createdAt`, `unknown-field`…) say that the form itself is at fault, so the
 * resident is not blamed for a bug.
 */
export const contactIssueTexts: Localized<IssueTexts> = {
  nl: contactTextsNl.issues,
  fr: contactTextsFr.issues,
  de: contactTextsDe.issues,
  en: contactTextsEn.issues,
};

/** The names of the message categories, as a form's options show them. */
export const contactCategoryLabels = defineMessages<CategoryTexts>({
  nl: contactTextsNl.categories,
  fr: contactTextsFr.categories,
  de: contactTextsDe.categories,
  en: contactTextsEn.categories,
});

/** The names of the reply channels. */
export const replyChannelLabels = defineMessages<ChannelTexts>({
  nl: contactTextsNl.channels,
  fr: contactTextsFr.channels,
  de: contactTextsDe.channels,
  en: contactTextsEn.channels,
});

/** Short texts about the contact point's opening hours; see {@link describeOpeningStatus}. */
export const openingMessages = defineMessages<OpeningTexts>({
  nl: contactTextsNl.opening,
  fr: contactTextsFr.opening,
  de: contactTextsDe.opening,
  en: contactTextsEn.opening,
});

/**
 * The sentence a resident reads for one issue of a contact message, in their language.
 *
 * @example
 * ```ts
 * const result = parseContactMessage(formData);
 * if (!result.ok) for (const issue of result.error.issues) showError(issue.path, describeContactIssue(issue, 'fr'));
 * // 'Votre message est trop court. Écrivez au moins 10 caractères.'
 * ```
 */
export function describeContactIssue(issue: Pick<ContactIssue, 'code'>, locale: Locale): string {
  return contactIssueTexts[localeOfTag(locale)][issue.code];
}

/**
 * The opening status as a short sentence for residents: `Nu open, tot 12:00`,
 * `Actuellement fermé, ouvre demain 09:00`.
 *
 * @example
 * ```ts
 * describeOpeningStatus({ open: true, until: '2025-03-17T12:00:00.000+01:00' }, 'en', new Date('2025-03-17T09:30:00+01:00'));
 * // 'Open now, until 12:00'
 * ```
 */
export function describeOpeningStatus(status: OpeningStatus, tag: Locale, at: Date): string {
  const locale = localeOfTag(tag);
  return describeOpeningStatusWith(status, locale, at, openingMessages[locale]);
}

/**
 * The body of an e-mail that carries a contact form's message, for when the page cannot send
 * it itself: the category's label in `locale`, the message, the name and the way to answer,
 * each trimmed, blank lines between them and none at either end.
 *
 * @example
 * ```ts
 * contactMailBody({ ...emptyContactForm(), category: 'question', message: 'Waar is de ingang?' }, 'nl');
 * // 'Vraag\n\nWaar is de ingang?'
 * ```
 */
export function contactMailBody(fields: ContactFormValues, locale: Locale): string {
  return contactMailBodyWith(fields, contactCategoryLabels[locale]);
}
