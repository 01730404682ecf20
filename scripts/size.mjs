#!/usr/bin/env node
// `npm run size`: what a page with opvang widgets downloads from the CDN build, as its visitors
// get it (minified, gzip level 9, each file on its own, as a server sends it), against the
// per-page budgets in packages/widgets/package.json ("pageBudgets": for each page, the entries
// it puts in script tags and the bytes it may weigh). A page weighs its entries and every chunk
// they import, transitively, read from the built files' import statements
// (packages/widgets/src/cdn/test-support/cdn-closure.mjs; src/cdn/page-closure.test.ts checks in
// Chromium that this is exactly what the browser requests). Sizes are deterministic, so the test
// command checks them. A page may also name a `target` (its budget: printed; `bytes` is at or
// under it) and `files`, the most files it may load.
//
// Exits 1 when a page is over its budget or names a file that was not built; when a file in
// cdn/ is neither an entry (cdn/opvang-*.js) nor a chunk (cdn/chunks/); or when any CDN file
// bundles zod (the rule in docs/development.md: browser models use the core's decoders; read
// from each file's source map, since `grep zod` also finds the Dutch word "zodra").
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { closureOf } from '../packages/widgets/src/cdn/test-support/cdn-closure.mjs';

const cdnDir = new URL('../packages/widgets/cdn/', import.meta.url);
const manifest = JSON.parse(
  readFileSync(new URL('../packages/widgets/package.json', import.meta.url), 'utf8'),
);
const pages = manifest.pageBudgets ?? {};

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
let files;
try {
  files = readdirSync(cdnDir, { recursive: true })
    .map((file) => String(file).replace(/\\/g, '/'))
    .filter((file) => file.endsWith('.js'))
    .sort();
} catch {
  console.error('No CDN build found: run the build first (npm run build).');
  process.exit(1);
}

let over = false;
const gzipped = new Map(
  files.map((file) => [file, gzipSync(readFileSync(new URL(file, cdnDir)), { level: 9 }).length]),
);

for (const file of files) {
  if (!/^opvang-[a-z-]+\.js$/.test(file) && !/^chunks\/[^/]+\.js$/.test(file)) {
    console.log(`${file}: neither an entry (cdn/opvang-*.js) nor a chunk (cdn/chunks/)`);
    over = true;
  }
}

console.log('page            files  min+gzip  budget            target');
for (const [name, { entries, bytes, target, files: maxFiles }] of Object.entries(pages)) {
  let closure;
  try {
    closure = closureOf(entries, cdnDir);
  } catch (error) {
    console.log(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    over = true;
    continue;
  }
  const total = closure.reduce((sum, file) => sum + (gzipped.get(file) ?? 0), 0);
  const verdict = total <= bytes ? `${kb(bytes)} ok` : `${kb(bytes)} OVER`;
  if (total > bytes) over = true;
  // A module that lands in a chunk of its own (a new shared module no named chunk takes in)
  // costs each page a request and a compression dictionary, often more than its bytes.
  if (maxFiles !== undefined && closure.length > maxFiles) {
    console.log(`${name}: loads ${closure.length} files, more than its ${maxFiles} ("files")`);
    over = true;
  }
  const aim =
    target === undefined
      ? '-'
      : total <= target
        ? `${kb(target)} met`
        : `${kb(target)} (${kb(total - target)} to go)`;
  console.log(
    `${name.padEnd(16)}${String(closure.length).padEnd(7)}${kb(total).padEnd(10)}${verdict.padEnd(18)}${aim}`,
  );
  console.log(`  ${closure.map((file) => `${file} ${kb(gzipped.get(file) ?? 0)}`).join(', ')}`);
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
process.exit(over ? 1 : 0);
