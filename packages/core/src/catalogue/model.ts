// Texts in every language are `Localized` (from i18n): a missing language is a compile
// error, so no item can ship half-translated.
import type { Localized } from '../i18n/index.js';

/**
 * The kinds of catalogue item, one per list in seed `000`.
 *
 * @example
 * ```ts
 * catalogueKinds.includes('task'); // true
 * ```
 */
export const catalogueKinds = [
  'support-offer',
  'task',
  'training-topic',
  'extra-support',
  'partner',
  'internal-service',
] as const;

/** One of {@link catalogueKinds}. */
export type CatalogueKind = (typeof catalogueKinds)[number];

/**
 * When in the life of a reception centre an item matters most. The source has no phases;
 * these are our reading of it (see `docs/catalogue.md`):
 * - `before-opening`: from the decision (step A) until the first residents arrive: first
 *   contact, partners, internal procedures, information and communication (steps A-J);
 * - `around-opening`: the first residents arrive and settle: language screening, school,
 *   leisure, meeting and volunteering (D.a, D.b, K);
 * - `long-running`: the centre has been open a long time and AgII sits in its steering
 *   group (seed `000`, lines 128–132: “AgII zetelt structureel in verschillende stuurgroepen”).
 *   No item has this phase today: the steering-group item of the standard offer is for new
 *   centres; the phase stays for the support the source describes for long-open centres.
 *
 * @example
 * ```ts
 * phases[0]; // 'before-opening'
 * ```
 */
export const phases = ['before-opening', 'around-opening', 'long-running'] as const;

/** One of {@link phases}. */
export type Phase = (typeof phases)[number];

/**
 * Who an item is for: who receives the support, carries out the task, attends the training
 * or has to know the partner. A closed set, our choice (the source names these groups but
 * does not classify by them):
 * - `municipality`: the local government (mayor, aldermen, staff);
 * - `residents-of-centre`: the asylum seekers living in the centre;
 * - `neighbours`: people living near the centre, and citizens at large;
 * - `schools`: schools, their heads and pupil guidance;
 * - `volunteers`: local volunteers and buddies;
 * - `centre-operator`: who runs the centre (Fedasil, Red Cross or another operator);
 * - `partners`: other local, Flemish and federal partners (police, VDAB, CVO, CBE, …).
 *
 * @example
 * ```ts
 * audiences.length; // 7
 * ```
 */
export const audiences = [
  'municipality',
  'residents-of-centre',
  'neighbours',
  'schools',
  'volunteers',
  'centre-operator',
  'partners',
] as const;

/** One of {@link audiences}. */
export type Audience = (typeof audiences)[number];

export { stepIds, type StepId } from '../shared/index.js';
import type { Citation, SeedId as SharedSeedId, StepId } from '../shared/index.js';

/**
 * The seeds the project cites (files in `sources/`): the shared {@link SharedSeedId | SeedId}
 * of `@opvang/core/shared`, re-exported so the catalogue's API reads on its own.
 */
export type SeedId = SharedSeedId;

/**
 * Where an entry comes from: the shared {@link Citation} of `@opvang/core/shared`, a seed, an
 * inclusive line range and a few words quoted from those lines, so a reader (and a test) can
 * check it. Before December 2026 it had no `quote`.
 *
 * @example
 * ```ts
 * const source: SourceRef = { seed: '000', lines: [109, 109], quote: 'opstart partneroverleg' };
 * ```
 */
export type SourceRef = Citation;

/** A non-empty list. */
export type NonEmpty<T> = readonly [T, ...T[]];

/** One entry of the support catalogue. */
export interface CatalogueItem {
  /** Stable kebab-case id: `nt2-screening-referral`. */
  readonly id: string;
  readonly kind: CatalogueKind;
  /** Short name; the Dutch one stays close to the source wording. */
  readonly label: Localized;
  /** One or two sentences; proper names are explained here. */
  readonly description: Localized;
  /** Steps of the plan the item belongs to; empty only when no step fits. */
  readonly steps: readonly StepId[];
  readonly audience: NonEmpty<Audience>;
  readonly phase: Phase;
  readonly source: SourceRef;
  /** Other places in the seeds that the label or description draws on, when there are any. */
  readonly seeAlso?: readonly SourceRef[];
}

/**
 * The kinds of question a first-line service answers (seed `004`). A closed set, our
 * grouping of the questions the policy brief mentions.
 *
 * @example
 * ```ts
 * questionKinds.includes('health-insurance'); // true
 * ```
 */
export const questionKinds = [
  'civic-integration',
  'dutch-language',
  'work',
  'income',
  'housing',
  'administration',
  'school',
  'pupil-guidance',
  'childcare',
  'family-support',
  'health-insurance',
  'wellbeing',
  'moving',
  'legal-status',
  'not-sure',
] as const;

/** One of {@link questionKinds}. */
export type QuestionKind = (typeof questionKinds)[number];

/** One first-line service of the referral map: where to go with which question. */
export interface Referral {
  /** Stable kebab-case id: `ocmw`. */
  readonly id: string;
  /** The proper name as people know it: `OCMW`, `VDAB / Actiris`. */
  readonly name: string;
  /** What the proper name stands for and what the service is, per language. */
  readonly explanation: Localized;
  readonly questionKinds: NonEmpty<QuestionKind>;
  /** When to go here, per language. */
  readonly when: Localized;
  readonly source: SourceRef;
  /** Other places in the seeds that support the entry. */
  readonly seeAlso: readonly SourceRef[];
}
