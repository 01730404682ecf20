#!/usr/bin/env node
// The receiver as a program: settings from the environment, one log line per event on stdout.
import { readConfig } from './config.js';
import { startReceiver } from './receiver.js';

const config = readConfig(process.env);
if (!config.ok) {
  for (const problem of config.problems) {
    console.error(
      `${problem.variable}=${JSON.stringify(problem.received)} is not usable: expected ${problem.expected}`,
    );
  }
  process.exit(2);
}

const receiver = await startReceiver({
  ...config.options,
  log: (event) => console.log(JSON.stringify({ time: new Date().toISOString(), ...event })),
});
// Handlers before the ready line: whoever waits for that line may signal at once.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void receiver.close().then(() => process.exit(0));
  });
}
for (const line of receiver.store.unreadable) {
  console.warn(
    `${receiver.store.path}:${line.line} could not be read (${line.reason}); it is kept in the file and skipped`,
  );
}
console.log(
  `opvang contact receiver: POST ${receiver.url}/messages (${receiver.store.size} messages in ${receiver.store.path})`,
);
