/**
 * Written question no. 22 of the Flemish Parliament (seed `000`, lines 21-40), answered from
 * the data: the liaison officers' deployments per year from the register, with honest ranges,
 * and from the case logs (event log version 2) whether the officers were involved before or
 * after the public announcement, which authority involved them (local, federal), and the
 * support offered and delivered per case. Every answer says for how much of the data it holds,
 * and the report is written out as plain text or CSV in nl/fr/de/en.
 *
 * @packageDocumentation
 */
export {
  parliamentaryQuestionReport,
  type AuthoritySummary,
  type InvolvementSummary,
  type ParliamentaryQuestionReport,
  type ReportInput,
  type ReportOptions,
  type SupportSummary,
} from './report.js';
export {
  answerCase,
  authorityLevel,
  involvementTiming,
  matchRegister,
  type CaseQuestionOptions,
} from './cases.js';
export type {
  AuthorityAnswer,
  AuthorityLevel,
  CaseAnswer,
  Coverage,
  InvolvedBy,
  InvolvedByKind,
  InvolvementAnswer,
  InvolvementTiming,
  RegisterMatch,
  ReportCase,
  SupportAnswer,
  SupportItemRef,
} from './model.js';
export { reportToText } from './text.js';
export { reportToCsv, type ReportTable } from './csv.js';
export {
  coverageText,
  dayText,
  involvedByText,
  itemRef,
  itemsText,
  itemText,
  registerText,
  tallyText,
  timingText,
} from './format.js';
export { reportLabels, reportMessages } from './messages.js';
