// Widget tests run in real Chromium. The browser is Debian's /usr/bin/chromium (found by
// chrome-launcher) or whatever CHROME_PATH points at; `npm test` at the root makes sure
// one of them exists before we get here.
import { chromeLauncher } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { umdPlugin } from './src/shared/test-support/umd-plugin.mjs';
import { summaryReporter } from '../../scripts/wtr-summary-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
import { contactReceiverPlugin } from './src/contact/test-support/contact-receiver-plugin.mjs';
import { forcedColorsPlugin } from './src/shared/test-support/forced-colors-plugin.mjs';
import { embeddingPagesMiddleware } from './src/embedding/test-support/pages-middleware.mjs';
import { cdnPagePlugin } from './src/cdn/test-support/cdn-page-plugin.mjs';
import { caseServerPlugin } from './src/case-store/test-support/case-server-plugin.mjs';

// Every test page renders in web fonts served from npm (test-fonts.css), loaded before the
// first test, so that no measurement depends on the fonts a machine has installed.
const TEST_FONT_FACES = ['Opvang Test Sans', 'Opvang Test Mono'].flatMap((family) => [
  `400 16px "${family}"`,
  `700 16px "${family}"`,
]);

export default {
  files: ['src/**/*.test.ts'],
  nodeResolve: true,
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html>
      <head><link rel="stylesheet" href="/src/shared/test-support/test-fonts.css" /></head>
      <body>
        <script type="module">
          const faces = await Promise.all(${JSON.stringify(TEST_FONT_FACES)}.map((face) => document.fonts.load(face)));
          if (faces.some((loaded) => loaded.length === 0)) throw new Error('the test fonts did not load');
          await import('${testFramework}');
        </script>
      </body>
    </html>`,
  // Serves src/embedding/pages/*.html with a strict CSP and Trusted Types, like a strict host page.
  middleware: [embeddingPagesMiddleware()],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    umdPlugin(),
    contactReceiverPlugin(),
    forcedColorsPlugin(),
    cdnPagePlugin(),
    caseServerPlugin(),
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
