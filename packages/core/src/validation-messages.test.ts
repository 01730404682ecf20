// The message-style test: bad input driven through every public parser, and every issue that
// comes back checked for the house style of docs/development.md ("Validation and its
// messages"): where (a path), what is wrong, what was expected, a code, no zod default wording,
// a count with its right plural, and a sentence naming the path in nl, fr, de and en.
// The inputs are every one-change variant of a valid sample (exhaustive, not random), plus
// the hand-built checks' own cases. No rule of a parser is copied here: the house style is
// stated as a reader sees it (shared/test-support/house-style.ts).
import { describe, expect, it } from 'vitest';
import {
  bufferPolicy,
  centreOutlook,
  createBufferSearch,
  defaultPolicy,
  parseNetwork,
  planPreferences,
  type Forecast,
  type Network,
} from './buffer/index.js';
import { queryCatalogue } from './catalogue/index.js';
import {
  createContactMessage,
  parseContactMessage,
  parseContactPoint,
  type ContactFormFields,
} from './contact/index.js';
import {
  belgianCalendar,
  deadline,
  holidaysIn,
  timeRemaining,
  type BelgianCalendar,
  type DeadlineRule,
} from './deadlines/index.js';
import { generateFaq, parseFaq, parseFaqFacts, type GenerateFaqOptions } from './faq/index.js';
import { parseInfoMarket, toICalendar, type ICalendarOptions } from './info-market/index.js';
import { parseDutchPeriod, type ParseDutchPeriodOptions } from './register/index.js';
import {
  englishIssueText,
  isIssueCode,
  OpvangValidationError,
  describeIssueIn,
  issue,
  type ValidationError,
  type ValidationIssue,
} from './shared/index.js';
import { expectHouseStyle, expectHouseStyleIssue } from './shared/test-support/house-style.js';
import { singleChanges, type Json } from './shared/test-support/mutate.js';
import {
  applyEvent,
  loadCase,
  openCase,
  toEventLog,
  type CaseEvent,
  type CaseFacts,
} from './step-plan/index.js';
import { everyFact } from './faq/test-support/samples.js';

import {
  caseFacts,
  centre,
  contactPoint,
  formFields,
  infoMarket,
  message,
} from './shared/test-support/valid-inputs.js';
const now = new Date('2025-10-01T10:00:00Z');
const forecast: Forecast = {
  kind: 'normal',
  weeks: [{ inflow: { mean: 10, sd: 2 }, outflow: { mean: 10, sd: 2 } }],
};
const faq = {
  items: [
    {
      id: 'who-will-live-there',
      category: 'Het centrum',
      language: 'nl',
      lastReviewed: '2025-03-01',
      question: 'Wie komt er wonen?',
      answer: [
        { type: 'paragraph', content: ['Maximaal ', { type: 'emphasis', text: '80' }, ' mannen.'] },
        {
          type: 'list',
          items: [['Telefoon: ', { type: 'link', href: 'tel:+3250123456', text: '050 12 34 56' }]],
        },
      ],
    },
  ],
};
const opened = openCase(caseFacts as CaseFacts);
if (!opened.ok) throw new Error(opened.error.message);
const caseEvent = {
  kind: 'step-completed',
  caseId: '2024-kapellen',
  actor: { role: 'liaison-officer', name: 'An' },
  at: '2024-03-29T10:00',
  step: 'C.a',
};

/** The validation error an entry point gave, whether returned, nested in a case error, or thrown. */
function validationErrorOf(run: () => unknown): ValidationError | undefined {
  let result: unknown;
  try {
    result = run();
  } catch (error) {
    if (error instanceof OpvangValidationError) return error.details;
    throw error;
  }
  if (typeof result !== 'object' || result === null || !('ok' in result) || result.ok !== false)
    return undefined;
  const error = (result as unknown as { error: { kind: string; cause?: { kind?: string } } }).error;
  if (error.kind === 'validation') return error as unknown as ValidationError;
  if (error.kind === 'log-rejected' && error.cause?.kind === 'validation')
    return error.cause as unknown as ValidationError;
  return undefined;
}

interface EntryPoint {
  readonly name: string;
  readonly run: (input: unknown) => unknown;
  readonly sample: Json;
}

const entryPoints: readonly EntryPoint[] = [
  { name: 'parseFaq', run: parseFaq, sample: faq },
  { name: 'parseFaqFacts', run: parseFaqFacts, sample: everyFact as unknown as Json },
  {
    name: 'generateFaq (options)',
    run: (input) => generateFaq(everyFact, input as GenerateFaqOptions),
    sample: { lang: 'fr', now } as unknown as Json,
  },
  { name: 'parseContactMessage', run: parseContactMessage, sample: message },
  {
    name: 'createContactMessage',
    run: (input) => createContactMessage(input as ContactFormFields, { now, id: message.id }),
    sample: formFields,
  },
  { name: 'parseContactPoint', run: parseContactPoint, sample: contactPoint },
  { name: 'parseInfoMarket', run: parseInfoMarket, sample: infoMarket },
  {
    name: 'toICalendar (options)',
    run: (input) => toICalendar(infoMarket, input as ICalendarOptions),
    sample: { language: 'fr' },
  },
  {
    name: 'parseDutchPeriod (options)',
    run: (input) => parseDutchPeriod('begin november 2025', input as ParseDutchPeriodOptions),
    sample: { answerDate: '2023-10-31' },
  },
  { name: 'parseNetwork', run: parseNetwork, sample: { 0: centre } },
  {
    name: 'centreOutlook (options)',
    run: (input) => centreOutlook([centre] as Network, defaultPolicy, forecast, input as never),
    sample: { weeks: 1, paths: 3, seed: 1, province: 'west-vlaanderen', municipality: 'Bredene' },
  },
  {
    name: 'createBufferSearch (options)',
    run: (input) =>
      createBufferSearch([centre] as Network, defaultPolicy, forecast, input as never),
    sample: { weeks: 1, paths: 3, seed: 1, searchLimit: 20 },
  },
  {
    name: 'bufferPolicy',
    run: (input) => bufferPolicy(input as never),
    sample: { generic: { target: 0.9 } },
  },
  {
    name: 'planPreferences',
    run: (input) => planPreferences(input as never),
    sample: { rounds: 2 },
  },
  {
    name: 'queryCatalogue',
    run: (input) => queryCatalogue(input as never),
    sample: { kind: 'training-topic', text: 'beeldvorming', locale: 'nl' },
  },
  {
    name: 'deadline (rule)',
    run: (input) => deadline('2025-03-14T09:00', input as DeadlineRule),
    sample: { kind: 'working-days', days: 2 },
  },
  {
    name: 'belgianCalendar',
    run: (input) => belgianCalendar(input as never),
    sample: { community: 'flemish', closingDays: ['2025-12-26'] },
  },
  { name: 'openCase', run: (input) => openCase(input as CaseFacts), sample: caseFacts },
  {
    name: 'applyEvent',
    run: (input) => applyEvent(opened.value, input as CaseEvent),
    sample: caseEvent,
  },
  { name: 'loadCase', run: loadCase, sample: toEventLog(opened.value) as unknown as Json },
];

/** The hand-built checks: inputs that reach a parser's own issues rather than a decoder's. */
const handBuilt: readonly (readonly [string, () => unknown])[] = [
  ['parseFaq (not JSON)', () => parseFaq('{ items: [')],
  ['parseDutchPeriod', () => parseDutchPeriod('binnenkort')],
  ['parseDutchPeriod (not a text)', () => parseDutchPeriod(42 as never)],
  [
    'deadline (calendar)',
    () =>
      deadline(
        '2025-03-14T09:00',
        { kind: 'working-days', days: 2 },
        'flemish' as unknown as BelgianCalendar,
      ),
  ],
  ['deadline (start)', () => deadline('soon', { kind: 'working-days', days: 2 })],
  ['timeRemaining', () => timeRemaining('soon')],
  ['holidaysIn', () => holidaysIn(1800)],
  [
    'loadCase (version)',
    () => loadCase({ ...(toEventLog(opened.value) as object), schemaVersion: 99 }),
  ],
  ['loadCase (no events)', () => loadCase({ ...(toEventLog(opened.value) as object), events: [] })],
  ['queryCatalogue (not an object)', () => queryCatalogue(42 as never)],
  ['queryCatalogue (empty list)', () => queryCatalogue({ kind: [] })],
  ['createContactMessage (options)', () => createContactMessage(formFields, 42 as never)],
  [
    'parseFaqFacts (plannedEnd)',
    () =>
      parseFaqFacts({ municipality: 'Bredene', opening: '2025-12-01', plannedEnd: '2025-06-01' }),
  ],
  ['parseInfoMarket (end)', () => parseInfoMarket({ ...infoMarket, end: '2025-03-14T18:00' })],
  [
    'parseContactPoint (closes)',
    () =>
      parseContactPoint({
        phone: '059 12 34 56',
        openingHours: [{ days: ['monday'], opens: '12:00', closes: '09:00' }],
      }),
  ],
];

describe(
  'every validation message, from every entry point, in the house style',
  { timeout: 60_000 },
  () => {
    it.each(entryPoints.map((entry) => [entry.name, entry] as const))(
      '%s',
      (_, { run, sample }) => {
        let rejected = 0;
        for (const input of singleChanges([sample])) {
          const error = validationErrorOf(() => run(input));
          if (error === undefined) continue;
          rejected += 1;
          expectHouseStyle(error);
        }
        // The one-change variants must reach the checks, or this test proves nothing.
        expect(rejected).toBeGreaterThan(5);
      },
    );

    it.each(handBuilt)('%s', (_, run) => {
      const error = validationErrorOf(run);
      expect(error, 'a validation error').toBeDefined();
      if (error !== undefined) expectHouseStyle(error);
    });
  },
);

describe('the catalogue', { timeout: 60_000 }, () => {
  it('gives the decoders and the parsers the same English words for the same code', () => {
    const seen: ValidationIssue[] = [];
    for (const entry of entryPoints) {
      for (const input of singleChanges([entry.sample]))
        seen.push(...(validationErrorOf(() => entry.run(input))?.issues ?? []));
    }
    const shared = seen.filter((one) => isIssueCode(one.code) && one.code !== 'invalid');
    expect(new Set(shared.map((one) => one.code)).size).toBeGreaterThanOrEqual(9);
    for (const one of shared) {
      expect({ message: one.message, expected: one.expected }, JSON.stringify(one)).toEqual(
        englishIssueText(one.code as never, one.params),
      );
    }
  });

  it('says a count with its plural in every language', () => {
    const one = issue('items', 'too-few', { min: 1 }, []);
    const two = issue('items', 'too-few', { min: 2 }, []);
    expect([one.expected, two.expected]).toEqual(['at least 1 item', 'at least 2 items']);
    expect(describeIssueIn(one, 'nl')).toBe(
      'items: te weinig elementen (verwacht: minstens 1 element; ontvangen: [])',
    );
    expect(describeIssueIn(two, 'fr')).toBe(
      "items\u202f: trop peu d'éléments (attendu\u202f: au moins 2 éléments\u202f; reçu\u202f: [])",
    );
    expect(describeIssueIn(issue('name', 'too-long', { max: 1 }, 'An'), 'de')).toBe(
      'name: zu lang (erwartet: höchstens 1 Zeichen; erhalten: "An")',
    );
    for (const code of ['too-short', 'too-long', 'too-few', 'too-many', 'too-deep'] as const) {
      for (const count of [0, 1, 2, 64])
        expectHouseStyleIssue(issue('x', code, { min: count, max: count }));
    }
  });
});
