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
// The reference contact receiver, which examples/municipality.html posts to. Imported only
// now, after the build made its dist/; a busy port is reported, not fatal.
const receiverPort = Number(process.env.CONTACT_RECEIVER_PORT ?? 8787);
try {
  const { startReceiver } = await import(new URL('../examples/contact-receiver/dist/index.js', import.meta.url).href);
  // No dataFile: the receiver's own default, the file its documented command uses too.
  const receiver = await startReceiver({ port: receiverPort });
  console.log(`\ncontact receiver: POST ${receiver.url}/messages (data in examples/contact-receiver/data/)`);
} catch (error) {
  console.warn(`\ncontact receiver not started on port ${receiverPort}: ${error.message}`);
}
// Imported only now: @web/dev-server is a dependency that the install above brings.
await import(new URL('./serve.mjs', import.meta.url).href);
