// `pnpm bench:faq`: the FAQ search benchmark, in the same Chromium as the tests. Lit's production
// build (no dev-mode checks), no coverage instrumentation: timings as on a resident's page.
import { chromeLauncher, defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { umdPlugin } from '../src/shared/test-support/umd-plugin.mjs';

export default {
  rootDir: '.',
  files: ['bench/faq-search.bench.ts'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    umdPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        ...(process.env.CHROME_PATH ? { executablePath: process.env.CHROME_PATH } : {}),
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  concurrency: 1,
  testsFinishTimeout: 600000,
  testFramework: { config: { timeout: 300000 } },
  reporters: [defaultReporter()],
};
