import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locales } from '../i18n/index.js';
import { deployments, deploymentSource } from '../register/index.js';
import { loadCase } from '../step-plan/index.js';
import {
  answerCase,
  authorityLevel,
  involvementTiming,
  matchRegister,
  parliamentaryQuestionReport,
  reportToCsv,
  reportToText,
} from './index.js';
import { caseWith, sampleCases } from './test-support/cases.js';

const registerOnly = parliamentaryQuestionReport({ deployments, cases: [] });
const withCases = parliamentaryQuestionReport({ deployments, cases: sampleCases() });

describe('per year, from the register', () => {
  // Read off the source's rows by hand (seed 000, lines 73-107): the first date of each entry.
  const year = (y: number) => {
    const row = registerOnly.perYear.years.find((r) => r.year === y);
    if (row === undefined) throw new Error(`no ${String(y)}`);
    return row;
  };
  it('holds every year 2019-2023 and all 31 entries', () => {
    expect(registerOnly.perYear.years.map((r) => r.year)).toEqual([2019, 2020, 2021, 2022, 2023]);
    expect(deploymentSource).toHaveLength(31);
    expect(registerOnly.register.deployments).toBe(31);
  });
  it('counts 5, 6, 4-5, 5-6 and 6 deployments, Dilbeek in 2021 or 2022', () => {
    const ranges = [2019, 2020, 2021, 2022, 2023].map((y) => {
      const { certain, possible } = year(y).deployed;
      return [certain, certain + possible];
    });
    expect(ranges).toEqual([
      [5, 5],
      [6, 6],
      [4, 5],
      [5, 6],
      [6, 6],
    ]);
    expect(year(2021).deployed.possibleIds).toEqual(['000:81']);
    expect(year(2022).deployed.possibleIds).toEqual(['000:81']);
  });
  it('counts the expected (Grimbergen, Ieper) and provisional (Geraardsbergen) entries of 2023 apart', () => {
    expect(year(2023).expected.certainIds).toEqual(['000:85', '000:96']);
    expect(year(2023).provisional.certainIds).toEqual(['000:107']);
    expect(year(2023).deployed.certainIds).not.toContain('000:85');
  });
  it('leaves Bredene’s reopening of “november 2024” possibly in 2023 and partly outside the years', () => {
    expect(year(2023).reopening).toMatchObject({ certain: 0, possible: 1 });
    expect(registerOnly.perYear.partlyOutside).toEqual(['000:97']);
  });
  it('writes the ranges in the text and in the CSV', () => {
    const text = reportToText(registerOnly, 'en');
    expect(text).toContain('- 2021: Deployed 4-5\n');
    expect(text).toContain('- 2023: Deployed 6, Expected 2, Provisional 1, Reopening 0-1\n');
    const csv = reportToCsv(registerOnly, 'en', 'years').split('\r\n');
    expect(csv[0]).toBe(
      'Year,Deployed (min),Deployed (max),Expected (min),Expected (max),Provisional (min),Provisional (max),Reopening (min),Reopening (max),Deployment in the list',
    );
    expect(csv[3]).toBe('2021,4,5,0,0,0,0,0,0,000:74 000:92 000:93 000:101 000:81');
  });
});

describe('without case logs', () => {
  it('says for each question that it is not recorded for any of the 31 deployments', () => {
    for (const part of [registerOnly.involvement, registerOnly.authority, registerOnly.support])
      expect(part.coverage).toEqual({
        deployments: 31,
        deploymentsAnswered: 0,
        cases: 0,
        casesAnswered: 0,
      });
    const text = reportToText(registerOnly, 'en');
    expect(text).toContain(
      'Not recorded for 31 of 31 deployments in the list, and in 0 of 0 case logs.',
    );
    expect(text).toContain('No case logs were given');
    expect(text).not.toContain('Per case');
  });
});

describe('from case logs holding every new event', () => {
  const byId = (id: string) => {
    const answer = withCases.cases.find((a) => a.caseId === id);
    if (answer === undefined) throw new Error(id);
    return answer;
  };

  it('matches cases to the register by municipality and date', () => {
    const ids = withCases.cases.map((a) =>
      a.register.kind === 'matched' ? a.register.deployment.id : a.register.reason,
    );
    expect(ids).toEqual(['000:94', '000:95', '000:101', 'municipality-not-in-register', '000:106']);
    expect(withCases.register).toEqual({ deployments: 31, cases: 5, casesMatched: 4 });
  });

  it('answers before, the same day (by the Brussels day) and after, and not recorded', () => {
    expect(byId('2022-bredene').involvement).toMatchObject({
      kind: 'recorded',
      timing: 'before',
      days: -4,
    });
    expect(byId('2022-jabbeke').involvement).toMatchObject({
      kind: 'recorded',
      timing: 'same-day',
      days: 0,
    });
    expect(byId('2021-lommel').involvement).toMatchObject({
      kind: 'recorded',
      timing: 'after',
      days: 6,
    });
    expect(byId('2025-kapellen').involvement).toEqual({
      kind: 'not-recorded',
      missing: 'announcement',
      involvedAt: '2025-03-29T09:00',
    });
    expect(byId('2023-waasmunster').involvement).toEqual({ kind: 'not-recorded', missing: 'both' });
    expect(withCases.involvement.counts).toEqual({ before: 1, 'same-day': 1, after: 1 });
    expect(withCases.involvement.notRecorded).toEqual({ announcement: 1, involvement: 0, both: 1 });
    expect(withCases.involvement.coverage).toEqual({
      deployments: 31,
      deploymentsAnswered: 3,
      cases: 5,
      casesAnswered: 3,
    });
  });

  it('groups who involved the officers as local, federal (the Red Cross by default) or other', () => {
    expect(withCases.authority.levels).toEqual({ local: 1, federal: 3, other: 0 });
    expect(withCases.authority.kinds).toEqual({
      fedasil: 1,
      'red-cross': 1,
      municipality: 1,
      'minister-office': 1,
      other: 0,
    });
    expect(withCases.authority.notRecorded).toBe(1);
    expect(withCases.authority.coverage.deploymentsAnswered).toBe(3);
    const apart = parliamentaryQuestionReport(
      { deployments, cases: sampleCases() },
      { redCross: 'other' },
    );
    expect(apart.authority.levels).toEqual({ local: 1, federal: 2, other: 1 });
    expect(authorityLevel({ kind: 'other', name: 'OCMW' })).toBe('other');
  });

  it('lists the support offered and delivered with catalogue titles, empty offers and not recorded apart', () => {
    const bredene = byId('2022-bredene').support;
    expect(bredene.offered?.map((r) => r.label?.en)).toEqual([
      'Starting partner consultation',
      'NT2 (screening and referral)',
      'Organising an information market',
    ]);
    expect(bredene.delivered?.map((r) => r.id)).toEqual(['info-market-organisation']);
    expect(byId('2022-jabbeke').support.offered?.map((r) => r.label?.nl)).toEqual([
      'Communicatieadvies',
    ]);
    expect(byId('2022-jabbeke').support.delivered).toBeUndefined();
    expect(byId('2021-lommel').support).toEqual({});
    expect(byId('2023-waasmunster').support).toEqual({
      noSupportNeeded: { at: '2023-10-04T10:00', reason: 'eigen werking volstaat' },
    });
    expect(withCases.support).toMatchObject({
      offeredRecorded: 2,
      deliveredRecorded: 1,
      noSupportNeeded: 1,
    });
    expect(withCases.support.coverage).toEqual({
      deployments: 31,
      deploymentsAnswered: 3,
      cases: 5,
      casesAnswered: 3,
    });
  });

  it('writes one CSV row per case, empty where not recorded', () => {
    const rows = reportToCsv(withCases, 'en', 'cases').split('\r\n');
    expect(rows).toHaveLength(7);
    expect(rows[1]).toBe(
      '2022-bredene,Bredene,000:94,2022-10-25T18:00,2022-10-21T10:00,before the announcement,-4,Fedasil,federal,partner-consultation-start nt2-screening-referral info-market-organisation,Starting partner consultation; NT2 (screening and referral); Organising an information market,info-market-organisation,Organising an information market,',
    );
    expect(rows[2]).toBe(
      '2022-jabbeke,Jabbeke,000:95,2022-11-25T08:30,2022-11-25T23:30,on the day of the announcement,0,the Red Cross,federal,communication-advice,Communication advice,,,',
    );
    expect(rows[5]).toBe('2023-waasmunster,Waasmunster,000:106,,,,,,,,,,,2023-10-04T10:00');
    expect(reportToCsv(withCases, 'nl', 'items').split('\r\n')[0]).toBe(
      'id,Onderdeel van het aanbod,Aangeboden,Geleverd',
    );
  });

  it('writes the text report in every language, the per-case block included', () => {
    for (const locale of locales) {
      const text = reportToText(withCases, locale);
      expect(text).toContain('Bredene (2022-bredene)');
      expect(text.endsWith('\n')).toBe(true);
      expect(text).not.toMatch(/undefined|NaN|\[object/u);
    }
    const en = reportToText(withCases, 'en');
    expect(en).toContain(
      'Not recorded for 28 of 31 deployments in the list, and in 2 of 5 case logs.',
    );
    expect(en).toContain('federal: 3; local: 1; other: 0');
    expect(en).toContain('  Announced: 25 October 2022; Involved: 21 October 2022 (4 days before)');
    expect(reportToText(withCases, 'nl')).toContain(
      'Niet geregistreerd voor 28 van de 31 inzetten',
    );
  });
});

describe('matching to the register', () => {
  it('leaves a case unmatched when the municipality’s entries are far from its date', () => {
    const late = caseWith({
      caseId: '2026-bredene',
      municipality: 'Bredene',
      confirmedAt: '2026-05-01T09:00',
    });
    expect(matchRegister(late, deployments)).toMatchObject({
      kind: 'not-matched',
      reason: 'no-entry-near',
    });
    expect(answerCase(late, deployments).register.kind).toBe('not-matched');
  });
  it('matches the place as the register writes it (Sijsele, in Damme)', () => {
    const sijsele = caseWith({
      caseId: '2020-sijsele',
      municipality: 'Sijsele',
      confirmedAt: '2020-04-01T09:00',
    });
    const damme = caseWith({
      caseId: '2020-damme',
      municipality: 'Damme',
      confirmedAt: '2020-04-01T09:00',
    });
    for (const state of [sijsele, damme])
      expect(matchRegister(state, deployments)).toMatchObject({
        kind: 'matched',
        deployment: { id: '000:91' },
      });
  });
  it('picks the nearer of a municipality’s entries (Koksijde 2020 or 2021)', () => {
    const koksijde = caseWith({
      caseId: '2021-koksijde',
      municipality: 'Koksijde',
      confirmedAt: '2021-09-20T09:00',
    });
    expect(matchRegister(koksijde, deployments)).toMatchObject({
      kind: 'matched',
      deployment: { id: '000:93' },
    });
  });
  it('matches neither of two entries equally near', () => {
    const [first] = deployments;
    if (first === undefined) throw new Error('empty register');
    const two = [first, { ...first, id: 'copy' }];
    const kalmthout = caseWith({
      caseId: '2020-kalmthout',
      municipality: 'Kalmthout',
      confirmedAt: '2020-02-10T09:00',
    });
    expect(matchRegister(kalmthout, two)).toMatchObject({
      kind: 'not-matched',
      reason: 'ambiguous',
    });
  });
});

describe('involvementTiming', () => {
  it('compares Brussels calendar days, not UTC ones', () => {
    // 23:30 in Brussels on 25 November is 22:30 UTC the same day; 00:30 on the 26th is 23:30 UTC on the 25th.
    expect(
      involvementTiming({
        announcedAt: '2022-11-25T12:00',
        involvement: { at: '2022-11-26T00:30', by: { kind: 'fedasil' } },
      }),
    ).toMatchObject({ timing: 'after', days: 1 });
  });
  it('says which date is missing', () => {
    expect(involvementTiming({ announcedAt: '2022-11-25T12:00' })).toEqual({
      kind: 'not-recorded',
      missing: 'involvement',
      announcedAt: '2022-11-25T12:00',
    });
    expect(involvementTiming({})).toEqual({ kind: 'not-recorded', missing: 'both' });
  });
});

describe('a version-1 log, through the migration', () => {
  it('loads and answers "not recorded" for every case question', () => {
    const log: unknown = JSON.parse(
      readFileSync(
        new URL('../step-plan/test-support/v1-logs/fixture-kapellen.json', import.meta.url),
        'utf8',
      ),
    );
    const loaded = loadCase(log);
    if (!loaded.ok) throw new Error(loaded.error.message);
    const report = parliamentaryQuestionReport({ deployments, cases: [loaded.value] });
    const [answer] = report.cases;
    expect(answer?.involvement).toEqual({ kind: 'not-recorded', missing: 'both' });
    expect(answer?.authority).toEqual({ kind: 'not-recorded' });
    expect(answer?.support).toEqual({});
    expect(answer?.register).toMatchObject({
      kind: 'not-matched',
      reason: 'municipality-not-in-register',
    });
    expect(reportToText(report, 'en')).toContain(
      'Not recorded for 31 of 31 deployments in the list, and in 1 of 1 case logs.',
    );
  });
});

describe('the text report’s support block', () => {
  it('lists each item with the cases it was offered and delivered in', () => {
    const text = reportToText(withCases, 'en');
    expect(text).toContain(
      '- Organising an information market: offered in 1 case log, delivered in 1\n',
    );
    expect(reportToText(withCases, 'nl')).toContain(
      '- Communicatieadvies: aangeboden in 1 dossier, geleverd in 0\n',
    );
  });
});
