// What every recording form shares: its name and problems, the view the element makes, the
// error summary, the "when" field and the submit button. recording.ts and support-form.ts
// build their forms from these.
import type { Locale } from '@opvang/core/i18n';
import {
  describeCaseError,
  type ActorRole,
  type CaseError,
  type CaseState,
  type UpdatableFacts,
} from '@opvang/core/step-plan';
import { html, nothing, type TemplateResult } from 'lit';
import type { StoreFailure } from '../case-store/types.js';
import { formMessages } from './form-messages.js';
import { messages } from './messages.js';

/**
 * The recording forms: one per open step panel, three for the whole case, and three for the
 * announcement, the officer's involvement and the support (support-form.ts).
 */
export type FormName = 'step' | 'note' | 'decline' | 'fact' | 'announce' | 'involve' | 'support';

/** Why a form's last submission was not recorded; the form keeps what was typed. */
export type FormProblem =
  | { readonly kind: 'rejected'; readonly error: CaseError }
  | { readonly kind: 'conflict'; readonly error?: CaseError }
  | { readonly kind: 'failure'; readonly failure: StoreFailure['kind'] };

/** The facts a `fact-updated` event may change, in the form's order. */
export const factKeys = [
  'address',
  'capacity',
  'expectedOpening',
  'targetGroups',
  'operator',
  'municipality',
] as const satisfies readonly (keyof UpdatableFacts)[];
/** One of {@link factKeys}. */
export type FactKey = (typeof factKeys)[number];

/** A problem as sentences in the reader's language: the core's explanation for a rejection. */
export function problemText(problem: FormProblem, locale: Locale): string {
  const text = messages[locale];
  if (problem.kind === 'failure') return text[problem.failure];
  if (problem.kind === 'conflict')
    return problem.error === undefined
      ? text.conflict
      : `${text.conflict} ${describeCaseError(problem.error, locale)}`;
  return describeCaseError(problem.error, locale);
}

/** A form field's text, trimmed; '' when absent. */
export const field = (data: FormData, name: string): string => {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim() : '';
};

/** What the recording forms show and call; made by the element on each render. */
export interface RecordingView {
  readonly locale: Locale;
  readonly state: CaseState;
  readonly level: number;
  readonly busy: boolean;
  readonly problems: ReadonlyMap<FormName, FormProblem>;
  readonly role: ActorRole;
  readonly fact: FactKey;
  readonly onRole: (event: Event) => void;
  readonly onFact: (event: Event) => void;
  readonly onSubmit: (form: FormName, event: SubmitEvent) => void;
}

/** The error summary of a form: focusable, so the element can move the focus to it. */
export function summary(view: RecordingView, form: FormName): TemplateResult | typeof nothing {
  const problem = view.problems.get(form);
  if (problem === undefined) return nothing;
  return html`<div class="summary" part="form-error" role="alert" tabindex="-1" id="${form}-error">
    <p><strong>${messages[view.locale].notRecorded}</strong></p><p>${problemText(problem, view.locale)}</p>
  </div>`;
}

export const when = (view: RecordingView, form: string): TemplateResult =>
  html`<div class="field"><label for="${form}-at">${formMessages[view.locale].when}</label>
    <input id="${form}-at" name="at" type="datetime-local" /></div>`;

export const submit = (view: RecordingView): TemplateResult =>
  html`<button class="button" part="button" type="submit" ?disabled=${view.busy}>${formMessages[view.locale].record}</button>`;

/**
 * A form for the whole case: its heading one level below the section's, the error summary,
 * its fields, "when" and the submit button.
 */
export function caseForm(
  view: RecordingView,
  name: FormName,
  heading: string,
  body: TemplateResult,
): TemplateResult {
  return html`<form class="form" part="form" data-form=${name} novalidate aria-labelledby="${name}-heading"
      @submit=${(event: SubmitEvent) => {
        view.onSubmit(name, event);
      }}>
      <div class="subheading" id="${name}-heading" role="heading" aria-level=${Math.min(view.level + 1, 6)}>${heading}</div>
      ${summary(view, name)}${body}${when(view, name)}${submit(view)}
    </form>`;
}
