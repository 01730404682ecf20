import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Most tests start the real program, once or many times: slow on a busy machine.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // cli.ts runs only in the programs the tests start; index.ts only re-exports.
      exclude: ['src/**/*.test.ts', 'src/**/test-support/**', 'src/cli.ts', 'src/index.ts'],
      reporter: ['text-summary'],
      thresholds: { lines: 90, functions: 90, branches: 85, statements: 90 },
    },
  },
});
