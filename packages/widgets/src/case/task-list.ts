import { formatDateTime, type Locale } from '@opvang/core/i18n';
import { parseIsoDateTime } from '@opvang/core/shared';
import {
  actorRoleNames,
  stepDefinition,
  stepPlan,
  type CaseState,
  type CaseStatus,
  type StepId,
  type StepStatusEntry,
} from '@opvang/core/step-plan';
import { html, nothing, type TemplateResult } from 'lit';
import { messages, statusLabels } from './messages.js';

/** What the task list shows and what its buttons call; made by the element on each render. */
export interface TaskListView {
  readonly locale: Locale;
  readonly state: CaseState;
  readonly status: CaseStatus;
  /** The level of the list's heading. */
  readonly level: number;
  /** The step whose recording panel is open. */
  readonly selected: StepId | undefined;
  /** Opens (or closes) a step's panel; `focus` moves the focus into it. */
  readonly onSelect: (step: StepId, focus: boolean) => void;
  /** The recording panel of the open step. */
  readonly panel: (step: StepId) => TemplateResult;
}

const title = (step: StepId, locale: Locale): string =>
  `${step} ${stepDefinition(step).title[locale]}`;

/** The status tag: a word (the class only adds colour), with its id for the row's description. */
function tag(entry: StepStatusEntry, locale: Locale, id?: string): TemplateResult {
  return html`<strong class="tag tag-${entry.status}" part="tag" id=${id ?? nothing}>${statusLabels[locale][entry.status]}</strong>`;
}

/** Who acts, the due date, what it waits for, or why it was skipped. */
function hint(view: TaskListView, entry: StepStatusEntry): string {
  const { locale, state } = view;
  const text = messages[locale];
  const parts = [
    `${text.who} ${stepDefinition(entry.id)
      .actors.map((role) => actorRoleNames[locale][role])
      .join(', ')}`,
  ];
  if (entry.due !== undefined)
    parts.push(
      `${text.due} ${formatDateTime(parseIsoDateTime(entry.due) ?? new Date(Number.NaN), locale, 'long-date-time')}`,
    );
  if (entry.status === 'blocked' && entry.blockedBy.length > 0)
    parts.push(`${text.waitsFor} ${entry.blockedBy.map((step) => title(step, locale)).join(', ')}`);
  const reason = state.steps[entry.id]?.skipReason;
  if (entry.status === 'skipped' && reason !== undefined) parts.push(`${text.reason} ${reason}`);
  return parts.join(' · ');
}

/**
 * Overdue first, then what has a due date, then plan order: the steps that can be worked on now.
 *
 * @example
 * ```ts
 * nextSteps(caseStatus(state, new Date())); // ['C.a', 'C.b']
 * ```
 */
export function nextSteps(status: CaseStatus): StepId[] {
  const entries = new Map(status.steps.map((entry) => [entry.id, entry]));
  const rank = (step: StepId): number => {
    const entry = entries.get(step);
    return entry?.status === 'overdue' ? 0 : entry?.due !== undefined ? 1 : 2;
  };
  return status.nextActionable
    .map((step, index) => ({ step, index }))
    .sort((a, b) => rank(a.step) - rank(b.step) || a.index - b.index)
    .map(({ step }) => step);
}

/**
 * The steps that can be worked on now, first: each a button that opens its panel in the plan.
 *
 * @example
 * ```ts
 * html`${nextStepsList(view)}`;
 * ```
 */
export function nextStepsList(view: TaskListView): TemplateResult {
  const { locale, status } = view;
  const text = messages[locale];
  const next = nextSteps(status);
  const entries = new Map(status.steps.map((entry) => [entry.id, entry]));
  return html`<section part="next" class="next" aria-labelledby="next-heading">
    <div class="subheading" id="next-heading" role="heading" aria-level=${view.level}>${text.nextHeading}</div>
    ${
      next.length === 0
        ? html`<p>${text.nothingNext}</p>`
        : html`<ul class="task-list">${next.map((step) => {
            const entry = entries.get(step) as StepStatusEntry;
            return html`<li class="task">
              <div class="task-text">
                <button type="button" class="task-name" aria-describedby="next-tag-${step}" @click=${() => {
                  view.onSelect(step, true);
                }}>${title(step, locale)}</button>
                <div class="hint">${hint(view, entry)}</div>
              </div>
              ${tag(entry, locale, `next-tag-${step}`)}
            </li>`;
          })}</ul>`
    }
  </section>`;
}

function row(view: TaskListView, entry: StepStatusEntry): TemplateResult {
  const { locale } = view;
  const step = entry.id;
  const open = view.selected === step;
  if (entry.status === 'not-applicable')
    return html`<li class="task is-not-applicable">
      <div class="task-text"><span class="task-name">${title(step, locale)}</span>
      <div class="hint" id="hint-${step}">${hint(view, entry)}</div></div>
      ${tag(entry, locale)}
    </li>`;
  return html`<li class="task">
    <div class="task-text">
      <button type="button" class="task-name" id="task-${step}" aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${open ? `panel-${step}` : nothing} aria-describedby="tag-${step} hint-${step}"
        @click=${() => {
          view.onSelect(step, false);
        }}>${title(step, locale)}</button>
      <div class="hint" id="hint-${step}">${hint(view, entry)}</div>
    </div>
    ${tag(entry, locale, `tag-${step}`)}
    ${open ? html`<div class="panel" id="panel-${step}">${view.panel(step)}</div>` : nothing}
  </li>`;
}

/**
 * The step plan A–K as a task list (the GOV.UK pattern): each step its name as a button, its
 * status as a word on the right, who acts and its due date under it; a step with sub-steps is a
 * group with its own status, the sub-steps under it.
 *
 * @example
 * ```ts
 * html`${taskList(view)}`;
 * ```
 */
export function taskList(view: TaskListView): TemplateResult {
  const { locale, status } = view;
  const text = messages[locale];
  const entries = new Map(status.steps.map((entry) => [entry.id, entry]));
  const { applicable, done, skipped } = status.progress;
  return html`<section part="plan" class="plan" aria-labelledby="plan-heading">
    <div class="subheading" id="plan-heading" role="heading" aria-level=${view.level}>${text.planHeading}</div>
    <p>${text.progress({ settled: done + skipped, applicable })}</p>
    <ol class="task-list groups">${stepPlan
      .filter((step) => step.parent === undefined)
      .map((step) => {
        const entry = entries.get(step.id) as StepStatusEntry;
        if (step.children.length === 0) return row(view, entry);
        return html`<li class="group">
          <div class="group-head">
            <div class="group-name" role="heading" aria-level=${Math.min(view.level + 1, 6)}>${title(step.id, locale)}</div>
            ${tag(entry, locale)}
          </div>
          ${entry.due === undefined && entry.status !== 'blocked' ? nothing : html`<div class="hint">${hint(view, entry)}</div>`}
          <ul class="task-list">${step.children.map((child) => row(view, entries.get(child) as StepStatusEntry))}</ul>
        </li>`;
      })}</ol>
  </section>`;
}

/**
 * Moves the focus into a step's open panel (its first control) with `into`, else (or when the
 * panel has none) onto the step's button in the plan.
 *
 * @example
 * ```ts
 * focusStep(element.renderRoot, 'C.a', true);
 * ```
 */
export function focusStep(root: ParentNode, step: string, into: boolean): void {
  const control = into
    ? root.querySelector<HTMLElement>(`[id="panel-${step}"] input:not([type="hidden"])`)
    : null;
  (control ?? root.querySelector<HTMLElement>(`[id="task-${step}"]`))?.focus();
}
