/**
 * Buffer occupancy of the reception network: assess occupancy against Fedasil's 85%–94% band,
 * recommend which places to activate or deactivate with the reasons behind each line, and
 * project occupancy weeks ahead under uncertain inflow, with the buffer a risk tolerance needs.
 * The library recommends and explains; a person decides.
 *
 * @packageDocumentation
 */
export {
  parseNetwork,
  placeKinds,
  type Centre,
  type Network,
  type NetworkOperator,
  type PlaceCounts,
  type PlaceKind,
} from './network.js';
export {
  bandStatus,
  bufferPolicy,
  defaultPolicy,
  policySources,
  type BandStatus,
  type BufferPolicy,
  type OccupancyBand,
  type PolicyOverrides,
} from './policy.js';
export { assess, type Assessment, type CentreAssessment, type KindAssessment } from './assess.js';
export {
  applyPlan,
  defaultPreferences,
  effectOf,
  plan,
  planCriteria,
  planPreferences,
  type BufferPlan,
  type CriterionScore,
  type PlanCriterion,
  type PlanEffect,
  type PlanLine,
  type PlanPreferences,
} from './plan.js';
export {
  project,
  requiredBuffer,
  type Assumption,
  type BufferRequirement,
  type Forecast,
  type ProjectedWeek,
  type Projection,
  type ProjectionOptions,
  type Spread,
} from './project.js';
export {
  createBufferSearch,
  type BufferSearch,
  type BufferSearchOptions,
  type PrecomputeBudget,
} from './buffer-search.js';
export {
  centreOutlook,
  type CentreOutlook,
  type Outlook,
  type OutlookChance,
  type OutlookOptions,
} from './outlook.js';
export { seededRandom } from './random.js';
export {
  networkCsvColumns,
  networkToCsv,
  parseNetworkCsv,
  type CsvIssue,
  type CsvValidationError,
  type NetworkCsvColumn,
} from './csv.js';
export {
  describeCsvIssue,
  planCsvHeader,
  planCsvTexts,
  projectionCsvHeader,
} from './csv-messages.js';
export { planToCsv, projectionToCsv, type CsvOptions } from './export-csv.js';
export { summarizeAssessment, summarizePlan, summarizeProjection } from './summarize.js';
export { summaryTexts, type SummaryTexts } from './summary-messages.js';
export {
  criterionNames,
  describeAssumption,
  describePlanLine,
  placeKindNames,
} from './messages.js';
