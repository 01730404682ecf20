#!/usr/bin/env node
// `pnpm bench`: runs every bench/*.bench.ts (or only those named on the command line) with
// tsx, one after the other so they do not compete for the CPU. Each benchmark runs our
// implementation and a straightforward baseline in the same process on the same inputs,
// checks that they agree, and prints both throughputs and the ratio.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
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
let failed = false;
for (const file of files) {
  console.log(`\n# ${file}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', `${dir}${file}`], { stdio: 'inherit' });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
