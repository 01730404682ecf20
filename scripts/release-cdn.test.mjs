// The CDN release zip (scripts/release-cdn.mjs): runs the command as a webmaster's release
// would, into a temporary folder, unzips it and checks what a webmaster relies on, the SRI
// hashes in Chromium too (the browser `npm test` makes sure of). Runs on the
// built widgets: `npm test` builds them first.
import { strict as assert } from 'node:assert';
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { ensureChrome } from './ensure-chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const script = join(root, 'scripts', 'release-cdn.mjs');
const cdnDir = join(root, 'packages', 'widgets', 'cdn');
const { version } = JSON.parse(readFileSync(join(root, 'packages/widgets/package.json'), 'utf8'));
const zipName = `opvang-widgets-cdn-${version}.zip`;

const temp = mkdtempSync(join(tmpdir(), 'opvang-release-'));
after(() => rmSync(temp, { recursive: true, force: true }));

/** Runs the release command into a fresh folder and returns the zip's bytes. */
function release(name) {
  const out = join(temp, name);
  execFileSync(process.execPath, [script, '--out', out], { stdio: 'pipe' });
  assert.deepEqual(readdirSync(out), [zipName]);
  return readFileSync(join(out, zipName));
}

const first = release('first');
const files = unzipSync(first);
// The entries and their chunks (chunks/*.js), as paths inside the folder.
const jsFiles = readdirSync(cdnDir, { recursive: true })
  .map((name) => String(name).replace(/\\/g, '/'))
  .filter((name) => name.endsWith('.js'))
  .sort();

test('the zip holds every CDN script, integrity.json and README.txt, and no source maps', () => {
  assert.ok(jsFiles.includes('opvang-faq.js'), 'the build made no opvang-faq.js');
  assert.ok(
    jsFiles.some((name) => name.startsWith('chunks/')),
    'the build made no chunks/',
  );
  assert.deepEqual(Object.keys(files).sort(), ['README.txt', 'integrity.json', ...jsFiles].sort());
  for (const name of jsFiles) {
    assert.deepEqual(Buffer.from(files[name]), readFileSync(join(cdnDir, name)), name);
  }
});

test('integrity.json gives each script the sha384 of its unzipped bytes, as SRI', () => {
  const integrity = JSON.parse(strFromU8(files['integrity.json']));
  assert.deepEqual(Object.keys(integrity), jsFiles);
  for (const name of jsFiles) {
    const digest = createHash('sha384').update(files[name]).digest('base64');
    assert.equal(integrity[name], `sha384-${digest}`, name);
  }
});

test('README.txt is in Dutch and English and lists every hash', () => {
  const readme = strFromU8(files['README.txt']);
  assert.match(readme, /NEDERLANDS/);
  assert.match(readme, /ENGLISH/);
  const integrity = JSON.parse(strFromU8(files['integrity.json']));
  for (const hash of Object.values(integrity)) assert.ok(readme.includes(hash), hash);
});

/** Each entry's DOS date and time from the zip's local file headers, in order. */
function entryTimestamps(zip) {
  const stamps = [];
  let offset = 0;
  while (zip.readUInt32LE(offset) === 0x04034b50) {
    stamps.push({ time: zip.readUInt16LE(offset + 10), date: zip.readUInt16LE(offset + 12) });
    const compressedSize = zip.readUInt32LE(offset + 18);
    offset += 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28) + compressedSize;
  }
  return stamps;
}

// Two runs in the same two seconds get the same DOS timestamp even from the clock, so the
// fixed timestamp is checked on its own.
test('every entry has the fixed timestamp 2000-01-01 00:00', () => {
  const dosDate = ((2000 - 1980) << 9) | (1 << 5) | 1;
  const stamps = entryTimestamps(first);
  assert.equal(stamps.length, Object.keys(files).length);
  for (const stamp of stamps) assert.deepEqual(stamp, { time: 0, date: dosDate });
});

test('a second run gives a byte-identical zip', () => {
  assert.ok(first.equals(release('second')), 'the zip differs between two runs');
});

/**
 * A page that loads opvang-faq.js with the given integrity and records whether it ran; with
 * `map`, an import map whose "integrity" pins these files (paths in the folder) too.
 */
function sriPage(integrity, map) {
  const importMap = map
    ? `<script type="importmap">${JSON.stringify({
        integrity: Object.fromEntries(
          Object.entries(map).map(([name, hash]) => [`/opvang/${name}`, hash]),
        ),
      })}</script>`
    : '';
  return `<!doctype html><html lang="en"><body>${importMap}
<script type="module" src="/opvang/opvang-faq.js" integrity="${integrity}" crossorigin="anonymous"></script>
<script type="module">document.body.dataset.defined = String(customElements.get('opvang-faq') !== undefined);</script>
</body></html>`;
}

// The hash works in a real browser: Chromium runs the unzipped file with the hash from
// integrity.json, and refuses it with any other hash (so the first result is not a given).
test('Chromium runs opvang-faq.js with its integrity.json hash and refuses a wrong one, and an import map pins the chunks', async () => {
  const integrity = JSON.parse(strFromU8(files['integrity.json']));
  const wrong = `sha384-${createHash('sha384').update('something else').digest('base64')}`;
  const chunks = Object.fromEntries(
    Object.entries(integrity).filter(([name]) => name.startsWith('chunks/')),
  );
  const badChunks = Object.fromEntries(Object.keys(chunks).map((name) => [name, wrong]));
  const pages = {
    '/good.html': sriPage(integrity['opvang-faq.js']),
    '/bad.html': sriPage(wrong),
    '/map-good.html': sriPage(integrity['opvang-faq.js'], chunks),
    '/map-bad.html': sriPage(integrity['opvang-faq.js'], badChunks),
  };
  const server = createServer((request, response) => {
    const url = request.url ?? '';
    const file = url.startsWith('/opvang/') ? files[url.slice('/opvang/'.length)] : undefined;
    if (file) {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(Buffer.from(file));
    } else if (pages[url]) {
      response.writeHead(200, { 'content-type': 'text/html' }).end(pages[url]);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const chrome = process.env.CHROME_PATH ?? ensureChrome();
  const defined = async (page) => {
    const { stdout } = await promisify(execFile)(
      chrome,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        `--user-data-dir=${join(temp, `chrome-${page}`)}`,
        '--dump-dom',
        `http://127.0.0.1:${port}/${page}.html`,
      ],
      { timeout: 60_000 },
    );
    return /data-defined="(\w+)"/.exec(stdout)?.[1];
  };
  try {
    assert.equal(await defined('good'), 'true', 'the file did not run with its own hash');
    assert.equal(await defined('bad'), 'false', 'the file ran with a wrong hash');
    // The entry's integrity does not reach its chunks; an import map's "integrity" does.
    assert.equal(await defined('map-good'), 'true', 'the chunks did not load with their hashes');
    assert.equal(await defined('map-bad'), 'false', 'the chunks loaded with wrong hashes');
  } finally {
    server.close();
  }
});
