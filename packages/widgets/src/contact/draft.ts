import { emptyContactForm, type ContactFormValues } from '@opvang/core/contact';

const DRAFT_PREFIX = 'opvang-contact:draft:';

/**
 * What the resident typed, kept in storage so it survives a reload or a closed tab: one draft per
 * endpoint (`mailto` without one), written on every change and removed once the message is in
 * the outbox or sent.
 *
 * @example
 * ```ts
 * const draft = new DraftStore(storage, () => element.endpoint);
 * const fields = draft.read() ?? emptyContactForm();
 * draft.write({ ...fields, message: 'Waar is de ingang?' });
 * ```
 */
export class DraftStore {
  constructor(
    private readonly storage: Storage,
    private readonly endpoint: () => string | undefined,
  ) {}

  get #key(): string {
    return DRAFT_PREFIX + (this.endpoint() ?? 'mailto');
  }

  /** The kept draft, or `undefined` when there is none; one that cannot be read is removed. */
  read(): ContactFormValues | undefined {
    const raw = this.storage.getItem(this.#key);
    if (raw === null) return undefined;
    try {
      return { ...emptyContactForm(), ...(JSON.parse(raw) as Partial<ContactFormValues>) };
    } catch {
      this.clear();
      return undefined;
    }
  }

  write(fields: ContactFormValues): void {
    this.storage.setItem(this.#key, JSON.stringify(fields));
  }

  clear(): void {
    this.storage.removeItem(this.#key);
  }
}
