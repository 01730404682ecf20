import { describe, expect, it } from 'vitest';
import {
  deployments,
  deploymentsPerYear,
  possibleYears,
  registerProvinces,
  yearCategoryOf,
} from './index.js';
import type { DeploymentsInYear, YearCategory } from './index.js';

const byName = (municipality: string) => {
  const found = deployments.find((d) => d.municipality === municipality);
  if (found === undefined) throw new Error(municipality);
  return found;
};

/** `[certain, certain + possible]` of one category per year. */
const ranges = (years: readonly DeploymentsInYear[], category: YearCategory) =>
  Object.fromEntries(
    years.map((y) => [y.year, [y[category].certain, y[category].certain + y[category].possible]]),
  );

/** The distinct entries a result counts anywhere, in any category. */
const countedIds = (years: readonly DeploymentsInYear[]) =>
  new Set(
    years.flatMap((y) =>
      (['deployed', 'expected', 'provisional', 'reopening'] as const).flatMap((c) => [
        ...y[c].certainIds,
        ...y[c].possibleIds,
      ]),
    ),
  );

describe('deploymentsPerYear on seed 000 (the question asks per year, 2019-2023)', () => {
  const perYear = deploymentsPerYear(deployments, { from: 2019, to: 2023 });

  it('counts the deployments per year with ranges: 5, 6, 4-5, 5-6, 6', () => {
    expect(ranges(perYear.years, 'deployed')).toEqual({
      2019: [5, 5],
      2020: [6, 6],
      2021: [4, 5],
      2022: [5, 6],
      2023: [6, 6],
    });
  });

  it('counts Dilbeek (december 2021/februari 2022) as possibly 2021 and possibly 2022, certainly in neither', () => {
    const dilbeek = byName('Dilbeek');
    expect(possibleYears(dilbeek)).toEqual([2021, 2022]);
    const [, , y2021, y2022] = perYear.years;
    expect(y2021?.deployed.possibleIds).toEqual([dilbeek.id]);
    expect(y2022?.deployed.possibleIds).toEqual([dilbeek.id]);
    expect(y2021?.deployed.certainIds).not.toContain(dilbeek.id);
  });

  it('counts expected, provisional and reopening entries apart from the deployments', () => {
    expect(ranges(perYear.years, 'expected')[2023]).toEqual([2, 2]);
    expect(perYear.years[4]?.expected.certainIds).toEqual(['000:85', '000:96']);
    expect(ranges(perYear.years, 'provisional')[2023]).toEqual([1, 1]);
    expect(perYear.years[4]?.provisional.certainIds).toEqual(['000:107']);
    // Bredene's "heropening november 2024" may be a typo for 2023: possible in 2023, not certain.
    expect(ranges(perYear.years, 'reopening')[2023]).toEqual([0, 1]);
    expect(yearCategoryOf(byName('Grimbergen'))).toBe('expected');
    expect(yearCategoryOf(byName('Geraardsbergen'))).toBe('provisional');
    // Lommel's "uitbreiding januari 2020" (an expansion) is a deployment that happened.
    expect(perYear.years[1]?.deployed.certainIds).toContain('000:99');
  });

  it('leaves no entry out: every one of the 31 is counted, Bredene 2024 only partly inside 2019-2023', () => {
    expect(perYear.total).toBe(31);
    expect(perYear.outside).toEqual([]);
    expect(perYear.partlyOutside).toEqual(['000:97']);
    expect(countedIds(perYear.years).size).toBe(31);
    const wider = deploymentsPerYear(deployments, { from: 2019, to: 2024 });
    expect(ranges(wider.years, 'reopening')[2024]).toEqual([0, 1]);
    expect(wider.partlyOutside).toEqual([]);
    const narrow = deploymentsPerYear(deployments, { from: 2024, to: 2024 });
    expect(narrow.outside).toHaveLength(30);
  });

  it('adds up: certain entries plus those possible in several years are the 31', () => {
    const certain = perYear.years.reduce(
      (n, y) =>
        n + y.deployed.certain + y.expected.certain + y.provisional.certain + y.reopening.certain,
      0,
    );
    const uncertain = deployments.filter((d) => possibleYears(d).length > 1).length;
    expect(uncertain).toBe(2);
    expect(certain + uncertain).toBe(31);
  });

  it('reproduces the source per province, 4/9/10/3/5, from the per-year counts of each province', () => {
    const perProvince = registerProvinces.map(
      (p) =>
        countedIds(
          deploymentsPerYear(
            deployments.filter((d) => d.province === p),
            { from: 2019, to: 2023 },
          ).years,
        ).size,
    );
    expect(perProvince).toEqual([4, 9, 10, 3, 5]);
  });

  it('gives a row for every year of the span, empty years included, and refuses a span that is not one', () => {
    const span = deploymentsPerYear(deployments, { from: 2017, to: 2019 });
    expect(span.years.map((y) => [y.year, y.deployed.certain])).toEqual([
      [2017, 0],
      [2018, 0],
      [2019, 5],
    ]);
    expect(() => deploymentsPerYear(deployments, { from: 2023, to: 2019 })).toThrow(RangeError);
    expect(() => deploymentsPerYear(deployments, { from: 2019.5, to: 2023 })).toThrow(RangeError);
    expect(deploymentsPerYear([], { from: 2019, to: 2019 }).years[0]?.deployed).toEqual({
      certain: 0,
      possible: 0,
      certainIds: [],
      possibleIds: [],
    });
  });
});
