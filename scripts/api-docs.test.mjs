// The API reference (docs/api, built by typedoc before this runs in `npm test`) links only to
// pages that exist: typedoc's "Defined in" links once pointed into source folders the examples
// server does not serve, 1 963 dead links. Source links are off (typedoc.json), and this test
// keeps every relative link alive.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const api = fileURLToPath(new URL('../docs/api/', import.meta.url));

function pages(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? pages(join(dir, entry.name))
      : entry.name.endsWith('.html')
        ? [join(dir, entry.name)]
        : [],
  );
}

test('every relative link in the API reference leads to a file that exists', () => {
  assert.ok(existsSync(join(api, 'index.html')), 'build the API reference first: npm run docs:api');
  const dead = new Set();
  const all = pages(api);
  for (const page of all) {
    const html = readFileSync(page, 'utf8');
    for (const [, href] of html.matchAll(/href="([^"#?]+)[^"]*"/g)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('/')) continue;
      const target = join(dirname(page), decodeURIComponent(href));
      if (!existsSync(target)) dead.add(`${relative(api, page)} → ${href}`);
    }
  }
  assert.ok(all.length > 50, `only ${all.length} pages`);
  assert.deepEqual([...dead].slice(0, 20), [], `${dead.size} dead links`);
});
