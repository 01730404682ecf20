import {
  contactCategories, contactCategoryLabels, contactFormFieldOrder, createContactMessage, describeContactIssue, emptyContactForm,
  formFieldsOf, parseContactPoint, replyChannelLabels, replyChannels,
  type ContactFormValues, type ContactIssue, type ContactIssueCode, type ContactMessage, type ContactPoint,
} from '@opvang/core/contact';
import { describeValidationError } from '@opvang/core/shared';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { OpvangElement } from '../shared/opvang-element.js';
import { cardStyles } from '../shared/card.styles.js';
import { themeStyles } from '../shared/theme.styles.js';
import { contactStyles } from './contact.styles.js';
import { messages } from './messages.js';
import { DEFAULT_TIMEOUT_MS, postMessage, type SendOutcome } from './delivery.js';
import {
  DEFAULT_RETRY_BASE_MS, getEntry, NOT_ARRIVED_AFTER, pendingEntries, refusedEntries, removeEntry, retryDelay, saveEntry, unsendableEntries, withSendLock,
  type OutboxEntry, type Refusal,
} from './outbox.js';
import { hasText, mailtoHref, sameFields } from './fields.js';
import { contactDetails } from './details.js';
import { browserStorage } from './storage.js';

/** Detail of `opvang-contact-submitted`: the receiver stored the message. */
export interface ContactSubmittedDetail {
  readonly id: string;
  readonly message: ContactMessage;
  /** True when the receiver had it already (an earlier attempt arrived but its answer did not). */
  readonly replayed: boolean;
}

/** Detail of `opvang-contact-queued`: an attempt failed; the message waits in the outbox. */
export interface ContactQueuedDetail {
  readonly id: string;
  /** Attempts made so far. */
  readonly attempts: number;
  /** When the next attempt is due, epoch milliseconds (sooner when the browser comes online). */
  readonly retryAt: number;
  /** The HTTP status of the failed attempt; absent when there was no answer. */
  readonly status?: number;
}

/**
 * Detail of `opvang-contact-failed`: the receiver (or something in front of it) refused the
 * message for good. Its text is back in the form, or, while the resident is typing another
 * message, kept and shown with a button that puts it back.
 */
export interface ContactFailedDetail {
  readonly id: string;
  readonly status: number;
  readonly issues: readonly Pick<ContactIssue, 'path' | 'code'>[];
}

type Status =
  | 'idle' | 'sending' | 'sent' | 'queued' | 'not-arrived' | 'held' | 'rejected' | 'conflict' | 'too-fast' | 'mailto' | 'restored';

/** Statuses that news about a waiting message may replace; the others answer what the resident just did. */
const SETTLED: readonly Status[] = ['idle', 'sent', 'queued', 'not-arrived'];

const DRAFT_PREFIX = 'opvang-contact:draft:';

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
 * `sendTimeoutMs`. Its random id makes sending twice harmless. A refused message never
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
 * @event {CustomEvent<ContactSubmittedDetail>} opvang-contact-submitted - The receiver stored the message. Detail: {@link ContactSubmittedDetail}.
 * @event {CustomEvent<ContactQueuedDetail>} opvang-contact-queued - An attempt failed; the message is kept and retried. Detail: {@link ContactQueuedDetail}.
 * @event {CustomEvent<ContactFailedDetail>} opvang-contact-failed - The receiver refused the message; its text is back in the form, or offered to take back. Detail: {@link ContactFailedDetail}.
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
  /** The contact point; read from a `<script type="application/json">` child when not set. */
  declare contactPoint: unknown;
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
  #point: ContactPoint | undefined;
  #fields: ContactFormValues = emptyContactForm();
  #honeypot = '';
  #errors = new Map<string, string>();
  #status: Status = 'idle';
  #current: string | undefined;
  /** The form as it was when `#current` was sent: only that is cleared once it arrives. */
  #submitted: ContactFormValues | undefined;
  /** Messages waiting to be sent, and refused ones waiting for the resident: see `#refresh`. */
  #waiting: OutboxEntry[] = [];
  #refused: OutboxEntry[] = [];
  /** Messages with an attempt under way, so one that stalls never holds back the others. */
  readonly #inFlight = new Set<string>();
  #shownAt = 0;
  #abort = new AbortController();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #clock: ReturnType<typeof setInterval> | undefined;
  readonly #online = (): void => void this.#flush(true);

  constructor() {
    // The heading level: default 2.
    super(2);
    this.minFillSeconds = 3;
    this.retryBaseMs = DEFAULT_RETRY_BASE_MS;
    this.sendTimeoutMs = DEFAULT_TIMEOUT_MS;
  }

  /** The validated contact point being shown, or `undefined` while it is missing or invalid. */
  get point(): ContactPoint | undefined {
    return this.#point;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#abort = new AbortController();
    this.#shownAt = Date.now();
    if (this.contactPoint === undefined) this.#readJsonChild();
    this.#restoreDraft();
    this.#recoverUnsendable();
    this.#refresh();
    globalThis.addEventListener('online', this.#online);
    // "Open now" turns into "closed now" while the page stays open.
    this.#clock = setInterval(() => this.requestUpdate(), 60_000);
    // A new visit (or a reload) tries every waiting message at once, whatever its backoff said.
    if (this.endpoint) queueMicrotask(() => void this.#flush(true));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener('online', this.#online);
    clearInterval(this.#clock);
    clearTimeout(this.#timer);
    // Like a closing tab: requests in flight are dropped; their messages stay in the outbox.
    this.#abort.abort();
  }

  #readJsonChild(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script === null) return;
    try {
      this.contactPoint = JSON.parse(script.textContent ?? '');
    } catch (error) {
      this.reportOnce(`the contact point JSON cannot be read: ${(error as Error).message}`);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('contactPoint') && this.contactPoint !== undefined) {
      const result = parseContactPoint(this.contactPoint);
      this.#point = result.ok ? result.value : undefined;
      if (!result.ok) this.reportOnce(describeValidationError(result.error));
    }
  }

  // --- the draft: what the resident typed survives a reload -------------------------------

  get #draftKey(): string {
    return DRAFT_PREFIX + (this.endpoint ?? 'mailto');
  }

  #restoreDraft(): void {
    const raw = this.#storage.getItem(this.#draftKey);
    if (raw === null) return;
    try {
      this.#fields = { ...emptyContactForm(), ...(JSON.parse(raw) as Partial<ContactFormValues>) };
    } catch {
      this.#storage.removeItem(this.#draftKey);
    }
  }

  /**
   * A message in the outbox that this version cannot send (another version of the widget
   * wrote it, or the rules changed) goes back into the form, so the resident can check and
   * send it again: it is never dropped. The form must be empty, so nothing typed is replaced;
   * otherwise it waits for the next visit.
   */
  #recoverUnsendable(): void {
    for (const entry of unsendableEntries(this.#storage)) {
      if (entry.endpoint !== undefined && entry.endpoint !== (this.endpoint ?? undefined)) continue;
      const fields = entry.message === undefined ? undefined : formFieldsOf(entry.message);
      if (fields === undefined) {
        // Nothing a resident typed can be read from it: keep a trace for the webmaster.
        console.warn(`<opvang-contact>: dropped an outbox entry that holds no message: ${entry.raw.slice(0, 200)}`);
        removeEntry(this.#storage, entry.id);
        continue;
      }
      if (this.#fields.message.trim() !== '') continue;
      this.#fields = fields;
      this.#storage.setItem(this.#draftKey, JSON.stringify(fields));
      removeEntry(this.#storage, entry.id);
      this.#status = 'restored';
    }
  }

  #onInput(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const name = target.name;
    if (name === 'website') {
      this.#honeypot = target.value;
      return;
    }
    if (!(name in this.#fields)) return;
    const key = name as keyof ContactFormValues;
    const value = target instanceof HTMLInputElement && target.type === 'checkbox' ? target.checked : target.value;
    this.#fields = { ...this.#fields, [key]: value };
    this.#storage.setItem(this.#draftKey, JSON.stringify(this.#fields));
    if (this.#status === 'sent' || this.#status === 'too-fast') this.#status = 'idle';
    this.requestUpdate();
  }

  // --- sending ------------------------------------------------------------------------------

  async #onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.#status === 'sending') return;
    const locale = this.locale;
    const result = createContactMessage({ ...this.#fields, language: locale });
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
      this.#status = 'too-fast';
      this.#shownAt = 0;
      this.requestUpdate();
      return;
    }
    if (!this.endpoint) {
      this.#status = 'mailto';
      this.requestUpdate();
      return;
    }
    const entry: OutboxEntry = { endpoint: this.endpoint, message: result.value, attempts: 0, nextAttemptAt: 0 };
    // Written before the first attempt: from here on, a crash or a closed tab loses nothing.
    saveEntry(this.#storage, entry);
    this.#storage.removeItem(this.#draftKey);
    this.#current = result.value.id;
    this.#submitted = this.#fields;
    this.#status = 'sending';
    this.requestUpdate();
    await this.#attempt(entry);
    this.#schedule();
  }

  /** Marks the fields the issues name (any other issue at the message), or only `fallback` there, and focuses the first. */
  #showIssues(issues: readonly Pick<ContactIssue, 'path' | 'code'>[], fallback?: string): void {
    const locale = this.locale;
    const errors = new Map<string, string>();
    for (const issue of issues) {
      const field = (contactFormFieldOrder as readonly string[]).includes(issue.path) ? issue.path : 'message';
      if (!errors.has(field)) errors.set(field, describeContactIssue({ code: issue.code as ContactIssueCode }, locale));
    }
    if (errors.size === 0 && fallback !== undefined) errors.set('message', fallback);
    this.#errors = errors;
    this.requestUpdate();
    void this.updateComplete.then(() => {
      const first = [...errors.keys()][0] ?? 'message';
      const input = first === undefined ? null : this.renderRoot.querySelector<HTMLElement>(`[name="${first}"]`);
      input?.focus();
    });
  }

  #clearForm(): void {
    this.#fields = emptyContactForm();
    this.#honeypot = '';
    this.#shownAt = Date.now();
    this.#storage.removeItem(this.#draftKey);
    this.requestUpdate();
  }

  /** One attempt for one message, under a lock so two tabs never send it at the same time. */
  async #attempt(entry: OutboxEntry): Promise<void> {
    const id = entry.message.id;
    if (this.#inFlight.has(id)) return;
    const signal = this.#abort.signal;
    this.#inFlight.add(id);
    let outcome: SendOutcome | 'gone' | undefined;
    try {
      outcome = await withSendLock<SendOutcome | 'gone'>(this.#storage, id, async () => {
        // Another tab may have sent it while we waited.
        if (getEntry(this.#storage, id) === undefined) return 'gone';
        return postMessage(entry.endpoint, entry.message, { signal, timeoutMs: this.sendTimeoutMs });
      });
    } finally {
      this.#inFlight.delete(id);
    }
    if (outcome === undefined || signal.aborted) return;
    if (outcome === 'gone' || outcome.kind === 'sent') {
      removeEntry(this.#storage, id);
      this.#delivered(id);
      if (outcome !== 'gone') this.#emit<ContactSubmittedDetail>('opvang-contact-submitted', { id, message: entry.message, replayed: outcome.replayed });
    } else if (outcome.kind === 'rejected') {
      const refusal: Refusal = { status: outcome.status, issues: outcome.issues };
      this.#refuse(entry, refusal);
      this.#emit<ContactFailedDetail>('opvang-contact-failed', { id, ...refusal });
    } else {
      const attempts = entry.attempts + 1;
      const retryAt = Date.now() + retryDelay(attempts, this.retryBaseMs, outcome.retryAfterMs);
      // Only an answer that is not the receipt counts: offline or a timeout says nothing about where it went.
      const unconfirmed = (entry.unconfirmed ?? 0) + (outcome.status === undefined ? 0 : 1);
      saveEntry(this.#storage, { ...entry, attempts, nextAttemptAt: retryAt, unconfirmed });
      this.#refresh();
      if (id === this.#current || SETTLED.includes(this.#status)) this.#status = this.#waitingStatus();
      this.#emit<ContactQueuedDetail>('opvang-contact-queued', {
        id, attempts, retryAt, ...(outcome.status === undefined ? {} : { status: outcome.status }),
      });
    }
    this.requestUpdate();
  }

  /** Reads what the outbox holds for this endpoint, for the status and the refused messages. */
  #refresh(): void {
    this.#waiting = this.endpoint ? pendingEntries(this.#storage, this.endpoint) : [];
    this.#refused = this.endpoint ? refusedEntries(this.#storage, this.endpoint) : [];
  }

  #notArrived(): OutboxEntry[] {
    return this.#waiting.filter((entry) => (entry.unconfirmed ?? 0) >= NOT_ARRIVED_AFTER);
  }

  #waitingStatus(): Status {
    return this.#notArrived().length > 0 ? 'not-arrived' : 'queued';
  }

  /** A message arrived, sent on this visit or an earlier one: the status says so. */
  #delivered(id: string): void {
    this.#refresh();
    if (id === this.#current) {
      this.#current = undefined;
      // Clear only what was sent: the resident may be typing the next message already.
      if (sameFields(this.#fields, this.#submitted)) this.#clearForm();
      this.#status = 'sent';
    } else if (SETTLED.includes(this.#status)) {
      this.#status = this.#waiting.length > 0 ? this.#waitingStatus() : 'sent';
    }
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
    saveEntry(this.#storage, { ...entry, refused: refusal });
    this.#refresh();
    this.#status = 'held';
  }

  /** Puts a refused message back into the (empty) form with its reason; only then leaves the outbox. */
  #takeBack(entry: OutboxEntry): void {
    const refusal = entry.refused ?? { status: 422, issues: [] };
    // A message the receiver refused passed the core's checks, so it has its text.
    this.#fields = formFieldsOf(entry.message) ?? emptyContactForm();
    this.#storage.setItem(this.#draftKey, JSON.stringify(this.#fields));
    removeEntry(this.#storage, entry.message.id);
    this.#refresh();
    this.#status = refusal.status === 409 ? 'conflict' : 'rejected';
    this.#showIssues(refusal.issues, refusal.status === 409 ? undefined : this.#reasons(refusal)[0]);
  }

  #reasons(refusal: Refusal): string[] {
    const locale = this.locale;
    const text = messages[locale];
    if (refusal.issues.length > 0) return refusal.issues.map((issue) => describeContactIssue({ code: issue.code as ContactIssueCode }, locale));
    return [refusal.status === 413 ? text.refusedTooLarge : refusal.status === 409 ? text.refusedConflict : text.refusedOther];
  }

  /** Sends every waiting message that is due (all of them when `all` is true), side by side. */
  async #flush(all: boolean): Promise<void> {
    if (!this.endpoint || !this.isConnected) return;
    const due = pendingEntries(this.#storage, this.endpoint).filter((entry) => all || entry.nextAttemptAt <= Date.now());
    // Side by side: one message whose request stalls never holds back the others.
    await Promise.all(due.map((entry) => this.#attempt(entry)));
    this.#schedule();
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    if (!this.endpoint || !this.isConnected) return;
    // A message under way reschedules when its attempt ends.
    const waiting = pendingEntries(this.#storage, this.endpoint).filter((entry) => !this.#inFlight.has(entry.message.id));
    if (waiting.length > 0) {
      if (this.#status === 'idle') this.#status = this.#waitingStatus();
      const next = Math.min(...waiting.map((entry) => entry.nextAttemptAt));
      this.#timer = setTimeout(() => void this.#flush(false), Math.max(0, next - Date.now()));
    }
    this.requestUpdate();
  }

  #emit<T>(type: keyof HTMLElementEventMap, detail: T): void {
    this.dispatchEvent(contactEvent(type, detail));
  }

  // --- rendering ----------------------------------------------------------------------------

  #describedBy(field: string): string | undefined {
    return this.#errors.has(field) ? `${field}-error` : undefined;
  }

  #error(field: string): TemplateResult | typeof nothing {
    const error = this.#errors.get(field);
    return error === undefined ? nothing : html`<p part="field-error" class="field-error" id="${field}-error">${error}</p>`;
  }

  #statusText(point: ContactPoint): string {
    const text = messages[this.locale];
    // Where nothing can be kept on this device, no sentence may promise that it is.
    const volatile = this.#storage.volatile;
    return [this.#statusSentence(point, volatile), volatile ? text.volatile : ''].filter((sentence) => sentence !== '').join(' ');
  }

  #statusSentence(point: ContactPoint, volatile: boolean): string {
    const text = messages[this.locale];
    switch (this.#status) {
      case 'sending': return text.sending;
      case 'sent': return text.sent;
      // Kept on this device and sent on a later visit, unless this browser cannot keep it.
      case 'queued': return volatile ? text.queued : `${text.queued} ${text.queuedKept}`;
      case 'not-arrived': return point.email ? `${text.notArrived} ${text.notArrivedMail}` : text.notArrived;
      case 'held': return text.held;
      case 'rejected': return text.rejected;
      case 'conflict': return text.conflict;
      case 'too-fast': return text.tooFast;
      case 'mailto': return text.mailtoHint;
      case 'restored': return text.restored;
      case 'idle': return '';
    }
  }

  #form(point: ContactPoint): TemplateResult | typeof nothing {
    const locale = this.locale;
    const text = messages[locale];
    if (!this.endpoint && !point.email) return nothing;
    const fields = this.#fields;
    const errors = [...this.#errors.entries()];
    const field = (name: string) => ({ invalid: this.#errors.has(name) ? 'true' : 'false' });
    return html`
      <form part="form" novalidate aria-labelledby="form-heading" aria-busy=${this.#status === 'sending' ? 'true' : 'false'}
        @input=${this.#onInput} @change=${this.#onInput} @submit=${this.#onSubmit}>
        <div part="heading" class="form-heading" id="form-heading" role="heading" aria-level=${this.heading + 1 > 6 ? 6 : this.heading + 1}>${text.formHeading}</div>
        ${errors.length > 0
          ? html`<div part="summary" class="summary" role="alert">
              <p>${text.summary}</p>
              <ul>${errors.map(([, error]) => html`<li>${error}</li>`)}</ul>
            </div>`
          : nothing}
        <div part="field" class="field">
          <label for="category">${text.category}</label>
          <select id="category" name="category" .value=${fields.category} aria-invalid=${field('category').invalid} aria-describedby=${ifDefined(this.#describedBy('category'))}>
            <option value="" ?selected=${fields.category === ''}>${text.choose}</option>
            ${contactCategories.map((category) => html`<option value=${category} ?selected=${fields.category === category}>${contactCategoryLabels[locale][category]}</option>`)}
          </select>
          ${this.#error('category')}
        </div>
        <div part="field" class="field">
          <label for="message">${text.message}</label>
          <textarea id="message" name="message" rows="6" .value=${fields.message} aria-invalid=${field('message').invalid} aria-describedby=${ifDefined(this.#describedBy('message'))}></textarea>
          ${this.#error('message')}
        </div>
        <div part="field" class="field">
          <label for="name">${text.name}</label>
          <input id="name" name="name" autocomplete="name" .value=${fields.name} aria-invalid=${field('name').invalid} aria-describedby=${ifDefined(this.#describedBy('name'))} />
          ${this.#error('name')}
        </div>
        <div class="honeypot" aria-hidden="true">
          <label for="website">${text.honeypot}</label>
          <input id="website" name="website" tabindex="-1" autocomplete="off" .value=${this.#honeypot} />
        </div>
        <div part="field" class="field check">
          <input type="checkbox" id="replyWanted" name="replyWanted" .checked=${fields.replyWanted} />
          <label for="replyWanted">${text.replyWanted}</label>
        </div>
        ${fields.replyWanted
          ? html`
              <fieldset part="field" class="field" aria-invalid=${field('replyChannel').invalid} aria-describedby=${ifDefined(this.#describedBy('replyChannel'))}>
                <legend>${text.replyChannel}</legend>
                ${replyChannels.map((channel) => html`
                  <div class="check">
                    <input type="radio" id="channel-${channel}" name="replyChannel" value=${channel} .checked=${fields.replyChannel === channel} />
                    <label for="channel-${channel}">${replyChannelLabels[locale][channel]}</label>
                  </div>`)}
                ${this.#error('replyChannel')}
              </fieldset>
              ${fields.replyChannel === 'email'
                ? html`<div part="field" class="field">
                    <label for="email">${text.replyEmail}</label>
                    <input id="email" name="email" type="email" autocomplete="email" .value=${fields.email} aria-invalid=${field('email').invalid} aria-describedby=${ifDefined(this.#describedBy('email'))} />
                    ${this.#error('email')}
                  </div>`
                : nothing}
              ${fields.replyChannel === 'phone'
                ? html`<div part="field" class="field">
                    <label for="phone">${text.replyPhone}</label>
                    <input id="phone" name="phone" type="tel" autocomplete="tel" .value=${fields.phone} aria-invalid=${field('phone').invalid} aria-describedby=${ifDefined(this.#describedBy('phone'))} />
                    ${this.#error('phone')}
                  </div>`
                : nothing}
            `
          : nothing}
        <div part="field" class="field check">
          <input type="checkbox" id="consent" name="consent" .checked=${fields.consent} aria-invalid=${field('consent').invalid} aria-describedby=${ifDefined(this.#describedBy('consent'))} />
          <label for="consent">${text.consent}</label>
          ${this.#error('consent')}
        </div>
        <p part="status" class="status" role="status">${this.#statusText(point)}</p>
        ${this.#status === 'not-arrived' && point.email
          ? this.#notArrived().map((entry) => html`<a part="button" class="button" href=${mailtoHref(point, formFieldsOf(entry.message) ?? emptyContactForm(), this.locale)}>${text.sendByMail}</a> `)
          : nothing}
        ${this.#refused.map((entry) => this.#refusedEntry(entry))}
        ${this.#status === 'mailto' && point.email
          ? html`<a part="button" class="button" href=${mailtoHref(point, this.#fields, this.locale)}>${text.sendByMail}</a>`
          : html`<button part="button" class="button" type="submit">${text.send}</button>`}
      </form>
    `;
  }

  /** A refused message kept aside: its reason, its text, and the button that puts it back once the form is empty. */
  #refusedEntry(entry: OutboxEntry): TemplateResult {
    const text = messages[this.locale];
    const id = entry.message.id;
    const busy = hasText(this.#fields);
    return html`
      <div part="refused" class="summary">
        ${this.#reasons(entry.refused ?? { status: 422, issues: [] }).map((reason) => html`<p>${reason}</p>`)}
        <p>“${entry.message.message}”</p>
        ${busy ? html`<p id="hint-${id}">${text.takeBackHint}</p>` : nothing}
        <button part="button" class="button" type="button" ?disabled=${busy} aria-describedby=${ifDefined(busy ? `hint-${id}` : undefined)}
          @click=${() => this.#takeBackRefused(id)}>${text.takeBack}</button>
      </div>
    `;
  }

  #takeBackRefused(id: string): void {
    const entry = this.#refused.find((refused) => refused.message.id === id);
    // Never over text the resident typed since: the button is disabled then, this is the guard.
    if (entry === undefined || hasText(this.#fields)) return;
    this.#takeBack(entry);
  }

  protected override render(): TemplateResult {
    const text = messages[this.locale];
    const point = this.#point;
    if (!point) {
      if (this.problem === '' && this.contactPoint === undefined) this.reportOnce('no contact point: add a <script type="application/json"> child or set the contactPoint property');
      return this.contentError(text.invalid);
    }
    return html`
      <section part="base" aria-labelledby="heading">
        <div part="heading" id="heading" role="heading" aria-level=${this.heading}>${point.name ?? text.heading}</div>
        ${contactDetails(point, this.locale)}
        ${this.#form(point)}
      </section>
    `;
  }
}

/** The widget's events bubble out of its shadow root, so the host page can listen anywhere. */
function contactEvent<T>(type: string, detail: T): CustomEvent<T> {
  return new CustomEvent<T>(type, { detail, bubbles: true, composed: true });
}

declare global {
  interface HTMLElementEventMap {
    'opvang-contact-submitted': CustomEvent<ContactSubmittedDetail>;
    'opvang-contact-queued': CustomEvent<ContactQueuedDetail>;
    'opvang-contact-failed': CustomEvent<ContactFailedDetail>;
  }
}
