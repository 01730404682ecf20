#!/usr/bin/env node
// `npm start`: installs, builds the packages and the API docs, then serves examples/ and
// docs/ on this machine and prints the URL. What the tools print along the way (pnpm's
// progress, the build's and typedoc's notes) goes to .logs/start.log; the terminal gets one
// line per step, and the end of the log when a step fails.
import { mkdirSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { choosePort } from './ports.mjs';
import { runPnpm } from './pnpm.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const logFile = `${root}.logs/start.log`;
mkdirSync(`${root}.logs`, { recursive: true });
writeFileSync(logFile, `npm start, ${new Date().toISOString()}\n`);

function step(title, args) {
  process.stdout.write(`▶ ${title} … `);
  const started = Date.now();
  appendFileSync(logFile, `\n▶ ${title}: pnpm ${args.join(' ')}\n`);
  const result = runPnpm(args, { stdio: 'pipe', env: { FORCE_COLOR: '0' } });
  appendFileSync(logFile, `${result.stdout ?? ''}${result.stderr ?? ''}`);
  if (result.status !== 0) {
    console.log('failed.');
    const tail = readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-40).join('\n');
    console.error(`\n${tail}\n\n✖ ${title} failed. The whole output is in .logs/start.log.`);
    process.exit(1);
  }
  console.log(`done (${Math.round((Date.now() - started) / 1000)} s)`);
}

step('Installing dependencies', ['install', '--frozen-lockfile']);
step('Building the packages', ['-r', 'build']);
step('Building the API reference', ['run', 'docs:api']);
// The reference contact receiver, which examples/municipality.html posts to. Imported only
// now, after the build made its dist/; a busy port is reported, not fatal.
const receiverPort = Number(process.env.CONTACT_RECEIVER_PORT ?? 8787);
try {
  const { startReceiver } = await import(
    new URL('../examples/contact-receiver/dist/index.js', import.meta.url).href
  );
  // No dataFile: the receiver's own default, the file its documented command uses too.
  const receiver = await startReceiver({ port: receiverPort });
  console.log(
    `\ncontact receiver: POST ${receiver.url}/messages (data in examples/contact-receiver/data/)`,
  );
} catch (error) {
  console.warn(`\ncontact receiver not started on port ${receiverPort}: ${error.message}`);
}
// The examples server's port is chosen now, so that the case server allows that origin only.
const host = process.env.HOST?.trim() || '127.0.0.1';
process.env.PORT = String(await choosePort(host));
// The case server, which examples/intranet.html talks to: the fictional demo cases (kept if
// they exist, so what you recorded survives a restart) and a fresh officer token.
const casePort = Number(process.env.CASE_SERVER_PORT ?? 8788);
try {
  const { ensureDemoToken, seedDemo, startCaseServer } = await import(
    new URL('../packages/case-server/dist/index.js', import.meta.url).href
  );
  const pagesOrigin = (name) => `http://${name}:${process.env.PORT}`;
  const cases = await startCaseServer({
    port: casePort,
    allowedOrigins: [pagesOrigin('127.0.0.1'), pagesOrigin('localhost')],
  });
  seedDemo(cases.store);
  const { token } = ensureDemoToken();
  console.log(`case server: ${cases.url}/api (data in packages/case-server/data/)`);
  console.log(`  demo token (officer, valid until the next npm start): ${token}`);
} catch (error) {
  console.warn(`\ncase server not started on port ${casePort}: ${error.message}`);
}
console.log(`(build output: .logs/start.log)`);
await import(new URL('./serve.mjs', import.meta.url).href);
