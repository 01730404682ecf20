/**
 * The register of the liaison officers' deployments (seed `000`, lines 71-107), the parser
 * for its Dutch date expressions, summaries, and the municipalities that declined support.
 *
 * @packageDocumentation
 */
export {
  parseDutchPeriod, QUALIFIER_DAYS, SOURCE_ANSWER_DATE,
  type DeploymentState, type ParsedDutchPeriod, type ParseDutchPeriodOptions, type PeriodNote, type PeriodSegment,
} from './parse-period.js';
export {
  declinedSupport, deployments, deploymentSource, openingPeriod, provinces, statesOf,
  type DeclinedSupport, type Deployment, type ProvinceId,
} from './data.js';
export { countByOpeningYear, countByProvince, countOpenClosed, durations, type DurationRange } from './summaries.js';
export { declinedNotInRegisterText, noteText, provinceName, provinceNames, registerMessages, stateLabel } from './messages.js';
