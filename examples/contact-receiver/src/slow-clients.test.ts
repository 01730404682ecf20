import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startReceiver, type RunningReceiver } from './receiver.js';

// Short timeouts so that the test takes seconds; the defaults (10 s, 15 s) work the same way.
const HEADERS_TIMEOUT_MS = 1000;
const REQUEST_TIMEOUT_MS = 1500;
/** What "closed in time" allows beyond the timeout: the check interval plus a busy machine. */
const MARGIN_MS = 700;
const CAP = 20;

interface SlowClient {
  readonly kind: 'headers' | 'body';
  /** Milliseconds from connecting to the socket being closed, or undefined if still open. */
  closedAfter(): number | undefined;
  /** Milliseconds from connecting to the server closing its side (FIN), or undefined. */
  endedAfter(): number | undefined;
  /** Everything the server sent. */
  answer(): string;
  readonly closed: Promise<void>;
  readonly ended: Promise<void>;
}

/**
 * A slowloris client: sends its request one byte every 100 ms and never finishes. It keeps its
 * own side open (allowHalfOpen) and keeps writing, so it only sees `close` once the server has
 * really dropped the connection, not merely answered and half-closed it.
 */
function slowClient(port: number, kind: SlowClient['kind']): SlowClient {
  const headers =
    kind === 'body'
      ? `POST /messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 20000\r\n\r\n`
      : '';
  // Under the body size cap, or it would get an immediate 413 rather than wait.
  const text =
    kind === 'body'
      ? '{"id":"' + 'x'.repeat(20_000)
      : `POST /messages HTTP/1.1\r\nHost: x\r\nX-Slow: ${'a'.repeat(100_000)}`;
  const socket = connect({ port, host: '127.0.0.1', allowHalfOpen: true });
  const opened = Date.now();
  let closedAt: number | undefined;
  let endedAt: number | undefined;
  let answer = '';
  let sent = 0;
  socket.once('connect', () => {
    if (headers !== '') socket.write(headers);
  });
  const timer = setInterval(() => {
    if (!socket.destroyed && socket.writable) socket.write(text.charAt(sent++));
  }, 100);
  socket.on('data', (chunk: Buffer) => (answer += chunk.toString('utf8')));
  socket.on('error', () => undefined);
  const closed = new Promise<void>((resolve) =>
    socket.once('close', () => {
      clearInterval(timer);
      closedAt = Date.now();
      resolve();
    }),
  );
  const ended = new Promise<void>((resolve) => {
    socket.once('end', () => {
      endedAt = Date.now();
      resolve();
    });
    void closed.then(() => resolve());
  });
  return {
    kind,
    closed,
    ended,
    closedAfter: () => (closedAt === undefined ? undefined : closedAt - opened),
    endedAfter: () => {
      const at = endedAt ?? closedAt;
      return at === undefined ? undefined : at - opened;
    },
    answer: () => answer,
  };
}

/** Waits for every client to close (or be ended), or for `ms` to pass, whichever comes first. */
async function settle(
  clients: readonly SlowClient[],
  ms: number,
  until: 'closed' | 'ended' = 'closed',
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.all(clients.map((client) => client[until])),
    new Promise((resolve) => (timer = setTimeout(resolve, ms))),
  ]);
  clearTimeout(timer);
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function message() {
  return {
    id: randomUUID(),
    createdAt: '2025-03-14T19:00:00.000+01:00',
    language: 'nl',
    category: 'question',
    message: 'Vanaf wanneer komen de eerste bewoners?',
    replyWanted: false,
    consent: true,
  };
}

const post = (url: string) =>
  fetch(`${url}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(message()),
  });

/** Opens `CAP` slow clients, then more, and checks what a slowloris attack must find. */
async function attack(url: string, connections: () => Promise<number | undefined>): Promise<void> {
  const port = Number(new URL(url).port);
  const slow = Array.from({ length: CAP }, (_, index) =>
    slowClient(port, index % 2 === 0 ? 'headers' : 'body'),
  );
  await delay(300);
  // Beyond the cap: dropped at once, without an answer, while the slow ones are still open.
  const extra = Array.from({ length: 5 }, () => slowClient(port, 'headers'));
  // The server drops them at once (a FIN, then a reset at the next write): the FIN is the sign.
  await settle(extra, 500, 'ended');
  expect(extra.map((client) => (client.endedAfter() ?? Infinity) < 500)).toEqual(
    extra.map(() => true),
  );
  expect(extra.map((client) => client.answer())).toEqual(extra.map(() => ''));
  expect(slow.filter((client) => client.closedAfter() !== undefined)).toEqual([]);
  expect(await connections()).toSatisfy(
    (count: number | undefined) => count === undefined || count === CAP,
  );

  await settle(slow, REQUEST_TIMEOUT_MS + MARGIN_MS + 1000);
  for (const client of slow) {
    const limit = client.kind === 'headers' ? HEADERS_TIMEOUT_MS : REQUEST_TIMEOUT_MS;
    expect(client.closedAfter(), `a slow ${client.kind} client still open`).toBeTypeOf('number');
    expect(client.closedAfter()).toBeGreaterThanOrEqual(limit - 100);
    expect(client.closedAfter()).toBeLessThanOrEqual(limit + MARGIN_MS);
    expect(client.answer()).toMatch(/^HTTP\/1\.1 408 /);
  }
  expect(await connections()).toSatisfy(
    (count: number | undefined) => count === undefined || count === 0,
  );
  // And the receiver still serves ordinary requests.
  expect((await post(url)).status).toBe(201);
}

describe('slow clients (slowloris)', () => {
  let directory: string;
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'opvang-slow-'));
  });
  afterEach(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('are closed within the configured timeouts, and connections beyond the cap are refused', async () => {
    let receiver: RunningReceiver | undefined;
    try {
      receiver = await startReceiver({
        dataFile: join(directory, 'messages.jsonl'),
        port: 0,
        headersTimeoutMs: HEADERS_TIMEOUT_MS,
        requestTimeoutMs: REQUEST_TIMEOUT_MS,
        maxConnections: CAP,
      });
      const server = receiver.server;
      const connections = () =>
        new Promise<number>((resolve, reject) =>
          server.getConnections((error, count) => (error ? reject(error) : resolve(count))),
        );
      await attack(receiver.url, connections);
    } finally {
      await receiver?.close();
    }
  }, 15_000);

  it('are closed the same way by the receiver program, set up from its environment', async () => {
    const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
    if (!existsSync(cli))
      throw new Error(
        `${cli} is missing: build the receiver first (pnpm --filter @opvang/contact-receiver build)`,
      );
    const child: ChildProcess = spawn(process.execPath, [cli], {
      env: {
        ...process.env,
        PORT: '0',
        DATA_FILE: join(directory, 'messages.jsonl'),
        HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
        REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
        MAX_CONNECTIONS: String(CAP),
      },
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let output = '';
        child.stdout?.on('data', (chunk: Buffer) => {
          output += chunk.toString('utf8');
          const found = /POST (http:\/\/127\.0\.0\.1:\d+)\/messages/.exec(output);
          if (found?.[1] !== undefined) resolve(found[1]);
        });
        child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
        child.once('exit', (code) =>
          reject(new Error(`the receiver exited with ${code}: ${output}`)),
        );
      });
      await attack(url, () => Promise.resolve(undefined));
    } finally {
      child.kill('SIGTERM');
    }
  }, 15_000);
});
