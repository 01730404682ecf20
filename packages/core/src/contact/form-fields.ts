import type { ContactCategory, ContactMessage } from './message.js';
import type { CategoryTexts } from './texts.js';

/**
 * The contact form's fields in the order a form shows them and lists their errors. It is the
 * message's own key order without the keys the widget fills in itself (`id`, `createdAt`,
 * `language`), so an issue's `path` is always one of these or a fault of the software.
 */
export const contactFormFieldOrder = [
  'category',
  'message',
  'name',
  'replyWanted',
  'replyChannel',
  'email',
  'phone',
  'consent',
] as const;

/** One of {@link contactFormFieldOrder}. */
export type ContactFormField = (typeof contactFormFieldOrder)[number];

/**
 * What a contact form's inputs hold, every field present: strings from the text inputs and the
 * choices, booleans from the boxes. With a `language` it is what {@link createContactMessage}
 * takes.
 */
export type ContactFormValues = {
  readonly [F in ContactFormField]: F extends 'replyWanted' | 'consent' ? boolean : string;
};

/**
 * An empty contact form: nothing typed, nothing chosen.
 *
 * @example
 * ```ts
 * emptyContactForm().replyWanted; // false
 * ```
 */
export const emptyContactForm = (): ContactFormValues => ({
  category: '',
  message: '',
  name: '',
  replyWanted: false,
  replyChannel: '',
  email: '',
  phone: '',
  consent: false,
});

/**
 * The form's fields holding a message again, the inverse of {@link createContactMessage}: for a
 * message the receiver refused, or one stored by another version whose rules may differ (so any
 * record is read, field by field, and whatever is not a string or `true` counts as empty).
 * `createContactMessage({ ...formFieldsOf(message), language: message.language }, message)`
 * gives the message back. `undefined` for a record without message text: nothing a resident
 * typed is in it.
 *
 * @example
 * ```ts
 * const fields = formFieldsOf(refused.message); // { category: 'question', message: 'Waar is de ingang?', … }
 * ```
 */
export function formFieldsOf(message: ContactMessage): ContactFormValues;
export function formFieldsOf(
  stored: ContactMessage | Readonly<Record<string, unknown>>,
): ContactFormValues | undefined;
export function formFieldsOf(
  stored: ContactMessage | Readonly<Record<string, unknown>>,
): ContactFormValues | undefined {
  const field = (key: string): unknown => (stored as Readonly<Record<string, unknown>>)[key];
  const text = (key: string): string => {
    const value = field(key);
    return typeof value === 'string' ? value : '';
  };
  if (text('message').trim() === '') return undefined;
  // What belongs to a reply is only the resident's when they wanted one (createContactMessage's rule).
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
 * A `tel:` link for a phone number as people write it: only the digits and a leading `+`
 * are dialled (RFC 3966 allows visual separators, but phones differ in which they accept).
 *
 * @example
 * ```ts
 * telHref('+32 50 12 34 56'); // 'tel:+3250123456'
 * telHref('0470/12.34.56');   // 'tel:0470123456'
 * ```
 */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^+\d]/g, '')}`;
}

/**
 * The body of an e-mail that carries a contact form's message, with the category's label from
 * the labels given: what `contactMailBody` writes, for code that has loaded one language's
 * texts only (`contactTextsFr.categories`).
 *
 * @example
 * ```ts
 * contactMailBodyWith({ ...emptyContactForm(), category: 'question', message: 'Où est l’entrée ?' }, contactTextsFr.categories);
 * // 'Question\n\nOù est l’entrée ?'
 * ```
 */
export function contactMailBodyWith(fields: ContactFormValues, categories: CategoryTexts): string {
  const lines = [
    categories[fields.category as ContactCategory] ?? '',
    '',
    fields.message.trim(),
    '',
    fields.name.trim(),
    fields.replyWanted ? (fields.replyChannel === 'phone' ? fields.phone : fields.email) : '',
  ];
  return lines.join('\n').trim();
}
