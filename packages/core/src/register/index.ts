/**
 * The register of the liaison officers' deployments (seed `000`, lines 71-107), the parser
 * for its Dutch date expressions, summaries, and the municipalities that said they did not
 * need support.
 *
 * @packageDocumentation
 */
export {
  parseDutchPeriod,
  QUALIFIER_DAYS,
  SOURCE_ANSWER_DATE,
  type DeploymentState,
  type ParsedDutchPeriod,
  type ParseDutchPeriodOptions,
  type PeriodNote,
  type PeriodSegment,
} from './parse-period.js';
export {
  declinedSupport,
  deployments,
  deploymentSource,
  noSupportNeeded,
  openingPeriod,
  registerProvinces,
  statesOf,
  type DeclinedSupport,
  type Deployment,
  type NoSupportNeeded,
  type SourceNote,
} from './data.js';
export {
  countByOpeningYear,
  countByProvince,
  countClosures,
  countOpenClosed,
  durations,
  type DurationRange,
} from './summaries.js';
export {
  deploymentsToCsv,
  deploymentsToEdtfJson,
  describeDeploymentNotes,
  describePrecision,
  describeReading,
  registerExportMessages,
} from './export.js';
export {
  deploymentToEdtf,
  factAlternatives,
  factToEdtf,
  toEdtf,
  type DeploymentEdtf,
  type EdtfDoubt,
  type ToEdtfOptions,
} from './edtf.js';
export {
  deploymentsPerYear,
  possibleYears,
  yearCategories,
  yearCategoryOf,
  type DeploymentsInYear,
  type DeploymentsPerYear,
  type YearCategory,
  type YearSpan,
  type YearTally,
} from './per-year.js';
export {
  declinedNotInRegisterText,
  describeNoSupportNeededNotInRegister,
  describePeriodNote,
  registerMessages,
  describeSourceNote,
  describeDeploymentState,
} from './messages.js';
