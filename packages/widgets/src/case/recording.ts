import type { Locale } from '@opvang/core/i18n';
import {
  actorRoleNames,
  actorRoles,
  describeCaseError,
  meetingFormats,
  stepDefinition,
  stepPlan,
  targetGroups,
  type Actor,
  type ActorRole,
  type CaseError,
  type CaseEvent,
  type CaseState,
  type StepId,
  type UpdatableFacts,
} from '@opvang/core/step-plan';
import { html, nothing, type TemplateResult } from 'lit';
import type { StoreFailure } from '../case-store/types.js';
import { formatLabels, formMessages, operatorLabels, targetGroupLabels } from './form-messages.js';
import { messages } from './messages.js';

/** The recording forms: one per open step panel, and three for the whole case. */
export type FormName = 'step' | 'note' | 'decline' | 'fact';

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

const field = (data: FormData, name: string): string => {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim() : '';
};

/**
 * The event a form describes, unchecked: the element checks it with `applyEvent` before it is
 * submitted, and the core's explanation says what is wrong with it.
 *
 * @example
 * ```ts
 * eventFromForm('note', new FormData(form), { caseId, actor, now: '2025-03-29T10:00' });
 * ```
 */
export function eventFromForm(
  form: FormName,
  data: FormData,
  base: { readonly caseId: string; readonly actor: Actor; readonly now: string },
): CaseEvent {
  const at = field(data, 'at') || base.now;
  const common = { caseId: base.caseId, at, actor: base.actor };
  const step = field(data, 'step') as StepId;
  if (form === 'note')
    return { ...common, kind: 'note-added', text: field(data, 'text'), ...(step ? { step } : {}) };
  if (form === 'decline') {
    const reason = field(data, 'reason');
    return { ...common, kind: 'support-declined', ...(reason ? { reason } : {}) };
  }
  if (form === 'fact') return { ...common, kind: 'fact-updated', facts: factFrom(data) };
  const action = field(data, 'action');
  if (action === 'start') return { ...common, kind: 'step-started', step };
  if (action === 'skip')
    return { ...common, kind: 'step-skipped', step, reason: field(data, 'reason') };
  const format = field(data, 'format');
  // Unchecked: applyEvent says which format is not one.
  return {
    ...common,
    kind: 'step-completed',
    step,
    ...(format ? { format: format as 'information-market' } : {}),
  };
}

function factFrom(data: FormData): Partial<UpdatableFacts> {
  const fact = field(data, 'fact') as FactKey;
  const value = field(data, 'value');
  if (fact === 'capacity') return { capacity: value === '' ? Number.NaN : Number(value) };
  if (fact === 'targetGroups')
    return { targetGroups: data.getAll('targetGroups') as UpdatableFacts['targetGroups'] };
  if (fact === 'operator') {
    const kind = field(data, 'operatorKind');
    return {
      operator:
        kind === 'partner'
          ? { kind, name: field(data, 'partnerName') }
          : ({ kind } as UpdatableFacts['operator']),
    };
  }
  return { [fact]: value };
}

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
function summary(view: RecordingView, form: FormName): TemplateResult | typeof nothing {
  const problem = view.problems.get(form);
  if (problem === undefined) return nothing;
  return html`<div class="summary" part="form-error" role="alert" tabindex="-1" id="${form}-error">
    <p><strong>${messages[view.locale].notRecorded}</strong></p><p>${problemText(problem, view.locale)}</p>
  </div>`;
}

const when = (view: RecordingView, form: string): TemplateResult =>
  html`<div class="field"><label for="${form}-at">${formMessages[view.locale].when}</label>
    <input id="${form}-at" name="at" type="datetime-local" /></div>`;

const submit = (view: RecordingView): TemplateResult =>
  html`<button class="button" part="button" type="submit" ?disabled=${view.busy}>${formMessages[view.locale].record}</button>`;

/** Who records: one choice for every form, kept in memory. */
export function roleChoice(view: RecordingView): TemplateResult {
  const text = formMessages[view.locale];
  return html`<div class="field role"><label for="role">${text.role}</label>
    <select id="role" @change=${view.onRole}>${actorRoles.map(
      (role) =>
        html`<option value=${role} ?selected=${role === view.role}>${actorRoleNames[view.locale][role]}</option>`,
    )}</select></div>`;
}

/**
 * A step's panel: its description, and a form to record that it started, is done (for H, in
 * which format) or is skipped with a reason. Done and skipped steps show no form.
 *
 * @example
 * ```ts
 * html`${stepPanel(view, 'C.a')}`;
 * ```
 */
export function stepPanel(view: RecordingView, step: StepId): TemplateResult {
  const { locale, state } = view;
  const text = formMessages[locale];
  const definition = stepDefinition(step);
  const record = state.steps[step];
  const settled = record?.state === 'done' || record?.state === 'skipped';
  const constrained = definition.constraints.length > 0;
  const inProgress = record?.state === 'in-progress';
  return html`<p>${definition.description[locale]}</p>
    ${
      // A step someone else settled meanwhile keeps its form while it shows why: the input stays.
      settled && !view.problems.has('step')
        ? nothing
        : html`<form class="form" part="form" data-form="step" novalidate aria-labelledby="step-form-heading"
          @submit=${(event: SubmitEvent) => {
            view.onSubmit('step', event);
          }}>
          <div class="subheading" id="step-form-heading" role="heading" aria-level=${Math.min(view.level + 2, 6)}>${text.stepForm({ step })}</div>
          ${summary(view, 'step')}
          <input type="hidden" name="step" .value=${step} />
          <fieldset class="field"><legend>${text.action}</legend>
            ${(['start', 'complete', 'skip'] as const)
              .filter((action) => !(action === 'start' && inProgress))
              .map(
                (action, index) => html`<div class="check">
                  <input type="radio" id="action-${action}" name="action" value=${action} ?checked=${index === 0} />
                  <label for="action-${action}">${text[action]}</label></div>`,
              )}
          </fieldset>
          ${
            constrained
              ? html`<div class="field"><label for="format">${text.format}</label>
                <select id="format" name="format">${meetingFormats.map(
                  (format) =>
                    html`<option value=${format}>${formatLabels[locale][format]}</option>`,
                )}</select></div>`
              : nothing
          }
          <div class="field"><label for="step-reason">${text.skipReason}</label>
            <textarea id="step-reason" name="reason" rows="2"></textarea></div>
          ${when(view, 'step')}
          ${submit(view)}
        </form>`
    }`;
}

/**
 * The forms for the whole case: add a note, record that no support was needed, update a fact.
 *
 * @example
 * ```ts
 * html`${caseForms(view)}`;
 * ```
 */
export function caseForms(view: RecordingView): TemplateResult {
  const { locale } = view;
  const text = formMessages[locale];
  const sub = Math.min(view.level + 1, 6);
  const form = (name: FormName, heading: string, body: TemplateResult) =>
    html`<form class="form" part="form" data-form=${name} novalidate aria-labelledby="${name}-heading"
      @submit=${(event: SubmitEvent) => {
        view.onSubmit(name, event);
      }}>
      <div class="subheading" id="${name}-heading" role="heading" aria-level=${sub}>${heading}</div>
      ${summary(view, name)}${body}${when(view, name)}${submit(view)}
    </form>`;
  return html`<section part="record" class="record" aria-labelledby="record-heading">
    <div class="subheading" id="record-heading" role="heading" aria-level=${view.level}>${text.caseForms}</div>
    ${form(
      'note',
      text.noteHeading,
      html`<div class="field"><label for="note-text">${text.noteText}</label>
        <textarea id="note-text" name="text" rows="3"></textarea></div>
      <div class="field"><label for="note-step">${text.noteStep}</label>
        <select id="note-step" name="step"><option value="">${text.noStep}</option>${stepPlan.map(
          (step) => html`<option value=${step.id}>${step.id} ${step.title[locale]}</option>`,
        )}</select></div>`,
    )}
    ${
      view.state.declined === undefined
        ? form(
            'decline',
            text.declineHeading,
            html`<p>${text.declineHint}</p>
          <div class="field"><label for="decline-reason">${text.declineReason}</label>
            <textarea id="decline-reason" name="reason" rows="2"></textarea></div>`,
          )
        : nothing
    }
    ${form('fact', text.factHeading, factControls(view))}
  </section>`;
}

function factControls(view: RecordingView): TemplateResult {
  const { locale, fact, state } = view;
  const text = formMessages[locale];
  const choice = html`<div class="field"><label for="fact">${text.fact}</label>
    <select id="fact" name="fact" @change=${view.onFact}>${factKeys.map(
      (key) => html`<option value=${key} ?selected=${key === fact}>${text[key]}</option>`,
    )}</select></div>`;
  if (fact === 'targetGroups')
    return html`${choice}<fieldset class="field"><legend>${text.targetGroups}</legend>${targetGroups.map(
      (
        group,
      ) => html`<div class="check"><input type="checkbox" id="fact-group-${group}" name="targetGroups" value=${group}
        ?checked=${state.facts.targetGroups.includes(group)} />
        <label for="fact-group-${group}">${targetGroupLabels[locale][group]}</label></div>`,
    )}</fieldset>`;
  if (fact === 'operator')
    return html`${choice}<fieldset class="field"><legend>${text.operator}</legend>${(
      ['fedasil', 'red-cross', 'partner'] as const
    ).map(
      (
        kind,
      ) => html`<div class="check"><input type="radio" id="fact-operator-${kind}" name="operatorKind" value=${kind}
        ?checked=${state.facts.operator.kind === kind} />
        <label for="fact-operator-${kind}">${operatorLabels[locale][kind]}</label></div>`,
    )}</fieldset>
    <div class="field"><label for="fact-partner">${text.partnerName}</label>
      <input id="fact-partner" name="partnerName" /></div>`;
  const type = fact === 'capacity' ? 'number' : fact === 'expectedOpening' ? 'date' : 'text';
  return html`${choice}<div class="field"><label for="fact-value">${text[fact]}</label>
    <input id="fact-value" name="value" type=${type} /></div>`;
}
