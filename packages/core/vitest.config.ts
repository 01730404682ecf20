import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Seeds fast-check and prints the seed per file: a failing or hanging property can be run
    // again with FC_SEED=<seed> (docs/development.md, "A test that hangs").
    setupFiles: ['src/test-support/fast-check-seed.ts'],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.test.ts', 'src/**/test-support/**'],
      reporter: ['text-summary', 'html'],
      thresholds: { lines: 90, functions: 90, branches: 85, statements: 90 },
    },
  },
});
