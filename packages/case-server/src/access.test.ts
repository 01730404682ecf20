// The access matrix: every route × every kind of identity × its own and another municipality's
// case. Wherever access is not allowed the answer is 401 or 403 and holds no case data.
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCaseServer, type RunningCaseServer } from './start.js';
import { note, openingEvent } from './test-support/events.js';
import { call, type Answer } from './test-support/http.js';
import { createToken, runCli } from './test-support/process.js';

const OWN = { caseId: 'own-case', municipality: 'Demodorp', secret: 'SECRET-OWN-NOTE' };
const OTHER = { caseId: 'other-case', municipality: 'Voorbeeldgem', secret: 'SECRET-OTHER-NOTE' };
type Target = 'own' | 'other';
const cases = { own: OWN, other: OTHER };
/** Text that only case data contains: ids, notes, addresses. */
const markers = (which: typeof OWN) => [
  which.caseId,
  which.secret,
  `Teststraat 1, ${which.municipality}`,
];

type Identity =
  | 'officer'
  | 'municipality'
  | 'viewer'
  | 'viewer of one municipality'
  | 'no token'
  | 'revoked token'
  | 'wrong secret'
  | 'not a token';
type Route = 'GET session' | 'GET cases' | 'POST cases' | 'GET case' | 'POST events';

const OK = {
  'GET session': 200,
  'GET cases': 200,
  'POST cases': 201,
  'GET case': 200,
  'POST events': 200,
};
const allowed: Record<Identity, (route: Route, target: Target) => boolean> = {
  officer: () => true,
  municipality: (route, target) =>
    route === 'GET session' ||
    route === 'GET cases' ||
    (route !== 'POST cases' && target === 'own'),
  viewer: (route) => route !== 'POST cases' && route !== 'POST events',
  'viewer of one municipality': (route, target) =>
    route === 'GET session' || route === 'GET cases' || (route === 'GET case' && target === 'own'),
  'no token': () => false,
  'revoked token': () => false,
  'wrong secret': () => false,
  'not a token': () => false,
};
/** Which cases a list shows each identity. */
const visible: Record<Identity, readonly Target[]> = {
  officer: ['own', 'other'],
  municipality: ['own'],
  viewer: ['own', 'other'],
  'viewer of one municipality': ['own'],
  'no token': [],
  'revoked token': [],
  'wrong secret': [],
  'not a token': [],
};
const unauthenticated = new Set<Identity>([
  'no token',
  'revoked token',
  'wrong secret',
  'not a token',
]);

let directory: string;
let running: RunningCaseServer;
const tokens = new Map<Identity, string | undefined>();
let opened = 0;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'opvang-case-access-'));
  const officer = createToken(directory, ['--name', 'Officer', '--role', 'officer']);
  tokens.set('officer', officer.token);
  const make = (...args: string[]) => createToken(directory, args).token;
  tokens.set(
    'municipality',
    make('--name', 'Kerngroep', '--role', 'municipality', '--municipality', 'Demodorp'),
  );
  tokens.set('viewer', make('--name', 'Viewer', '--role', 'viewer'));
  tokens.set(
    'viewer of one municipality',
    make('--name', 'V1', '--role', 'viewer', '--municipality', 'Demodorp'),
  );
  tokens.set('no token', undefined);
  const revoked = createToken(directory, ['--name', 'Gone', '--role', 'officer']);
  tokens.set('revoked token', revoked.token);
  tokens.set('wrong secret', `opv_${officer.id}_${'A'.repeat(43)}`);
  tokens.set('not a token', 'hunter2');
  running = await startCaseServer({ dataDir: directory, port: 0 });
  for (const one of [OWN, OTHER]) {
    running.store.open(
      { id: `${one.caseId}-open`, event: openingEvent(one.caseId, one.municipality) },
      'setup',
    );
    running.store.append(
      one.caseId,
      1,
      [{ id: `${one.caseId}-note`, event: note(one.caseId, one.secret) }],
      'setup',
    );
  }
  // Revoked by the program while the server runs: it takes effect at the next request.
  expect((await call(`${running.url}/api/session`, { token: revoked.token })).status).toBe(200);
  expect(runCli(['token', 'revoke', revoked.id, '--data', directory]).code).toBe(0);
}, 60_000);

afterAll(async () => {
  await running.close();
  await rm(directory, { recursive: true, force: true });
});

function send(route: Route, target: Target, token: string | undefined): Promise<Answer> {
  const { caseId, municipality } = cases[target];
  const url = (path: string) => `${running.url}/api${path}`;
  switch (route) {
    case 'GET session':
      return call(url('/session'), { token });
    case 'GET cases':
      return call(url('/cases'), { token });
    case 'POST cases': {
      opened += 1;
      const id = `new-${target}-${opened}`;
      return call(url('/cases'), {
        method: 'POST',
        token,
        body: { id, event: openingEvent(id, municipality) },
      });
    }
    case 'GET case':
      return call(url(`/cases/${caseId}`), { token });
    case 'POST events': {
      const version = running.store.head(caseId)?.version ?? 0;
      return call(url(`/cases/${caseId}/events`), {
        method: 'POST',
        token,
        headers: { 'if-match': `"${version}"` },
        body: { events: [{ id: `e-${opened++}`, event: note(caseId, 'appended in the matrix') }] },
      });
    }
  }
}

const identities = Object.keys(allowed) as Identity[];
const routes = Object.keys(OK) as Route[];
const cells = identities.flatMap((identity) =>
  routes.flatMap((route) =>
    (['own', 'other'] as const).map((target) => ({ identity, route, target })),
  ),
);

describe(`the access matrix (${cells.length} requests)`, () => {
  it.each(cells)('$route as $identity, $target case', async ({ identity, route, target }) => {
    const answer = await send(route, target, tokens.get(identity));
    const leaks = (which: typeof OWN) =>
      markers(which).filter((marker) => answer.text.includes(marker));
    if (allowed[identity](route, target)) {
      expect(answer.status).toBe(OK[route]);
      if (route === 'GET cases') {
        const shown = (answer.json as { cases: Array<{ caseId: string }> }).cases.map(
          (one) => one.caseId,
        );
        for (const which of ['own', 'other'] as const) {
          expect(shown.includes(cases[which].caseId)).toBe(visible[identity].includes(which));
          if (!visible[identity].includes(which)) expect(leaks(cases[which])).toEqual([]);
        }
      }
      return;
    }
    const status = unauthenticated.has(identity) ? 401 : 403;
    expect(answer.status).toBe(status);
    expect(answer.json).toEqual({
      error: {
        status,
        code: status === 401 ? 'unauthenticated' : 'forbidden',
        message: expect.any(String),
      },
    });
    expect([...leaks(OWN), ...leaks(OTHER)]).toEqual([]);
    if (status === 401) expect(answer.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('stored nothing that was refused', () => {
    const officerOpened = cells.filter(
      (cell) => cell.identity === 'officer' && cell.route === 'POST cases',
    ).length;
    expect(running.store.count()).toBe(2 + officerOpened);
    // Appends that were allowed: the officer to both, the municipality to its own.
    expect(running.store.head(OWN.caseId)?.version).toBe(2 + 2);
    expect(running.store.head(OTHER.caseId)?.version).toBe(2 + 1);
  });
});

describe('single sign-on mode (a trusted header)', () => {
  let sso: RunningCaseServer;
  beforeAll(async () => {
    const usersFile = join(directory, 'users.json');
    writeFileSync(
      usersFile,
      JSON.stringify({
        users: {
          'an.peeters': { role: 'officer' },
          'kern.demodorp': { role: 'municipality', municipality: 'Demodorp' },
        },
      }),
    );
    sso = await startCaseServer({
      dataDir: directory,
      port: 0,
      allowedOrigins: ['http://localhost:8000'],
      trustedHeader: { header: 'X-Forwarded-User', usersFile },
    });
  });
  afterAll(() => sso.close());

  it('takes the user from the header and ignores Authorization', async () => {
    const url = `${sso.url}/api`;
    const asUser = await call(`${url}/session`, {
      headers: { 'x-forwarded-user': 'kern.demodorp' },
    });
    expect(asUser.json).toEqual({
      name: 'kern.demodorp',
      role: 'municipality',
      municipality: 'Demodorp',
    });
    const other = await call(`${url}/cases/${OTHER.caseId}`, {
      headers: { 'x-forwarded-user': 'kern.demodorp' },
    });
    expect(other.status).toBe(403);
    expect((await call(`${url}/session`, { token: tokens.get('officer') })).status).toBe(401);
    expect(
      (await call(`${url}/session`, { headers: { 'x-forwarded-user': 'stranger' } })).status,
    ).toBe(401);
  });

  it('lets the browser send the proxy’s session (credentials), and sets no cookie itself', async () => {
    const answer = await call(`${sso.url}/api/cases`, {
      headers: { 'x-forwarded-user': 'an.peeters', origin: 'http://localhost:8000' },
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-credentials')).toBe('true');
    expect(answer.headers.get('set-cookie')).toBeNull();
  });
});
