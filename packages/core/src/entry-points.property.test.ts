// Every public entry point that takes outside data, fed what a fuzzer, a JavaScript caller or
// a hostile page can send: input nested far too deep, values of the wrong type, and language
// tags outside nl/fr/de/en. Each must answer with its documented error (a Result with a
// ValidationError, or the OpvangValidationError it documents throwing), never with a
// TypeError or a RangeError, and must read a language tag as negotiateLocale does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bufferPolicy,
  defaultPolicy,
  describeAssumption,
  describePlanLine,
  parseNetwork,
  parseNetworkCsv,
  networkToCsv,
  createBufferSearch,
  centreOutlook,
  plan,
  planPreferences,
  project,
  requiredBuffer,
  type Assumption,
  type Forecast,
} from './buffer/index.js';
import {
  describeAudience,
  catalogueItem,
  findReferrals,
  describeCatalogueKind,
  describePhase,
  queryCatalogue,
  describeQuestionKind,
  referral,
  tokenise,
} from './catalogue/index.js';
import {
  contactIssueCodes,
  createContactMessage,
  describeContactIssue,
  describeOpeningStatus,
  formatOpeningHours,
  isEmailAddress,
  isPhoneNumber,
  parseContactMessage,
  parseContactPoint,
  type ContactFormFields,
} from './contact/index.js';
import {
  belgianCalendar,
  calendarDays,
  deadline,
  describeDeadline,
  describeTimeRemaining,
  elapsedHours,
  holidaysIn,
  isOverdue,
  isWorkingDay,
  timeRemaining,
  workingDays,
  type BelgianCalendar,
  type DeadlineRule,
} from './deadlines/index.js';
import {
  generateFaq,
  isAllowedHref,
  parseFaq,
  parseFaqFacts,
  toFaqPageJsonLd,
  type FaqFactsInput,
  type GenerateFaqOptions,
} from './faq/index.js';
import {
  formatDateTime,
  formatDateTimeRange,
  formatNumber,
  isLocale,
  localeOfTag,
  negotiateLocale,
  type Locale,
} from './i18n/index.js';
import {
  parseInfoMarket,
  toICalendar,
  type ICalendarOptions,
  type InfoMarket,
} from './info-market/index.js';
import {
  declinedNotInRegisterText,
  describePeriodNote,
  parseDutchPeriod,
  describeDeploymentState,
  type ParseDutchPeriodOptions,
} from './register/index.js';
import { describeProvince } from './provinces/index.js';
import {
  isIsoDate,
  MAX_DEPTH,
  OpvangValidationError,
  parseIsoDateTime,
  type ValidationError,
} from './shared/index.js';
import {
  applyEvent,
  describeCaseError,
  loadCase,
  openCase,
  stepDefinition,
  toEventLog,
  type CaseError,
  type CaseEvent,
  type CaseFacts,
  type CaseState,
  type OpenCaseOptions,
  type StepId,
} from './step-plan/index.js';

import {
  caseFacts,
  centre,
  contactPoint,
  formFields,
  infoMarket,
  message,
} from './shared/test-support/valid-inputs.js';
const runs = { numRuns: 120 };
type Json = Readonly<Record<string, unknown>>;

// --- Arbitraries ---------------------------------------------------------------------------

/**
 * A value nested `depth` levels: `[[…]]`, `{ a: { a: … } }` or both in turn. It tells
 * fast-check how to print it (a symbol key, which no parser sees), because printing a
 * counterexample thousands of levels deep would itself overflow the stack.
 */
function nested(depth: number, kind: 'array' | 'object' | 'mixed'): unknown {
  let value: object = ['x'];
  for (let level = 1; level < depth; level += 1)
    value = kind === 'array' || (kind === 'mixed' && level % 2 === 0) ? [value] : { a: value };
  Object.defineProperty(value, fc.toStringMethod, {
    value: () => `nested(${depth}, '${kind}')`,
    enumerable: false,
  });
  return value;
}

/** Deeper than the limit, up to far past what overflows the stack (the fuzzer's 8 KB were about 4 000 levels). */
const tooDeep = fc
  .tuple(
    fc.oneof(
      fc.integer({ min: MAX_DEPTH + 1, max: MAX_DEPTH + 5 }),
      fc.integer({ min: 3_000, max: 12_000 }),
    ),
    fc.constantFrom<'array' | 'object' | 'mixed'>('array', 'object', 'mixed'),
  )
  .map(([depth, kind]) => nested(depth, kind));

/** Values of every JavaScript type, the odd ones in particular. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    '',
    '   ',
    0,
    -1,
    1.5,
    true,
    false,
    [],
    {},
    [[]],
    10n,
    new Date(Number.NaN),
    new Date(0),
  ),
  fc.constant(Symbol('odd')),
  fc.constant(() => 'a function'),
  fc.constant(Object.create(null) as unknown),
  fc.anything({ maxDepth: 3 }),
);

/** A sample with one key (or a new key) replaced by an odd value, or by one nested too deep. */
function variantsOf(sample: Json): fc.Arbitrary<unknown> {
  const keys = [...Object.keys(sample), 'extra'];
  return fc.oneof(
    fc
      .tuple(fc.constantFrom(...keys), anyValue)
      .map(([key, value]) => ({ ...sample, [key]: value })),
    fc
      .tuple(fc.constantFrom(...keys), tooDeep)
      .map(([key, value]) => ({ ...sample, [key]: value })),
  );
}

/** What a caller may pass for a language: supported codes, tags, unsupported languages, nonsense, non-strings. */
const languageTag: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    'nl',
    'fr',
    'de',
    'en',
    'en-GB',
    'EN',
    'fr_BE',
    'de-DE',
    'nl-BE',
    'ar',
    'tr',
    'zh-Hant-TW',
    '',
    '  ',
    'x',
    '-',
  ),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(undefined, null, 42, true, {}, ['fr'], Symbol('lang')),
);

/** The language a tag must be read as: negotiateLocale's answer for one tag, Dutch for anything not a string. */
const negotiated = (tag: unknown): Locale =>
  typeof tag === 'string' && !/[,;]/.test(tag) ? negotiateLocale(tag) : 'nl';

// --- What a documented answer looks like ----------------------------------------------------

function expectValidationError(error: unknown): asserts error is ValidationError {
  expect(error).toMatchObject({
    kind: 'validation',
    subject: expect.any(String),
    message: expect.any(String),
  });
  const { issues } = error as ValidationError;
  expect(Array.isArray(issues) && issues.length > 0, 'issues is a non-empty list').toBe(true);
  for (const issue of issues)
    expect(issue).toMatchObject({
      path: expect.any(String),
      message: expect.any(String),
      expected: expect.any(String),
    });
}

function expectResult(
  result: unknown,
  checkError: (error: unknown) => void = expectValidationError,
): void {
  expect(result).toBeTypeOf('object');
  const { ok } = result as { ok: unknown };
  expect(typeof ok).toBe('boolean');
  if (ok === true) expect(result).toHaveProperty('value');
  else checkError((result as { error: unknown }).error);
}

/** Returns, or throws the OpvangValidationError it documents: nothing else. */
function expectReturnsOrValidationError(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(OpvangValidationError);
    expectValidationError((error as OpvangValidationError).details);
  }
}

const namesTheDepthLimit = (error: ValidationError): boolean =>
  error.issues.some((issue) => issue.expected.includes(`${MAX_DEPTH} levels`));

function expectDepthError(
  result: unknown,
  errorOf: (error: unknown) => ValidationError = (error) => error as ValidationError,
): void {
  expect((result as { ok: boolean }).ok).toBe(false);
  const error = errorOf((result as { error: unknown }).error);
  expectValidationError(error);
  expect(
    namesTheDepthLimit(error),
    JSON.stringify(error.issues.map((issue) => issue.expected)),
  ).toBe(true);
}

const expectContactError = (error: unknown): void => {
  expectValidationError(error);
  for (const issue of error.issues)
    expect(contactIssueCodes).toContain((issue as { code?: unknown }).code);
};

const expectCaseError = (error: unknown): void => {
  const kind = (error as { kind?: unknown }).kind;
  expect(['validation', 'event-rejected', 'log-rejected']).toContain(kind);
  if (kind === 'validation') expectValidationError(error);
  else expect((error as { message?: unknown }).message).toBeTypeOf('string');
  expect(describeCaseError(error as CaseError, 'fr')).toBeTypeOf('string');
};

// --- Valid samples --------------------------------------------------------------------------

const now = new Date('2025-10-01T10:00:00Z');
const faqItem = {
  id: 'who-will-live-there',
  category: 'Het centrum',
  language: 'nl',
  lastReviewed: '2025-03-01',
  question: 'Wie komt er wonen?',
  answer: [
    { type: 'paragraph', content: ['Maximaal ', { type: 'emphasis', text: '80' }, ' mannen.'] },
  ],
};
const faq = { items: [faqItem] };
const facts = {
  municipality: 'Bredene',
  capacity: 80,
  targetGroups: ['adults'],
  opening: 'begin november 2025',
  contactPoint,
  infoMarket,
};
const network = parseNetwork([centre]);
if (!network.ok) throw new Error(network.error.message);
const forecast = {
  kind: 'normal',
  weeks: [{ inflow: { mean: 10, sd: 2 }, outflow: { mean: 10, sd: 2 } }],
};
const projectionOptions = { paths: 5, weeks: 1, seed: 1 };
const opened = openCase(caseFacts as CaseFacts);
if (!opened.ok) throw new Error(opened.error.message);
const state: CaseState = opened.value;
const caseEvent = {
  kind: 'step-completed',
  caseId: '2024-kapellen',
  actor: { role: 'liaison-officer', name: 'An' },
  at: '2024-03-29T10:00',
  step: 'C.a',
};
const eventLog = toEventLog(state) as unknown as Json;
const rule = { kind: 'working-days', days: 2 };

// --- The parsers: one argument of outside data each -----------------------------------------

interface Parser {
  readonly name: string;
  readonly parse: (input: unknown) => unknown;
  readonly sample: Json;
  /** Checks the documented error; ValidationError unless said otherwise. */
  readonly checkError?: (error: unknown) => void;
  /** The ValidationError inside the documented error, for the depth check. */
  readonly validationOf?: (error: unknown) => ValidationError;
  /** The entry point documents throwing OpvangValidationError instead of returning a Result. */
  readonly throws?: boolean;
  readonly numRuns?: number;
}

/** An entry point typed for its input, called with anything, as JavaScript callers do. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- A is inferred from the typed function, so each call site is still checked
const untyped = <A>(run: (input: A) => unknown) => run as (input: unknown) => unknown;

const logCause = (error: unknown): ValidationError => (error as { cause: ValidationError }).cause;

const parsers: readonly Parser[] = [
  { name: 'parseFaq', parse: parseFaq, sample: faq },
  { name: 'parseFaq (JSON text)', parse: (input) => parseFaq(jsonText(input)), sample: faq },
  { name: 'parseFaqFacts', parse: parseFaqFacts, sample: facts },
  {
    name: 'generateFaq',
    parse: (input) => generateFaq(input as FaqFactsInput, { lang: 'nl', now }),
    sample: facts,
  },
  {
    name: 'generateFaq (options)',
    parse: (input) => generateFaq(facts as FaqFactsInput, input as GenerateFaqOptions),
    sample: { lang: 'fr', now },
  },
  {
    name: 'parseContactMessage',
    parse: parseContactMessage,
    sample: message,
    checkError: expectContactError,
  },
  {
    name: 'createContactMessage',
    parse: (input) => createContactMessage(input as ContactFormFields, { now, id: message.id }),
    sample: formFields,
    checkError: expectContactError,
  },
  {
    name: 'createContactMessage (options)',
    parse: (input) => createContactMessage(formFields, input as object),
    sample: { now, id: message.id },
    checkError: expectContactError,
  },
  { name: 'parseContactPoint', parse: parseContactPoint, sample: contactPoint },
  { name: 'parseInfoMarket', parse: parseInfoMarket, sample: infoMarket },
  {
    name: 'parseDutchPeriod (options)',
    parse: (input) => parseDutchPeriod('begin november 2025', input as ParseDutchPeriodOptions),
    sample: { answerDate: '2023-10-31' },
  },
  { name: 'parseNetwork', parse: parseNetwork, sample: { 0: centre } },
  {
    name: 'project (forecast)',
    parse: (input) => project(network.value, defaultPolicy, input as Forecast, projectionOptions),
    sample: forecast,
  },
  {
    name: 'project (options)',
    parse: (input) => project(network.value, defaultPolicy, forecast as Forecast, input as object),
    sample: projectionOptions,
    numRuns: 40,
  },
  {
    name: 'requiredBuffer (options)',
    parse: (input) =>
      requiredBuffer(
        network.value,
        defaultPolicy,
        forecast as Forecast,
        input as { maxProbabilityAbove: number },
      ),
    sample: { ...projectionOptions, maxProbabilityAbove: 0.1, searchLimit: 50 },
    numRuns: 30,
  },
  {
    name: 'parseNetworkCsv',
    parse: (input) => parseNetworkCsv(input as string),
    sample: networkToCsv(network.value) as unknown as Json,
  },
  {
    name: 'createBufferSearch (options)',
    parse: (input) =>
      createBufferSearch(network.value, defaultPolicy, forecast as Forecast, input as object),
    sample: { ...projectionOptions, searchLimit: 50 },
    numRuns: 30,
  },
  {
    name: 'centreOutlook (options)',
    parse: (input) =>
      centreOutlook(network.value, defaultPolicy, forecast as Forecast, input as object),
    sample: { ...projectionOptions, province: 'west-vlaanderen', municipality: 'Bredene' },
    numRuns: 30,
  },
  {
    name: 'bufferPolicy',
    parse: untyped(bufferPolicy),
    sample: { generic: { target: 0.9 } },
    throws: true,
  },
  { name: 'planPreferences', parse: untyped(planPreferences), sample: { rounds: 2 }, throws: true },
  {
    name: 'queryCatalogue',
    parse: untyped(queryCatalogue),
    sample: { kind: 'training-topic', text: 'beeldvorming', locale: 'nl' },
  },
  {
    name: 'findReferrals',
    parse: untyped(findReferrals),
    sample: { questionKind: 'school', text: 'school', locale: 'fr' },
  },
  {
    name: 'deadline (rule)',
    parse: (input) => deadline('2025-03-14T09:00', input as DeadlineRule),
    sample: rule,
  },
  {
    name: 'deadline (calendar)',
    parse: (input) => deadline('2025-03-14T09:00', rule as DeadlineRule, input as BelgianCalendar),
    sample: belgianCalendar() as unknown as Json,
  },
  {
    name: 'belgianCalendar',
    parse: untyped(belgianCalendar),
    sample: { community: 'flemish', closingDays: ['2025-12-26'] },
    throws: true,
  },
  { name: 'openCase', parse: (input) => openCase(input as CaseFacts), sample: caseFacts },
  {
    name: 'openCase (options)',
    parse: (input) => openCase(caseFacts as CaseFacts, input as OpenCaseOptions),
    sample: { contactDeadline: workingDays(2) },
  },
  {
    name: 'applyEvent',
    parse: (input) => applyEvent(state, input as CaseEvent),
    sample: caseEvent,
    checkError: expectCaseError,
  },
  {
    name: 'loadCase',
    parse: loadCase,
    sample: eventLog,
    checkError: expectCaseError,
    validationOf: logCause,
  },
  {
    name: 'toICalendar (options)',
    parse: (input) => toICalendar(parseInfoMarketOrFail(infoMarket), input as ICalendarOptions),
    sample: { language: 'fr' },
    throws: true,
  },
];

/**
 * JSON text of a value, written without recursion (JSON.stringify itself overflows at a few
 * thousand levels); what JSON cannot hold is written as a string of it.
 */
function jsonText(value: unknown): string {
  const out: string[] = [];
  const todo: unknown[] = [value];
  const literal = Symbol('literal');
  while (todo.length > 0) {
    const next = todo.pop();
    if (typeof next === 'object' && next !== null && literal in next)
      out.push((next as { [literal]: string })[literal]);
    else if (Array.isArray(next)) {
      const parts: unknown[] = [];
      next.forEach((item: unknown, index) =>
        parts.push(...(index > 0 ? [{ [literal]: ',' }] : []), item),
      );
      todo.push({ [literal]: ']' }, ...parts.reverse());
      out.push('[');
    } else if (typeof next === 'object' && next !== null) {
      const entries = Object.entries(next);
      const parts: unknown[] = [];
      entries.forEach(([key, item], index) =>
        parts.push(
          ...(index > 0 ? [{ [literal]: ',' }] : []),
          { [literal]: `${JSON.stringify(key)}:` },
          item,
        ),
      );
      todo.push({ [literal]: '}' }, ...parts.reverse());
      out.push('{');
    } else {
      const text =
        typeof next === 'string' ||
        typeof next === 'number' ||
        typeof next === 'boolean' ||
        next === null
          ? JSON.stringify(next)
          : // eslint-disable-next-line @typescript-eslint/no-base-to-string -- any generated value, as the entry points see it
            JSON.stringify(String(next));
      out.push(text ?? 'null');
    }
  }
  return out.join('');
}

function parseInfoMarketOrFail(input: unknown): InfoMarket {
  const result = parseInfoMarket(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('every public parser answers with its documented error', () => {
  for (const parser of parsers) {
    const options = { numRuns: parser.numRuns ?? runs.numRuns };
    const answer = (input: unknown): void => {
      if (parser.throws === true) expectReturnsOrValidationError(() => parser.parse(input));
      else expectResult(parser.parse(input), parser.checkError);
    };
    it(`${parser.name}: on values of any type`, () => {
      fc.assert(fc.property(anyValue, answer), options);
    });
    it(`${parser.name}: on its sample with one field of the wrong type or nested too deep`, () => {
      fc.assert(fc.property(variantsOf(parser.sample), answer), options);
    });
    it(`${parser.name}: on input nested deeper than ${MAX_DEPTH} levels, with an error that names the limit`, () => {
      fc.assert(
        fc.property(tooDeep, fc.constantFrom(...Object.keys(parser.sample)), (deep, key) => {
          for (const input of [deep, { ...parser.sample, [key]: deep }]) {
            if (parser.throws === true) {
              let thrown: unknown;
              try {
                parser.parse(input);
              } catch (error) {
                thrown = error;
              }
              expect(thrown).toBeInstanceOf(OpvangValidationError);
              expect(namesTheDepthLimit((thrown as OpvangValidationError).details)).toBe(true);
            } else {
              expectDepthError(parser.parse(input), parser.validationOf);
            }
          }
        }),
        { numRuns: 15 },
      );
    });
  }

  it('(the test writes JSON text as JSON.stringify does)', () => {
    for (const sample of [faq, facts, [], {}, [1, 'a', null, true, { b: [] }]])
      expect(jsonText(sample)).toBe(JSON.stringify(sample));
  });

  it('parseDutchPeriod: on values of any type, the text included', () => {
    fc.assert(
      fc.property(anyValue, (input) => expectResult(parseDutchPeriod(input as string))),
      runs,
    );
  });

  it('the functions documented to throw OpvangValidationError throw nothing else, on any value', () => {
    const calls: ReadonlyArray<(value: unknown) => unknown> = [
      (value) => elapsedHours(value as number),
      (value) => calendarDays(value as number),
      (value) => workingDays(value as number),
      (value) => holidaysIn(value as number),
      (value) => holidaysIn(2025, value as BelgianCalendar),
      (value) => isWorkingDay(value as string),
      (value) => isWorkingDay('2025-03-14', value as BelgianCalendar),
      (value) => timeRemaining(value as string, now),
      (value) => timeRemaining('2025-03-14T09:00:00.000+01:00', value as Date),
      (value) => isOverdue(value as string, now),
      (value) => toICalendar(value as InfoMarket),
    ];
    fc.assert(
      fc.property(anyValue, fc.constantFrom(...calls), (value, call) =>
        expectReturnsOrValidationError(() => call(value)),
      ),
      runs,
    );
  });
});

describe('predicates and lookups answer for any value', () => {
  it('isEmailAddress, isPhoneNumber, isAllowedHref, isIsoDate and isLocale answer a boolean; parseIsoDateTime a Date or undefined', () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        for (const predicate of [isEmailAddress, isPhoneNumber, isAllowedHref, isIsoDate, isLocale])
          expect(typeof predicate(value as string)).toBe('boolean');
        const instant = parseIsoDateTime(value as string);
        expect(instant === undefined || instant instanceof Date).toBe(true);
        if (typeof value !== 'string')
          expect(
            [isEmailAddress, isPhoneNumber, isAllowedHref, isIsoDate].some((predicate) =>
              predicate(value as string),
            ),
          ).toBe(false);
      }),
      runs,
    );
  });
  it('stepDefinition throws its documented OpvangValidationError for an unknown id; catalogueItem and referral answer undefined', () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        expectReturnsOrValidationError(() => stepDefinition(value as StepId));
        expect(() => catalogueItem(value as string)).not.toThrow();
        expect(() => referral(value as string)).not.toThrow();
      }),
      runs,
    );
    expect(() => stepDefinition('Z' as StepId)).toThrow(OpvangValidationError);
  });
  it('tokenise and normalise read what is not a string as no text', () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        if (typeof value !== 'string') expect(tokenise(value as string)).toEqual([]);
      }),
      runs,
    );
  });
});

describe('describeCaseError and describeAssumption on what they do not describe', () => {
  it('answer a sentence or throw their documented OpvangValidationError, for any value and for errors nested too deep or in a cycle', () => {
    const cyclic: Record<string, unknown> = { kind: 'log-rejected', message: 'x' };
    cyclic['cause'] = cyclic;
    const inputs = fc.oneof(
      anyValue,
      variantsOf(rejection as unknown as Json),
      variantsOf(logRejection as unknown as Json),
      variantsOf(assumption as unknown as Json),
      fc.constant(cyclic),
    );
    fc.assert(
      fc.property(inputs, languageTag, (value, tag) => {
        for (const describe of [describeCaseError, describeAssumption] as Array<
          (value: unknown, locale: Locale) => string
        >) {
          try {
            expect(describe(value, tag as Locale)).toBeTypeOf('string');
          } catch (error) {
            expect(error, String(error)).toBeInstanceOf(OpvangValidationError);
          }
        }
      }),
      runs,
    );
  });
});

describe("the fuzzer's cases (issue 12)", () => {
  it('parseDutchPeriod(undefined) is a validation error, not a TypeError', () => {
    const result = parseDutchPeriod(undefined as unknown as string);
    expect(result.ok ? undefined : result.error.issues[0]).toMatchObject({
      path: '',
      message: 'no text',
      expected: 'a Dutch date expression as a string',
    });
  });
  it('createContactMessage({ name: {} }) is the contact error, not a TypeError', () => {
    const result = createContactMessage(
      { ...formFields, name: {} } as unknown as ContactFormFields,
      { now, id: message.id },
    );
    expect(
      result.ok ? undefined : result.error.issues.map(({ path, code }) => ({ path, code })),
    ).toEqual([{ path: 'name', code: 'name-invalid' }]);
  });
  it('an FAQ nested 5 000 levels deep (10 KB) is refused with the limit, not a RangeError', () => {
    const text = `{"items":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    for (const input of [text, JSON.parse(text) as unknown]) {
      const result = parseFaq(input);
      expect(result.ok ? undefined : result.error.issues[0]?.expected).toBe(
        'at most 64 levels of nested objects and lists',
      );
    }
  });
  it('a contact message with an extra field 5 000 levels deep names the field and the limit', () => {
    const result = parseContactMessage({ ...message, extra: nested(5000, 'object') });
    expect(result.ok ? undefined : result.error.issues).toEqual([
      {
        path: `extra${'.a'.repeat(MAX_DEPTH - 1)}`,
        code: 'unknown-field',
        params: { max: MAX_DEPTH },
        message: 'nested too deeply',
        expected: 'at most 64 levels of nested objects and lists',
      },
    ]);
  });
  it('generateFaq, describeContactIssue, describeAssumption and describeCaseError read en-GB as English and ar or nothing as Dutch', () => {
    const question = (lang: unknown) => {
      const result = generateFaq(facts as FaqFactsInput, { lang: lang as Locale, now });
      return result.ok ? result.value.items[0]?.question : result.error.message;
    };
    expect(question('en-GB')).toBe(question('en'));
    expect(question('ar')).toBe(question('nl'));
    expect(question(undefined)).toBe(question('nl'));
    expect(describeContactIssue({ code: 'message-too-short' }, 'en-GB' as Locale)).toBe(
      describeContactIssue({ code: 'message-too-short' }, 'en'),
    );
    expect(describeAssumption(assumption, 'ar' as Locale)).toBe(
      describeAssumption(assumption, 'nl'),
    );
    expect(describeCaseError(rejection, undefined as unknown as Locale)).toBe(
      describeCaseError(rejection, 'nl'),
    );
    expect(describeCaseError(rejection, 'en-GB' as Locale)).toBe(
      describeCaseError(rejection, 'en'),
    );
  });
});

// --- Languages ------------------------------------------------------------------------------

const dueSoon = '2025-03-31T10:00:00.000+02:00';
const atBefore = new Date('2025-03-29T10:00:00+01:00');
const computed = deadline(
  '2025-07-10T15:00',
  workingDays(2),
  belgianCalendar({ community: 'flemish' }),
);
if (!computed.ok) throw new Error(computed.error.message);
const parsedPoint = parseContactPoint(contactPoint);
if (!parsedPoint.ok) throw new Error(parsedPoint.error.message);
const assumption: Assumption = { kind: 'activation-lead-time', weeks: 2 };
const planLine = plan(network.value, bufferPolicy({ generic: { target: 0.95, max: 0.97 } }))
  .lines[0];
const rejected = applyEvent(state, { ...caseEvent, step: 'D.d' } as CaseEvent);
if (rejected.ok) throw new Error('expected a rejection');
const rejection: CaseError = rejected.error;
const badLog = loadCase({ ...eventLog, events: [...state.events, { ...caseEvent, step: 'D.d' }] });
if (badLog.ok) throw new Error('expected a rejected log');
const logRejection: CaseError = badLog.error;
const period = parseDutchPeriod('geslotenem 31.01.2023');
if (!period.ok) throw new Error(period.error.message);

/** Every public function that takes a language, called with the language given. */
const inLanguage: ReadonlyArray<
  readonly [name: string, call: (locale: Locale) => unknown, missingMeansAll?: boolean]
> = [
  ['generateFaq', (locale) => generateFaq(facts as FaqFactsInput, { lang: locale, now })],
  ['describeContactIssue', (locale) => describeContactIssue({ code: 'message-too-short' }, locale)],
  [
    'describeOpeningStatus',
    (locale) =>
      describeOpeningStatus({ open: false, opensAt: '2025-03-17T09:00:00.000+01:00' }, locale, now),
  ],
  ['formatOpeningHours', (locale) => formatOpeningHours(parsedPoint.value.openingHours, locale)],
  ['describeAssumption', (locale) => describeAssumption(assumption, locale)],
  [
    'describePlanLine',
    (locale) => (planLine === undefined ? 'no line' : describePlanLine(planLine, locale)),
  ],
  ['describeCaseError (rejection)', (locale) => describeCaseError(rejected.error, locale)],
  ['describeCaseError (log)', (locale) => describeCaseError(badLog.error, locale)],
  ['describeTimeRemaining', (locale) => describeTimeRemaining(dueSoon, atBefore, locale)],
  ['describeDeadline', (locale) => describeDeadline(computed.value, locale)],
  ['describeCatalogueKind', (locale) => describeCatalogueKind('task', locale)],
  ['describePhase', (locale) => describePhase('before-opening', locale)],
  ['describeAudience', (locale) => describeAudience('neighbours', locale)],
  ['describeQuestionKind', (locale) => describeQuestionKind('work', locale)],
  ['describeProvince', (locale) => describeProvince('antwerpen', locale)],
  ['describeDeploymentState', (locale) => describeDeploymentState('expected', locale)],
  [
    'describePeriodNote',
    (locale) =>
      describePeriodNote(period.value.notes[0] ?? { code: 'closed-without-date' }, locale),
  ],
  ['declinedNotInRegisterText', (locale) => declinedNotInRegisterText('Kapellen', locale)],
  ['formatDateTime', (locale) => formatDateTime(now, locale, 'long-date-time')],
  [
    'formatDateTimeRange',
    (locale) => formatDateTimeRange(now, new Date(now.getTime() + 3_600_000), locale),
  ],
  ['formatNumber', (locale) => formatNumber(1234.5, locale)],
  [
    'toICalendar',
    (locale) => toICalendar(parseInfoMarketOrFail(infoMarket), { language: locale, now }),
  ],
  [
    'toFaqPageJsonLd',
    (locale) => {
      const parsed = parseFaq({ items: [faqItem, { ...faqItem, language: 'en' }] });
      return parsed.ok ? toFaqPageJsonLd(parsed.value, { language: locale }) : parsed;
    },
    true,
  ],
];

describe('a language tag is read as negotiateLocale reads it, wherever a function takes a language', () => {
  for (const [name, call, missingMeansAll = false] of inLanguage) {
    it(`${name}: en-GB as en, an unknown or missing language as nl, never a throw or undefined`, () => {
      fc.assert(
        fc.property(languageTag, (tag) => {
          const answer = call(tag as Locale);
          expect(answer).toBeDefined();
          // toFaqPageJsonLd documents that no language means every language.
          expect(answer).toEqual(
            call((missingMeansAll && tag === undefined ? undefined : negotiated(tag)) as Locale),
          );
        }),
        runs,
      );
    });
  }

  it('queryCatalogue: a tag as negotiateLocale reads it, a value that is not a tag as its documented error', () => {
    fc.assert(
      fc.property(languageTag, (tag) => {
        const answer = queryCatalogue({ text: 'beeldvorming', locale: tag as Locale });
        if (typeof tag === 'string' || tag === undefined)
          expect(answer).toEqual(
            queryCatalogue({
              text: 'beeldvorming',
              ...(tag === undefined ? {} : { locale: negotiated(tag) }),
            }),
          );
        else expectResult(answer);
        if (typeof tag !== 'string' && tag !== undefined) expect(answer.ok).toBe(false);
      }),
      runs,
    );
  });

  it('negotiateLocale and localeOfTag answer a supported language for any value', () => {
    fc.assert(
      fc.property(
        fc.oneof(languageTag, anyValue, fc.array(anyValue, { maxLength: 3 })),
        (value) => {
          expect(['nl', 'fr', 'de', 'en']).toContain(negotiateLocale(value as string));
          expect(['nl', 'fr', 'de', 'en']).toContain(localeOfTag(value as string));
        },
      ),
      runs,
    );
  });
});
