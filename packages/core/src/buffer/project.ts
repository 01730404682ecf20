import * as z from 'zod/mini';
import { depthError, err, fromZodIssues, isRecord, ok, validationError, type Result, type ValidationError } from '../shared/index.js';
import { totalsOf } from './assess.js';
import type { Network } from './network.js';
import type { BufferPolicy } from './policy.js';
import { normal, seededRandom } from './random.js';

/** Weekly inflow and outflow of people needing a generic place. */
export type Forecast =
  /** A mean and a standard deviation per week, for inflow and outflow. */
  | { readonly kind: 'normal'; readonly weeks: ReadonlyArray<{ readonly inflow: Spread; readonly outflow: Spread }> }
  /** Explicit scenario paths: each path lists its weeks' inflow and outflow. */
  | { readonly kind: 'paths'; readonly paths: ReadonlyArray<ReadonlyArray<{ readonly inflow: number; readonly outflow: number }>> };

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

const flow = z.strictObject({ mean: z.number().check(z.minimum(0), z.maximum(1e6)), sd: z.number().check(z.minimum(0), z.maximum(1e6)) });
const people = z.number().check(z.minimum(0), z.maximum(1e6));
const forecastSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('normal'), weeks: z.array(z.strictObject({ inflow: flow, outflow: flow })).check(z.minLength(1), z.maxLength(520)) }),
  z.strictObject({
    kind: z.literal('paths'),
    paths: z
      .array(z.array(z.strictObject({ inflow: people, outflow: people })).check(z.minLength(1), z.maxLength(520)))
      .check(z.minLength(1), z.maxLength(100_000), z.refine((paths) => paths.every((path) => path.length === (paths[0]?.length ?? 0)), { message: 'paths of different lengths', params: { expected: 'every path as long as the first' } })),
  }),
]);
const optionsSchema = z.strictObject({
  weeks: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(520))),
  paths: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(100_000))),
  seed: z.optional(z.number().check(z.int())),
  applyPolicy: z.optional(z.boolean()),
  bufferPlaces: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(10_000_000))),
});

/**
 * Projects generic occupancy week by week, over many paths of inflow and outflow, applying the
 * policy each week: when occupancy leaves the band, buffer places are activated (arriving after
 * the activation lead time) or empty places deactivated, towards the target. States its
 * assumptions, as the source asks ("duidelijke aannames, onzekerheidsmarges en
 * beleidsimplicaties", lines 552-554).
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
export function project(network: Network, policy: BufferPolicy, forecast: Forecast, options: ProjectionOptions = {}): Result<Projection, ValidationError> {
  const tooDeep = depthError('forecast', forecast) ?? depthError('projection options', options);
  if (tooDeep !== undefined) return err(tooDeep);
  const parsedForecast = forecastSchema.safeParse(forecast);
  if (!parsedForecast.success) return err(fromZodIssues('forecast', parsedForecast.error.issues, forecast));
  const parsedOptions = optionsSchema.safeParse(options);
  if (!parsedOptions.success) return err(fromZodIssues('projection options', parsedOptions.error.issues, options));
  const settings = parsedOptions.data;
  const valid = parsedForecast.data;
  const horizon = valid.kind === 'normal' ? valid.weeks.length : (valid.paths[0]?.length ?? 0);
  const weeks = Math.min(settings.weeks ?? horizon, horizon);
  const pathCount = valid.kind === 'normal' ? (settings.paths ?? 1000) : valid.paths.length;
  const seed = settings.seed ?? 1;
  const applyPolicy = settings.applyPolicy ?? true;

  const totals = totalsOf(network, 'generic');
  const buffer0 = settings.bufferPlaces ?? totals.buffer;
  // Buffer places come with their centre's lead time and costs; averaged, weighted by places.
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
  const leadWeeks = bufferWeight === 0 ? 0 : Math.ceil(leadDays / bufferWeight / 7);
  const activePerDay = totals.active === 0 ? 0 : activeCost / totals.active;
  const bufferPerDay = totals.buffer === 0 ? 0 : bufferCost / totals.buffer;

  const band = policy.generic;
  const occupancies = new Float64Array(weeks * pathCount);
  const activatedSum = new Float64Array(weeks);
  const deactivatedSum = new Float64Array(weeks);
  const costSum = new Float64Array(weeks);
  // Activations in flight, by the week they arrive (a ring over the lead time).
  const pending = new Float64Array(leadWeeks + 1);
  const next = seededRandom(seed);
  for (let path = 0; path < pathCount; path += 1) {
    let occupied = totals.occupied;
    let active = totals.active;
    let buffer = buffer0;
    let inFlight = 0;
    pending.fill(0);
    for (let week = 0; week < weeks; week += 1) {
      let inflow: number;
      let outflow: number;
      if (valid.kind === 'normal') {
        const flows = valid.weeks[week] as { inflow: Spread; outflow: Spread };
        inflow = Math.max(0, Math.round(flows.inflow.mean + flows.inflow.sd * normal(next)));
        outflow = Math.max(0, Math.round(flows.outflow.mean + flows.outflow.sd * normal(next)));
      } else {
        const flows = (valid.paths[path] as ReadonlyArray<{ inflow: number; outflow: number }>)[week] as { inflow: number; outflow: number };
        inflow = flows.inflow;
        outflow = flows.outflow;
      }
      // Nobody leaves who is not there; demand may exceed the places (occupancy above 100%).
      occupied = Math.max(0, occupied + inflow - Math.min(outflow, occupied));
      const slot = week % pending.length;
      const arriving = pending[slot] as number;
      pending[slot] = 0;
      active += arriving;
      inFlight -= arriving;
      activatedSum[week] = (activatedSum[week] as number) + arriving;
      if (applyPolicy && occupied > 0) {
        const occupancy = active === 0 ? Number.POSITIVE_INFINITY : occupied / active;
        const wanted = Math.round(occupied / band.target);
        // Activation takes the lead time, so the simulated operator does not wait for the band's
        // maximum: above the target it activates what the target needs, counting places on their way.
        if (occupancy > band.target) {
          const activate = Math.min(Math.max(0, wanted - active - inFlight), buffer);
          if (activate > 0) {
            buffer -= activate;
            inFlight += activate;
            if (leadWeeks === 0) {
              active += activate;
              inFlight -= activate;
              activatedSum[week] = (activatedSum[week] as number) + activate;
            } else {
              const arrival = (week + leadWeeks) % pending.length;
              pending[arrival] = (pending[arrival] as number) + activate;
            }
          }
        } else if (occupancy < band.min || (occupancy === band.min && !band.minInclusive)) {
          const deactivate = Math.min(Math.max(0, active - wanted), active - occupied);
          if (deactivate > 0) {
            active -= deactivate;
            buffer += deactivate;
            deactivatedSum[week] = (deactivatedSum[week] as number) + deactivate;
          }
        }
      }
      occupancies[week * pathCount + path] = active === 0 ? (occupied === 0 ? 0 : Number.POSITIVE_INFINITY) : occupied / active;
      costSum[week] = (costSum[week] as number) + 7 * (active * activePerDay + (buffer + inFlight) * bufferPerDay);
    }
  }

  const result: ProjectedWeek[] = [];
  let peak = 0;
  for (let week = 0; week < weeks; week += 1) {
    const sample = occupancies.subarray(week * pathCount, (week + 1) * pathCount).sort();
    let above = 0;
    let below = 0;
    for (const value of sample) {
      if (value > band.max || (value === band.max && !band.maxInclusive)) above += 1;
      else if (value < band.min || (value === band.min && !band.minInclusive)) below += 1;
    }
    const probabilityAbove = above / pathCount;
    peak = Math.max(peak, probabilityAbove);
    result.push({
      week: week + 1,
      occupancy: { p10: quantile(sample, 0.1), p50: quantile(sample, 0.5), p90: quantile(sample, 0.9) },
      probabilityAbove,
      probabilityBelow: below / pathCount,
      probabilityOutside: (above + below) / pathCount,
      activated: (activatedSum[week] as number) / pathCount,
      deactivated: (deactivatedSum[week] as number) / pathCount,
      cost: Math.round((costSum[week] as number) / pathCount),
    });
  }
  const assumptions: Assumption[] = [
    { kind: 'generic-places-only' },
    valid.kind === 'normal' ? { kind: 'normal-weekly-flows', paths: pathCount, seed } : { kind: 'scenario-paths', paths: pathCount },
    { kind: 'activation-lead-time', weeks: leadWeeks },
    { kind: 'deactivation-immediate' },
    { kind: 'policy-weekly', applied: applyPolicy, target: band.target },
    { kind: 'average-costs', activePerDay: Math.round(activePerDay * 100) / 100, bufferPerDay: Math.round(bufferPerDay * 100) / 100 },
    { kind: 'demand-may-exceed-places' },
  ];
  return ok({ weeks: result, assumptions, peakProbabilityAbove: peak });
}

/** The q-quantile of a sorted sample, by linear interpolation between order statistics. */
function quantile(sorted: Float64Array, q: number): number {
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.min(lower + 1, sorted.length - 1);
  const low = sorted[lower] as number;
  const high = sorted[upper] as number;
  if (!Number.isFinite(low) || !Number.isFinite(high)) return low === high ? low : Number.isFinite(low) ? high : low;
  return low + (high - low) * (position - lower);
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
  network: Network, policy: BufferPolicy, forecast: Forecast,
  options: Omit<ProjectionOptions, 'bufferPlaces' | 'applyPolicy'> & { readonly maxProbabilityAbove: number; readonly searchLimit?: number },
): Result<BufferRequirement, ValidationError> {
  const problem = depthError('projection options', options) ?? (isRecord(options) ? undefined : validationError('projection options', [{ path: '', message: 'not an object', expected: 'an object { maxProbabilityAbove, … }', received: options }]));
  if (problem !== undefined) return err(problem);
  const { maxProbabilityAbove, searchLimit, ...projection } = options;
  if (typeof searchLimit !== 'undefined' && !(typeof searchLimit === 'number' && Number.isInteger(searchLimit) && searchLimit >= 0)) {
    return err(validationError('projection options', [{ path: 'searchLimit', message: 'not a count', expected: 'a whole number of places, 0 or more', received: searchLimit }]));
  }
  if (!(typeof maxProbabilityAbove === 'number' && maxProbabilityAbove >= 0 && maxProbabilityAbove <= 1)) {
    return err(validationError('risk tolerance', [{ path: 'maxProbabilityAbove', message: 'not a probability', expected: 'a number from 0 to 1, e.g. 0.1 for 10%', received: maxProbabilityAbove }]));
  }
  const currentBuffer = totalsOf(network, 'generic').buffer;
  const limit = searchLimit ?? Math.max(1000, 4 * (totalsOf(network, 'generic').active + currentBuffer));
  const peakAt = (bufferPlaces: number) => project(network, policy, forecast, { ...projection, bufferPlaces });
  const atLimit = peakAt(limit);
  if (!atLimit.ok) return atLimit;
  if (atLimit.value.peakProbabilityAbove > maxProbabilityAbove) {
    return ok({ bufferPlaces: null, currentBuffer, change: null, achievedProbability: atLimit.value.peakProbabilityAbove, tolerance: maxProbabilityAbove, assumptions: atLimit.value.assumptions });
  }
  let low = 0;
  let high = limit;
  let best = atLimit.value;
  const atZero = peakAt(0);
  if (atZero.ok && atZero.value.peakProbabilityAbove <= maxProbabilityAbove) {
    high = 0;
    best = atZero.value;
  }
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    const tried = peakAt(middle);
    if (!tried.ok) return tried;
    if (tried.value.peakProbabilityAbove <= maxProbabilityAbove) {
      high = middle;
      best = tried.value;
    } else {
      low = middle;
    }
  }
  return ok({ bufferPlaces: high, currentBuffer, change: high - currentBuffer, achievedProbability: best.peakProbabilityAbove, tolerance: maxProbabilityAbove, assumptions: best.assumptions });
}
