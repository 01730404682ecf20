// A capability is listed in two places by hand: `exports` in package.json (what users can
// import) and `entryPoints` in typedoc.json (what the API docs show). Both must name exactly
// the folders under src/ that have an index.ts, so a new capability cannot be forgotten in one.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const core = join(dirname(fileURLToPath(import.meta.url)), '..');
const readJson = (file: string): unknown => JSON.parse(readFileSync(join(core, file), 'utf8'));

const capabilities = readdirSync(join(core, 'src'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(core, 'src', entry.name, 'index.ts')))
  .map((entry) => entry.name)
  .sort();

const manifest = readJson('package.json') as { exports: Record<string, unknown> };
const typedoc = readJson('typedoc.json') as { entryPoints: string[] };

describe('the lists of capabilities', () => {
  it('finds the capabilities', () => {
    expect(capabilities).toContain('shared');
    expect(capabilities.length).toBeGreaterThanOrEqual(10);
  });

  it('exports each capability, types first, for import and require, the JSON Schemas and package.json, nothing else', () => {
    const expected: Record<string, unknown> = {};
    for (const name of capabilities) {
      expected[`./${name}`] = {
        types: `./dist/${name}/index.d.ts`,
        import: `./dist/${name}/index.js`,
        // `require()` from CommonJS: Node ≥ 20.19 loads these ES modules synchronously.
        default: `./dist/${name}/index.js`,
      };
    }
    // The JSON Schemas of the outside data, as files: `@opvang/core/schemas/faq.schema.json`.
    expected['./schemas/*'] = './schemas/*';
    expected['./package.json'] = './package.json';
    expect(manifest.exports).toEqual(expected);
    for (const name of capabilities) {
      expect(Object.keys(manifest.exports[`./${name}`] as object)[0]).toBe('types');
    }
  });

  it('documents each capability in typedoc.json', () => {
    expect([...typedoc.entryPoints].sort()).toEqual(
      capabilities.map((name) => `src/${name}/index.ts`),
    );
  });
});

describe('CommonJS', () => {
  it('can require() every capability (Node ≥ 20.19 loads ES modules synchronously)', () => {
    const built = capabilities.every((name) => existsSync(join(core, 'dist', name, 'index.js')));
    expect(built, 'build the core first (npm test does): dist/ is what require() loads').toBe(true);
    const script = capabilities
      .map(
        (name) =>
          `if (Object.keys(require('@opvang/core/${name}')).length === 0) throw new Error('${name} is empty');`,
      )
      .join('\n');
    const run = spawnSync(process.execPath, ['--input-type=commonjs', '-e', script], {
      cwd: core,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
