/**
 * The widgets' classes, without registering any tag: import `@opvang/widgets/define-all`
 * or a widget's `/define` module to register them, or call `customElements.define` with a
 * tag of your own.
 *
 * @packageDocumentation
 */
export { OpvangFaq, type FactsWriter } from './faq/faq.js';
export { OpvangInfoMarket } from './info-market/info-market.js';
export {
  OpvangContact,
  type ContactFailedDetail,
  type ContactQueuedDetail,
  type ContactSubmittedDetail,
} from './contact/index.js';
export { OpvangCase } from './case/index.js';
export { OpvangCases } from './cases/cases.js';
export {
  OpvangCatalogue,
  packageContent,
  packageText,
  type PackageContent,
  type PackageGroup,
  type PackageSelection,
} from './catalogue/index.js';
export {
  Dashboard,
  OpvangOccupancy,
  tolerances,
  type ProjectionSettings,
} from './occupancy/index.js';
export type { CaseRow, PortfolioState } from './cases/rows.js';
export { OpvangDeployments } from './deployments/index.js';
export { OpvangReport } from './report/index.js';
export {
  HttpCaseStore,
  LocalCaseStore,
  StoreError,
  type AppendOutcome,
  type CaseDocument,
  type CaseStore,
  type EventSubmission,
  type HttpCaseStoreOptions,
  type LocalCaseStoreOptions,
  type StoredEvent,
  type StoreFailure,
} from './case-store/index.js';
export { PendingQueue, type FlushResult, type PendingQueueOptions } from './case-store/pending.js';
export {
  FallbackPendingStorage,
  IndexedDbPendingStorage,
  MemoryPendingStorage,
  PENDING_DATABASE,
  type PendingEvent,
  type PendingStorage,
} from './case-store/pending-storage.js';
export { defineElement } from './shared/define-element.js';
export { LangController } from './shared/lang-controller.js';
export type { HeadingLevel } from './shared/heading-level.js';
