import { isOverdue } from '../deadlines/index.js';
import { applies, missingDependencies } from './case.js';
import type { CaseState } from './model.js';
import { stepPlan, type StepDefinition, type StepId } from './steps.js';

/** Where a step stands at an instant. */
export type StepStatus =
  'not-applicable' | 'blocked' | 'open' | 'in-progress' | 'done' | 'skipped' | 'overdue';

/** One step in {@link CaseStatus}. */
export interface StepStatusEntry {
  readonly id: StepId;
  readonly status: StepStatus;
  /** When it is due, Brussels ISO 8601, if it has a deadline (for a step with sub-steps: the earliest of theirs). */
  readonly due?: string;
  /** The leaf steps it waits for, in plan order; empty unless `blocked`. */
  readonly blockedBy: readonly StepId[];
}

/** A case at an instant: every step's status, what can be done next, what is overdue, and progress. */
export interface CaseStatus {
  /** Every step and sub-step, in plan order. */
  readonly steps: readonly StepStatusEntry[];
  /** Leaf steps that can be worked on now (open, in progress or overdue), in plan order. */
  readonly nextActionable: readonly StepId[];
  /** Leaf steps past their due instant and not done; always empty once support was declined. */
  readonly overdue: readonly StepId[];
  /** Applicable leaf steps, and how many of them are done or skipped. */
  readonly progress: {
    readonly applicable: number;
    readonly done: number;
    readonly skipped: number;
    readonly ratio: number;
  };
  /** Whether the municipality said it did not need the liaison officer's support (`support-declined`; the source's municipalities indicated no need, they did not refuse). */
  readonly declined: boolean;
}

// Entries are built directly, not by spreading a base object: a portfolio computes thousands.
const NOTHING: readonly StepId[] = Object.freeze([]);

function entry(
  id: StepId,
  status: StepStatus,
  due: string | undefined,
  blockedBy: readonly StepId[] = NOTHING,
): StepStatusEntry {
  return due === undefined ? { id, status, blockedBy } : { id, status, due, blockedBy };
}

function leafStatus(
  state: CaseState,
  step: StepDefinition,
  contactOverdue: boolean,
): StepStatusEntry {
  const due = step.deadline === undefined ? undefined : state.contactDue;
  if (!applies(step, state.facts)) return entry(step.id, 'not-applicable', due);
  const record = state.steps[step.id];
  if (record?.state === 'done' || record?.state === 'skipped')
    return entry(step.id, record.state, due);
  if (due !== undefined && contactOverdue) return entry(step.id, 'overdue', due);
  if (record?.state === 'in-progress') return entry(step.id, 'in-progress', due);
  const blockedBy = missingDependencies(state, step);
  return entry(step.id, blockedBy.length > 0 ? 'blocked' : 'open', due, blockedBy);
}

function groupStatus(step: StepDefinition, children: readonly StepStatusEntry[]): StepStatusEntry {
  const applicable = children.filter((child) => child.status !== 'not-applicable');
  let due: string | undefined;
  for (const child of children)
    if (child.due !== undefined && (due === undefined || child.due < due)) due = child.due;
  const has = (status: StepStatus) => applicable.some((child) => child.status === status);
  const all = (...statuses: StepStatus[]) =>
    applicable.every((child) => statuses.includes(child.status));
  if (applicable.length === 0) return entry(step.id, 'not-applicable', due);
  if (has('overdue')) return entry(step.id, 'overdue', due);
  if (all('skipped')) return entry(step.id, 'skipped', due);
  if (all('done', 'skipped')) return entry(step.id, 'done', due);
  if (has('in-progress') || has('done') || has('skipped'))
    return entry(step.id, 'in-progress', due);
  if (all('blocked')) {
    const blockedBy = new Set(applicable.flatMap((child) => child.blockedBy));
    return entry(
      step.id,
      'blocked',
      due,
      stepPlan.map((definition) => definition.id).filter((id) => blockedBy.has(id)),
    );
  }
  return entry(step.id, 'open', due);
}

/**
 * Where a case stands at an instant: each step's status (`not-applicable`, `blocked`, `open`,
 * `in-progress`, `done`, `skipped` or `overdue`), its due instant and what blocks it; the steps
 * that can be worked on next; the overdue steps; and progress over the applicable steps.
 * A step with sub-steps takes its status from them. Pure: the same case and instant give the
 * same answer.
 *
 * @example
 * ```ts
 * const status = caseStatus(state, new Date('2025-03-31T09:00:00+02:00'));
 * status.overdue; // ['C.a'] when the contact was not recorded within 48 hours
 * status.nextActionable; // ['C.a']
 * status.steps.find((step) => step.id === 'D.d')?.blockedBy; // ['C.a', 'C.b']
 * ```
 */
export function caseStatus(state: CaseState, now: Date): CaseStatus {
  // Every step with a deadline is due at the contact's instant, so it is read once per case,
  // not once per step (a portfolio asks this of hundreds of cases on every render). Once
  // support is declined nothing is chased: no step is reported overdue.
  const contactOverdue = state.declined === undefined && isOverdue(state.contactDue, now);
  const leaves = new Map<StepId, StepStatusEntry>();
  for (const step of stepPlan)
    if (step.children.length === 0) leaves.set(step.id, leafStatus(state, step, contactOverdue));
  const steps = stepPlan.map((step) =>
    step.children.length === 0
      ? (leaves.get(step.id) as StepStatusEntry)
      : groupStatus(
          step,
          step.children.map((child) => leaves.get(child) as StepStatusEntry),
        ),
  );
  const leafEntries = [...leaves.values()];
  const applicable = leafEntries.filter((entry) => entry.status !== 'not-applicable');
  const done = applicable.filter((entry) => entry.status === 'done').length;
  const skipped = applicable.filter((entry) => entry.status === 'skipped').length;
  return {
    steps,
    nextActionable: leafEntries
      .filter(
        (entry) =>
          entry.status === 'open' || entry.status === 'in-progress' || entry.status === 'overdue',
      )
      .map((entry) => entry.id),
    overdue: leafEntries.filter((entry) => entry.status === 'overdue').map((entry) => entry.id),
    progress: {
      applicable: applicable.length,
      done,
      skipped,
      ratio: applicable.length === 0 ? 1 : (done + skipped) / applicable.length,
    },
    declined: state.declined !== undefined,
  };
}
