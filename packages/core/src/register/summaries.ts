import type { Deployment, ProvinceId } from './data.js';
import { provinces } from './data.js';

/** Counts per province, in source order. */
export function countByProvince(list: readonly Deployment[]): Record<ProvinceId, number> {
  const counts = Object.fromEntries(provinces.map((p) => [p, 0])) as Record<ProvinceId, number>;
  for (const d of list) counts[d.province] += 1;
  return counts;
}

/**
 * Counts per year of the first fact. An entry whose possible interval spans more than one
 * year (`december 2021/februari 2022`) is counted under `uncertain`, not guessed.
 *
 * @example
 * ```ts
 * countByOpeningYear(deployments)['2020']; // 6
 * ```
 */
export function countByOpeningYear(list: readonly Deployment[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const d of list) {
    const { start, end } = d.parsed;
    const key = start.slice(0, 4) === end.slice(0, 4) ? start.slice(0, 4) : 'uncertain';
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/**
 * Open versus closed: an entry is closed when it has a `gesloten` fact, dated or not;
 * every other entry (opened, expected, reserved, reopening) counts as open.
 *
 * @example
 * ```ts
 * countOpenClosed(deployments); // { open: 20, closed: 11 }
 * ```
 */
export function countOpenClosed(list: readonly Deployment[]): { open: number; closed: number } {
  const closed = list.filter((d) => d.closing !== undefined).length;
  return { open: list.length - closed, closed };
}

/** How long a deployment ran, as the shortest and longest number of days the fuzzy ends allow. */
export interface DurationRange {
  readonly id: string;
  readonly municipality: string;
  readonly minDays: number;
  readonly maxDays: number;
}

const dayNumber = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;

/**
 * Durations for entries where both the opening and the closing are dated: from the latest
 * possible opening to the earliest possible closing (min), and from the earliest opening to
 * the latest closing (max). Day precision on both ends gives `minDays === maxDays`.
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
