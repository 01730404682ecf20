import {
  anything,
  englishIssueText,
  INSTANT_EXPECTED,
  isIsoDate,
  isRecord,
  list,
  looseObject,
  object,
  oneOf,
  optional,
  parseInstant,
  range,
  refine,
  text,
  union,
  variant,
} from '../shared/index.js';
import { meetingFormats, targetGroups } from './model.js';
import { actorRoles, stepIds } from './steps.js';

// Decoders, not zod: the case widgets run openCase, applyEvent and loadCase in the browser;
// see docs/development.md, "Validation and its messages".

const name = (max: number) => text({ trim: true, min: 1, max });
export const instant = text({
  check: [(value) => parseInstant(value) !== undefined, 'not a date-time', INSTANT_EXPECTED],
});
const isoDate = text({ check: [isIsoDate, 'not a date', 'a calendar date YYYY-MM-DD'] });

// Loose: a whole `parseDutchPeriod` result (with its raw text and notes) is accepted, and
// only the interval and its precision are kept.
const period = refine(
  looseObject({
    start: isoDate,
    end: isoDate,
    precision: oneOf(['day', 'part-of-month', 'month', 'year'] as const),
  }),
  (value, fail, given) => {
    if (value.start > value.end)
      fail(undefined, {
        message: 'ends before it starts',
        expected: 'start on or before end',
        received: given,
      });
  },
);

const operator = variant('kind', {
  fedasil: object({ kind: oneOf(['fedasil'] as const) }),
  'red-cross': object({ kind: oneOf(['red-cross'] as const) }),
  partner: object({ kind: oneOf(['partner'] as const), name: name(200) }),
});

const groups = refine(list(oneOf(targetGroups), 1), (value, fail, given) => {
  if (new Set(value).size !== value.length)
    fail(undefined, {
      message: 'a group given twice',
      expected: 'each target group at most once',
      received: given,
    });
});

const updatable = {
  municipality: name(100),
  address: name(300),
  capacity: range({ integer: true, min: 1, max: 100_000 }),
  targetGroups: groups,
  expectedOpening: union(
    [
      [(value) => typeof value === 'string', isoDate],
      [isRecord, period],
    ],
    'not a date or a period',
    'a calendar date YYYY-MM-DD or a period { start, end, precision }',
  ),
  operator,
};

export const caseId = text({
  check: [
    (value) => /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(value),
    'not a usable case id',
    'letters, digits, ".", "_" or "-", 1 to 100 characters',
  ],
});

export const factsDecoder = object({ caseId, confirmedAt: instant, ...updatable });

const partialFacts = refine(
  object({
    municipality: optional(updatable.municipality),
    address: optional(updatable.address),
    capacity: optional(updatable.capacity),
    targetGroups: optional(updatable.targetGroups),
    expectedOpening: optional(updatable.expectedOpening),
    operator: optional(updatable.operator),
  }),
  (value, fail, given) => {
    if (Object.keys(value).length === 0)
      fail(undefined, {
        message: 'no facts',
        expected: 'at least one fact to update',
        received: given,
      });
  },
  // Also when a key was wrong: `{ mayor: 'X' }` names no fact either.
  [],
);

const actor = object({ role: oneOf(actorRoles), name: optional(name(100)) });
const step = oneOf(stepIds);
const base = { caseId, at: instant, actor };
const kind = <const K extends string>(tag: K) => oneOf([tag] as const);

const involvedBy = variant('kind', {
  fedasil: object({ kind: kind('fedasil') }),
  'red-cross': object({ kind: kind('red-cross') }),
  municipality: object({ kind: kind('municipality') }),
  'minister-office': object({ kind: kind('minister-office') }),
  other: object({ kind: kind('other'), name: name(200) }),
});

// The ids' form only: whether each names a catalogue item is checked by applyEvent, which
// names the event and the unknown ids (`unknown-catalogue-item`).
const catalogueIds = refine(
  list(
    text({
      check: [
        (value) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && value.length <= 100,
        'not a catalogue item id',
        'a catalogue item id such as "buddy-scheme"',
      ],
    }),
    1,
    200,
  ),
  (value, fail, given) => {
    if (new Set(value).size !== value.length)
      fail(undefined, {
        message: 'an item given twice',
        expected: 'each catalogue item at most once',
        received: given,
      });
  },
);

/** Every event but `case-opened`, which only {@link openCase} makes. */
export const eventDecoder = variant('kind', {
  'fact-updated': object({ kind: kind('fact-updated'), ...base, facts: partialFacts }),
  'step-started': object({ kind: kind('step-started'), ...base, step }),
  'step-completed': object({
    kind: kind('step-completed'),
    ...base,
    step,
    format: optional(oneOf(meetingFormats)),
  }),
  'step-skipped': object({ kind: kind('step-skipped'), ...base, step, reason: name(500) }),
  'support-declined': object({
    kind: kind('support-declined'),
    ...base,
    reason: optional(name(500)),
  }),
  'note-added': object({
    kind: kind('note-added'),
    ...base,
    text: name(2000),
    step: optional(step),
  }),
  'opening-announced': object({
    kind: kind('opening-announced'),
    ...base,
    channel: optional(name(200)),
  }),
  'officer-involved': object({ kind: kind('officer-involved'), ...base, by: involvedBy }),
  'support-offered': object({ kind: kind('support-offered'), ...base, items: catalogueIds }),
  'support-delivered': object({ kind: kind('support-delivered'), ...base, items: catalogueIds }),
});

/** The options of {@link openCase}: the rule and calendar are checked by computing the deadline. */
export const openCaseOptionsDecoder = looseObject({
  contactDeadline: anything(),
  calendar: anything(),
  actor: optional(actor),
});

const anyValue = { type: 'value' } as const;

/** The opening event as stored in a log. Its policy is checked by computing the deadline. */
export const openingEventDecoder = object({
  kind: kind('case-opened'),
  ...base,
  facts: factsDecoder,
  policy: refine(
    object({ contactDeadline: anything(), calendar: anything() }),
    // Its rule may be wrong (the deadline says so), but it is there: the key, even if undefined.
    (_, fail, given) => {
      if (isRecord(given) && !Object.hasOwn(given, 'contactDeadline'))
        fail('contactDeadline', {
          code: 'missing',
          params: anyValue,
          ...englishIssueText('missing', anyValue),
        });
    },
    [],
  ),
});
