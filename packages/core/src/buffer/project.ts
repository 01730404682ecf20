import {
  boolean,
  decodeChecked,
  depthError,
  err,
  isRecord,
  list,
  object,
  oneOf,
  ok,
  optional,
  range,
  refine,
  validationError,
  variant,
  type Result,
  type ValidationError,
} from '../shared/index.js';
import { totalsOf } from './assess.js';
import type { Network } from './network.js';
import { bandStatus, type BufferPolicy, type OccupancyBand } from './policy.js';
import { SeededRandom } from './random.js';

/** Weekly inflow and outflow of people needing a generic place. */
export type Forecast =
  /** A mean and a standard deviation per week, for inflow and outflow. */
  | {
      readonly kind: 'normal';
      readonly weeks: ReadonlyArray<{ readonly inflow: Spread; readonly outflow: Spread }>;
    }
  /** Explicit scenario paths: each path lists its weeks' inflow and outflow. */
  | {
      readonly kind: 'paths';
      readonly paths: ReadonlyArray<
        ReadonlyArray<{ readonly inflow: number; readonly outflow: number }>
      >;
    };

/** A mean and a standard deviation, in people per week. */
export interface Spread {
  readonly mean: number;
  readonly sd: number;
}

/** How to project. */
export interface ProjectionOptions {
  /** Weeks ahead; at most the forecast's length. Default: the forecast's length. */
  readonly weeks?: number;
  /** Simulated paths for a `normal` forecast. Default 1000. */
  readonly paths?: number;
  /** Seed of the random generator: the same seed gives the same projection. Default 1. */
  readonly seed?: number;
  /**
   * Whether the policy is applied every week. Default true: above the target, activate buffer
   * towards the target (arriving after the lead time; places already on their way count);
   * below the band, deactivate empty places towards the target.
   */
  readonly applyPolicy?: boolean;
  /** Buffer places to simulate instead of the network's own, e.g. to try another buffer size. */
  readonly bufferPlaces?: number;
}

/** One week of a projection. */
export interface ProjectedWeek {
  readonly week: number;
  /** Generic occupancy at the end of the week: 10th, 50th and 90th percentile over the paths. */
  readonly occupancy: { readonly p10: number; readonly p50: number; readonly p90: number };
  /** Share of paths above the band, below it, and outside it, this week. */
  readonly probabilityAbove: number;
  readonly probabilityBelow: number;
  readonly probabilityOutside: number;
  /** Mean places activated (arriving this week) and deactivated, over the paths. */
  readonly activated: number;
  readonly deactivated: number;
  /** Mean cost of the week in euros (active and buffer places), over the paths. */
  readonly cost: number;
}

/** An assumption a projection rests on, with its parameters; {@link describeAssumption} words it. */
export type Assumption =
  | { readonly kind: 'generic-places-only' }
  | { readonly kind: 'normal-weekly-flows'; readonly paths: number; readonly seed: number }
  | { readonly kind: 'scenario-paths'; readonly paths: number }
  | { readonly kind: 'activation-lead-time'; readonly weeks: number }
  | { readonly kind: 'deactivation-immediate' }
  | { readonly kind: 'policy-weekly'; readonly applied: boolean; readonly target: number }
  | { readonly kind: 'average-costs'; readonly activePerDay: number; readonly bufferPerDay: number }
  | { readonly kind: 'demand-may-exceed-places' };

/** The result of {@link project}. */
export interface Projection {
  readonly weeks: readonly ProjectedWeek[];
  readonly assumptions: readonly Assumption[];
  /** The highest weekly probability of going above the band. */
  readonly peakProbabilityAbove: number;
}

// Decoders, not zod: the occupancy dashboard (issue 17) projects in the browser; see
// docs/development.md, "Validation and its messages".
const amount = range({ min: 0, max: 1e6 });
const flow = object({ mean: amount, sd: amount });
const forecastDecoder = variant('kind', {
  normal: object({
    kind: oneOf(['normal'] as const),
    weeks: list(object({ inflow: flow, outflow: flow }), 1, 520),
  }),
  paths: object({
    kind: oneOf(['paths'] as const),
    paths: refine(
      list(list(object({ inflow: amount, outflow: amount }), 1, 520), 1, 100_000),
      (paths, fail, given) => {
        if (!paths.every((path) => path.length === (paths[0]?.length ?? 0)))
          fail(undefined, {
            message: 'paths of different lengths',
            expected: 'every path as long as the first',
            received: given,
          });
      },
    ),
  }),
});
const optionsDecoder = object({
  weeks: optional(range({ integer: true, min: 1, max: 520 })),
  paths: optional(range({ integer: true, min: 1, max: 100_000 })),
  seed: optional(range({ integer: true })),
  applyPolicy: optional(boolean()),
  bufferPlaces: optional(range({ integer: true, min: 0, max: 10_000_000 })),
});

/**
 * Projects generic occupancy week by week, over many paths of inflow and outflow, applying the
 * policy each week: when occupancy leaves the band, buffer places are activated (arriving after
 * the activation lead time) or empty places deactivated, towards the target. States its
 * assumptions, as the source asks ("duidelijke aannames, onzekerheidsmarges en
 * beleidsimplicaties", lines 552-554). A `normal` forecast's weekly inflow and outflow are a
 * pair of standard normal draws (the polar method) from a generator seeded with `seed`, so the
 * same seed gives the same projection on every engine.
 *
 * @returns per week: occupancy P10/P50/P90, the probability of leaving the band, places
 *   activated and deactivated, and cost; or a {@link ValidationError} naming the bad forecast or option.
 *
 * @example
 * ```ts
 * const weeks = Array.from({ length: 52 }, () => ({ inflow: { mean: 700, sd: 150 }, outflow: { mean: 690, sd: 100 } }));
 * const result = project(network, defaultPolicy, { kind: 'normal', weeks }, { paths: 1000, seed: 7 });
 * if (result.ok) result.value.weeks[51].occupancy; // { p10: 0.86, p50: 0.9, p90: 0.93 }
 * ```
 */
export function project(
  network: Network,
  policy: BufferPolicy,
  forecast: Forecast,
  options: ProjectionOptions = {},
): Result<Projection, ValidationError> {
  const run = projectionRun(forecast, options);
  if (!run.ok) return run;
  const totals = totalsOf(network, 'generic');
  const averages = bufferAverages(network, totals);
  const band = policy.generic;
  const sums = simulate(
    run.value,
    {
      occupied: totals.occupied,
      active: totals.active,
      buffer: run.value.bufferPlaces ?? totals.buffer,
    },
    averages,
    band,
  );
  const weeks = summarise(sums, band);
  const peakProbabilityAbove = weeks.reduce(
    (peak, week) => Math.max(peak, week.probabilityAbove),
    0,
  );
  return ok({ weeks, assumptions: assumptionsOf(run.value, averages, band), peakProbabilityAbove });
}

/** A checked forecast and its options, with the defaults filled in. */
interface ProjectionRun {
  readonly forecast: Forecast;
  readonly weeks: number;
  readonly paths: number;
  readonly seed: number;
  readonly applyPolicy: boolean;
  /** `undefined`: the network's own buffer. */
  readonly bufferPlaces: number | undefined;
}

/** Checks the forecast and the options, and fills in the defaults. */
function projectionRun(
  forecast: Forecast,
  options: ProjectionOptions,
): Result<ProjectionRun, ValidationError> {
  const tooDeep = depthError('forecast', forecast) ?? depthError('projection options', options);
  if (tooDeep !== undefined) return err(tooDeep);
  const parsedForecast = decodeChecked('forecast', forecastDecoder, forecast);
  if (!parsedForecast.ok) return parsedForecast;
  const parsedOptions = decodeChecked('projection options', optionsDecoder, options);
  if (!parsedOptions.ok) return parsedOptions;
  const settings = parsedOptions.value;
  const valid = parsedForecast.value as Forecast;
  const horizon = valid.kind === 'normal' ? valid.weeks.length : (valid.paths[0]?.length ?? 0);
  return ok({
    forecast: valid,
    weeks: Math.min(settings.weeks ?? horizon, horizon),
    paths: valid.kind === 'normal' ? (settings.paths ?? 1000) : valid.paths.length,
    seed: settings.seed ?? 1,
    applyPolicy: settings.applyPolicy ?? true,
    bufferPlaces: settings.bufferPlaces,
  });
}

/** What the simulation takes from the network's centres, averaged over their generic places. */
interface BufferAverages {
  /** The buffer's activation lead time in whole weeks, weighted by buffer places. */
  readonly leadWeeks: number;
  /** Euros per active place per day, weighted by active places. */
  readonly activePerDay: number;
  /** Euros per buffer place per day, weighted by buffer places. */
  readonly bufferPerDay: number;
}

/** Buffer places come with their centre's lead time and costs; averaged, weighted by places. */
function bufferAverages(
  network: Network,
  totals: { readonly active: number; readonly buffer: number },
): BufferAverages {
  let leadDays = 0;
  let bufferWeight = 0;
  let activeCost = 0;
  let bufferCost = 0;
  for (const centre of network) {
    const places = centre.places.generic;
    if (places === undefined) continue;
    leadDays += places.buffer * centre.activationLeadDays;
    bufferWeight += places.buffer;
    activeCost += places.active * centre.costPerPlacePerDay.active;
    bufferCost += places.buffer * centre.costPerPlacePerDay.buffer;
  }
  return {
    leadWeeks: bufferWeight === 0 ? 0 : Math.ceil(leadDays / bufferWeight / 7),
    activePerDay: totals.active === 0 ? 0 : activeCost / totals.active,
    bufferPerDay: totals.buffer === 0 ? 0 : bufferCost / totals.buffer,
  };
}

/** Generic places where every path starts. */
interface Start {
  readonly occupied: number;
  readonly active: number;
  readonly buffer: number;
}

/** What the paths leave behind: each path's occupancy per week, and sums over the paths. */
interface PathSums {
  readonly paths: number;
  /** Week by week, each path's occupancy at the end of the week: `[week × paths + path]`. */
  readonly occupancies: Float64Array;
  readonly activated: Float64Array;
  readonly deactivated: Float64Array;
  readonly cost: Float64Array;
}

/**
 * Runs every path, week by week, and sums what happened per week. A `normal` forecast draws
 * each path's flows from one generator, path after path, two standard normal values per week
 * (inflow, outflow), so a seed fixes the projection.
 */
function simulate(
  run: ProjectionRun,
  start: Start,
  averages: BufferAverages,
  band: OccupancyBand,
): PathSums {
  const { weeks, paths } = run;
  const sums: PathSums = {
    paths,
    occupancies: new Float64Array(weeks * paths),
    activated: new Float64Array(weeks),
    deactivated: new Float64Array(weeks),
    cost: new Float64Array(weeks),
  };
  const flows = new PathFlows(run.forecast, weeks, run.seed);
  const state = new PathState(averages.leadWeeks);
  for (let path = 0; path < paths; path += 1) {
    state.reset(start);
    flows.startPath(path);
    for (let week = 0; week < weeks; week += 1) {
      state.flow(flows.inflow(week), flows.outflow(week));
      let activated = state.receive(week);
      let deactivated = 0;
      if (run.applyPolicy && state.occupied > 0) {
        const wanted = Math.round(state.occupied / band.target);
        // Activation takes the lead time, so the simulated operator does not wait for the band's
        // maximum: above the target it activates what the target needs, counting places on their way.
        if (state.policyOccupancy() > band.target) activated += state.activateTowards(wanted, week);
        else if (bandStatus(state.policyOccupancy(), band) === 'below')
          deactivated = state.deactivateTowards(wanted);
      }
      sums.occupancies[week * paths + path] = state.occupancy();
      addAt(sums.activated, week, activated);
      addAt(sums.deactivated, week, deactivated);
      addAt(sums.cost, week, state.weeklyCost(averages));
    }
  }
  return sums;
}

/** `values[index] += amount`, without a cast for the type checker's possibly-missing element. */
function addAt(values: Float64Array, index: number, amount: number): void {
  values[index] = (values[index] ?? 0) + amount;
}

/**
 * One path's weekly inflow and outflow, in people: drawn for a `normal` forecast (rounded, at
 * least 0), read for `paths`. The forecast's means and deviations are copied into typed arrays
 * once, and a path's normal draws are made in one go, so the weekly loop reads numbers only.
 */
class PathFlows {
  readonly #forecast: Forecast;
  readonly #random: SeededRandom;
  /** Per week: inflow mean, inflow sd, outflow mean, outflow sd. */
  readonly #spreads: Float64Array;
  /** The current path's standard normal draws: inflow and outflow of each week. */
  readonly #draws: Float64Array;
  #path = 0;

  constructor(forecast: Forecast, weeks: number, seed: number) {
    this.#forecast = forecast;
    this.#random = new SeededRandom(seed);
    const spreads = new Float64Array(4 * weeks);
    if (forecast.kind === 'normal') {
      forecast.weeks
        .slice(0, weeks)
        .forEach((week, index) =>
          spreads.set(
            [week.inflow.mean, week.inflow.sd, week.outflow.mean, week.outflow.sd],
            4 * index,
          ),
        );
    }
    this.#spreads = spreads;
    this.#draws = new Float64Array(forecast.kind === 'normal' ? 2 * weeks : 0);
  }

  startPath(path: number): void {
    this.#path = path;
    this.#random.fillNormal(this.#draws);
  }

  inflow(week: number): number {
    if (this.#forecast.kind === 'paths')
      return this.#forecast.paths[this.#path]?.[week]?.inflow ?? 0;
    return peopleDrawn(
      this.#spreads[4 * week] ?? 0,
      this.#spreads[4 * week + 1] ?? 0,
      this.#draws[2 * week] ?? 0,
    );
  }

  outflow(week: number): number {
    if (this.#forecast.kind === 'paths')
      return this.#forecast.paths[this.#path]?.[week]?.outflow ?? 0;
    return peopleDrawn(
      this.#spreads[4 * week + 2] ?? 0,
      this.#spreads[4 * week + 3] ?? 0,
      this.#draws[2 * week + 1] ?? 0,
    );
  }
}

/** People in a week from a normal draw: rounded, at least 0. */
function peopleDrawn(mean: number, sd: number, draw: number): number {
  return Math.max(0, Math.round(mean + sd * draw));
}

/** One path's generic places as the weeks go by, with activations in flight. */
class PathState {
  occupied = 0;
  active = 0;
  buffer = 0;
  /** Places activated but not yet arrived. */
  inFlight = 0;
  readonly #leadWeeks: number;
  /** Activations in flight, by the week they arrive (a ring over the lead time). */
  readonly #pending: Float64Array;

  constructor(leadWeeks: number) {
    this.#leadWeeks = leadWeeks;
    this.#pending = new Float64Array(leadWeeks + 1);
  }

  reset(start: Start): void {
    this.occupied = start.occupied;
    this.active = start.active;
    this.buffer = start.buffer;
    this.inFlight = 0;
    this.#pending.fill(0);
  }

  /** People arrive and leave. Nobody leaves who is not there; demand may exceed the places (occupancy above 100%). */
  flow(inflow: number, outflow: number): void {
    this.occupied = Math.max(0, this.occupied + inflow - Math.min(outflow, this.occupied));
  }

  /** The places whose activation was ordered a lead time ago become active; returns how many. */
  receive(week: number): number {
    const pending = this.#pending;
    const slot = week % pending.length;
    const arriving = pending[slot] ?? 0;
    pending[slot] = 0;
    this.active += arriving;
    this.inFlight -= arriving;
    return arriving;
  }

  /** Occupancy as the policy sees it: without active places, infinitely full. */
  policyOccupancy(): number {
    return this.active === 0 ? Number.POSITIVE_INFINITY : this.occupied / this.active;
  }

  /** Occupancy at the end of the week: 0 when nobody is there, infinite when people are but no places. */
  occupancy(): number {
    if (this.active !== 0) return this.occupied / this.active;
    return this.occupied === 0 ? 0 : Number.POSITIVE_INFINITY;
  }

  /** Orders buffer places towards `wanted` active places, counting those on their way; returns those active at once (no lead time). */
  activateTowards(wanted: number, week: number): number {
    const activate = Math.min(Math.max(0, wanted - this.active - this.inFlight), this.buffer);
    if (activate <= 0) return 0;
    this.buffer -= activate;
    if (this.#leadWeeks === 0) {
      this.active += activate;
      return activate;
    }
    this.inFlight += activate;
    addAt(this.#pending, (week + this.#leadWeeks) % this.#pending.length, activate);
    return 0;
  }

  /** Deactivates empty places towards `wanted` active places, at once; returns how many. */
  deactivateTowards(wanted: number): number {
    const deactivate = Math.min(Math.max(0, this.active - wanted), this.active - this.occupied);
    if (deactivate <= 0) return 0;
    this.active -= deactivate;
    this.buffer += deactivate;
    return deactivate;
  }

  /** The week's cost in euros: active places, and buffer places held or on their way. */
  weeklyCost(averages: BufferAverages): number {
    return (
      7 *
      (this.active * averages.activePerDay + (this.buffer + this.inFlight) * averages.bufferPerDay)
    );
  }
}

/** Per week: the quantiles of occupancy over the paths, the shares outside the band, and the means. */
function summarise(sums: PathSums, band: OccupancyBand): ProjectedWeek[] {
  const { paths } = sums;
  const result: ProjectedWeek[] = [];
  for (let week = 0; week < sums.activated.length; week += 1) {
    const sample = sums.occupancies.subarray(week * paths, (week + 1) * paths);
    let above = 0;
    let below = 0;
    for (const value of sample) {
      const status = bandStatus(value, band);
      if (status === 'above') above += 1;
      else if (status === 'below') below += 1;
    }
    result.push({
      week: week + 1,
      occupancy: sampleQuantiles(sample),
      probabilityAbove: above / paths,
      probabilityBelow: below / paths,
      probabilityOutside: (above + below) / paths,
      activated: (sums.activated[week] ?? 0) / paths,
      deactivated: (sums.deactivated[week] ?? 0) / paths,
      cost: Math.round((sums.cost[week] ?? 0) / paths),
    });
  }
  return result;
}

/**
 * @internal Exported for the tests only (not from the package).
 *
 * P10, P50 and P90 of a non-empty sample, which it reorders. Sorting the whole sample was a
 * fifth of a projection's time (issue 14); only six order statistics are needed, so they are
 * selected, at the same values a sort would give.
 */
export function sampleQuantiles(sample: Float64Array): {
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
} {
  const last = sample.length - 1;
  const lower = (q: number) => Math.floor(last * q);
  const ranks = [lower(0.1), lower(0.5), lower(0.9)].flatMap((rank) => [
    rank,
    Math.min(rank + 1, last),
  ]);
  selectRanks(
    sample,
    0,
    last,
    [...new Set(ranks)].sort((a, b) => a - b),
  );
  return { p10: quantile(sample, 0.1), p50: quantile(sample, 0.5), p90: quantile(sample, 0.9) };
}

/**
 * Puts the values of the given ranks (ascending) of `values[left..right]` in their sorted
 * places, each with no greater value before it and no smaller one after: the middle rank
 * first, then the ranks on either side of it, within their own part.
 */
function selectRanks(
  values: Float64Array,
  left: number,
  right: number,
  ranks: readonly number[],
): void {
  if (ranks.length === 0 || left >= right) return;
  const middle = Math.floor((ranks.length - 1) / 2);
  const rank = ranks[middle] ?? left;
  select(values, left, right, rank);
  selectRanks(values, left, rank - 1, ranks.slice(0, middle));
  selectRanks(values, rank + 1, right, ranks.slice(middle + 1));
}

/**
 * Quickselect (Hoare's partition, median-of-three pivot): afterwards `values[rank]` is the
 * value a sort would put there, with no greater value before it in `left..right` and no smaller
 * one after. If partitioning stops halving the range (a sample ordered against the pivot
 * choice), it sorts what is left, so a crafted forecast cannot make it quadratic.
 */
function select(values: Float64Array, from: number, to: number, rank: number): void {
  let left = from;
  let right = to;
  let budget = 2 * Math.ceil(Math.log2(to - from + 2)) + 8;
  while (right > left) {
    if (rank === left) {
      swap(values, left, smallestIn(values, left, right));
      return;
    }
    if (budget === 0) {
      values.subarray(left, right + 1).sort();
      return;
    }
    budget -= 1;
    const pivot = medianOfThree(
      values[left] ?? 0,
      values[(left + right) >>> 1] ?? 0,
      values[right] ?? 0,
    );
    let i = left;
    let j = right;
    while (i <= j) {
      while ((values[i] ?? pivot) < pivot) i += 1;
      while ((values[j] ?? pivot) > pivot) j -= 1;
      if (i <= j) {
        swap(values, i, j);
        i += 1;
        j -= 1;
      }
    }
    // Now values[left..j] ≤ pivot ≤ values[i..right], and anything between equals the pivot.
    if (rank <= j) right = j;
    else if (rank >= i) left = i;
    else return;
  }
}

function medianOfThree(a: number, b: number, c: number): number {
  const low = Math.min(a, b);
  const high = Math.max(a, b);
  if (c <= low) return low;
  return c >= high ? high : c;
}

function smallestIn(values: Float64Array, left: number, right: number): number {
  let smallest = left;
  for (let index = left + 1; index <= right; index += 1)
    if ((values[index] ?? 0) < (values[smallest] ?? 0)) smallest = index;
  return smallest;
}

function swap(values: Float64Array, a: number, b: number): void {
  const kept = values[a] ?? 0;
  values[a] = values[b] ?? 0;
  values[b] = kept;
}

/** What the projection rests on, with the figures it used. */
function assumptionsOf(
  run: ProjectionRun,
  averages: BufferAverages,
  band: OccupancyBand,
): Assumption[] {
  const cents = (euros: number) => Math.round(euros * 100) / 100;
  return [
    { kind: 'generic-places-only' },
    run.forecast.kind === 'normal'
      ? { kind: 'normal-weekly-flows', paths: run.paths, seed: run.seed }
      : { kind: 'scenario-paths', paths: run.paths },
    { kind: 'activation-lead-time', weeks: averages.leadWeeks },
    { kind: 'deactivation-immediate' },
    { kind: 'policy-weekly', applied: run.applyPolicy, target: band.target },
    {
      kind: 'average-costs',
      activePerDay: cents(averages.activePerDay),
      bufferPerDay: cents(averages.bufferPerDay),
    },
    { kind: 'demand-may-exceed-places' },
  ];
}

/**
 * The q-quantile of a non-empty sample, by linear interpolation between order statistics; the
 * two it needs must be in their sorted places (sorted, or by {@link selectRanks}). With an infinite neighbour (people without places) it gives the infinite one
 * rather than NaN.
 */
function quantile(sorted: Float64Array, q: number): number {
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.min(lower + 1, sorted.length - 1);
  const low = sorted[lower] ?? Number.NaN;
  const high = sorted[upper] ?? Number.NaN;
  if (Number.isFinite(low) && Number.isFinite(high)) return low + (high - low) * (position - lower);
  if (low === high || !Number.isFinite(low)) return low;
  return high;
}

/** The answer of {@link requiredBuffer}. */
export interface BufferRequirement {
  /** The fewest generic buffer places that keep the weekly probability of going above the band within the tolerance; `null` if none up to the search limit does. */
  readonly bufferPlaces: number | null;
  /** The network's buffer today. */
  readonly currentBuffer: number;
  /** Places to add to today's buffer (negative: places that could go). */
  readonly change: number | null;
  /** The peak weekly probability above the band with that buffer. */
  readonly achievedProbability: number;
  readonly tolerance: number;
  readonly assumptions: readonly Assumption[];
}

/**
 * How many generic buffer places a risk tolerance needs: the fewest with which, in every
 * projected week, the probability of going above the band stays at or below `maxProbabilityAbove`.
 * Searches by bisection over the buffer size, each step a full projection with the same seed.
 *
 * @example
 * ```ts
 * const need = requiredBuffer(network, defaultPolicy, forecast, { maxProbabilityAbove: 0.1, seed: 7 });
 * if (need.ok) need.value.bufferPlaces; // 2350
 * ```
 */
export function requiredBuffer(
  network: Network,
  policy: BufferPolicy,
  forecast: Forecast,
  options: Omit<ProjectionOptions, 'bufferPlaces' | 'applyPolicy'> & {
    readonly maxProbabilityAbove: number;
    readonly searchLimit?: number;
  },
): Result<BufferRequirement, ValidationError> {
  const problem =
    depthError('projection options', options) ??
    (isRecord(options)
      ? undefined
      : validationError('projection options', [
          {
            path: '',
            message: 'not an object',
            expected: 'an object { maxProbabilityAbove, … }',
            received: options,
          },
        ]));
  if (problem !== undefined) return err(problem);
  const { maxProbabilityAbove, searchLimit, ...projection } = options;
  const wrong = searchLimitError(searchLimit) ?? toleranceError(maxProbabilityAbove);
  if (wrong !== undefined) return err(wrong);
  const currentBuffer = totalsOf(network, 'generic').buffer;
  return runBisection(
    bisectBuffer(searchLimitOf(network, searchLimit), maxProbabilityAbove),
    currentBuffer,
    maxProbabilityAbove,
    (bufferPlaces) => project(network, policy, forecast, { ...projection, bufferPlaces }),
  );
}

/**
 * @internal The search of {@link requiredBuffer}, as the buffer sizes it asks for in turn: it
 * yields a size, is given the projection with that buffer, and returns the size found (`null`
 * when even the limit is not enough) and the size whose projection it rests on. A generator,
 * so that `createBufferSearch` runs the very same steps over its cache, and can stop between
 * two of them.
 */
export function* bisectBuffer(
  limit: number,
  tolerance: number,
): Generator<number, { readonly bufferPlaces: number | null; readonly at: number }, Projection> {
  const atLimit = yield limit;
  if (atLimit.peakProbabilityAbove > tolerance) return { bufferPlaces: null, at: limit };
  let low = 0;
  let high = limit;
  const atZero = yield 0;
  if (atZero.peakProbabilityAbove <= tolerance) high = 0;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    const tried = yield middle;
    if (tried.peakProbabilityAbove <= tolerance) high = middle;
    else low = middle;
  }
  return { bufferPlaces: high, at: high };
}

/** @internal Runs {@link bisectBuffer} with a way to project at a buffer size, to the answer. */
export function runBisection(
  search: Generator<
    number,
    { readonly bufferPlaces: number | null; readonly at: number },
    Projection
  >,
  currentBuffer: number,
  tolerance: number,
  projectAt: (bufferPlaces: number) => Result<Projection, ValidationError>,
): Result<BufferRequirement, ValidationError> {
  const seen = new Map<number, Projection>();
  let step = search.next();
  while (step.done !== true) {
    const projection = projectAt(step.value);
    if (!projection.ok) return projection;
    seen.set(step.value, projection.value);
    step = search.next(projection.value);
  }
  const { bufferPlaces, at } = step.value;
  const best = seen.get(at);
  if (best === undefined) throw new Error('the search ended on a buffer size it did not try');
  return ok({
    bufferPlaces,
    currentBuffer,
    change: bufferPlaces === null ? null : bufferPlaces - currentBuffer,
    achievedProbability: best.peakProbabilityAbove,
    tolerance,
    assumptions: best.assumptions,
  });
}

/** @internal Why a search limit is not one, if it is not: a whole number of places, 0 or more. */
export function searchLimitError(searchLimit: unknown): ValidationError | undefined {
  if (
    typeof searchLimit === 'undefined' ||
    (typeof searchLimit === 'number' && Number.isInteger(searchLimit) && searchLimit >= 0)
  )
    return undefined;
  return validationError('projection options', [
    {
      path: 'searchLimit',
      code: 'invalid',
      message: 'not a count',
      expected: 'a whole number of places, 0 or more',
      received: searchLimit,
    },
  ]);
}

/** @internal Why a risk tolerance is not one, if it is not: a probability. */
export function toleranceError(maxProbabilityAbove: unknown): ValidationError | undefined {
  if (
    typeof maxProbabilityAbove === 'number' &&
    maxProbabilityAbove >= 0 &&
    maxProbabilityAbove <= 1
  )
    return undefined;
  return validationError('risk tolerance', [
    {
      path: 'maxProbabilityAbove',
      code: 'invalid',
      message: 'not a probability',
      expected: 'a number from 0 to 1, e.g. 0.1 for 10%',
      received: maxProbabilityAbove,
    },
  ]);
}

/** @internal The buffer sizes {@link requiredBuffer} searches: up to the limit given, or four times the network's generic places. */
export function searchLimitOf(network: Network, searchLimit: number | undefined): number {
  const totals = totalsOf(network, 'generic');
  return searchLimit ?? Math.max(1000, 4 * (totals.active + totals.buffer));
}

/**
 * @internal For `centreOutlook`: the people in generic places at the end of the horizon on
 * each path, drawn exactly as {@link project} draws them (the same seed gives the same paths).
 * How many people there are does not depend on the policy: it only changes the places.
 */
export function occupiedAtHorizon(
  network: Network,
  forecast: Forecast,
  options: Pick<ProjectionOptions, 'weeks' | 'paths' | 'seed'>,
): Result<
  {
    readonly occupied: Float64Array;
    readonly weeks: number;
    readonly seed: number;
    readonly kind: Forecast['kind'];
  },
  ValidationError
> {
  const run = projectionRun(forecast, options);
  if (!run.ok) return run;
  const { weeks, paths, seed } = run.value;
  const start = totalsOf(network, 'generic');
  const flows = new PathFlows(run.value.forecast, weeks, seed);
  const state = new PathState(0);
  const occupied = new Float64Array(paths);
  for (let path = 0; path < paths; path += 1) {
    state.reset({ occupied: start.occupied, active: start.active, buffer: start.buffer });
    flows.startPath(path);
    for (let week = 0; week < weeks; week += 1) state.flow(flows.inflow(week), flows.outflow(week));
    occupied[path] = state.occupied;
  }
  return ok({ occupied, weeks, seed, kind: run.value.forecast.kind });
}
