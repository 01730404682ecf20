// The JSON Schemas in schemas/ are for backends and CMS plugins that do not run our parsers
// (PHP, Java, .NET). They are only worth shipping while they say what the parsers say: here
// ajv, an independent validator, judges every valid sample and every one-change variant of
// it, and its verdict must equal the parser's `result.ok`. What a schema cannot say is listed
// by name below (and in the schema's description and the docs), never skipped silently.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseNetwork } from './buffer/index.js';
import { catalogue } from './catalogue/index.js';
import { generateNetwork } from './buffer/test-support/generate-network.js';
import { parseContactMessage } from './contact/index.js';
import { generateFaq, parseFaq, parseFaqFacts } from './faq/index.js';
import { everyFact, samples as faqSamples, samplesNow } from './faq/test-support/samples.js';
import { locales } from './i18n/index.js';
import {
  applyEvent,
  loadCase,
  openCase,
  toEventLog,
  type CaseEvent,
  type CaseFacts,
} from './step-plan/index.js';
import { singleChanges, type Json } from './shared/test-support/mutate.js';

// Thousands of variants each: seconds on a busy machine, more than vitest's default 5 s.
const HEAVY = 60_000;
import { caseFacts, centre, message } from './shared/test-support/valid-inputs.js';

const schemasDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas');
const ID_BASE = 'https://opvang.example/schemas/';

const readSchema = (name: string): { $id: string; $schema: string } & Record<string, unknown> =>
  JSON.parse(readFileSync(join(schemasDir, `${name}.schema.json`), 'utf8')) as {
    $id: string;
    $schema: string;
  };

// Strict mode: an unknown keyword, a type-less `required` or an ignored `additionalItems` is
// an error, so a typo in a schema cannot pass as a rule.
// strictTuples is off: it flags `prefixItems` followed by an `items` schema (the event log's
// opening event, then any others), which is 2020-12's own way to say "this first, then these".
const ajv = new Ajv2020({ strict: true, strictTuples: false, allErrors: false });

function validator(name: string): (value: unknown) => boolean {
  const schema = readSchema(name);
  const validate = ajv.getSchema(schema.$id) ?? ajv.compile(schema);
  // No schema here is `$async`, so a verdict is a boolean, never a promise.
  return (value) => validate(value) === true;
}

/** The value as it arrives over the wire: what JSON cannot carry (`undefined`, `NaN`) is gone. */
function overTheWire(value: unknown): Json | typeof NOT_JSON {
  const text = JSON.stringify(value) as string | undefined;
  return text === undefined ? NOT_JSON : (JSON.parse(text) as Json);
}
const NOT_JSON = Symbol('not JSON');

interface Disagreement {
  readonly input: Json;
  readonly schema: boolean;
  readonly parser: boolean;
}

/** Every one-change variant of the samples (through JSON) on which schema and parser differ. */
function disagreements(
  samples: readonly Json[],
  schemaSays: (value: unknown) => boolean,
  parserSays: (value: unknown) => boolean,
  extra: readonly unknown[] = [],
): { readonly checked: number; readonly rejected: number; readonly found: Disagreement[] } {
  const found: Disagreement[] = [];
  let checked = 0;
  let rejected = 0;
  for (const variant of singleChanges(samples, extra)) {
    const input = overTheWire(variant);
    if (input === NOT_JSON) continue;
    checked += 1;
    const schema = schemaSays(input);
    const parser = parserSays(input);
    if (!parser) rejected += 1;
    if (schema !== parser) found.push({ input, schema, parser });
  }
  return { checked, rejected, found };
}

describe('the schema files', () => {
  const files = readdirSync(schemasDir).filter((file) => file.endsWith('.schema.json'));

  it.each(files)(
    '%s is draft 2020-12, with an $id of the one pattern, and compiles strictly',
    (file) => {
      const name = file.replace(/\.schema\.json$/, '');
      const schema = readSchema(name);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(`${ID_BASE}${file}`);
      expect(typeof schema['title']).toBe('string');
      expect(typeof schema['description']).toBe('string');
      expect(() => validator(name)).not.toThrow();
    },
  );
});

describe('contact message', () => {
  const schemaSays = validator('contact-message');
  const parserSays = (value: unknown): boolean => parseContactMessage(value).ok;
  const byPhone = {
    ...message,
    replyChannel: 'phone',
    email: undefined,
    phone: '+32 470 12 34 56',
  };
  const samples = [
    message,
    overTheWire(byPhone),
    {
      id: '3b241101-e2bb-4255-8caf-4136c566a962',
      createdAt: '2025-07-01 19:00:00,5+0200',
      language: 'fr',
      category: 'volunteering-offer',
      message: '  Je donne volontiers des cours de français.  ',
      name: ' Anne ',
      replyWanted: false,
      consent: true,
    },
  ] as Json[];
  // Values that probe the rules of this message: addresses, numbers, instants, lengths.
  const extra = [
    'volunteering-offer',
    'email',
    'phone',
    'an@example',
    ' an@example.be ',
    'an..peeters@example.be',
    `${'a'.repeat(245)}@example.be`,
    '0470 12 34 56',
    '+32 2 123 45 67',
    '0032 2 123 45 67',
    '12345',
    '+0 470 12 34 56',
    '0470-12-34-56-78-90',
    '3B241101-E2BB-4255-8CAF-4136C566A962',
    '3b241101-e2bb-1255-8caf-4136c566a962',
    '2025-03-14T18:00:00Z',
    '2025-03-14T18:00',
    '2025-03-14t18:00+01',
    '2025-03-14T18:00+19:00',
    '2025-03-14T18:00:00.1234567890Z',
    '2025-02-29T18:00Z',
    '2024-02-29T18:00Z',
    '2025-04-31T18:00Z',
    ' 2025-03-14T18:00Z',
    'x'.repeat(9),
    ` ${'x'.repeat(9)} `,
    'x'.repeat(10),
    'x'.repeat(4000),
    'x'.repeat(4001),
    ` ${'x'.repeat(4000)} `,
    'x'.repeat(100),
    'x'.repeat(101),
  ];

  it('accepts the valid samples, as the parser does', () => {
    for (const sample of samples) {
      expect(parserSays(sample)).toBe(true);
      expect(schemaSays(sample)).toBe(true);
    }
  });

  it('judges every one-change variant as the parser does', { timeout: HEAVY }, () => {
    const { checked, rejected, found } = disagreements(samples, schemaSays, parserSays, extra);
    expect(found).toEqual([]);
    expect(rejected).toBeGreaterThan(checked / 2);
  });

  // What the schema says in its description it cannot check: named, so that no variant is
  // excluded without a reason.
  it.each([['a year before 1900', { ...message, createdAt: '1850-03-14T18:00Z' }]])(
    'leaves %s to the parser',
    (_, input) => {
      expect(parserSays(input)).toBe(false);
      expect(schemaSays(input)).toBe(true);
    },
  );
});

describe('contact receipt', () => {
  const schemaSays = validator('contact-receipt');
  // The widget's own check (isReceipt in @opvang/widgets, contact/delivery.ts), less its
  // comparison with the id it sent, which no schema of the body can make.
  const widgetSays = (value: unknown): boolean =>
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    (value as Record<string, unknown>)['status'] === 'stored' &&
    typeof (value as Record<string, unknown>)['id'] === 'string';
  const samples: Json[] = [
    { status: 'stored', id: '3f0c6a4e-8d1b-4c2a-9e57-1b2c3d4e5f60' },
    { status: 'stored', id: '3f0c6a4e-8d1b-4c2a-9e57-1b2c3d4e5f60', storedAt: '2025-03-14' },
  ];

  it(
    'accepts the receipt of docs/contact.md and judges its variants as the widget does',
    { timeout: HEAVY },
    () => {
      for (const sample of samples) expect(schemaSays(sample)).toBe(true);
      const { found, rejected } = disagreements(samples, schemaSays, widgetSays, ['stored']);
      expect(found).toEqual([]);
      expect(rejected).toBeGreaterThan(0);
    },
  );
});

describe('FAQ content', () => {
  const schemaSays = validator('faq');
  const parserSays = (value: unknown): boolean => parseFaq(value).ok;
  // Small enough for every one-change variant, with every kind of block and inline.
  const faq: Json = {
    items: [
      {
        id: 'who-will-live-there',
        category: 'Het centrum',
        language: 'nl',
        lastReviewed: '2024-02-29',
        question: 'Wie komt er wonen?',
        answer: [
          {
            type: 'paragraph',
            content: ['Maximaal ', { type: 'emphasis', text: '80' }, ' mannen.'],
          },
          {
            type: 'list',
            ordered: true,
            items: [
              ['Telefoon: ', { type: 'link', href: 'tel:+3250123456', text: '050 12 34 56' }],
            ],
          },
          { type: 'link', href: 'https://www.fedasil.be/nl', text: 'Fedasil' },
        ],
      },
      {
        id: 'who-will-live-there',
        category: ' Le centre ',
        language: 'fr',
        lastReviewed: '2025-03-01',
        question: 'Qui va y habiter ?',
        answer: [
          {
            type: 'paragraph',
            content: [
              { type: 'link', href: 'MAILTO:accueil@bredene.be', text: 'accueil@bredene.be' },
            ],
          },
        ],
      },
    ],
  };
  // The FAQs the generator writes for the sample centres, in every language.
  const generated = faqSamples.flatMap(({ facts }) =>
    locales.map((lang) => {
      const result = generateFaq(facts, { lang, now: samplesNow });
      if (!result.ok) throw new Error(result.error.message);
      return overTheWire(result.value) as Json;
    }),
  );
  const extra = [
    'https://example.be',
    'http://example.be/a?b#c',
    'HTTPS://EXAMPLE.BE',
    'https://',
    'https://user@example.be',
    'https://example.be/a b',
    'javascript:alert(1)',
    'data:text/html,x',
    '/relative',
    'mailto:an@example.be',
    'mailto:an@',
    'tel:+32 50',
    'tel:0501234',
    `https://example.be/${'x'.repeat(1981)}`,
    `https://example.be/${'x'.repeat(1982)}`,
    '2024-02-29',
    '2025-02-29',
    '2000-02-29',
    '1900-02-29',
    '2025-04-31',
    '2025-13-01',
    'who-will',
    'who--will',
    'Who',
    '1who',
    'a'.repeat(80),
    'a'.repeat(81),
    ` ${'x'.repeat(300)} `,
    'x'.repeat(5000),
    'x'.repeat(5001),
    { type: 'link', href: 'tel:+32', text: 'x' },
    { type: 'list', items: [['x']] },
    { type: 'list', ordered: 'yes', items: [['x']] },
    { type: 'emphasis' },
  ];

  it('accepts the valid samples and the generated FAQs, as the parser does', () => {
    for (const sample of [faq, ...generated]) {
      expect(parserSays(sample)).toBe(true);
      expect(schemaSays(sample)).toBe(true);
    }
  });

  it(
    'judges every one-change variant as the parser does, but for the named rules',
    { timeout: HEAVY },
    () => {
      const { checked, rejected, found } = disagreements([faq], schemaSays, parserSays, extra);
      // Unique ids per language is a rule across items: only the parser checks it.
      const sameId = found.filter(({ input }) => hasDuplicateIds(input));
      expect(found.filter((one) => !sameId.includes(one))).toEqual([]);
      expect(sameId.every(({ schema, parser }) => schema && !parser)).toBe(true);
      expect(rejected).toBeGreaterThan(checked / 2);
    },
  );

  it('leaves an id used twice in one language to the parser', () => {
    const items = (faq as { items: Json[] }).items;
    const input = { items: [items[0], { ...(items[1] as object), language: 'nl' }] };
    expect(hasDuplicateIds(input)).toBe(true);
    expect(parserSays(input)).toBe(false);
    expect(schemaSays(input)).toBe(true);
  });
});

/** Whether two items of one language share an id: the FAQ rule no schema can state. */
function hasDuplicateIds(input: unknown): boolean {
  const items = (input as { items?: unknown }).items;
  if (!Array.isArray(items)) return false;
  const keys = items.map((item) => {
    const { id, language } = item as { id?: unknown; language?: unknown };
    return JSON.stringify([language, id]);
  });
  return new Set(keys).size < keys.length;
}

describe('FAQ facts', () => {
  const schemaSays = validator('faq-facts');
  const parserSays = (value: unknown): boolean => parseFaqFacts(value).ok;
  const facts = [
    overTheWire(everyFact) as Json,
    ...faqSamples.map(({ facts: one }) => overTheWire(one) as Json),
    { municipality: 'Bredene' },
    {
      municipality: ' Bredene ',
      operator: { kind: 'partner', name: 'Samusocial' },
      opening: { start: '2025-11-01', end: '2025-11-10', precision: 'part-of-month', from: 'x' },
      plannedEnd: '2026-05-31',
      decision: { by: 'fedasil', reason: { fr: 'Le bâtiment est vide.' } },
      translations: { de: 'https://www.bredene.be/de' },
      safety: { neighbourhoodOfficer: { email: 'wijk@politie.be' } },
      followUpMeetings: { next: '2025-12-01' },
      donations: { accepted: false },
      infoMarket: { start: '2025-10-20 19:00:00,5+02:00', place: 'Zaal' },
      contactPoint: { address: 'Markt 1', closedOn: ['2024-02-29'] },
    },
  ];
  const extra = [
    'begin november 2025',
    'verwacht november 2023',
    'eind mei 2026',
    'https://www.bredene.be/x',
    'https://localhost',
    'http://a.b',
    'ftp://a.b',
    'an@example.be',
    '0470 12 34 56',
    '+32 2 123 45 67',
    '2024-02-29',
    '2025-02-29',
    '2025-10-20T19:00',
    '2025-10-20T19:00+02:00',
    '2025-02-29T19:00',
    '1850-10-20T19:00',
    '08:00',
    '23:59',
    'monday',
    'adults',
    'partner',
    'fedasil',
    0,
    1,
    10000,
    10001,
    'x'.repeat(100),
    'x'.repeat(101),
    'x'.repeat(200),
    'x'.repeat(201),
    'x'.repeat(600),
    'x'.repeat(601),
    `https://a.be/${'x'.repeat(1987)}`,
    `https://a.be/${'x'.repeat(1988)}`,
    { kind: 'partner' },
    { start: '2025-11-10', end: '2025-11-01', precision: 'day' },
    { start: '2025-11-01', end: '2025-11-10', precision: 'day', states: ['expected'] },
    Array.from({ length: 21 }, () => 'x'),
  ];

  it('accepts the valid samples, as the parser does', () => {
    for (const sample of facts) {
      expect(parserSays(sample)).toBe(true);
      expect(schemaSays(sample)).toBe(true);
    }
  });

  it(
    'judges every one-change variant as the parser does, but for the named rules',
    { timeout: HEAVY },
    () => {
      const { checked, rejected, found } = disagreements(facts, schemaSays, parserSays, extra);
      const named = found.filter(({ input }) => onlyParserRules(input));
      expect(found.filter((one) => !named.includes(one))).toEqual([]);
      expect(named.every(({ schema, parser }) => schema && !parser)).toBe(true);
      expect(rejected).toBeGreaterThan(checked / 3);
    },
  );

  it.each([
    ['a date expression it cannot read', { municipality: 'B', opening: 'soon' }],
    [
      'a period that ends before it starts',
      { municipality: 'B', opening: { start: '2025-11-10', end: '2025-11-01', precision: 'day' } },
    ],
    [
      'a planned end before the opening',
      { municipality: 'B', opening: '2025-11-10', plannedEnd: '2025-11-01' },
    ],
    [
      'opening hours that close before they open',
      {
        municipality: 'B',
        contactPoint: {
          phone: '059 12 34 56',
          openingHours: [{ days: ['monday'], opens: '12:00', closes: '09:00' }],
        },
      },
    ],
    [
      'an information market that ends before it starts',
      {
        municipality: 'B',
        infoMarket: { start: '2025-10-20T21:00', end: '2025-10-20T19:00', place: 'Zaal' },
      },
    ],
    [
      'an instant before 1900',
      { municipality: 'B', infoMarket: { start: '1850-10-20T21:00', place: 'Zaal' } },
    ],
  ])('leaves %s to the parser', (_, input) => {
    expect(onlyParserRules(input)).toBe(true);
    expect(parserSays(input)).toBe(false);
    expect(schemaSays(input)).toBe(true);
  });
});

/**
 * The FAQ facts rules no schema can state (the schema's description lists them): the Dutch
 * date grammar, a period's order, opening hours' order, the information market's order and
 * years. True when every issue the parser reports is one of them.
 */
function onlyParserRules(input: unknown): boolean {
  const result = parseFaqFacts(input);
  if (result.ok) return false;
  return result.error.issues.every(
    ({ path, message: text, received }) =>
      (/^(?:opening|plannedEnd)$/.test(path) &&
        (text.startsWith('not a date we can read') || text === 'ends before the opening')) ||
      (/^(?:opening|plannedEnd)\.end$/.test(path) && text === 'before the start') ||
      (/^contactPoint\.openingHours\[\d+\]\.closes$/.test(path) &&
        text === 'closes before it opens') ||
      (path === 'infoMarket.end' && text === 'ends before it starts') ||
      (/^infoMarket\.(?:start|end)$/.test(path) &&
        text === 'not a date-time' &&
        outsideTheYears(received)),
  );
}

/** Whether a text in the instant grammar falls outside (or, by its offset, at the edge of) 1900–9999. */
function outsideTheYears(value: unknown): boolean {
  const year = typeof value === 'string' ? Number(value.slice(0, 4)) : Number.NaN;
  return year < 1901 || year === 9999;
}

describe('case event log', () => {
  const schemaSays = validator('case-event-log');
  const parserSays = (value: unknown): boolean => loadCase(value).ok;
  const opened = openCase(caseFacts as CaseFacts);
  if (!opened.ok) throw new Error(opened.error.message);
  const events: CaseEvent[] = [
    {
      kind: 'step-completed',
      caseId: '2024-kapellen',
      actor: { role: 'liaison-officer', name: 'An' },
      at: '2024-03-29T10:00',
      step: 'C.a',
    },
    {
      kind: 'fact-updated',
      caseId: '2024-kapellen',
      actor: { role: 'federal' },
      at: '2024-03-30T10:00',
      facts: {
        capacity: 100,
        expectedOpening: { start: '2024-05-01', end: '2024-05-10', precision: 'part-of-month' },
      },
    },
    {
      kind: 'note-added',
      caseId: '2024-kapellen',
      actor: { role: 'municipality' },
      at: '2024-03-30T11:00+01:00',
      text: 'Buurtvergadering gepland.',
      step: 'D',
    },
    {
      kind: 'officer-involved',
      caseId: '2024-kapellen',
      actor: { role: 'liaison-officer' },
      at: '2024-03-30T12:00',
      by: { kind: 'other', name: 'Provinciegouverneur' },
    },
    {
      kind: 'opening-announced',
      caseId: '2024-kapellen',
      actor: { role: 'liaison-officer' },
      at: '2024-03-31T09:00',
      channel: 'Persbericht',
    },
    {
      kind: 'support-offered',
      caseId: '2024-kapellen',
      actor: { role: 'liaison-officer' },
      at: '2024-03-31T10:00',
      items: ['buddy-scheme', 'info-market-support'],
    },
    {
      kind: 'support-delivered',
      caseId: '2024-kapellen',
      actor: { role: 'liaison-officer' },
      at: '2024-04-02T10:00',
      items: ['buddy-scheme'],
    },
  ];
  const version1 = events.slice(0, 3);
  const replay = (list: readonly CaseEvent[]) => {
    let state = opened.value;
    for (const event of list) {
      const next = applyEvent(state, event);
      if (!next.ok) throw new Error(next.error.message);
      state = next.value;
    }
    return state;
  };
  const logs = [
    overTheWire(toEventLog(opened.value)) as Json,
    overTheWire(toEventLog(replay(events))) as Json,
    // A log as version 1 wrote it: loadCase still reads it, through the migration.
    overTheWire({ ...toEventLog(replay(version1)), schemaVersion: 1 }) as Json,
  ];
  const extra = [
    1,
    2,
    '2024-kapellen',
    '2024-03-29T10:00',
    '2024-03-27T10:00',
    'C.a',
    'D',
    'Z',
    'federal',
    'information-market',
    100000,
    100001,
    ['adults', 'adults'],
    'opening-announced',
    'support-offered',
    'municipality',
    'other',
    'buddy-scheme',
    'no-such-item',
    ['buddy-scheme', 'buddy-scheme'],
    3,
  ];

  it('names every catalogue item, and nothing else, as a support item', () => {
    const defs = readSchema('case-event-log')['$defs'] as {
      catalogueItems: { items: { enum: string[] } };
    };
    expect(defs.catalogueItems.items.enum).toEqual(catalogue.map((item) => item.id));
  });

  it('accepts the logs toEventLog writes, as loadCase does', () => {
    for (const log of logs) {
      expect(parserSays(log)).toBe(true);
      expect(schemaSays(log)).toBe(true);
    }
  });

  it(
    'judges every one-change variant as loadCase does, but for the replay',
    { timeout: HEAVY },
    () => {
      const { checked, rejected, found } = disagreements(logs, schemaSays, parserSays, extra);
      const named = found.filter(({ input }) => onlyReplayRules(input));
      expect(found.filter((one) => !named.includes(one))).toEqual([]);
      expect(named.every(({ schema, parser }) => schema && !parser)).toBe(true);
      expect(rejected).toBeGreaterThan(checked / 3);
    },
  );

  const [log] = logs as [{ events: Json[] }];
  const opening = log.events[0] as { policy: Json; facts: Json };
  const later = (...list: object[]): Json => ({ ...log, events: [opening, ...list] }) as Json;
  it.each([
    ['an event of another case', later({ ...events[0], caseId: 'other' })],
    ['an event before the opening', later({ ...events[0], at: '2024-03-01T10:00' })],
    [
      'a deadline rule that does not compute',
      { ...log, events: [{ ...opening, policy: { contactDeadline: {} } }] },
    ],
    ['a second announcement', later(events[4] as object, events[4] as object)],
    [
      'a period that ends before it starts',
      later({
        ...events[1],
        facts: { expectedOpening: { start: '2024-05-10', end: '2024-05-01', precision: 'day' } },
      }),
    ],
  ])('leaves %s to loadCase', (_, input) => {
    expect(onlyReplayRules(input)).toBe(true);
    expect(parserSays(input)).toBe(false);
    expect(schemaSays(input)).toBe(true);
  });
});

/**
 * The event-log rules no schema can state (the schema's description lists them): the replay
 * (ids, order, which step may happen when), the deadline policy, a period's order, the years.
 */
function onlyReplayRules(input: unknown): boolean {
  const result = loadCase(input);
  if (result.ok) return false;
  const { cause } = result.error;
  if (cause.kind !== 'validation') return true;
  return cause.issues.every(
    ({ path, message: text, received }) =>
      path.startsWith('policy.') ||
      text === 'does not match the facts' ||
      text === 'ends before it starts' ||
      (text === 'not a date-time' && outsideTheYears(received)),
  );
}

describe('buffer network', () => {
  const schemaSays = validator('buffer-network');
  const parserSays = (value: unknown): boolean => parseNetwork(value).ok;
  const networks: Json[] = [
    [
      centre,
      {
        ...centre,
        id: 'c2',
        operator: { kind: 'partner', name: 'Rode Kruis' },
        places: { medical: { active: 10, occupied: 10, buffer: 0 } },
        quality: 0.5,
        longTermPotential: true,
      },
    ],
  ];
  const generated = overTheWire(generateNetwork()) as Json;
  const extra = [
    'c1',
    'c2',
    'federal',
    'partner',
    'brussels',
    100,
    1_000_000,
    1_000_001,
    730,
    731,
    100_000,
    100_001,
    0.5,
  ];

  it('accepts the valid samples and a generated network, as the parser does', () => {
    for (const sample of [...networks, generated]) {
      expect(parserSays(sample)).toBe(true);
      expect(schemaSays(sample)).toBe(true);
    }
  });

  it(
    'judges every one-change variant as the parser does, but for the named rules',
    { timeout: HEAVY },
    () => {
      const { checked, rejected, found } = disagreements(networks, schemaSays, parserSays, extra);
      const named = found.filter(({ input }) => onlyNetworkRules(input));
      expect(found.filter((one) => !named.includes(one))).toEqual([]);
      expect(named.every(({ schema, parser }) => schema && !parser)).toBe(true);
      expect(rejected).toBeGreaterThan(checked / 3);
    },
  );

  it.each([
    ['an id used twice', [centre, { ...centre }]],
    [
      'more occupied than active places',
      [{ ...centre, places: { generic: { active: 1, occupied: 2, buffer: 0 } } }],
    ],
  ])('leaves %s to the parser', (_, input) => {
    expect(onlyNetworkRules(input)).toBe(true);
    expect(parserSays(input)).toBe(false);
    expect(schemaSays(input)).toBe(true);
  });
});

/** The network rules no schema can state: unique ids, and occupied at most active. */
function onlyNetworkRules(input: unknown): boolean {
  const result = parseNetwork(input);
  return (
    !result.ok &&
    result.error.issues.every(
      ({ path, message: text }) =>
        (/^\[\d+\]\.id$/.test(path) && text.startsWith('the id of centre')) ||
        (/^\[\d+\]\.places\.[a-z-]+\.occupied$/.test(path) &&
          text.startsWith('more occupied than active')),
    )
  );
}
