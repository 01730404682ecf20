#!/usr/bin/env node
// `pnpm bench:chromium`: the projection benchmark (52 weeks × 1000 paths, ours against the
// baseline) in Chromium, as the buffer widget's slider would run it. Builds the package,
// bundles bench/buffer-page.ts with esbuild (tsx's own copy), serves it on 127.0.0.1, opens it
// in headless Chromium ($CHROME_PATH, else /usr/bin/chromium) and prints the medians.
// To time an older build beside them: BUFFER_BENCH_BEFORE=/path/to/old/packages/core/dist/buffer/index.js
// Not an assertion: timings depend on the machine; read them beside the baseline.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const require = createRequire(import.meta.url);
const build = spawnSync(
  process.execPath,
  [require.resolve('typescript/bin/tsc'), '-p', `${dir}../tsconfig.build.json`],
  { stdio: 'inherit' },
);
if (build.status !== 0) process.exit(1);

const esbuild = createRequire(require.resolve('tsx'))('esbuild');
const before = process.env.BUFFER_BENCH_BEFORE;
const bundle = await esbuild.build({
  entryPoints: [`${dir}buffer-page.ts`],
  bundle: true,
  write: false,
  format: 'esm',
  target: 'es2022',
  minify: true,
  plugins: [
    {
      name: 'buffer-before',
      setup(context) {
        context.onResolve({ filter: /^buffer-before$/ }, () =>
          before ? { path: before } : { path: 'none', namespace: 'buffer-before' },
        );
        context.onLoad({ filter: /.*/, namespace: 'buffer-before' }, () => ({
          contents: 'export const project = undefined;',
          loader: 'js',
        }));
      },
    },
  ],
});
const script = bundle.outputFiles[0].text;

const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const profile = mkdtempSync(join(tmpdir(), 'opvang-bench-'));
let browser;
const result = new Promise((resolve) => {
  const server = createServer((request, response) => {
    if (request.method === 'POST' && request.url === '/result') {
      let body = '';
      request.on('data', (chunk) => {
        body += chunk;
      });
      request.on('end', () => {
        response.end('ok');
        server.close();
        resolve(JSON.parse(body));
      });
      return;
    }
    if (request.url === '/bench.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(script);
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(
      '<!doctype html><meta charset="utf-8"><title>buffer bench</title><script type="module" src="/bench.js"></script>',
    );
  });
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    // Its own process group, so that the wrapper script and the browser it starts end together.
    browser = spawn(
      chrome,
      [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        `--user-data-dir=${profile}`,
        `http://127.0.0.1:${port}/`,
      ],
      { stdio: 'ignore', detached: true },
    );
  });
});
const timeout = setTimeout(async () => {
  console.error('Chromium did not report within 5 minutes');
  await stop();
  process.exit(1);
}, 300_000);
async function stop() {
  if (browser?.pid !== undefined && browser.exitCode === null) {
    const exited = new Promise((resolve) => browser.once('exit', resolve));
    try {
      process.kill(-browser.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
  }
  // The browser may still be writing its profile for a moment.
  try {
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  } catch {
    console.error(`left ${profile}`);
  }
}

const report = await result;
clearTimeout(timeout);
await stop();
if (report.error !== undefined) {
  console.error(report.error);
  process.exit(1);
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => `${value.toFixed(1)} ms`;
const ours = median(report.times.ours);
const baseline = median(report.times.baseline);
console.log(
  `${report.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? report.userAgent}, ${report.cores} cores; ${report.rounds} alternating rounds, medians`,
);
console.log(
  `project, 52 weeks × 1 000 paths    ours ${ms(ours).padStart(8)} (fastest ${ms(Math.min(...report.times.ours))})   baseline ${ms(baseline).padStart(8)}   ratio ${(baseline / ours).toFixed(1)}×   targets: ≥ 3×, ≤ 16 ms`,
);
if (report.times.before !== undefined) {
  const older = median(report.times.before);
  console.log(
    `  before (${before}): ${ms(older)}, ${(baseline / older).toFixed(1)}× the baseline; ours is ${(older / ours).toFixed(1)}× faster than before`,
  );
}
if (report.mismatched !== 0) {
  console.error(`${report.mismatched} weeks' quantiles differ from the baseline`);
  process.exit(1);
}
console.log(
  'Projection quantiles identical to the baseline (with the same normal draws) in every week.',
);
