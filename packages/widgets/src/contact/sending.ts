import { formFieldsOf, type ContactFormValues } from '@opvang/core/contact';
import { writeDraft } from './draft.js';
import { removeEntry, unsendableEntries } from './outbox.js';

/**
 * The contact widget's sending code, in one module so that the CDN build puts it in a chunk of
 * its own (see `sending-loader.ts`): the core's message checks, the outbox, its controller and
 * the delivery. The form, the draft and the texts are in the first load.
 */
export { createContactMessage } from '@opvang/core/contact';
export { OutboxController } from './outbox-controller.js';
export { removeEntry, saveEntry } from './outbox.js';

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
