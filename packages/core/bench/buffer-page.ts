// The projection benchmark's page for Chromium (run by buffer-chromium.mjs, which bundles this
// file): ours, the baseline and, if given, an older build, one call each per round in
// alternating rounds, 52 weeks × 1000 paths; posts the timings to the runner.
import { defaultPolicy, project } from '../dist/buffer/index.js';
import { project as before } from 'buffer-before';
import {
  baselineProject,
  forecast,
  mismatchedWeeks,
  network,
  timeInterleaved,
} from './buffer-baseline.js';

// The page runs in Chromium; the package's type checking knows Node's globals only.
declare const navigator: { readonly userAgent: string; readonly hardwareConcurrency: number };

const ROUNDS = 41;

async function main(): Promise<void> {
  const runs: Record<string, () => unknown> = {
    ours: () => project(network, defaultPolicy, forecast, { paths: 1000, seed: 11 }),
    baseline: () => baselineProject(network, 1000, 11),
  };
  const older = before;
  if (older !== undefined)
    runs.before = () => older(network, defaultPolicy, forecast, { paths: 1000, seed: 11 });
  const projection = project(network, defaultPolicy, forecast, { paths: 1000, seed: 11 });
  const mismatched = projection.ok
    ? mismatchedWeeks(projection.value.weeks, baselineProject(network, 1000, 11, 'polar'))
    : -1;
  const times = timeInterleaved(runs, ROUNDS);
  await fetch('/result', {
    method: 'POST',
    body: JSON.stringify({
      userAgent: navigator.userAgent,
      cores: navigator.hardwareConcurrency,
      rounds: ROUNDS,
      mismatched,
      times,
    }),
  });
}

main().catch((error: unknown) =>
  fetch('/result', { method: 'POST', body: JSON.stringify({ error: String(error) }) }),
);
