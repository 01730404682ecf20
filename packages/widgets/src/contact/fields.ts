import {
  contactFormFieldOrder,
  contactMailBodyWith,
  type ContactFormValues,
  type ContactPoint,
} from '@opvang/core/contact';
import type { Locale } from '@opvang/core/i18n';
import { coreTexts, messages } from './texts.js';

/**
 * Whether the form holds text the resident typed; choices alone (a category, a ticked box)
 * do not count. Nothing may be put into a form that has text.
 *
 * @example
 * ```ts
 * hasText({ ...emptyContactForm(), category: 'question' }); // false
 * ```
 */
export function hasText(fields: ContactFormValues): boolean {
  return [fields.message, fields.name, fields.email, fields.phone].some(
    (value) => value.trim() !== '',
  );
}

/**
 * Whether the form still holds exactly what was sent (`sent` undefined: nothing was).
 *
 * @example
 * ```ts
 * if (sameFields(current, submitted)) clearForm(); // the resident has not started another message
 * ```
 */
export function sameFields(
  fields: ContactFormValues,
  sent: ContactFormValues | undefined,
): boolean {
  return sent !== undefined && contactFormFieldOrder.every((key) => fields[key] === sent[key]);
}

/**
 * A `mailto:` link to the contact point's address with the message filled in, for when the
 * page cannot send it itself or the message did not arrive.
 *
 * @example
 * ```ts
 * mailtoHref(point, fields, 'nl'); // 'mailto:opvang%40gemeente.be?subject=Bericht%20via%20de%20website&body=…'
 * ```
 */
export function mailtoHref(point: ContactPoint, fields: ContactFormValues, locale: Locale): string {
  return `mailto:${encodeURIComponent(point.email ?? '')}?subject=${encodeURIComponent(messages[locale].subject)}&body=${encodeURIComponent(contactMailBodyWith(fields, coreTexts[locale].categories))}`;
}
