import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findMessageGaps, locales } from '../i18n/index.js';
import {
  describeAudience,
  audiences,
  catalogue,
  catalogueItem,
  catalogueKinds,
  catalogueKindLabels,
  phaseLabels,
  audienceLabels,
  questionKindLabels,
  extraSupport,
  internalServices,
  describeCatalogueKind,
  partners,
  describePhase,
  phases,
  describeQuestionKind,
  questionKinds,
  referral,
  referrals,
  stepIds,
  supportOffer,
  tasks,
  trainingTopics,
} from './index.js';
import { renderCatalogueTables } from './test-support/render-docs.js';

// Copies of the seeds are kept in the repository (sources/), so these checks run on every clone.
const seedUrl = (name: string): URL => new URL(`../../../../sources/${name}`, import.meta.url);
const seedLines = (name: string): string[] => readFileSync(seedUrl(name), 'utf8').split('\n');
const seed000 = seedLines('000_c39b7aa53f65cd73.txt');
const seed004 = seedLines('004_d2484bc0e7c7d424.txt');
const line = (n: number): string => seed000[n - 1] ?? '';
const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('the catalogue of seed 000', () => {
  it('holds the 13 items of the standard support offer (lines 108-123)', () => {
    expect(supportOffer).toHaveLength(13);
    expect(supportOffer.every((item) => item.kind === 'support-offer')).toBe(true);
    expect(
      supportOffer.every((item) => item.source.lines[0] >= 109 && item.source.lines[1] <= 123),
    ).toBe(true);
  });
  it('holds the 8 tasks of the liaison officer (lines 133-149)', () => {
    expect(tasks).toHaveLength(8);
    expect(
      tasks.every(
        (item) =>
          item.kind === 'task' && item.source.lines[0] >= 133 && item.source.lines[1] <= 149,
      ),
    ).toBe(true);
  });
  it('holds the 6 training topics of step D.e (lines 175-181)', () => {
    expect(trainingTopics).toHaveLength(6);
    expect(
      trainingTopics.every((item) => item.kind === 'training-topic' && item.steps.includes('D.e')),
    ).toBe(true);
  });
  it('holds the 4 items of step K, one per sub-step', () => {
    expect(extraSupport).toHaveLength(4);
    expect(extraSupport.map((item) => item.steps)).toEqual([
      ['K', 'K.a'],
      ['K', 'K.b'],
      ['K', 'K.c'],
      ['K', 'K.d'],
    ]);
  });
  it('holds the partners of lines 67-70, police and fire, Fedasil and Red Cross split', () => {
    expect(partners.map((item) => item.id)).toEqual([
      'local-government',
      'local-police',
      'fire-service',
      'fedasil',
      'red-cross',
      'cbe',
      'cvo',
      'vdab',
      'agodi',
      'lop-experts',
      'agii-staff',
      'primary-school-heads',
    ]);
    expect(
      partners.every(
        (item) =>
          item.kind === 'partner' && item.source.lines[0] >= 67 && item.source.lines[1] <= 70,
      ),
    ).toBe(true);
  });
  it('holds the 2 internal services of AgII named on lines 121-122', () => {
    expect(internalServices.map((item) => item.label.nl)).toEqual([
      'Sociaal Tolken en Vertalen',
      'Vreemdelingenrecht en Internationaal Familierecht',
    ]);
    expect(internalServices.every((item) => item.kind === 'internal-service')).toBe(true);
  });
  it('is the concatenation of the lists, 45 items, with unique kebab-case ids', () => {
    expect(catalogue).toHaveLength(13 + 8 + 6 + 4 + 12 + 2);
    expect(new Set(catalogue.map((item) => item.id)).size).toBe(catalogue.length);
    for (const item of catalogue) expect(item.id).toMatch(kebab);
    expect(catalogueItem('nt2-screening-referral')?.label.nl).toBe('NT2 (screening en toeleiding)');
    expect(catalogueItem('no-such-item')).toBeUndefined();
  });
  it('has a non-empty label and description in nl, fr, de and en for every item', () => {
    for (const item of catalogue) {
      for (const locale of locales) {
        expect(item.label[locale].trim(), `${item.id} label ${locale}`).not.toBe('');
        expect(
          item.description[locale].trim().length,
          `${item.id} description ${locale}`,
        ).toBeGreaterThan(10);
      }
      // A translation that is the Dutch text again is a forgotten translation, unless it is a proper name.
      const properName = item.label.nl === item.label.en;
      if (!properName) expect(item.label.fr, item.id).not.toBe(item.label.nl);
      expect(item.description.en, item.id).not.toBe(item.description.nl);
    }
  });
  it('uses only valid steps, audiences, phases and kinds', () => {
    for (const item of catalogue) {
      for (const step of item.steps) expect(stepIds).toContain(step);
      expect(item.audience.length).toBeGreaterThan(0);
      for (const audience of item.audience) expect(audiences).toContain(audience);
      expect(phases).toContain(item.phase);
      expect(catalogueKinds).toContain(item.kind);
      expect(new Set(item.steps).size).toBe(item.steps.length);
    }
  });
  it('leaves steps empty only for referrals and corona, where no step fits', () => {
    expect(catalogue.filter((item) => item.steps.length === 0).map((item) => item.id)).toEqual([
      'corona-advice',
      'agii-internal-services-referral',
      'flemish-federal-services-referral',
      'flemish-support-services-referral',
      'social-interpreting-and-translation',
      'foreigners-law-and-international-family-law',
    ]);
  });
  it('points every item to lines that exist and contain its Dutch wording', () => {
    for (const item of catalogue) {
      const [from, to] = item.source.lines;
      expect(item.source.seed).toBe('000');
      expect(from).toBeLessThanOrEqual(to);
      const text = Array.from({ length: to - from + 1 }, (_, i) => line(from + i))
        .join(' ')
        .toLowerCase();
      // The first word of the Dutch label of source-worded items is in the quoted lines.
      const firstWord = item.label.nl.split(/[\s(/,-]+/)[0]?.toLowerCase() ?? '';
      expect(text, `${item.id} at ${from}-${to}`).toContain(firstWord);
    }
  });
  it('keeps the Dutch labels close to the source wording', () => {
    expect(supportOffer.map((item) => item.label.nl)).toEqual([
      'Opstart partneroverleg',
      'NT2 (screening en toeleiding)',
      'Organisatie infomarkt',
      'Communicatieadvies',
      'Info en advies over oefenkansen Nederlands',
      'Toeleiding bewoners naar vrijetijdsaanbod en vrijwilligerswerk',
      'Info beeldvorming',
      'Info en advies corona',
      'Actieve deelname aan stuurgroepoverleg',
      'Info inburgering',
      'Advies aan onderwijspartners',
      'Doorverwijzing naar interne diensten AgII',
      'Doorverwijzing naar Vlaamse of federale diensten',
    ]);
    expect(extraSupport.map((item) => item.label.nl)).toEqual([
      'Toeleiding bewoners naar bestaand aanbod integratie/ontmoeten',
      'Tips over kwaliteitsvolle ontmoetingskansen en werken aan verbinding',
      'Buddywerking',
      'Vrijwilligerswerk voor bewoners',
    ]);
  });
  it('maps the 48-hour task to step C and the steering group to the time around the opening', () => {
    expect(catalogueItem('mayor-contact-within-48-hours')).toMatchObject({
      steps: ['C', 'C.a', 'C.b'],
      phase: 'before-opening',
    });
    expect(catalogueItem('steering-group-participation')?.phase).toBe('around-opening');
  });
  it('keeps proper names as proper names in every language', () => {
    for (const id of ['fedasil', 'cbe', 'cvo', 'vdab', 'agodi']) {
      const item = catalogueItem(id);
      for (const locale of locales) expect(item?.label[locale]).toBe(item?.label.nl);
    }
    expect(catalogueItem('lop-experts')?.description.fr).toContain('Lokaal Overlegplatform');
    expect(catalogueItem('cbe')?.description.de).toContain('Centrum voor Basiseducatie');
  });
});

describe('the referral map of seed 004', () => {
  it('lists the first-line services of the policy brief', () => {
    expect(referrals.map((entry) => entry.id)).toEqual([
      'ocmw',
      'vdab-actiris',
      'agii',
      'caw',
      'clb',
      'kind-en-gezin',
      'health-insurer',
      'school',
      'one-stop-shop',
    ]);
    expect(referral('vdab-actiris')?.name).toBe('VDAB / Actiris');
    expect(referral('nope')).toBeUndefined();
  });
  it('explains each proper name and says when to go there, in four languages', () => {
    for (const entry of referrals) {
      expect(entry.id).toMatch(kebab);
      for (const locale of locales) {
        expect(entry.explanation[locale].length, `${entry.id} ${locale}`).toBeGreaterThan(20);
        expect(entry.when[locale].length, `${entry.id} ${locale}`).toBeGreaterThan(20);
      }
      expect(entry.questionKinds.length).toBeGreaterThan(0);
      for (const kind of entry.questionKinds) expect(questionKinds).toContain(kind);
      for (const source of [entry.source, ...entry.seeAlso]) expect(source.seed).toBe('004');
    }
  });
  it('covers every question kind with at least one service', () => {
    for (const kind of questionKinds)
      expect(
        referrals.some((entry) => entry.questionKinds.includes(kind)),
        kind,
      ).toBe(true);
  });
  it('sends work to VDAB/Actiris, school questions to the CLB and the school, health insurance to the insurer', () => {
    expect(referral('vdab-actiris')?.questionKinds).toContain('work');
    expect(referral('clb')?.questionKinds).toContain('school');
    expect(referral('school')?.questionKinds).toEqual(['school']);
    expect(referral('health-insurer')?.questionKinds).toContain('health-insurance');
    expect(referral('ocmw')?.questionKinds).toContain('income');
    expect(referral('vdab-actiris')?.when.nl).toContain('60 dagen');
  });
  it('points to lines of seed 004 that name the service', () => {
    const names: Record<string, string> = {
      ocmw: 'OCMW',
      'vdab-actiris': 'Actiris',
      agii: 'AgII',
      caw: 'CAW',
      clb: 'CLB',
      'kind-en-gezin': 'Kind en Gezin',
      'health-insurer': 'mutualiteit',
      school: 'school',
      'one-stop-shop': 'one-stop-shop',
    };
    for (const entry of referrals) {
      const [from, to] = entry.source.lines;
      const text = seed004.slice(from - 1, to).join(' ');
      expect(text, entry.id).toContain(names[entry.id]);
    }
  });
});

describe('labels of kinds, phases, audiences and question kinds', () => {
  it('are complete in four languages', () => {
    for (const labels of [catalogueKindLabels, phaseLabels, audienceLabels, questionKindLabels])
      expect(findMessageGaps(labels)).toEqual([]);
  });
  it('name every value in every language', () => {
    for (const locale of locales) {
      for (const kind of catalogueKinds) expect(describeCatalogueKind(kind, locale)).not.toBe('');
      for (const phase of phases) expect(describePhase(phase, locale)).not.toBe('');
      for (const audience of audiences) expect(describeAudience(audience, locale)).not.toBe('');
      for (const kind of questionKinds) expect(describeQuestionKind(kind, locale)).not.toBe('');
    }
    expect(describeCatalogueKind('training-topic', 'de')).toBe('Schulungsthema');
    expect(describePhase('before-opening', 'fr')).toBe("avant l'ouverture");
    expect(describeAudience('neighbours', 'nl')).toBe('buurtbewoners');
    expect(describeQuestionKind('health-insurance', 'en')).toBe('health insurance');
  });
});

describe('docs/catalogue.md', () => {
  it('contains the tables generated from the data', () => {
    const page = readFileSync(new URL('../../../../docs/catalogue.md', import.meta.url), 'utf8');
    expect(page).toContain(renderCatalogueTables());
  });
});
