import {
  actorRoleNames,
  actorRoles,
  meetingFormats,
  stepDefinition,
  stepPlan,
  targetGroups,
  type Actor,
  type CaseEvent,
  type StepId,
  type UpdatableFacts,
} from '@opvang/core/step-plan';
import { html, nothing, type TemplateResult } from 'lit';
import { formatLabels, formMessages, operatorLabels, targetGroupLabels } from './form-messages.js';
import {
  caseForm,
  factKeys,
  field,
  submit,
  summary,
  when,
  type FactKey,
  type FormName,
  type RecordingView,
} from './form-parts.js';
import { supportEventFromForm, supportSection } from './support-form.js';

export {
  factKeys,
  problemText,
  type FactKey,
  type FormName,
  type FormProblem,
  type RecordingView,
} from './form-parts.js';

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
  if (form === 'announce' || form === 'involve' || form === 'support')
    return supportEventFromForm(form, data, common);
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
 * The forms for the whole case: add a note, record that no support was needed, update a fact;
 * then the announcement, the officer's involvement and the support (support-form.ts).
 *
 * @example
 * ```ts
 * html`${caseForms(view)}`;
 * ```
 */
export function caseForms(view: RecordingView): TemplateResult {
  const { locale } = view;
  const text = formMessages[locale];
  const form = (name: FormName, heading: string, body: TemplateResult) =>
    caseForm(view, name, heading, body);
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
  </section>
  ${supportSection(view)}`;
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
