// The examples server as `npm start` runs it: a real process (scripts/serve.mjs) on a real
// port, asked for what the pages need and for what nobody may read.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { fileFor, isLoopback } from './examples-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

function startServe(env) {
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`serve.mjs printed no URL in 10 s:\n${output}`)),
      10_000,
    );
    const read = (chunk) => {
      output += chunk;
      const match = /opvang examples: (http:\/\/[^\s]+)\/examples\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`serve.mjs exited with ${code}:\n${output}`)));
  });
  return { child, ready, output: () => output };
}

function get(base, path, method = 'GET') {
  return new Promise((resolve, reject) => {
    // A raw request target, so that the test can send paths a URL object would normalise.
    const { hostname, port } = new URL(base);
    const req = request({ hostname, port, path, method }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode, headers: response.headers, body }),
      );
    });
    req.once('error', reject);
    req.end();
  });
}

/** The local addresses Linux lists for listening TCP sockets on `port` (hex, as in /proc/net/tcp). */
function listeningAddresses(port) {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((file) => {
    let table;
    try {
      table = readFileSync(file, 'utf8');
    } catch {
      return [];
    }
    return table
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((columns) => columns[1]?.endsWith(`:${hexPort}`) && columns[3] === '0A')
      .map((columns) => columns[1].split(':')[0]);
  });
}

describe('the examples server (npm start)', () => {
  const secretDir = `${root}examples/contact-receiver/data`;
  const secretFile = `${secretDir}/examples-server-test.jsonl`;
  const linkFile = `${root}examples/examples-server-test-link.txt`;
  let server;
  let base;

  before(async () => {
    mkdirSync(secretDir, { recursive: true });
    writeFileSync(secretFile, '{"name":"Jan Janssens","email":"jan@example.org"}\n');
    // A link inside a served folder that points outside it.
    rmSync(linkFile, { force: true });
    symlinkSync(`${root}package.json`, linkFile);
    server = startServe({ PORT: '0', HOST: '' });
    base = await server.ready;
  });

  after(() => {
    server?.child.kill();
    rmSync(secretFile, { force: true });
    rmSync(linkFile, { force: true });
  });

  it('listens on 127.0.0.1 only, unless told otherwise', () => {
    const { port, hostname } = new URL(base);
    assert.equal(hostname, '127.0.0.1');
    const addresses = listeningAddresses(Number(port));
    if (addresses.length > 0) assert.deepEqual(addresses, ['0100007F']);
  });

  it('serves the example pages with the strict policy, the docs and the CDN files', async () => {
    const page = await get(base, '/examples/municipality.html');
    assert.equal(page.status, 200);
    assert.match(page.headers['content-type'], /^text\/html/);
    assert.match(page.headers['content-security-policy'], /script-src 'self'/);
    assert.match(page.headers['content-security-policy'], /require-trusted-types-for 'script'/);
    assert.equal((await get(base, '/examples/')).status, 200);
    assert.equal(
      (await get(base, '/examples/examples.css')).headers['content-type'],
      'text/css; charset=utf-8',
    );
    assert.equal((await get(base, '/docs/webmaster.md')).status, 200);
    const script = await get(base, '/packages/widgets/cdn/opvang-info-market.js', 'HEAD');
    assert.equal(
      script.status,
      200,
      'the CDN build exists (npm test and npm start build it first)',
    );
    assert.match(script.headers['content-type'], /^text\/javascript/);
  });

  it('sends a folder without its slash to the folder, and the root to the examples', async () => {
    assert.deepEqual(
      [(await get(base, '/examples')).status, (await get(base, '/examples')).headers.location],
      [301, '/examples/'],
    );
    assert.equal((await get(base, '/')).headers.location, '/examples/');
  });

  for (const path of [
    '/.git/config',
    '/.git/HEAD',
    '/package.json',
    '/pnpm-lock.yaml',
    '/scripts/serve.mjs',
    '/packages/core/src/index.ts',
    '/packages/widgets/src/faq/faq.ts',
    '/packages/widgets/package.json',
    '/examples/contact-receiver/data/examples-server-test.jsonl',
    '/examples/contact-receiver/README.md',
    '/examples/contact-receiver/src/receiver.ts',
    '/examples/../.git/config',
    '/examples/%2e%2e/.git/config',
    '/examples/%2E%2E%2F.git%2Fconfig',
    '/examples/..%2fpackage.json',
    '/examples/.%2e/package.json',
    '/docs/%2e%2e/package.json',
    '/examples/%00',
    '/examples/%E0%A4%A',
    '/examples/examples-server-test-link.txt',
    '/examples/.hidden',
    '/node_modules/.modules.yaml',
  ]) {
    it(`refuses ${path}`, async () => {
      const response = await get(base, path);
      assert.equal(response.status, 404, `${path} answered ${response.status}`);
      assert.doesNotMatch(response.body, /Jan Janssens|repositoryformatversion|"packageManager"/);
    });
  }

  it('takes no other method than GET and HEAD', async () => {
    const response = await get(base, '/examples/index.html', 'POST');
    assert.equal(response.status, 405);
    assert.equal(response.headers.allow, 'GET, HEAD');
  });

  it('maps a URL path to a file only inside a served folder', () => {
    assert.equal(fileFor('/repo', '/examples/faq.html')?.file, '/repo/examples/faq.html');
    assert.equal(fileFor('/repo', '/examples/a/../../x'), undefined);
    assert.equal(fileFor('/repo', '/examples/contact-receiver/'), undefined);
    assert.equal(fileFor('/repo', '/src/x.ts'), undefined);
  });

  it('warns when HOST names an address other machines can reach', () => {
    assert.equal(isLoopback('127.0.0.1'), true);
    assert.equal(isLoopback('127.1.2.3'), true);
    assert.equal(isLoopback('::1'), true);
    assert.equal(isLoopback('localhost'), true);
    assert.equal(isLoopback('0.0.0.0'), false);
    assert.equal(isLoopback('::'), false);
    assert.equal(isLoopback('192.168.1.10'), false);
  });

  it('listens on another loopback address when HOST says so', async () => {
    const other = startServe({ PORT: '0', HOST: '127.0.0.2' });
    try {
      const url = await other.ready;
      assert.equal(new URL(url).hostname, '127.0.0.2');
      assert.equal((await get(url, '/examples/')).status, 200);
      assert.doesNotMatch(other.output(), /reachable from other machines/);
    } finally {
      other.child.kill();
    }
  });
});

describe('the example pages', () => {
  // The server sends script-src 'self' and style-src 'self': anything inline is blocked, and
  // the page would show something else than it claims (and log a violation).
  for (const name of readdirSync(`${root}examples`).filter((file) => file.endsWith('.html'))) {
    it(`${name} has nothing inline that its own policy blocks`, () => {
      const html = readFileSync(`${root}examples/${name}`, 'utf8');
      assert.doesNotMatch(html, /<style[\s>]/i, 'an inline <style> element');
      assert.doesNotMatch(html, /\sstyle\s*=/i, 'a style attribute');
      assert.doesNotMatch(html, /\son[a-z]+\s*=/i, 'an inline event handler');
      for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
        const runs = !/\ssrc\s*=/.test(tag) && !/type="application\/(?:ld\+)?json"/.test(tag);
        assert.equal(runs, false, `an inline script: ${tag}`);
      }
    });
  }
});
