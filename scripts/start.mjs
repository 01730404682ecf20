#!/usr/bin/env node
// `npm start`: installs, builds the packages and the API docs, then serves examples/ and
// docs/ on a local port and prints the URL.
import { runPnpm } from './pnpm.mjs';

function step(title, args) {
  console.log(`\n▶ ${title}`);
  if (runPnpm(args).status !== 0) {
    console.error(`\n✖ ${title} failed.`);
    process.exit(1);
  }
}

step('Installing dependencies', ['install', '--frozen-lockfile']);
step('Building the packages', ['-r', 'build']);
step('Building the API reference', ['run', 'docs:api']);
// Imported only now: @web/dev-server is a dependency that the install above brings.
await import(new URL('./serve.mjs', import.meta.url).href);
