// Widget tests run in real Chromium. The browser is Debian's /usr/bin/chromium (found by
// chrome-launcher) or whatever CHROME_PATH points at; `npm test` at the root makes sure
// one of them exists before we get here.
import { chromeLauncher } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { summaryReporter } from '../../scripts/wtr-summary-reporter.mjs';
import { defaultReporter } from '@web/test-runner';

export default {
  files: ['src/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
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
  // Lit's dev build announces itself in every test file; nothing to act on.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.test.ts', 'src/**/test-support/**', '**/node_modules/**'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'html'],
    threshold: { statements: 90, branches: 80, functions: 90, lines: 90 },
  },
  reporters: [defaultReporter(), summaryReporter()],
};
