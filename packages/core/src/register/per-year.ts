import type { Deployment } from './data.js';
import { parseDutchPeriod } from './parse-period.js';
import type { DeploymentState } from './parse-period.js';

/**
 * How an entry is counted in {@link deploymentsPerYear}, by the state of its first fact:
 * `deployed` (a date of deployment, or an expansion), `expected` (`verwacht`), `provisional`
 * (`onder voorbehoud`, state `reserved`) and `reopening` (`heropening`). Only `deployed`
 * entries happened by the time of the answer; the others are announced, and counted apart.
 */
export type YearCategory = 'deployed' | 'expected' | 'provisional' | 'reopening';

/** The categories of {@link YearCategory}, in the order tables show them. */
export const yearCategories: readonly YearCategory[] = [
  'deployed',
  'expected',
  'provisional',
  'reopening',
];

const CATEGORY_OF_STATE: Readonly<Record<DeploymentState, YearCategory>> = {
  deployed: 'deployed',
  expansion: 'deployed',
  // A first fact is never a closing in the source; if one were, it happened.
  closed: 'deployed',
  expected: 'expected',
  reserved: 'provisional',
  reopening: 'reopening',
};

/**
 * The category an entry is counted under: the state of its first fact.
 *
 * @example
 * ```ts
 * yearCategoryOf(deployments.find((d) => d.municipality === 'Geraardsbergen')!); // 'provisional'
 * ```
 */
export function yearCategoryOf(deployment: Deployment): YearCategory {
  return CATEGORY_OF_STATE[deployment.opening.state];
}

const yearOf = (isoDate: string): number => Number(isoDate.slice(0, 4));

function yearsOfText(text: string): number[] {
  const read = parseDutchPeriod(text);
  if (!read.ok) return [];
  const years: number[] = [];
  for (let y = yearOf(read.value.start); y <= yearOf(read.value.end); y += 1) years.push(y);
  return years;
}

/**
 * Every year the first fact of an entry may fall in, ascending. A date within one year gives
 * that year. Alternatives (`december 2021/februari 2022`) give the year of each alternative,
 * not the years between. A first fact whose words the source probably or possibly mistyped
 * (`sourceNotes`, Bredene's `heropening november 2024`) also gives the year of what it
 * probably means (2023): the figures show the doubt instead of choosing.
 *
 * @example
 * ```ts
 * possibleYears(deployments.find((d) => d.municipality === 'Dilbeek')!); // [2021, 2022]
 * possibleYears(deployments.find((d) => d.id === '000:97')!); // [2023, 2024]
 * ```
 */
export function possibleYears(deployment: Deployment): readonly number[] {
  const { opening, parsed } = deployment;
  const period = opening.period;
  const years = new Set<number>();
  const alternatives = parsed.notes.find(
    (n) => n.code === 'alternatives' && n.options.every((o) => opening.raw.includes(o)),
  );
  if (alternatives?.code === 'alternatives') {
    for (const option of alternatives.options) for (const y of yearsOfText(option)) years.add(y);
  } else if (period !== undefined) {
    for (let y = yearOf(period.start); y <= yearOf(period.end); y += 1) years.add(y);
  }
  for (const note of deployment.sourceNotes) {
    if (!opening.raw.includes(note.found)) continue;
    for (const y of yearsOfText(note.probably)) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}

/**
 * The entries of one category in one year: those certainly in it (every possible year is this
 * one) and those possibly in it (this year or another). The honest count is the range
 * `certain` … `certain + possible`.
 */
export interface YearTally {
  readonly certain: number;
  readonly possible: number;
  /** The ids (`000:<line>`) of the entries certainly in the year, in list order. */
  readonly certainIds: readonly string[];
  /** The ids of the entries that may be in this year or in another, in list order. */
  readonly possibleIds: readonly string[];
}

/** One year of {@link deploymentsPerYear}, with each category counted apart. */
export interface DeploymentsInYear {
  readonly year: number;
  readonly deployed: YearTally;
  readonly expected: YearTally;
  readonly provisional: YearTally;
  readonly reopening: YearTally;
}

/** The answer of {@link deploymentsPerYear}. */
export interface DeploymentsPerYear {
  readonly from: number;
  readonly to: number;
  /** One row per year from `from` to `to`, ascending, years without entries included. */
  readonly years: readonly DeploymentsInYear[];
  /** Entries none of whose possible years lies in `from`…`to`, so no row counts them. */
  readonly outside: readonly string[];
  /** Entries with a possible year outside `from`…`to` as well as one inside. */
  readonly partlyOutside: readonly string[];
  /** How many entries were given. */
  readonly total: number;
}

/** The years to count, both included. */
export interface YearSpan {
  readonly from: number;
  readonly to: number;
}

const emptyTally = (): { certainIds: string[]; possibleIds: string[] } => ({
  certainIds: [],
  possibleIds: [],
});

/**
 * The entries per year, from `from` to `to` (both included), with honest ranges: an entry
 * whose first fact allows one year only is *certain* in it; one that allows several
 * ({@link possibleYears}: Dilbeek's `december 2021/februari 2022`, Bredene's possibly mistyped
 * 2024) is *possible* in each of them and certain in none. Expected, provisional and reopening
 * entries are counted apart from the deployments that happened ({@link yearCategoryOf}).
 * Counts on seed `000`, 2019-2023: deployed 5, 6, 4-5, 5-6, 6; in 2023 also 2 expected, 1
 * provisional and 0-1 reopening. Throws a `RangeError` when `from`/`to` are not whole years
 * with `from <= to`.
 *
 * @example
 * ```ts
 * const perYear = deploymentsPerYear(deployments, { from: 2019, to: 2023 });
 * const y2021 = perYear.years.find((y) => y.year === 2021)!;
 * [y2021.deployed.certain, y2021.deployed.certain + y2021.deployed.possible]; // [4, 5]
 * ```
 */
export function deploymentsPerYear(
  list: readonly Deployment[],
  { from, to }: YearSpan,
): DeploymentsPerYear {
  if (!Number.isInteger(from) || !Number.isInteger(to) || from > to)
    throw new RangeError(`not a span of whole years from <= to: ${String(from)}…${String(to)}`);
  const rows = new Map<number, Record<YearCategory, ReturnType<typeof emptyTally>>>();
  for (let year = from; year <= to; year += 1)
    rows.set(year, {
      deployed: emptyTally(),
      expected: emptyTally(),
      provisional: emptyTally(),
      reopening: emptyTally(),
    });
  const outside: string[] = [];
  const partlyOutside: string[] = [];
  for (const d of list) {
    const years = possibleYears(d);
    const inside = years.filter((y) => y >= from && y <= to);
    if (inside.length === 0) outside.push(d.id);
    else if (inside.length < years.length) partlyOutside.push(d.id);
    const category = yearCategoryOf(d);
    for (const year of inside) {
      const tally = rows.get(year)?.[category];
      if (tally === undefined) continue;
      (years.length === 1 ? tally.certainIds : tally.possibleIds).push(d.id);
    }
  }
  const finish = (t: ReturnType<typeof emptyTally>): YearTally => ({
    certain: t.certainIds.length,
    possible: t.possibleIds.length,
    certainIds: t.certainIds,
    possibleIds: t.possibleIds,
  });
  return {
    from,
    to,
    years: [...rows].map(([year, r]) => ({
      year,
      deployed: finish(r.deployed),
      expected: finish(r.expected),
      provisional: finish(r.provisional),
      reopening: finish(r.reopening),
    })),
    outside,
    partlyOutside,
    total: list.length,
  };
}
