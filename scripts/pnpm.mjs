#!/usr/bin/env node
// Runs the pnpm version pinned in package.json#packageManager, whether or not pnpm is
// installed. A fresh machine has only Node and npm; `corepack pnpm` fails here on registry
// signatures, so we go through `npx -y pnpm@<version>` instead (cached after the first run).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The pnpm version the repository pins, e.g. `10.34.9`. */
export function pinnedPnpmVersion() {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const match = /^pnpm@(\d+\.\d+\.\d+)$/.exec(manifest.packageManager ?? '');
  if (!match) throw new Error('package.json#packageManager must be "pnpm@<x.y.z>"');
  return match[1];
}

function installedPnpmMatches(version) {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8', shell: false });
  return probe.status === 0 && probe.stdout.trim() === version;
}

/**
 * Runs pnpm with the given arguments in the repository root and returns the result of
 * `spawnSync` (its `status` is pnpm's exit code). Output goes straight to this process's
 * stdout and stderr unless `options.stdio` says otherwise.
 */
export function runPnpm(args, options = {}) {
  const version = pinnedPnpmVersion();
  const [command, prefix] = installedPnpmMatches(version)
    ? ['pnpm', []]
    : ['npx', ['--yes', `pnpm@${version}`]];
  const result = spawnSync(command, [...prefix, ...args], {
    cwd: options.cwd ?? root,
    stdio: options.stdio ?? 'inherit',
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
  });
  if (result.error) throw result.error;
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { status } = runPnpm(process.argv.slice(2));
  process.exit(status ?? 1);
}
