import type { BelgianCalendar, DeadlineRule } from '../deadlines/index.js';
import { defineMessages } from '../i18n/index.js';
import type { Period, TargetGroup } from '../shared/index.js';
import type { ActorRole, StepId } from './steps.js';

// Who lives in the centre: defined once in shared, because the FAQ's facts name them too.
export { targetGroups, type TargetGroup } from '../shared/index.js';

/** Who runs the centre. */
export type CentreOperator =
  | { readonly kind: 'fedasil' }
  | { readonly kind: 'red-cross' }
  | { readonly kind: 'partner'; readonly name: string };

/** The facts the municipality receives in step B, with the case's identity. */
export interface CaseFacts {
  /** Stable id of the case, chosen by the user: `2025-kapellen`. */
  readonly caseId: string;
  readonly municipality: string;
  /** When the opening was formally confirmed (ISO 8601; without offset, Brussels time). The 48 hours run from here. */
  readonly confirmedAt: string;
  readonly address: string;
  /** Places in the centre. */
  readonly capacity: number;
  readonly targetGroups: readonly TargetGroup[];
  /** The expected opening: a date `YYYY-MM-DD`, or a fuzzy period (e.g. from `parseDutchPeriod`). */
  readonly expectedOpening: string | Period;
  readonly operator: CentreOperator;
}

/** The facts that a `fact-updated` event may change. The case id and the confirmation anchor the case and do not change. */
export type UpdatableFacts = Omit<CaseFacts, 'caseId' | 'confirmedAt'>;

/** How a case counts its deadline: the contact rule (default `elapsedHours(48)`) and the calendar for working days. */
export interface ContactPolicy {
  readonly contactDeadline: DeadlineRule;
  readonly calendar?: BelgianCalendar;
}

/** Who recorded an event: a role, and optionally a person's name. */
export interface Actor {
  readonly role: ActorRole;
  readonly name?: string;
}

/** What H was, as recorded: only an information market counts as H. */
export const meetingFormats = [
  'information-market',
  'panel-discussion',
  'information-meeting',
] as const;

/** One of {@link meetingFormats}. */
export type MeetingFormat = (typeof meetingFormats)[number];

/**
 * Who brought the liaison officer into a case (the parliamentary question's "which authority
 * involved them"): Fedasil, the Red Cross, the municipality, the minister's office, or another
 * party by name.
 *
 * @example
 * ```ts
 * const by: InvolvedBy = { kind: 'other', name: 'Provinciegouverneur' };
 * ```
 */
export type InvolvedBy =
  | { readonly kind: 'fedasil' }
  | { readonly kind: 'red-cross' }
  | { readonly kind: 'municipality' }
  | { readonly kind: 'minister-office' }
  | { readonly kind: 'other'; readonly name: string };

/**
 * The kinds of {@link InvolvedBy}, in the order forms list them.
 *
 * @example
 * ```ts
 * involvedByKinds.includes('minister-office'); // true
 * ```
 */
export const involvedByKinds = [
  'fedasil',
  'red-cross',
  'municipality',
  'minister-office',
  'other',
] as const;

/**
 * The names of the parties that can involve the liaison officer, in each language:
 * `involvedByNames[locale][kind]`; someone else (`other`) is named by the event itself.
 *
 * @example
 * ```ts
 * involvedByNames.fr['minister-office']; // 'Cabinet du ministre'
 * ```
 */
export const involvedByNames = defineMessages<Readonly<Record<InvolvedBy['kind'], string>>>({
  nl: {
    fedasil: 'Fedasil',
    'red-cross': 'Rode Kruis',
    municipality: 'Lokaal bestuur',
    'minister-office': 'Kabinet van de minister',
    other: 'Iemand anders',
  },
  fr: {
    fedasil: 'Fedasil',
    'red-cross': 'Croix-Rouge',
    municipality: 'Commune',
    'minister-office': 'Cabinet du ministre',
    other: 'Quelqu’un d’autre',
  },
  de: {
    fedasil: 'Fedasil',
    'red-cross': 'Rotes Kreuz',
    municipality: 'Gemeinde',
    'minister-office': 'Kabinett des Ministers',
    other: 'Jemand anderes',
  },
  en: {
    fedasil: 'Fedasil',
    'red-cross': 'Red Cross',
    municipality: 'Municipality',
    'minister-office': 'Minister’s office',
    other: 'Someone else',
  },
});

/** What every event carries: the case, the instant and who recorded it. */
export interface EventBase {
  readonly caseId: string;
  /** When it happened, ISO 8601 (without offset: Brussels time). Events are in time order. */
  readonly at: string;
  readonly actor: Actor;
}

/**
 * What can happen to a case. A case is the fold of its events: the first is always
 * `case-opened`, made by {@link openCase}.
 */
export type CaseEvent =
  | (EventBase & {
      readonly kind: 'case-opened';
      readonly facts: CaseFacts;
      readonly policy: ContactPolicy;
    })
  | (EventBase & { readonly kind: 'fact-updated'; readonly facts: Partial<UpdatableFacts> })
  | (EventBase & { readonly kind: 'step-started'; readonly step: StepId })
  | (EventBase & {
      readonly kind: 'step-completed';
      readonly step: StepId;
      readonly format?: MeetingFormat;
    })
  | (EventBase & { readonly kind: 'step-skipped'; readonly step: StepId; readonly reason: string })
  | (EventBase & { readonly kind: 'support-declined'; readonly reason?: string })
  | (EventBase & { readonly kind: 'note-added'; readonly text: string; readonly step?: StepId })
  /** The opening was announced publicly (press, council, letter to residents), at most once. Since version 2. */
  | (EventBase & { readonly kind: 'opening-announced'; readonly channel?: string })
  /** Someone brought the liaison officer into the case, at most once. Since version 2. */
  | (EventBase & { readonly kind: 'officer-involved'; readonly by: InvolvedBy })
  /** Catalogue items (`@opvang/core/catalogue` ids) offered to the municipality. Since version 2. */
  | (EventBase & { readonly kind: 'support-offered'; readonly items: readonly string[] })
  /** Catalogue items delivered; delivering an item also counts as offering it. Since version 2. */
  | (EventBase & { readonly kind: 'support-delivered'; readonly items: readonly string[] });

/** The kinds of {@link CaseEvent}. */
export type CaseEventKind = CaseEvent['kind'];

/** What is recorded about one step. */
export interface StepRecord {
  readonly state: 'open' | 'in-progress' | 'done' | 'skipped';
  readonly startedAt?: string;
  readonly completedAt?: string;
  readonly skippedAt?: string;
  readonly skipReason?: string;
  readonly format?: MeetingFormat;
}

/** A note on the case or one of its steps. */
export interface CaseNote {
  readonly at: string;
  readonly actor: Actor;
  readonly text: string;
  readonly step?: StepId;
}

/**
 * A case: one centre opening in one municipality, as the fold of its events. Plain data;
 * store it as its event log ({@link toEventLog}), not as this object.
 */
export interface CaseState {
  readonly caseId: string;
  readonly facts: CaseFacts;
  readonly policy: ContactPolicy;
  /** When the contact (C.a) is due, Brussels ISO 8601, from the confirmation and the policy. */
  readonly contactDue: string;
  /** The leaf steps' records; steps with sub-steps are derived from their sub-steps. */
  readonly steps: { readonly [S in StepId]?: StepRecord };
  readonly declined?: { readonly at: string; readonly actor: Actor; readonly reason?: string };
  readonly notes: readonly CaseNote[];
  /** When the opening was announced publicly, if recorded (`opening-announced`). */
  readonly announcedAt?: string;
  /** When, and by whom, the liaison officer was involved, if recorded (`officer-involved`). */
  readonly involvement?: { readonly at: string; readonly by: InvolvedBy };
  /**
   * Catalogue item ids offered, each once, in the order first offered; includes every item
   * delivered (delivering implies offering).
   */
  readonly supportOffered: readonly string[];
  /** Catalogue item ids delivered, each once, in the order first delivered. */
  readonly supportDelivered: readonly string[];
  /** Every event so far, in order; the first is `case-opened`. */
  readonly events: readonly [CaseEvent, ...CaseEvent[]];
}
