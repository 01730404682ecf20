// A web-test-runner plugin for the contact widget's tests: it starts the real reference
// receiver (examples/contact-receiver, built to dist/) on a free port with a throw-away data
// file, and a small fault proxy in front of it. Browser tests drive both through the
// `contact-receiver` server command: get the endpoint, inject the next faults, count what
// the receiver stored.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RECEIVER = new URL('../../../../../examples/contact-receiver/dist/index.js', import.meta.url)
  .href;

/**
 * Faults, each for the next `times` POSTs to endpoints with the same `?file=` scope (test
 * files run side by side, so one file's faults never hit another's requests):
 * - `down`: the connection is closed before anything reaches the receiver;
 * - `error500`: a 500 answer, nothing reaches the receiver;
 * - `slow`: the receiver stores it, the answer comes `delay` ms later;
 * - `drop`: the receiver stores it, then the connection is cut before the answer;
 * - `stall`: nothing reaches the receiver and no answer ever comes (until the client gives up);
 * - `answer`: something else answers instead of the receiver (a captive portal, a CDN error
 *   page, a proxy's 413): `status`, `contentType`, `body`, with CORS headers unless `cors: false`;
 * - `no-cors`: the receiver stores it, but its answer reaches the browser without CORS headers.
 */
export function contactReceiverPlugin() {
  let receiver;
  let proxy;
  let directory;
  let endpoint;
  const faults = new Map();

  const scopeOf = (url) =>
    new URL(url ?? '/', 'http://proxy.invalid').searchParams.get('file') ?? '';
  const nextFault = (url) => faults.get(scopeOf(url))?.shift() ?? { mode: 'pass' };

  return {
    name: 'contact-receiver',

    async serverStart() {
      const { startReceiver } = await import(RECEIVER);
      directory = mkdtempSync(join(tmpdir(), 'opvang-contact-test-'));
      receiver = await startReceiver({ dataFile: join(directory, 'messages.jsonl'), port: 0 });
      const target = new URL(receiver.url);
      proxy = createServer((request, response) => {
        const fault = request.method === 'POST' ? nextFault(request.url) : { mode: 'pass' };
        const cors = {
          'access-control-allow-origin': '*',
          'access-control-expose-headers': 'idempotent-replayed, retry-after',
          'content-type': 'application/json',
        };
        if (fault.mode === 'down') {
          request.socket.destroy();
          return;
        }
        if (fault.mode === 'stall') {
          request.resume();
          return;
        }
        if (fault.mode === 'answer') {
          const { 'content-type': _json, ...corsOnly } = cors;
          const headers = {
            'content-type': fault.contentType ?? 'text/html',
            ...(fault.cors === false ? {} : corsOnly),
          };
          request.resume();
          request.on('end', () =>
            response.writeHead(fault.status ?? 200, headers).end(fault.body ?? ''),
          );
          return;
        }
        if (fault.mode === 'error500') {
          request.resume();
          request.on('end', () => response.writeHead(500, cors).end('{"error":"internal"}'));
          return;
        }
        const upstream = httpRequest(
          {
            host: target.hostname,
            port: target.port,
            path: request.url,
            method: request.method,
            headers: request.headers,
          },
          (answer) => {
            if (fault.mode === 'drop') {
              answer.resume();
              answer.on('end', () => request.socket.destroy());
              return;
            }
            const forward = () => {
              if (fault.mode === 'no-cors') {
                const headers = Object.fromEntries(
                  Object.entries(answer.headers).filter(
                    ([name]) => !name.startsWith('access-control-'),
                  ),
                );
                response.writeHead(answer.statusCode ?? 502, headers);
                answer.pipe(response);
                return;
              }
              response.writeHead(answer.statusCode ?? 502, { ...answer.headers, ...cors });
              answer.pipe(response);
            };
            if (fault.mode === 'slow') setTimeout(forward, fault.delay ?? 1000);
            else forward();
          },
        );
        upstream.on('error', () => request.socket.destroy());
        request.pipe(upstream);
      });
      await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
      endpoint = `http://127.0.0.1:${proxy.address().port}/messages`;
    },

    async serverStop() {
      proxy?.closeAllConnections();
      proxy?.close();
      await receiver?.close();
      if (directory) rmSync(directory, { recursive: true, force: true });
    },

    async executeCommand({ command, payload }) {
      if (command !== 'contact-receiver') return undefined;
      switch (payload?.action) {
        case 'endpoint':
          return endpoint;
        case 'faults':
          faults.set(
            payload.scope ?? '',
            payload.faults.flatMap((fault) =>
              Array.from({ length: fault.times ?? 1 }, () => fault),
            ),
          );
          return true;
        case 'stored': {
          // Straight from the data file: what the municipality would really find.
          const counts = {};
          const text = readFileSync(receiver.store.path, 'utf8');
          for (const line of text.split('\n')) {
            if (line.trim() === '') continue;
            const id = JSON.parse(line).message?.id;
            counts[id] = (counts[id] ?? 0) + 1;
          }
          return counts;
        }
        default:
          throw new Error(`unknown contact-receiver action ${JSON.stringify(payload)}`);
      }
    },
  };
}
