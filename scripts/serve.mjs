#!/usr/bin/env node
// Serves the examples and the docs (scripts/examples-server.mjs) on this machine only, unless
// HOST names another interface. Port: $PORT, else the first free from 8000.
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { isLoopback, startExamplesServer } from './examples-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const host = process.env.HOST?.trim() || '127.0.0.1';

function isFree(port) {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => probe.close(() => resolve(true)))
      .listen(port, host);
  });
}

async function choosePort() {
  if (process.env.PORT) {
    const port = Number(process.env.PORT);
    if (!/^\d+$/.test(process.env.PORT.trim()) || port > 65_535)
      throw new Error(`PORT must be a whole number from 0 to 65535, not "${process.env.PORT}".`);
    return port;
  }
  for (let port = 8000; port < 8100; port += 1) if (await isFree(port)) return port;
  throw new Error('No free port between 8000 and 8099; set PORT.');
}

try {
  const server = await startExamplesServer({ root, host, port: await choosePort() });
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
