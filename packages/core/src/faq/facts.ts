import * as z from 'zod/mini';
import { parseContactPoint, type ContactPoint, type ContactPointInput } from '../contact/index.js';
import { parseInfoMarket, type InfoMarket, type InfoMarketInput } from '../info-market/index.js';
import { parseDutchPeriod } from '../register/index.js';
import {
  depthError,
  err,
  expecting,
  fromZodIssues,
  isIsoDate,
  ok,
  validationError,
  type Period,
  type Result,
  type ValidationError,
  type ValidationIssue,
} from '../shared/index.js';
import { isEmailAddress, isPhoneNumber } from '../contact/index.js';

/**
 * Who the centre is for. The step plan knows unaccompanied minors and adults (seed `000`,
 * step B.d); families with children appear in seed `002` (line 1034) and are our extension.
 */
export const targetGroups = ['adults', 'unaccompanied-minors', 'families'] as const;

/** One of {@link targetGroups}. */
export type TargetGroup = (typeof targetGroups)[number];

/** Who runs the centre: Fedasil itself, the Red Cross, or another partner by name. */
export type Operator = { readonly kind: 'fedasil' } | { readonly kind: 'red-cross' } | { readonly kind: 'partner'; readonly name: string };

/** Whom to contact to volunteer: at least one of e-mail, phone, web page. */
export interface VolunteeringContact {
  /** A person or service: `Vrijwilligerspunt Bredene`. */
  readonly name?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly url?: string;
}

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
  readonly volunteering?: VolunteeringContact;
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
  readonly volunteering?: VolunteeringContact | undefined;
  readonly lastReviewed?: string | undefined;
}


const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const isoDate = z.string().check(z.refine(isIsoDate, expecting('not a date', 'a calendar date YYYY-MM-DD such as 2025-03-01')));

const periodObject = z.object({
  start: isoDate,
  end: isoDate,
  precision: z.enum(['day', 'part-of-month', 'month', 'year']),
  states: z.optional(z.array(z.string())),
});

const factsSchema = z.strictObject({
  municipality: text(100),
  centreName: z.optional(text(200)),
  address: z.optional(text(300)),
  capacity: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(10_000))),
  targetGroups: z.optional(z.array(z.enum(targetGroups))),
  operator: z.optional(
    z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('fedasil') }),
      z.strictObject({ kind: z.literal('red-cross') }),
      z.strictObject({ kind: z.literal('partner'), name: text(200) }),
    ]),
  ),
  opening: z.optional(z.union([z.string(), periodObject])),
  plannedEnd: z.optional(z.union([z.string(), periodObject])),
  contactPoint: z.optional(z.unknown()),
  infoMarket: z.optional(z.unknown()),
  volunteering: z.optional(
    z
      .strictObject({
        name: z.optional(text(200)),
        email: z.optional(z.string().check(z.trim(), z.refine(isEmailAddress, expecting('not an e-mail address', 'an e-mail address such as vrijwilligers@gemeente.be')))),
        phone: z.optional(z.string().check(z.trim(), z.refine(isPhoneNumber, expecting('not a phone number', 'a phone number such as 050 12 34 56')))),
        url: z.optional(z.string().check(z.refine((value) => /^https?:\/\/[^\s/]+\.[^\s]*$/.test(value), expecting('not a web address', 'an absolute http(s) URL such as https://www.gemeente.be/vrijwilligers')))),
      })
      .check(
        z.refine((value) => value.email !== undefined || value.phone !== undefined || value.url !== undefined, {
          ...expecting('no way to reach the volunteering contact', 'at least one of email, phone, url'),
          path: ['email'],
        }),
      ),
  ),
  lastReviewed: z.optional(isoDate),
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
  const tooDeep = depthError(SUBJECT, input);
  if (tooDeep !== undefined) return err(tooDeep);
  const parsed = factsSchema.safeParse(input);
  const issues: ValidationIssue[] = parsed.success ? [] : [...fromZodIssues(SUBJECT, parsed.error.issues, input).issues];
  if (!parsed.success) return err(validationError(SUBJECT, issues as [ValidationIssue, ...ValidationIssue[]]));
  const data = parsed.data;
  const nested = <T>(field: string, value: unknown, parse: (value: unknown) => Result<T, ValidationError>): T | undefined => {
    if (value === undefined) return undefined;
    const result = parse(value);
    if (result.ok) return result.value;
    for (const issue of result.error.issues) issues.push({ ...issue, path: issue.path === '' ? field : `${field}.${issue.path}` });
    return undefined;
  };
  const opening = nested('opening', data.opening, readPeriod);
  const plannedEnd = nested('plannedEnd', data.plannedEnd, readPeriod);
  const contactPoint = nested('contactPoint', data.contactPoint, parseContactPoint);
  const infoMarket = nested('infoMarket', data.infoMarket, parseInfoMarket);
  if (opening !== undefined && plannedEnd !== undefined && plannedEnd.end < opening.start) {
    issues.push({ path: 'plannedEnd', message: 'ends before the opening', expected: `a date after the opening (${opening.start})`, received: data.plannedEnd });
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
    ...(data.volunteering === undefined ? {} : { volunteering: volunteeringContact(data.volunteering) }),
    ...(data.lastReviewed === undefined ? {} : { lastReviewed: data.lastReviewed }),
  });
}

const PROVISIONAL_STATES = new Set(['expected', 'reserved']);

function readPeriod(value: unknown): Result<FactPeriod, ValidationError> {
  if (typeof value === 'string') {
    if (isIsoDate(value.trim())) return ok({ start: value.trim(), end: value.trim(), precision: 'day', provisional: false });
    const parsed = parseDutchPeriod(value);
    if (!parsed.ok) {
      return err(
        validationError('date', [
          {
            path: '',
            message: `not a date we can read: ${parsed.error.message}`,
            expected: 'an ISO date such as 2025-03-01, or a Dutch expression such as "begin november 2025"',
            received: value,
          },
        ]),
      );
    }
    const { start, end, precision, states } = parsed.value;
    return ok({ start, end, precision, provisional: states.some((state) => PROVISIONAL_STATES.has(state)) });
  }
  const period = value as z.infer<typeof periodObject>;
  if (period.end < period.start) {
    return err(validationError('date', [{ path: 'end', message: 'before the start', expected: `a date on or after ${period.start}`, received: period.end }]));
  }
  return ok({
    start: period.start,
    end: period.end,
    precision: period.precision,
    provisional: (period.states ?? []).some((state) => PROVISIONAL_STATES.has(state)),
  });
}

function volunteeringContact(contact: { name?: string | undefined; email?: string | undefined; phone?: string | undefined; url?: string | undefined }): VolunteeringContact {
  return {
    ...(contact.name === undefined ? {} : { name: contact.name }),
    ...(contact.email === undefined ? {} : { email: contact.email }),
    ...(contact.phone === undefined ? {} : { phone: contact.phone }),
    ...(contact.url === undefined ? {} : { url: contact.url }),
  };
}
