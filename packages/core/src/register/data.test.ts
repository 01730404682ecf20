import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCatalogueGaps, locales } from '../i18n/index.js';
import {
  countByOpeningYear, countByProvince, countOpenClosed, declinedNotInRegisterText, declinedSupport, deployments,
  deploymentSource, durations, noteText, openingPeriod, parseDutchPeriod, provinceName, provinces, registerMessages, stateLabel, statesOf,
} from './index.js';
import { renderRegisterTables } from './test-support/render-docs.js';

describe('the deployment register of seed 000, lines 72-107', () => {
  it('parses every raw string of the source', () => {
    for (const [, , , raw] of deploymentSource) expect(parseDutchPeriod(raw).ok).toBe(true);
  });
  it('holds 31 deployments: Antwerpen 4, Vlaams-Brabant 9, West-Vlaanderen 10, Limburg 3, Oost-Vlaanderen 5', () => {
    expect(deployments).toHaveLength(31);
    expect(countByProvince(deployments)).toEqual({ antwerpen: 4, 'vlaams-brabant': 9, 'west-vlaanderen': 10, limburg: 3, 'oost-vlaanderen': 5 });
  });
  it('keeps the raw text verbatim and unique ids', () => {
    expect(deployments.find((d) => d.municipality === 'Sint-Pieters-Leeuw')?.raw).toBe('15.02.2023-23.02.2023 ');
    expect(new Set(deployments.map((d) => d.id)).size).toBe(31);
  });
  it('models an entry with an opening and a closing as two facts', () => {
    const geel = deployments.find((d) => d.municipality === 'Geel');
    expect(geel && statesOf(geel)).toEqual(['opened', 'closed']);
    expect(geel?.closing?.period?.start).toBe('2022-04-26');
    expect(geel && openingPeriod(geel)?.precision).toBe('part-of-month');
  });
  it('counts per year of the first fact, with the alternatives of Dilbeek as uncertain', () => {
    expect(countByOpeningYear(deployments)).toEqual({ 2019: 5, 2020: 6, 2021: 4, 2022: 5, 2023: 9, 2024: 1, uncertain: 1 });
  });
  it('counts closed entries, including Lommel closed without a date', () => {
    expect(countOpenClosed(deployments)).toEqual({ open: 20, closed: 11 });
  });
  it('gives durations as a min-max range in days that widens with fuzzy ends', () => {
    const list = durations(deployments);
    expect(list).toHaveLength(10);
    expect(list.find((d) => d.municipality === 'Koksijde')).toMatchObject({ minDays: 177, maxDays: 177 });
    expect(list.find((d) => d.municipality === 'Bilzen')).toMatchObject({ minDays: 22, maxDays: 396 });
    for (const d of list) expect(d.minDays <= d.maxDays).toBe(true);
    expect(list.some((d) => d.municipality === 'Lommel')).toBe(false);
  });
});

describe('municipalities that declined support (seed 000, lines 126-127)', () => {
  it('finds that Alveringem is not in the register while Kalmthout and Waasmunster are', () => {
    expect(declinedSupport.map((d) => d.municipality)).toEqual(['Kalmthout', 'Alveringem', 'Waasmunster']);
    expect(declinedSupport.filter((d) => !d.inRegister).map((d) => d.municipality)).toEqual(['Alveringem']);
    expect(declinedNotInRegisterText('Alveringem', 'en')).toBe('Alveringem declined support but is not in the list of deployments.');
    for (const locale of ['nl', 'fr', 'de'] as const) {
      const text = declinedNotInRegisterText('Alveringem', locale);
      expect(text).toContain('Alveringem');
      expect(text).not.toBe(declinedNotInRegisterText('Alveringem', 'en'));
    }
  });
});

describe('texts a person reads exist in nl, fr, de and en', () => {
  it('has a complete catalogue', () => {
    expect(findCatalogueGaps(registerMessages)).toEqual([]);
  });
  it('uses the official province names', () => {
    expect(provinces.map((p) => provinceName(p, 'fr'))).toEqual(['Anvers', 'Brabant flamand', 'Flandre occidentale', 'Limbourg', 'Flandre orientale']);
    expect(provinceName('oost-vlaanderen', 'de')).toBe('Ostflandern');
    expect(provinceName('west-vlaanderen', 'en')).toBe('West Flanders');
  });
  it('writes every note and state of the data in every language', () => {
    for (const locale of locales) {
      for (const d of deployments) {
        for (const n of d.parsed.notes) expect(noteText(n, locale).length).toBeGreaterThan(10);
        for (const s of d.parsed.states) expect(stateLabel(s, locale)).not.toBe('');
      }
    }
    expect(stateLabel('reserved', 'nl')).toBe('onder voorbehoud');
  });
});

describe('docs/register.md', () => {
  it('contains the tables generated from the data', () => {
    const page = readFileSync(new URL('../../../../docs/register.md', import.meta.url), 'utf8');
    expect(page).toContain(renderRegisterTables());
  });
});
