// For a municipality: which centres near it may be activated or deactivated, and how likely
// that is (seed 002, lines 3106-3108: the buffer policy is to give local stakeholders
// predictability). A Monte Carlo estimate, stated as one: see centreOutlook.
import {
  decode,
  err,
  looseObject,
  OpvangValidationError,
  foldForSearch,
  object,
  oneOf,
  ok,
  optional,
  range,
  text,
  type Result,
  type ValidationError,
} from '../shared/index.js';
import { provinceIds, type ProvinceId } from '../provinces/index.js';
import type { Network, PlaceCounts } from './network.js';
import { plan, planPreferences, type PlanPreferences } from './plan.js';
import type { BufferPolicy } from './policy.js';
import { occupiedAtHorizon, type Forecast } from './project.js';

/** Which centres, and how far ahead. */
export interface OutlookOptions {
  /** Only the centres of this province (or the Brussels-Capital Region). */
  readonly province?: ProvinceId;
  /** Only the centres in this municipality; compared without case or accents. */
  readonly municipality?: string;
  /** Weeks ahead; default the forecast's length. */
  readonly weeks?: number;
  /** Paths of a `normal` forecast; default 500. A `paths` forecast uses each of its paths once. */
  readonly paths?: number;
  /** Seed of the draws, as in `project`; default 1. */
  readonly seed?: number;
  /**
   * People per bin: the counts at the horizon are rounded to a multiple of this before
   * planning, so that counts this close share one plan. Default 50 (exact: 1). Each plan takes
   * about a millisecond for 300 centres, and 500 paths give some 450 distinct counts.
   */
  readonly resolution?: number;
  /** The plan's preferences; default those of `plan`. */
  readonly preferences?: PlanPreferences;
}

/** How likely one change is for a centre, over the paths. */
export interface OutlookChance {
  /** Share of the paths in which the plan for the need at the horizon makes this change here. */
  readonly probability: number;
  /** Half the width of the 95% interval of that share (normal approximation): its Monte Carlo error. */
  readonly margin: number;
  /** Mean places moved over all paths (0 in the paths without the change). */
  readonly expectedPlaces: number;
  /** Mean places moved over the paths with the change; 0 if there are none. */
  readonly placesIfSo: number;
}

/** One centre's outlook. */
export interface CentreOutlook {
  readonly id: string;
  readonly name: string;
  readonly municipality: string;
  readonly province: ProvinceId;
  readonly activated: OutlookChance;
  readonly deactivated: OutlookChance;
}

/** The result of {@link centreOutlook}: per centre in the filter, and how it was estimated. */
export interface Outlook {
  readonly centres: readonly CentreOutlook[];
  /** The horizon, in weeks. */
  readonly weeks: number;
  /** Paths simulated (or given): the sample size of every probability. */
  readonly paths: number;
  /** Plans made: one per distinct number of people at the horizon (after rounding to `resolution`). */
  readonly plans: number;
  /** People per bin of the counts at the horizon (1: exact). */
  readonly resolution: number;
  /** The seed of the draws; `null` for a `paths` forecast. */
  readonly seed: number | null;
  /** How the estimate was made: see {@link centreOutlook}. */
  readonly method: 'plan-at-horizon';
}

const optionsDecoder = object({
  province: optional(oneOf(provinceIds)),
  municipality: optional(text({ trim: true, min: 1, max: 100 })),
  weeks: optional(range({ integer: true, min: 1, max: 520 })),
  paths: optional(range({ integer: true, min: 1, max: 100_000 })),
  seed: optional(range({ integer: true })),
  resolution: optional(range({ integer: true, min: 1, max: 10_000 })),
});

/**
 * The generic places with `people` in them, spread over the centres in proportion to the
 * people there today (largest remainders, so the total is exact; by active places if nobody
 * is there today).
 */
function withPeople(network: Network, people: number): Network {
  const weights = network.map((centre) => centre.places.generic?.occupied ?? 0);
  let total = weights.reduce((sum, weight) => sum + weight, 0);
  const byActive = total === 0;
  if (byActive) {
    network.forEach((centre, index) => (weights[index] = centre.places.generic?.active ?? 0));
    total = weights.reduce((sum, weight) => sum + weight, 0);
  }
  if (total === 0) return network;
  const exact = weights.map((weight) => (people * weight) / total);
  const shares = exact.map(Math.floor);
  let left = people - shares.reduce((sum, share) => sum + share, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    shares[index] = (shares[index] ?? 0) + 1;
    left -= 1;
  }
  return network.map((centre, index) => {
    const generic = centre.places.generic;
    if (generic === undefined) return centre;
    const counts: PlaceCounts = { ...generic, occupied: shares[index] ?? 0 };
    return { ...centre, places: { ...centre.places, generic: counts } };
  });
}

/**
 * For each centre in the filter (a province, a municipality, or the whole network), how
 * likely it is that its generic places are activated or deactivated within the horizon, and by
 * how many: an honest Monte Carlo estimate, with its number of paths and its margin.
 *
 * How: the forecast's paths are drawn as `project` draws them (the same seed gives the same
 * paths), and on each the people in generic places at the horizon are counted. For each
 * distinct count (rounded to a multiple of `resolution`, default 50 people, so that counts
 * this close share one plan) the network gets that many people, spread over the centres in proportion to
 * today's, and {@link plan} recommends what it would then activate or deactivate; a centre's
 * probability is the share of paths whose plan touches it. So it answers "if the need at the
 * horizon were met by the plan", not the week-by-week simulation of `project`, and only
 * generic places (what the projection projects); the plan runs on the whole network, the
 * filter only chooses which centres are reported.
 *
 * @example
 * ```ts
 * const outlook = centreOutlook(network, defaultPolicy, forecast, { province: 'limburg', weeks: 26 });
 * if (outlook.ok)
 *   for (const centre of outlook.value.centres)
 *     console.log(centre.name, centre.activated.probability, `(${outlook.value.paths} paths)`);
 * ```
 */
export function centreOutlook(
  network: Network,
  policy: BufferPolicy,
  forecast: Forecast,
  options: OutlookOptions = {},
): Result<Outlook, ValidationError> {
  // JavaScript callers may pass anything: what is not an object of options is named as such.
  const shape = decode('outlook options', looseObject({}), options);
  if (!shape.ok) return shape;
  const { preferences: given, ...rest } = options;
  const checked = decode('outlook options', optionsDecoder, rest);
  if (!checked.ok) return checked;
  // The preferences are checked as `planPreferences` checks them (it throws; this returns).
  let preferences: PlanPreferences | undefined;
  try {
    preferences = given === undefined ? undefined : planPreferences(given);
  } catch (error) {
    if (error instanceof OpvangValidationError) return err(error.details);
    throw error;
  }
  const { province, municipality } = checked.value;
  const horizon = occupiedAtHorizon(network, forecast, {
    ...(options.weeks === undefined ? {} : { weeks: options.weeks }),
    paths: options.paths ?? 500,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  });
  if (!horizon.ok) return horizon;
  const { occupied } = horizon.value;
  const paths = occupied.length;
  const folded = municipality === undefined ? undefined : foldForSearch(municipality).trim();
  const chosen = network
    .map((centre, index) => ({ centre, index }))
    .filter(
      ({ centre }) =>
        (province === undefined || centre.province === province) &&
        (folded === undefined || foldForSearch(centre.municipality).trim() === folded),
    );
  // Per centre: paths with an activation, places activated over all paths; the same for deactivation.
  const counts = network.map(() => ({ up: 0, upPlaces: 0, down: 0, downPlaces: 0 }));
  const needs = new Map<number, number>();
  const resolution = checked.value.resolution ?? 50;
  for (const counted of occupied) {
    const people = Math.round(counted / resolution) * resolution;
    needs.set(people, (needs.get(people) ?? 0) + 1);
  }
  const ids = new Map(network.map((centre, index) => [centre.id, index]));
  for (const [people, times] of needs) {
    const recommended = plan(withPeople(network, people), policy, preferences);
    for (const line of recommended.lines) {
      if (line.kind !== 'generic') continue;
      const count = counts[ids.get(line.centreId) ?? -1];
      if (count === undefined) continue;
      if (line.action === 'activate') {
        count.up += times;
        count.upPlaces += times * line.places;
      } else {
        count.down += times;
        count.downPlaces += times * line.places;
      }
    }
  }
  const chance = (hits: number, placesMoved: number): OutlookChance => {
    const probability = hits / paths;
    return {
      probability,
      margin: 1.96 * Math.sqrt((probability * (1 - probability)) / paths),
      expectedPlaces: placesMoved / paths,
      placesIfSo: hits === 0 ? 0 : placesMoved / hits,
    };
  };
  const centres = chosen.map(({ centre, index }): CentreOutlook => {
    const count = counts[index] ?? { up: 0, upPlaces: 0, down: 0, downPlaces: 0 };
    return {
      id: centre.id,
      name: centre.name,
      municipality: centre.municipality,
      province: centre.province,
      activated: chance(count.up, count.upPlaces),
      deactivated: chance(count.down, count.downPlaces),
    };
  });
  return ok({
    centres,
    weeks: horizon.value.weeks,
    paths,
    plans: needs.size,
    resolution,
    seed: horizon.value.kind === 'normal' ? horizon.value.seed : null,
    method: 'plan-at-horizon',
  });
}
