import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { locales } from '../i18n/index.js';
import { isIsoDate, parseIsoDateTime, toBrusselsIso, weekdays } from '../shared/index.js';
import { expectAgreement, type Json, type Verdict } from '../shared/test-support/mutate.js';
import { parseContactPoint } from './contact-point.js';
import {
  contactCategories,
  EMAIL_MAX_LENGTH,
  isEmailAddress,
  isPhoneNumber,
  MESSAGE_MAX_LENGTH,
  MESSAGE_MIN_LENGTH,
  NAME_MAX_LENGTH,
  parseContactMessage,
  replyChannels,
} from './message.js';

// The zod/mini schemas the contact models used before they moved to the core's small
// decoders (to fit the contact widget's 16 KB budget). They stay here as the reference:
// for every input both must accept or reject alike, and read the same value.

const emailSchema = z.string().check(z.trim(), z.maxLength(EMAIL_MAX_LENGTH), z.refine((value) => z.email().safeParse(value).success));
const phoneSchema = z.string().check(z.trim(), z.refine(isPhoneNumber));
const messageSchema = z.strictObject({
  id: z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)),
  createdAt: z.string().check(z.refine((value) => parseIsoDateTime(value, { offset: 'required' }) !== undefined)),
  language: z.enum(locales),
  category: z.enum(contactCategories),
  message: z.string().check(z.trim(), z.minLength(MESSAGE_MIN_LENGTH), z.maxLength(MESSAGE_MAX_LENGTH)),
  name: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(NAME_MAX_LENGTH))),
  replyWanted: z.boolean(),
  replyChannel: z.optional(z.enum(replyChannels)),
  email: z.optional(emailSchema),
  phone: z.optional(phoneSchema),
  consent: z.literal(true),
});

function messageOracle(input: unknown): Verdict {
  const parsed = messageSchema.safeParse(input);
  if (!parsed.success) return { ok: false };
  const { replyWanted, replyChannel, email, phone, createdAt } = parsed.data;
  const replyRules = replyWanted
    ? (replyChannel === 'email' && email !== undefined && phone === undefined) || (replyChannel === 'phone' && phone !== undefined && email === undefined)
    : replyChannel === undefined && email === undefined && phone === undefined;
  if (!replyRules) return { ok: false };
  const instant = parseIsoDateTime(createdAt, { offset: 'required' });
  return { ok: true, value: { ...parsed.data, createdAt: instant === undefined ? createdAt : toBrusselsIso(instant) } };
}

const time = z.string().check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/));
const minutes = (value: string) => Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5));
const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const pointSchema = z
  .strictObject({
    name: z.optional(text(200)),
    phone: z.optional(z.string().check(z.trim(), z.refine(isPhoneNumber))),
    email: z.optional(z.string().check(z.trim(), z.refine(isEmailAddress))),
    address: z.optional(text(300)),
    openingHours: z.optional(
      z.array(
        z
          .strictObject({ days: z.array(z.enum(weekdays)).check(z.minLength(1)), opens: time, closes: time })
          .check(z.refine((hours) => minutes(hours.closes) > minutes(hours.opens))),
      ),
    ),
    closedOn: z.optional(z.array(z.string().check(z.refine(isIsoDate)))),
  })
  .check(z.refine((point) => point.phone !== undefined || point.email !== undefined || point.address !== undefined));

function pointOracle(input: unknown): Verdict {
  const parsed = pointSchema.safeParse(input);
  if (!parsed.success) return { ok: false };
  return { ok: true, value: { ...parsed.data, openingHours: parsed.data.openingHours ?? [], closedOn: parsed.data.closedOn ?? [] } };
}

const base = {
  id: '3b241101-e2bb-4255-8caf-4136c566a962',
  createdAt: '2025-03-14T18:00:00Z',
  language: 'nl',
  category: 'question',
  message: '  Vanaf wanneer komen de eerste bewoners?  ',
};
const messages: Json[] = [
  { ...base, name: ' An ', replyWanted: true, replyChannel: 'email', email: ' an.peeters@example.be ', consent: true },
  { ...base, replyWanted: true, replyChannel: 'phone', phone: '0470 12 34 56', consent: true },
  { ...base, replyWanted: false, consent: true },
];
const oddForMessages = [
  'email', 'phone', 'pigeon', 'complaint', 'gossip', 'a@b.be', 'a@b', 'a..b@c.be', '.a@b.be', 'a@-b.be', 'a@b.c', `${'a'.repeat(250)}@b.be`,
  '+32 2 123 45 67', '12345', '0032 2 123 45 67', '2025-03-14T19:00:00+01:00', '2025-03-14T19:00:00', '2025-02-30T10:00:00Z',
  '3B241101-E2BB-4255-8CAF-4136C566A962', 'Hallo daar', 'x'.repeat(4001), 'x'.repeat(101),
];

const points: Json[] = [
  {
    name: ' Contactpunt ',
    phone: '+32 50 12 34 56',
    email: 'opvang@gemeente.be',
    address: 'Markt 1, 8000 Brugge',
    openingHours: [{ days: ['monday', 'friday'], opens: '09:00', closes: '12:00' }, { days: ['wednesday'], opens: '13:00', closes: '24:00' }],
    closedOn: ['2025-12-26'],
  },
  { email: 'opvang@gemeente.be' },
];
const oddForPoints = ['monday', 'maandag', '9:00', '12:00', '08:00', '00:00', '23:59', 'a@b', '050 12 34 56', '2024-02-29', '2023-02-29'];

describe('the contact models against the zod schemas they replaced', () => {
  it('parseContactMessage accepts and rejects the same near-valid messages, and reads the same message', () => {
    // Most changes to a flat object break it, so fewer variants are accepted than for the FAQ.
    expectAgreement(messages, oddForMessages, parseContactMessage, messageOracle, 250);
  });

  it('parseContactPoint accepts and rejects the same near-valid contact points, and reads the same point', () => {
    expectAgreement(points, oddForPoints, parseContactPoint, pointOracle, 250);
  });

  it('isEmailAddress agrees with zod on addresses people type', () => {
    const local = fc.stringMatching(/^[A-Za-z0-9_'+.-]{0,12}$/);
    const domain = fc.stringMatching(/^[A-Za-z0-9.-]{0,16}$/);
    fc.assert(
      fc.property(local, domain, fc.constantFrom('', ' ', '@'), (user, host, pad) => {
        const address = `${pad}${user}@${host}${pad}`;
        expect(isEmailAddress(address)).toBe(emailSchema.safeParse(address).success);
      }),
      { numRuns: 5000 },
    );
  });
});
