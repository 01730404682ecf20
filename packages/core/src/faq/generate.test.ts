import { describe, expect, it } from 'vitest';
import { locales, type Locale, type Localized } from '../i18n/index.js';
import { parseFaqFacts, type FaqFactsInput } from './facts.js';
import { generateFaq, generatedQuestionIds, type GeneratedQuestionId } from './generate.js';
import { answerText, isAllowedHref, parseFaq, type Block, type Faq, type Inline } from './model.js';
import { everyFact } from './test-support/samples.js';

const now = new Date('2025-10-01T10:00:00Z');

const facts: FaqFactsInput = everyFact;

function faqOf(input: FaqFactsInput, lang: Locale = 'nl', at: Date = now): Faq {
  const result = generateFaq(input, { lang, now: at });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const ids = (faq: Faq) => faq.items.map((item) => item.id);
const allText = (faq: Faq) =>
  faq.items
    .map((item) => `${item.category}\n${item.question}\n${answerText(item.answer)}`)
    .join('\n');
const answerOf = (faq: Faq, id: GeneratedQuestionId) =>
  answerText(faq.items.find((item) => item.id === id)?.answer ?? []);

function linksOf(blocks: readonly Block[]): string[] {
  const runs: Inline[] = blocks.flatMap((block) =>
    block.type === 'paragraph'
      ? block.content
      : block.type === 'list'
        ? block.items.flat()
        : [block],
  );
  return runs.flatMap((run) => (typeof run === 'object' && run.type === 'link' ? [run.href] : []));
}

describe('generateFaq with every fact', () => {
  it.each(locales)('writes every question in %s, in a fixed order with stable ids', (lang) => {
    const faq = faqOf(facts, lang);
    expect(ids(faq)).toEqual([...generatedQuestionIds]);
    expect(
      faq.items.every((item) => item.language === lang && item.lastReviewed === '2025-09-30'),
    ).toBe(true);
  });

  it.each(locales)('produces content that its own parser accepts unchanged (%s)', (lang) => {
    const faq = faqOf(facts, lang);
    expect(parseFaq(JSON.parse(JSON.stringify(faq)))).toEqual({ ok: true, value: faq });
  });

  it.each(locales)('never writes a placeholder or a raw value (%s)', (lang) => {
    const text = allText(faqOf(facts, lang));
    for (const token of ['undefined', 'null', 'NaN', '[object', '{', '}', 'TODO', '??', '  '])
      expect(text).not.toContain(token);
  });

  it.each(locales)('links only to allowed addresses: tel with +32, mailto, https (%s)', (lang) => {
    const links = faqOf(facts, lang).items.flatMap((item) => linksOf(item.answer));
    expect(links).toEqual(
      expect.arrayContaining([
        'tel:+3259123456',
        'mailto:opvang@bredene.be',
        'tel:112',
        'tel:101',
        'https://www.bredene.be/vrijwilligers',
      ]),
    );
    expect(links.every(isAllowedHref)).toBe(true);
  });

  it('writes in the language asked for: no Dutch sentence in the other languages', () => {
    const dutch = new Set(faqOf(facts, 'nl').items.map((item) => item.question));
    for (const lang of ['fr', 'de', 'en'] as const) {
      for (const item of faqOf(facts, lang).items) expect(dutch.has(item.question)).toBe(false);
    }
  });

  it('keeps the neutral tone of seed 002, OD 12.2: no value judgements, no promises', () => {
    // The official names of the CGVS hold the word "refugees"; the ban is on calling applicants that.
    const officialNames =
      /Commissariaat-generaal voor de Vluchtelingen|Commissariat général aux réfugiés|Generalkommissariat für Flüchtlinge|Commissioner General for Refugees/g;
    const banned: Localized<RegExp> = {
      nl: /\b(gevaarlijk|veilig|onveilig|illegaal|illegalen|gelukzoekers?|probleemloos|geen problemen|garander\w*|beloof\w*|zeker|altijd|nooit|helaas|gelukkig|vluchtelingen)\b/i,
      fr: /\b(dangereu\w*|sûr|illégau\w*|clandestins?|sans problème|garanti\w*|promet\w*|certainement|toujours|jamais|malheureusement|heureusement|réfugiés)\b/i,
      de: /\b(gefährlich\w*|sicher|illegal\w*|problemlos|keine Probleme|garantier\w*|versprech\w*|bestimmt|immer|niemals|leider|zum Glück|Flüchtlinge)\b/i,
      en: /\b(dangerous|safe|unsafe|illegal\w*|no problems?|guarantee\w*|promis\w*|certainly|always|never|unfortunately|fortunately|refugees)\b/i,
    };
    for (const lang of locales)
      expect(allText(faqOf(facts, lang)).replace(officialNames, '')).not.toMatch(banned[lang]);
  });

  it('matches the reviewed Dutch text', () => {
    expect(allText(faqOf(facts, 'nl'))).toMatchSnapshot();
  });
});

describe('generateFaq leaves out what it has no facts for', () => {
  const without = (...keys: Array<keyof FaqFactsInput>): FaqFactsInput => {
    const copy: Record<string, unknown> = { ...facts };
    for (const key of keys) delete copy[key];
    return copy as unknown as FaqFactsInput;
  };

  it.each<[Array<keyof FaqFactsInput>, GeneratedQuestionId[]]>([
    [
      ['capacity', 'targetGroups'],
      ['who-will-live-there', 'schools'],
    ],
    [['opening'], ['when']],
    [['address'], ['where']],
    [['operator'], ['operator']],
    [
      ['contactPoint', 'safety'],
      ['safety', 'questions-and-concerns'],
    ],
    [['infoMarket'], ['information-market']],
    [['volunteering'], ['volunteering']],
    [['decision'], ['decision']],
    [['afterClosing'], ['after-closing']],
    [['funding'], ['funding']],
    [['followUpMeetings'], ['follow-up-meetings']],
    [['donations'], ['donations']],
    [['operatorContact'], ['centre-contact']],
    [['translations'], ['languages']],
    [
      ['capacity', 'targetGroups', 'operator', 'opening'],
      [
        'who-will-live-there',
        'when',
        'operator',
        'entitlements',
        'daily-life',
        'schools',
        'protection-status',
      ],
    ],
  ])('without %j it leaves out %j and nothing else', (keys, missing) => {
    const faq = faqOf(without(...keys));
    expect(ids(faq)).toEqual(generatedQuestionIds.filter((id) => !missing.includes(id)));
  });

  it('writes nothing from a municipality alone', () => {
    expect(faqOf({ municipality: 'Bredene' }).items).toEqual([]);
  });

  it('asks about schools only when minors or families come', () => {
    expect(ids(faqOf({ ...facts, targetGroups: ['adults'] }))).not.toContain('schools');
    expect(ids(faqOf({ ...facts, targetGroups: ['unaccompanied-minors'] }))).toContain('schools');
  });

  it('leaves out an information market that is over, and the invitation to sign up there', () => {
    const faq = faqOf(facts, 'nl', new Date('2025-10-20T21:30:00+02:00'));
    expect(ids(faq)).not.toContain('information-market');
    expect(answerOf(faq, 'volunteering')).not.toContain('infomarkt');
    expect(answerOf(faqOf(facts), 'volunteering')).toContain('infomarkt');
  });

  it('asks only about the people it has facts on', () => {
    const nl = faqOf({ municipality: 'Bredene', targetGroups: ['unaccompanied-minors'] });
    expect(nl.items[0]?.question).toBe('Wie komt er in het opvangcentrum in Bredene wonen?');
    expect(answerOf(nl, 'who-will-live-there')).toBe(
      'Het centrum is bedoeld voor verzoekers om internationale bescherming (asielzoekers): niet-begeleide minderjarigen (jongeren onder 18 jaar die zonder hun ouders in België aankwamen).',
    );
    const count = faqOf({ municipality: 'Bredene', capacity: 80 }, 'en');
    expect(count.items[0]?.question).toBe(
      'Who will live in the reception centre in Bredene, and how many?',
    );
    expect(answerOf(count, 'who-will-live-there')).toBe(
      'The centre has room for up to 80 applicants for international protection (asylum seekers).',
    );
  });

  it('writes the opening hours only when there are some', () => {
    const faq = faqOf({ municipality: 'Bredene', contactPoint: { email: 'opvang@bredene.be' } });
    expect(answerOf(faq, 'questions-and-concerns')).not.toContain('Openingsuren');
    expect(answerOf(faq, 'questions-and-concerns')).toContain('E-mail: opvang@bredene.be');
    expect(answerOf(faq, 'questions-and-concerns')).not.toContain('Telefoon');
  });
});

describe('dates in the FAQ', () => {
  const when = (
    opening: FaqFactsInput['opening'],
    lang: Locale = 'nl',
    plannedEnd?: FaqFactsInput['plannedEnd'],
  ) =>
    answerOf(
      faqOf(
        { municipality: 'Bredene', opening, ...(plannedEnd === undefined ? {} : { plannedEnd }) },
        lang,
      ),
      'when',
    );

  it.each<[FaqFactsInput['opening'], Locale, string]>([
    ['2025-12-02', 'nl', 'De opening is gepland op 2 december 2025.'],
    ['2025-12-02', 'fr', 'L’ouverture est prévue le 2 décembre 2025.'],
    ['2025-12-02', 'de', 'Die Eröffnung ist am 2. Dezember 2025 geplant.'],
    ['2025-12-02', 'en', 'The centre is due to open on 2 December 2025.'],
    ['2025-12-01', 'fr', 'L’ouverture est prévue le 1er décembre 2025.'],
    ['midden december 2025', 'fr', 'L’ouverture est prévue mi-décembre 2025.'],
    ['eind december 2025', 'en', 'The centre is due to open late December 2025.'],
    ['december 2025', 'de', 'Die Eröffnung ist im Dezember 2025 geplant.'],
    [
      'december 2025/februari 2026',
      'nl',
      'De opening is gepland tussen december 2025 en februari 2026.',
    ],
    [
      { start: '2025-12-15', end: '2025-12-23', precision: 'day' },
      'en',
      'The centre is due to open between 15 December 2025 and 23 December 2025.',
    ],
    ['2026', 'nl', 'De opening is gepland in 2026.'],
    [
      { start: '2025-12-03', end: '2025-12-09', precision: 'part-of-month' },
      'nl',
      'De opening is gepland tussen 3 december 2025 en 9 december 2025.',
    ],
    [
      { start: '2026-01-01', end: '2027-12-31', precision: 'year' },
      'en',
      'The centre is due to open between 2026 and 2027.',
    ],
    [
      'onder voorbehoud oktober 2025',
      'nl',
      'De opening is gepland in oktober 2025. Deze datum is nog niet definitief.',
    ],
    // A date that has passed is not an opening: see status.test.ts.
    [
      '2025-06-01',
      'nl',
      'De opening was gepland op 1 juni 2025, maar is nog niet bevestigd. We werken deze pagina bij zodra er nieuws is.',
    ],
    [
      '2025-06-01',
      'de',
      'Die Eröffnung war am 1. Juni 2025 geplant, ist aber noch nicht bestätigt. Wir aktualisieren diese Seite, sobald es Neuigkeiten gibt.',
    ],
  ])('writes %j in %s as %j', (opening, lang, expected) => {
    expect(when(opening, lang)).toBe(expected);
  });

  it.each<[FaqFactsInput['plannedEnd'], Locale, string]>([
    ['2026-07-31', 'fr', 'jusqu’au 31 juillet 2026.'],
    ['begin juli 2026', 'de', 'bis Anfang Juli 2026 geöffnet.'],
    ['juli 2026', 'nl', 'tot juli 2026.'],
    ['2026', 'en', 'until 2026.'],
    ['verwacht juli 2026', 'en', 'until July 2026. This date is not final yet either.'],
    [
      { start: '2026-07-03', end: '2026-07-09', precision: 'part-of-month' },
      'nl',
      'tot 9 juli 2026.',
    ],
  ])('writes the planned end %j in %s ending in %j', (plannedEnd, lang, ending) => {
    expect(when('2025-12-02', lang, plannedEnd).endsWith(ending)).toBe(true);
  });

  it('takes a parseDutchPeriod result as it is', async () => {
    const { parseDutchPeriod } = await import('../register/index.js');
    const period = parseDutchPeriod('verwacht november 2025');
    if (!period.ok) throw new Error('fixture');
    expect(when(period.value)).toBe(
      'De opening is gepland in november 2025. Deze datum is nog niet definitief.',
    );
  });

  it('dates the review in Brussels time by default', () => {
    const faq = faqOf(
      { municipality: 'Bredene', capacity: 10 },
      'nl',
      new Date('2025-10-31T23:30:00Z'),
    );
    expect(faq.items[0]?.lastReviewed).toBe('2025-11-01');
  });
});

describe('bad facts', () => {
  function pathsOf(input: unknown): string[] {
    const result = parseFaqFacts(input);
    if (result.ok) throw new Error('expected an error');
    return result.error.issues.map((issue) => issue.path);
  }

  it.each<[unknown, string[]]>([
    [{}, ['municipality']],
    [{ municipality: 'Bredene', capacity: -5 }, ['capacity']],
    [{ municipality: 'Bredene', capacity: 2.5 }, ['capacity']],
    [{ municipality: 'Bredene', targetGroups: ['children'] }, ['targetGroups[0]']],
    [{ municipality: 'Bredene', operator: { kind: 'partner' } }, ['operator.name']],
    [{ municipality: 'Bredene', opening: 'binnenkort' }, ['opening']],
    [
      {
        municipality: 'Bredene',
        opening: { start: '2025-12-09', end: '2025-12-01', precision: 'day' },
      },
      ['opening.end'],
    ],
    [{ municipality: 'Bredene', opening: '2025-12-01', plannedEnd: '2025-06-01' }, ['plannedEnd']],
    [
      {
        municipality: 'Bredene',
        contactPoint: {
          phone: '059 12 34 56',
          openingHours: [{ days: ['monday'], opens: '12:00', closes: '09:00' }],
        },
      },
      ['contactPoint.openingHours[0].closes'],
    ],
    [{ municipality: 'Bredene', contactPoint: {} }, ['contactPoint.phone']],
    [
      { municipality: 'Bredene', infoMarket: { start: 'vrijdag', place: 'Zaal' } },
      ['infoMarket.start'],
    ],
    [{ municipality: 'Bredene', volunteering: { name: 'Punt' } }, ['volunteering.email']],
    [
      { municipality: 'Bredene', volunteering: { url: 'javascript:alert(1)' } },
      ['volunteering.url'],
    ],
    [{ municipality: 'Bredene', population: 18000 }, ['population']],
    [{ municipality: 'Bredene', status: 'opened' }, ['status']],
    [{ municipality: 'Bredene', decision: { by: 'mayor' } }, ['decision.by']],
    [
      { municipality: 'Bredene', decision: { by: 'fedasil', date: '2025-02-30' } },
      ['decision.date'],
    ],
    [
      { municipality: 'Bredene', decision: { by: 'fedasil', municipality: 'refused' } },
      ['decision.municipality'],
    ],
    [{ municipality: 'Bredene', decision: { by: 'fedasil', reason: {} } }, ['decision.reason']],
    [
      { municipality: 'Bredene', decision: { by: 'fedasil', reason: { nl: ' ' } } },
      ['decision.reason.nl'],
    ],
    [{ municipality: 'Bredene', safety: {} }, ['safety']],
    [
      { municipality: 'Bredene', safety: { neighbourhoodOfficer: { name: 'Peeters' } } },
      ['safety.neighbourhoodOfficer.phone'],
    ],
    [
      { municipality: 'Bredene', safety: { neighbourhoodOfficer: { email: 'geen-adres' } } },
      ['safety.neighbourhoodOfficer.email'],
    ],
    [{ municipality: 'Bredene', afterClosing: 'sold' }, ['afterClosing']],
    [{ municipality: 'Bredene', openCentre: 'yes' }, ['openCentre']],
    [{ municipality: 'Bredene', schools: [] }, ['schools']],
    [{ municipality: 'Bredene', schools: [''] }, ['schools[0]']],
    [
      { municipality: 'Bredene', funding: { municipalityCosts: 'some' } },
      ['funding.municipalityCosts'],
    ],
    [{ municipality: 'Bredene', donations: { onRequestOnly: true } }, ['donations.accepted']],
    [
      { municipality: 'Bredene', donations: { accepted: true, contact: { name: 'Punt' } } },
      ['donations.contact.email'],
    ],
    [{ municipality: 'Bredene', operatorContact: { name: 'Centrum' } }, ['operatorContact.email']],
    [{ municipality: 'Bredene', followUpMeetings: {} }, ['followUpMeetings']],
    [
      { municipality: 'Bredene', followUpMeetings: { frequency: 'weekly' } },
      ['followUpMeetings.frequency'],
    ],
    [{ municipality: 'Bredene', translations: { fr: 'javascript:alert(1)' } }, ['translations.fr']],
    [
      {
        municipality: 'Bredene',
        translations: { fr: `https://www.bredene.be/${'a'.repeat(2000)}` },
      },
      ['translations.fr'],
    ],
    [
      {
        municipality: 'Bredene',
        translations: { nl: 'https://www.bredene.be/opvang', es: 'https://www.bredene.be/es' },
      },
      ['translations.es'],
    ],
    [
      { municipality: 'Bredene', volunteering: { email: 'a@b.be', buddyScheme: 'ja' } },
      ['volunteering.buddyScheme'],
    ],
  ])('rejects %j at %j', (input, paths) => {
    expect(pathsOf(input)).toEqual(paths);
  });

  it('returns the validation error from generateFaq instead of guessing', () => {
    const result = generateFaq({ municipality: '', capacity: 0 }, { lang: 'nl' });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.issues.map((issue) => issue.path)).toEqual(['municipality', 'capacity']);
  });

  it('explains an unreadable date with what it expects', () => {
    const result = parseFaqFacts({ municipality: 'Bredene', opening: 'binnenkort' });
    if (result.ok) throw new Error('expected an error');
    expect(result.error.issues[0]?.expected).toContain('begin november 2025');
  });
});

describe('every sentence in every language', () => {
  const variants: Array<{ facts: FaqFactsInput; at?: Date; contains: Array<string | RegExp> }> = [
    {
      facts: {
        municipality: 'Bredene',
        opening: { start: '2026-01-01', end: '2027-12-31', precision: 'year' },
        plannedEnd: '2028',
      },
      contains: ['2026', '2027', '2028'],
    },
    {
      facts: { municipality: 'Bredene', opening: 'december 2025', plannedEnd: 'juni 2026' },
      contains: [/2025/, /2026/],
    },
    {
      facts: { municipality: 'Bredene', opening: 'december 2025/februari 2026' },
      contains: ['2025', '2026'],
    },
    { facts: { municipality: 'Bredene', opening: '2026' }, contains: ['2026'] },
    {
      facts: {
        municipality: 'Bredene',
        opening: { start: '2025-12-15', end: '2025-12-23', precision: 'day' },
        plannedEnd: '2026-07-31',
      },
      contains: ['15', '23', '31'],
    },
    { facts: { municipality: 'Bredene', opening: '2025-06-01' }, contains: ['2025'] },
    {
      facts: { municipality: 'Bredene', operator: { kind: 'partner', name: 'Samusocial' } },
      contains: ['Samusocial', 'Fedasil'],
    },
    { facts: { municipality: 'Bredene', operator: { kind: 'fedasil' } }, contains: ['Fedasil'] },
    {
      facts: {
        municipality: 'Bredene',
        infoMarket: { start: '2025-10-20T19:00', place: 'Zaal De Kring' },
      },
      contains: ['19:00', 'Zaal De Kring'],
    },
    { facts: { municipality: 'Bredene', decision: { by: 'fedasil' } }, contains: ['Fedasil'] },
    {
      facts: {
        municipality: 'Bredene',
        decision: { by: 'federal-government', date: '2025-03-01', municipality: 'agreed' },
      },
      contains: ['2025'],
    },
    {
      facts: {
        municipality: 'Bredene',
        decision: { by: 'federal-government', municipality: 'consulted' },
      },
      contains: [/./],
    },
    { facts: { municipality: 'Bredene', afterClosing: 'returns-to-owner' }, contains: [/./] },
    { facts: { municipality: 'Bredene', afterClosing: 'municipal-use' }, contains: [/./] },
    { facts: { municipality: 'Bredene', afterClosing: 'not-decided' }, contains: [/./] },
    {
      facts: { municipality: 'Bredene', funding: { municipalityCosts: 'none' } },
      contains: ['Fedasil'],
    },
    {
      facts: { municipality: 'Bredene', funding: { municipalityCosts: 'compensated' } },
      contains: ['Fedasil'],
    },
    { facts: { municipality: 'Bredene', donations: { accepted: false } }, contains: [/./] },
    { facts: { municipality: 'Bredene', donations: { accepted: true } }, contains: [/\.$/] },
    {
      facts: {
        municipality: 'Bredene',
        donations: {
          accepted: true,
          onRequestOnly: true,
          contact: { url: 'https://www.bredene.be/giften' },
        },
      },
      contains: ['www.bredene.be/giften'],
    },
    {
      facts: { municipality: 'Bredene', followUpMeetings: { frequency: 'monthly' } },
      contains: [/./],
    },
    {
      facts: { municipality: 'Bredene', followUpMeetings: { frequency: 'twice-a-year' } },
      contains: [/./],
    },
    {
      facts: {
        municipality: 'Bredene',
        followUpMeetings: { frequency: 'yearly', next: '2025-12-01' },
      },
      contains: ['2025'],
    },
    {
      facts: { municipality: 'Bredene', operatorContact: { email: 'centrum@fedasil.be' } },
      contains: ['centrum@fedasil.be'],
    },
    {
      facts: { municipality: 'Bredene', safety: { staffDayAndNight: true } },
      contains: ['112', '101'],
    },
    {
      facts: {
        municipality: 'Bredene',
        safety: { neighbourhoodOfficer: { name: 'Inspecteur Peeters', email: 'wijk@politie.be' } },
      },
      contains: ['Inspecteur Peeters', 'wijk@politie.be'],
    },
    {
      facts: {
        municipality: 'Bredene',
        translations: {
          nl: 'https://www.bredene.be/opvang',
          fr: 'https://www.bredene.be/fr',
          de: 'https://www.bredene.be/de',
          en: 'https://www.bredene.be/en',
        },
      },
      contains: [/./],
    },
    { facts: { municipality: 'Bredene', status: 'open', capacity: 80 }, contains: ['80'] },
    { facts: { municipality: 'Bredene', status: 'closed' }, contains: [/./] },
  ];

  it.each(locales)(
    'renders every date form, operator and market form with its facts (%s)',
    (lang) => {
      const seen = new Set<string>();
      for (const variant of variants) {
        const text = allText(faqOf(variant.facts, lang));
        expect(text).not.toBe('');
        for (const part of variant.contains) expect(text).toMatch(part);
        seen.add(text);
      }
      expect(seen.size).toBe(variants.length);
    },
  );
});

describe('the new facts', () => {
  it('leaves out a follow-up meeting that has passed, and the question when nothing else is known', () => {
    const later = new Date('2025-12-02T10:00:00Z');
    expect(
      ids(
        faqOf({ municipality: 'Bredene', followUpMeetings: { next: '2025-12-01' } }, 'nl', later),
      ),
    ).toEqual([]);
    expect(
      answerOf(
        faqOf(
          {
            municipality: 'Bredene',
            followUpMeetings: { frequency: 'quarterly', next: '2025-12-01' },
          },
          'nl',
          later,
        ),
        'follow-up-meetings',
      ),
    ).toBe('Er is elk kwartaal een buurtoverleg.');
  });

  it('links only to the other languages, and asks nothing when the page exists in its own language only', () => {
    expect(
      ids(
        faqOf({ municipality: 'Bredene', translations: { fr: 'https://www.bredene.be/fr' } }, 'fr'),
      ),
    ).toEqual([]);
    const links = faqOf(
      {
        municipality: 'Bredene',
        translations: { nl: 'https://www.bredene.be/opvang', fr: 'https://www.bredene.be/fr' },
      },
      'fr',
    ).items.flatMap((item) => linksOf(item.answer));
    expect(links).toEqual(['https://www.bredene.be/opvang']);
  });

  it('gives the reason for the place only in the language the municipality wrote it in', () => {
    const withReason: FaqFactsInput = {
      municipality: 'Bredene',
      decision: { by: 'fedasil', reason: { nl: 'Het gebouw van de vroegere kazerne stond leeg.' } },
    };
    const nl = faqOf(withReason, 'nl').items.find((item) => item.id === 'decision');
    expect(nl?.question).toBe('Waarom hier, wie heeft beslist, en had de gemeente inspraak?');
    expect(answerText(nl?.answer ?? [])).toContain(
      'Het gebouw van de vroegere kazerne stond leeg.',
    );
    const fr = faqOf(withReason, 'fr').items.find((item) => item.id === 'decision');
    expect(fr?.question).toBe(
      'Qui a décidé de l’ouverture de ce centre, et la commune a-t-elle eu son mot à dire\u00a0?',
    );
    expect(answerText(fr?.answer ?? [])).not.toContain('kazerne');
  });

  it('mentions the buddy scheme only when there is one', () => {
    expect(
      answerOf(
        faqOf({ municipality: 'Bredene', volunteering: { email: 'a@bredene.be' } }),
        'volunteering',
      ),
    ).not.toContain('buddy');
    expect(
      answerOf(
        faqOf({
          municipality: 'Bredene',
          volunteering: { email: 'a@bredene.be', buddyScheme: true },
        }),
        'volunteering',
      ),
    ).toContain('als buddy');
  });

  it('says it is an open centre only when the facts say so', () => {
    expect(answerOf(faqOf({ municipality: 'Bredene', capacity: 80 }), 'daily-life')).not.toContain(
      'open centrum',
    );
    expect(
      answerOf(faqOf({ municipality: 'Bredene', capacity: 80, openCentre: true }), 'daily-life'),
    ).toContain('open centrum');
  });

  it('writes the general answers only on a page about a centre', () => {
    const general: GeneratedQuestionId[] = ['entitlements', 'daily-life', 'protection-status'];
    expect(
      ids(faqOf({ municipality: 'Bredene', contactPoint: { email: 'opvang@bredene.be' } })).some(
        (id) => (general as readonly string[]).includes(id),
      ),
    ).toBe(false);
    expect(ids(faqOf({ municipality: 'Bredene', operator: { kind: 'fedasil' } }))).toEqual(
      expect.arrayContaining(general),
    );
  });

  it('keeps the fact values it was given, and nothing it was not', () => {
    const parsed = parseFaqFacts({
      municipality: 'Bredene',
      safety: { staffDayAndNight: true },
      donations: { accepted: true },
      decision: { by: 'fedasil' },
    });
    expect(parsed.ok && parsed.value).toEqual({
      municipality: 'Bredene',
      targetGroups: [],
      safety: { staffDayAndNight: true },
      donations: { accepted: true },
      decision: { by: 'fedasil' },
    });
  });
});

// Renderings the glossary lists under "avoid" and the review found in this generator's texts.
describe('the terms of the glossary', () => {
  const avoid: Localized<RegExp> = {
    nl: /Voor de politie belt u 101|weigerde|\bje\b|onder wie/i,
    fr: /groupe de base|agent de liaison|réunion d’information|administration locale|refusé|Pour la police, appelez/i,
    de: /Einbürgerung|Bildgebung|Zeugentraining|Infomarkt|Informationsversammlung|Ehrenamt|abgelehnt|\bbegleitet\b|Kerngruppe|Die Polizei erreichen Sie unter 101/i,
    en: /living wage|refused|followed up|at most|E-mail|For the police, call 101/i,
  };
  it.each(locales)('are followed in every text of the generator (%s)', (lang) => {
    expect(allText(faqOf(facts, lang))).not.toMatch(avoid[lang]);
  });
});
