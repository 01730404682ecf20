// E-mail addresses and phone numbers we can answer to: read by the contact message, the
// contact point and the FAQ facts alike.

/** The most characters an e-mail address may have (RFC 5321's path limit). */
export const EMAIL_MAX_LENGTH = 254;
/** The most characters a phone number may have, with its spaces and separators. */
export const PHONE_MAX_LENGTH = 30;

const PHONE_CHARACTERS = /^\+?[0-9][0-9 ()./-]*$/;
// zod's e-mail pattern (MIT), which this check used before the contact models moved to the
// core's small decoders: dot-separated local parts, a domain with a top-level label of two
// letters or more. Deliberately plain, not RFC 5322: it must match what residents mean.
const EMAIL =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

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
  if (trimmed.startsWith('+'))
    return digits.length >= 8 && digits.length <= 15 && !digits.startsWith('0');
  if (digits.startsWith('00'))
    return digits.length >= 10 && digits.length <= 17 && digits[2] !== '0';
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
