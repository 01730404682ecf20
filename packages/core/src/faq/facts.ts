import {
  isEmailAddress,
  isPhoneNumber,
  parseContactPoint,
  type ContactPoint,
  type ContactPointInput,
} from '../contact/index.js';
import { parseInfoMarket, type InfoMarket, type InfoMarketInput } from '../info-market/index.js';
import { parseDutchPeriod } from '../register/index.js';
import {
  boolean,
  childPath,
  decode,
  err,
  isIsoDate,
  isRecord,
  list,
  number,
  object,
  ok,
  oneOf,
  optional,
  refine,
  report,
  targetGroups,
  text,
  validationError,
  variant,
  type Decoder,
  type ObjectOf,
  type Shape,
  type Period,
  type Result,
  type TargetGroup,
  type ValidationError,
  type ValidationIssue,
} from '../shared/index.js';

// Who the centre is for: defined once in shared, because the step plan's case facts name them too.
export { targetGroups, type TargetGroup } from '../shared/index.js';

/** Who runs the centre: Fedasil itself, the Red Cross, or another partner by name. */
export type Operator =
  | { readonly kind: 'fedasil' }
  | { readonly kind: 'red-cross' }
  | { readonly kind: 'partner'; readonly name: string };

/** Whom to contact (to volunteer, to donate, to reach the centre): at least one of e-mail, phone, web page. */
export interface VolunteeringContact {
  /** A person or service: `Vrijwilligerspunt Bredene`. */
  readonly name?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly url?: string;
}

/** Whom to contact to volunteer, and whether there is a buddy scheme (*buddywerking*, seed `000`, step K.c). */
export interface Volunteering extends VolunteeringContact {
  /** True when the centre or the municipality runs a buddy scheme; only then is it mentioned. */
  readonly buddyScheme?: boolean;
}

/**
 * Where the centre stands, as the municipality or the operator confirms it. The FAQ never
 * reads this off the clock: a planned date that has passed is not an opening.
 */
export const centreStatuses = ['planned', 'open', 'closed'] as const;

/** One of {@link centreStatuses}. */
export type CentreStatus = (typeof centreStatuses)[number];

/** Who took the decision to open the centre, when, and what the municipality's part was. */
export interface Decision {
  readonly by: 'federal-government' | 'fedasil';
  /** The day of the decision, `YYYY-MM-DD`. */
  readonly date?: string;
  /** `informed` of a decision taken; `consulted` beforehand; `agreed` to the opening. */
  readonly municipality?: 'informed' | 'consulted' | 'agreed';
  /**
   * Why this place, in the municipality's own words, per language (a sentence or two, as
   * the decision gave it). Written only in the languages given: the FAQ never translates it.
   */
  readonly reason?: { readonly [L in 'nl' | 'fr' | 'de' | 'en']?: string };
}

/** Who looks after safety, as the operator and the police confirm it. */
export interface SafetyFacts {
  /** True when staff are present at the centre day and night. */
  readonly staffDayAndNight?: boolean;
  /** True when the municipality has started its core group (*kerngroep*, step E) with the operator and the local police. */
  readonly coreGroup?: boolean;
  /** The neighbourhood police officer (*wijkagent*) for the area, when the police agree to be named. */
  readonly neighbourhoodOfficer?: {
    readonly name?: string;
    readonly phone?: string;
    readonly email?: string;
  };
}

/** What happens to the building after the centre closes. */
export const afterClosingUses = ['returns-to-owner', 'municipal-use', 'not-decided'] as const;

/** One of {@link afterClosingUses}. */
export type AfterClosingUse = (typeof afterClosingUses)[number];

/** Whether the municipality pays anything for the centre. */
export interface Funding {
  readonly municipalityCosts: 'none' | 'compensated';
}

/** Whether the centre accepts donated goods, and whom to ask first. */
export interface Donations {
  readonly accepted: boolean;
  /** True when donations are only welcome when the centre asks for them. */
  readonly onRequestOnly?: boolean;
  readonly contact?: VolunteeringContact;
}

/** Recurring meetings with the neighbourhood (*buurtoverleg*): how often, and the next one. */
export interface FollowUpMeetings {
  readonly frequency?: 'monthly' | 'quarterly' | 'twice-a-year' | 'yearly';
  /** The next meeting's day, `YYYY-MM-DD`; left out of the FAQ once it has passed. */
  readonly next?: string;
}

/** The same page in other languages: absolute http(s) addresses by language. */
export type Translations = { readonly [L in 'nl' | 'fr' | 'de' | 'en']?: string };

/** A date that may be fuzzy, with what the source said about how sure it is. */
export interface FactPeriod extends Period {
  /** True when the source marks the date as expected or reserved (*verwacht*, *onder voorbehoud*). */
  readonly provisional: boolean;
}

/** A centre's facts, validated: what {@link generateFaq} writes the FAQ from. */
export interface FaqFacts {
  readonly municipality: string;
  readonly centreName?: string;
  readonly address?: string;
  readonly capacity?: number;
  readonly targetGroups: readonly TargetGroup[];
  readonly operator?: Operator;
  readonly opening?: FactPeriod;
  readonly plannedEnd?: FactPeriod;
  readonly contactPoint?: ContactPoint;
  readonly infoMarket?: InfoMarket;
  readonly volunteering?: Volunteering;
  readonly status?: CentreStatus;
  readonly decision?: Decision;
  readonly safety?: SafetyFacts;
  readonly afterClosing?: AfterClosingUse;
  /** True when it is an open centre, where residents come and go freely within the house rules. */
  readonly openCentre?: boolean;
  /** The schools the children go to, by name. */
  readonly schools?: readonly string[];
  readonly funding?: Funding;
  readonly donations?: Donations;
  /** How to reach the centre itself (the operator), for questions and complaints. */
  readonly operatorContact?: VolunteeringContact;
  readonly followUpMeetings?: FollowUpMeetings;
  readonly translations?: Translations;
  readonly lastReviewed?: string;
}

/**
 * A date as facts may give it: an ISO date (`2025-03-01`), a Dutch expression as the
 * register writes them (`begin november 2025`, `verwacht november 2023`), or a period object
 * such as a {@link parseDutchPeriod} result.
 */
export type FactDateInput = string | (Period & { readonly states?: readonly string[] });

/** What {@link parseFaqFacts} and {@link generateFaq} accept: every fact but the municipality is optional. */
export interface FaqFactsInput {
  readonly municipality: string;
  readonly centreName?: string | undefined;
  readonly address?: string | undefined;
  readonly capacity?: number | undefined;
  readonly targetGroups?: readonly TargetGroup[] | undefined;
  readonly operator?: Operator | undefined;
  readonly opening?: FactDateInput | undefined;
  readonly plannedEnd?: FactDateInput | undefined;
  readonly contactPoint?: ContactPointInput | undefined;
  readonly infoMarket?: InfoMarketInput | undefined;
  readonly volunteering?: Volunteering | undefined;
  readonly status?: CentreStatus | undefined;
  readonly decision?: Decision | undefined;
  readonly safety?: SafetyFacts | undefined;
  readonly afterClosing?: AfterClosingUse | undefined;
  readonly openCentre?: boolean | undefined;
  readonly schools?: readonly string[] | undefined;
  readonly funding?: Funding | undefined;
  readonly donations?: Donations | undefined;
  readonly operatorContact?: VolunteeringContact | undefined;
  readonly followUpMeetings?: FollowUpMeetings | undefined;
  readonly translations?: Translations | undefined;
  readonly lastReviewed?: string | undefined;
}

// The facts writer runs inside a widget: the core's decoders, not zod (docs/development.md,
// "Validation and its messages").
const plainText = (max: number) => text({ trim: true, min: 1, max });
const NOT_A_DATE = 'not a date';
const isoDate = text({
  check: [isIsoDate, NOT_A_DATE, 'a calendar date YYYY-MM-DD such as 2025-03-01'],
});

const email = text({
  trim: true,
  check: [
    isEmailAddress,
    'not an e-mail address',
    'an e-mail address such as vrijwilligers@gemeente.be',
  ],
});
const phone = text({
  trim: true,
  check: [isPhoneNumber, 'not a phone number', 'a phone number such as 050 12 34 56'],
});
// At most FAQ_LIMITS.hrefLength, so that a generated link always passes parseFaq.
const webAddress = text({
  max: 2000,
  check: [
    (value) => /^https?:\/\/[^\s/]+\.[^\s]*$/.test(value),
    'not a web address',
    'an absolute http(s) URL such as https://www.gemeente.be/vrijwilligers',
  ],
});

/**
 * An object of `shape`, then one check of the object as a whole (`test` sees what was read
 * and what was given), reported at `path.at` (or `path`). The check runs only when the
 * fields were read without problems: after one it would mostly repeat it (a contact whose
 * e-mail is malformed is not also "unreachable"). An unknown key does not stop it.
 */
function checked<S extends Shape>(
  shape: S,
  test: (read: ObjectOf<S>, value: Readonly<Record<string, unknown>>) => boolean,
  message: string,
  expected: string,
  at?: string,
): Decoder<ObjectOf<S>> {
  return refine(
    object(shape),
    (read, fail, value) => {
      if (isRecord(value) && !test(read, value)) fail(at, { message, expected });
    },
    Object.keys(shape),
  );
}

const contactFields = {
  name: optional(plainText(200)),
  email: optional(email),
  phone: optional(phone),
  url: optional(webAddress),
};

/** A contact must be reachable: by e-mail, phone or web page. */
const canBeReached = (contact: {
  readonly email?: string;
  readonly phone?: string;
  readonly url?: string;
}): boolean =>
  contact.email !== undefined || contact.phone !== undefined || contact.url !== undefined;
const UNREACHABLE = ['at least one of email, phone, url', 'email'] as const;
const contact = (whom: string) =>
  checked(contactFields, canBeReached, `no way to reach ${whom}`, ...UNREACHABLE);

/** A whole number from `min` to `max`. */
const wholeNumber = (min: number, max: number): Decoder<number> =>
  refine(number(), (found, fail) => {
    // The catalogue's English words (shared/issue-texts.ts), written out: this ships in a widget.
    if (!Number.isInteger(found))
      fail(undefined, {
        code: 'wrong-type',
        params: { type: 'integer' },
        message: 'not a whole number',
        expected: 'a whole number',
        received: found,
      });
    if (found < min)
      fail(undefined, {
        code: 'too-small',
        params: { min },
        message: 'too small',
        expected: `at least ${min}`,
        received: found,
      });
    if (found > max)
      fail(undefined, {
        code: 'too-large',
        params: { max },
        message: 'too large',
        expected: `at most ${max}`,
        received: found,
      });
  });

const periodFields = {
  start: isoDate,
  end: isoDate,
  precision: oneOf(['day', 'part-of-month', 'month', 'year'] as const),
  states: optional(list(text())),
};
type PeriodObject = ObjectOf<typeof periodFields>;

/**
 * A date as facts give it: any string (read later, by {@link readPeriod}) or a period
 * object, whose other keys are ignored (a {@link parseDutchPeriod} result may carry more).
 * A value that is neither is one problem, at the date itself.
 */
const factDate: Decoder<string | PeriodObject> = (value, path, issues) => {
  if (typeof value === 'string') return value;
  const own: ValidationIssue[] = [];
  const read: Record<string, unknown> = {};
  if (isRecord(value)) {
    for (const [key, decoder] of Object.entries(periodFields)) {
      const decoded = (decoder as Decoder<unknown>)(value[key], childPath(path, key), own);
      if (decoded !== undefined) read[key] = decoded;
    }
  }
  // A period object whose only fault is a malformed date is clearly meant as one: say which
  // date (as the zod union did). Anything else could be either kind, so it is one problem.
  if (isRecord(value) && own.every((issue) => issue.message === NOT_A_DATE)) issues.push(...own);
  else
    report(
      issues,
      path,
      NOT_A_DATE,
      'an ISO date, a Dutch expression such as "begin november 2025", or a period { start, end, precision }',
      value,
    );
  return read as PeriodObject;
};

/** Anything but `undefined`: read later by its own parser. */
const anything: Decoder<unknown> = (value) => value;

const reasonText = optional(plainText(600));
const translationAddress = optional(webAddress);

const factsDecoder = object({
  municipality: plainText(100),
  centreName: optional(plainText(200)),
  address: optional(plainText(300)),
  capacity: optional(wholeNumber(1, 10_000)),
  targetGroups: optional(list(oneOf(targetGroups))),
  operator: optional(
    variant('kind', {
      fedasil: object({ kind: oneOf(['fedasil'] as const) }),
      'red-cross': object({ kind: oneOf(['red-cross'] as const) }),
      partner: object({ kind: oneOf(['partner'] as const), name: plainText(200) }),
    }),
  ),
  opening: optional(factDate),
  plannedEnd: optional(factDate),
  contactPoint: optional(anything),
  infoMarket: optional(anything),
  volunteering: optional(
    checked(
      { ...contactFields, buddyScheme: optional(boolean()) },
      canBeReached,
      'no way to reach the volunteering contact',
      ...UNREACHABLE,
    ),
  ),
  status: optional(oneOf(centreStatuses)),
  decision: optional(
    object({
      by: oneOf(['federal-government', 'fedasil'] as const),
      date: optional(isoDate),
      municipality: optional(oneOf(['informed', 'consulted', 'agreed'] as const)),
      reason: optional(
        checked(
          { nl: reasonText, fr: reasonText, de: reasonText, en: reasonText },
          (value) => Object.values(value).some((reason) => reason !== undefined),
          'no reason',
          'a reason in at least one of nl, fr, de, en',
        ),
      ),
    }),
  ),
  safety: optional(
    checked(
      {
        staffDayAndNight: optional(boolean()),
        coreGroup: optional(boolean()),
        neighbourhoodOfficer: optional(
          checked(
            { name: optional(plainText(200)), email: optional(email), phone: optional(phone) },
            (value) => value.email !== undefined || value.phone !== undefined,
            'no way to reach the neighbourhood officer',
            'at least one of email, phone',
            'phone',
          ),
        ),
      },
      (value) =>
        value.staffDayAndNight !== undefined ||
        value.coreGroup !== undefined ||
        value.neighbourhoodOfficer !== undefined,
      'no safety fact',
      'at least one of staffDayAndNight, coreGroup, neighbourhoodOfficer',
    ),
  ),
  afterClosing: optional(oneOf(afterClosingUses)),
  openCentre: optional(boolean()),
  schools: optional(list(plainText(200), 1, 20)),
  funding: optional(object({ municipalityCosts: oneOf(['none', 'compensated'] as const) })),
  donations: optional(
    object({
      accepted: boolean(),
      onRequestOnly: optional(boolean()),
      contact: optional(contact('the donations contact')),
    }),
  ),
  operatorContact: optional(contact('the centre')),
  followUpMeetings: optional(
    checked(
      {
        frequency: optional(oneOf(['monthly', 'quarterly', 'twice-a-year', 'yearly'] as const)),
        next: optional(isoDate),
      },
      (value) => value.frequency !== undefined || value.next !== undefined,
      'no meeting fact',
      'at least one of frequency, next',
    ),
  ),
  translations: optional(
    checked(
      {
        nl: translationAddress,
        fr: translationAddress,
        de: translationAddress,
        en: translationAddress,
      },
      // On the keys given, as before: `{ nl: undefined }` passes, and reads as `{}`.
      (_, value) => Object.keys(value).length > 0,
      'no address',
      'at least one of nl, fr, de, en',
    ),
  ),
  lastReviewed: optional(isoDate),
});

const SUBJECT = 'FAQ facts';

/**
 * Validates a centre's facts from outside (JSON, a widget's `facts` attribute). Dates may be
 * ISO dates, Dutch expressions as in the deployment register, or period objects; the
 * contact point and information market are checked with their own parsers, and their
 * problems keep their full path (`contactPoint.openingHours[0].closes`).
 *
 * @example
 * ```ts
 * parseFaqFacts({ municipality: 'Bredene', capacity: 80, opening: 'begin november 2025' });
 * // { ok: true, value: { municipality: 'Bredene', capacity: 80, targetGroups: [],
 * //   opening: { start: '2025-11-01', end: '2025-11-10', precision: 'part-of-month', provisional: false } } }
 * ```
 */
export function parseFaqFacts(input: unknown): Result<FaqFacts, ValidationError> {
  // The nested parsers and the date checks below run only on facts that passed the first
  // reading, so a broken input gets one round of problems, as before.
  const parsed = decode(SUBJECT, factsDecoder, input);
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  const issues: ValidationIssue[] = [];
  const nested = <T>(
    field: string,
    value: unknown,
    parse: (value: unknown) => Result<T, ValidationError>,
  ): T | undefined => {
    if (value === undefined) return undefined;
    const result = parse(value);
    if (result.ok) return result.value;
    for (const issue of result.error.issues)
      issues.push({ ...issue, path: issue.path === '' ? field : `${field}.${issue.path}` });
    return undefined;
  };
  const opening = nested('opening', data.opening, readPeriod);
  const plannedEnd = nested('plannedEnd', data.plannedEnd, readPeriod);
  const contactPoint = nested('contactPoint', data.contactPoint, parseContactPoint);
  const infoMarket = nested('infoMarket', data.infoMarket, parseInfoMarket);
  if (opening !== undefined && plannedEnd !== undefined && plannedEnd.end < opening.start) {
    issues.push({
      path: 'plannedEnd',
      code: 'invalid',
      message: 'ends before the opening',
      expected: `a date after the opening (${opening.start})`,
      received: data.plannedEnd,
    });
  }
  const [first, ...rest] = issues;
  if (first !== undefined) return err(validationError(SUBJECT, [first, ...rest]));
  return ok({
    municipality: data.municipality,
    ...(data.centreName === undefined ? {} : { centreName: data.centreName }),
    ...(data.address === undefined ? {} : { address: data.address }),
    ...(data.capacity === undefined ? {} : { capacity: data.capacity }),
    targetGroups: [...new Set(data.targetGroups ?? [])],
    ...(data.operator === undefined ? {} : { operator: data.operator }),
    ...(opening === undefined ? {} : { opening }),
    ...(plannedEnd === undefined ? {} : { plannedEnd }),
    ...(contactPoint === undefined ? {} : { contactPoint }),
    ...(infoMarket === undefined ? {} : { infoMarket }),
    ...(data.volunteering === undefined
      ? {}
      : {
          volunteering: {
            ...volunteeringContact(data.volunteering),
            ...(data.volunteering.buddyScheme === undefined
              ? {}
              : { buddyScheme: data.volunteering.buddyScheme }),
          },
        }),
    ...(data.status === undefined ? {} : { status: data.status }),
    ...(data.decision === undefined
      ? {}
      : {
          decision: withoutUndefined({
            ...data.decision,
            reason:
              data.decision.reason === undefined
                ? undefined
                : withoutUndefined(data.decision.reason),
          }),
        }),
    ...(data.safety === undefined
      ? {}
      : {
          safety: withoutUndefined({
            ...data.safety,
            neighbourhoodOfficer:
              data.safety.neighbourhoodOfficer === undefined
                ? undefined
                : withoutUndefined(data.safety.neighbourhoodOfficer),
          }),
        }),
    ...(data.afterClosing === undefined ? {} : { afterClosing: data.afterClosing }),
    ...(data.openCentre === undefined ? {} : { openCentre: data.openCentre }),
    ...(data.schools === undefined ? {} : { schools: data.schools }),
    ...(data.funding === undefined ? {} : { funding: data.funding }),
    ...(data.donations === undefined
      ? {}
      : {
          donations: withoutUndefined({
            ...data.donations,
            contact:
              data.donations.contact === undefined
                ? undefined
                : volunteeringContact(data.donations.contact),
          }),
        }),
    ...(data.operatorContact === undefined
      ? {}
      : { operatorContact: volunteeringContact(data.operatorContact) }),
    ...(data.followUpMeetings === undefined
      ? {}
      : { followUpMeetings: withoutUndefined(data.followUpMeetings) }),
    ...(data.translations === undefined
      ? {}
      : { translations: withoutUndefined(data.translations) }),
    ...(data.lastReviewed === undefined ? {} : { lastReviewed: data.lastReviewed }),
  });
}

const PROVISIONAL_STATES = new Set(['expected', 'reserved']);

function readPeriod(value: unknown): Result<FactPeriod, ValidationError> {
  if (typeof value === 'string') {
    if (isIsoDate(value.trim()))
      return ok({ start: value.trim(), end: value.trim(), precision: 'day', provisional: false });
    const parsed = parseDutchPeriod(value);
    if (!parsed.ok) {
      return err(
        validationError('date', [
          {
            path: '',
            code: 'invalid',
            message: `not a date we can read: ${parsed.error.message}`,
            expected:
              'an ISO date such as 2025-03-01, or a Dutch expression such as "begin november 2025"',
            received: value,
          },
        ]),
      );
    }
    const { start, end, precision, states } = parsed.value;
    return ok({
      start,
      end,
      precision,
      provisional: states.some((state) => PROVISIONAL_STATES.has(state)),
    });
  }
  const period = value as PeriodObject;
  if (period.end < period.start) {
    return err(
      validationError('date', [
        {
          path: 'end',
          code: 'invalid',
          message: 'before the start',
          expected: `a date on or after ${period.start}`,
          received: period.end,
        },
      ]),
    );
  }
  return ok({
    start: period.start,
    end: period.end,
    precision: period.precision,
    provisional: (period.states ?? []).some((state) => PROVISIONAL_STATES.has(state)),
  });
}

function volunteeringContact(contact: {
  name?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
  url?: string | undefined;
}): VolunteeringContact {
  return {
    ...(contact.name === undefined ? {} : { name: contact.name }),
    ...(contact.email === undefined ? {} : { email: contact.email }),
    ...(contact.phone === undefined ? {} : { phone: contact.phone }),
    ...(contact.url === undefined ? {} : { url: contact.url }),
  };
}

/** The object without its `undefined` fields, so that validated facts hold only what was given. */
function withoutUndefined<T extends object>(value: T): Defined<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== undefined),
  ) as Defined<T>;
}

/** `T` with its `field: X | undefined` entries as optional `field?: X`, as `exactOptionalPropertyTypes` wants. */
type Defined<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};
