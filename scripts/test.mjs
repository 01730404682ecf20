#!/usr/bin/env node
// `npm test`: sets up what a fresh clone lacks (dependencies, a browser, the builds the
// tests load), then runs every test: the core's in Node (vitest), the widgets' in Chromium
// (@web/test-runner), both with coverage, and lints with ESLint. Ends with each runner's
// counts and the total. Each suite runs under a time limit (`limits` below): a suite that hangs
// is killed, with every process it started, and fails the run, naming the suite.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureChrome } from './ensure-chrome.mjs';
import { runPnpm } from './pnpm.mjs';
import { runWithTimeLimit } from './time-limit.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const resultsDir = `${root}.test-results`;

// Whether the lint step also runs `prettier --check .` (`npm run format:check`). Off until the
// whole repository has been formatted once with `npm run format`; then set it to true.
const CHECK_FORMAT = true;

// Minutes each suite may take: about three times what it takes on a busy 2-core machine (CI),
// and a few minutes at least, so only a hang reaches them. Measured with coverage on such a
// machine: core 1.5-3 minutes, case-server 0.5, contact-receiver 0.3. OPVANG_TEST_TIME_SCALE
// multiplies them all (2 on a slower machine).
const limits = {
  lint: 5,
  format: 3,
  core: 8,
  'contact-receiver': 3,
  'case-server': 4,
  widgets: 15,
  scripts: 8,
  release: 10,
  size: 3,
};
const timeScale = Number(process.env.OPVANG_TEST_TIME_SCALE ?? 1) || 1;
/** The suites that hung, with the minutes after which they were killed. */
const hung = [];
/** How long each suite took, in seconds, printed with its counts: what its limit is set against. */
const seconds = {};

function step(title, args, options) {
  console.log(`\n▶ ${title}`);
  const { status } = runPnpm(args, options);
  return status === 0;
}

/**
 * Runs one suite (`command` and `args` from the repository root) under its time limit; resolves
 * to whether it passed. A suite that hangs is killed and noted in `hung`.
 */
async function suite(name, command, args, options = {}) {
  const limitMs = limits[name] * timeScale * 60_000;
  const started = performance.now();
  const { status, timedOut } = await runWithTimeLimit(command, args, {
    name: `${name} tests`,
    limitMs,
    cwd: root,
    env: { ...process.env, ...options.env },
  });
  if (timedOut) hung.push({ name, minutes: limits[name] * timeScale });
  seconds[name] = Math.round((performance.now() - started) / 1000);
  return status === 0;
}

/** `suite` for a pnpm command (through scripts/pnpm.mjs, which finds the pinned pnpm). */
function pnpmSuite(title, name, args, options) {
  console.log(`\n▶ ${title}`);
  return suite(name, process.execPath, ['scripts/pnpm.mjs', ...args], options);
}

function fail(message) {
  console.error(`\n✖ ${message}`);
  process.exit(1);
}

function readCounts(file, fallback) {
  try {
    return JSON.parse(readFileSync(`${resultsDir}/${file}`, 'utf8'));
  } catch {
    return fallback;
  }
}

if (!step('Installing dependencies', ['install', '--frozen-lockfile']))
  fail('pnpm install failed.');

let chrome;
try {
  chrome = ensureChrome();
  console.log(`\nBrowser for the widget tests: ${chrome}`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

if (!step('Building the packages', ['-r', 'build'])) fail('The build failed.');
if (!step('Type-checking sources and tests', ['-r', 'typecheck'])) fail('Type errors.');
// The API reference treats every warning as an error (typedoc.json): a public type left out of
// it, or a broken {@link}, fails here rather than in `npm start`.
if (!step('Building the API reference (typedoc)', ['run', 'docs:api']))
  fail('The API reference has warnings.');

rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const results = [];

// ESLint over the workspace (eslint.config.js); one result per file linted.
const lintCounts = `${resultsDir}/lint.json`;
const lintOk = await pnpmSuite(
  'lint (ESLint)',
  'lint',
  ['exec', 'eslint', '.', '--format', './scripts/eslint/summary-formatter.mjs'],
  {
    env: { OPVANG_LINT_COUNTS: lintCounts },
  },
);
const lint = readCounts('lint.json', { passed: 0, failed: 0, skipped: 0 });
if (!lintOk && lint.failed === 0) lint.failed = 1;
results.push({ name: 'lint', counts: lint });
if (CHECK_FORMAT) {
  const formatOk = await pnpmSuite('format (Prettier)', 'format', [
    'exec',
    'prettier',
    '--check',
    '.',
  ]);
  results.push({
    name: 'format',
    counts: formatOk ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 },
  });
}

// Node-side suites run with vitest; each writes its counts as JSON for the summary. The
// command lines are spelled out (not the packages' `test` scripts) for the JSON reporter.
const nodeSuites = [
  { name: 'core', filter: '@opvang/core' },
  { name: 'contact-receiver', filter: '@opvang/contact-receiver' },
  { name: 'case-server', filter: '@opvang/case-server' },
];
for (const nodeSuite of nodeSuites) {
  const ok = await pnpmSuite(`${nodeSuite.name} tests (Node, vitest)`, nodeSuite.name, [
    '--filter',
    nodeSuite.filter,
    'exec',
    'vitest',
    'run',
    '--coverage',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${resultsDir}/${nodeSuite.name}-vitest.json`,
  ]);
  const report = readCounts(`${nodeSuite.name}-vitest.json`, undefined);
  const counts = report
    ? {
        passed: report.numPassedTests,
        failed: report.numFailedTests,
        skipped: report.numPendingTests + report.numTodoTests,
      }
    : { passed: 0, failed: 0, skipped: 0 };
  // A suite that failed without a failed test (a file that did not load, a coverage
  // threshold missed) still counts as one failure, so the total never hides it.
  if (!ok && counts.failed === 0) counts.failed = 1;
  results.push({ name: nodeSuite.name, counts });
}

const widgetsOk = await pnpmSuite('widgets tests (Chromium, @web/test-runner)', 'widgets', [
  '--filter',
  '@opvang/widgets',
  'exec',
  'wtr',
  '--coverage',
]);
const widgets = readCounts('widgets.json', { passed: 0, failed: 0, skipped: 0 });
if (!widgetsOk && widgets.failed === 0) widgets.failed = 1;
results.push({ name: 'widgets', counts: widgets });

// The examples server behind `npm start`, as a real process, the local lint rule, the packed
// tarballs and the CDN release zip (node's own test runner).
console.log('\n▶ scripts tests (Node, node --test)');
const serverTap = `${resultsDir}/scripts.tap`;
const serverOk = await suite('scripts', process.execPath, [
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=tap',
  `--test-reporter-destination=${serverTap}`,
  'scripts/examples-server.test.mjs',
  'scripts/eslint/capability-imports.test.mjs',
  'scripts/packages.test.mjs',
  'scripts/jsx-types.test.mjs',
  'scripts/api-docs.test.mjs',
  'scripts/release-cdn.test.mjs',
  'scripts/time-limit.test.mjs',
]);
const tapCount = (name) => {
  const match = new RegExp(`^# ${name} (\\d+)$`, 'm').exec(
    existsSync(serverTap) ? readFileSync(serverTap, 'utf8') : '',
  );
  return match ? Number(match[1]) : 0;
};
const serverCounts = {
  passed: tapCount('pass'),
  failed: tapCount('fail') + tapCount('cancelled'),
  skipped: tapCount('skipped') + tapCount('todo'),
};
if (!serverOk && serverCounts.failed === 0) serverCounts.failed = 1;
results.push({ name: 'scripts', counts: serverCounts });

// The release dry run (npm run release:dry-run), on the build above; one result per step.
console.log('\n▶ release dry run (a temporary copy: version, pack, install, use)');
const releaseOk = await suite(
  'release',
  process.execPath,
  ['scripts/release-dry-run.mjs', '--prebuilt'],
  {
    env: { OPVANG_DRY_RUN_COUNTS: `${resultsDir}/release.json` },
  },
);
const releaseCounts = readCounts('release.json', { passed: 0, failed: 0, skipped: 0 });
if (!releaseOk && releaseCounts.failed === 0) releaseCounts.failed = 1;
results.push({ name: 'release', counts: releaseCounts });

// Bundle sizes are deterministic, so their budgets are checked here, as one result per budget.
console.log('\n▶ size budgets (CDN pages, min+gzip)');
const sizeOk = await suite('size', process.execPath, ['scripts/size.mjs']);
const budgetCount = Object.keys(
  JSON.parse(readFileSync(`${root}packages/widgets/package.json`, 'utf8')).pageBudgets ?? {},
).length;
results.push({
  name: 'size',
  counts: sizeOk
    ? { passed: budgetCount, failed: 0, skipped: 0 }
    : { passed: 0, failed: 1, skipped: 0 },
});

const line = ({ passed, failed, skipped }) =>
  `${passed} passed, ${failed} failed, ${skipped} skipped`;
const total = { passed: 0, failed: 0, skipped: 0 };
for (const { counts } of results) {
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
}
console.log('\nSummary (coverage reports: packages/*/coverage/, examples/*/coverage/)');
for (const { name, counts } of results) {
  const took =
    seconds[name] === undefined ? '' : ` (${seconds[name]} s of ${limits[name] * timeScale * 60})`;
  console.log(`${name}: ${line(counts)}${took}`);
}
console.log(`total: ${line(total)}`);
for (const { name, minutes } of hung)
  console.error(
    `\n✖ The ${name} tests hung and were killed after ${minutes} minutes. To find the test, run` +
      ' that suite alone; in the core, it is in the file whose fast-check seed line has no' +
      ' result after it (docs/development.md, "A test that hangs").',
  );
process.exit(total.failed === 0 ? 0 : 1);
