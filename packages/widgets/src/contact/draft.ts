import { emptyContactForm, formFieldsOf, type ContactFormValues } from '@opvang/core/contact';
import { removeEntry, unsendableEntries } from './outbox.js';

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

/**
 * A message in the outbox that this version cannot send (another version of the widget wrote
 * it, or the rules changed) goes back into the form, so the resident can check and send it
 * again: it is never dropped. The form must be empty, so nothing typed is replaced; otherwise it
 * waits for the next visit. Returns the fields to show, kept as the draft, or `undefined`.
 *
 * @example
 * ```ts
 * const restored = recoverUnsendable(storage, element.endpoint, fields);
 * ```
 */
export function recoverUnsendable(
  storage: Storage,
  endpoint: string | undefined,
  current: ContactFormValues,
): ContactFormValues | undefined {
  let restored: ContactFormValues | undefined;
  for (const entry of unsendableEntries(storage)) {
    if (entry.endpoint !== undefined && entry.endpoint !== (endpoint ?? undefined)) continue;
    const fields = entry.message === undefined ? undefined : formFieldsOf(entry.message);
    if (fields === undefined) {
      // Nothing a resident typed can be read from it: keep a trace for the webmaster.
      console.warn(
        `<opvang-contact>: dropped an outbox entry that holds no message: ${entry.raw.slice(0, 200)}`,
      );
      removeEntry(storage, entry.id);
      continue;
    }
    if ((restored ?? current).message.trim() !== '') continue;
    restored = fields;
    writeDraft(storage, endpoint, fields);
    removeEntry(storage, entry.id);
  }
  return restored;
}
