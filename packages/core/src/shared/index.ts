/**
 * Primitives every capability shares: the {@link Result} type, the domain's terms that more than one capability uses (step ids, target groups), validation errors that say
 * where and what, small decoders for every model read from outside (no schema library: the models ship to browsers), and instants in Europe/Brussels time in one grammar (see instant.ts), without a date library.
 *
 * @packageDocumentation
 */
export { ok, err, type Result } from './result.js';
export {
  describeIssue,
  describeIssueIn,
  describeValidationError,
  formatPath,
  issue,
  OpvangValidationError,
  validationError,
  type ValidationError,
  type ValidationIssue,
} from './validation.js';
export { BRUSSELS_TIME_ZONE } from './time-zone.js';
export {
  brusselsLocalDate,
  brusselsOffsetMinutes,
  brusselsWallClockToEpoch,
  DAY_MS,
  dayNumberOf,
  formatInstant,
  INSTANT_EXPECTED,
  INSTANT_YEARS,
  isoDateOf,
  parseInstant,
  parseIsoDateTime,
  toBrusselsIso,
  wallToEpoch,
  type InstantOptions,
  type WallClock,
} from './instant.js';
export type { Period, PeriodPrecision } from './period.js';
export { weekdayOfDayNumber, weekdays, type Weekday } from './weekday.js';
export { stepIds, type StepId } from './step-id.js';
export { targetGroups, type TargetGroup } from './target-group.js';
export { isIsoDate } from './iso-date.js';
export { toCsv, type CsvCell, type CsvWriteOptions } from './csv.js';
export { depthError, depthIssue, MAX_DEPTH } from './depth.js';
export {
  foldForSearch,
  foldQuery,
  matchRanges,
  rangesIn,
  toSearchText,
  type SearchText,
  type TextRange,
} from './fold.js';
export {
  citationProblem,
  citationsInMarkdown,
  formatCitation,
  seedIds,
  type Citation,
  type SeedId,
} from './citation.js';
export {
  englishIssueText,
  englishIssueWords,
  isIssueCode,
  issueCodes,
  issueText,
  issueWords,
  type IssueCode,
  type IssueParams,
  type IssueWords,
  type ValueType,
} from './issue-texts.js';
export {
  anything,
  boolean,
  childPath,
  coded,
  decode,
  decodeChecked,
  isRecord,
  list,
  looseObject,
  map,
  number,
  object,
  oneOf,
  optional,
  range,
  refine,
  report,
  text,
  union,
  variant,
  type Decoded,
  type Decoder,
  type Fail,
  type ObjectOf,
  type OptionalKeys,
  type RangeRules,
  type Shape,
  type TextRules,
} from './decode.js';
