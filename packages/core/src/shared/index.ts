/**
 * Primitives every capability shares: the {@link Result} type, validation errors that say
 * where and what, small zod-free decoders for the models that ship to browsers, and instants in Europe/Brussels time in one grammar (see instant.ts), without a date library.
 *
 * @packageDocumentation
 */
export { ok, err, type Result } from './result.js';
export {
  describeIssue,
  describeValidationError,
  expecting,
  formatPath,
  fromZodIssues,
  OpvangValidationError,
  validationError,
  type ValidationError,
  type ValidationIssue,
} from './validation.js';
export {
  BRUSSELS_TIME_ZONE,
  brusselsOffsetMinutes,
  brusselsWallClockToEpoch,
  formatInstant,
  INSTANT_EXPECTED,
  INSTANT_YEARS,
  parseInstant,
  parseIsoDateTime,
  toBrusselsIso,
  type InstantOptions,
  type WallClock,
} from './instant.js';
export type { Period, PeriodPrecision } from './period.js';
export { weekdayOfDayNumber, weekdays, type Weekday } from './weekday.js';
export { stepIds, type StepId } from './step-id.js';
export { isIsoDate } from './iso-date.js';
export { depthError, depthIssue, MAX_DEPTH } from './depth.js';
export { citationProblem, citationsInMarkdown, formatCitation, seedIds, type Citation, type SeedId } from './citation.js';
export {
  boolean,
  childPath,
  decode,
  isRecord,
  list,
  number,
  object,
  oneOf,
  optional,
  report,
  text,
  variant,
  type Decoded,
  type Decoder,
  type ObjectOf,
  type OptionalKeys,
  type Shape,
  type TextRules,
} from './decode.js';
