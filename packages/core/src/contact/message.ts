import { locales, type Locale } from '../i18n/index.js';
import {
  boolean,
  depthIssue,
  err,
  isRecord,
  object,
  ok,
  oneOf,
  optional,
  formatInstant,
  parseInstant,
  text,
  validationError,
  type Result,
  type Decoded,
  type ValidationError,
  type ValidationIssue,
} from '../shared/index.js';

/**
 * What a message to the contact point is about. Seed `001_d1f3ad7c684facb8.txt`, line 22,
 * names questions, worries (*bezorgdheden*), reports (*meldingen*) and offers to volunteer;
 * seed `002`, OD 12.1 (lines 3126-3130), adds complaints. Suggestions are ours: residents
 * also bring ideas, and a separate category keeps them out of the complaints.
 */
export const contactCategories = [
  'question',
  'concern',
  'report',
  'complaint',
  'volunteering-offer',
  'suggestion',
] as const;

/** One of {@link contactCategories}. */
export type ContactCategory = (typeof contactCategories)[number];

/** How a resident wants to be answered, when they want an answer. */
export const replyChannels = ['email', 'phone'] as const;

/** One of {@link replyChannels}. */
export type ReplyChannel = (typeof replyChannels)[number];

/** The fewest characters a message may have, after trimming: enough for a real question. */
export const MESSAGE_MIN_LENGTH = 10;
/** The most characters a message may have, after trimming: about two pages of text. */
export const MESSAGE_MAX_LENGTH = 4000;
/** The most characters a name may have, after trimming. */
export const NAME_MAX_LENGTH = 100;
/** The most characters an e-mail address may have (RFC 5321's path limit). */
export const EMAIL_MAX_LENGTH = 254;
/** The most characters a phone number may have, with its spaces and separators. */
export const PHONE_MAX_LENGTH = 30;

/** What every message has, whatever the reply wish. */
export interface ContactMessageBase {
  /** Client-generated UUID v4, lower case: the key the receiver de-duplicates on. */
  readonly id: string;
  /** When the resident sent it, as Brussels ISO 8601 with offset: `2025-03-14T19:00:00.000+01:00`. */
  readonly createdAt: string;
  /** The language the resident wrote in and wants an answer in. */
  readonly language: Locale;
  readonly category: ContactCategory;
  /** The text, trimmed, {@link MESSAGE_MIN_LENGTH}–{@link MESSAGE_MAX_LENGTH} characters. */
  readonly message: string;
  /** The resident's name, trimmed; absent for an anonymous message. */
  readonly name?: string;
  /** Consent to the processing of the message; a message without it is not accepted. */
  readonly consent: true;
}

/**
 * A message from a resident to the municipality's contact point, as the widget sends it and
 * the receiver stores it. On the wire it is one flat JSON object whose keys match the form's
 * fields, so an issue's `path` is the name of the field to mark.
 */
export type ContactMessage = ContactMessageBase &
  (
    | { readonly replyWanted: false }
    | { readonly replyWanted: true; readonly replyChannel: 'email'; readonly email: string }
    | { readonly replyWanted: true; readonly replyChannel: 'phone'; readonly phone: string }
  );

/**
 * Why a message field was rejected. Each code has a sentence for residents in nl/fr/de/en
 * (see `describeContactIssue`); the codes for fields a resident never types (`id`,
 * `createdAt`, …) point to a fault in the sending software.
 */
export const contactIssueCodes = [
  'not-an-object',
  'unknown-field',
  'id-invalid',
  'created-at-invalid',
  'language-invalid',
  'category-missing',
  'category-invalid',
  'message-missing',
  'message-too-short',
  'message-too-long',
  'name-invalid',
  'name-too-long',
  'reply-wanted-invalid',
  'reply-channel-missing',
  'reply-channel-invalid',
  'email-missing',
  'email-invalid',
  'phone-missing',
  'phone-invalid',
  'contact-without-reply',
  'contact-other-channel',
  'consent-missing',
] as const;

/** One of {@link contactIssueCodes}. */
export type ContactIssueCode = (typeof contactIssueCodes)[number];

/** A {@link ValidationIssue} with a code a widget can translate for the resident. */
export interface ContactIssue extends ValidationIssue {
  readonly code: ContactIssueCode;
}

/** The error of {@link parseContactMessage}: every issue carries its {@link ContactIssueCode}. */
export interface ContactValidationError extends ValidationError {
  readonly issues: readonly [ContactIssue, ...ContactIssue[]];
}

/** The order of a message's fields: the order issues are reported in, and the order of keys in output. */
const fieldOrder = [
  'id',
  'createdAt',
  'language',
  'category',
  'message',
  'name',
  'replyWanted',
  'replyChannel',
  'email',
  'phone',
  'consent',
] as const;

type Field = (typeof fieldOrder)[number];

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const PHONE_CHARACTERS = /^\+?[0-9][0-9 ()./-]*$/;
// zod's e-mail pattern (MIT), which this check used before the contact models moved to the
// core's small decoders: dot-separated local parts, a domain with a top-level label of two
// letters or more. Deliberately plain, not RFC 5322: it must match what residents mean.
const EMAIL = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

/**
 * Whether a text is a phone number we can call back: international (`+32 470 12 34 56`,
 * `0032 …`, 8 to 15 digits after the prefix) or national, starting with 0 (8 to 12 digits:
 * `02 123 45 67`, `0470/12.34.56`). Spaces, dots, slashes, dashes and brackets are allowed
 * as people write them; letters are not. `false` for anything that is not a string.
 *
 * @example
 * ```ts
 * isPhoneNumber('+32 2 123 45 67'); // true
 * isPhoneNumber('0470 12 34 56');   // true
 * isPhoneNumber('12345');           // false
 * ```
 */
export function isPhoneNumber(text: string): boolean {
  if (typeof text !== 'string') return false;
  const trimmed = text.trim();
  if (trimmed.length > PHONE_MAX_LENGTH || !PHONE_CHARACTERS.test(trimmed)) return false;
  const digits = trimmed.replace(/\D/g, '');
  if (trimmed.startsWith('+')) return digits.length >= 8 && digits.length <= 15 && !digits.startsWith('0');
  if (digits.startsWith('00')) return digits.length >= 10 && digits.length <= 17 && digits[2] !== '0';
  return digits.startsWith('0') && digits.length >= 8 && digits.length <= 12;
}

/**
 * Whether a text is an e-mail address we can answer to (the same check the message schema
 * makes, trimmed first); `false` for anything that is not a string.
 *
 * @example
 * ```ts
 * isEmailAddress('an.peeters@example.be'); // true
 * isEmailAddress('an.peeters@');           // false
 * ```
 */
export function isEmailAddress(value: string): boolean {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  return trimmed.length <= EMAIL_MAX_LENGTH && EMAIL.test(trimmed);
}

// The message is read inside the contact widget, so it uses the core's small decoders, not
// zod (see shared/decode.ts); contact.oracle.test.ts checks them against the zod schema.
const messageDecoder = object({
  id: text({ check: [(value) => UUID_V4.test(value), 'not a UUID v4', 'a lower-case UUID v4 such as 3b241101-e2bb-4255-8caf-4136c566a962'] }),
  createdAt: text({
    check: [
      (value) => parseInstant(value, { offset: 'required' }) !== undefined,
      'not an instant',
      'an ISO 8601 date-time with offset, such as 2025-03-14T19:00:00.000+01:00',
    ],
  }),
  language: oneOf(locales),
  category: oneOf(contactCategories),
  message: text({ trim: true, min: MESSAGE_MIN_LENGTH, max: MESSAGE_MAX_LENGTH }),
  name: optional(text({ trim: true, min: 1, max: NAME_MAX_LENGTH })),
  replyWanted: boolean(),
  replyChannel: optional(oneOf(replyChannels)),
  email: optional(
    text({ trim: true, max: EMAIL_MAX_LENGTH, check: [isEmailAddress, 'not an e-mail address', 'an e-mail address such as name@example.be'] }),
  ),
  phone: optional(
    text({ trim: true, check: [isPhoneNumber, 'not a phone number', 'a phone number such as +32 2 123 45 67 or 0470 12 34 56'] }),
  ),
  consent: oneOf([true]),
});

const SUBJECT = 'contact message';

/**
 * Validates a contact message from outside data (a request body, a stored line, the
 * widget's queue) and normalises it: texts trimmed, `createdAt` in Brussels ISO with offset,
 * keys in a fixed order (so two equal messages serialise to the same JSON).
 *
 * The rules: `category` one of {@link contactCategories}; `message` 10–4000 characters after
 * trimming; `name` optional (anonymous messages are welcome), at most 100 characters;
 * `replyWanted` a boolean; when it is `true`, `replyChannel` says `email` or `phone` and that
 * field holds a valid address or number, and the other is absent; when it is `false`, no
 * channel, e-mail or phone is sent; `consent` must be `true`; `language` one of nl/fr/de/en;
 * `id` a lower-case UUID v4; `createdAt` an ISO 8601 instant with offset. Unknown fields are
 * rejected.
 *
 * @returns the message, or a {@link ContactValidationError} whose issues name each field,
 *   with a code to show the resident a sentence in their language.
 *
 * @example
 * ```ts
 * const result = parseContactMessage({
 *   id: '3b241101-e2bb-4255-8caf-4136c566a962',
 *   createdAt: '2025-03-14T18:00:00Z',
 *   language: 'nl',
 *   category: 'question',
 *   message: 'Vanaf wanneer komen de eerste bewoners?',
 *   replyWanted: true,
 *   replyChannel: 'email',
 *   email: 'an.peeters@example.be',
 *   consent: true,
 * });
 * if (result.ok) result.value.createdAt; // '2025-03-14T19:00:00.000+01:00'
 *
 * parseContactMessage({ message: 'Hi' });
 * // { ok: false, error: { issues: [{ path: 'id', code: 'id-invalid', … }, …, { path: 'message', code: 'message-too-short', … }, …] } }
 * ```
 */
export function parseContactMessage(input: unknown): Result<ContactMessage, ContactValidationError> {
  // Nesting too deep is reported at the field it is in, with that field's code, so a widget
  // shows it where a resident can act; nothing reads it further.
  const tooDeep = depthIssue(input);
  if (tooDeep !== undefined) {
    const field = /^[^.[]*/.exec(tooDeep.path)?.[0] ?? '';
    const code = !isRecord(input) ? 'not-an-object' : (fieldOrder as readonly string[]).includes(field) ? codeFor(field as Field, input) : 'unknown-field';
    return err(contactError([{ ...tooDeep, code }]));
  }
  if (!isRecord(input)) {
    return err(
      contactError([
        { path: '', code: 'not-an-object', message: 'not an object', expected: 'a JSON object with the message fields', received: input },
      ]),
    );
  }
  const record = input;
  const found: ValidationIssue[] = [];
  const data = messageDecoder(record, '', found);
  const issues: ContactIssue[] = [];
  for (const issue of found) {
    // The object's one issue about unknown keys becomes one issue per key, at the key.
    if (issue.path === '') continue;
    issues.push({ ...issue, code: codeFor(issue.path as Field, record) });
  }
  for (const key of Object.keys(record)) {
    if (!(fieldOrder as readonly string[]).includes(key)) {
      issues.push({ path: key, code: 'unknown-field', message: 'not a field of a contact message', expected: 'no such field', received: record[key] });
    }
  }
  const failed = new Set(issues.map((issue) => issue.path));
  issues.push(...replyIssues(record, failed));
  const [first, ...rest] = issues.sort(byFieldOrder);
  if (first !== undefined) return err(contactError([first, ...rest]));
  return ok(normalise(data));
}

function normalise(data: Decoded<typeof messageDecoder>): ContactMessage {
  const createdAt = parseInstant(data.createdAt, { offset: 'required' });
  if (createdAt === undefined) throw new Error('unreachable: createdAt was validated');
  const base = {
    id: data.id,
    createdAt: formatInstant(createdAt),
    language: data.language,
    category: data.category,
    message: data.message,
    ...(data.name === undefined ? {} : { name: data.name }),
  };
  // replyIssues guarantees the channel's field is present and the other absent.
  if (!data.replyWanted) return { ...base, replyWanted: false, consent: true };
  if (data.replyChannel === 'email' && data.email !== undefined) {
    return { ...base, replyWanted: true, replyChannel: 'email', email: data.email, consent: true };
  }
  if (data.replyChannel === 'phone' && data.phone !== undefined) {
    return { ...base, replyWanted: true, replyChannel: 'phone', phone: data.phone, consent: true };
  }
  throw new Error('unreachable: the reply fields were validated');
}

function codeFor(field: Field, record: Readonly<Record<string, unknown>>): ContactIssueCode {
  const value = record[field];
  const missing = value === undefined;
  const length = typeof value === 'string' ? value.trim().length : 0;
  switch (field) {
    case 'id':
      return 'id-invalid';
    case 'createdAt':
      return 'created-at-invalid';
    case 'language':
      return 'language-invalid';
    case 'category':
      return missing || record[field] === '' ? 'category-missing' : 'category-invalid';
    case 'message':
      if (length === 0) return 'message-missing';
      return length > MESSAGE_MAX_LENGTH ? 'message-too-long' : 'message-too-short';
    case 'name':
      return length > NAME_MAX_LENGTH ? 'name-too-long' : 'name-invalid';
    case 'replyWanted':
      return 'reply-wanted-invalid';
    case 'replyChannel':
      return 'reply-channel-invalid';
    case 'email':
      return 'email-invalid';
    case 'phone':
      return 'phone-invalid';
    case 'consent':
      return 'consent-missing';
  }
}

/** The rules between fields: a channel and its address when a reply is wanted, nothing otherwise. */
function replyIssues(record: Readonly<Record<string, unknown>>, failed: ReadonlySet<string>): ContactIssue[] {
  const wanted = record['replyWanted'];
  if (typeof wanted !== 'boolean') return [];
  const present = (field: 'replyChannel' | 'email' | 'phone') => record[field] !== undefined;
  const issues: ContactIssue[] = [];
  if (!wanted) {
    for (const field of ['replyChannel', 'email', 'phone'] as const) {
      if (present(field) && !failed.has(field)) {
        issues.push({
          path: field,
          code: 'contact-without-reply',
          message: 'given although no reply is wanted',
          expected: 'no value when replyWanted is false',
          received: record[field],
        });
      }
    }
    return issues;
  }
  const channel = record['replyChannel'];
  if (!present('replyChannel')) {
    issues.push({ path: 'replyChannel', code: 'reply-channel-missing', message: 'missing although a reply is wanted', expected: 'one of "email", "phone"' });
    return issues;
  }
  if (channel !== 'email' && channel !== 'phone') return issues;
  const other = channel === 'email' ? 'phone' : 'email';
  if (!present(channel)) {
    issues.push({
      path: channel,
      code: channel === 'email' ? 'email-missing' : 'phone-missing',
      message: `missing although the reply is wanted by ${channel}`,
      expected: channel === 'email' ? 'an e-mail address' : 'a phone number',
    });
  }
  if (present(other) && !failed.has(other)) {
    issues.push({
      path: other,
      code: 'contact-other-channel',
      message: `given although the reply is wanted by ${channel}`,
      expected: `no value when replyChannel is "${channel}"`,
      received: record[other],
    });
  }
  return issues;
}

function byFieldOrder(a: ContactIssue, b: ContactIssue): number {
  return rank(a.path) - rank(b.path);
}

function rank(path: string): number {
  const index = (fieldOrder as readonly string[]).indexOf(path);
  return index === -1 ? fieldOrder.length : index;
}

function contactError(issues: readonly [ContactIssue, ...ContactIssue[]]): ContactValidationError {
  const error = validationError(SUBJECT, issues);
  return { ...error, issues };
}

/**
 * The fields of the contact form as a widget holds them: strings and booleans, straight
 * from the inputs. {@link createContactMessage} turns them into a {@link ContactMessage}.
 */
export interface ContactFormFields {
  readonly category: string;
  readonly message: string;
  /** Empty or blank means anonymous. */
  readonly name?: string | undefined;
  readonly replyWanted: boolean;
  readonly replyChannel?: string | undefined;
  readonly email?: string | undefined;
  readonly phone?: string | undefined;
  readonly consent: boolean;
  /** The page's language; a tag such as `nl-BE` is not accepted here, negotiate it first. */
  readonly language: string;
}

/** What {@link createContactMessage} needs besides the form: the clock and the id source. */
export interface CreateContactMessageOptions {
  /** The sending instant; defaults to now. */
  readonly now?: Date;
  /** The message's id; defaults to `crypto.randomUUID()`. */
  readonly id?: string;
}

/**
 * Builds a message from the form's fields, with a fresh id and timestamp, and validates it.
 *
 * It sends only what the resident chose to send: a blank name becomes an anonymous message;
 * when no reply is wanted, the channel, e-mail and phone inputs are left out even if
 * something was typed in them before; when the reply is wanted by e-mail, the phone input
 * is left out, and the other way round. Everything else goes through
 * {@link parseContactMessage} unchanged, so its issues name the form's fields.
 *
 * Create the message once, when the resident presses send, and keep it (id included) for
 * every retry: the id is what makes sending twice harmless.
 *
 * Fields that are not an object, or nest too deeply, get {@link parseContactMessage}'s issue
 * for them; options that are not an object get a `not-an-object` issue at `options`.
 *
 * @example
 * ```ts
 * const result = createContactMessage(
 *   { category: 'volunteering-offer', message: 'Ik geef graag Nederlandse les.', name: '', replyWanted: true,
 *     replyChannel: 'phone', phone: '0470 12 34 56', email: 'typed before', consent: true, language: 'nl' },
 *   { now: new Date('2025-03-14T18:00:00Z'), id: '3b241101-e2bb-4255-8caf-4136c566a962' },
 * );
 * // result.value: { id: '3b24…', createdAt: '2025-03-14T19:00:00.000+01:00', …, replyChannel: 'phone', phone: '0470 12 34 56', consent: true }
 * ```
 */
export function createContactMessage(
  fields: ContactFormFields,
  options: CreateContactMessageOptions = {},
): Result<ContactMessage, ContactValidationError> {
  // Typed, but JavaScript callers exist: what is not an object, or nests too deep, goes to
  // parseContactMessage as it is, for its issue; below, only strings are trimmed.
  if (!isRecord(fields) || depthIssue(fields) !== undefined) return parseContactMessage(fields);
  const optionsProblem =
    depthIssue(options, 'options') ?? (isRecord(options) ? undefined : { path: 'options', message: 'not an object', expected: 'an object { now?, id? }', received: options });
  if (optionsProblem !== undefined) return err(contactError([{ ...optionsProblem, code: 'not-an-object' }]));
  const { now = new Date(), id = randomUuid() } = options as { now?: unknown; id?: unknown };
  const trim = (value: unknown): unknown => (typeof value === 'string' ? value.trim() : value);
  const name = trim(fields.name);
  const channel = fields.replyWanted === true ? fields.replyChannel : undefined;
  // An empty input is a field left blank: report it as missing, not as malformed.
  const email = trim(fields.email) || undefined;
  const phone = trim(fields.phone) || undefined;
  return parseContactMessage({
    id,
    createdAt: now instanceof Date ? (Number.isNaN(now.getTime()) ? String(now) : now.toISOString()) : now,
    language: fields.language,
    category: fields.category,
    message: fields.message,
    ...(name === undefined || name === '' ? {} : { name }),
    replyWanted: fields.replyWanted,
    ...(channel === undefined || channel === '' ? {} : { replyChannel: channel }),
    ...(channel === 'email' && email !== undefined ? { email } : {}),
    ...(channel === 'phone' && phone !== undefined ? { phone } : {}),
    consent: fields.consent,
  });
}

/** `crypto.randomUUID`, present in browsers (secure contexts) and Node ≥ 19 alike. */
function randomUuid(): string {
  const webCrypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (webCrypto?.randomUUID === undefined) {
    throw new Error('crypto.randomUUID is not available here (an insecure http: page?); pass an id to createContactMessage');
  }
  return webCrypto.randomUUID();
}
