import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AccessFileError, mayRead, mayWrite, openTokenFile, readUsersFile } from './tokens.js';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'opvang-case-tokens-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('tokens', () => {
  it('authenticate only the whole, unrevoked token', () => {
    const tokens = openTokenFile(join(directory, 'deeper', 'tokens.json'));
    const { token, record } = tokens.create(
      { name: 'An', role: 'officer' },
      new Date('2026-12-01T00:00:00Z'),
    );
    expect(record).toMatchObject({
      name: 'An',
      role: 'officer',
      createdAt: '2026-12-01T00:00:00.000Z',
    });
    expect(tokens.authenticate(token)).toEqual({ name: 'An', role: 'officer' });
    const secret = token.slice(21);
    const flipped = `${token.slice(0, 21)}${secret[0] === 'A' ? 'B' : 'A'}${secret.slice(1)}`;
    for (const wrong of [
      flipped,
      `${token}x`,
      token.slice(0, -1),
      '',
      'opv__',
      token.replace('opv_', 'OPV_'),
    ])
      expect(tokens.authenticate(wrong)).toBeUndefined();
    expect(tokens.revoke(record.id)).toBe(true);
    expect(tokens.authenticate(token)).toBeUndefined();
    expect(tokens.revoke(record.id)).toBe(true); // already revoked: stays so, with its first date
    expect(tokens.list()[0]?.revokedAt).toBeDefined();
  });

  it('see a change made by another process (the file is read again when it changed)', () => {
    const path = join(directory, 'tokens.json');
    const server = openTokenFile(path);
    const { token, record } = openTokenFile(path).create({
      name: 'Kern',
      role: 'municipality',
      municipality: 'Demodorp',
    });
    expect(server.authenticate(token)).toEqual({
      name: 'Kern',
      role: 'municipality',
      municipality: 'Demodorp',
    });
    openTokenFile(path).revoke(record.id);
    expect(server.authenticate(token)).toBeUndefined();
  });

  it.each([
    ['not json', 'not JSON'],
    ['[]', 'expected { "tokens": [ … ] }'],
    ['{"tokens":[{"name":"A","role":"officer","id":"zz","sha256":"00"}]}', 'token 0: no valid id'],
    [
      '{"tokens":[{"name":"A","role":"officer","id":"0123456789abcdef","sha256":"00"}]}',
      'token 0: no valid sha256',
    ],
    ['{"tokens":[{"name":"A","role":"root"}]}', 'token 0: the role must be one of'],
    ['{"tokens":[1]}', 'token 0: a name of 1 to 100 characters is required'],
  ])('refuse a broken tokens file: %s', (text, reason) => {
    const path = join(directory, 'tokens.json');
    writeFileSync(path, text);
    expect(() =>
      openTokenFile(path).authenticate(`opv_0123456789abcdef_${'A'.repeat(43)}`),
    ).toThrow(AccessFileError);
    expect(() => openTokenFile(path).list()).toThrow(reason);
  });
});

describe('the users file of the SSO mode', () => {
  it('maps each user to an identity', () => {
    const path = join(directory, 'users.json');
    writeFileSync(
      path,
      JSON.stringify({
        users: {
          'an.peeters': { role: 'officer' },
          v: { role: 'viewer', municipality: 'Demodorp' },
        },
      }),
    );
    expect([...readUsersFile(path)]).toEqual([
      ['an.peeters', { name: 'an.peeters', role: 'officer' }],
      ['v', { name: 'v', role: 'viewer', municipality: 'Demodorp' }],
    ]);
  });

  it.each([
    ['{"users":[]}', 'expected { "users"'],
    [
      '{"users":{"x":{"role":"municipality"}}}',
      'user x: a municipality role needs the municipality',
    ],
    ['{"users":{"x":3}}', 'user x: the role must be one of'],
  ])('refuses %s', (text, reason) => {
    const path = join(directory, 'users.json');
    writeFileSync(path, text);
    expect(() => readUsersFile(path)).toThrow(reason);
  });
});

describe('roles', () => {
  it('let officers do all, municipalities their own, viewers read', () => {
    const officer = { name: 'o', role: 'officer' } as const;
    const own = { name: 'm', role: 'municipality', municipality: 'Demodorp' } as const;
    const viewer = { name: 'v', role: 'viewer' } as const;
    expect([mayRead(officer, 'X'), mayWrite(officer, 'X')]).toEqual([true, true]);
    expect([
      mayRead(own, 'Demodorp'),
      mayWrite(own, 'Demodorp'),
      mayRead(own, 'X'),
      mayWrite(own, 'X'),
    ]).toEqual([true, true, false, false]);
    expect([mayRead(viewer, 'X'), mayWrite(viewer, 'X')]).toEqual([true, false]);
  });
});
