import {
  centreOutlook,
  type BufferPolicy,
  type CentreOutlook,
  type Forecast,
  type Network,
  type OutlookChance,
} from '@opvang/core/buffer';
import type { ProvinceId } from '@opvang/core/provinces';

/** Paths per idle step: `centreOutlook` plans once per path, about 3 ms each in Chromium. */
const BATCH = 25;
/** Paths in all: a probability's 95% margin is then at most ±4.4 points. */
const TOTAL = 500;

/** One chance, summed over the batches so far. */
interface Sum {
  hits: number;
  places: number;
}

const chanceOf = (sum: Sum, paths: number): OutlookChance => {
  const probability = paths === 0 ? 0 : sum.hits / paths;
  return {
    probability,
    // As the core states it: half the 95% interval, 1.96 × √(p(1−p)/n).
    margin: paths === 0 ? 1 : 1.96 * Math.sqrt((probability * (1 - probability)) / paths),
    expectedPlaces: paths === 0 ? 0 : sum.places / paths,
    placesIfSo: sum.hits === 0 ? 0 : sum.places / sum.hits,
  };
};

/**
 * The municipality view's outlook, estimated in idle steps: the core's `centreOutlook` on
 * batches of {@link BATCH} paths, each batch with its own seed (1, 2, …), their counts added up
 * to {@link TOTAL} paths. The same Monte Carlo estimate as one call with more paths (other
 * draws, the same method and margin), but no step takes more than a fraction of a second.
 *
 * @example
 * ```ts
 * const estimate = new OutlookEstimate(network, policy, forecast, { province: 'limburg' });
 * while (!estimate.step()) {}
 * estimate.centres[0]?.activated.probability;
 * ```
 */
export class OutlookEstimate {
  #paths = 0;
  #batches = 0;
  readonly #sums = new Map<
    string,
    { readonly centre: CentreOutlook; readonly activated: Sum; readonly deactivated: Sum }
  >();

  constructor(
    private readonly network: Network,
    private readonly policy: BufferPolicy,
    private readonly forecast: Forecast,
    private readonly area: { readonly province?: ProvinceId; readonly municipality?: string },
    readonly weeks: number,
  ) {}

  /** Why the estimate stopped early, if it did. */
  problem: string | undefined;

  /** Paths estimated so far: the sample size of every probability. */
  get paths(): number {
    return this.#paths;
  }

  /** Whether all {@link TOTAL} paths are in. */
  get done(): boolean {
    return this.#paths >= TOTAL;
  }

  /** Per centre in the area, the chances so far. */
  get centres(): CentreOutlook[] {
    return [...this.#sums.values()].map(({ centre, activated, deactivated }) => ({
      ...centre,
      activated: chanceOf(activated, this.#paths),
      deactivated: chanceOf(deactivated, this.#paths),
    }));
  }

  /** One batch; `true` once all paths are in. */
  step(): boolean {
    if (this.done) return true;
    this.#batches += 1;
    const result = centreOutlook(this.network, this.policy, this.forecast, {
      ...this.area,
      weeks: this.weeks,
      paths: BATCH,
      seed: this.#batches,
    });
    if (!result.ok) {
      // Nothing more to estimate (the area's name is not one the core accepts): stop, say why.
      this.problem = result.error.message;
      this.#paths = TOTAL;
      return true;
    }
    const { value } = result;
    this.#paths += value.paths;
    for (const centre of value.centres) {
      let sum = this.#sums.get(centre.id);
      if (sum === undefined) {
        sum = { centre, activated: { hits: 0, places: 0 }, deactivated: { hits: 0, places: 0 } };
        this.#sums.set(centre.id, sum);
      }
      for (const change of ['activated', 'deactivated'] as const) {
        sum[change].hits += centre[change].probability * value.paths;
        sum[change].places += centre[change].expectedPlaces * value.paths;
      }
    }
    return this.done;
  }
}
