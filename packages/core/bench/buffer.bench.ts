// Buffer planner: ours against straightforward implementations, in the same run, on the same
// generated network (300 centres, about 40 000 generic places, ten provinces, federal and
// partner operators) and the same forecast. Prints time per call for both and the ratio.
// Run: pnpm bench buffer   (from the repository root: npm run bench)
import { assess, defaultPolicy, plan, project, type Centre, type Forecast, type Network, type PlaceKind } from '../dist/buffer/index.js';
import { normal, seededRandom } from '../dist/buffer/random.js';
import { generateNetwork } from '../src/buffer/test-support/generate-network.js';

const network = generateNetwork({ centres: 300, places: 40_000, occupancy: 0.97 });
const places = network.reduce((sum, centre) => sum + (centre.places.generic?.active ?? 0) + (centre.places.generic?.buffer ?? 0), 0);
const forecast: Forecast = {
  kind: 'normal',
  weeks: Array.from({ length: 52 }, (_, week) => ({ inflow: { mean: 700 + 60 * Math.sin(week / 8), sd: 150 }, outflow: { mean: 690, sd: 90 } })),
};

// --- Straightforward baselines: plain objects, array methods, one place at a time. ---

function baselineAssess(input: Network) {
  const kinds = [...new Set(input.flatMap((centre) => Object.keys(centre.places)))] as PlaceKind[];
  return kinds.map((kind) => {
    const rows = input.filter((centre) => centre.places[kind] !== undefined).map((centre) => centre.places[kind]!);
    const active = rows.reduce((sum, row) => sum + row.active, 0);
    const occupied = rows.reduce((sum, row) => sum + row.occupied, 0);
    const band = kind === 'generic' ? defaultPolicy.generic : defaultPolicy.specific;
    const occupancy = occupied / active;
    return { kind, occupancy, status: occupancy > band.max ? 'above' : occupancy < band.min ? 'below' : 'within', gapToTarget: Math.round(occupied / band.target) - active };
  });
}

/** Greedy, one place per step, every candidate rescored and sorted each step. */
function baselinePlan(input: Network) {
  const state = input.map((centre) => ({ centre, active: centre.places.generic?.active ?? 0, occupied: centre.places.generic?.occupied ?? 0, buffer: centre.places.generic?.buffer ?? 0 }));
  const occupied = state.reduce((sum, row) => sum + row.occupied, 0);
  let gap = Math.round(occupied / defaultPolicy.generic.target) - state.reduce((sum, row) => sum + row.active, 0);
  const moves = new Map<string, number>();
  while (gap !== 0) {
    const activating = gap > 0;
    const total = state.reduce((sum, row) => sum + row.active, 0);
    const candidates = state
      .filter((row) => (activating ? row.buffer > 0 : row.active > row.occupied))
      .map((row) => {
        const provinceShare = state.filter((other) => other.centre.province === row.centre.province).reduce((sum, other) => sum + other.active, 0) / total;
        const costs = state.map((other) => other.centre.costPerPlacePerDay.active);
        const cost = (row.centre.costPerPlacePerDay.active - Math.min(...costs)) / (Math.max(...costs) - Math.min(...costs) || 1);
        const score = (row.active > 0 ? 1 : 0) + (activating ? 1 - cost : cost) + (activating ? 1 - provinceShare : provinceShare) + (row.centre.quality ?? 0.5);
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
  return { lines: [...moves], occupancy: occupied / state.reduce((sum, row) => sum + row.active, 0) };
}

/** The same simulation as ours, written with objects per path and array sorts. */
function baselineProject(input: Network, paths: number, seed: number) {
  const generic = input.map((centre) => centre.places.generic).filter((row) => row !== undefined);
  const totals = { active: generic.reduce((s, r) => s + r.active, 0), occupied: generic.reduce((s, r) => s + r.occupied, 0), buffer: generic.reduce((s, r) => s + r.buffer, 0) };
  const leadDays = input.reduce((s, c: Centre) => s + (c.places.generic?.buffer ?? 0) * c.activationLeadDays, 0) / totals.buffer;
  const leadWeeks = Math.ceil(leadDays / 7);
  const band = defaultPolicy.generic;
  const next = seededRandom(seed);
  const weeks = forecast.kind === 'normal' ? forecast.weeks : [];
  const byWeek: number[][] = weeks.map(() => []);
  for (let path = 0; path < paths; path += 1) {
    const state = { ...totals, pending: [] as Array<{ week: number; places: number }> };
    weeks.forEach((flows, week) => {
      const inflow = Math.max(0, Math.round(flows.inflow.mean + flows.inflow.sd * normal(next)));
      const outflow = Math.max(0, Math.round(flows.outflow.mean + flows.outflow.sd * normal(next)));
      state.occupied = Math.max(0, state.occupied + inflow - Math.min(outflow, state.occupied));
      const arriving = state.pending.filter((item) => item.week === week).reduce((s, item) => s + item.places, 0);
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
        const deactivate = Math.min(Math.max(0, state.active - wanted), state.active - state.occupied);
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

// --- Timing ---

function timePerCall(run: () => unknown, minimumMs = 300): number {
  run();
  let calls = 0;
  const begin = performance.now();
  while (performance.now() - begin < minimumMs || calls < 3) {
    run();
    calls += 1;
  }
  return (performance.now() - begin) / calls;
}

const format = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(1)} ms`);
function report(name: string, ours: number, baseline: number, target: string): void {
  console.log(`${name.padEnd(34)} ours ${format(ours).padStart(9)}   baseline ${format(baseline).padStart(9)}   ratio ${(baseline / ours).toFixed(0).padStart(5)}×   target: ${target}`);
}

console.log(`network: ${network.length} centres, ${places.toLocaleString('en-US')} generic places (active + buffer), 10 provinces; Node ${process.version}`);

const assessOurs = timePerCall(() => assess(network, defaultPolicy));
const assessBase = timePerCall(() => baselineAssess(network));
report('assess', assessOurs, assessBase, 'well under 1 ms');

const ourPlan = plan(network, defaultPolicy);
const basePlan = baselinePlan(network);
const planOurs = timePerCall(() => plan(network, defaultPolicy));
const planBase = timePerCall(() => baselinePlan(network), 1000);
report(`plan (${ourPlan.lines.reduce((s, l) => s + l.places, 0)} places moved)`, planOurs, planBase, 'well under 1 ms');
console.log(`  generic occupancy after: ours ${(ourPlan.after.occupancy.generic ?? 0).toFixed(4)}, baseline ${basePlan.occupancy.toFixed(4)}`);

const projection = project(network, defaultPolicy, forecast, { paths: 1000, seed: 11 });
if (!projection.ok) throw new Error(projection.error.message);
const baseProjection = baselineProject(network, 1000, 11);
const mismatched = projection.value.weeks.filter((week, index) => {
  const other = baseProjection[index]!;
  return Math.abs(week.occupancy.p10 - other.p10) > 1e-12 || Math.abs(week.occupancy.p50 - other.p50) > 1e-12 || Math.abs(week.occupancy.p90 - other.p90) > 1e-12;
}).length;
const projectOurs = timePerCall(() => project(network, defaultPolicy, forecast, { paths: 1000, seed: 11 }));
const projectBase = timePerCall(() => baselineProject(network, 1000, 11));
report('project, 52 weeks × 1 000 paths', projectOurs, projectBase, '≤ 50 ms');
if (mismatched > 0) {
  console.error(`${mismatched} weeks' quantiles differ from the baseline`);
  process.exit(1);
}
console.log('Projection quantiles identical to the baseline in every week.');
