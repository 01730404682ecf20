#!/usr/bin/env node
// `npm run release:cdn`: the CDN files of @opvang/widgets as one zip a webmaster unzips on the
// municipality's own server, `release/opvang-widgets-cdn-<version>.zip`, with `integrity.json`
// (the SRI hash of each file, for the script tag's `integrity`) and a README.txt (nl + en).
//
// This script requires the build: it packs what is in packages/widgets/cdn/ and stops when a
// file is missing. `npm run release:cdn` builds the widgets (and the core they need) first.
//
// Only the .js files go in, the entries (opvang-*.js) and the chunks they import (chunks/*.js):
// they are what a page loads. The source maps stay out: a browser
// fetches them only when the developer tools are open, they are four times the size of the
// scripts, and whoever wants them has them in the npm package (cdn/*.js.map).
//
// The zip is deterministic (sorted entries, one fixed timestamp, fixed compression level), so
// the same build gives the same bytes, and the zip can be checked against a rebuild.
//
// Usage: node scripts/release-cdn.mjs [--out <dir>]   (default: release/ at the root)
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { strToU8, zipSync } from 'fflate';

const root = fileURLToPath(new URL('..', import.meta.url));
const widgetsDir = join(root, 'packages', 'widgets');
const cdnDir = join(widgetsDir, 'cdn');

/** The entries every release must carry: one per widget, and the one with all of them. */
export const expectedFiles = [
  'opvang-contact.js',
  'opvang-faq-facts.js',
  'opvang-faq.js',
  'opvang-info-market.js',
  'opvang-widgets.js',
];

// Every entry's timestamp: 2000-01-01 00:00. fflate writes a Date's local fields (a zip has no
// time zone), so the Date is made from local fields too: the same bytes in every time zone.
const FIXED_MTIME = new Date(2000, 0, 1, 0, 0, 0);

/** The SRI value for some bytes: `sha384-` and the base64 of their SHA-384 digest. */
export function sriHash(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

function readme(version, integrity) {
  const lines = Object.entries(integrity).map(([file, hash]) => `  ${file}\n    ${hash}`);
  return `opvang widgets ${version}: CDN files / CDN-bestanden

NEDERLANDS

Pak dit zip-bestand uit in een map op de server van de gemeente, bijvoorbeeld /opvang/.
Zet per pagina de scripttag van de widget die u gebruikt, met de hash uit integrity.json:

  <script type="module" src="/opvang/opvang-faq.js"
    integrity="sha384-..." crossorigin="anonymous"></script>

De browser voert het bestand alleen uit als de inhoud precies bij de hash past. Kopieer
de hele map, ook chunks/: de widgets laden daaruit wat ze delen (Lit, de opmaak, de
gedeelde code), één keer per pagina. De integrity op de scripttag dekt alleen dat ene
bestand; wie elk bestand wil vastleggen, zet de hashes van chunks/ in een import map met
"integrity" (uitleg in docs/webmaster.md, "Integriteit").
Uitleg per widget: docs/webmaster.md in de broncode van opvang.

ENGLISH

Unzip this file into a folder on the municipality's server, for example /opvang/.
On each page, add the script tag of the widget you use, with the hash from integrity.json:

  <script type="module" src="/opvang/opvang-faq.js"
    integrity="sha384-..." crossorigin="anonymous"></script>

The browser runs the file only if its content matches the hash exactly. Copy the whole
folder, chunks/ too: the widgets load what they share from there (Lit, the theme, the shared
code), once per page. The integrity on the script tag covers that one file only; to pin
every file, put the hashes of chunks/ in an import map with "integrity" (see
docs/webmaster.md, "Integrity").
Each widget explained: docs/webmaster.md in the opvang source code.

integrity.json / SRI hashes:
${lines.join('\n')}
`;
}

/**
 * Builds the zip's bytes from the files in `cdnDir` and returns them with its name and the
 * integrity map. Throws when a file of {@link expectedFiles} is missing (the build has not run).
 */
export function buildRelease(dir = cdnDir) {
  const { version } = JSON.parse(readFileSync(join(widgetsDir, 'package.json'), 'utf8'));
  if (!existsSync(dir)) {
    throw new Error(`${dir} does not exist: build the widgets first (npm run release:cdn does).`);
  }
  const present = readdirSync(dir, { recursive: true })
    .map((name) => String(name).replace(/\\/g, '/'))
    .filter((name) => name.endsWith('.js'))
    .sort();
  const missing = expectedFiles.filter((name) => !present.includes(name));
  if (missing.length > 0) {
    throw new Error(`Missing in ${dir}: ${missing.join(', ')}. Build the widgets first.`);
  }
  const integrity = {};
  const entries = {};
  for (const name of present) {
    const bytes = readFileSync(join(dir, name));
    integrity[name] = sriHash(bytes);
    entries[name] = bytes;
  }
  entries['integrity.json'] = strToU8(`${JSON.stringify(integrity, null, 2)}\n`);
  entries['README.txt'] = strToU8(readme(version, integrity));
  const sorted = Object.fromEntries(
    Object.keys(entries)
      .sort()
      .map((name) => [name, [entries[name], { mtime: FIXED_MTIME, level: 9 }]]),
  );
  return { name: `opvang-widgets-cdn-${version}.zip`, bytes: zipSync(sorted), integrity };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const outDir = resolve(values.out ?? join(root, 'release'));
  try {
    const { name, bytes, integrity } = buildRelease();
    mkdirSync(outDir, { recursive: true });
    const file = join(outDir, name);
    writeFileSync(file, bytes);
    console.log(`Wrote ${file} (${bytes.length} bytes)`);
    for (const [entry, hash] of Object.entries(integrity)) console.log(`  ${entry}  ${hash}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
