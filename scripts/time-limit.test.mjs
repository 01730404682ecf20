// The time limit `npm test` puts on each suite (scripts/time-limit.mjs): a fake suite that
// sleeps forever, with a worker that ignores SIGTERM, is killed with its worker, and the
// runner says which suite hung and after how long.
import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);
const timeLimit = new URL('./time-limit.mjs', import.meta.url).href;

// A suite that starts a worker which ignores SIGTERM (as a worker stuck in a synchronous loop
// never gets to run its handler), prints the worker's pid, then sleeps forever itself.
const hangingSuite = `
  const { spawn } = require('node:child_process');
  const worker = spawn(process.execPath, ['-e', "process.on('SIGTERM', () => {}); setInterval(() => {}, 1e6);"], { stdio: 'ignore' });
  console.log('worker ' + worker.pid);
  setInterval(() => {}, 1e6);
`;

/** Runs `suite` (Node code) through runWithTimeLimit in a fresh process; its output and result. */
async function limited(suite, limitMs) {
  const driver = `
    import { runWithTimeLimit } from ${JSON.stringify(timeLimit)};
    const result = await runWithTimeLimit(process.execPath, ['-e', ${JSON.stringify(suite)}], {
      name: 'fake tests', limitMs: ${limitMs}, graceMs: 500,
    });
    console.log('result ' + JSON.stringify(result));
  `;
  const { stdout, stderr } = await run(process.execPath, ['--input-type=module', '-e', driver], {
    timeout: 30_000,
  });
  const result = JSON.parse(/^result (.*)$/m.exec(stdout)?.[1] ?? 'null');
  return { stdout, stderr, result };
}

/** Whether a process runs: a zombie (killed, not yet reaped by whoever adopted it) does not. */
const alive = (pid) => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  if (!existsSync(`/proc/${pid}/stat`)) return true;
  return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
};

test('a suite that hangs is killed with every process it started, and named', async () => {
  const started = Date.now();
  const { stdout, stderr, result } = await limited(hangingSuite, 1_200);
  assert.deepEqual(result, { status: 1, timedOut: true });
  assert.match(stderr, /✖ fake tests hung: killed after 0\.02 minutes/);
  const worker = Number(/^worker (\d+)$/m.exec(stdout)?.[1]);
  assert.ok(worker > 0, stdout);
  // SIGKILL is asynchronous: give the kernel a moment to reap the worker.
  for (let tries = 0; alive(worker) && tries < 50; tries += 1)
    await new Promise((resolve) => setTimeout(resolve, 100));
  assert.equal(alive(worker), false, `worker ${worker} still runs`);
  assert.ok(Date.now() - started < 20_000);
});

test('a suite that ends in time passes its exit code through', async () => {
  const { stderr, result } = await limited('process.exitCode = 3;', 20_000);
  assert.deepEqual(result, { status: 3, timedOut: false });
  assert.doesNotMatch(stderr, /hung/);
});
