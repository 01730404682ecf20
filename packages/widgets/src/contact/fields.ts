import { contactCategoryLabels, type contactCategories, type ContactMessage, type ContactPoint } from '@opvang/core/contact';
import type { Locale } from '@opvang/core/i18n';
import { messages } from './messages.js';

/** What the contact form holds, as plain data: what the resident typed and chose. */
export interface Fields {
  category: string;
  message: string;
  name: string;
  replyWanted: boolean;
  replyChannel: string;
  email: string;
  phone: string;
  consent: boolean;
}

/** The form's fields, in the order errors are listed. */
export const FORM_FIELDS = ['category', 'message', 'name', 'replyWanted', 'replyChannel', 'email', 'phone', 'consent'] as const;

/** An empty form. */
export const emptyFields = (): Fields => ({
  category: '', message: '', name: '', replyWanted: false, replyChannel: '', email: '', phone: '', consent: false,
});

/**
 * Whether the form holds text the resident typed; choices alone (a category, a ticked box)
 * do not count. Nothing may be put into a form that has text.
 *
 * @example
 * ```ts
 * hasText({ ...emptyFields(), category: 'question' }); // false
 * ```
 */
export function hasText(fields: Fields): boolean {
  return [fields.message, fields.name, fields.email, fields.phone].some((value) => value.trim() !== '');
}

/**
 * Whether the form still holds exactly what was sent (`sent` undefined: nothing was).
 *
 * @example
 * ```ts
 * if (sameFields(current, submitted)) clearForm(); // the resident has not started another message
 * ```
 */
export function sameFields(fields: Fields, sent: Fields | undefined): boolean {
  return sent !== undefined && FORM_FIELDS.every((key) => fields[key] === sent[key]);
}

/**
 * The form's fields holding a stored message again: one the receiver refused, or one this
 * version cannot send. `undefined` when it holds no text.
 *
 * @example
 * ```ts
 * const fields = fieldsOf(entry.message) ?? emptyFields();
 * ```
 */
export function fieldsOf(stored: ContactMessage | Readonly<Record<string, unknown>>): Fields | undefined {
  const field = (key: string): unknown => (stored as Readonly<Record<string, unknown>>)[key];
  const text = (key: string) => {
    const value = field(key);
    return typeof value === 'string' ? value : '';
  };
  if (text('message').trim() === '') return undefined;
  const replyWanted = field('replyWanted') === true;
  return {
    category: text('category'),
    message: text('message'),
    name: text('name'),
    replyWanted,
    replyChannel: replyWanted ? text('replyChannel') : '',
    email: replyWanted ? text('email') : '',
    phone: replyWanted ? text('phone') : '',
    consent: field('consent') === true,
  };
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
export function mailtoHref(point: ContactPoint, fields: Fields, locale: Locale): string {
  const lines = [
    `${contactCategoryLabels[locale][fields.category as (typeof contactCategories)[number]] ?? ''}`,
    '',
    fields.message.trim(),
    '',
    fields.name.trim(),
    fields.replyWanted ? (fields.replyChannel === 'phone' ? fields.phone : fields.email) : '',
  ];
  return `mailto:${encodeURIComponent(point.email ?? '')}?subject=${encodeURIComponent(messages[locale].subject)}&body=${encodeURIComponent(lines.join('\n').trim())}`;
}
