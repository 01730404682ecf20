#!/usr/bin/env node
// Makes sure the widget tests have a Chrome or Chromium to run in, and says which.
// Order: CHROME_PATH if set; else a Chromium/Chrome on the PATH; else, when we are root on
// a Debian-like machine, `apt-get install chromium`; else stop with instructions.
// Prints the browser's path on success; exits 1 with a message otherwise.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CANDIDATES = [
  'chromium',
  'chromium-browser',
  'google-chrome-stable',
  'google-chrome',
  'chrome',
];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function findOnPath() {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of CANDIDATES) {
    for (const dir of dirs) {
      const path = join(dir, name);
      if (isExecutable(path)) return path;
    }
  }
  return undefined;
}

function canInstallWithApt() {
  return (
    process.platform === 'linux' &&
    process.getuid?.() === 0 &&
    spawnSync('apt-get', ['--version']).status === 0
  );
}

function installChromium() {
  console.log(
    "No Chrome or Chromium found: installing Debian's chromium with apt-get (this takes a minute)...",
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', 'chromium'],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) return false;
  }
  return true;
}

const HELP = `
The widget tests need Chrome or Chromium, and none was found.

  - Install Chromium (Debian/Ubuntu: sudo apt-get install chromium), or
  - point the tests at a Chrome you have:
      CHROME_PATH=/path/to/chrome npm test
    e.g. on macOS:
      CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test
`;

/** Returns the path of the browser the tests will use, installing Chromium where allowed. */
export function ensureChrome() {
  const configured = process.env.CHROME_PATH;
  if (configured) {
    if (isExecutable(configured)) return configured;
    throw new Error(`CHROME_PATH is set to ${configured}, which is not an executable file.${HELP}`);
  }
  const found = findOnPath();
  if (found) return found;
  if (canInstallWithApt() && installChromium()) {
    const installed = findOnPath();
    if (installed) return installed;
  }
  throw new Error(HELP);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    console.log(`Browser for the widget tests: ${ensureChrome()}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
