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
export { OpvangCases } from './cases/cases.js';
export { HttpCaseStore, type HttpCaseStoreOptions } from './case-store/http-store.js';
export { PendingQueue, type FlushResult, type PendingQueueOptions } from './case-store/pending.js';
export type { PendingEvent, PendingStorage } from './case-store/pending-storage.js';
export { defineElement } from './shared/define-element.js';
export { LangController } from './shared/lang-controller.js';
export type { HeadingLevel } from './shared/heading-level.js';
