// What the packed tarballs hold: source maps that work without the repository (each map carries
// its sources, and the TypeScript sources the declaration maps point to are shipped), and no
// tests or test support. Runs on the built packages: `npm test` builds them first.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
    'opvang-contact',
    'opvang-faq',
    'opvang-info-market',
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
