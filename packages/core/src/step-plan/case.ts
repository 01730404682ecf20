import { match } from 'ts-pattern';
import {
  deadline,
  elapsedHours,
  type BelgianCalendar,
  type DeadlineRule,
} from '../deadlines/index.js';
import {
  decodeChecked,
  depthError,
  err,
  isRecord,
  ok,
  parseInstant,
  type Result,
  type ValidationError,
} from '../shared/index.js';
import { catalogueItemIds } from './catalogue-ids.js';
import { rejection, type CaseError, type EventRejected } from './errors.js';
import type { Actor, CaseEvent, CaseFacts, CaseState, ContactPolicy, StepRecord } from './model.js';
import { eventDecoder, factsDecoder, openCaseOptionsDecoder } from './schema.js';
import {
  stepDefinition,
  stepPlan,
  type Applicability,
  type StepDefinition,
  type StepId,
} from './steps.js';

/** What {@link openCase} accepts besides the facts. */
export interface OpenCaseOptions {
  /** The rule for the contact of step C. Default `elapsedHours(48)`, from the formal confirmation. */
  readonly contactDeadline?: DeadlineRule;
  /** The calendar for a working-day rule, e.g. `belgianCalendar({ community: 'flemish' })`. */
  readonly calendar?: BelgianCalendar;
  /** Who opened the case. Default: Fedasil or the minister's office, who send the facts. */
  readonly actor?: Actor;
}

const FEDERAL: Actor = { role: 'federal' };
/** The steps a case starts with done: the decision, and the facts of B it is opened from. */
const DONE_AT_OPENING: readonly StepId[] = ['A', 'B.a', 'B.b', 'B.c', 'B.d'];

const DEADLINE_PATHS = {
  start: 'facts.confirmedAt',
  rule: 'policy.contactDeadline',
  calendar: 'policy.calendar',
} as const;

const epoch = (instant: string) => parseInstant(instant) ?? Number.NaN;

/**
 * Opens a case from the facts a municipality receives in step B. A (the decision) and B's
 * sub-steps (timing, address, capacity, target group) start out done at the confirmation
 * instant; C.a is due by the contact policy, 48 elapsed hours after the confirmation unless
 * the case says otherwise.
 *
 * @returns the case, or a {@link ValidationError} naming each wrong fact (`facts.capacity`,
 *   `policy.contactDeadline.days`, `options.actor.role`, …), or facts or options nested too deeply.
 *
 * @example
 * ```ts
 * const opened = openCase({
 *   caseId: '2025-kapellen', municipality: 'Kapellen', confirmedAt: '2025-03-28T16:00',
 *   address: 'Kapelsestraat 1, 2950 Kapellen', capacity: 120, targetGroups: ['adults', 'families'],
 *   expectedOpening: '2025-05-01', operator: { kind: 'red-cross' },
 * }, { contactDeadline: workingDays(2), calendar: belgianCalendar({ community: 'flemish' }) });
 * if (opened.ok) opened.value.contactDue; // '2025-04-01T16:00:00.000+02:00'
 * ```
 */
export function openCase(
  facts: CaseFacts,
  options: OpenCaseOptions = {},
): Result<CaseState, ValidationError> {
  const tooDeep =
    depthError('case facts', facts, 'facts') ?? depthError('case facts', options, 'options');
  if (tooDeep !== undefined) return err(tooDeep);
  const readOptions = decodeChecked('case facts', openCaseOptionsDecoder, options, 'options');
  if (!readOptions.ok) return readOptions;
  const parsed = decodeChecked('case facts', factsDecoder, facts, 'facts');
  if (!parsed.ok) return parsed;
  const validFacts = parsed.value as CaseFacts;
  const policy: ContactPolicy = {
    contactDeadline: options.contactDeadline ?? elapsedHours(48),
    ...(options.calendar === undefined ? {} : { calendar: options.calendar }),
  };
  // The deadline's inputs are parts of this input: it reports on them under their paths here.
  const due = deadline(validFacts.confirmedAt, policy.contactDeadline, policy.calendar, {
    subject: 'case facts',
    paths: DEADLINE_PATHS,
  });
  if (!due.ok) return err(due.error);
  const opening: CaseEvent = {
    kind: 'case-opened',
    caseId: validFacts.caseId,
    at: validFacts.confirmedAt,
    actor: options.actor ?? FEDERAL,
    facts: validFacts,
    policy,
  };
  const steps: Partial<Record<StepId, StepRecord>> = {};
  for (const id of DONE_AT_OPENING)
    steps[id] = { state: 'done', completedAt: validFacts.confirmedAt };
  return ok({
    caseId: validFacts.caseId,
    facts: validFacts,
    policy,
    contactDue: due.value.due,
    steps,
    notes: [],
    supportOffered: [],
    supportDelivered: [],
    events: [opening],
  });
}

/** Whether a step applies to a case with these facts. */
export function applies(step: StepDefinition, facts: Pick<CaseFacts, 'targetGroups'>): boolean {
  return (
    appliesOwn(step.applicability, facts) &&
    (step.parent === undefined || applies(stepDefinition(step.parent), facts))
  );
}

// A switch, not ts-pattern's match: caseStatus asks this for every step of every case.
function appliesOwn(applicability: Applicability, facts: Pick<CaseFacts, 'targetGroups'>): boolean {
  switch (applicability.kind) {
    case 'always':
      return true;
    case 'minors-among-residents':
      return (
        facts.targetGroups.includes('unaccompanied-minors') ||
        facts.targetGroups.includes('families')
      );
  }
}

/** The leaf steps behind a step id: itself, or its sub-steps. */
export function leavesOf(id: StepId): readonly StepId[] {
  const step = stepDefinition(id);
  return step.children.length === 0 ? [id] : step.children;
}

/** Every step id in plan order. */
const planOrder: readonly StepId[] = stepPlan.map((definition) => definition.id);

/** The leaf steps a step waits for that are not done, skipped or inapplicable, in plan order. */
export function missingDependencies(
  state: Pick<CaseState, 'facts' | 'steps'>,
  step: StepDefinition,
): StepId[] {
  const missing = new Set<StepId>();
  for (const dependency of step.dependsOn) {
    for (const leaf of leavesOf(dependency)) {
      const record = state.steps[leaf];
      const settled =
        record?.state === 'done' ||
        record?.state === 'skipped' ||
        !applies(stepDefinition(leaf), state.facts);
      if (!settled) missing.add(leaf);
    }
  }
  return missing.size === 0 ? [] : planOrder.filter((id) => missing.has(id));
}

/**
 * Applies one event to a case and returns the new case; the case given is never changed.
 * Events from outside (a form, an API) are validated first.
 *
 * Rejected, with a typed {@link EventRejected} that says why: an event for another case,
 * one dated before the previous event, a step with sub-steps (record those), a step that does
 * not apply, a step whose dependencies are not done (D.d before C), a step started or done
 * twice, H recorded as anything but an information market, a second `support-declined`,
 * a second `opening-announced` or `officer-involved` (each is recorded once; a correction is a
 * note), and support naming an id that is no item of `@opvang/core/catalogue`.
 * Offering an item again changes nothing; delivering an item also counts as offering it.
 *
 * @example
 * ```ts
 * const next = applyEvent(state, {
 *   kind: 'step-completed', caseId: '2025-kapellen', at: '2025-03-29T10:00',
 *   actor: { role: 'liaison-officer', name: 'An Peeters' }, step: 'C.a',
 * });
 * if (next.ok) state = next.value;
 * else console.warn(describeCaseError(next.error, 'nl'));
 * ```
 */
export function applyEvent(state: CaseState, event: CaseEvent): Result<CaseState, CaseError> {
  const tooDeep = depthError('case event', event);
  if (tooDeep !== undefined) return err(tooDeep);
  if (isRecord(event) && event['kind'] === 'case-opened')
    return err(rejection('not-opening-event'));
  const parsed = decodeChecked('case event', eventDecoder, event);
  if (!parsed.ok) return parsed;
  const valid = parsed.value as Exclude<CaseEvent, { kind: 'case-opened' }>;
  if (valid.caseId !== state.caseId) return err(rejection('other-case'));
  const previous = state.events[state.events.length - 1] as CaseEvent;
  if (epoch(valid.at) < epoch(previous.at)) return err(rejection('out-of-order'));
  const problem = check(state, valid);
  if (problem !== undefined) return err(problem);
  return ok(fold(state, valid));
}

function check(
  state: CaseState,
  event: Exclude<CaseEvent, { kind: 'case-opened' }>,
): EventRejected | undefined {
  return match(event)
    .with({ kind: 'fact-updated' }, () => undefined)
    .with({ kind: 'note-added' }, () => undefined)
    .with({ kind: 'support-declined' }, () =>
      state.declined === undefined ? undefined : rejection('already-declined'),
    )
    .with({ kind: 'opening-announced' }, () =>
      state.announcedAt === undefined ? undefined : rejection('already-announced'),
    )
    .with({ kind: 'officer-involved' }, () =>
      state.involvement === undefined ? undefined : rejection('already-involved'),
    )
    .with({ kind: 'support-offered' }, { kind: 'support-delivered' }, ({ kind, items }) => {
      const unknown = items.filter((id) => !catalogueItemIds.has(id));
      return unknown.length === 0
        ? undefined
        : rejection('unknown-catalogue-item', { event: kind, items: unknown });
    })
    .with(
      { kind: 'step-started' },
      ({ step }) => stepProblem(state, step, 'start') ?? dependencyProblem(state, step),
    )
    .with({ kind: 'step-skipped' }, ({ step }) => stepProblem(state, step, 'skip'))
    .with(
      { kind: 'step-completed' },
      ({ step, format }) =>
        stepProblem(state, step, 'complete') ??
        formatProblem(step, format) ??
        dependencyProblem(state, step),
    )
    .exhaustive();
}

function stepProblem(
  state: CaseState,
  step: StepId,
  action: 'start' | 'complete' | 'skip',
): EventRejected | undefined {
  const definition = stepDefinition(step);
  if (definition.children.length > 0) return rejection('step-has-sub-steps', { step });
  if (!applies(definition, state.facts)) return rejection('not-applicable', { step });
  const current = state.steps[step]?.state ?? 'open';
  if (current === 'done') return rejection('already-done', { step });
  if (current === 'skipped') return rejection('already-skipped', { step });
  if (current === 'in-progress' && action === 'start')
    return rejection('already-started', { step });
  return undefined;
}

function dependencyProblem(state: CaseState, step: StepId): EventRejected | undefined {
  const missing = missingDependencies(state, stepDefinition(step));
  return missing.length === 0 ? undefined : rejection('dependencies-not-done', { step, missing });
}

function formatProblem(step: StepId, format: string | undefined): EventRejected | undefined {
  const constrained = stepDefinition(step).constraints.some(
    (constraint) => constraint.kind === 'information-market-format',
  );
  if (!constrained)
    return format === undefined ? undefined : rejection('format-not-expected', { step, format });
  if (format === undefined) return rejection('format-required', { step });
  return format === 'information-market'
    ? undefined
    : rejection('forbidden-format', { step, format });
}

function fold(state: CaseState, event: Exclude<CaseEvent, { kind: 'case-opened' }>): CaseState {
  const events: CaseState['events'] = [...state.events, event];
  return match(event)
    .with({ kind: 'fact-updated' }, ({ facts }) => ({
      ...state,
      facts: { ...state.facts, ...facts },
      events,
    }))
    .with({ kind: 'note-added' }, ({ at, actor, text, step }) => ({
      ...state,
      notes: [...state.notes, { at, actor, text, ...(step === undefined ? {} : { step }) }],
      events,
    }))
    .with({ kind: 'support-declined' }, ({ at, actor, reason }) => ({
      ...state,
      declined: { at, actor, ...(reason === undefined ? {} : { reason }) },
      events,
    }))
    .with({ kind: 'opening-announced' }, ({ at }) => ({ ...state, announcedAt: at, events }))
    .with({ kind: 'officer-involved' }, ({ at, by }) => ({
      ...state,
      involvement: { at, by },
      events,
    }))
    .with({ kind: 'support-offered' }, ({ items }) => ({
      ...state,
      supportOffered: union(state.supportOffered, items),
      events,
    }))
    .with({ kind: 'support-delivered' }, ({ items }) => ({
      ...state,
      supportOffered: union(state.supportOffered, items),
      supportDelivered: union(state.supportDelivered, items),
      events,
    }))
    .with({ kind: 'step-started' }, ({ step, at }) => ({
      ...state,
      steps: { ...state.steps, [step]: { state: 'in-progress', startedAt: at } },
      events,
    }))
    .with({ kind: 'step-completed' }, ({ step, at, format }) => {
      const started = state.steps[step]?.startedAt;
      const record: StepRecord = {
        state: 'done',
        ...(started === undefined ? {} : { startedAt: started }),
        completedAt: at,
        ...(format === undefined ? {} : { format }),
      };
      return { ...state, steps: { ...state.steps, [step]: record }, events };
    })
    .with({ kind: 'step-skipped' }, ({ step, at, reason }) => {
      const started = state.steps[step]?.startedAt;
      const record: StepRecord = {
        state: 'skipped',
        ...(started === undefined ? {} : { startedAt: started }),
        skippedAt: at,
        skipReason: reason,
      };
      return { ...state, steps: { ...state.steps, [step]: record }, events };
    })
    .exhaustive();
}

/** The ids of `known`, then those of `added` not among them, each once, in order. */
function union(known: readonly string[], added: readonly string[]): readonly string[] {
  const fresh = added.filter((id) => !known.includes(id));
  return fresh.length === 0 ? known : [...known, ...fresh];
}
