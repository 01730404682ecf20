#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse (mobile, simulated throttling) on the example pages, each with
// and without the widget scripts, and prints CLS and TBT per page as the median of 3 runs.
// The targets (docs/guides): CLS 0, and TBT within 20 ms of the same page without the widgets.
// A measurement, not a gate: times depend on the machine and on what else runs on it.
//
// The pages are served on 127.0.0.1 by the examples server of `npm start`
// (scripts/examples-server.mjs), with the examples' CSP. "Without the widgets" is the same page with the module
// scripts of packages/widgets/cdn/ taken out at serve time (`?widgets=off`), so the fallback
// content shows: what a resident sees before the scripts run.
//
// Usage: node scripts/lighthouse.mjs [page.html …] [--runs N]   (default: faq, info-market, municipality)
// Chromium: $CHROME_PATH, else /usr/bin/chromium. Run `npm run build` first.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startExamplesServer } from './examples-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const runsFlag = args.indexOf('--runs');
const runs = runsFlag === -1 ? 3 : Number(args[runsFlag + 1]);
const named = args.filter(
  (arg, index) => !arg.startsWith('--') && (runsFlag === -1 || index !== runsFlag + 1),
);
const pages = named.length > 0 ? named : ['faq.html', 'info-market.html', 'municipality.html'];
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const WIDGET_SCRIPT =
  /\s*<script type="module" (?:blocking="render" )?src="[^"]*\/packages\/widgets\/cdn\/[^"]+"><\/script>/g;

/** The examples server of `npm start`; `?widgets=off` serves a page without its widget scripts. */
function serve() {
  return startExamplesServer({
    root,
    host: '127.0.0.1',
    port: 0,
    transformHtml: (html, url) =>
      url.searchParams.get('widgets') === 'off' ? html.replace(WIDGET_SCRIPT, '') : html,
  });
}

/** One Lighthouse run in a fresh profile; resolves to { cls, tbt } or rejects with its stderr. */
function lighthouse(url) {
  const profile = mkdtempSync(join(tmpdir(), 'opvang-lighthouse-'));
  const flags = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${profile}`,
  ];
  const cli = join(root, 'node_modules', 'lighthouse', 'cli', 'index.js');
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        cli,
        url,
        '--quiet',
        '--output=json',
        '--output-path=stdout',
        '--only-categories=performance',
        '--form-factor=mobile',
        `--chrome-flags=${flags.join(' ')}`,
      ],
      {
        env: { ...process.env, CHROME_PATH: chrome },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => {
      rmSync(profile, { recursive: true, force: true });
      if (code !== 0)
        return reject(
          new Error(
            `lighthouse exited with ${code}: ${stderr.trim().split('\n').slice(-5).join('\n')}`,
          ),
        );
      try {
        const report = JSON.parse(stdout);
        if (report.runtimeError) return reject(new Error(report.runtimeError.message));
        resolve({
          cls: report.audits['cumulative-layout-shift'].numericValue,
          tbt: report.audits['total-blocking-time'].numericValue,
        });
      } catch (error) {
        reject(error);
      }
    });
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

if (!existsSync(chrome)) {
  console.error(`No Chromium at ${chrome}; set CHROME_PATH.`);
  process.exit(1);
}
if (!existsSync(join(root, 'packages', 'widgets', 'cdn', 'opvang-faq.js'))) {
  console.error('The CDN files are not built yet: run `npm run build` first.');
  process.exit(1);
}
const server = await serve();
const { port } = server.address;
const rows = [];
try {
  for (const page of pages) {
    const measured = {};
    for (const variant of ['with', 'without']) {
      const url = `http://127.0.0.1:${port}/examples/${page}${variant === 'without' ? '?widgets=off' : ''}`;
      const results = [];
      // Runs one at a time: two Lighthouse runs side by side would slow each other down.
      for (let run = 0; run < runs; run += 1) {
        results.push(await lighthouse(url));
        process.stderr.write('.');
      }
      measured[variant] = {
        cls: median(results.map((result) => result.cls)),
        tbt: median(results.map((result) => result.tbt)),
      };
    }
    rows.push({ page, ...measured });
  }
} finally {
  server.close();
}
process.stderr.write('\n');
console.log(
  `Lighthouse ${runs > 1 ? `median of ${runs}` : '1 run'}, mobile; target: CLS 0 and TBT at most 20 ms above the page without widgets`,
);
console.log('page                 CLS with  CLS without  TBT with  TBT without  TBT added');
for (const { page, with: on, without: off } of rows) {
  const added = on.tbt - off.tbt;
  console.log(
    `${page.padEnd(20)} ${on.cls.toFixed(3).padStart(8)}  ${off.cls.toFixed(3).padStart(11)}  ${`${Math.round(on.tbt)} ms`.padStart(8)}  ${`${Math.round(off.tbt)} ms`.padStart(11)}  ${`${Math.round(added)} ms`.padStart(9)}${on.cls === 0 && added <= 20 ? '' : '  (over target)'}`,
  );
}
