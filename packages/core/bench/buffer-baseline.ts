// The buffer benchmark's inputs and its straightforward baselines, shared by the Node run
// (buffer.bench.ts) and the Chromium run (buffer-chromium.mjs, buffer-page.ts). Baselines use
// plain objects, array methods, one place at a time: what one writes without thinking about speed.
import type { Centre, Forecast, Network, PlaceKind } from '../dist/buffer/index.js';
import { defaultPolicy } from '../dist/buffer/index.js';
import { closureRandom } from '../src/buffer/test-support/closure-random.js';
import { generateNetwork } from '../src/buffer/test-support/generate-network.js';

/** 300 centres, about 40 000 generic places, ten provinces, federal and partner operators, above the band. */
export const network = generateNetwork({ centres: 300, places: 40_000, occupancy: 0.97 });
export const genericPlaces = network.reduce(
  (sum, centre) =>
    sum + (centre.places.generic?.active ?? 0) + (centre.places.generic?.buffer ?? 0),
  0,
);

/** 52 weeks, inflow swinging around outflow: the size of the widget's projection. */
export const forecast: Forecast = {
  kind: 'normal',
  weeks: Array.from({ length: 52 }, (_, week) => ({
    inflow: { mean: 700 + 60 * Math.sin(week / 8), sd: 150 },
    outflow: { mean: 690, sd: 90 },
  })),
};

/** Box–Muller, one value from two closure draws: the baseline's normal draw. */
export function closureNormal(next: () => number): number {
  const u = 1 - next();
  const v = next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

export function baselineAssess(input: Network) {
  const kinds = [...new Set(input.flatMap((centre) => Object.keys(centre.places)))] as PlaceKind[];
  return kinds.map((kind) => {
    const rows = input
      .filter((centre) => centre.places[kind] !== undefined)
      .map((centre) => centre.places[kind]!);
    const active = rows.reduce((sum, row) => sum + row.active, 0);
    const occupied = rows.reduce((sum, row) => sum + row.occupied, 0);
    const band = kind === 'generic' ? defaultPolicy.generic : defaultPolicy.specific;
    const occupancy = occupied / active;
    return {
      kind,
      occupancy,
      status: occupancy > band.max ? 'above' : occupancy < band.min ? 'below' : 'within',
      gapToTarget: Math.round(occupied / band.target) - active,
    };
  });
}

/** Greedy, one place per step, every candidate rescored and sorted each step. */
export function baselinePlan(input: Network) {
  const state = input.map((centre) => ({
    centre,
    active: centre.places.generic?.active ?? 0,
    occupied: centre.places.generic?.occupied ?? 0,
    buffer: centre.places.generic?.buffer ?? 0,
  }));
  const occupied = state.reduce((sum, row) => sum + row.occupied, 0);
  let gap =
    Math.round(occupied / defaultPolicy.generic.target) -
    state.reduce((sum, row) => sum + row.active, 0);
  const moves = new Map<string, number>();
  while (gap !== 0) {
    const activating = gap > 0;
    const total = state.reduce((sum, row) => sum + row.active, 0);
    const candidates = state
      .filter((row) => (activating ? row.buffer > 0 : row.active > row.occupied))
      .map((row) => {
        const provinceShare =
          state
            .filter((other) => other.centre.province === row.centre.province)
            .reduce((sum, other) => sum + other.active, 0) / total;
        const costs = state.map((other) => other.centre.costPerPlacePerDay.active);
        const cost =
          (row.centre.costPerPlacePerDay.active - Math.min(...costs)) /
          (Math.max(...costs) - Math.min(...costs) || 1);
        const score =
          (row.active > 0 ? 1 : 0) +
          (activating ? 1 - cost : cost) +
          (activating ? 1 - provinceShare : provinceShare) +
          (row.centre.quality ?? 0.5);
        return { row, score };
      })
      .sort((a, b) => b.score - a.score);
    const best = candidates[0];
    if (best === undefined) break;
    best.row.active += activating ? 1 : -1;
    best.row.buffer -= activating ? 1 : -1;
    moves.set(best.row.centre.id, (moves.get(best.row.centre.id) ?? 0) + 1);
    gap += activating ? -1 : 1;
  }
  return {
    lines: [...moves],
    occupancy: occupied / state.reduce((sum, row) => sum + row.active, 0),
  };
}

/**
 * The polar method, naively: a pair of normal draws as a new array, from closure draws. Ours
 * draws the same pairs; the benchmark runs the baseline with it once, to check that both
 * simulations agree exactly, and times it with {@link closureNormal}, the baseline as it was.
 */
export function closurePolarPair(next: () => number): [number, number] {
  for (;;) {
    const u = 2 * next() - 1;
    const v = 2 * next() - 1;
    const square = u * u + v * v;
    if (square >= 1 || square === 0) continue;
    const factor = Math.sqrt((-2 * Math.log(square)) / square);
    return [u * factor, v * factor];
  }
}

/**
 * The same simulation as ours, written with objects per path and array sorts. Its weekly
 * draws: `box-muller` (what the baseline has always timed: one value per two closure draws)
 * or `polar` (the same pairs as ours).
 */
export function baselineProject(
  input: Network,
  paths: number,
  seed: number,
  draws: 'box-muller' | 'polar' = 'box-muller',
) {
  const generic = input.map((centre) => centre.places.generic).filter((row) => row !== undefined);
  const totals = {
    active: generic.reduce((s, r) => s + r.active, 0),
    occupied: generic.reduce((s, r) => s + r.occupied, 0),
    buffer: generic.reduce((s, r) => s + r.buffer, 0),
  };
  const leadDays =
    input.reduce((s, c: Centre) => s + (c.places.generic?.buffer ?? 0) * c.activationLeadDays, 0) /
    totals.buffer;
  const leadWeeks = Math.ceil(leadDays / 7);
  const band = defaultPolicy.generic;
  const next = closureRandom(seed);
  const weeks = forecast.kind === 'normal' ? forecast.weeks : [];
  const byWeek: number[][] = weeks.map(() => []);
  for (let path = 0; path < paths; path += 1) {
    const state = { ...totals, pending: [] as Array<{ week: number; places: number }> };
    weeks.forEach((flows, week) => {
      const [inflowDraw, outflowDraw] =
        draws === 'polar' ? closurePolarPair(next) : [closureNormal(next), closureNormal(next)];
      const inflow = Math.max(0, Math.round(flows.inflow.mean + flows.inflow.sd * inflowDraw));
      const outflow = Math.max(0, Math.round(flows.outflow.mean + flows.outflow.sd * outflowDraw));
      state.occupied = Math.max(0, state.occupied + inflow - Math.min(outflow, state.occupied));
      const arriving = state.pending
        .filter((item) => item.week === week)
        .reduce((s, item) => s + item.places, 0);
      state.pending = state.pending.filter((item) => item.week !== week);
      state.active += arriving;
      const inFlight = state.pending.reduce((s, item) => s + item.places, 0);
      const occupancy = state.occupied / state.active;
      const wanted = Math.round(state.occupied / band.target);
      if (state.occupied > 0 && occupancy > band.target) {
        const activate = Math.min(Math.max(0, wanted - state.active - inFlight), state.buffer);
        if (activate > 0) {
          state.buffer -= activate;
          if (leadWeeks === 0) state.active += activate;
          else state.pending.push({ week: week + leadWeeks, places: activate });
        }
      } else if (state.occupied > 0 && occupancy < band.min) {
        const deactivate = Math.min(
          Math.max(0, state.active - wanted),
          state.active - state.occupied,
        );
        state.active -= deactivate;
        state.buffer += deactivate;
      }
      byWeek[week]!.push(state.occupied / state.active);
    });
  }
  return byWeek.map((values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (q: number) => {
      const position = (sorted.length - 1) * q;
      const lower = Math.floor(position);
      const upper = Math.min(lower + 1, sorted.length - 1);
      return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
    };
    return { p10: at(0.1), p50: at(0.5), p90: at(0.9) };
  });
}

/** Weeks whose P10, P50 or P90 differ between a projection and the baseline's. */
export function mismatchedWeeks(
  ours: ReadonlyArray<{
    readonly occupancy: { readonly p10: number; readonly p50: number; readonly p90: number };
  }>,
  baseline: ReadonlyArray<{ p10: number; p50: number; p90: number }>,
): number {
  return ours.filter((week, index) => {
    const other = baseline[index];
    return (
      other === undefined ||
      Math.abs(week.occupancy.p10 - other.p10) > 1e-12 ||
      Math.abs(week.occupancy.p50 - other.p50) > 1e-12 ||
      Math.abs(week.occupancy.p90 - other.p90) > 1e-12
    );
  }).length;
}

/** Median of some timings, in ms. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Times several implementations in alternating rounds, one call each per round, after a
 * warm-up: on a shared machine the load changes during a run, and alternating exposes all of
 * them to the same load. Returns every call's time in ms, per name.
 */
export function timeInterleaved(
  runs: Readonly<Record<string, () => unknown>>,
  rounds: number,
  warmUp = 5,
): Record<string, number[]> {
  const names = Object.keys(runs);
  const times: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = -warmUp; round < rounds; round += 1) {
    for (const name of names) {
      const begin = performance.now();
      runs[name]!();
      const elapsed = performance.now() - begin;
      if (round >= 0) times[name]!.push(elapsed);
    }
  }
  return times;
}
