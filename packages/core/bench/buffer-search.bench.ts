// The risk-tolerance slider: one step of createBufferSearch (its memory filled for a grid of
// tolerances, as the dashboard does in idle time) against requiredBuffer from scratch, on the
// benchmark's network of 300 centres at 90% (so that every tolerance asks a different buffer)
// and its 52-week forecast, 1000 paths. Checks that both give the same answers.
// Run: pnpm bench buffer-search   (from the repository root: npm run bench -- buffer-search)
import { createBufferSearch, defaultPolicy, requiredBuffer } from '../dist/buffer/index.js';
import { generateNetwork } from '../src/buffer/test-support/generate-network.js';
import { forecast, median } from './buffer-baseline.js';

const network = generateNetwork({ centres: 300, places: 40_000, occupancy: 0.9 });
const options = { paths: 1000, seed: 11 } as const;
const format = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(1)} ms`);
const time = (run: () => unknown): number => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

console.log(
  `network: ${network.length} centres at 90% generic occupancy; 52 weeks × ${options.paths} paths; Node ${process.version}`,
);

// requiredBuffer from scratch: a full bisection, about 20 projections.
const scratch = Array.from({ length: 7 }, (_, round) =>
  time(() =>
    requiredBuffer(network, defaultPolicy, forecast, {
      ...options,
      maxProbabilityAbove: [0.05, 0.1, 0.2][round % 3] ?? 0.1,
    }),
  ),
);
console.log(
  `requiredBuffer from scratch          ${format(median(scratch)).padStart(9)} (median of 7)`,
);

const created = createBufferSearch(network, defaultPolicy, forecast, options);
if (!created.ok) throw new Error(created.error.message);
const search = created.value;
const grid = Array.from({ length: 30 }, (_, index) => (index + 1) / 100);
let steps = 0;
let projected = 0;
const filling = time(() => {
  for (;;) {
    const step = search.precompute(grid, { maxProjections: 1 });
    steps += 1;
    projected += step.projected;
    if (step.done) break;
  }
});
console.log(
  `precompute 30 tolerances 1%–30%      ${format(filling).padStart(9)} in ${projected} projections of ${format(filling / Math.max(1, projected))}, one per idle step (${steps} steps)`,
);

// A slider step on the grid: every projection is in memory.
const onGrid = Array.from({ length: 301 }, (_, index) =>
  time(() => search.required(grid[(index * 7) % grid.length] ?? 0.1)),
);
console.log(
  `slider step, tolerance on the grid   ${format(median(onGrid)).padStart(9)} (median of 301): ${(median(scratch) / median(onGrid)).toFixed(0)}× faster than from scratch`,
);

// A slider step between grid points: the search shares its first steps with its neighbours'.
const between: number[] = [];
const newProjections: number[] = [];
for (let index = 0; index < 29; index += 1) {
  const before = search.size;
  between.push(time(() => search.required(0.015 + index / 100)));
  newProjections.push(search.size - before);
}
console.log(
  `slider step, between grid points     ${format(median(between)).padStart(9)} (median of 29), ${median(newProjections)} new projections (median; from scratch: about 20)`,
);

for (const tolerance of [0.05, 0.1, 0.155]) {
  const expected = JSON.stringify(
    requiredBuffer(network, defaultPolicy, forecast, {
      ...options,
      maxProbabilityAbove: tolerance,
    }),
  );
  if (JSON.stringify(search.required(tolerance)) !== expected) {
    console.error(`createBufferSearch and requiredBuffer differ at tolerance ${tolerance}`);
    process.exit(1);
  }
}
console.log('createBufferSearch gives what requiredBuffer gives (checked at 5%, 10%, 15.5%).');
