import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MAX_JSON_DEPTH,
  startReceiver,
  type ReceiverEvent,
  type RunningReceiver,
} from './receiver.js';

let directory: string;
let receiver: RunningReceiver | undefined;
let events: ReceiverEvent[];

const dataFile = () => join(directory, 'nested', 'messages.jsonl');

function message(overrides: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    createdAt: '2025-03-14T19:00:00.000+01:00',
    language: 'nl',
    category: 'question',
    message: 'Vanaf wanneer komen de eerste bewoners?',
    replyWanted: false,
    consent: true,
    ...overrides,
  };
}

async function start(options: Partial<Parameters<typeof startReceiver>[0]> = {}) {
  receiver = await startReceiver({
    dataFile: dataFile(),
    port: 0,
    now: () => new Date('2025-03-14T18:00:01Z'),
    log: (event) => events.push(event),
    ...options,
  });
  return receiver;
}

function post(body: unknown, headers: Record<string, string> = {}) {
  if (receiver === undefined) throw new Error('start the receiver first');
  return fetch(`${receiver.url}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function storedLines(): Promise<unknown[]> {
  const text = await readFile(dataFile(), 'utf8');
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as unknown);
}

/** Sends raw bytes and returns whatever comes back before the server closes or `ms` pass. */
function raw(text: string, ms = 2000): Promise<string> {
  if (receiver === undefined) throw new Error('start the receiver first');
  const { port } = new URL(receiver.url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('utf8')));
    socket.on('close', () => resolve(answer));
    socket.on('error', () => resolve(answer));
    socket.setTimeout(ms, () => socket.destroy());
    socket.write(text);
  });
}

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'opvang-receiver-'));
  events = [];
});

afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
  await rm(directory, { recursive: true, force: true });
});

describe('the reference receiver, on localhost', () => {
  it('stores a valid message durably and answers 201', async () => {
    await start();
    const sent = message();
    const response = await post(sent);
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({
      status: 'stored',
      id: sent.id,
      receivedAt: '2025-03-14T18:00:01.000Z',
    });
    expect(await storedLines()).toEqual([
      { receivedAt: '2025-03-14T18:00:01.000Z', message: sent },
    ]);
  });

  it('stores a message sent twice once, and answers the same way', async () => {
    await start();
    const sent = message();
    const first = await post(sent);
    const second = await post(sent);
    expect(second.status).toBe(first.status);
    expect(await second.json()).toEqual(await first.json());
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(await storedLines()).toHaveLength(1);
    expect(events.map((event) => event.kind)).toEqual(['stored', 'duplicate']);
  });

  it('answers a new message and a repeat with the same JSON receipt: status stored and its id', async () => {
    // The contract the widget relies on (docs/contact.md): only this receipt means stored.
    await start();
    const sent = message({ id: randomUUID() });
    const receipts = [];
    for (const response of [await post(sent), await post(sent)]) {
      expect(response.status).toBe(201);
      expect(response.headers.get('content-type')).toMatch(/^application\/json(?:;|$)/);
      receipts.push(await response.json());
    }
    for (const receipt of receipts)
      expect(receipt).toMatchObject({ status: 'stored', id: sent.id });
    expect(receipts[1]).toEqual(receipts[0]);
    // After a restart, and for a copy sent at the same moment as the first: the same receipt.
    await receiver?.close();
    await start();
    const other = message();
    const [again, first, copy] = await Promise.all([post(sent), post(other), post(other)]);
    for (const [response, id] of [
      [again, sent.id],
      [first, other.id],
      [copy, other.id],
    ] as const) {
      expect(response.status).toBe(201);
      expect(response.headers.get('content-type')).toMatch(/^application\/json(?:;|$)/);
      expect(await response.json()).toMatchObject({ status: 'stored', id });
    }
    // Nothing else ever says stored: a refusal, a conflict and a storage failure do not.
    const conflict = await post({ ...sent, message: 'Een heel andere vraag over de school.' });
    expect(await conflict.json()).not.toHaveProperty('status');
    await receiver?.store.close();
    const failed = await post(message());
    expect(failed.status).toBe(503);
    expect(await failed.json()).not.toHaveProperty('status');
  });

  it('stores each of many concurrent sends of the same message once', async () => {
    await start();
    const same = message();
    const others = Array.from({ length: 20 }, () => message());
    const responses = await Promise.all([
      ...Array.from({ length: 20 }, () => post(same)),
      ...others.map((other) => post(other)),
    ]);
    expect(responses.every((response) => response.status === 201)).toBe(true);
    const ids = (await storedLines()).map(
      (line) => (line as { message: { id: string } }).message.id,
    );
    expect(ids).toHaveLength(21);
    expect(new Set(ids).size).toBe(21);
  });

  it('remembers stored ids after a restart', async () => {
    const sent = message();
    await start();
    await post(sent);
    await receiver?.close();
    await start();
    const again = await post(sent);
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await storedLines()).toHaveLength(1);
  });

  it('refuses another message under a used id with 409', async () => {
    await start();
    const sent = message();
    await post(sent);
    const response = await post({ ...sent, message: 'Een heel andere vraag over de school.' });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ error: 'id-conflict' });
    expect(await storedLines()).toHaveLength(1);
  });

  it('names the wrong fields, with texts in the resident language', async () => {
    await start();
    const response = await post(message({ language: 'fr', message: 'Trop', consent: false }));
    expect(response.status).toBe(422);
    const body = (await response.json()) as {
      error: string;
      issues: Array<{ path: string; code: string; text: string; expected: string }>;
    };
    expect(body.error).toBe('validation');
    expect(body.issues.map((issue) => [issue.path, issue.code])).toEqual([
      ['message', 'message-too-short'],
      ['consent', 'consent-missing'],
    ]);
    expect(body.issues[0]?.text).toBe(
      'Votre message est trop court. Écrivez au moins 10 caractères.',
    );
    expect(body.issues[0]?.expected).toBe('at least 10 characters');
  });

  it('falls back to Accept-Language for texts when the language itself is wrong', async () => {
    await start();
    const response = await post(message({ language: 'xx' }), {
      'accept-language': 'de-BE,de;q=0.9',
    });
    const body = (await response.json()) as { issues: Array<{ text: string }> };
    expect(body.issues[0]?.text).toContain('Sprache');
  });

  it('rejects what is not JSON, not a message, or too large, and keeps running', async () => {
    await start({ maxBodyBytes: 2048 });
    const invalid = await post('{"id": ');
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({ error: 'invalid-json' });

    const text = await fetch(`${receiver?.url}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hello',
    });
    expect(text.status).toBe(415);

    const large = await post(message({ message: 'x'.repeat(3000) }));
    expect(large.status).toBe(413);
    expect(await large.json()).toMatchObject({ error: 'payload-too-large' });

    const chunked = await raw(
      `POST /messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n${(3000).toString(16)}\r\n${'x'.repeat(3000)}\r\n0\r\n\r\n`,
    );
    expect(chunked).toMatch(/^HTTP\/1\.1 413/);

    const garbage = await raw('this is not HTTP\r\n\r\n');
    expect(garbage).toMatch(/^HTTP\/1\.1 400/);

    const after = await post(message());
    expect(after.status).toBe(201);
    expect(await storedLines()).toHaveLength(1);
  });

  it('refuses input nested deeper than the limit with 400 naming the limit, not a storage error', async () => {
    await start();
    // A valid message with one extra field nested 5 000 levels deep: 10 KB, under the size cap.
    const base = JSON.stringify(message());
    for (const nested of [
      '['.repeat(5000) + ']'.repeat(5000),
      '{"a":'.repeat(3000) + '1' + '}'.repeat(3000),
    ]) {
      const response = await post(`${base.slice(0, -1)},"extra":${nested}}`);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const body = (await response.json()) as { error: string; message: string };
      expect(body.error).toBe('too-deep');
      expect(body.message).toContain(String(MAX_JSON_DEPTH));
    }
    // Just within the limit is an ordinary validation answer.
    const within = await post(
      `${base.slice(0, -1)},"extra":${'['.repeat(MAX_JSON_DEPTH - 1)}${']'.repeat(MAX_JSON_DEPTH - 1)}}`,
    );
    expect(within.status).toBe(422);
    expect(events.some((event) => event.kind === 'failed')).toBe(false);
    expect((await post(message())).status).toBe(201);
  });

  it('answers no input with a 5xx: wrong types in every field, odd JSON, odd request targets', async () => {
    await start();
    const full = message({
      replyWanted: true,
      replyChannel: 'email',
      email: 'an.peeters@example.be',
      name: 'An',
    });
    const wrong: unknown[] = [
      null,
      {},
      [],
      [[]],
      0,
      -1,
      1e308,
      true,
      '',
      ' ',
      'x'.repeat(5000),
      { toString: 1 },
      ['a'],
      '\ud800',
    ];
    const fields = [...Object.keys(full), 'phone', '__proto__', 'constructor', 'toString'];
    const statuses = new Set<number>();
    for (const field of fields) {
      for (const value of wrong) {
        const response = await post(
          `${JSON.stringify({ ...full, id: randomUUID() }).slice(0, -1)},${JSON.stringify(field)}:${JSON.stringify(value)}}`,
        );
        statuses.add(response.status);
        await response.arrayBuffer();
      }
    }
    for (const body of [
      'null',
      '1',
      '"x"',
      '[]',
      '[{}]',
      'true',
      '{"__proto__":{"language":"fr"}}',
      '{"language":{"a":1}}',
      '\ufeff{}',
    ]) {
      const response = await post(body);
      statuses.add(response.status);
      await response.arrayBuffer();
    }
    for (const target of ['http://[', 'http://a:99999/messages', 'http://[::1/messages', '*']) {
      const answer = await raw(
        `POST ${target} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`,
      );
      statuses.add(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1]));
    }
    expect([...statuses].filter((status) => !(status >= 200 && status < 500))).toEqual([]);
    expect(events.filter((event) => event.kind === 'failed')).toEqual([]);
  });

  it('survives a client that drops the connection mid-body, and stores nothing from it', async () => {
    await start();
    const body = JSON.stringify(message());
    if (receiver === undefined) throw new Error('not started');
    const { port } = new URL(receiver.url);
    await new Promise<void>((resolve) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(
          `POST /messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 20)}`,
        );
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 50);
      });
    });
    const after = await post(message());
    expect(after.status).toBe(201);
    expect(await storedLines()).toHaveLength(1);
    // The client's own doing: logged as a rejected request, not as a failure of the receiver.
    expect(events.filter((event) => event.kind === 'failed')).toEqual([]);
  });

  it('answers health, unknown paths and wrong methods in JSON', async () => {
    await start();
    const health = await fetch(`${receiver?.url}/health`);
    expect(await health.json()).toEqual({ status: 'ok', messages: 0 });
    const missing = await fetch(`${receiver?.url}/elsewhere`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: 'not-found' });
    const get = await fetch(`${receiver?.url}/messages`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST, OPTIONS');
    const deleteHealth = await fetch(`${receiver?.url}/health`, { method: 'DELETE' });
    expect(deleteHealth.status).toBe(405);
  });

  it('answers CORS preflights for allowed origins only', async () => {
    await start({ allowedOrigins: ['https://www.gemeente.be'] });
    const preflight = await fetch(`${receiver?.url}/messages`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://www.gemeente.be',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://www.gemeente.be');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('content-type');

    const other = await post(message(), { origin: 'https://elders.example' });
    expect(other.status).toBe(403);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect(await storedLines().catch(() => [])).toHaveLength(0);

    const allowed = await post(message(), { origin: 'https://www.gemeente.be' });
    expect(allowed.status).toBe(201);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://www.gemeente.be');
    // A widget on another origin must be able to read both: the replay marker and when to retry.
    expect(allowed.headers.get('access-control-expose-headers')).toBe(
      'idempotent-replayed, retry-after',
    );
  });

  it('stores a request without Origin even with allowed origins: they bind browsers, not other clients', async () => {
    // Documented in the README: ALLOWED_ORIGINS is not access control.
    await start({ allowedOrigins: ['https://www.gemeente.be'] });
    const response = await post(message());
    expect(response.status).toBe(201);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows any origin by default', async () => {
    await start();
    const response = await post(message(), { origin: 'https://www.gemeente.be' });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers 503 when the message cannot be stored, so the client retries', async () => {
    const running = await start();
    await running.store.close();
    const response = await post(message());
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(events.at(-1)).toMatchObject({ kind: 'rejected', status: 503 });
  });

  it('keeps unreadable lines, skips them, and never glues a new line to a torn one', async () => {
    const kept = message();
    await start();
    await post(kept);
    await receiver?.close();
    receiver = undefined;
    const before = await readFile(dataFile(), 'utf8');
    await writeFile(
      dataFile(),
      `${before}not json\n{"receivedAt":"2025-03-14T18:00:01.000Z","message":{"id":"x"}}\n{"receivedAt":"2025-`,
    );
    const running = await start();
    expect(running.store.unreadable.map((line) => line.line)).toEqual([2, 3, 4]);
    expect(running.store.size).toBe(1);
    const next = message();
    expect((await post(next)).status).toBe(201);
    const lines = (await readFile(dataFile(), 'utf8')).split('\n');
    expect(lines[3]).toBe('{"receivedAt":"2025-');
    expect(JSON.parse(lines[4] ?? '')).toMatchObject({ message: { id: next.id } });
  });
});
