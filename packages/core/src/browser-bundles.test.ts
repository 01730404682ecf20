// What the browser gets: the capabilities the widgets run (the case widgets of issue 16 run
// step-plan and deadlines, the occupancy dashboard of issue 17 the buffer) bundled as a CDN build would bundle them, and their modules listed.
// The rule of docs/development.md ("Validation and its messages"): browser models validate with
// the core's decoders, so no zod module may be in such a bundle. `npm run size` checks the CDN
// files already built; this checks the capabilities before any widget uses them.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/** The little of esbuild's API used here (its types are not a dependency of the core). */
interface Bundler {
  build(options: {
    stdin: { contents: string; resolveDir: string; loader: 'ts' };
    bundle: true;
    minify: true;
    format: 'esm';
    platform: 'browser';
    write: false;
    metafile: true;
    logLevel: 'silent';
  }): Promise<{
    metafile: { inputs: Record<string, unknown> };
    outputFiles: { contents: Uint8Array }[];
  }>;
}

// esbuild comes with tsx, a devDependency of the core: resolved from there, so the test needs
// no dependency of its own and bundles the same sources the build compiles.
const require = createRequire(import.meta.url);
const esbuild = createRequire(require.resolve('tsx/package.json'))('esbuild') as Bundler;
const core = join(dirname(fileURLToPath(import.meta.url)), '..');

async function bundle(contents: string): Promise<{ modules: string[]; gzipped: number }> {
  const built = await esbuild.build({
    stdin: { contents, resolveDir: core, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const [file] = built.outputFiles;
  return {
    modules: Object.keys(built.metafile.inputs),
    gzipped: file === undefined ? 0 : gzipSync(file.contents, { level: 9 }).length,
  };
}

const fromPackage = (name: string) => (module: string) =>
  new RegExp(`node_modules/(?:\\.pnpm/)?${name}[@/]`).test(module);

const browserEntries = [
  [
    'step-plan (what the case widgets run)',
    "export { openCase, applyEvent, loadCase, caseStatus, describeCaseError } from './src/step-plan/index.ts';",
  ],
  ['deadlines', "export * from './src/deadlines/index.ts';"],
  ['buffer (what the occupancy dashboard runs)', "export * from './src/buffer/index.ts';"],
] as const;

describe('capabilities that run in the browser', { timeout: 30_000 }, () => {
  it.each(browserEntries)('%s bundles no zod', async (_, entry) => {
    const { modules, gzipped } = await bundle(entry);
    expect(modules.filter(fromPackage('zod'))).toEqual([]);
    expect(gzipped).toBeGreaterThan(1000);
  });

  it('keeps papaparse to the buffer: only the occupancy dashboard reads CSV', async () => {
    for (const [name, entry] of browserEntries) {
      const { modules } = await bundle(entry);
      expect(modules.filter(fromPackage('papaparse')).length > 0, name).toBe(
        name.startsWith('buffer'),
      );
    }
    // The public widgets' capabilities: none of them imports the buffer, so none gets papaparse.
    const publicWidgets = await bundle(
      [
        "export * from './src/faq/index.ts';",
        "export * from './src/contact/index.ts';",
        "export * from './src/info-market/index.ts';",
        "export * from './src/register/index.ts';",
        "export * from './src/catalogue/index.ts';",
      ].join('\n'),
    );
    expect(publicWidgets.modules.filter(fromPackage('papaparse'))).toEqual([]);
  });

  it('would see a package from node_modules in a bundle: step-plan lists ts-pattern', async () => {
    // The check above cannot pass by reading the wrong list: a dependency shows up in it.
    const { modules } = await bundle(browserEntries[0][1]);
    expect(modules.filter(fromPackage('ts-pattern')).length).toBeGreaterThan(0);
  });
});
