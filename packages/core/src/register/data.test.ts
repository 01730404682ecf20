import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findMessageGaps, locales } from '../i18n/index.js';
import {
  countByOpeningYear,
  countByProvince,
  countClosures,
  countOpenClosed,
  declinedNotInRegisterText,
  declinedSupport,
  deployments,
  deploymentSource,
  durations,
  noSupportNeeded,
  describeNoSupportNeededNotInRegister,
  describePeriodNote,
  openingPeriod,
  parseDutchPeriod,
  registerProvinces,
  registerMessages,
  describeSourceNote,
  describeDeploymentState,
  statesOf,
} from './index.js';
import { describeProvince, provinces } from '../provinces/index.js';
import { renderRegisterTables } from './test-support/render-docs.js';

describe('the deployment register of seed 000, lines 72-107', () => {
  it('parses every raw string of the source', () => {
    for (const [, , , raw] of deploymentSource) expect(parseDutchPeriod(raw).ok).toBe(true);
  });
  it('holds 31 deployments: Antwerpen 4, Vlaams-Brabant 9, West-Vlaanderen 10, Limburg 3, Oost-Vlaanderen 5', () => {
    expect(deployments).toHaveLength(31);
    expect(countByProvince(deployments)).toEqual({
      antwerpen: 4,
      'vlaams-brabant': 9,
      'west-vlaanderen': 10,
      limburg: 3,
      'oost-vlaanderen': 5,
    });
  });
  it('keeps the raw text verbatim and unique ids', () => {
    expect(deployments.find((d) => d.municipality === 'Sint-Pieters-Leeuw')?.raw).toBe(
      '15.02.2023-23.02.2023 ',
    );
    expect(new Set(deployments.map((d) => d.id)).size).toBe(31);
  });
  it('models an entry with an opening and a closing as two facts', () => {
    const geel = deployments.find((d) => d.municipality === 'Geel');
    expect(geel && statesOf(geel)).toEqual(['deployed', 'closed']);
    expect(geel?.closing?.period?.start).toBe('2022-04-26');
    expect(geel && openingPeriod(geel)?.precision).toBe('part-of-month');
  });
  it('counts per year of the first fact, with the alternatives of Dilbeek and the possible typo of Bredene (2024) as uncertain', () => {
    expect(countByOpeningYear(deployments)).toEqual({
      2019: 5,
      2020: 6,
      2021: 4,
      2022: 5,
      2023: 9,
      uncertain: 2,
    });
  });
  it('counts entries with a reported closure, including Lommel closed without a date, and never calls the others open', () => {
    expect(countClosures(deployments)).toEqual({ closureReported: 11, noClosureReported: 20 });
    // Kept for existing callers; the same counts under the old names.
    expect(countOpenClosed(deployments)).toEqual({ open: 20, closed: 11 });
  });
  it('gives durations as a min-max range in days that widens with fuzzy ends', () => {
    const list = durations(deployments);
    expect(list).toHaveLength(10);
    expect(list.find((d) => d.municipality === 'Koksijde')).toMatchObject({
      minDays: 177,
      maxDays: 177,
    });
    expect(list.find((d) => d.municipality === 'Bilzen')).toMatchObject({
      minDays: 22,
      maxDays: 396,
    });
    for (const d of list) expect(d.minDays <= d.maxDays).toBe(true);
    expect(list.some((d) => d.municipality === 'Lommel')).toBe(false);
  });
});

describe('municipalities that said they did not need support (seed 000, lines 125-127)', () => {
  it('finds that Alveringem is not in the register while Kalmthout and Waasmunster are', () => {
    expect(noSupportNeeded.map((d) => d.municipality)).toEqual([
      'Kalmthout',
      'Alveringem',
      'Waasmunster',
    ]);
    expect(noSupportNeeded.filter((d) => !d.inRegister).map((d) => d.municipality)).toEqual([
      'Alveringem',
    ]);
    expect(declinedSupport).toBe(noSupportNeeded);
  });
  it('says what the source says, that they had no need of support, never that they refused it', () => {
    expect(describeNoSupportNeededNotInRegister('Alveringem', 'nl')).toBe(
      'Alveringem gaf aan geen nood te hebben aan ondersteuning, maar staat niet in de lijst van inzetten.',
    );
    expect(describeNoSupportNeededNotInRegister('Alveringem', 'fr')).toBe(
      'Alveringem a indiqué ne pas avoir besoin de soutien, mais ne figure pas dans la liste des interventions.',
    );
    expect(describeNoSupportNeededNotInRegister('Alveringem', 'de')).toBe(
      'Alveringem hat mitgeteilt, keine Unterstützung zu benötigen, steht aber nicht in der Liste der Einsätze.',
    );
    expect(describeNoSupportNeededNotInRegister('Alveringem', 'en')).toBe(
      'Alveringem said it did not need support, but is not in the list of deployments.',
    );
    for (const locale of locales) {
      expect(declinedNotInRegisterText('Alveringem', locale)).toBe(
        describeNoSupportNeededNotInRegister('Alveringem', locale),
      );
      expect(describeNoSupportNeededNotInRegister('Alveringem', locale)).not.toMatch(
        /weiger|afgewezen|refus|décliné|ablehn|declin/iu,
      );
    }
  });
});

describe('dates of deployment, not of opening (review of December 2026, #12 and #13)', () => {
  it('calls a bare date a date of deployment, in every language', () => {
    expect(deployments.find((d) => d.place === 'Zoutleeuw')?.opening.state).toBe('deployed');
    expect(locales.map((locale) => describeDeploymentState('deployed', locale))).toEqual([
      'datum inzet',
      'date de l’intervention',
      'Einsatzdatum',
      'date of deployment',
    ]);
  });
  it('keeps Bekkevoort as the source writes it, with a note on the probable typo 2021 for 2020', () => {
    const bekkevoort = deployments.find((d) => d.id === '000:79');
    expect(bekkevoort?.raw).toBe('19.12.2019 - gesloten 13.02.2021');
    expect(bekkevoort?.closing?.period?.start).toBe('2021-02-13');
    expect(bekkevoort?.sourceNotes).toEqual([
      expect.objectContaining({
        code: 'possible-typo',
        found: '13.02.2021',
        probably: '13.02.2020',
        likelihood: 'probable',
      }),
    ]);
    const note = bekkevoort?.sourceNotes[0];
    expect(note && describeSourceNote(note, 'en')).toContain('13.02.2020');
  });
  it('flags the reopening of Bredene in 2024 as a possible, unverified typo for 2023', () => {
    expect(deployments.find((d) => d.id === '000:97')?.sourceNotes).toEqual([
      expect.objectContaining({
        found: 'november 2024',
        probably: 'november 2023',
        likelihood: 'unverified',
      }),
    ]);
    expect(deployments.filter((d) => d.sourceNotes.length > 0).map((d) => d.id)).toEqual([
      '000:79',
      '000:97',
    ]);
  });
  it('says the answer is undated: only the question has a date', () => {
    const note = { code: 'after-answer-date', answerMonth: '2023-10' } as const;
    expect(describePeriodNote(note, 'nl')).toBe(
      'Datum na de maand van de vraag (2023-10); het antwoord zelf is niet gedateerd.',
    );
    expect(describePeriodNote(note, 'en')).toBe(
      'Date after the month of the question (2023-10); the answer itself is not dated.',
    );
  });
});

describe('places as the source writes them, and their municipality', () => {
  it('adds the municipality of a sub-municipality and the usual spelling, keeping the place verbatim', () => {
    const byLine = (line: number) => deployments.find((d) => d.id === `000:${line}`);
    expect(byLine(91)).toMatchObject({ place: 'Sijsele', municipality: 'Damme' });
    expect(byLine(92)).toMatchObject({ place: 'Lombardsijde', municipality: 'Middelkerke' });
    expect(byLine(104)).toMatchObject({ place: 'Sint – Laureins', municipality: 'Sint-Laureins' });
    expect(byLine(73)).toMatchObject({ place: 'Kalmthout', municipality: 'Kalmthout' });
    expect(deployments.filter((d) => d.place !== d.municipality).map((d) => d.id)).toEqual([
      '000:91',
      '000:92',
      '000:104',
    ]);
  });
});

describe('texts a person reads exist in nl, fr, de and en', () => {
  it('has a complete catalogue', () => {
    expect(findMessageGaps(registerMessages)).toEqual([]);
  });
  it("takes its provinces from shared: its five are the Flemish ones, in the source's order", () => {
    expect([...registerProvinces].sort()).toEqual(
      provinces
        .filter((p) => p.region === 'flanders')
        .map((p) => p.id)
        .sort(),
    );
    expect(Object.keys(countByProvince(deployments))).toEqual([...registerProvinces]);
  });
  it('uses the official province names', () => {
    expect(registerProvinces.map((p) => describeProvince(p, 'fr'))).toEqual([
      'Anvers',
      'Brabant flamand',
      'Flandre occidentale',
      'Limbourg',
      'Flandre orientale',
    ]);
    expect(describeProvince('oost-vlaanderen', 'de')).toBe('Ostflandern');
    expect(describeProvince('west-vlaanderen', 'en')).toBe('West Flanders');
  });
  it('writes every note and state of the data in every language', () => {
    for (const locale of locales) {
      for (const d of deployments) {
        for (const n of d.parsed.notes)
          expect(describePeriodNote(n, locale).length).toBeGreaterThan(10);
        for (const s of d.parsed.states) expect(describeDeploymentState(s, locale)).not.toBe('');
      }
    }
    expect(describeDeploymentState('reserved', 'nl')).toBe('onder voorbehoud');
  });
});

describe('docs/register.md', () => {
  const page = readFileSync(new URL('../../../../docs/register.md', import.meta.url), 'utf8');
  it('contains the tables generated from the data', () => {
    expect(page).toContain(renderRegisterTables());
  });
  it('presents no durations and no "open" counts as facts', () => {
    expect(page).not.toMatch(/422|Open: \d|Min days/u);
    expect(page).toContain('No closure reported in the source (2023): 20; a closure reported: 11.');
  });
});
