/**
 * Vitest setup file of the core (vitest.config.ts): every fast-check property of a test file
 * runs with one seed, printed before the file's tests start, so a property that fails, or hangs
 * in a synchronous loop, can be run again on the same inputs:
 * `FC_SEED=<seed> npx vitest run <file>`. The seed is `FC_SEED` when set, else a fresh one. A
 * property that passes its own `seed` to `fc.assert` keeps it (its parameters win over the global
 * ones). See "A test that hangs" in docs/development.md.
 */
import { writeSync } from 'node:fs';
import { relative } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';

/** The seed `FC_SEED` asks for, or a fresh one; an `FC_SEED` that is not an integer is an error. */
export function fastCheckSeed(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return Math.floor(Math.random() * 2 ** 31);
  const seed = Number(value);
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, not "${value}".`);
  return seed;
}

const seed = fastCheckSeed(process.env['FC_SEED']);
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
const file = relative(process.cwd(), expect.getState().testPath ?? '');
// Straight to the file descriptor, not through console.log: vitest holds a worker's console
// output until its test ends, and a worker stuck in a synchronous loop never gets there.
writeSync(
  2,
  `fast-check seed ${seed} for ${file} (again: FC_SEED=${seed} npx vitest run ${file})\n`,
);
