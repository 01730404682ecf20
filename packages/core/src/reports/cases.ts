import { itemRef } from './format.js';
import { foldForSearch, formatInstant, parseInstant } from '../shared/index.js';
import type { Deployment } from '../register/index.js';
import type {
  AuthorityAnswer,
  AuthorityLevel,
  CaseAnswer,
  InvolvedBy,
  InvolvementAnswer,
  RegisterMatch,
  ReportCase,
  SupportAnswer,
} from './model.js';

/** What {@link answerCase} and the report accept besides the data. */
export interface CaseQuestionOptions {
  /**
   * The level the Red Cross counts under in question 2b. Default `federal`: the Red Cross
   * runs collective reception centres for Fedasil, in the federal reception network; the
   * answer to question 22 names it with Fedasil as the centre's operator (seed `000`, line 139:
   * "uitbater opvangcentrum (Fedasil, Rode Kruis)") among "de betrokken federale of lokale
   * partners" (lines 66-69). `other` counts it apart. The report always shows each kind too.
   */
  readonly redCross?: 'federal' | 'other';
  /**
   * How far (days) a case's confirmation may lie from a register entry's first date for the
   * two to be the same deployment. Default 183: a municipality may have several entries
   * (Bredene has three), years apart.
   */
  readonly matchWithinDays?: number;
}

const DAY_MS = 86_400_000;
const DEFAULT_MATCH_DAYS = 183;

/** The calendar day in Brussels of an instant, as a day number, or `undefined` for an unreadable one. */
function brusselsDay(instant: string): number | undefined {
  const epoch = parseInstant(instant);
  if (epoch === undefined) return undefined;
  return Date.parse(`${formatInstant(epoch).slice(0, 10)}T00:00:00Z`) / DAY_MS;
}

const dayOfIsoDate = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;

/**
 * The level of who involved the liaison officers: Fedasil and the minister's office are
 * federal, the municipality is local, another party by name is `other`; the Red Cross as
 * {@link CaseQuestionOptions.redCross} says (federal by default).
 *
 * @example
 * ```ts
 * authorityLevel({ kind: 'minister-office' }); // 'federal'
 * authorityLevel({ kind: 'red-cross' }, { redCross: 'other' }); // 'other'
 * ```
 */
export function authorityLevel(by: InvolvedBy, options: CaseQuestionOptions = {}): AuthorityLevel {
  switch (by.kind) {
    case 'fedasil':
    case 'minister-office':
      return 'federal';
    case 'municipality':
      return 'local';
    case 'red-cross':
      return options.redCross ?? 'federal';
    case 'other':
      return 'other';
  }
}

/**
 * Question 2a for one case, by the Brussels calendar day: involved before the day of the
 * public announcement, the same day, or after it. "The same day" is its own answer: an
 * announcement is often recorded by its day only, and an officer called that morning was not
 * involved in preparing it.
 *
 * @example
 * ```ts
 * involvementTiming({ announcedAt: '2024-04-02T10:00', involvement: { at: '2024-03-29T09:00', by: { kind: 'fedasil' } } });
 * // { kind: 'recorded', timing: 'before', days: -4, … }
 * ```
 */
export function involvementTiming(
  state: Pick<ReportCase, 'announcedAt' | 'involvement'>,
): InvolvementAnswer {
  const announcedAt = state.announcedAt;
  const involvedAt = state.involvement?.at;
  // An instant the step plan accepted always reads; an unreadable one counts as not recorded.
  const announced = announcedAt === undefined ? undefined : brusselsDay(announcedAt);
  const involved = involvedAt === undefined ? undefined : brusselsDay(involvedAt);
  if (
    announcedAt === undefined ||
    involvedAt === undefined ||
    announced === undefined ||
    involved === undefined
  ) {
    const noAnnouncement = announced === undefined;
    const noInvolvement = involved === undefined;
    return {
      kind: 'not-recorded',
      missing:
        noAnnouncement && noInvolvement ? 'both' : noAnnouncement ? 'announcement' : 'involvement',
      ...(announcedAt === undefined ? {} : { announcedAt }),
      ...(involvedAt === undefined ? {} : { involvedAt }),
    };
  }
  const days = involved - announced;
  return {
    kind: 'recorded',
    timing: days < 0 ? 'before' : days === 0 ? 'same-day' : 'after',
    announcedAt,
    involvedAt,
    days,
  };
}

function supportOf(state: ReportCase): SupportAnswer {
  const kinds = new Set(state.events.map((event) => event.kind));
  const offeredRecorded = kinds.has('support-offered') || kinds.has('support-delivered');
  return {
    ...(offeredRecorded ? { offered: state.supportOffered.map(itemRef) } : {}),
    ...(kinds.has('support-delivered') ? { delivered: state.supportDelivered.map(itemRef) } : {}),
    ...(state.declined === undefined
      ? {}
      : {
          noSupportNeeded: {
            at: state.declined.at,
            ...(state.declined.reason === undefined ? {} : { reason: state.declined.reason }),
          },
        }),
  };
}

/** The day a case is dated by for matching: its confirmation (step B), in Brussels. */
const caseDay = (state: ReportCase): number | undefined => brusselsDay(state.facts.confirmedAt);

/** Days between a day and a register entry's first period; 0 inside it. */
function distance(day: number, deployment: Deployment): number {
  const { start, end } = deployment.parsed;
  const from = dayOfIsoDate(start);
  const to = dayOfIsoDate(end);
  return day < from ? from - day : day > to ? day - to : 0;
}

/**
 * The register entry a case is, by municipality (`CaseFacts.municipality` against
 * `Deployment.municipality` or the place as the register writes it, `Sijsele` for Damme,
 * compared folded: case and accents do not count) and time: the
 * entry whose first date is nearest the case's confirmation, within
 * {@link CaseQuestionOptions.matchWithinDays}. Two entries equally near match neither: the
 * report says so instead of choosing.
 *
 * @example
 * ```ts
 * matchRegister(bredeneCase, deployments); // { kind: 'matched', deployment: { id: '000:94', … } }
 * ```
 */
export function matchRegister(
  state: ReportCase,
  list: readonly Deployment[],
  options: CaseQuestionOptions = {},
): RegisterMatch {
  const name = foldForSearch(state.facts.municipality);
  // The register's place as written too: a case may name the sub-municipality (Sijsele, in Damme).
  const candidates = list.filter(
    (d) => foldForSearch(d.municipality) === name || foldForSearch(d.place) === name,
  );
  if (candidates.length === 0)
    return { kind: 'not-matched', reason: 'municipality-not-in-register', candidates };
  const day = caseDay(state);
  const within = options.matchWithinDays ?? DEFAULT_MATCH_DAYS;
  const near =
    day === undefined
      ? []
      : candidates
          .map((deployment) => ({ deployment, days: distance(day, deployment) }))
          .filter((c) => c.days <= within)
          .sort((a, b) => a.days - b.days);
  const [best, second] = near;
  if (best === undefined) return { kind: 'not-matched', reason: 'no-entry-near', candidates };
  if (second !== undefined && second.days === best.days)
    return { kind: 'not-matched', reason: 'ambiguous', candidates };
  return { kind: 'matched', deployment: best.deployment };
}

/**
 * Questions 2a-2c for one case: the timing of the involvement against the announcement, who
 * involved the officers and at which level, the support offered and delivered (catalogue
 * titles), and the register entry it matches. Whatever the log does not record is answered as
 * not recorded, never guessed.
 *
 * @example
 * ```ts
 * const answer = answerCase(state, deployments);
 * answer.authority; // { kind: 'recorded', by: { kind: 'fedasil' }, level: 'federal' }
 * ```
 */
export function answerCase(
  state: ReportCase,
  list: readonly Deployment[],
  options: CaseQuestionOptions = {},
): CaseAnswer {
  const authority: AuthorityAnswer =
    state.involvement === undefined
      ? { kind: 'not-recorded' }
      : {
          kind: 'recorded',
          by: state.involvement.by,
          level: authorityLevel(state.involvement.by, options),
        };
  return {
    caseId: state.caseId,
    municipality: state.facts.municipality,
    register: matchRegister(state, list, options),
    involvement: involvementTiming(state),
    authority,
    support: supportOf(state),
  };
}
