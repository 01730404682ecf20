import { formatCalendarDate, type Locale } from '@opvang/core/i18n';
import { describeProvince, type FlemishProvinceId } from '@opvang/core/provinces';
import {
  deploymentToEdtf,
  describeDeploymentNotes,
  describeDeploymentState,
  factAlternatives,
  possibleYears,
  registerProvinces,
  yearCategories,
  yearCategoryOf,
  type Deployment,
  type PeriodSegment,
  type YearCategory,
} from '@opvang/core/register';
import type { Period } from '@opvang/core/shared';
import { messages } from './messages.js';

/** The filters; an empty value (or none) lets everything through. */
export interface DeploymentFilters {
  readonly province?: FlemishProvinceId | '';
  /** A year the entry is certainly or possibly in. */
  readonly year?: number | '';
  readonly state?: YearCategory | '';
}

/** How the end of an entry is known: a dated closure, a closure without a date, or none reported. */
export type ClosureKind = 'closed' | 'closed-undated' | 'none-reported';

/** One entry as the widget shows it: everything a view needs, in the reader's language. */
export interface EntryRow {
  readonly deployment: Deployment;
  readonly category: YearCategory;
  readonly closure: ClosureKind;
  /** The first fact's period, or each of its alternatives. */
  readonly opening: readonly Period[];
  readonly alternatives: boolean;
  readonly closing: Period | undefined;
  readonly years: readonly number[];
  readonly edtf: string;
  readonly placeLabel: string;
  readonly reading: string;
  readonly closureText: string;
  readonly notes: readonly string[];
  /** What the entry announces when it has focus: all of the above in one sentence. */
  readonly label: string;
}

const QUALIFIER_OF_DAY: Readonly<Record<string, 'begin' | 'midden' | 'eind'>> = {
  '01': 'begin',
  '11': 'midden',
  '21': 'eind',
};

/**
 * A fuzzy period in words: a day (`2 december 2019`), a month (`juli 2022`), part of a month
 * (`eind mei 2022 (dag 21 tot 31)`, our qualifier ranges said out loud) or a year (`2020`).
 */
export function formatPeriod(period: Period, locale: Locale): string {
  const m = messages[locale];
  switch (period.precision) {
    case 'day':
      return formatCalendarDate(period.start, locale, 'day-month-year');
    case 'month':
      return formatCalendarDate(period.start, locale, 'month-year');
    case 'year':
      return period.start.slice(0, 4);
    case 'part-of-month': {
      const month = formatCalendarDate(period.start, locale, 'month-year');
      const part = QUALIFIER_OF_DAY[period.start.slice(8, 10)];
      const days = m.days({
        from: String(Number(period.start.slice(8, 10))),
        to: String(Number(period.end.slice(8, 10))),
      });
      return part === undefined
        ? `${month} (${days})`
        : `${m.partOfMonth({ part, month })} (${days})`;
    }
  }
}

function describeFact(segment: PeriodSegment, deployment: Deployment, locale: Locale): string {
  const m = messages[locale];
  const state = describeDeploymentState(segment.state, locale);
  if (segment.period === undefined) return `${state} (${m.noDate})`;
  const options = factAlternatives(segment, deployment.parsed);
  const when =
    options === undefined
      ? formatPeriod(segment.period, locale)
      : options.map((p) => formatPeriod(p, locale)).join(` ${m.or} `);
  return `${state}: ${when}`;
}

/** The entry as the widget reads it, fact by fact, in words. */
export function readingOf(deployment: Deployment, locale: Locale): string {
  return deployment.parsed.segments.map((s) => describeFact(s, deployment, locale)).join('; ');
}

/** The rows of a list, in its order, in the reader's language. */
export function toRows(list: readonly Deployment[], locale: Locale): EntryRow[] {
  const m = messages[locale];
  return list.map((deployment) => {
    const closing = deployment.closing;
    const closure: ClosureKind =
      closing === undefined
        ? 'none-reported'
        : closing.period === undefined
          ? 'closed-undated'
          : 'closed';
    const options = factAlternatives(deployment.opening, deployment.parsed);
    const first = deployment.opening.period;
    const placeLabel =
      deployment.place === deployment.municipality
        ? deployment.place
        : `${deployment.place} (${deployment.municipality})`;
    const reading = readingOf(deployment, locale);
    const closureText = {
      closed: m.closureReported,
      'closed-undated': m.closureUndated,
      'none-reported': m.noClosureReported,
    }[closure];
    const notes = describeDeploymentNotes(deployment, locale);
    const label = [
      `${placeLabel}, ${describeProvince(deployment.province, locale)}.`,
      `${reading}.`,
      `${closureText}.`,
      m.sourceQuote({ raw: deployment.raw.trim() }),
      ...notes,
    ].join(' ');
    return {
      deployment,
      category: yearCategoryOf(deployment),
      closure,
      opening: options ?? (first === undefined ? [] : [first]),
      alternatives: options !== undefined,
      closing: closing?.period,
      years: possibleYears(deployment),
      edtf: deploymentToEdtf(deployment).edtf,
      placeLabel,
      reading,
      closureText,
      notes,
      label,
    };
  });
}

/** The entries the filters let through, in list order. */
export function filterList(list: readonly Deployment[], filters: DeploymentFilters): Deployment[] {
  return list.filter(
    (d) =>
      (!filters.province || d.province === filters.province) &&
      (!filters.state || yearCategoryOf(d) === filters.state) &&
      (filters.year === undefined ||
        filters.year === '' ||
        possibleYears(d).includes(filters.year)),
  );
}

/** What an attribute must hold, for the configuration message. */
export const EXPECTED = {
  province: registerProvinces.join(', '),
  state: yearCategories.join(', '),
  year: '2019',
} as const;

/** Reads the `province`, `state` and `year` attributes; the name of the first bad one, if any. */
export function readFilters(attributes: {
  readonly province: string | undefined;
  readonly state: string | undefined;
  readonly year: string | undefined;
}): { readonly filters: DeploymentFilters } | { readonly bad: keyof typeof EXPECTED } {
  const { province, state, year } = attributes;
  if (province && !registerProvinces.includes(province as FlemishProvinceId))
    return { bad: 'province' };
  if (state && !yearCategories.includes(state as YearCategory)) return { bad: 'state' };
  if (year && !/^\d{4}$/u.test(year)) return { bad: 'year' };
  return {
    filters: {
      province: (province ?? '') as FlemishProvinceId | '',
      state: (state ?? '') as YearCategory | '',
      year: year ? Number(year) : '',
    },
  };
}

/** The provinces of a list, in the register's order. */
export function provincesOf(list: readonly Deployment[]): FlemishProvinceId[] {
  return registerProvinces.filter((p) => list.some((d) => d.province === p));
}
