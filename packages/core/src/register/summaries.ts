import type { FlemishProvinceId } from '../provinces/index.js';
import type { Deployment } from './data.js';
import { registerProvinces } from './data.js';

/** Counts per province, in source order. */
export function countByProvince(list: readonly Deployment[]): Record<FlemishProvinceId, number> {
  const counts = Object.fromEntries(registerProvinces.map((p) => [p, 0])) as Record<
    FlemishProvinceId,
    number
  >;
  for (const d of list) counts[d.province] += 1;
  return counts;
}

/**
 * Counts per year of the first fact. An entry whose possible interval spans more than one
 * year (`december 2021/februari 2022`), or whose first fact carries a possible typo in the
 * source (Bredene's `heropening november 2024`, see `sourceNotes`), is counted under
 * `uncertain`, not guessed.
 *
 * @example
 * ```ts
 * countByOpeningYear(deployments)['2020']; // 6
 * countByOpeningYear(deployments).uncertain; // 2
 * ```
 */
export function countByOpeningYear(list: readonly Deployment[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of list) {
    const { start, end } = d.parsed;
    const doubtful = d.sourceNotes.some((note) => d.opening.raw.includes(note.found));
    const key =
      !doubtful && start.slice(0, 4) === end.slice(0, 4) ? start.slice(0, 4) : 'uncertain';
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/**
 * Entries with and without a reported closure: an entry has one when it has a `gesloten`
 * fact, dated or not. An entry without one is not known to be open: the source (an answer of
 * late 2023) lists expected and reserved deployments and a reopening too, and says nothing of
 * what happened since.
 *
 * @example
 * ```ts
 * countClosures(deployments); // { closureReported: 11, noClosureReported: 20 }
 * ```
 */
export function countClosures(list: readonly Deployment[]): {
  closureReported: number;
  noClosureReported: number;
} {
  const closureReported = list.filter((d) => d.closing !== undefined).length;
  return { closureReported, noClosureReported: list.length - closureReported };
}

/**
 * @deprecated Use {@link countClosures}: `open` counted every entry without a reported
 * closure, which is not the same as open.
 */
export function countOpenClosed(list: readonly Deployment[]): { open: number; closed: number } {
  const { closureReported, noClosureReported } = countClosures(list);
  return { open: noClosureReported, closed: closureReported };
}

/**
 * The span between the first date and the closing date an entry gives, as the shortest and
 * longest number of days the fuzzy ends allow. Not how long a centre was open: the dates are
 * the deployment's as the source lists them, and one may be a typo (see `sourceNotes`).
 */
export interface DurationRange {
  readonly id: string;
  readonly municipality: string;
  readonly minDays: number;
  readonly maxDays: number;
}

const dayNumber = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;

/**
 * Spans for entries where both the first fact and the closing are dated: from the latest
 * possible first date to the earliest possible closing (min), and from the earliest first date
 * to the latest closing (max). Day precision on both ends gives `minDays === maxDays`. These
 * are arithmetic on the source's dates, not facts about the centres: the docs do not publish
 * them, and an entry with `sourceNotes` (Bekkevoort) needs its note read first.
 *
 * @example
 * ```ts
 * durations(deployments).find((d) => d.municipality === 'Koksijde'); // { minDays: 177, maxDays: 177, … }
 * ```
 */
export function durations(list: readonly Deployment[]): DurationRange[] {
  const out: DurationRange[] = [];
  for (const d of list) {
    const open = d.opening.period;
    const close = d.closing?.period;
    if (open === undefined || close === undefined) continue;
    out.push({
      id: d.id,
      municipality: d.municipality,
      minDays: Math.max(0, dayNumber(close.start) - dayNumber(open.end)),
      maxDays: dayNumber(close.end) - dayNumber(open.start),
    });
  }
  return out;
}
