// A web-test-runner plugin for src/cdn/page-closure.test.ts: serves cdn/ a second time under
// /__cdn-page/<page>/…, and writes down every file the browser asks for there, per page. A test
// puts a page's script tags in a fresh document, then compares what was requested with the
// closure scripts/size.mjs weighs (cdn-closure.mjs), so the budgets measure what is loaded.
import { readFile } from 'node:fs/promises';
import { closureOf, cdnDir, languageClosureOf, lazyClosureOf } from './cdn-closure.mjs';

const PAGE_PATH = /^\/__cdn-page\/([\w-]+)\/((?:chunks\/)?[\w.-]+\.js)$/;
const budgets = new URL('../../../package.json', import.meta.url);

export function cdnPagePlugin() {
  /** page id → the cdn/ files requested for it */
  const requested = new Map();
  return {
    name: 'cdn-page',

    async serve(context) {
      const match = PAGE_PATH.exec(context.path);
      if (!match) return undefined;
      const [, page, file] = match;
      const files = requested.get(page) ?? new Set();
      requested.set(page, files);
      files.add(file);
      const body = await readFile(new URL(file, cdnDir), 'utf8').catch(() => undefined);
      return body === undefined ? undefined : { body, type: 'js' };
    },

    async executeCommand({ command, payload }) {
      if (command === 'cdn-pages') {
        const { pageBudgets } = JSON.parse(await readFile(budgets, 'utf8'));
        return Object.entries(pageBudgets).map(([name, { entries }]) => ({
          name,
          entries,
          closure: closureOf(entries),
          lazy: lazyClosureOf(entries),
          french: languageClosureOf(entries, 'fr'),
        }));
      }
      if (command === 'cdn-page-requests') return [...(requested.get(payload.page) ?? [])].sort();
      return undefined;
    },
  };
}
