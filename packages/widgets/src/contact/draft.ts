import { emptyContactForm, type ContactFormValues } from '@opvang/core/contact';

/**
 * What the resident typed, kept in storage so it survives a reload or a closed tab: one draft per
 * endpoint (`mailto` without one), written on every change and removed once the message is in
 * the outbox or sent.
 */
const draftKey = (endpoint: string | undefined): string =>
  `opvang-contact:draft:${endpoint ?? 'mailto'}`;

/**
 * The kept draft, or `undefined` when there is none; one that cannot be read is removed.
 *
 * @example
 * ```ts
 * const fields = readDraft(storage, element.endpoint) ?? emptyContactForm();
 * ```
 */
export function readDraft(
  storage: Storage,
  endpoint: string | undefined,
): ContactFormValues | undefined {
  const raw = storage.getItem(draftKey(endpoint));
  if (raw === null) return undefined;
  try {
    return { ...emptyContactForm(), ...(JSON.parse(raw) as Partial<ContactFormValues>) };
  } catch {
    writeDraft(storage, endpoint, undefined);
    return undefined;
  }
}

/**
 * Keeps the draft, or with `undefined` removes it.
 *
 * @example
 * ```ts
 * writeDraft(storage, element.endpoint, { ...fields, message: 'Waar is de ingang?' });
 * ```
 */
export function writeDraft(
  storage: Storage,
  endpoint: string | undefined,
  fields: ContactFormValues | undefined,
): void {
  if (fields === undefined) storage.removeItem(draftKey(endpoint));
  else storage.setItem(draftKey(endpoint), JSON.stringify(fields));
}
