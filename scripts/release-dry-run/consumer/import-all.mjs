// Run by scripts/release-dry-run.mjs in the consumer project, as a Node user of the installed
// packages would: every subpath in the "exports" of @opvang/core and @opvang/widgets. A
// JavaScript subpath is imported as ESM, and required as CommonJS where the map offers it
// (a `require` or `default` condition). A types-only subpath's file must exist. A pattern
// (`./cdn/*`, `./schemas/*`) and a non-JavaScript subpath (`./custom-elements.json`) are
// resolved through the map and read as files, JSON parsed. The widgets' element modules run
// under Lit's Node build, which brings its own `customElements` and `HTMLElement`.
// Prints one JSON line with the counts; throws (exit 1) on the first subpath that fails.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

const require = createRequire(join(process.cwd(), 'package.json'));
const packages = ['@opvang/core', '@opvang/widgets'];
const counts = { imported: 0, required: 0, typesOnly: 0, files: 0 };

/** Every file under `dir`, as paths relative to it with `/`. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => name.split('\\').join('/'));
}

/** Reads a file through the exports map (require.resolve applies it) and parses JSON. */
function readThroughMap(specifier) {
  const path = require.resolve(specifier);
  const text = readFileSync(path, 'utf8');
  if (text.length === 0) throw new Error(`${specifier} is empty`);
  if (path.endsWith('.json')) JSON.parse(text);
  counts.files += 1;
}

for (const name of packages) {
  const dir = join(process.cwd(), 'node_modules', name);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  for (const [subpath, target] of Object.entries(manifest.exports)) {
    const specifier = `${name}${subpath.slice(1)}`;
    try {
      if (subpath.includes('*')) {
        const [prefix, suffix] = /** @type {string} */ (target).split('*');
        const base = join(dir, prefix);
        const matches = filesUnder(base).filter((file) => file.endsWith(suffix ?? ''));
        if (matches.length === 0) throw new Error(`no file matches ${target}`);
        const [keyPrefix] = subpath.split('*');
        for (const file of matches) readThroughMap(`${name}${keyPrefix.slice(1)}${file}`);
      } else if (typeof target === 'string') {
        readThroughMap(specifier);
      } else {
        const conditions = Object.keys(target).filter((condition) => condition !== 'types');
        if (conditions.length === 0) {
          const types = join(dir, target.types);
          if (!existsSync(types)) throw new Error(`its types ${target.types} are not shipped`);
          counts.typesOnly += 1;
          continue;
        }
        await import(specifier);
        counts.imported += 1;
        if (conditions.includes('require') || conditions.includes('default')) {
          require(specifier);
          counts.required += 1;
        }
      }
    } catch (error) {
      const where = relative(process.cwd(), dir);
      throw new Error(
        `${specifier} (${where}) failed: ${error instanceof Error ? error.stack : error}`,
        { cause: error },
      );
    }
  }
}
console.log(JSON.stringify(counts));
