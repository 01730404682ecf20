#!/usr/bin/env node
// Serves the repository root over HTTP for the examples and the docs, with the strict
// Content Security Policy and Trusted Types a careful municipality would set on /examples/,
// so the examples prove the widgets work under it. Port: $PORT, else the first free from 8000.
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';

const root = fileURLToPath(new URL('..', import.meta.url));

export const EXAMPLES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self' http://localhost:* http://127.0.0.1:*",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

function isFree(port) {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => probe.close(() => resolve(true)))
      .listen(port, '127.0.0.1');
  });
}

async function choosePort() {
  if (process.env.PORT) return Number(process.env.PORT);
  for (let port = 8000; port < 8100; port += 1) if (await isFree(port)) return port;
  throw new Error('No free port between 8000 and 8099; set PORT.');
}

const cspForExamples = (context, next) => {
  if (context.path.startsWith('/examples/')) context.set('Content-Security-Policy', EXAMPLES_CSP);
  return next();
};

const port = await choosePort();
await startDevServer({
  config: { rootDir: root, port, hostname: 'localhost', nodeResolve: false, middleware: [cspForExamples] },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`\nopvang examples: http://localhost:${port}/examples/`);
console.log(`API reference:   http://localhost:${port}/docs/api/`);
console.log('Press Ctrl+C to stop.');
