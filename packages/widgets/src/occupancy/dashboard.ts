import {
  assess,
  createBufferSearch,
  plan,
  project,
  type Assessment,
  type BufferPlan,
  type BufferPolicy,
  type BufferRequirement,
  type BufferSearch,
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

/** The risk tolerances the slider offers, in percent: 1% to 50%. */
export const tolerances: readonly number[] = Array.from({ length: 50 }, (_, index) => index + 1);

/**
 * Everything the dashboard shows for one network and policy: the assessment and the plan at
 * once, the required buffer and its projection per risk tolerance as the core's
 * `createBufferSearch` finds them. A slider step only looks its answer up; what is not known yet
 * is computed in idle steps ({@link Dashboard.work}), one projection at a time, the slider's
 * position first, so no frame and no key press waits for it.
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
  /** Made at the first idle step, not for the first render: it starts with a projection of its own. */
  #searchMade: BufferSearch | undefined;
  /** The projection with today's buffer, for the first render. */
  #initial: Projection | undefined;
  /** Tolerances in percent, in the order they are wanted: the slider's position first. */
  readonly #queue: number[] = [...tolerances];

  constructor(
    readonly network: Network,
    readonly policy: BufferPolicy,
    readonly settings: ProjectionSettings,
  ) {
    this.assessment = assess(network, policy);
    this.plan = plan(network, policy);
  }

  get #search(): BufferSearch {
    if (this.#searchMade === undefined) {
      const search = createBufferSearch(this.network, this.policy, this.settings.forecast, {
        paths: this.settings.paths,
        seed: this.settings.seed,
      });
      if (!search.ok) throw new Error(search.error.message);
      this.#searchMade = search.value;
    }
    return this.#searchMade;
  }

  /** Generic buffer places the network has today. */
  get currentBuffer(): number {
    return this.assessment.global.buffer;
  }

  /** The required buffer for a tolerance in percent, if it is known without projecting. */
  requirement(tolerance: number): BufferRequirement | undefined {
    if (this.#searchMade === undefined) return undefined;
    return this.#search.isReady(tolerance / 100) ? this.requirementNow(tolerance) : undefined;
  }

  /** The required buffer for a tolerance in percent, computed now if need be (`requiredBuffer`'s answer). */
  requirementNow(tolerance: number): BufferRequirement {
    const result = this.#search.required(tolerance / 100);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  }

  /** The projection with `bufferPlaces` generic buffer places, from memory or computed now. */
  projectionNow(bufferPlaces: number): Projection {
    if (this.#searchMade === undefined && bufferPlaces === this.currentBuffer) {
      if (this.#initial === undefined) {
        const first = project(this.network, this.policy, this.settings.forecast, {
          paths: this.settings.paths,
          seed: this.settings.seed,
        });
        if (!first.ok) throw new Error(first.error.message);
        this.#initial = first.value;
      }
      return this.#initial;
    }
    const result = this.#search.projectionAt(bufferPlaces);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  }

  /** Puts a tolerance first in the queue of work: the slider's position is wanted next. */
  prefer(tolerance: number): void {
    const at = this.#queue.indexOf(tolerance);
    if (at >= 0) this.#queue.splice(at, 1);
    this.#queue.unshift(tolerance);
  }

  /**
   * Computes what is still missing, one projection at a time, while `remaining()`
   * (milliseconds left in this idle period) allows; returns `true` when everything is known.
   */
  work(remaining: () => number): boolean {
    return this.#search.precompute(
      this.#queue.map((tolerance) => tolerance / 100),
      { timeRemaining: remaining },
    ).done;
  }
}
