#!/usr/bin/env node
// `npm run release:dry-run`: a release, proven end to end without publishing anything. In a
// temporary copy of the repository it runs what a release runs and then uses the result the
// way a developer and a webmaster would:
//   1. `changeset version` (the pending changesets become versions and CHANGELOGs);
//   2. build the packages and `pnpm pack` them (`workspace:^` becomes the new version range);
//   3. install the two tarballs into a fresh consumer project (npm, registry only for Lit,
//      zod, ts-pattern and React's types, from npm's cache when they are there);
//   4. import every subpath of both packages' "exports" in Node (ESM, and CJS where offered);
//   5. load every CDN entry of the installed package in Chromium under a strict CSP, and check
//      that its elements are defined and render, with no console error and no CSP violation;
//   6. type-check a React 19 TSX file that uses <opvang-faq content={...} /> with one
//      `import type {} from '@opvang/widgets/jsx/react'`, and one that must fail;
//   7. build the CDN zip (scripts/release-cdn.mjs) and check its integrity.json.
// Each step prints one line: step, result, seconds. On a failure it prints the tail of the
// failing command's output and exits 1 at the end; steps 4 to 7 are independent, so after a
// failure in one of them the others still run, while a failure in 0 to 3 skips the rest. The temporary folder is removed in every case
// (--keep leaves it, for a look inside).
//
// Why a copy of the tracked files, and not `git worktree add` or the built packages: the copy
// has what the working tree has, uncommitted edits included, so the dry run checks what is
// about to be committed; it touches nothing in the repository (a worktree registers itself in
// .git and is left behind when the run is killed; `changeset version` rewrites package.json
// files and deletes the changesets); and it builds from the sources, as a release does,
// rather than trusting whatever dist/ and cdn/ hold. Untracked files stay out, as they would
// from a release commit. The copy installs with `pnpm install --offline` from pnpm's store,
// which the working tree's own install has filled (a few seconds).
//
// Usage: node scripts/release-dry-run.mjs [--keep] [--prebuilt]
//   --prebuilt packs the working tree's build instead of building in the copy (npm test has
//   just built the same sources; this saves the build's minute).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import puppeteer from 'puppeteer-core';
import { ensureChrome } from './ensure-chrome.mjs';
import { pinnedPnpmVersion } from './pnpm.mjs';
import { controlPage, entryPage, tagsOf, widgets } from './release-dry-run/widgets.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'scripts', 'release-dry-run');

/** The policy of a strict municipal CMS, as issue 15 §6 asks. */
export const STRICT_CSP =
  "script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

/** How many lines of a failing command's output are shown. */
const TAIL_LINES = 40;

/** A failed step, with the output of the command that failed. */
class StepError extends Error {
  constructor(message, output = '') {
    super(message);
    this.output = output;
  }
}

const tail = (text) => text.trimEnd().split('\n').slice(-TAIL_LINES).join('\n');

/** Runs a command to its end; returns its output, or throws a StepError with it. */
function run(command, args, cwd, env = {}) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.error) throw new StepError(`${command} did not start: ${result.error.message}`);
  if (result.status !== 0) {
    throw new StepError(`\`${command} ${args.join(' ')}\` exited with ${result.status}`, output);
  }
  return output;
}

// `npx --yes pnpm@<version>` (scripts/pnpm.mjs): the pinned pnpm, installed or not. Output is
// captured here, so runPnpm's inherited stdio does not fit.
const pnpm = (args, cwd) => run('npx', ['--yes', `pnpm@${pinnedPnpmVersion()}`, ...args], cwd);

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** Copies the tracked files of the working tree (as they are now) into `target`. */
function copyTrackedFiles(target) {
  const listed = run('git', ['ls-files', '-z'], root).split('\0').filter(Boolean);
  let copied = 0;
  for (const file of listed) {
    const from = join(root, file);
    let stats;
    try {
      stats = lstatSync(from);
    } catch {
      continue; // deleted in the working tree, not yet committed
    }
    const to = join(target, file);
    mkdirSync(dirname(to), { recursive: true });
    if (stats.isSymbolicLink()) symlinkSync(readlinkSync(from), to);
    else cpSync(from, to, { preserveTimestamps: true });
    copied += 1;
  }
  return copied;
}

/** The .js files of a CDN folder that a page loads directly: the top-level `opvang-*.js`. */
const cdnEntries = (dir) =>
  readdirSync(dir)
    .filter((name) => /^opvang-[a-z-]+\.js$/.test(name))
    .sort();

/** Every .js file under a CDN folder, shared chunks included, as `/`-separated paths. */
const cdnScripts = (dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split(sep).join('/'))
    .filter((name) => name.endsWith('.js'))
    .sort();

/** Serves the CDN folder at /cdn/ and the test pages, every response with the strict CSP. */
async function serveCdn(cdnDir) {
  const types = { '.js': 'text/javascript', '.map': 'application/json' };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const headers = { 'content-security-policy': STRICT_CSP, 'cache-control': 'no-store' };
    const entry = /^\/entry\/(opvang-[a-z-]+\.js)\.html$/.exec(path)?.[1];
    if (entry) {
      response.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' });
      response.end(entryPage(entry));
      return;
    }
    if (path === '/favicon.ico') {
      response.writeHead(204, headers).end();
      return;
    }
    if (path === '/control.html') {
      response.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' });
      response.end(controlPage);
      return;
    }
    const file = normalize(join(cdnDir, path.replace(/^\/cdn\//, '')));
    const type = types[file.slice(file.lastIndexOf('.'))];
    if (path.startsWith('/cdn/') && file.startsWith(cdnDir + sep) && type && existsSync(file)) {
      response.writeHead(200, { ...headers, 'content-type': type });
      response.end(readFileSync(file));
      return;
    }
    response.writeHead(404, headers).end();
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { server, origin: `http://127.0.0.1:${port}` };
}

/**
 * Opens a page and returns what went wrong on it: console errors, uncaught errors, failed
 * requests and CSP violations (the `securitypolicyviolation` listener is added by the
 * DevTools protocol, which the page's CSP does not cover).
 */
async function openPage(browser, url) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems };
}

// The two functions below run in the page (puppeteer's page.evaluate), with its globals.
/* global document, customElements */

/** In the page: waits for each tag to be defined and to render its text. */
function checkWidgets(expected) {
  const deadline = Date.now() + 10_000;
  const wait = () => new Promise((done) => setTimeout(done, 25));
  return Promise.all(
    expected.map(async ({ tag, rendered }) => {
      while (!customElements.get(tag)) {
        if (Date.now() > deadline) return `${tag} is not defined`;
        await wait();
      }
      const element = document.querySelector(tag);
      if (!element) return `${tag} is not on the page`;
      await element.updateComplete;
      while (!(element.shadowRoot?.textContent ?? '').includes(rendered)) {
        if (Date.now() > deadline) return `${tag} does not show "${rendered}"`;
        await wait();
      }
      return undefined;
    }),
  ).then((results) => results.filter(Boolean));
}

/** In the page: whether Trusted Types are enforced (an HTML string is refused). */
function trustedTypesEnforced() {
  try {
    document.createElement('div').innerHTML = '<b>untrusted</b>';
    return false;
  } catch {
    return true;
  }
}

/** The Chromium of step 5 while it runs, for a signal to end. */
const running = { browser: undefined };

/** Loads every CDN entry in Chromium under the strict CSP; returns the entries checked. */
export async function loadCdnEntries(cdnDir, temp) {
  const entries = cdnEntries(cdnDir);
  if (entries.length === 0) throw new StepError(`no opvang-*.js in ${cdnDir}`);
  const { server, origin } = await serveCdn(cdnDir);
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? ensureChrome(),
    headless: true,
    // On a signal, dryRun kills Chromium itself before it removes the profile folder.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    userDataDir: join(temp, 'chrome-profile'),
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  running.browser = browser;
  const failures = [];
  try {
    // The control page breaks the CSP on purpose: if no problem is seen there, the checks
    // below could not see one either.
    const control = await openPage(browser, `${origin}/control.html`);
    // The violation's event, and its console message through the DevTools protocol, may come
    // after `load`: on a busy machine they did (one CI run failed here), so wait for it a while.
    const violated = () => control.problems.some((problem) => problem.includes('CSP violation'));
    for (let waited = 0; !violated() && waited < 5000; waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50));
    if (!violated()) {
      failures.push('the control page broke the CSP and no violation was seen');
    }
    if (!(await control.page.evaluate(trustedTypesEnforced))) {
      failures.push('Trusted Types are not enforced on the control page');
    }
    await control.page.close();
    for (const entry of entries) {
      const tags = tagsOf(entry);
      if (tags.length === 0) {
        failures.push(`${entry}: defines no known element (add it to release-dry-run/widgets.mjs)`);
        continue;
      }
      const expected = widgets.filter((widget) => tags.includes(widget.tag));
      const { page, problems } = await openPage(browser, `${origin}/entry/${entry}.html`);
      const missing = await page.evaluate(checkWidgets, expected);
      await page.close();
      for (const problem of [...missing, ...problems]) failures.push(`${entry}: ${problem}`);
    }
  } finally {
    running.browser = undefined;
    await browser.close();
    server.close();
  }
  if (failures.length > 0) throw new StepError('Chromium saw problems', failures.join('\n'));
  return entries;
}

/** The errors tsc reports, as `file(line)` with their code. */
const tscErrors = (output) =>
  [...output.matchAll(/^(\S+?)\((\d+),\d+\): error (TS\d+)/gm)].map(([, file, line, code]) => ({
    file,
    line: Number(line),
    code,
  }));

/** Checks a zip's integrity.json against its files, and its files against the npm package's. */
function checkZip(zipPath, installedCdn) {
  const files = unzipSync(readFileSync(zipPath));
  const integrity = JSON.parse(strFromU8(files['integrity.json'] ?? new Uint8Array()));
  const scripts = Object.keys(files)
    .filter((name) => name.endsWith('.js'))
    .sort();
  const problems = [];
  const listed = Object.keys(integrity).sort();
  if (JSON.stringify(listed) !== JSON.stringify(scripts)) {
    problems.push(`integrity.json lists ${listed.join(', ')}; the zip holds ${scripts.join(', ')}`);
  }
  for (const name of scripts) {
    const hash = `sha384-${createHash('sha384').update(files[name]).digest('base64')}`;
    if (integrity[name] !== hash) problems.push(`${name}: integrity.json has the wrong hash`);
    const installed = join(installedCdn, name);
    if (!existsSync(installed) || !readFileSync(installed).equals(Buffer.from(files[name]))) {
      problems.push(`${name} differs from the npm package's cdn/${name}`);
    }
  }
  for (const name of cdnScripts(installedCdn)) {
    if (!files[name]) problems.push(`the npm package's cdn/${name} is not in the zip`);
  }
  if (problems.length > 0)
    throw new StepError('the CDN zip does not check out', problems.join('\n'));
  return scripts.length;
}

/** The packages a changeset file names in its front matter (`'@opvang/core': minor`). */
function changesetPackages(file) {
  const frontMatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  return [...frontMatter.matchAll(/^\s*['"]?([^'":]+)['"]?\s*:/gm)].map(([, name]) => name);
}

/** The index of the last step the others depend on (3, the consumer's install). */
const LAST_PREREQUISITE = 3;

/** What `npm run build` leaves in the packages and `pnpm pack` ships. */
const BUILD_OUTPUTS = [
  'packages/core/dist',
  'packages/widgets/dist',
  'packages/widgets/cdn',
  'packages/widgets/custom-elements.json',
];

/** Copies the working tree's build into the copy, for --prebuilt. */
function copyBuild(copy) {
  const missing = BUILD_OUTPUTS.filter((path) => !existsSync(join(root, path)));
  if (missing.length > 0) {
    throw new StepError(`--prebuilt, but not built: ${missing.join(', ')} (run npm run build)`);
  }
  for (const path of BUILD_OUTPUTS) cpSync(join(root, path), join(copy, path), { recursive: true });
}

/**
 * Runs the dry run; returns how many steps passed, failed and were skipped after a failure. `prebuilt` packs the working tree's
 * build (copied in) instead of building in the copy: for `npm test`, which has just built the
 * same sources. The build does not depend on the version, so the tarballs are the same.
 */
export async function dryRun({ keep = false, prebuilt = false } = {}) {
  const temp = mkdtempSync(join(tmpdir(), 'opvang-dry-run-'));
  const copy = join(temp, 'repo');
  const tarballs = join(temp, 'tarballs');
  const consumer = join(temp, 'consumer');
  const state = {};
  const steps = [
    [
      '0 copy the repository',
      () => {
        const copied = copyTrackedFiles(copy);
        pnpm(['install', '--frozen-lockfile', '--offline'], copy);
        return `${copied} tracked files, installed from pnpm's store (--offline)`;
      },
    ],
    [
      '1 changeset version',
      () => {
        // The private example package is never versioned (.changeset/config.json).
        const privateManifests = run('git', ['ls-files', '*/package.json'], root)
          .split('\n')
          .filter((path) => path && readJson(join(root, path)).private === true);
        const privateBefore = privateManifests.map((path) => readJson(join(copy, path)).version);
        const pending = readdirSync(join(copy, '.changeset')).filter(
          (name) => name.endsWith('.md') && name !== 'README.md',
        );
        if (pending.length === 0) throw new StepError('no pending changesets: nothing to release');
        run(process.execPath, [join(copy, 'node_modules/@changesets/cli/bin.js'), 'version'], copy);
        const left = readdirSync(join(copy, '.changeset')).filter(
          (name) => name.endsWith('.md') && name !== 'README.md',
        );
        // A changeset that names only private packages stays: they are never versioned.
        const privateNames = new Set(
          privateManifests.map((path) => readJson(join(copy, path)).name),
        );
        const stuck = left.filter((name) =>
          changesetPackages(join(copy, '.changeset', name)).some((pkg) => !privateNames.has(pkg)),
        );
        if (stuck.length > 0) throw new StepError(`changesets left over: ${stuck.join(', ')}`);
        const kept = left.length > 0 ? ` (${left.join(', ')} kept: private packages only)` : '';
        for (const name of ['core', 'widgets']) {
          const dir = join(copy, 'packages', name);
          state[name] = readJson(join(dir, 'package.json')).version;
          const changelog = join(dir, 'CHANGELOG.md');
          if (
            !existsSync(changelog) ||
            !readFileSync(changelog, 'utf8').includes(`## ${state[name]}`)
          ) {
            throw new StepError(`packages/${name}/CHANGELOG.md has no section for ${state[name]}`);
          }
        }
        const versioned = privateManifests.filter(
          (path, index) => readJson(join(copy, path)).version !== privateBefore[index],
        );
        if (versioned.length > 0) {
          throw new StepError(`private packages were versioned: ${versioned.join(', ')}`);
        }
        const used = pending.length - left.length;
        return `${used} changesets: core ${state.core}, widgets ${state.widgets}${kept}`;
      },
    ],
    [
      prebuilt ? "2 pack (the working tree's build)" : '2 build and pack',
      () => {
        if (prebuilt) copyBuild(copy);
        else pnpm(['--filter', '@opvang/widgets...', 'build'], copy);
        mkdirSync(tarballs);
        const both = ['--filter', '@opvang/core', '--filter', '@opvang/widgets'];
        pnpm([...both, 'pack', '--pack-destination', tarballs], copy);
        state.tarballs = readdirSync(tarballs).sort();
        const widgetsTgz = state.tarballs.find((name) => name.includes('widgets'));
        if (state.tarballs.length !== 2 || !widgetsTgz) {
          throw new StepError(`expected two tarballs, got ${state.tarballs.join(', ')}`);
        }
        const manifest = run('tar', ['-xzOf', widgetsTgz, 'package/package.json'], tarballs);
        const range = JSON.parse(manifest).dependencies?.['@opvang/core'];
        if (range !== `^${state.core}` || manifest.includes('workspace:')) {
          throw new StepError(
            `@opvang/widgets depends on @opvang/core ${range}, not ^${state.core}`,
          );
        }
        return `${state.tarballs.join(', ')}; widgets needs @opvang/core ${range}`;
      },
    ],
    [
      '3 install into a fresh consumer',
      () => {
        cpSync(join(fixtures, 'consumer'), consumer, { recursive: true });
        const args = state.tarballs.map((name) => join(tarballs, name));
        run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', ...args], consumer);
        for (const name of ['core', 'widgets']) {
          const installed = readJson(join(consumer, 'node_modules/@opvang', name, 'package.json'));
          if (installed.version !== state[name]) {
            throw new StepError(
              `@opvang/${name} ${installed.version} installed, not ${state[name]}`,
            );
          }
        }
        if (existsSync(join(consumer, 'node_modules/@opvang/widgets/node_modules/@opvang/core'))) {
          throw new StepError('npm installed a second @opvang/core under @opvang/widgets');
        }
        return `@opvang/core ${state.core}, @opvang/widgets ${state.widgets}`;
      },
    ],
    [
      '4 import every subpath in Node',
      () => {
        const output = run(process.execPath, ['import-all.mjs'], consumer);
        const counts = JSON.parse(
          output
            .trim()
            .split('\n')
            .findLast((line) => line.startsWith('{')),
        );
        return `${counts.imported} imported, ${counts.required} required, ${counts.typesOnly} types only, ${counts.files} files read`;
      },
    ],
    [
      '5 load every CDN entry in Chromium (strict CSP)',
      async () => {
        const entries = await loadCdnEntries(
          join(consumer, 'node_modules/@opvang/widgets/cdn'),
          temp,
        );
        return `${entries.join(', ')}: defined and rendered, no errors`;
      },
    ],
    [
      '6 type-check a React 19 TSX file',
      () => {
        // One program with both files, so the shipped .d.ts are loaded and checked once: it
        // must report errors in wrong-type.tsx, on the marked line, and nowhere else.
        const result = spawnSync(
          process.execPath,
          [join(copy, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'],
          { cwd: consumer, encoding: 'utf8' },
        );
        const source = readFileSync(join(consumer, 'wrong-type.tsx'), 'utf8').split('\n');
        const line = source.findIndex((text) => text.includes('// wrong type')) + 1;
        const errors = tscErrors(result.stdout);
        const elsewhere = errors.filter((e) => e.file !== 'wrong-type.tsx' || e.line !== line);
        if (elsewhere.length > 0 || (result.status !== 0 && errors.length === 0)) {
          throw new StepError(
            `tsc reports errors outside wrong-type.tsx:${line}`,
            `${result.stdout}${result.stderr}`,
          );
        }
        if (errors.length === 0) {
          throw new StepError(`wrong-type.tsx compiles: content={42} must fail on line ${line}`);
        }
        return `app.tsx compiles; content={42} fails (${errors.map((e) => e.code).join(', ')})`;
      },
    ],
    [
      '7 build the CDN zip',
      () => {
        const out = join(temp, 'release');
        run(process.execPath, ['scripts/release-cdn.mjs', '--out', out], copy);
        const [zip, ...more] = readdirSync(out);
        if (zip !== `opvang-widgets-cdn-${state.widgets}.zip` || more.length > 0) {
          throw new StepError(`release-cdn wrote ${readdirSync(out).join(', ')}`);
        }
        const count = checkZip(join(out, zip), join(consumer, 'node_modules/@opvang/widgets/cdn'));
        return `${zip}: integrity.json matches its ${count} scripts and the npm package's cdn/`;
      },
    ],
  ];

  // Ctrl-C or a CI timeout: the temporary folder goes too (a child process gets the same
  // signal, so the step in progress ends first).
  const removeTemp = () => rmSync(temp, { recursive: true, force: true });
  const onSignal = async (signal) => {
    running.browser?.process()?.kill('SIGKILL');
    // Chromium's helper processes may still write to its profile for a moment.
    for (let attempt = 0; !keep && attempt < 20; attempt += 1) {
      try {
        removeTemp();
        break;
      } catch {
        await new Promise((done) => setTimeout(done, 250));
      }
    }
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  const counts = { passed: 0, failed: 0, skipped: 0 };
  let prerequisiteFailed = false;
  try {
    for (const [index, [title, action]] of steps.entries()) {
      if (prerequisiteFailed) {
        counts.skipped += 1;
        continue;
      }
      const start = performance.now();
      const seconds = () => ((performance.now() - start) / 1000).toFixed(1);
      try {
        const result = await action();
        console.log(`✔ ${title}: ${result} (${seconds()} s)`);
        counts.passed += 1;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        console.log(`✖ ${title}: ${message} (${seconds()} s)`);
        const output = error instanceof StepError ? error.output : error?.stack;
        if (output) console.log(tail(output).replace(/^/gm, '  │ '));
        counts.failed += 1;
        // Steps 0 to 3 make what the others use; after steps 4, 5 or 6 the rest still runs.
        if (index <= LAST_PREREQUISITE) prerequisiteFailed = true;
      }
    }
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
    if (keep) console.log(`Kept ${temp}`);
    else removeTemp();
  }
  return counts;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { keep: { type: 'boolean' }, prebuilt: { type: 'boolean' } },
  });
  const counts = await dryRun(values);
  // For npm test's summary (scripts/test.mjs), as the lint step does with OPVANG_LINT_COUNTS.
  const countsFile = process.env.OPVANG_DRY_RUN_COUNTS;
  if (countsFile) writeFileSync(countsFile, JSON.stringify(counts));
  process.exit(counts.failed === 0 ? 0 : 1);
}
