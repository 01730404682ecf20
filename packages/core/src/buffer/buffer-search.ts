import {
  depthError,
  err,
  isRecord,
  issue,
  ok,
  validationError,
  type Result,
  type ValidationError,
} from '../shared/index.js';
import { totalsOf } from './assess.js';
import type { Network } from './network.js';
import type { BufferPolicy } from './policy.js';
import {
  bisectBuffer,
  project,
  runBisection,
  searchLimitError,
  searchLimitOf,
  toleranceError,
  type BufferRequirement,
  type Forecast,
  type Projection,
  type ProjectionOptions,
} from './project.js';

/** The options of {@link createBufferSearch}: those of `requiredBuffer`, but the tolerance. */
export type BufferSearchOptions = Omit<ProjectionOptions, 'bufferPlaces' | 'applyPolicy'> & {
  /** The largest buffer the search tries; default four times the network's generic places (at least 1000). */
  readonly searchLimit?: number;
};

/** How much of the idle time {@link BufferSearch.precompute} may take. */
export interface PrecomputeBudget {
  /**
   * Milliseconds left, asked before each projection (`IdleDeadline.timeRemaining` of
   * `requestIdleCallback` fits): a projection starts only while as much time is left as the
   * last one took.
   */
  readonly timeRemaining?: () => number;
  /** At most this many new projections. Default: no limit. */
  readonly maxProjections?: number;
}

/** A memoised `requiredBuffer` for one network, policy, forecast and seed. */
export interface BufferSearch {
  /**
   * The answer of `requiredBuffer` with this tolerance (the same, to the last figure),
   * projecting only the buffer sizes no earlier search has projected.
   */
  required(maxProbabilityAbove: number): Result<BufferRequirement, ValidationError>;
  /** The projection with this many generic buffer places, memoised with those of the searches. */
  projectionAt(bufferPlaces: number): Result<Projection, ValidationError>;
  /**
   * Runs the searches for these tolerances, in order, as far as the budget allows, and keeps
   * their projections; `done` once `required` needs no new projection for any of them.
   * Call it again in the next idle period to go on where it stopped.
   */
  precompute(
    tolerances: readonly number[],
    budget?: PrecomputeBudget,
  ): { readonly done: boolean; readonly projected: number };
  /** Whether `required(maxProbabilityAbove)` would answer from memory, without projecting. */
  isReady(maxProbabilityAbove: number): boolean;
  /** Projections in memory. */
  readonly size: number;
}

/** Thrown inside a search to stop it when the budget is spent; never leaves this module. */
const outOfBudget = new Error('out of budget');

/**
 * A risk-tolerance slider's `requiredBuffer`: the same search (bisection over the buffer size,
 * the same seed), but every projection it makes is kept, so moving the slider back, or to a
 * tolerance whose search passes the same sizes, projects nothing again. `precompute` fills the
 * memory in small steps (one projection each) so that a widget can do it in idle time.
 *
 * @returns the search, or a {@link ValidationError} naming a bad forecast or option.
 *
 * @example
 * ```ts
 * const search = createBufferSearch(network, defaultPolicy, forecast, { seed: 7 });
 * if (search.ok) {
 *   const grid = Array.from({ length: 20 }, (_, i) => (i + 1) / 100);
 *   const idle = (deadline: IdleDeadline) => {
 *     if (!search.value.precompute(grid, deadline).done) requestIdleCallback(idle);
 *   };
 *   requestIdleCallback(idle);
 *   slider.oninput = () => show(search.value.required(slider.valueAsNumber / 100));
 * }
 * ```
 */
export function createBufferSearch(
  network: Network,
  policy: BufferPolicy,
  forecast: Forecast,
  options: BufferSearchOptions = {},
): Result<BufferSearch, ValidationError> {
  const problem =
    depthError('projection options', options) ??
    (isRecord(options)
      ? undefined
      : validationError('projection options', [
          issue('', 'wrong-type', { type: 'object' }, options),
        ]));
  if (problem !== undefined) return err(problem);
  const { searchLimit, ...projection } = options;
  const wrongLimit = searchLimitError(searchLimit);
  if (wrongLimit !== undefined) return err(wrongLimit);
  // One projection checks the forecast and the options; it is the first the search needs.
  const limit = searchLimitOf(network, searchLimit);
  const first = project(network, policy, forecast, { ...projection, bufferPlaces: limit });
  if (!first.ok) return first;
  const currentBuffer = totalsOf(network, 'generic').buffer;
  const memory = new Map<number, Result<Projection, ValidationError>>([[limit, first]]);
  const projectionAt = (bufferPlaces: number): Result<Projection, ValidationError> => {
    const known = memory.get(bufferPlaces);
    if (known !== undefined) return known;
    const result = project(network, policy, forecast, { ...projection, bufferPlaces });
    memory.set(bufferPlaces, result);
    return result;
  };
  const search = (tolerance: number, projectAt = projectionAt) =>
    runBisection(bisectBuffer(limit, tolerance), currentBuffer, tolerance, projectAt);

  return ok({
    required(maxProbabilityAbove) {
      const wrong = toleranceError(maxProbabilityAbove);
      return wrong === undefined ? search(maxProbabilityAbove) : err(wrong);
    },
    projectionAt,
    precompute(tolerances, budget = {}) {
      let projected = 0;
      let lastMs = 0;
      const clock = globalThis.performance;
      const budgeted = (bufferPlaces: number) => {
        if (memory.has(bufferPlaces)) return projectionAt(bufferPlaces);
        if (projected >= (budget.maxProjections ?? Number.POSITIVE_INFINITY)) throw outOfBudget;
        if (budget.timeRemaining !== undefined && budget.timeRemaining() < Math.max(lastMs, 0.001))
          throw outOfBudget;
        const start = clock.now();
        const result = projectionAt(bufferPlaces);
        lastMs = clock.now() - start;
        projected += 1;
        return result;
      };
      for (const tolerance of tolerances) {
        if (toleranceError(tolerance) !== undefined) continue;
        try {
          search(tolerance, budgeted);
        } catch (stopped) {
          if (stopped === outOfBudget) return { done: false, projected };
          throw stopped;
        }
      }
      return { done: true, projected };
    },
    isReady(maxProbabilityAbove) {
      if (toleranceError(maxProbabilityAbove) !== undefined) return true;
      try {
        search(maxProbabilityAbove, (bufferPlaces) => {
          const known = memory.get(bufferPlaces);
          if (known === undefined) throw outOfBudget;
          return known;
        });
        return true;
      } catch (stopped) {
        if (stopped === outOfBudget) return false;
        throw stopped;
      }
    },
    get size() {
      return memory.size;
    },
  });
}
