// The examples server behind `npm start`: serves only what the example pages and the docs
// need, with the strict Content Security Policy a careful municipality would set on the
// example pages. Nothing else in the repository is reachable: not `.git`, not the contact
// receiver's data (names and e-mail addresses typed into the example form), not sources.
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, sep } from 'node:path';

/** The policy on /examples/: what a strict host page sends, so the examples prove the widgets work under it. */
export const EXAMPLES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self' http://localhost:* http://127.0.0.1:*",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

/**
 * What is served, as URL prefix → folder of the repository. A folder listed in `hidden`
 * stays out even though it lies inside a served one.
 */
export const SERVED = [
  { prefix: '/examples/', folder: 'examples', hidden: ['contact-receiver'] },
  { prefix: '/docs/', folder: 'docs', hidden: [] },
  { prefix: '/packages/widgets/cdn/', folder: 'packages/widgets/cdn', hidden: [] },
];

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Whether `host` is a loopback address or name, reachable only from this machine. */
export function isLoopback(host) {
  return (
    host === 'localhost' || host === '::1' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host)
  );
}

/**
 * The file a URL path names, or undefined when it is not served. The path is decoded and
 * split into segments; a segment that is empty, `.`, `..`, hidden (starting with a dot),
 * or holds a separator or NUL is refused, so no path can climb out of its folder.
 */
export function fileFor(root, urlPath) {
  const entry = SERVED.find(({ prefix }) => urlPath.startsWith(prefix));
  if (!entry) return undefined;
  let segments;
  try {
    segments = urlPath
      .slice(entry.prefix.length)
      .split('/')
      .map((segment) => decodeURIComponent(segment));
  } catch {
    return undefined;
  }
  const trailing = segments.at(-1) === '';
  const parts = trailing ? segments.slice(0, -1) : segments;
  if (parts.some((part) => part === '' || part.startsWith('.') || /[\\/\0]/.test(part)))
    return undefined;
  if (parts[0] !== undefined && entry.hidden.includes(parts[0])) return undefined;
  return {
    folder: join(root, entry.folder),
    file: join(root, entry.folder, ...parts),
    directory: trailing || parts.length === 0,
  };
}

async function resolveFile(root, urlPath) {
  const target = fileFor(root, urlPath);
  if (!target) return undefined;
  try {
    const folder = await realpath(target.folder);
    let file = await realpath(target.file);
    let info = await stat(file);
    if (info.isDirectory()) {
      // A folder is served by its index.html, and only under its URL with a slash, so that
      // the page's relative links resolve; never as a listing.
      if (!target.directory) return { redirect: `${urlPath}/` };
      file = await realpath(join(file, 'index.html'));
      info = await stat(file);
    }
    // A link inside a served folder must not lead outside it.
    if (!info.isFile() || !(file === folder || file.startsWith(folder + sep))) return undefined;
    return { file, size: info.size };
  } catch {
    return undefined;
  }
}

function plain(response, status, text, headers = {}) {
  response.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  response.end(text);
}

/**
 * Starts the examples server on `host:port` (port 0 for any free one) and resolves with its
 * URL and a `close()`. `transformHtml(html, url)`, if given, may rewrite an HTML page before
 * it is sent (the Lighthouse script takes the widget scripts out for its baseline).
 *
 * @example
 * ```js
 * const server = await startExamplesServer({ root: '/path/to/opvang', host: '127.0.0.1', port: 8000 });
 * console.log(`${server.url}/examples/`);
 * ```
 */
export function startExamplesServer({ root, host = '127.0.0.1', port = 8000, transformHtml }) {
  const server = createServer(async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      plain(response, 405, 'Only GET and HEAD.\n', { allow: 'GET, HEAD' });
      return;
    }
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/' || SERVED.some(({ prefix }) => prefix === `${path}/`)) {
      response
        .writeHead(path === '/' ? 302 : 301, { location: path === '/' ? '/examples/' : `${path}/` })
        .end();
      return;
    }
    const found = await resolveFile(root, path);
    if (!found) {
      plain(
        response,
        404,
        'Not found. This server serves /examples/, /docs/ and /packages/widgets/cdn/ only.\n',
      );
      return;
    }
    if (found.redirect) {
      response.writeHead(301, { location: found.redirect }).end();
      return;
    }
    const headers = {
      'content-type':
        CONTENT_TYPES[extname(found.file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': String(found.size),
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    };
    if (path.startsWith('/examples/')) headers['content-security-policy'] = EXAMPLES_CSP;
    if (transformHtml && extname(found.file) === '.html') {
      const body = Buffer.from(
        transformHtml(
          await readFile(found.file, 'utf8'),
          new URL(request.url ?? '/', 'http://localhost'),
        ),
        'utf8',
      );
      headers['content-length'] = String(body.length);
      response.writeHead(200, headers);
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    response.writeHead(200, headers);
    if (request.method === 'HEAD') response.end();
    else createReadStream(found.file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({
        url: `http://${shown}:${address.port}`,
        address,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
