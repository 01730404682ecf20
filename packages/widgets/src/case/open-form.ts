import type { Locale } from '@opvang/core/i18n';
import { err, ok, type Result } from '@opvang/core/shared';
import {
  openCase,
  targetGroups,
  type Actor,
  type CaseError,
  type CaseEvent,
  type CaseFacts,
} from '@opvang/core/step-plan';
import { html, nothing, type TemplateResult } from 'lit';
import { formMessages, operatorLabels, targetGroupLabels } from './form-messages.js';
import { messages } from './messages.js';
import type { CaseDocument, CaseStore } from '../case-store/types.js';
import { failureOf } from './recorder.js';
import { problemText, type FormProblem } from './recording.js';

const field = (data: FormData, name: string): string => {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim() : '';
};

/**
 * The `case-opened` event the opening form describes, checked by `openCase` (48 elapsed hours
 * for the contact), or the core's error naming each wrong fact by its path.
 *
 * @example
 * ```ts
 * const opening = openingFromForm(new FormData(form), { role: 'liaison-officer' });
 * if (!opening.ok) describeCaseError(opening.error, 'nl'); // 'facts.capacity: …'
 * ```
 */
export function openingFromForm(data: FormData, actor: Actor): Result<CaseEvent, CaseError> {
  const kind = field(data, 'operatorKind');
  const capacity = field(data, 'capacity');
  // Unchecked: openCase checks every fact and names what is wrong.
  const facts = {
    caseId: field(data, 'caseId'),
    municipality: field(data, 'municipality'),
    confirmedAt: field(data, 'confirmedAt'),
    address: field(data, 'address'),
    capacity: capacity === '' ? Number.NaN : Number(capacity),
    targetGroups: data.getAll('targetGroups'),
    expectedOpening: field(data, 'expectedOpening'),
    operator: kind === 'partner' ? { kind, name: field(data, 'partnerName') } : { kind },
  } as unknown as CaseFacts;
  const opened = openCase(facts, { actor });
  return opened.ok ? ok(opened.value.events[0]) : err(opened.error);
}

/**
 * Opens the case the opening form describes in a store: checked by `openCase` first.
 *
 * @example
 * ```ts
 * const opened = await openFromForm(store, new FormData(form), { role: 'liaison-officer' });
 * ```
 */
export async function openFromForm(
  store: CaseStore,
  data: FormData,
  actor: Actor,
): Promise<Result<CaseDocument, FormProblem>> {
  const opening = openingFromForm(data, actor);
  if (!opening.ok) return err({ kind: 'rejected', error: opening.error });
  try {
    return ok(await store.open({ id: crypto.randomUUID(), event: opening.value }));
  } catch (error) {
    return err({ kind: 'failure', failure: failureOf(error) });
  }
}

/** What the opening form shows and calls. */
export interface OpenFormView {
  readonly locale: Locale;
  readonly level: number;
  /** The case id from the `case-id` attribute: fixed in the form when given. */
  readonly caseId: string | undefined;
  readonly busy: boolean;
  readonly problem: FormProblem | undefined;
  readonly onSubmit: (event: SubmitEvent) => Promise<void>;
}

/**
 * The form that opens a case from the facts of step B: officers open cases.
 *
 * @example
 * ```ts
 * html`${openForm({ locale: 'nl', level: 3, caseId: 'demo-testdorp', busy: false, problem: undefined, onSubmit })}`;
 * ```
 */
export function openForm(view: OpenFormView): TemplateResult {
  const { locale } = view;
  const text = formMessages[locale];
  const input = (name: string, label: string, type = 'text') =>
    html`<div class="field"><label for="open-${name}">${label}</label>
      <input id="open-${name}" name=${name} type=${type} /></div>`;
  return html`<form class="form" part="form" data-form="open" novalidate aria-labelledby="open-heading" @submit=${view.onSubmit}>
    <div class="subheading" id="open-heading" role="heading" aria-level=${view.level}>${text.openHeading}</div>
    <p>${text.openHint}</p>
    ${
      view.problem === undefined
        ? nothing
        : html`<div class="summary" part="form-error" role="alert" tabindex="-1" id="open-error">
          <p><strong>${text.notOpened}</strong></p><p>${problemText(view.problem, locale)}</p></div>`
    }
    ${
      // A case id the page gives is shown as text: a read-only field would look editable.
      view.caseId === undefined
        ? html`<div class="field"><label for="open-caseId">${text.caseId}</label>
          <input id="open-caseId" name="caseId" /></div>`
        : html`<p class="case-id">${text.caseIdGiven({ caseId: view.caseId })}</p>
          <input type="hidden" name="caseId" .value=${view.caseId} />`
    }
    ${input('municipality', text.municipality)}
    ${input('confirmedAt', text.confirmedAt, 'datetime-local')}
    ${input('address', text.address)}
    ${input('capacity', text.capacity, 'number')}
    <fieldset class="field"><legend>${text.targetGroups}</legend>${targetGroups.map(
      (
        group,
      ) => html`<div class="check"><input type="checkbox" id="open-group-${group}" name="targetGroups" value=${group} />
        <label for="open-group-${group}">${targetGroupLabels[locale][group]}</label></div>`,
    )}</fieldset>
    ${input('expectedOpening', text.expectedOpening, 'date')}
    <fieldset class="field"><legend>${text.operator}</legend>${(
      ['fedasil', 'red-cross', 'partner'] as const
    ).map(
      (
        kind,
        index,
      ) => html`<div class="check"><input type="radio" id="open-operator-${kind}" name="operatorKind" value=${kind} ?checked=${index === 0} />
        <label for="open-operator-${kind}">${operatorLabels[locale][kind]}</label></div>`,
    )}</fieldset>
    ${input('partnerName', text.partnerName)}
    <button class="button" part="button" type="submit" ?disabled=${view.busy}>${text.open}</button>
  </form>`;
}

/**
 * The sign-in form of a case server that wants a token: the token stays in this page's memory.
 *
 * @example
 * ```ts
 * html`${signInForm('nl', (token) => (element.token = token))}`;
 * ```
 */
export function signInForm(locale: Locale, onToken: (token: string) => void): TemplateResult {
  const text = formMessages[locale];
  return html`<form class="form" part="form" data-form="sign-in" novalidate @submit=${(
    event: SubmitEvent,
  ) => {
    event.preventDefault();
    const token = field(new FormData(event.target as HTMLFormElement), 'token');
    if (token !== '') onToken(token);
  }}>
    <p>${messages[locale].unauthenticated}</p>
    <div class="field"><label for="token">${text.token}</label>
      <input id="token" name="token" type="password" autocomplete="off" /></div>
    <button class="button" part="button" type="submit">${text.signIn}</button>
  </form>`;
}
