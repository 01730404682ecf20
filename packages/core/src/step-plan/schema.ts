import * as z from 'zod/mini';
import { expecting, INSTANT_EXPECTED, isIsoDate, parseInstant } from '../shared/index.js';
import { meetingFormats, targetGroups } from './model.js';
import { actorRoles, stepIds } from './steps.js';

const isInstant = (value: string) => parseInstant(value) !== undefined;

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
export const instant = z
  .string()
  .check(z.refine(isInstant, expecting('not a date-time', INSTANT_EXPECTED)));
const isoDate = z
  .string()
  .check(z.refine(isIsoDate, expecting('not a date', 'a calendar date YYYY-MM-DD')));

// Not strict: a whole `parseDutchPeriod` result (with its raw text and notes) is accepted, and
// only the interval and its precision are kept.
const period = z
  .object({
    start: isoDate,
    end: isoDate,
    precision: z.enum(['day', 'part-of-month', 'month', 'year']),
  })
  .check(
    z.refine(
      (value) => value.start <= value.end,
      expecting('ends before it starts', 'start on or before end'),
    ),
  );

const operator = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('fedasil') }),
  z.strictObject({ kind: z.literal('red-cross') }),
  z.strictObject({ kind: z.literal('partner'), name: text(200) }),
]);

const groups = z.array(z.enum(targetGroups)).check(
  z.minLength(1),
  z.refine(
    (list) => new Set(list).size === list.length,
    expecting('a group given twice', 'each target group at most once'),
  ),
);

const updatable = {
  municipality: text(100),
  address: text(300),
  capacity: z.number().check(z.int(), z.minimum(1), z.maximum(100_000)),
  targetGroups: groups,
  expectedOpening: z.union([isoDate, period]),
  operator,
};

export const caseIdSchema = z
  .string()
  .check(
    z.refine(
      (value) => /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(value),
      expecting('not a usable case id', 'letters, digits, ".", "_" or "-", 1 to 100 characters'),
    ),
  );

export const factsSchema = z.strictObject({
  caseId: caseIdSchema,
  confirmedAt: instant,
  ...updatable,
});

const partialFacts = z
  .strictObject({
    municipality: z.optional(updatable.municipality),
    address: z.optional(updatable.address),
    capacity: z.optional(updatable.capacity),
    targetGroups: z.optional(updatable.targetGroups),
    expectedOpening: z.optional(updatable.expectedOpening),
    operator: z.optional(updatable.operator),
  })
  .check(
    z.refine(
      (value) => Object.keys(value).length > 0,
      expecting('no facts', 'at least one fact to update'),
    ),
  );

const actor = z.strictObject({ role: z.enum(actorRoles), name: z.optional(text(100)) });
const step = z.enum(stepIds);
const base = { caseId: caseIdSchema, at: instant, actor };

/** Every event but `case-opened`, which only {@link openCase} makes. */
export const eventSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('fact-updated'), ...base, facts: partialFacts }),
  z.strictObject({ kind: z.literal('step-started'), ...base, step }),
  z.strictObject({
    kind: z.literal('step-completed'),
    ...base,
    step,
    format: z.optional(z.enum(meetingFormats)),
  }),
  z.strictObject({ kind: z.literal('step-skipped'), ...base, step, reason: text(500) }),
  z.strictObject({ kind: z.literal('support-declined'), ...base, reason: z.optional(text(500)) }),
  z.strictObject({
    kind: z.literal('note-added'),
    ...base,
    text: text(2000),
    step: z.optional(step),
  }),
]);

/** The options of {@link openCase}: the rule and calendar are checked by computing the deadline. */
export const openCaseOptionsSchema = z.object({
  contactDeadline: z.optional(z.unknown()),
  calendar: z.optional(z.unknown()),
  actor: z.optional(actor),
});

/** The opening event as stored in a log. Its policy is checked by computing the deadline. */
export const openingEventSchema = z.strictObject({
  kind: z.literal('case-opened'),
  ...base,
  facts: factsSchema,
  policy: z.strictObject({ contactDeadline: z.unknown(), calendar: z.optional(z.unknown()) }),
});
