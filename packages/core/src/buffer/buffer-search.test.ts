import { describe, expect, it } from 'vitest';
import { createBufferSearch } from './buffer-search.js';
import { defaultPolicy } from './policy.js';
import { requiredBuffer, type Forecast } from './project.js';
import { generateNetwork } from './test-support/generate-network.js';

// Short lead times, so that more buffer helps even in the first weeks.
const network = generateNetwork({ centres: 30, places: 3000, occupancy: 0.88, seed: 9 }).map(
  (centre) => ({ ...centre, activationLeadDays: 7 }),
);
const forecast: Forecast = {
  kind: 'normal',
  weeks: Array.from({ length: 16 }, (_, week) => ({
    inflow: { mean: 70 + 15 * Math.sin(week / 3), sd: 40 },
    outflow: { mean: 62, sd: 20 },
  })),
};
const tolerances = [0, 0.01, 0.05, 0.1, 0.2, 0.35, 0.5, 1];

describe('createBufferSearch', () => {
  it.each([1, 7, 2024])(
    'gives what requiredBuffer gives, for every tolerance, with seed %i',
    (seed) => {
      const search = createBufferSearch(network, defaultPolicy, forecast, { paths: 60, seed });
      if (!search.ok) throw new Error(search.error.message);
      const found = new Set<number | null>();
      for (const tolerance of tolerances) {
        const answer = search.value.required(tolerance);
        expect(answer, `tolerance ${tolerance}`).toEqual(
          requiredBuffer(network, defaultPolicy, forecast, {
            paths: 60,
            seed,
            maxProbabilityAbove: tolerance,
          }),
        );
        found.add(answer.ok ? answer.value.bufferPlaces : null);
      }
      // Not a test of one answer: the tolerances ask for different buffers.
      expect(found.size, [...found].join(', ')).toBeGreaterThanOrEqual(4);
    },
  );

  it('gives requiredBuffer’s “no buffer is enough”, and its search limit', () => {
    const surge: Forecast = {
      kind: 'normal',
      weeks: [{ inflow: { mean: 5000, sd: 0 }, outflow: { mean: 0, sd: 0 } }],
    };
    const options = { paths: 5, searchLimit: 200 };
    const search = createBufferSearch(network, defaultPolicy, surge, options);
    if (!search.ok) throw new Error(search.error.message);
    const answer = search.value.required(0.1);
    expect(answer.ok && answer.value.bufferPlaces).toBeNull();
    expect(answer).toEqual(
      requiredBuffer(network, defaultPolicy, surge, { ...options, maxProbabilityAbove: 0.1 }),
    );
  });

  it('projects each buffer size once, and a repeated tolerance not at all', () => {
    const search = createBufferSearch(network, defaultPolicy, forecast, { paths: 40, seed: 3 });
    if (!search.ok) throw new Error(search.error.message);
    search.value.required(0.1);
    const after = search.value.size;
    expect(after).toBeGreaterThan(5);
    expect(search.value.isReady(0.1)).toBe(true);
    search.value.required(0.1);
    expect(search.value.size).toBe(after);
    // The projection at the answer is in memory: the slider's chart needs no new one.
    const answer = search.value.required(0.1);
    const places = answer.ok ? answer.value.bufferPlaces : null;
    expect(places).not.toBeNull();
    const projection = search.value.projectionAt(places ?? 0);
    expect(projection.ok && projection.value.peakProbabilityAbove).toBe(
      answer.ok && answer.value.achievedProbability,
    );
    expect(search.value.size).toBe(after);
  });

  it('precomputes in small steps within a budget, then answers from memory', () => {
    const search = createBufferSearch(network, defaultPolicy, forecast, { paths: 40, seed: 5 });
    if (!search.ok) throw new Error(search.error.message);
    const grid = [0.2, 0.3, 0.4, 0.5];
    expect(grid.some((tolerance) => search.value.isReady(tolerance))).toBe(false);
    const first = search.value.precompute(grid, { maxProjections: 2 });
    expect(first).toEqual({ done: false, projected: 2 });
    // No time left: nothing is projected.
    expect(search.value.precompute(grid, { timeRemaining: () => 0 })).toEqual({
      done: false,
      projected: 0,
    });
    let rounds = 1;
    while (!search.value.precompute(grid, { maxProjections: 3 }).done) rounds += 1;
    expect(rounds).toBeGreaterThan(3);
    for (const tolerance of grid) expect(search.value.isReady(tolerance)).toBe(true);
    const size = search.value.size;
    for (const tolerance of grid)
      expect(search.value.required(tolerance)).toEqual(
        requiredBuffer(network, defaultPolicy, forecast, {
          paths: 40,
          seed: 5,
          maxProbabilityAbove: tolerance,
        }),
      );
    expect(search.value.size).toBe(size);
  });

  it('refuses a bad forecast, bad options and a bad tolerance as requiredBuffer does', () => {
    const bad = createBufferSearch(network, defaultPolicy, { kind: 'normal', weeks: [] });
    expect(bad.ok).toBe(false);
    expect(createBufferSearch(network, defaultPolicy, forecast, { searchLimit: -1 }).ok).toBe(
      false,
    );
    const search = createBufferSearch(network, defaultPolicy, forecast, { paths: 10 });
    if (!search.ok) throw new Error(search.error.message);
    const answer = search.value.required(1.5);
    expect(answer).toEqual(
      requiredBuffer(network, defaultPolicy, forecast, { paths: 10, maxProbabilityAbove: 1.5 }),
    );
    expect(answer.ok).toBe(false);
  });
});
