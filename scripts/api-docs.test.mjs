// The API reference (docs/api, built by typedoc before this runs in `npm test`) links only to
// pages that exist: typedoc's "Defined in" links once pointed into source folders the examples
// server does not serve, 1 963 dead links. Source links are off (typedoc.json), and this test
// keeps every relative link alive. typedoc.json turns off typedoc's own `invalidPath` check so
// that the home page's links to the guides (../faq.md) stay links to the guides next to
// docs/api instead of copies under docs/api/media; this test checks those links in its place,
// and that each works under `npm start`. It also checks what a reader sees: every widget class
// page has one "Events" section (scripts/typedoc-custom-elements.mjs), and every page one h1.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startExamplesServer } from './examples-server.mjs';

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

const root = fileURLToPath(new URL('..', import.meta.url));

/** The text of an HTML fragment, without its tags. */
const textOf = (html) => html.replace(/<[^>]+>/g, '').trim();

test('the home page links every guide, and each link works when served by npm start', async () => {
  // The links are relative (../faq.md), so they work from the file system and under /docs/api/
  // of the examples server, which serves docs/ at /docs/.
  const home = readFileSync(join(api, 'index.html'), 'utf8');
  const hrefs = [...home.matchAll(/href="([^"#?]+\.md)(?:#[^"]*)?"/g)].map(([, href]) => href);
  const guides = readdirSync(join(root, 'docs')).filter(
    (name) => name.endsWith('.md') && name !== 'api-readme.md',
  );
  assert.ok(guides.length >= 10, `only ${guides.length} guides`);
  const linked = hrefs.map((href) => relative(join(root, 'docs'), join(api, href)));
  assert.deepEqual(
    guides.filter((guide) => !linked.includes(guide)),
    [],
    'guides the home page does not link',
  );

  const server = await startExamplesServer({ root, port: 0 });
  try {
    const page = new URL('/docs/api/', server.url);
    assert.equal((await fetch(page)).status, 200, 'the API reference is not served');
    for (const href of hrefs) {
      const response = await fetch(new URL(href, page));
      assert.equal(response.status, 200, `${href} from /docs/api/ is not served`);
      assert.match(await response.text(), /^# /, `${href} is not a guide`);
    }
  } finally {
    await server.close();
  }
});

test('each widget class page has one "Events" section listing the events it fires', () => {
  const manifest = JSON.parse(
    readFileSync(join(root, 'packages', 'widgets', 'custom-elements.json'), 'utf8'),
  );
  const widgets = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName !== undefined);
  assert.deepEqual(widgets.map((widget) => widget.name).sort(), [
    'OpvangCase',
    'OpvangCases',
    'OpvangCatalogue',
    'OpvangContact',
    'OpvangDeployments',
    'OpvangFaq',
    'OpvangInfoMarket',
    'OpvangOccupancy',
    'OpvangReport',
  ]);
  for (const widget of widgets) {
    const html = readFileSync(join(api, 'classes', `_opvang_widgets.${widget.name}.html`), 'utf8');
    const sections = [...html.matchAll(/<h4[^>]*id="events"[^>]*>(.*?)<\/h4>(.*?)<\/div>/gs)];
    assert.equal(sections.length, 1, `${widget.name}: ${sections.length} "Events" sections`);
    const [, heading, body] = sections[0];
    assert.equal(textOf(heading), 'Events');
    const listed = [...body.matchAll(/<li><code>([^<]+)<\/code>/g)].map(([, name]) => name);
    const events = (widget.events ?? []).map((event) => event.name);
    assert.deepEqual(listed, events, `${widget.name}: the events listed`);
    if (events.length === 0) assert.match(textOf(body), /^None: this element fires no events/);
  }
  const contact = widgets.find((widget) => widget.name === 'OpvangContact');
  assert.equal(contact.events.length, 3, 'the contact widget documents its three events');
});

test('every page shows its title once: one h1', () => {
  const repeated = pages(api)
    .map((page) => [
      relative(api, page),
      readFileSync(page, 'utf8').match(/<h1[\s>]/g)?.length ?? 0,
    ])
    .filter(([, count]) => count !== 1);
  assert.deepEqual(repeated, []);
});
