#!/usr/bin/env node
// Serves the examples and the docs (scripts/examples-server.mjs) on this machine only, unless
// HOST names another interface. Port: $PORT, else the first free from 8000.
import { fileURLToPath } from 'node:url';
import { isLoopback, startExamplesServer } from './examples-server.mjs';
import { choosePort } from './ports.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const host = process.env.HOST?.trim() || '127.0.0.1';

try {
  const server = await startExamplesServer({ root, host, port: await choosePort(host) });
  if (!isLoopback(host)) {
    console.warn(
      `\n⚠ HOST=${host}: the examples and docs are reachable from other machines on the network.`,
    );
    console.warn(
      '  Anyone who can reach this address can read them. Leave HOST unset to serve only this machine.',
    );
  }
  const base = server.url;
  console.log(`\nopvang examples: ${base}/examples/`);
  console.log(`API reference:   ${base}/docs/api/`);
  console.log('Press Ctrl+C to stop.');
} catch (error) {
  console.error(
    `\n✖ The examples server did not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
