// Every route and every kind of bad input, against the real program on a real SQLite file,
// and against the same server started in this process (which coverage sees).
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from './test-support/http.js';
import { announced, completed, note, offered, openingEvent } from './test-support/events.js';
import { startCaseServer } from './start.js';
import { createToken, startServerProcess } from './test-support/process.js';

describe.each(['the program', 'in process'] as const)('%s', (mode) => {
  let directory: string;
  let server: { readonly url: string; running(): boolean; stop(): Promise<number | null> };
  let token: string;
  const ORIGIN = 'http://localhost:8000';

  const api = (path: string) => `${server.url}/api${path}`;
  const problem = (json: unknown) => (json as { error: Record<string, unknown> }).error;

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'opvang-case-server-'));
    token = createToken(directory, ['--name', 'An Peeters', '--role', 'officer']).token;
    if (mode === 'the program') {
      const child = await startServerProcess(['--data', directory, '--allow-origin', ORIGIN]);
      server = {
        url: child.url,
        running: () => child.child.exitCode === null,
        stop: () => child.stop(),
      };
    } else {
      const running = await startCaseServer({
        dataDir: directory,
        port: 0,
        allowedOrigins: [ORIGIN],
      });
      server = {
        url: running.url,
        running: () => running.server.listening,
        stop: async () => {
          await running.close();
          return 0;
        },
      };
    }
    const opened = await call(api('/cases'), {
      method: 'POST',
      token,
      body: { id: 'open-a', event: openingEvent('case-a') },
    });
    expect(opened.status).toBe(201);
    const untouched = await call(api('/cases'), {
      method: 'POST',
      token,
      body: { id: 'open-bad', event: openingEvent('case-bad') },
    });
    expect(untouched.status).toBe(201); // stays at version 1: every append to it is refused
  }, 30_000);

  afterAll(async () => {
    expect(await server.stop()).toBe(0);
    await rm(directory, { recursive: true, force: true });
  });

  describe('the routes', () => {
    it('GET /health answers anyone, with no data', async () => {
      const answer = await call(`${server.url}/health`);
      expect([answer.status, answer.json]).toEqual([200, { status: 'ok' }]);
    });

    it('GET /api/session says who the token is', async () => {
      const answer = await call(api('/session'), { token });
      expect([answer.status, answer.json]).toEqual([200, { name: 'An Peeters', role: 'officer' }]);
    });

    it('POST /api/cases opens a case: 201, ETag, Location; a retry 200; another opening 409', async () => {
      const body = { id: 'open-b', event: openingEvent('case-b', 'Voorbeeldgem') };
      const first = await call(api('/cases'), { method: 'POST', token, body });
      expect(first.status).toBe(201);
      expect(first.headers.get('etag')).toBe('"1"');
      expect(first.headers.get('location')).toBe('/api/cases/case-b');
      expect(first.json).toMatchObject({
        caseId: 'case-b',
        version: 1,
        municipality: 'Voorbeeldgem',
      });
      expect((first.json as { records: unknown[] }).records[0]).toMatchObject({
        id: 'open-b',
        recordedBy: 'An Peeters',
      });
      const retry = await call(api('/cases'), { method: 'POST', token, body });
      expect([retry.status, retry.json]).toEqual([200, first.json]);
      const other = await call(api('/cases'), {
        method: 'POST',
        token,
        body: { ...body, id: 'open-c' },
      });
      expect(other.status).toBe(409);
      expect(problem(other.json)).toMatchObject({ status: 409, code: 'case-exists' });
    });

    it('POST /api/cases refuses what is not an opening event (400) and a broken one (422)', async () => {
      const notOpening = await call(api('/cases'), {
        method: 'POST',
        token,
        body: { id: 'x', event: note('case-z', 'hello') },
      });
      expect(notOpening.status).toBe(400);
      expect(problem(notOpening.json)).toMatchObject({ code: 'invalid-body', path: 'event.kind' });
      const broken = openingEvent('case-z') as { facts: Record<string, unknown> };
      const answer = await call(api('/cases'), {
        method: 'POST',
        token,
        body: { id: 'x', event: { ...broken, facts: { ...broken.facts, capacity: 0 } } },
      });
      expect(answer.status).toBe(422);
      expect(problem(answer.json)).toMatchObject({
        code: 'event-rejected',
        index: 0,
        rejection: {
          kind: 'validation',
          issues: [expect.objectContaining({ path: 'facts.capacity' })],
        },
      });
      expect((await call(api('/cases/case-z'), { token })).status).toBe(404);
    });

    it('GET /api/cases lists the cases with an ETag; If-None-Match gets 304 until something changes', async () => {
      const list = await call(api('/cases'), { token });
      expect(list.status).toBe(200);
      const tag = list.headers.get('etag') ?? '';
      expect(tag).toMatch(/^"\d+-\d+"$/);
      const ids = (list.json as { cases: Array<{ caseId: string }> }).cases.map(
        (one) => one.caseId,
      );
      expect(ids).toContain('case-a');
      const unchanged = await call(api('/cases'), { token, headers: { 'if-none-match': tag } });
      expect([unchanged.status, unchanged.text]).toEqual([304, '']);
      await call(api('/cases/case-a/events'), {
        method: 'POST',
        token,
        headers: {
          'if-match': (await call(api('/cases/case-a'), { token })).headers.get('etag') ?? '',
        },
        body: { events: [{ id: 'list-note', event: note('case-a', 'changes the list') }] },
      });
      const changed = await call(api('/cases'), { token, headers: { 'if-none-match': tag } });
      expect(changed.status).toBe(200);
      expect(changed.headers.get('etag')).not.toBe(tag);
    });

    it('GET /api/cases/:caseId reads one case with its ETag; 304; 404 for an unknown case', async () => {
      const read = await call(api('/cases/case-a'), { token });
      expect(read.status).toBe(200);
      const document = read.json as {
        version: number;
        log: { events: unknown[] };
        records: unknown[];
      };
      expect(read.headers.get('etag')).toBe(`"${document.version}"`);
      expect(document.log.events).toHaveLength(document.version);
      expect(document.records).toHaveLength(document.version);
      const again = await call(api('/cases/case-a'), {
        token,
        headers: { 'if-none-match': `"${document.version}"` },
      });
      expect(again.status).toBe(304);
      for (const path of ['/cases/no-such-case', '/cases/%E0%A4%A', '/cases/..%2F..']) {
        const unknown = await call(api(path), { token });
        expect(unknown.status).toBe(404);
        expect(problem(unknown.json)).toMatchObject({ status: 404, code: 'unknown-case' });
      }
    });

    it('POST /api/cases/:caseId/events follows the contract: 428, 200, retry stored once, 412, 422', async () => {
      const { json } = await call(api('/cases'), {
        method: 'POST',
        token,
        body: { id: 'open-e', event: openingEvent('case-e') },
      });
      expect(json).toMatchObject({ version: 1 });
      const events = (...items: Array<[string, unknown]>) => ({
        events: items.map(([id, event]) => ({ id, event })),
      });
      const post = (ifMatch: string | undefined, body: unknown) =>
        call(api('/cases/case-e/events'), {
          method: 'POST',
          token,
          body,
          headers: ifMatch === undefined ? {} : { 'if-match': ifMatch },
        });

      const missing = await post(undefined, events(['n1', note('case-e', 'one')]));
      expect([missing.status, problem(missing.json)['code']]).toEqual([428, 'if-match-required']);

      const appended = await post(
        '"1"',
        events(['n1', note('case-e', 'one')], ['ca', completed('case-e', 'C.a')]),
      );
      expect(appended.status).toBe(200);
      expect(appended.headers.get('etag')).toBe('"3"');
      expect(appended.json).toMatchObject({ version: 3 });

      // The same append again (its answer was lost): stored once, whatever the If-Match.
      const retry = await post(
        '"1"',
        events(['n1', note('case-e', 'one')], ['ca', completed('case-e', 'C.a')]),
      );
      expect([retry.status, retry.json]).toEqual([200, appended.json]);

      const stale = await post('"1"', events(['n2', note('case-e', 'two')]));
      expect(stale.status).toBe(412);
      expect(problem(stale.json)['code']).toBe('version-mismatch');
      expect((stale.json as { current: unknown }).current).toEqual(appended.json);

      const rejected = await post(
        '"3"',
        events(['n3', note('case-e', 'fine')], ['ca2', completed('case-e', 'C.a')]),
      );
      expect(rejected.status).toBe(422);
      expect(problem(rejected.json)).toMatchObject({
        code: 'event-rejected',
        index: 1,
        rejection: { kind: 'event-rejected', code: 'already-done', step: 'C.a' },
      });

      const otherCase = await post('"3"', events(['n4', note('case-a', 'lost here')]));
      expect(otherCase.status).toBe(422);
      expect(problem(otherCase.json)).toMatchObject({ code: 'wrong-case', index: 0 });

      const read = await call(api('/cases/case-e'), { token });
      expect(read.json).toEqual(appended.json); // nothing of the refused batches was stored
    });

    it('takes the events of event-log version 2, and names a support item not in the catalogue (422)', async () => {
      await call(api('/cases'), {
        method: 'POST',
        token,
        body: { id: 'open-v2', event: openingEvent('case-v2') },
      });
      const post = (ifMatch: string, ...items: Array<[string, unknown]>) =>
        call(api('/cases/case-v2/events'), {
          method: 'POST',
          token,
          body: { events: items.map(([id, event]) => ({ id, event })) },
          headers: { 'if-match': ifMatch },
        });
      const unknown = await post('"1"', ['o1', offered('case-v2', ['free-lunch'])]);
      expect(unknown.status).toBe(422);
      expect(problem(unknown.json)).toMatchObject({
        code: 'event-rejected',
        rejection: {
          code: 'unknown-catalogue-item',
          event: 'support-offered',
          items: ['free-lunch'],
        },
      });
      const future = await post('"1"', [
        'f',
        announced('case-v2', '2026-11-03T10:00', '2026-11-04T10:00'),
      ]);
      expect(future.status).toBe(422);
      expect(problem(future.json)).toMatchObject({
        rejection: { code: 'announced-after-recording' },
      });
      // Announced the day before the case was opened (2026-11-02T09:00), recorded after it.
      const appended = await post(
        '"1"',
        ['a', announced('case-v2', '2026-11-03T10:00', '2026-11-01T18:00')],
        ['o2', offered('case-v2', ['buddy-scheme'])],
      );
      expect(appended.status).toBe(200);
      expect(appended.json).toMatchObject({ version: 3, log: { schemaVersion: 2 } });
    });
  });

  describe('bad input gets a status and a coded message, and the server keeps answering', () => {
    const append = (body: string, extra: Record<string, string> = {}) =>
      call(api('/cases/case-bad/events'), {
        method: 'POST',
        token,
        body,
        headers: { 'if-match': '"1"', ...extra },
      });
    const deep = (levels: number) =>
      `{"events":[{"id":"d","event":{"x":${'['.repeat(levels)}${']'.repeat(levels)}}}]}`;

    it.each([
      [
        'an unknown case',
        () =>
          call(api('/cases/nobody/events'), {
            method: 'POST',
            token,
            headers: { 'if-match': '"1"' },
            body: '{}',
          }),
        404,
        'unknown-case',
      ],
      [
        'a body over 256 KiB',
        () =>
          append(
            JSON.stringify({ events: [{ id: 'big', event: note('case-a', 'x'.repeat(300_000)) }] }),
          ),
        413,
        'too-large',
      ],
      ['a body that is not JSON', () => append('{"events": [}'), 400, 'invalid-json'],
      [
        'JSON sent as text/plain (what a form or a bare fetch sends)',
        () => append('{"events":[]}', { 'content-type': 'text/plain;charset=UTF-8' }),
        415,
        'unsupported-media-type',
      ],
      [
        'JSON in another charset than UTF-8',
        () => append('{"events":[]}', { 'content-type': 'application/json; charset=latin1' }),
        415,
        'unsupported-media-type',
      ],
      ['JSON nested deeper than 32', () => append(deep(40)), 400, 'too-deep'],
      [
        'a body of the wrong shape',
        () => append('{"events":[{"id":"no spaces allowed","event":{}}]}'),
        400,
        'invalid-body',
      ],
      ['no events', () => append('{"events":[]}'), 400, 'invalid-body'],
      [
        'more than 100 events',
        () =>
          append(
            JSON.stringify({
              events: Array.from({ length: 101 }, (_, i) => ({
                id: `e${i}`,
                event: note('case-a', 'x'),
              })),
            }),
          ),
        400,
        'invalid-body',
      ],
      [
        'an unknown key',
        () => append('{"events":[{"id":"a","event":{}}],"extra":1}'),
        400,
        'invalid-body',
      ],
      [
        'an event for another case',
        () => append(JSON.stringify({ events: [{ id: 'w', event: note('case-b', 'x') }] })),
        422,
        'wrong-case',
      ],
      [
        'an event the core refuses',
        () => append(JSON.stringify({ events: [{ id: 'r', event: { kind: 'step-started' } }] })),
        422,
        'event-rejected',
      ],
      [
        'a stale version',
        () =>
          append(JSON.stringify({ events: [{ id: 's', event: note('case-bad', 'x') }] }), {
            'if-match': '"99"',
          }),
        412,
        'version-mismatch',
      ],
      [
        'an If-Match that names no version',
        () =>
          append(JSON.stringify({ events: [{ id: 's', event: note('case-bad', 'x') }] }), {
            'if-match': '*',
          }),
        412,
        'version-mismatch',
      ],
      ['an unknown route', () => call(api('/nothing'), { token }), 404, 'not-found'],
      ['a path outside the API', () => call(`${server.url}/`, { token }), 404, 'not-found'],
      [
        'a wrong method',
        () => call(api('/cases/case-a'), { method: 'DELETE', token }),
        405,
        'method-not-allowed',
      ],
      [
        'a wrong method on /health',
        () => call(`${server.url}/health`, { method: 'POST' }),
        405,
        'method-not-allowed',
      ],
      [
        'a page of an origin not allowed',
        () => call(api('/cases'), { token, headers: { origin: 'https://evil.example' } }),
        403,
        'origin-not-allowed',
      ],
    ])('%s', async (_name, send, status, code) => {
      const answer = await send();
      expect(answer.status).toBe(status);
      expect(problem(answer.json)).toMatchObject({ status, code, message: expect.any(String) });
      expect((await call(`${server.url}/health`)).status).toBe(200);
    });

    it('names the wrong field and what was expected', async () => {
      const answer = await append('{"events":[{"id":"ok","event":[]}]}');
      expect(problem(answer.json)).toMatchObject({
        path: 'events[0].event',
        expected: expect.stringContaining('event'),
      });
    });

    it('says which methods a route takes', async () => {
      const answer = await call(api('/cases/case-a/events'), { method: 'GET', token });
      expect(answer.status).toBe(405);
      expect(answer.headers.get('allow')).toBe('POST, OPTIONS');
    });

    it('answers a request that is not HTTP with 400 and closes the connection', async () => {
      const { hostname, port } = new URL(server.url);
      const answer = await new Promise<string>((resolve) => {
        const socket = connect(Number(port), hostname);
        let text = '';
        socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        socket.on('close', () => resolve(text));
        socket.on('error', () => resolve(text));
        socket.setTimeout(5000, () => socket.destroy());
        socket.write('NOT HTTP AT ALL\r\n\r\n');
      });
      expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request/);
    });

    it('is still running after all of it', async () => {
      expect(server.running()).toBe(true);
      expect((await call(api('/session'), { token })).status).toBe(200);
    });
  });

  describe('CORS', () => {
    it('answers a preflight from an allowed origin with the contract’s headers, and no cookies', async () => {
      const answer = await call(api('/cases/case-a/events'), {
        method: 'OPTIONS',
        headers: { origin: ORIGIN, 'access-control-request-method': 'POST' },
      });
      expect(answer.status).toBe(204);
      expect(answer.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      expect(answer.headers.get('access-control-allow-headers')).toBe(
        'Authorization, Content-Type, If-Match, If-None-Match',
      );
      expect(answer.headers.get('access-control-expose-headers')).toBe('ETag, Location');
      expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
      expect(answer.headers.get('set-cookie')).toBeNull();
    });

    it('lets an allowed page read the ETag', async () => {
      const answer = await call(api('/cases/case-a'), { token, headers: { origin: ORIGIN } });
      expect(answer.status).toBe(200);
      expect(answer.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      expect(answer.headers.get('access-control-expose-headers')).toContain('ETag');
    });
  });
});
