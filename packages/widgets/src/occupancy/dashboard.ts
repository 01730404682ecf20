import {
  assess,
  plan,
  project,
  type Assessment,
  type BufferPlan,
  type BufferPolicy,
  type BufferRequirement,
  type Forecast,
  type Network,
  type Projection,
} from '@opvang/core/buffer';

/** How the dashboard projects: the forecast, its paths and its seed. */
export interface ProjectionSettings {
  readonly forecast: Forecast;
  readonly paths: number;
  readonly seed: number;
}

/** What one step (a projection of 300 centres, 52 weeks × 1000 paths) may take, with room to spare. */
const STEP_MS = 12;

/** The risk tolerances the slider offers, in percent: 1% to 50%. */
export const tolerances: readonly number[] = Array.from({ length: 50 }, (_, index) => index + 1);

/**
 * Everything the dashboard shows for one network and policy: the assessment and the plan at
 * once, the required buffer and its projection per risk tolerance as they are computed. A slider
 * step only looks its answer up; what is not known yet is computed in idle steps
 * ({@link Dashboard.work}), one projection at a time, so no frame and no key press waits for it.
 *
 * @example
 * ```ts
 * const dashboard = new Dashboard(network, policy, settings);
 * requestIdleCallback(function step(deadline) { if (!dashboard.work(() => deadline.timeRemaining())) requestIdleCallback(step); });
 * ```
 */
export class Dashboard {
  readonly assessment: Assessment;
  readonly plan: BufferPlan;
  readonly #requirements = new Map<number, BufferRequirement>();
  readonly #projections = new Map<number, Projection>();
  readonly #queue: number[] = [...tolerances];
  #current:
    | { readonly tolerance: number; readonly steps: Generator<undefined, BufferRequirement> }
    | undefined;

  constructor(
    readonly network: Network,
    readonly policy: BufferPolicy,
    readonly settings: ProjectionSettings,
  ) {
    this.assessment = assess(network, policy);
    this.plan = plan(network, policy);
  }

  /** Generic buffer places the network has today. */
  get currentBuffer(): number {
    return this.assessment.global.buffer;
  }

  /** The required buffer for a tolerance in percent, if computed. */
  requirement(tolerance: number): BufferRequirement | undefined {
    return this.#requirements.get(tolerance);
  }

  /** The projection with `bufferPlaces` generic buffer places, if computed. */
  projection(bufferPlaces: number): Projection | undefined {
    return this.#projections.get(bufferPlaces);
  }

  /** The projection with `bufferPlaces`, computed now if it was not yet. */
  projectionNow(bufferPlaces: number): Projection {
    const known = this.#projections.get(bufferPlaces);
    if (known !== undefined) return known;
    const result = project(this.network, this.policy, this.settings.forecast, {
      paths: this.settings.paths,
      seed: this.settings.seed,
      bufferPlaces,
    });
    if (!result.ok) throw new Error(result.error.message);
    this.#projections.set(bufferPlaces, result.value);
    return result.value;
  }

  /** Puts a tolerance first in the queue of work: the slider's position is wanted next. */
  prefer(tolerance: number): void {
    const at = this.#queue.indexOf(tolerance);
    if (at >= 0) this.#queue.splice(at, 1);
    this.#queue.unshift(tolerance);
  }

  /** The required buffer for a tolerance in percent, computed now (all its steps at once). */
  requirementNow(tolerance: number): BufferRequirement {
    const search = this.#search(tolerance);
    for (;;) {
      const step = search.next();
      if (step.done === true) return step.value;
    }
  }

  /**
   * Computes what is still missing, one projection at a time, while `remaining()`
   * (milliseconds left in this idle period) allows; returns `true` when everything is known.
   */
  work(remaining: () => number): boolean {
    // One projection takes 5–10 ms in Chromium: at least one step per period, more while a whole one fits.
    for (let first = true; first || remaining() > STEP_MS; first = false) {
      if (this.#current === undefined) {
        const next = this.#queue.find((tolerance) => !this.#requirements.has(tolerance));
        if (next === undefined) return true;
        this.#current = { tolerance: next, steps: this.#search(next) };
      }
      if (this.#current.steps.next().done === true) this.#current = undefined;
    }
    return false;
  }

  /**
   * `requiredBuffer`'s search, step by step (one projection a step), over the projections
   * already made: the same upper limit, the same test at 0 places, the same bisection, so the
   * answer is `requiredBuffer`'s for the same seed. Checked in occupancy.test.ts.
   */
  *#search(tolerance: number): Generator<undefined, BufferRequirement> {
    const known = this.#requirements.get(tolerance);
    if (known !== undefined) return known;
    const probability = tolerance / 100;
    const { active, buffer: currentBuffer } = this.assessment.global;
    const limit = Math.max(1000, 4 * (active + currentBuffer));
    const atLimit = yield* this.#at(limit);
    let answer: BufferRequirement;
    if (atLimit.peakProbabilityAbove > probability) {
      answer = {
        bufferPlaces: null,
        currentBuffer,
        change: null,
        achievedProbability: atLimit.peakProbabilityAbove,
        tolerance: probability,
        assumptions: atLimit.assumptions,
      };
    } else {
      let low = 0;
      let high = limit;
      let best = atLimit;
      const atZero = yield* this.#at(0);
      if (atZero.peakProbabilityAbove <= probability) {
        high = 0;
        best = atZero;
      }
      while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        const tried = yield* this.#at(middle);
        if (tried.peakProbabilityAbove <= probability) {
          high = middle;
          best = tried;
        } else low = middle;
      }
      answer = {
        bufferPlaces: high,
        currentBuffer,
        change: high - currentBuffer,
        achievedProbability: best.peakProbabilityAbove,
        tolerance: probability,
        assumptions: best.assumptions,
      };
    }
    this.#requirements.set(tolerance, answer);
    return answer;
  }

  /** The projection with `bufferPlaces`, from the cache or computed (then one step is spent). */
  *#at(bufferPlaces: number): Generator<undefined, Projection> {
    const known = this.#projections.get(bufferPlaces);
    if (known !== undefined) return known;
    const made = this.projectionNow(bufferPlaces);
    yield;
    return made;
  }
}
