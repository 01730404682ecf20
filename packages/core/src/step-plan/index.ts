/**
 * The liaison officers' step plan A–K as typed data, and a case (one centre opening in one
 * municipality) as the fold of its events: open it from the facts of step B, apply events,
 * ask where it stands at any instant, and store it as a versioned event log.
 *
 * @packageDocumentation
 */
export {
  actorRoleNames,
  actorRoles,
  stepDefinition,
  stepIds,
  stepPlan,
  type ActorRole,
  type Applicability,
  type StepConstraint,
  type StepDeadline,
  type StepDefinition,
  type StepId,
} from './steps.js';
export {
  involvedByKinds,
  involvedByNames,
  meetingFormats,
  targetGroups,
  type Actor,
  type CaseEvent,
  type CaseEventKind,
  type CaseFacts,
  type CaseNote,
  type CaseState,
  type CentreOperator,
  type ContactPolicy,
  type EventBase,
  type InvolvedBy,
  type MeetingFormat,
  type StepRecord,
  type TargetGroup,
  type UpdatableFacts,
} from './model.js';
export { applyEvent, openCase, type OpenCaseOptions } from './case.js';
export { caseStatus, type CaseStatus, type StepStatus, type StepStatusEntry } from './status.js';
export {
  EVENT_LOG_VERSION,
  loadCase,
  migrateEventLog,
  toEventLog,
  type EventLog,
} from './storage.js';
export {
  describeCaseError,
  type CaseError,
  type EventRejected,
  type LogRejected,
  type RejectionCode,
} from './errors.js';
