// Serves the embedding test pages (src/embedding/pages/*.html) the way a strict municipal CMS
// would: with a Content-Security-Policy that allows only same-origin scripts and styles and
// requires Trusted Types. The page templates name the widget's script and markup as
// {{script}}, {{second-script}} and {{markup}}, filled from the query string by the test.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** The policy of the issue: what a strict host page sends. */
export const STRICT_CSP = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

const PAGES = new URL('../pages/', import.meta.url);
const PAGE_PATH = /^\/src\/embedding\/pages\/([a-z-]+)\.html$/;
// Only the package's own CDN files may be put on a page, so the query cannot load anything else.
const CDN_SCRIPT = /^\/cdn\/opvang-[a-z-]+\.js$/;
// The web fonts of src/shared/test-support/test-fonts.css that a page may be rendered in.
const TEST_FONTS = new Set(['sans', 'mono']);

function scriptTag(src) {
  if (!src) return '';
  if (!CDN_SCRIPT.test(src)) throw new Error(`not a CDN file of this package: ${src}`);
  return `<script type="module" src="${src}"></script>`;
}

/** Koa middleware for web-test-runner's dev server. */
export function embeddingPagesMiddleware() {
  return async (ctx, next) => {
    const match = PAGE_PATH.exec(ctx.path);
    if (!match) return next();
    const template = await readFile(
      fileURLToPath(new URL(`${match[1]}.html`, PAGES)),
      'utf8',
    ).catch(() => undefined);
    if (template === undefined) return next();
    const query = ctx.query;
    const value = (name) => (typeof query[name] === 'string' ? query[name] : '');
    ctx.set('Content-Security-Policy', STRICT_CSP);
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/html; charset=utf-8';
    const font = value('font') || 'sans';
    if (!TEST_FONTS.has(font)) throw new Error(`not a test font: ${font}`);
    ctx.body = template
      .replace('{{font}}', () => font)
      .replace('{{second-script}}', () => scriptTag(value('second')))
      .replace('{{script}}', () => scriptTag(value('script')))
      .replace('{{markup}}', () => value('markup'));
  };
}
