import { locales, type Locale } from '../i18n/index.js';
import { EMAIL_MAX_LENGTH, isEmailAddress, isPhoneNumber } from './address.js';
import {
  boolean,
  coded,
  depthIssue,
  err,
  isRecord,
  map,
  object,
  ok,
  oneOf,
  optional,
  formatInstant,
  parseInstant,
  refine,
  text,
  validationError,
  type Decoded,
  type Decoder,
  type Fail,
  type IssueCode,
  type Result,
  type ValidationError,
  type ValidationIssue,
} from '../shared/index.js';

import {
  contactCategories,
  MESSAGE_MAX_LENGTH,
  MESSAGE_MIN_LENGTH,
  NAME_MAX_LENGTH,
  replyChannels,
  type ContactCategory,
} from './vocabulary.js';

export {
  contactCategories,
  MESSAGE_MAX_LENGTH,
  MESSAGE_MIN_LENGTH,
  NAME_MAX_LENGTH,
  replyChannels,
  type ContactCategory,
  type ReplyChannel,
} from './vocabulary.js';

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

export { EMAIL_MAX_LENGTH, isEmailAddress, isPhoneNumber, PHONE_MAX_LENGTH } from './address.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
type Field = keyof ContactMessageBase | 'replyWanted' | 'replyChannel' | 'email' | 'phone';

/**
 * Each field's code when its own check fails, `[code, codes for the shared kinds that say
 * more]`, in the form's order: the order issues are reported in. Declared once: the field
 * decoders below use it, and so does an issue about input nested too deeply in a field.
 */
const fieldCodes: {
  readonly [F in Field]: readonly [ContactIssueCode, Partial<Record<IssueCode, ContactIssueCode>>?];
} = {
  id: ['id-invalid'],
  createdAt: ['created-at-invalid'],
  language: ['language-invalid'],
  category: ['category-invalid', { missing: 'category-missing', empty: 'category-missing' }],
  message: [
    'message-missing',
    { 'too-short': 'message-too-short', 'too-long': 'message-too-long' },
  ],
  name: ['name-invalid', { 'too-long': 'name-too-long' }],
  replyWanted: ['reply-wanted-invalid'],
  replyChannel: ['reply-channel-invalid'],
  email: ['email-invalid'],
  phone: ['phone-invalid'],
  consent: ['consent-missing'],
};

const field = <T>(name: Field, decoder: Decoder<T>): Decoder<T> =>
  coded(decoder, fieldCodes[name][1] ?? {}, fieldCodes[name][0]);

// The message is read inside the contact widget, so it uses the core's small decoders, not
// zod (see docs/development.md, "Validation and its messages"). Built on first use, so that
// a widget importing only the address checks or the contact point (the FAQ writer) does
// not carry them.
const messageFields = () =>
  object({
    id: field(
      'id',
      text({
        check: [
          (value) => UUID_V4.test(value),
          'not a UUID v4',
          'a lower-case UUID v4 such as 3b241101-e2bb-4255-8caf-4136c566a962',
        ],
      }),
    ),
    createdAt: field(
      'createdAt',
      map(
        text({
          check: [
            (value) => parseInstant(value, { offset: 'required' }) !== undefined,
            'not an instant',
            'an ISO 8601 date-time with offset, such as 2025-03-14T19:00:00.000+01:00',
          ],
        }),
        // In Brussels time with its offset; a text that is no instant was reported above.
        (value) => {
          const instant = parseInstant(value, { offset: 'required' });
          return instant === undefined ? value : formatInstant(instant);
        },
      ),
    ),
    language: field('language', oneOf(locales)),
    category: field('category', oneOf(contactCategories)),
    message: field(
      'message',
      text({ trim: true, min: MESSAGE_MIN_LENGTH, max: MESSAGE_MAX_LENGTH }),
    ),
    name: field('name', optional(text({ trim: true, min: 1, max: NAME_MAX_LENGTH }))),
    replyWanted: field('replyWanted', boolean()),
    replyChannel: field('replyChannel', optional(oneOf(replyChannels))),
    email: field(
      'email',
      optional(
        text({
          trim: true,
          max: EMAIL_MAX_LENGTH,
          check: [
            isEmailAddress,
            'not an e-mail address',
            'an e-mail address such as name@example.be',
          ],
        }),
      ),
    ),
    phone: field(
      'phone',
      optional(
        text({
          trim: true,
          check: [
            isPhoneNumber,
            'not a phone number',
            'a phone number such as +32 2 123 45 67 or 0470 12 34 56',
          ],
        }),
      ),
    ),
    consent: field('consent', oneOf([true])),
  });

type MessageFields = Decoded<ReturnType<typeof messageFields>>;

/** The rules between fields: a channel and its address when a reply is wanted, nothing otherwise. */
function replyRules(message: MessageFields, fail: Fail): void {
  if (!message.replyWanted) {
    for (const key of ['replyChannel', 'email', 'phone'] as const) {
      if (message[key] !== undefined) {
        fail(key, {
          code: 'contact-without-reply',
          message: 'given although no reply is wanted',
          expected: 'no value when replyWanted is false',
          received: message[key],
        });
      }
    }
    return;
  }
  const channel = message.replyChannel;
  if (channel === undefined) {
    fail('replyChannel', {
      code: 'reply-channel-missing',
      message: 'missing although a reply is wanted',
      expected: 'one of "email", "phone"',
    });
    return;
  }
  if (message[channel] === undefined) {
    fail(channel, {
      code: channel === 'email' ? 'email-missing' : 'phone-missing',
      message: `missing although the reply is wanted by ${channel}`,
      expected: channel === 'email' ? 'an e-mail address' : 'a phone number',
    });
  }
  const other = channel === 'email' ? 'phone' : 'email';
  if (message[other] !== undefined) {
    fail(other, {
      code: 'contact-other-channel',
      message: `given although the reply is wanted by ${channel}`,
      expected: `no value when replyChannel is "${channel}"`,
      received: message[other],
    });
  }
}

/** The flat record as a {@link ContactMessage}; after an issue (the value then means nothing) a missing address reads as empty. */
function toMessage({
  replyWanted,
  replyChannel,
  email,
  phone,
  consent: _consent,
  name,
  ...head
}: MessageFields): ContactMessage {
  const base = { ...head, ...(name === undefined ? {} : { name }) };
  if (!replyWanted) return { ...base, replyWanted: false, consent: true };
  return replyChannel === 'phone'
    ? { ...base, replyWanted: true, replyChannel: 'phone', phone: phone ?? '', consent: true }
    : { ...base, replyWanted: true, replyChannel: 'email', email: email ?? '', consent: true };
}

let messageDecoder: Decoder<ContactMessage> | undefined;

function decodeMessage(): Decoder<ContactMessage> {
  messageDecoder ??= map(
    coded(refine(messageFields(), replyRules, ['replyWanted', 'replyChannel', 'email', 'phone']), {
      'unknown-key': 'unknown-field',
      missing: 'not-an-object',
      'wrong-type': 'not-an-object',
    }),
    toMessage,
  );
  return messageDecoder;
}

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
export function parseContactMessage(
  input: unknown,
): Result<ContactMessage, ContactValidationError> {
  // Nesting too deep is reported at the field it is in, with that field's code, so a widget
  // shows it where a resident can act; nothing reads it further.
  const tooDeep = depthIssue(input);
  if (tooDeep !== undefined)
    return err(
      contactError([
        { ...tooDeep, code: isRecord(input) ? codeOfField(tooDeep.path) : 'not-an-object' },
      ]),
    );
  const found: ValidationIssue[] = [];
  const message = decodeMessage()(input, '', found);
  // Every issue carries a contact code by construction: each field's decoder is `field(…)`,
  // and the whole message maps the object's own issues (entry-points.property.test checks it).
  const [first, ...rest] = (found as ContactIssue[]).sort(byFormOrder);
  return first === undefined ? ok(message) : err(contactError([first, ...rest]));
}

function codeOfField(path: string): ContactIssueCode {
  const key = /^[^.[]*/.exec(path)?.[0] ?? '';
  return Object.hasOwn(fieldCodes, key) ? fieldCodes[key as Field][0] : 'unknown-field';
}

// Issues in the form's order (the rules between fields are checked last), unknown fields at the end.
const rank = (found: ValidationIssue): number => {
  const formOrder = Object.keys(fieldCodes);
  const index = formOrder.indexOf(found.path);
  return index === -1 ? formOrder.length : index;
};
const byFormOrder = (a: ValidationIssue, b: ValidationIssue): number => rank(a) - rank(b);

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
    depthIssue(options, 'options') ??
    (isRecord(options)
      ? undefined
      : {
          path: 'options',
          message: 'not an object',
          expected: 'an object { now?, id? }',
          received: options,
        });
  if (optionsProblem !== undefined)
    return err(contactError([{ ...optionsProblem, code: 'not-an-object' }]));
  const { now = new Date(), id = randomUuid() } = options as { now?: unknown; id?: unknown };
  const trim = (value: unknown): unknown => (typeof value === 'string' ? value.trim() : value);
  const name = trim(fields.name);
  // A JavaScript caller may pass anything for the box: only `true` asks for a reply.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-boolean-literal-compare -- see above
  const channel = fields.replyWanted === true ? fields.replyChannel : undefined;
  // An empty input is a field left blank: report it as missing, not as malformed.
  const email = trim(fields.email) || undefined;
  const phone = trim(fields.phone) || undefined;
  return parseContactMessage({
    id,
    createdAt:
      now instanceof Date ? (Number.isNaN(now.getTime()) ? String(now) : now.toISOString()) : now,
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
    throw new Error(
      'crypto.randomUUID is not available here (an insecure http: page?); pass an id to createContactMessage',
    );
  }
  return webCrypto.randomUUID();
}
