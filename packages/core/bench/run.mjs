#!/usr/bin/env node
// `pnpm bench`: builds the package, then runs every bench/*.bench.ts (or only those named on the
// command line) with tsx, one after the other so they do not compete for the CPU. Each benchmark runs our
// implementation and a straightforward baseline in the same process on the same inputs,
// checks that they agree, and prints both throughputs and the ratio.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => wanted.length === 0 || wanted.some((name) => file.startsWith(name)))
  .sort();
if (files.length === 0 && wanted.length === 0) {
  console.log(`No benchmarks in ${dir} yet.`);
  process.exit(0);
}
if (files.length === 0) {
  console.error(`No benchmark matches ${wanted.join(', ') || '*'} in ${dir}`);
  process.exit(1);
}
// Benchmarks measure the built package, as users run it (tsx would add its own wrappers to
// every function created in a hot loop); inputs and baselines may come from src.
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const build = spawnSync(process.execPath, [tsc, '-p', `${dir}../tsconfig.build.json`], {
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(1);

let failed = false;
for (const file of files) {
  console.log(`\n# ${file}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', `${dir}${file}`], {
    stdio: 'inherit',
  });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
