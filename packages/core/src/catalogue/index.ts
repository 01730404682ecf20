/**
 * The support catalogue of the liaison officers (seed `000`): the standard support offer, the
 * officer's task package, the information and training topics of step D.e, the extra support
 * of step K, the partners involved and AgII's internal services; and a referral map of
 * first-line services (seed `004`). Each entry is multilingual (nl/fr/de/en), tied to steps
 * of the step plan, an audience and a phase, and points to its source lines.
 * {@link queryCatalogue} and {@link findReferrals} filter and search them, typo-tolerant,
 * in all four languages.
 *
 * @packageDocumentation
 */
export {
  audiences,
  catalogueKinds,
  phases,
  questionKinds,
  stepIds,
  type Audience,
  type CatalogueItem,
  type CatalogueKind,
  type NonEmpty,
  type Phase,
  type QuestionKind,
  type Referral,
  type SeedId,
  type SourceRef,
  type StepId,
} from './model.js';
export {
  catalogue,
  catalogueItem,
  extraSupport,
  internalServices,
  partners,
  supportOffer,
  tasks,
  trainingTopics,
} from './items.js';
export { referral, referrals } from './referrals.js';
export {
  findReferrals,
  MAX_TEXT_LENGTH,
  queryCatalogue,
  type CatalogueHit,
  type CatalogueQuery,
  type OneOrMany,
  type ReferralHit,
  type ReferralQuery,
  type TextQuery,
} from './query.js';
export { allowedEdits, editDistance, tokenise, type MatchMode } from './search.js';
export {
  audienceLabels,
  catalogueKindLabels,
  describeAudience,
  describeCatalogueKind,
  describePhase,
  describeQuestionKind,
  phaseLabels,
  questionKindLabels,
} from './messages.js';
