import {
  contactCategories,
  contactFormFieldOrder,
  replyChannels,
  type ContactFormField,
  type ContactFormValues,
  type ContactIssue,
} from '@opvang/core/contact';
import type { Locale } from '@opvang/core/i18n';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { HeadingLevel } from '../shared/heading-level.js';
import { hasText } from './fields.js';
import type { OutboxEntry } from './outbox.js';
import { refusalReasons } from './status.js';
import { coreTexts, messages } from './texts.js';

/**
 * The error to show next to each field the issues name (an issue about anything else is shown
 * at the message), the first per field; with no issue, only `fallback` at the message.
 *
 * @example
 * ```ts
 * fieldErrors([{ path: 'email', code: 'email-invalid' }], 'nl'); // Map { 'email' => '…' }
 * ```
 */
export function fieldErrors(
  issues: readonly Pick<ContactIssue, 'path' | 'code'>[],
  locale: Locale,
  fallback?: string,
): Map<string, string> {
  const errors = new Map<string, string>();
  for (const issue of issues) {
    const field = (contactFormFieldOrder as readonly string[]).includes(issue.path)
      ? issue.path
      : 'message';
    if (!errors.has(field)) errors.set(field, coreTexts[locale].issues[issue.code]);
  }
  if (errors.size === 0 && fallback !== undefined) errors.set('message', fallback);
  return errors;
}

/** Everything the contact form shows, and what its controls call; made by the element on each render. */
export interface ContactFormView {
  readonly locale: Locale;
  readonly fields: ContactFormValues;
  /** The bots' field, hidden from people. */
  readonly honeypot: string;
  /** Each wrong field's error, in the form's order. */
  readonly errors: ReadonlyMap<string, string>;
  /** The widget's heading level: the form's heading is one below it. */
  readonly headingLevel: HeadingLevel;
  readonly busy: boolean;
  /** The line that tells how sending goes. */
  readonly status: string;
  /** `mailto:` links for messages that did not arrive. */
  readonly notArrived: readonly string[];
  /** Refused messages kept aside, for the resident to take back. */
  readonly refused: readonly OutboxEntry[];
  /** When set, a `mailto:` link with the message takes the send button's place. */
  readonly mailto: string | undefined;
  readonly onInput: (event: Event) => void;
  readonly onSubmit: (event: Event) => Promise<void>;
  readonly onTakeBack: (id: string) => void;
}

/** How a field's control is marked: bind both on the control (or its group). */
type Control = (invalid: 'true' | 'false', describedBy: string | undefined) => unknown;

/**
 * One form field: its label, its control and its error, with the control marked invalid and
 * described by the error while there is one. `check` puts the label after the control (a box);
 * `group` makes it a fieldset with a legend, marked itself (a choice of radio buttons).
 *
 * @example
 * ```ts
 * field(errors, 'name', text.name, (invalid, describedBy) =>
 *   html`<input id="name" name="name" aria-invalid=${invalid} aria-describedby=${ifDefined(describedBy)} />`);
 * ```
 */
export function field(
  errors: ReadonlyMap<string, string>,
  name: ContactFormField,
  label: string,
  control: Control,
  layout?: 'check' | 'group',
): TemplateResult {
  const error = errors.get(name);
  const describedBy = error === undefined ? undefined : `${name}-error`;
  const invalid = error === undefined ? 'false' : 'true';
  const message =
    error === undefined
      ? nothing
      : html`<p part="field-error" class="field-error" id="${name}-error">${error}</p>`;
  if (layout === 'group') {
    return html`<fieldset part="field" class="field" aria-invalid=${invalid} aria-describedby=${ifDefined(describedBy)}>
      <legend>${label}</legend>${control(invalid, describedBy)}${message}</fieldset>`;
  }
  const labelled = html`<label for=${name}>${label}</label>`;
  return layout === 'check'
    ? html`<div part="field" class="field check">${control(invalid, describedBy)}${labelled}${message}</div>`
    : html`<div part="field" class="field">${labelled}${control(invalid, describedBy)}${message}</div>`;
}

/**
 * The message form: the error summary, the fields (the reply's only when a reply is wanted), the
 * status line, refused messages kept aside, and the send button or `mailto:` link.
 *
 * @example
 * ```ts
 * html`${contactForm({ locale: 'nl', fields, honeypot: '', errors: new Map(), headingLevel: 2, … })}`;
 * ```
 */
export function contactForm(view: ContactFormView): TemplateResult {
  const { locale, fields, errors } = view;
  const text = messages[locale];
  return html`
    <form part="form" novalidate aria-labelledby="form-heading" aria-busy=${view.busy ? 'true' : 'false'}
      @input=${view.onInput} @change=${view.onInput} @submit=${view.onSubmit}>
      <div part="heading" class="form-heading" id="form-heading" role="heading" aria-level=${Math.min(view.headingLevel + 1, 6)}>${text.formHeading}</div>
      ${
        errors.size > 0
          ? html`<div part="summary" class="summary" role="alert">
            <p>${text.summary}</p>
            <ul>${[...errors.values()].map((error) => html`<li>${error}</li>`)}</ul>
          </div>`
          : nothing
      }
      ${field(
        errors,
        'category',
        text.category,
        (invalid, describedBy) => html`
        <select id="category" name="category" .value=${fields.category} aria-invalid=${invalid} aria-describedby=${ifDefined(describedBy)}>
          <option value="" ?selected=${fields.category === ''}>${text.choose}</option>
          ${contactCategories.map((category) => html`<option value=${category} ?selected=${fields.category === category}>${coreTexts[locale].categories[category]}</option>`)}
        </select>`,
      )}
      ${field(
        errors,
        'message',
        text.message,
        (invalid, describedBy) => html`
        <textarea id="message" name="message" rows="6" .value=${fields.message} aria-invalid=${invalid} aria-describedby=${ifDefined(describedBy)}></textarea>`,
      )}
      ${field(
        errors,
        'name',
        text.name,
        (invalid, describedBy) => html`
        <input id="name" name="name" autocomplete="name" .value=${fields.name} aria-invalid=${invalid} aria-describedby=${ifDefined(describedBy)} />`,
      )}
      <div class="honeypot" aria-hidden="true">
        <label for="website">${text.honeypot}</label>
        <input id="website" name="website" tabindex="-1" autocomplete="off" .value=${view.honeypot} />
      </div>
      ${field(
        errors,
        'replyWanted',
        text.replyWanted,
        (invalid, describedBy) => html`
        <input type="checkbox" id="replyWanted" name="replyWanted" .checked=${fields.replyWanted} aria-invalid=${invalid} aria-describedby=${ifDefined(describedBy)} />`,
        'check',
      )}
      ${fields.replyWanted ? reply(view) : nothing}
      ${field(
        errors,
        'consent',
        text.consent,
        (invalid, describedBy) => html`
        <input type="checkbox" id="consent" name="consent" .checked=${fields.consent} aria-invalid=${invalid} aria-describedby=${ifDefined(describedBy)} />`,
        'check',
      )}
      <p part="status" class="status" role="status">${view.status}</p>
      ${view.notArrived.map((href) => html`<a part="button" class="button" href=${href}>${text.sendByMail}</a> `)}
      ${view.refused.map((refused) => refusedEntry(view, refused))}
      ${
        view.mailto !== undefined
          ? html`<a part="button" class="button" href=${view.mailto}>${text.sendByMail}</a>`
          : html`<button part="button" class="button" type="submit">${text.send}</button>`
      }
    </form>
  `;
}

/** How the resident wants the answer, and the address or number for it. */
function reply({ locale, fields, errors }: ContactFormView): TemplateResult {
  const text = messages[locale];
  const channel = fields.replyChannel;
  return html`
    ${field(
      errors,
      'replyChannel',
      text.replyChannel,
      () =>
        replyChannels.map(
          (option) => html`
      <div class="check">
        <input type="radio" id="channel-${option}" name="replyChannel" value=${option} .checked=${channel === option} />
        <label for="channel-${option}">${coreTexts[locale].channels[option]}</label>
      </div>`,
        ),
      'group',
    )}
    ${
      channel === 'email'
        ? field(
            errors,
            'email',
            text.replyEmail,
            (invalid, describedBy) => html`
          <input id="email" name="email" type="email" autocomplete="email" .value=${fields.email} aria-invalid=${invalid} aria-describedby=${ifDefined(describedBy)} />`,
          )
        : channel === 'phone'
          ? field(
              errors,
              'phone',
              text.replyPhone,
              (invalid, describedBy) => html`
            <input id="phone" name="phone" type="tel" autocomplete="tel" .value=${fields.phone} aria-invalid=${invalid} aria-describedby=${ifDefined(describedBy)} />`,
            )
          : nothing
    }
  `;
}

/** A refused message kept aside: its reason, its text, and the button that puts it back once the form is empty. */
function refusedEntry(view: ContactFormView, { message, refused }: OutboxEntry): TemplateResult {
  const text = messages[view.locale];
  const id = message.id;
  // Never over text the resident typed since: the element checks again when the button is pressed.
  const busy = hasText(view.fields);
  return html`
    <div part="refused" class="summary">
      ${refusalReasons(refused ?? { status: 422, issues: [] }, view.locale).map((reason) => html`<p>${reason}</p>`)}
      <p>“${message.message}”</p>
      ${busy ? html`<p id="hint-${id}">${text.takeBackHint}</p>` : nothing}
      <button part="button" class="button" type="button" ?disabled=${busy} aria-describedby=${ifDefined(busy ? `hint-${id}` : undefined)}
        @click=${() => view.onTakeBack(id)}>${text.takeBack}</button>
    </div>
  `;
}
