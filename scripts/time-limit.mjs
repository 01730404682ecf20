// Runs one test suite as a child process with a time limit, for `npm test` (scripts/test.mjs).
// A test that loops forever in synchronous code hangs its worker, and nothing inside the
// suite can stop it (vitest's own test timeout needs the event loop). So the suite runs in a
// process group of its own, and when its time is up, the whole group is killed: the runner
// (pnpm, npx), the test runner and its workers or browsers. Node only, no `timeout` binary.
import { spawn } from 'node:child_process';

/** How long a suite gets to end after SIGTERM before its process group gets SIGKILL. */
const GRACE_MS = 5_000;

/** Minutes, as they are printed: `2`, `0.5`, `0.01`. */
const minutes = (ms) => String(Number((ms / 60_000).toPrecision(2)));

/** Sends a signal to a process group; a group that has already ended is no error. */
function killGroup(pid, signal) {
  try {
    // A negative pid is the process group (POSIX). Windows has no process groups: there the
    // child alone is killed.
    if (process.platform === 'win32') process.kill(pid, signal);
    else process.kill(-pid, signal);
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'ESRCH')) throw error;
  }
}

/**
 * Runs `command` with `args` and resolves to `{ status, timedOut }` when it has ended. When it
 * runs longer than `limitMs`, it prints which suite hung and that it was killed after how many
 * minutes, sends SIGTERM to its whole process group, SIGKILL a few seconds later (a worker
 * stuck in a synchronous loop never runs a SIGTERM handler), and resolves with
 * `timedOut: true` and a `status` of 1. Output goes to this process's stdout and stderr; the
 * suite reads no stdin (it is not in the terminal's foreground group).
 *
 * @example
 * ```js
 * const { status, timedOut } = await runWithTimeLimit('node', ['--test'], {
 *   name: 'scripts',
 *   limitMs: 6 * 60_000,
 * });
 * ```
 */
export function runWithTimeLimit(command, args, { name, limitMs, cwd, env, graceMs = GRACE_MS }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: env ?? process.env,
      stdio: ['ignore', 'inherit', 'inherit'],
      // Its own process group, so one kill reaches every process the suite started.
      detached: process.platform !== 'win32',
    });
    let timedOut = false;
    let interrupted;
    let killer;
    const timer = setTimeout(() => {
      timedOut = true;
      console.error(
        `\n✖ ${name} hung: killed after ${minutes(limitMs)} minutes (its time limit), with every process it started.`,
      );
      killGroup(child.pid, 'SIGTERM');
      killer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), graceMs);
    }, limitMs);
    // Ctrl-C reaches only the terminal's foreground group, which the suite is not in: pass it
    // on, and end `npm test` once the suite has ended.
    const forward = (signal) => {
      interrupted = signal;
      clearTimeout(timer);
      killGroup(child.pid, signal);
      killer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), graceMs);
    };
    const stopListening = () => {
      clearTimeout(timer);
      clearTimeout(killer);
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
    };
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('error', (error) => {
      stopListening();
      reject(error);
    });
    child.on('exit', (code, signal) => {
      stopListening();
      if (timedOut || interrupted) {
        // The suite's first process may end on SIGTERM while a worker stuck in a loop lives
        // on: the group gets SIGKILL all the same, now rather than after the grace.
        killGroup(child.pid, 'SIGKILL');
      }
      if (interrupted) process.exit(interrupted === 'SIGINT' ? 130 : 143);
      resolve({ status: timedOut ? 1 : (code ?? (signal ? 1 : 0)), timedOut });
    });
  });
}
