import { describe, expect, it } from 'vitest';
import { locales } from '../i18n/index.js';
import { describeProvince, provinceIds, provinces, regions } from './index.js';

describe("Belgium's provinces and the Brussels-Capital Region", () => {
  it('are eleven, each with a region and a non-empty name in four languages', () => {
    expect(provinces).toHaveLength(11);
    expect(new Set(provinceIds).size).toBe(11);
    for (const province of provinces) {
      expect(regions).toContain(province.region);
      for (const locale of locales)
        expect(province.name[locale].trim(), `${province.id} ${locale}`).not.toBe('');
    }
    expect(provinces.filter((p) => p.region === 'flanders')).toHaveLength(5);
    expect(provinces.filter((p) => p.region === 'wallonia')).toHaveLength(5);
    expect(provinces.filter((p) => p.region === 'brussels').map((p) => p.id)).toEqual(['brussels']);
  });

  it('have their official names', () => {
    expect(describeProvince('liege', 'de')).toBe('Lüttich');
    expect(describeProvince('hainaut', 'nl')).toBe('Henegouwen');
    expect(describeProvince('brussels', 'fr')).toBe('Région de Bruxelles-Capitale');
    expect(describeProvince('brussels', 'de')).toBe('Region Brüssel-Hauptstadt');
    expect(describeProvince('antwerpen', 'en-GB' as never)).toBe('Antwerp');
  });
});
