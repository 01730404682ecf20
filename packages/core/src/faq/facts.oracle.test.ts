import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { parseContactPoint, isEmailAddress, isPhoneNumber } from '../contact/index.js';
import { parseInfoMarket } from '../info-market/index.js';
import { parseDutchPeriod } from '../register/index.js';
import {
  depthError,
  err,
  expecting,
  fromZodIssues,
  isIsoDate,
  ok,
  validationError,
  type Result,
  type ValidationError,
  type ValidationIssue,
} from '../shared/index.js';
import { expectAgreement, singleChanges, type Json, type Verdict } from '../shared/test-support/mutate.js';
import { afterClosingUses, centreStatuses, parseFaqFacts, targetGroups, type FactPeriod, type FaqFacts, type VolunteeringContact } from './facts.js';
import { everyFact as everyFactInput, samples as sampleCentres } from './test-support/samples.js';

// The zod/mini schema parseFaqFacts used before it moved to the core's small decoders (so
// that the facts widget ships without zod). It stays here as the reference: for every input
// both must accept or reject alike, read the same facts and name the same paths.
const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const isoDate = z.string().check(z.refine(isIsoDate, expecting('not a date', 'a calendar date YYYY-MM-DD such as 2025-03-01')));

const email = z.string().check(z.trim(), z.refine(isEmailAddress, expecting('not an e-mail address', 'an e-mail address such as vrijwilligers@gemeente.be')));
const phone = z.string().check(z.trim(), z.refine(isPhoneNumber, expecting('not a phone number', 'a phone number such as 050 12 34 56')));
// At most FAQ_LIMITS.hrefLength, so that a generated link always passes parseFaq.
const webAddress = z.string().check(z.maxLength(2000), z.refine((value) => /^https?:\/\/[^\s/]+\.[^\s]*$/.test(value), expecting('not a web address', 'an absolute http(s) URL such as https://www.gemeente.be/vrijwilligers')));

const contactFields = { name: z.optional(text(200)), email: z.optional(email), phone: z.optional(phone), url: z.optional(webAddress) };

/** A contact must be reachable: by e-mail, phone or web page. */
const reachable = (whom: string) =>
  z.refine<{ readonly email?: string | undefined; readonly phone?: string | undefined; readonly url?: string | undefined }>((value) => value.email !== undefined || value.phone !== undefined || value.url !== undefined, {
    ...expecting(`no way to reach ${whom}`, 'at least one of email, phone, url'),
    path: ['email'],
  });

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
  volunteering: z.optional(z.strictObject({ ...contactFields, buddyScheme: z.optional(z.boolean()) }).check(reachable('the volunteering contact'))),
  status: z.optional(z.enum(centreStatuses)),
  decision: z.optional(
    z.strictObject({
      by: z.enum(['federal-government', 'fedasil']),
      date: z.optional(isoDate),
      municipality: z.optional(z.enum(['informed', 'consulted', 'agreed'])),
      reason: z.optional(
        z
          .strictObject({ nl: z.optional(text(600)), fr: z.optional(text(600)), de: z.optional(text(600)), en: z.optional(text(600)) })
          .check(z.refine((value) => Object.values(value).some((reason) => reason !== undefined), expecting('no reason', 'a reason in at least one of nl, fr, de, en'))),
      ),
    }),
  ),
  safety: z.optional(
    z
      .strictObject({
        staffDayAndNight: z.optional(z.boolean()),
        coreGroup: z.optional(z.boolean()),
        neighbourhoodOfficer: z.optional(
          z
            .strictObject({ name: z.optional(text(200)), email: z.optional(email), phone: z.optional(phone) })
            .check(
              z.refine((value) => value.email !== undefined || value.phone !== undefined, {
                ...expecting('no way to reach the neighbourhood officer', 'at least one of email, phone'),
                path: ['phone'],
              }),
            ),
        ),
      })
      .check(
        z.refine((value) => value.staffDayAndNight !== undefined || value.coreGroup !== undefined || value.neighbourhoodOfficer !== undefined, {
          ...expecting('no safety fact', 'at least one of staffDayAndNight, coreGroup, neighbourhoodOfficer'),
        }),
      ),
  ),
  afterClosing: z.optional(z.enum(afterClosingUses)),
  openCentre: z.optional(z.boolean()),
  schools: z.optional(z.array(text(200)).check(z.minLength(1), z.maxLength(20))),
  funding: z.optional(z.strictObject({ municipalityCosts: z.enum(['none', 'compensated']) })),
  donations: z.optional(z.strictObject({ accepted: z.boolean(), onRequestOnly: z.optional(z.boolean()), contact: z.optional(z.strictObject(contactFields).check(reachable('the donations contact'))) })),
  operatorContact: z.optional(z.strictObject(contactFields).check(reachable('the centre'))),
  followUpMeetings: z.optional(
    z
      .strictObject({ frequency: z.optional(z.enum(['monthly', 'quarterly', 'twice-a-year', 'yearly'])), next: z.optional(isoDate) })
      .check(z.refine((value) => value.frequency !== undefined || value.next !== undefined, expecting('no meeting fact', 'at least one of frequency, next'))),
  ),
  translations: z.optional(
    z
      .strictObject({ nl: z.optional(webAddress), fr: z.optional(webAddress), de: z.optional(webAddress), en: z.optional(webAddress) })
      .check(z.refine((value) => Object.keys(value).length > 0, expecting('no address', 'at least one of nl, fr, de, en'))),
  ),
  lastReviewed: z.optional(isoDate),
});

const SUBJECT = 'FAQ facts';

// parseFaqFacts as it was, on the zod schema: the same post-processing, from zod's output.
function zodParseFaqFacts(input: unknown): Result<FaqFacts, ValidationError> {
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
    ...(data.volunteering === undefined
      ? {}
      : { volunteering: { ...volunteeringContact(data.volunteering), ...(data.volunteering.buddyScheme === undefined ? {} : { buddyScheme: data.volunteering.buddyScheme }) } }),
    ...(data.status === undefined ? {} : { status: data.status }),
    ...(data.decision === undefined
      ? {}
      : { decision: withoutUndefined({ ...data.decision, reason: data.decision.reason === undefined ? undefined : withoutUndefined(data.decision.reason) }) }),
    ...(data.safety === undefined
      ? {}
      : {
          safety: withoutUndefined({
            ...data.safety,
            neighbourhoodOfficer: data.safety.neighbourhoodOfficer === undefined ? undefined : withoutUndefined(data.safety.neighbourhoodOfficer),
          }),
        }),
    ...(data.afterClosing === undefined ? {} : { afterClosing: data.afterClosing }),
    ...(data.openCentre === undefined ? {} : { openCentre: data.openCentre }),
    ...(data.schools === undefined ? {} : { schools: data.schools }),
    ...(data.funding === undefined ? {} : { funding: data.funding }),
    ...(data.donations === undefined
      ? {}
      : { donations: withoutUndefined({ ...data.donations, contact: data.donations.contact === undefined ? undefined : volunteeringContact(data.donations.contact) }) }),
    ...(data.operatorContact === undefined ? {} : { operatorContact: volunteeringContact(data.operatorContact) }),
    ...(data.followUpMeetings === undefined ? {} : { followUpMeetings: withoutUndefined(data.followUpMeetings) }),
    ...(data.translations === undefined ? {} : { translations: withoutUndefined(data.translations) }),
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

/** The object without its `undefined` fields, so that validated facts hold only what was given. */
function withoutUndefined<T extends object>(value: T): Defined<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Defined<T>;
}

/** `T` with its `field: X | undefined` entries as optional `field?: X`, as `exactOptionalPropertyTypes` wants. */
type Defined<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & { [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined> };


const everyFact: Json = everyFactInput as unknown as Json;

/** What the other samples leave out: period objects (one with a key the schema ignores), a partner, reasons, trimmed texts. */
const otherShapes: Json = {
  municipality: '  Lommel ',
  centreName: ' Centrum ',
  operator: { kind: 'partner', name: ' Samusocial ' },
  opening: { start: '2025-11-01', end: '2025-11-10', precision: 'part-of-month', states: ['expected'], source: 'register' },
  plannedEnd: { start: '2026-05-01', end: '2026-05-31', precision: 'month' },
  decision: { by: 'fedasil', reason: { fr: ' Un bâtiment vide. ', en: 'An empty building.' } },
  safety: { neighbourhoodOfficer: { email: ' wijkagent@politie.be ' } },
  donations: { accepted: false },
  followUpMeetings: { next: '2026-01-15' },
  translations: { de: 'https://www.lommel.be/de' },
  targetGroups: ['unaccompanied-minors', 'unaccompanied-minors'],
  capacity: 1,
  status: 'open',
};

const samples: Json[] = [everyFact, otherShapes, ...sampleCentres.map((sample) => sample.facts as unknown as Json)];

const oddForFacts = [
  'fedasil', 'partner', 'red-cross', 'planned', 'families', 'monthly', 'none', 'agreed', 'fedasil', 'federal-government',
  'begin november 2025', 'verwacht november 2023', 'binnenkort', '2020-01-01', '2099-12-31', ' 2025-03-01 ',
  'a@b.be', ' a@b.be ', 'not-an-email', '050 12 34 56', '+32 50 12 34 56', 'http://x.be', 'https://www.x.be/a b', 'ftp://x.be', `https://x.be/${'a'.repeat(2000)}`,
  10_000, 10_001, 2.5, Number.POSITIVE_INFINITY, 'x'.repeat(101), 'x'.repeat(201), 'x'.repeat(601), Array.from({ length: 21 }, () => 'School'),
  { kind: 'fedasil' }, { kind: 'partner' }, { start: '2025-01-01', end: '2024-01-01', precision: 'day' }, { start: '2025-01-01', end: '2025-01-02', precision: 'week' },
  { email: 'a@b.be' }, { staffDayAndNight: true }, { nl: 'https://x.be' }, { nl: undefined }, { frequency: undefined },
];

function oracle(input: unknown): Verdict {
  const parsed = zodParseFaqFacts(input);
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false };
}

const pathsOf = (result: Result<unknown, ValidationError>): string[] => (result.ok ? [] : [...new Set(result.error.issues.map((issue) => issue.path))].sort());

describe('parseFaqFacts against the zod schema it replaced', () => {
  it('accepts the samples', () => {
    for (const sample of samples) expect(parseFaqFacts(sample).ok, JSON.stringify(sample)).toBe(true);
  });

  it('accepts and rejects the same near-valid inputs, and reads the same facts', () => {
    expectAgreement(samples, oddForFacts, parseFaqFacts, oracle, 1000);
  }, 60_000); // some 25 000 inputs through both parsers: seconds on a shared machine

  it('names the same paths for every input with one change', () => {
    for (const input of singleChanges(samples, oddForFacts)) {
      expect(pathsOf(parseFaqFacts(input)), JSON.stringify(input)).toEqual(pathsOf(zodParseFaqFacts(input)));
    }
  }, 60_000);
});
