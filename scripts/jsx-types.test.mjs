// The widgets' JSX types (@opvang/widgets/jsx/react, /preact, /solid, /vue) as a consumer meets
// them: for each framework, one `tsc --noEmit` over the consumer files in scripts/jsx-fixtures/
// (which has @opvang/widgets through the workspace, as an installed package). good.tsx uses every
// widget and its main properties and must compile; bad.tsx must fail on exactly the lines under
// its `error: <prop>, <words>` markers, each error pointing at (or naming) the prop, its message
// holding the words. Runs on the built packages: `npm test` builds them first.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const widgets = join(root, 'packages', 'widgets');
const fixtures = join(root, 'scripts', 'jsx-fixtures');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const frameworks = ['react', 'preact', 'solid', 'vue'];

/** tsc's diagnostics (`--pretty false`): file, line, column, code and the whole message chain. */
function diagnostics(output) {
  const found = [];
  for (const line of output.split('\n')) {
    const match = /^(.+)\((\d+),(\d+)\): error (TS\d+): (.*)$/.exec(line);
    if (match) {
      const [, file, row, column, code, message] = match;
      found.push({ file, line: Number(row), column: Number(column), code, message });
    } else if (line.trim() !== '' && found.length > 0) {
      found.at(-1).message += `\n${line.trim()}`;
    }
  }
  return found;
}

/**
 * The lines of bad.tsx under its markers (`{/* error: content, FaqContent *\/}`): line number →
 * the line, the prop its error is about, and words the message holds.
 */
function expectedErrors(source) {
  const lines = source.split('\n');
  const expected = new Map();
  lines.forEach((text, index) => {
    const marker = /\{\/\* error: ([^,*]+)((?:, [^,*]+)*) \*\/\}/.exec(text);
    if (marker === null) return;
    const words = marker[2] === '' ? [] : marker[2].slice(2).split(', ');
    expected.set(index + 2, { prop: marker[1].trim(), words, text: lines[index + 1] ?? '' });
  });
  return expected;
}

test('the JSX entries are built, exported and packed', () => {
  const manifest = JSON.parse(readFileSync(join(widgets, 'package.json'), 'utf8'));
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: widgets,
      encoding: 'utf8',
    }),
  )[0].files.map((file) => file.path);
  for (const framework of frameworks) {
    const entry = manifest.exports[`./jsx/${framework}`];
    assert.ok(entry, `no "./jsx/${framework}" export`);
    for (const target of [entry.types, entry.default]) {
      const path = target.replace(/^\.\//, '');
      assert.ok(existsSync(join(widgets, path)), `${path} is not built`);
      assert.ok(packed.includes(path), `${path} is not in the tarball`);
    }
  }
  assert.ok(packed.includes('dist/jsx/custom-elements.d.ts'));
});

test("the generated props carry the elements' own types, not unknown", () => {
  const props = readFileSync(join(widgets, 'dist', 'jsx', 'custom-elements.d.ts'), 'utf8');
  assert.match(props, /^ {2}content\?: OpvangFaq\["content"\] \| undefined;$/m);
  assert.match(props, /^ {2}contactPoint\?: OpvangContact\["contactPoint"\] \| undefined;$/m);
  // An attribute without a field came out as `undefined?: unknown` (see the manifest config).
  assert.doesNotMatch(props, /\bunknown\b|^\s*"?(prop:)?undefined"?\?:/m);
  // Nothing but the augmentations of the entries: no global JSX, no other framework's module.
  assert.doesNotMatch(props, /^declare /m);
});

for (const framework of frameworks) {
  test(`${framework}: good.tsx compiles, bad.tsx fails on each wrong prop`, () => {
    const dir = join(fixtures, framework);
    const run = spawnSync(process.execPath, [tsc, '-p', dir, '--pretty', 'false'], {
      cwd: dir,
      encoding: 'utf8',
    });
    const found = diagnostics(run.stdout);
    const report = run.stdout + run.stderr;
    // 2: errors were found (1 would be a bad command line, 0 no error at all).
    assert.equal(run.status, 2, `tsc exited with ${run.status}:\n${report}`);
    assert.deepEqual(
      found.filter((error) => error.file !== 'bad.tsx'),
      [],
      'errors outside bad.tsx (in good.tsx or in the shipped types)',
    );
    const source = readFileSync(join(dir, 'bad.tsx'), 'utf8');
    const expected = expectedErrors(source);
    assert.ok(expected.size >= 5, 'bad.tsx has too few marked lines');
    assert.deepEqual(
      [...new Set(found.map((error) => error.line))].sort((a, b) => a - b),
      [...expected.keys()],
      `tsc failed on other lines than the marked ones:\n${report}`,
    );
    for (const [line, { prop, words, text }] of expected) {
      const errors = found.filter((error) => error.line === line);
      assert.ok(
        errors.some(
          (error) =>
            (text.slice(error.column - 1).startsWith(prop) || error.message.includes(prop)) &&
            words.every((word) => error.message.includes(word)),
        ),
        `bad.tsx:${line}: no error about ${prop} (${words.join(', ')}):\n${report}`,
      );
    }
  });
}
