import type { Localized } from '../i18n/index.js';
import type { Deployment } from '../register/index.js';
import type { CaseState, InvolvedBy } from '../step-plan/index.js';

export type { InvolvedBy } from '../step-plan/index.js';

/**
 * What the report reads of a case: a {@link CaseState} of event log version 2 has it all.
 * The events are read only to tell "nothing recorded" from "recorded as nothing".
 */
export type ReportCase = Pick<CaseState, 'caseId' | 'facts' | 'declined'> & {
  readonly announcedAt?: string;
  readonly involvement?: { readonly at: string; readonly by: InvolvedBy };
  readonly supportOffered: readonly string[];
  readonly supportDelivered: readonly string[];
  readonly events: readonly { readonly kind: string }[];
};

/** The level of the authority that involved the liaison officers, as question 2b asks it (local, federal). */
export type AuthorityLevel = 'local' | 'federal' | 'other';

/** The kinds of {@link InvolvedBy}. */
export type InvolvedByKind = InvolvedBy['kind'];

/** When the liaison officers were involved, by the Brussels calendar day, against the public announcement. */
export type InvolvementTiming = 'before' | 'same-day' | 'after';

/**
 * Question 2a for one case: before, on the day of, or after the public announcement; or not
 * recorded, saying which of the two dates the case log lacks.
 */
export type InvolvementAnswer =
  | {
      readonly kind: 'recorded';
      readonly timing: InvolvementTiming;
      readonly announcedAt: string;
      readonly involvedAt: string;
      /** Calendar days (Brussels) from the announcement to the involvement: negative before, 0 the same day. */
      readonly days: number;
    }
  | {
      readonly kind: 'not-recorded';
      readonly missing: 'announcement' | 'involvement' | 'both';
      readonly announcedAt?: string;
      readonly involvedAt?: string;
    };

/** Question 2b for one case: who involved the liaison officers, and at which level; or not recorded. */
export type AuthorityAnswer =
  | { readonly kind: 'recorded'; readonly by: InvolvedBy; readonly level: AuthorityLevel }
  | { readonly kind: 'not-recorded' };

/** A catalogue item a case names: its title in each language, or none when the id is not in the catalogue. */
export interface SupportItemRef {
  readonly id: string;
  readonly label?: Localized;
}

/**
 * Question 2c for one case: the items offered and delivered, each `undefined` when the case
 * log records no such event (not the same as an empty list), and whether the municipality
 * said it needed no support.
 */
export interface SupportAnswer {
  readonly offered?: readonly SupportItemRef[];
  readonly delivered?: readonly SupportItemRef[];
  readonly noSupportNeeded?: { readonly at: string; readonly reason?: string };
}

/** How a case was matched to the register. */
export type RegisterMatch =
  | { readonly kind: 'matched'; readonly deployment: Deployment }
  /** Entries of the municipality exist, none near enough in time, or two equally near. */
  | {
      readonly kind: 'not-matched';
      readonly reason: 'municipality-not-in-register' | 'no-entry-near' | 'ambiguous';
      readonly candidates: readonly Deployment[];
    };

/** The answers for one case. */
export interface CaseAnswer {
  readonly caseId: string;
  readonly municipality: string;
  readonly register: RegisterMatch;
  readonly involvement: InvolvementAnswer;
  readonly authority: AuthorityAnswer;
  readonly support: SupportAnswer;
}

/**
 * For how much of the data a question has an answer: of the register's deployments, those
 * with a matched case that records it; of the cases given, those that record it.
 */
export interface Coverage {
  readonly deployments: number;
  readonly deploymentsAnswered: number;
  readonly cases: number;
  readonly casesAnswered: number;
}
