// What the packed tarballs hold: source maps that work without the repository (each map carries
// its sources, and the TypeScript sources the declaration maps point to are shipped), and no
// tests or test support. Runs on the built packages: `npm test` builds them first.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The files `npm pack` would put in a package's tarball. */
function packedFiles(dir) {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: dir,
    encoding: 'utf8',
  });
  return JSON.parse(out)[0].files.map((file) => file.path);
}

for (const name of ['core', 'widgets']) {
  const dir = join(root, 'packages', name);
  const files = packedFiles(dir);

  test(`@opvang/${name}: no tests or test support in the tarball`, () => {
    const stray = files.filter((file) => /\.test\.|test-support\/|__snapshots__\//.test(file));
    assert.deepEqual(stray, []);
  });

  test(`@opvang/${name}: every source map carries the sources it maps, and they are shipped`, () => {
    const maps = files.filter((file) => file.endsWith('.js.map'));
    assert.ok(maps.length > 0, 'no source maps packed');
    for (const map of maps) {
      const { sources, sourcesContent } = JSON.parse(readFileSync(join(dir, map), 'utf8'));
      assert.equal(sourcesContent?.length, sources.length, `${map} has no sourcesContent`);
      assert.ok(
        sourcesContent.every((text) => typeof text === 'string' && text.length > 0),
        `${map} has an empty source`,
      );
    }
    const declarationMaps = files.filter((file) => file.endsWith('.d.ts.map'));
    for (const map of declarationMaps) {
      const { sources } = JSON.parse(readFileSync(join(dir, map), 'utf8'));
      for (const source of sources) {
        const shipped = join(map, '..', source).replace(/\\/g, '/');
        assert.ok(files.includes(shipped), `${map} points to ${shipped}, which is not packed`);
      }
    }
  });
}

test('@opvang/widgets: custom-elements.json points to shipped files and documents lang', () => {
  const dir = join(root, 'packages', 'widgets');
  const files = packedFiles(dir);
  const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
  const paths = [];
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (
        (key === 'path' || key === 'module') &&
        typeof value === 'string' &&
        !value.startsWith('.')
      )
        paths.push(value);
      else walk(value);
    }
  };
  walk(manifest);
  assert.ok(paths.length > 0);
  assert.deepEqual(
    [...new Set(paths.filter((path) => !files.includes(path)))],
    [],
    'manifest paths that are not in the tarball',
  );
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName !== undefined);
  assert.deepEqual(elements.map((element) => element.tagName).sort(), [
    'opvang-case',
    'opvang-cases',
    'opvang-catalogue',
    'opvang-contact',
    'opvang-deployments',
    'opvang-faq',
    'opvang-info-market',
    'opvang-occupancy',
    'opvang-report',
  ]);
  for (const element of elements) {
    assert.ok(
      element.attributes.some((attribute) => attribute.name === 'lang'),
      `${element.tagName} does not document lang`,
    );
    assert.ok(
      element.attributes.every((attribute) => attribute.default !== 'defaultLevel'),
      `${element.tagName} has a default copied from its base class`,
    );
  }
});

// Each tarball introduces itself: a README (what it is, install, a minimal use, the guides) and
// the CHANGELOG that `changeset version` writes into. npm packs a README by itself but not a
// CHANGELOG, so "files" names it. The packages have no public repository URL yet, so a link
// in a README that left the tarball would be dead on npm: its relative links must lead to
// packed files, and the guides it names by their path (`docs/faq.md`) must exist in the repository.
for (const name of ['core', 'widgets']) {
  const dir = join(root, 'packages', name);

  test(`@opvang/${name}: the tarball has a README and a CHANGELOG, and the README's links resolve`, () => {
    const files = packedFiles(dir);
    assert.ok(files.includes('README.md'), 'README.md is not packed');
    assert.ok(files.includes('CHANGELOG.md'), 'CHANGELOG.md is not packed');
    const changelog = readFileSync(join(dir, 'CHANGELOG.md'), 'utf8');
    assert.match(
      changelog,
      new RegExp(`^# @opvang/${name}\\n`),
      'CHANGELOG.md starts with the title',
    );

    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    assert.match(readme, new RegExp(`^# @opvang/${name}\\n`));
    assert.match(readme, new RegExp(`npm install @opvang/${name}`));
    const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map(([, href]) => href);
    const relativeLinks = links.filter((href) => !/^[a-z][a-z0-9+.-]*:|^#/i.test(href));
    const dead = relativeLinks
      .map((href) => href.split('#')[0])
      .filter((path) => !files.includes(join(path).replace(/\\/g, '/')));
    assert.deepEqual(dead, [], 'README links that lead outside the tarball');

    const guides = [...readme.matchAll(/`(docs\/[a-z0-9-]+\.md)`/g)].map(([, path]) => path);
    assert.ok(guides.length > 0, 'the README names no guide');
    assert.deepEqual(
      guides.filter((path) => !existsSync(join(root, path))),
      [],
      'guides named in the README that do not exist',
    );
    const packedPaths = [...readme.matchAll(/`((?:schemas|cdn)\/[^`*]+|custom-elements\.json)`/g)];
    for (const [, path] of packedPaths) {
      const shipped = path.endsWith('/')
        ? files.some((file) => file.startsWith(path))
        : files.includes(path);
      assert.ok(shipped, `the README names ${path}, which is not packed`);
    }
  });
}

test("@opvang/core: the README's example is the one packages/core/src/readme.test.ts runs", () => {
  const firstTsBlock = (text, heading) =>
    /```ts\n([\s\S]*?)```/.exec(text.slice(text.indexOf(heading)))?.[1];
  const tested = firstTsBlock(
    readFileSync(join(root, 'README.md'), 'utf8'),
    '## Using the packages',
  );
  const shipped = firstTsBlock(
    readFileSync(join(root, 'packages', 'core', 'README.md'), 'utf8'),
    '## Use\n',
  );
  assert.ok(tested, 'the root README has no example under "Using the packages"');
  assert.equal(shipped, tested);
});
