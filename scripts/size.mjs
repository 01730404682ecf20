#!/usr/bin/env node
// `npm run size`: the weight of each CDN file as a webmaster's visitors download it
// (minified, gzip level 9), against the budgets in packages/widgets/package.json
// ("sizeBudgets", bytes). Sizes are deterministic, so the test command checks them.
// Exits 1 when a file is over its budget or a budgeted file is missing, or when a CDN file
// bundles zod (the rule in docs/development.md: browser models use the core's decoders; read
// from each file's source map, since `grep zod` also finds the Dutch word "zodra").
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const cdnDir = new URL('../packages/widgets/cdn/', import.meta.url);
const manifest = JSON.parse(
  readFileSync(new URL('../packages/widgets/package.json', import.meta.url), 'utf8'),
);
const budgets = manifest.sizeBudgets ?? {};

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
let files;
try {
  files = readdirSync(cdnDir)
    .filter((file) => file.endsWith('.js'))
    .sort();
} catch {
  console.error('No CDN build found: run the build first (npm run build).');
  process.exit(1);
}

let over = false;
console.log('file                          min       min+gzip  budget');
for (const file of files) {
  const source = readFileSync(new URL(file, cdnDir));
  const gzipped = gzipSync(source, { level: 9 }).length;
  const budget = budgets[file];
  const verdict =
    budget === undefined ? '-' : gzipped <= budget ? `${kb(budget)} ok` : `${kb(budget)} OVER`;
  if (budget !== undefined && gzipped > budget) over = true;
  console.log(
    `${file.padEnd(30)}${kb(source.length).padEnd(10)}${kb(gzipped).padEnd(10)}${verdict}`,
  );
}
for (const file of files) {
  let sources = [];
  try {
    sources = JSON.parse(readFileSync(new URL(`${file}.map`, cdnDir), 'utf8')).sources ?? [];
  } catch {
    console.log(`${file}: no source map, so it cannot be checked for zod`);
    over = true;
  }
  const zod = sources.filter((source) => /\/node_modules\/(?:\.pnpm\/)?zod[@/]/.test(source));
  if (zod.length > 0) {
    console.log(
      `${file}: bundles zod (${zod.length} modules, e.g. ${zod[0]}); browser models use the decoders`,
    );
    over = true;
  }
}
for (const file of Object.keys(budgets)) {
  if (!files.includes(file)) {
    console.log(`${file}: budgeted but not built`);
    over = true;
  }
}
process.exit(over ? 1 : 0);
