import {
  formFieldsOf,
  emptyContactForm,
  parseContactPoint,
  type ContactFormValues,
  type ContactIssue,
  type ContactPoint,
  type ContactPointInput,
} from '@opvang/core/contact';
import { describeValidationError } from '@opvang/core/shared';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { OpvangElement } from '../shared/opvang-element.js';
import { TextsLangController } from '../shared/texts-lang-controller.js';
import { cardStyles } from '../shared/card.styles.js';
import { themeStyles } from '../shared/theme.styles.js';
import { contactStyles } from './contact.styles.js';
import { contactTexts, messages } from './texts.js';
import { contactDetails, contactPointChild } from './details.js';
import { readDraft, writeDraft } from './draft.js';
import { contactForm, fieldErrors } from './form.js';
import type { OutboxEntry, Refusal } from './outbox.js';
import { DEFAULT_RETRY_BASE_MS, DEFAULT_TIMEOUT_MS, LazyOutbox } from './sending-loader.js';
import { hasText, mailtoHref, sameFields } from './fields.js';
import { afterDelivered, afterWaiting, refusalReasons, statusLine, type Status } from './status.js';
import { browserStorage } from './storage.js';

export type { ContactFailedDetail, ContactQueuedDetail, ContactSubmittedDetail } from './events.js';

/**
 * The municipality's contact point (*contactpunt*, step G of the step plan): its phone,
 * e-mail, address and opening hours with "open now" or "closed now" in Brussels time, and a
 * form for questions, worries, reports, complaints, offers to volunteer and suggestions.
 *
 * With `endpoint`, messages are posted as JSON in the core's contact schema. Each message is
 * written to an outbox in `localStorage` before the first attempt and removed only when the
 * receiver's receipt for it arrives (`{"status":"stored","id":…}`, see docs/contact.md), so an
 * offline phone, a captive portal or a closed tab never loses it; it is retried with backoff,
 * when the browser comes online and on the next visit, each attempt given up after
 * `sendTimeoutMs`. Its random id makes sending twice harmless. The sending code is loaded when
 * the resident moves into the form, or at once when the outbox holds messages; if it cannot be
 * loaded, the text stays in the form (and its draft) and is sent when the browser comes online. A refused message never
 * replaces what the resident is typing. Where `localStorage` is full or blocked, messages are
 * kept in memory and the resident is told that a reload would lose them. Without `endpoint`,
 * the form opens the resident's e-mail program instead (`mailto:` the contact point's address).
 *
 * Give the contact point as JSON in a `<script type="application/json">` child, or set the
 * `contactPoint` property. Other content of the element is shown until the script loads.
 *
 * @tagname opvang-contact
 * @summary Contact details, opening hours and a message form that never loses a message.
 *
 * @slot - Fallback content shown before the script runs, e.g. the phone number and e-mail address.
 *
 * @fires {CustomEvent<ContactSubmittedDetail>} opvang-contact-submitted - The receiver stored the message. Detail: {@link ContactSubmittedDetail}.
 * @fires {CustomEvent<ContactQueuedDetail>} opvang-contact-queued - An attempt failed; the message is kept and retried. Detail: {@link ContactQueuedDetail}.
 * @fires {CustomEvent<ContactFailedDetail>} opvang-contact-failed - The receiver refused the message; its text is back in the form, or offered to take back. Detail: {@link ContactFailedDetail}.
 *
 * @csspart base - The box around the whole widget.
 * @csspart heading - The heading with the contact point's name.
 * @csspart details - The list of phone, e-mail, address and hours.
 * @csspart open-status - The "open now" / "closed now" line.
 * @csspart form - The message form.
 * @csspart field - Each field's wrapper.
 * @csspart field-error - Each field's error text.
 * @csspart summary - The list of errors above the form.
 * @csspart button - The send button and the mail link.
 * @csspart status - The line that tells how sending went.
 * @csspart refused - A refused message kept aside, with its reason and a button that puts it back in the form.
 * @csspart error - The message shown instead when the contact point is invalid.
 *
 * @cssproperty --opvang-color-text - Text colour. Default `#1b1b1b`.
 * @cssproperty --opvang-color-background - Background colour. Default `#ffffff`.
 * @cssproperty --opvang-color-border - Border colour. Default `#6b6b6b`.
 * @cssproperty --opvang-color-accent - Button and focus colour. Default `#0b5394`.
 * @cssproperty --opvang-color-accent-text - Text on the button. Default `#ffffff`.
 * @cssproperty --opvang-color-error - Accent of error messages. Default `#b3261e`.
 * @cssproperty --opvang-color-error-background - Background of error messages. Default `#fdecea`.
 * @cssproperty --opvang-font-family - Font. Default: the page's font.
 * @cssproperty --opvang-font-size - Base font size. Default `1rem`.
 * @cssproperty --opvang-radius - Corner radius. Default `0.25rem`.
 * @cssproperty --opvang-space - Inner spacing. Default `0.75rem`.
 *
 * @example
 * ```html
 * <script type="module" src="https://cdn.example/@opvang/widgets/cdn/opvang-contact.js"></script>
 * <opvang-contact endpoint="https://contact.gemeente.be/messages">
 *   <script type="application/json">
 *     { "name": "Contactpunt opvangcentrum", "phone": "+32 50 12 34 56", "email": "opvang@gemeente.be",
 *       "openingHours": [{ "days": ["monday", "wednesday"], "opens": "09:00", "closes": "12:00" }] }
 *   </script>
 *   Bel +32 50 12 34 56 of mail opvang@gemeente.be.
 * </opvang-contact>
 * ```
 */
export class OpvangContact extends OpvangElement {
  /** The shared theme and this widget's layout; adopted stylesheets, so no inline `<style>` under a strict CSP. */
  static override styles = [themeStyles, cardStyles, contactStyles];

  /** Reactive properties and the attributes they reflect from. */
  static override properties = {
    endpoint: { type: String },
    contactPoint: { attribute: false },
    minFillSeconds: { type: Number, attribute: 'min-fill-seconds' },
    retryBaseMs: { type: Number, attribute: 'retry-base-ms' },
    sendTimeoutMs: { type: Number, attribute: 'send-timeout-ms' },
  };

  /** Where to POST messages (the receiver's `/messages` URL). Without it, the form opens a `mailto:` link. */
  declare endpoint: string | undefined;
  /**
   * The contact point; read from a `<script type="application/json">` child when not set. Typed
   * so that a wrong value does not compile; it is still checked at run time.
   */
  declare contactPoint: ContactPointInput | undefined;
  /** A form sent sooner than this after it appeared is asked to confirm: most bots fill forms at once. Default 3. */
  declare minFillSeconds: number;
  /** The first retry's wait in milliseconds; each next one doubles, with jitter. Default 2000. */
  declare retryBaseMs: number;
  /**
   * How long one attempt may take, in milliseconds, before it is given up and retried with the
   * backoff. Default 20000.
   *
   * @example
   * ```html
   * <opvang-contact endpoint="https://contact.gemeente.be/messages" send-timeout-ms="30000">…</opvang-contact>
   * ```
   */
  declare sendTimeoutMs: number;

  readonly #storage = browserStorage();
  readonly #outbox = new LazyOutbox(
    this,
    this.#storage,
    {
      delivered: (id) => this.#delivered(id),
      refused: (entry, refusal) => this.#refuse(entry, refusal),
      waiting: (id) =>
        (this.#status = afterWaiting(this.#status, id, this.#current, this.#outbox.notArrived())),
    },
    // The sending code arrived: messages a version before this one could not send come back.
    (sending) => {
      const restored = sending.recoverUnsendable(this.#storage, this.endpoint, this.#fields);
      if (restored !== undefined) [this.#fields, this.#status] = [restored, 'restored'];
      if (this.#sendWhenLoaded) void this.#submit();
    },
  );
  /** The resident sent the form while the sending code could not be loaded: send once it is. */
  #sendWhenLoaded = false;
  #point: ContactPoint | undefined;
  #fields: ContactFormValues = emptyContactForm();
  #honeypot = '';
  #errors = new Map<string, string>();
  #status: Status = 'idle';
  /** The message sent from the form whose news the status line follows. */
  #current: string | undefined;
  /** The form as it was when `#current` was sent: only that is cleared once it arrives. */
  #submitted: ContactFormValues | undefined;
  #shownAt = 0;
  #clock: ReturnType<typeof setInterval> | undefined;

  constructor() {
    // The heading level: default 2.
    super(2, (host) => new TextsLangController(host, contactTexts));
    this.minFillSeconds = 3;
    this.retryBaseMs = DEFAULT_RETRY_BASE_MS;
    this.sendTimeoutMs = DEFAULT_TIMEOUT_MS;
  }

  /** The validated contact point being shown, or `undefined` while it is missing or invalid. */
  get point(): ContactPoint | undefined {
    return this.#point;
  }

  override connectedCallback(): void {
    this.#shownAt = Date.now();
    const child = this.contactPoint === undefined ? contactPointChild(this) : undefined;
    if (child instanceof Error)
      this.reportOnce(`the contact point JSON cannot be read: ${child.message}`);
    else if (child !== undefined) this.contactPoint = child;
    this.#fields = readDraft(this.#storage, this.endpoint) ?? this.#fields;
    // Then the controllers: the outbox is loaded now if storage holds messages.
    super.connectedCallback();
    // "Open now" turns into "closed now" while the page stays open.
    this.#clock = setInterval(() => this.requestUpdate(), 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#clock);
  }

  /** The sending code being loaded: `updateComplete` waits for it. */
  protected override get pendingLoad(): Promise<unknown> | undefined {
    return this.#outbox.pending;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('contactPoint') && this.contactPoint !== undefined) {
      const result = parseContactPoint(this.contactPoint);
      this.#point = result.ok ? result.value : undefined;
      if (!result.ok) this.reportOnce(describeValidationError(result.error));
    }
  }

  readonly #onInput = (event: Event): void => {
    const target = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const name = target.name;
    if (name === 'website') {
      this.#honeypot = target.value;
      return;
    }
    if (!(name in this.#fields)) return;
    const value =
      target instanceof HTMLInputElement && target.type === 'checkbox'
        ? target.checked
        : target.value;
    this.#fields = { ...this.#fields, [name]: value };
    this.#saveDraft(this.#fields);
    if (this.#status === 'sent' || this.#status === 'tooFast') this.#status = 'idle';
    this.requestUpdate();
  };

  // --- sending ------------------------------------------------------------------------------

  readonly #onSubmit = (event: Event): Promise<void> => (event.preventDefault(), this.#submit());

  async #submit(): Promise<void> {
    this.#sendWhenLoaded = false;
    if (this.#status === 'sending') return;
    const sending = await this.#outbox.load();
    if (!sending) {
      // Offline before the code came: the draft keeps the text; `online` loads it and sends.
      [this.#sendWhenLoaded, this.#status] = [true, 'offline'];
      this.requestUpdate();
      return;
    }
    const result = sending.createContactMessage({ ...this.#fields, language: this.locale });
    if (!result.ok) {
      this.#showIssues(result.error.issues);
      return;
    }
    this.#errors = new Map();
    if (this.#honeypot !== '') {
      // A bot: it sees success, nothing is sent or stored.
      this.#status = 'sent';
      this.#clearForm();
      return;
    }
    if (Date.now() - this.#shownAt < this.minFillSeconds * 1000) {
      this.#status = 'tooFast';
      this.#shownAt = 0;
      this.requestUpdate();
      return;
    }
    if (!this.endpoint) {
      this.#status = 'mailtoHint';
      this.requestUpdate();
      return;
    }
    const entry: OutboxEntry = {
      endpoint: this.endpoint,
      message: result.value,
      attempts: 0,
      nextAttemptAt: 0,
    };
    // Written before the first attempt: from here on, a crash or a closed tab loses nothing.
    sending.saveEntry(this.#storage, entry);
    this.#saveDraft(undefined);
    this.#current = result.value.id;
    this.#submitted = this.#fields;
    this.#status = 'sending';
    this.requestUpdate();
    // The controller exists once the code is loaded.
    await this.#outbox.controller?.send(entry);
  }

  /** Marks the fields the issues name (any other issue at the message), or only `fallback` there, and focuses the first. */
  #showIssues(issues: readonly Pick<ContactIssue, 'path' | 'code'>[], fallback?: string): void {
    const errors = fieldErrors(issues, this.locale, fallback);
    this.#errors = errors;
    this.requestUpdate();
    void this.updateComplete.then(() => {
      const first = [...errors.keys()][0] ?? 'message';
      this.renderRoot.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
    });
  }

  /** What the resident typed survives a reload: see draft.ts. */
  #saveDraft(fields?: ContactFormValues): void {
    writeDraft(this.#storage, this.endpoint, fields);
  }

  #clearForm(): void {
    this.#fields = emptyContactForm();
    this.#honeypot = '';
    this.#shownAt = Date.now();
    this.#saveDraft(undefined);
    this.requestUpdate();
  }

  /** A message arrived, sent on this visit or an earlier one: the status says so. */
  #delivered(id: string): void {
    this.#outbox.refresh();
    if (id === this.#current) {
      this.#current = undefined;
      // Clear only what was sent: the resident may be typing the next message already.
      if (sameFields(this.#fields, this.#submitted)) this.#clearForm();
      this.#status = 'sent';
    } else
      this.#status = afterDelivered(this.#status, this.#outbox.waiting, this.#outbox.notArrived());
  }

  /**
   * A refused message goes back into the form when that loses nothing (the form is empty or
   * still shows this very message); otherwise it is kept aside, in storage, until the resident
   * takes it back with its button.
   */
  #refuse(entry: OutboxEntry, refusal: Refusal): void {
    const id = entry.message.id;
    const shown = id === this.#current && sameFields(this.#fields, this.#submitted);
    if (id === this.#current) this.#current = undefined;
    if (shown || !hasText(this.#fields)) {
      this.#takeBack({ ...entry, refused: refusal });
      return;
    }
    this.#outbox.sending?.saveEntry(this.#storage, { ...entry, refused: refusal });
    this.#outbox.refresh();
    this.#status = 'held';
  }

  /** Puts a refused message back into the (empty) form with its reason; only then leaves the outbox. */
  #takeBack(entry: OutboxEntry): void {
    const refusal = entry.refused ?? { status: 422, issues: [] };
    // A message the receiver refused passed the core's checks, so it has its text.
    this.#fields = formFieldsOf(entry.message);
    this.#saveDraft(this.#fields);
    this.#outbox.sending?.removeEntry(this.#storage, entry.message.id);
    this.#outbox.refresh();
    this.#status = refusal.status === 409 ? 'conflict' : 'rejected';
    this.#showIssues(
      refusal.issues,
      refusal.status === 409 ? undefined : refusalReasons(refusal, this.locale)[0],
    );
  }

  readonly #takeBackRefused = (id: string): void => {
    const entry = this.#outbox.refused.find((refused) => refused.message.id === id);
    // Never over text the resident typed since: the button is disabled then, this is the guard.
    if (entry === undefined || hasText(this.#fields)) return;
    this.#takeBack(entry);
  };

  protected override render(): TemplateResult {
    const locale = this.locale;
    const text = messages[locale];
    const point = this.#point;
    if (!point) {
      if (this.problem === '' && this.contactPoint === undefined)
        this.reportOnce(
          'no contact point: add a <script type="application/json"> child or set the contactPoint property',
        );
      return this.contentError(text.invalid);
    }
    const byMail = Boolean(point.email);
    return html`
      <section part="base" aria-labelledby="heading" lang=${locale} @focusin=${this.#outbox.load} @input=${this.#outbox.load}>
        <div part="heading" id="heading" role="heading" aria-level=${this.heading}>${point.name ?? text.heading}</div>
        ${contactDetails(point, locale)}
        ${
          this.endpoint || byMail
            ? contactForm({
                locale,
                fields: this.#fields,
                honeypot: this.#honeypot,
                errors: this.#errors,
                headingLevel: this.heading,
                busy: this.#status === 'sending',
                status: statusLine(this.#status, point, this.#storage.volatile, locale),
                notArrived:
                  this.#status === 'notArrived' && byMail
                    ? this.#outbox
                        .notArrived()
                        .map((entry) => mailtoHref(point, formFieldsOf(entry.message), locale))
                    : [],
                refused: this.#outbox.refused,
                mailto:
                  this.#status === 'mailtoHint' && byMail
                    ? mailtoHref(point, this.#fields, locale)
                    : undefined,
                onInput: this.#onInput,
                onSubmit: this.#onSubmit,
                onTakeBack: this.#takeBackRefused,
              })
            : nothing
        }
      </section>
    `;
  }
}
