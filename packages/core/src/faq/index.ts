/**
 * The FAQ for a municipality's web page (step I of the step plan): a content model with a
 * restricted rich text (never HTML), a validating parser for outside content, a generator
 * that writes a factual, neutral FAQ from a centre's facts in nl/fr/de/en, schema.org
 * `FAQPage` structured data, and the information market as an iCalendar file.
 *
 * @packageDocumentation
 */
export {
  answerText,
  FAQ_LIMITS,
  inlineText,
  isAllowedHref,
  itemsIn,
  parseFaq,
  type Block,
  type Emphasis,
  type Faq,
  type FaqContent,
  type FaqItem,
  type Inline,
  type Link,
  type List,
  type Paragraph,
} from './model.js';
export {
  afterClosingUses,
  centreStatuses,
  parseFaqFacts,
  targetGroups,
  type AfterClosingUse,
  type CentreStatus,
  type Decision,
  type Donations,
  type FactDateInput,
  type FactPeriod,
  type FaqFacts,
  type FaqFactsInput,
  type FollowUpMeetings,
  type Funding,
  type Operator,
  type SafetyFacts,
  type TargetGroup,
  type Translations,
  type Volunteering,
  type VolunteeringContact,
} from './facts.js';
export {
  generateFaq,
  generatedQuestionIds,
  type GeneratedQuestionId,
  type GenerateFaqOptions,
} from './generate.js';
export {
  faqCitations,
  faqTexts,
  type DateWords,
  type FaqTexts,
  type MonthPart,
} from './messages.js';
export { jsonLdText, toFaqPageJsonLd, type FaqPageJsonLd } from './json-ld.js';
export {
  foldForSearch,
  foldQuery,
  matchRanges,
  rangesIn,
  toSearchText,
  type SearchText,
  type TextRange,
} from '../shared/index.js';
export {
  faqSearchIndex,
  highlightNeedle,
  highlightRanges,
  itemMatches,
  type FaqSearchIndex,
} from './search-index.js';
export { toICalendar, type ICalendarOptions } from '../info-market/index.js';
