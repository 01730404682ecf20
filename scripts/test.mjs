#!/usr/bin/env node
// `npm test`: sets up what a fresh clone lacks (dependencies, a browser, the builds the
// tests load), then runs every test: the core's in Node (vitest), the widgets' in Chromium
// (@web/test-runner), both with coverage. Ends with each runner's counts and the total.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ensureChrome } from './ensure-chrome.mjs';
import { runPnpm } from './pnpm.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const resultsDir = `${root}.test-results`;

function step(title, args) {
  console.log(`\n▶ ${title}`);
  const { status } = runPnpm(args);
  return status === 0;
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

if (!step('Installing dependencies', ['install', '--frozen-lockfile'])) fail('pnpm install failed.');

let chrome;
try {
  chrome = ensureChrome();
  console.log(`\nBrowser for the widget tests: ${chrome}`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

if (!step('Building the packages', ['-r', 'build'])) fail('The build failed.');
if (!step('Type-checking sources and tests', ['-r', 'typecheck'])) fail('Type errors.');

rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const coreOk = step('Core tests (Node, vitest)', [
  '--filter',
  '@opvang/core',
  'exec',
  'vitest',
  'run',
  '--coverage',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${resultsDir}/core-vitest.json`,
]);
const widgetsOk = step('Widget tests (Chromium, @web/test-runner)', [
  '--filter',
  '@opvang/widgets',
  'exec',
  'wtr',
  '--coverage',
]);

const vitest = readCounts('core-vitest.json', undefined);
const core = vitest
  ? {
      passed: vitest.numPassedTests,
      failed: vitest.numFailedTests + (vitest.success === false && vitest.numFailedTests === 0 ? 1 : 0),
      skipped: vitest.numPendingTests + vitest.numTodoTests,
    }
  : { passed: 0, failed: 1, skipped: 0 };
const widgets = readCounts('widgets.json', { passed: 0, failed: 1, skipped: 0 });
if (!widgetsOk && widgets.failed === 0) widgets.failed = 1;
if (!coreOk && core.failed === 0) core.failed = 1;

const line = ({ passed, failed, skipped }) => `${passed} passed, ${failed} failed, ${skipped} skipped`;
const total = {
  passed: core.passed + widgets.passed,
  failed: core.failed + widgets.failed,
  skipped: core.skipped + widgets.skipped,
};
console.log('\nSummary (coverage reports: packages/*/coverage/)');
console.log(`core: ${line(core)}`);
console.log(`widgets: ${line(widgets)}`);
console.log(`total: ${line(total)}`);
process.exit(coreOk && widgetsOk && total.failed === 0 ? 0 : 1);
