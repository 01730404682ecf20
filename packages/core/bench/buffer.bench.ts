// Buffer planner: ours against straightforward implementations (./buffer-baseline.ts), in the
// same run, on the same generated network (300 centres, about 40 000 generic places, ten
// provinces, federal and partner operators) and the same forecast. Prints time per call for
// both and the ratio. The Chromium run of the projection is buffer-chromium.mjs.
// Run: pnpm bench buffer   (from the repository root: npm run bench)
// To time an older build beside them: BUFFER_BENCH_BEFORE=/path/to/old/packages/core/dist/buffer/index.js
import { assess, defaultPolicy, plan, project } from '../dist/buffer/index.js';
import {
  baselineAssess,
  baselinePlan,
  baselineProject,
  forecast,
  genericPlaces,
  median,
  mismatchedWeeks,
  network,
  timeInterleaved,
} from './buffer-baseline.js';

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
  console.log(
    `${name.padEnd(34)} ours ${format(ours).padStart(9)}   baseline ${format(baseline).padStart(9)}   ratio ${(baseline / ours).toFixed(baseline / ours < 10 ? 1 : 0).padStart(5)}×   target: ${target}`,
  );
}

console.log(
  `network: ${network.length} centres, ${genericPlaces.toLocaleString('en-US')} generic places (active + buffer), 10 provinces; Node ${process.version}`,
);

const assessOurs = timePerCall(() => assess(network, defaultPolicy));
const assessBase = timePerCall(() => baselineAssess(network));
report('assess', assessOurs, assessBase, 'well under 1 ms');

const ourPlan = plan(network, defaultPolicy);
const basePlan = baselinePlan(network);
const planOurs = timePerCall(() => plan(network, defaultPolicy));
const planBase = timePerCall(() => baselinePlan(network), 1000);
report(
  `plan (${ourPlan.lines.reduce((s, l) => s + l.places, 0)} places moved)`,
  planOurs,
  planBase,
  'well under 1 ms',
);
console.log(
  `  generic occupancy after: ours ${(ourPlan.after.occupancy.generic ?? 0).toFixed(4)}, baseline ${basePlan.occupancy.toFixed(4)}`,
);

// The projection: 52 weeks × 1000 paths, ours, the baseline and (if given) an older build of
// ours, one call each per round, in alternating rounds; medians.
const ROUNDS = 41;
const runs: Record<string, () => unknown> = {
  ours: () => project(network, defaultPolicy, forecast, { paths: 1000, seed: 11 }),
  baseline: () => baselineProject(network, 1000, 11),
};
const beforePath = process.env.BUFFER_BENCH_BEFORE;
if (beforePath !== undefined && beforePath !== '') {
  const before = (await import(beforePath)) as { project: typeof project };
  runs.before = () => before.project(network, defaultPolicy, forecast, { paths: 1000, seed: 11 });
}
const projection = project(network, defaultPolicy, forecast, { paths: 1000, seed: 11 });
if (!projection.ok) throw new Error(projection.error.message);
const mismatched = mismatchedWeeks(
  projection.value.weeks,
  baselineProject(network, 1000, 11, 'polar'),
);
const times = timeInterleaved(runs, ROUNDS);
const projectOurs = median(times.ours!);
const projectBase = median(times.baseline!);
report(
  'project, 52 weeks × 1 000 paths',
  projectOurs,
  projectBase,
  '≥ 3× the baseline; ≤ 16 ms in Chromium',
);
console.log(
  `  medians of ${ROUNDS} alternating rounds; fastest: ours ${format(Math.min(...times.ours!))}, baseline ${format(Math.min(...times.baseline!))}`,
);
if (times.before !== undefined) {
  const projectBefore = median(times.before);
  console.log(
    `  before (${beforePath}): ${format(projectBefore)}, ${(projectBase / projectBefore).toFixed(1)}× the baseline; ours is ${(projectBefore / projectOurs).toFixed(1)}× faster than before`,
  );
}
if (mismatched > 0) {
  console.error(`${mismatched} weeks' quantiles differ from the baseline`);
  process.exit(1);
}
console.log(
  'Projection quantiles identical to the baseline (with the same normal draws) in every week.',
);
