import edtf from 'edtf';
import type { EdtfValue } from 'edtf';
import { describe, expect, it } from 'vitest';
import {
  deployments,
  deploymentToEdtf,
  factAlternatives,
  factToEdtf,
  parseDutchPeriod,
  toEdtf,
} from './index.js';

const startOf = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00.000Z`);
const endOf = (isoDate: string): number => Date.parse(`${isoDate}T23:59:59.999Z`);

/**
 * The bounds of a parsed value. edtf 4.11.1's `Set#max` takes the first day of a `..` range
 * (`last` reads `value[0]`), so a set's bounds come from its members, which iterate every day.
 */
function bounds(value: EdtfValue): [number | null, number | null] {
  if (value.type !== 'Set') return [value.min, value.max];
  const members = [...value];
  return [
    Math.min(...members.map((m) => m.min ?? Infinity)),
    Math.max(...members.map((m) => m.max ?? -Infinity)),
  ];
}

const parsed = (text: string) => {
  const r = parseDutchPeriod(text);
  if (!r.ok) throw new Error(text);
  return r.value;
};

describe('EDTF for the register', () => {
  const all = deployments.map((d) => [d.id, d, deploymentToEdtf(d)] as const);

  it.each(all)(
    '%s: every fact parses with edtf, in its canonical form, with the bounds of its period',
    (_, d, e) => {
      d.parsed.segments.forEach((segment, i) => {
        const text = e.facts[i];
        if (segment.period === undefined) {
          expect(text).toBeUndefined();
          return;
        }
        if (text === undefined) throw new Error('no EDTF for a dated fact');
        const value = edtf(text);
        expect(value.edtf).toBe(text);
        expect(bounds(value)).toEqual([startOf(segment.period.start), endOf(segment.period.end)]);
      });
    },
  );

  it.each(all)('%s: the entry parses with edtf and spans its facts', (_, d, e) => {
    const value = edtf(e.edtf);
    expect(value.edtf).toBe(e.edtf);
    const [min, max] = bounds(value);
    const first = d.opening.period;
    if (first === undefined) throw new Error('undated first fact');
    const last = d.closing?.period ?? (d.closing ? undefined : first);
    // Exact where an interval end is a day, a month or a year; a part of a month widens to its month.
    const exact =
      d.closing === undefined ||
      d.parsed.segments.every((s) => s.period?.precision !== 'part-of-month');
    if (exact) expect(min).toBe(startOf(first.start));
    else expect(min).toBeLessThanOrEqual(startOf(first.start));
    if (last === undefined) expect(max).toBeNull();
    else if (exact) expect(max).toBe(endOf(last.end));
    else expect(max).toBeGreaterThanOrEqual(endOf(last.end));
  });

  it('gives the alternatives of a fact as periods, and none for a single date', () => {
    const dilbeek = deployments.find((d) => d.municipality === 'Dilbeek');
    if (dilbeek === undefined) throw new Error('no Dilbeek');
    expect(factAlternatives(dilbeek.opening, dilbeek.parsed)).toEqual([
      { start: '2021-12-01', end: '2021-12-31', precision: 'month' },
      { start: '2022-02-01', end: '2022-02-28', precision: 'month' },
    ]);
    const geel = deployments.find((d) => d.municipality === 'Geel');
    expect(geel && factAlternatives(geel.opening, geel.parsed)).toBeUndefined();
  });

  it('writes each kind of date as what it is', () => {
    const byId = Object.fromEntries(all.map(([id, , e]) => [id, e]));
    expect(byId['000:78']?.edtf).toBe('2019-12-02'); // Zoutleeuw, a day
    expect(byId['000:75']?.edtf).toBe('2022-07'); // Berlaar, a month
    expect(byId['000:82']?.edtf).toBe('[2022-05-21..2022-05-31]'); // Machelen, eind mei
    expect(byId['000:81']?.edtf).toBe('[2021-12,2022-02]'); // Dilbeek, one of two months
    expect(byId['000:83']?.edtf).toBe('2023-02-15/2023-02-23'); // Sint-Pieters-Leeuw, a range
    expect(byId['000:100']?.edtf).toBe('2019-12/2020'); // Bilzen, closed in a year
    expect(byId['000:100']?.facts).toEqual(['[2019-12-01..2019-12-10]', '2020']);
    expect(byId['000:74']?.edtf).toBe('2021-11/2022-04-26'); // Geel
  });

  it('marks what the source hedges as uncertain, and a closing without a date as an unknown end, not an open one', () => {
    const byId = Object.fromEntries(all.map(([id, , e]) => [id, e]));
    expect(byId['000:85']?.edtf).toBe('2023-11?'); // Grimbergen, verwacht
    expect(byId['000:107']?.edtf).toBe('2023-10?'); // Geraardsbergen, onder voorbehoud
    expect(byId['000:97']?.edtf).toBe('2024-11?'); // Bredene, reopening after the answer, perhaps 2023
    expect(byId['000:79']?.edtf).toBe('2019-12-19/2021?-02-13'); // Bekkevoort, probably 2020
    expect(byId['000:94']?.edtf).toBe('2022-11-01/2023-03-?04'); // Bredene, "geslotenem 4.03.2023"
    expect(byId['000:99']?.edtf).toBe('2020-01/'); // Lommel, closed without a date
    expect(edtf('2020-01/').max).toBeNull();
    // No closure reported is the first fact alone, never an open interval (`..`).
    expect(all.filter(([, , e]) => e.edtf.includes('..') && !e.edtf.startsWith('['))).toEqual([]);
  });

  it('writes doubted sets, alternatives and interval ends the way EDTF allows, each checked with edtf', () => {
    const expected = parsed('verwacht begin november 2023');
    const set = factToEdtf(expected.segments[0], expected) ?? '';
    expect(set.startsWith('[2023-11-01?,2023-11-02?,')).toBe(true);
    expect(bounds(edtf(set))).toEqual([startOf('2023-11-01'), endOf('2023-11-10')]);
    const alternatives = parsed('verwacht december 2023/begin januari 2024');
    expect(toEdtf(alternatives)).toBe(
      `[2023-12?,${Array.from({ length: 10 }, (_, i) => `2024-01-${String(i + 1).padStart(2, '0')}?`).join(',')}]`,
    );
    expect(edtf(toEdtf(alternatives)).type).toBe('Set');
    const interval = parsed('eind mei 2022 - gesloten december 2022/januari 2023');
    expect(toEdtf(interval)).toBe('2022-05/');
    const sameYear = parsed('mei 2022 - gesloten juni 2022/juli 2022');
    expect(toEdtf(sameYear)).toBe('2022-05/');
    const closedInYear = parsed('mei 2022 - gesloten 2022');
    expect(toEdtf(closedInYear)).toBe('2022-05/');
    for (const text of [toEdtf(interval), toEdtf(sameYear), toEdtf(closedInYear)])
      expect(edtf(text).edtf).toBe(text);
    const typo = parsed('13.02.2021');
    expect(toEdtf(typo, { typos: [{ found: '13.02.2021', probably: '13.02.2020' }] })).toBe(
      '2021?-02-13',
    );
    expect(toEdtf(typo, { typos: [{ found: '13.02.2021', probably: '12.01.2021' }] })).toBe(
      '2021-02-13?',
    );
  });
});
