import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommand } from './command.js';
import { DEFAULT_DATA_DIR, DEFAULT_PORT } from './start.js';

describe('parseCommand', () => {
  it('reads serve with its defaults and every option', () => {
    expect(parseCommand(['serve'])).toEqual({
      ok: true,
      command: {
        kind: 'serve',
        dataDir: DEFAULT_DATA_DIR,
        host: '127.0.0.1',
        port: DEFAULT_PORT,
        allowedOrigins: [],
      },
    });
    expect(
      parseCommand([
        'serve',
        '--host',
        '0.0.0.0',
        '--port',
        '9000',
        '--data',
        'here',
        '--allow-origin',
        'http://localhost:8000',
        '--allow-origin',
        'https://intranet.demodorp.be',
        '--trusted-header',
        'X-Forwarded-User',
        '--users',
        'users.json',
      ]),
    ).toEqual({
      ok: true,
      command: {
        kind: 'serve',
        dataDir: resolve('here'),
        host: '0.0.0.0',
        port: 9000,
        allowedOrigins: ['http://localhost:8000', 'https://intranet.demodorp.be'],
        trustedHeader: { header: 'X-Forwarded-User', usersFile: resolve('users.json') },
      },
    });
  });

  it('reads the token, backup, demo and case commands', () => {
    expect(
      parseCommand([
        'token',
        'create',
        '--name',
        'V',
        '--role',
        'viewer',
        '--municipality',
        'Demodorp',
      ]),
    ).toEqual({
      ok: true,
      command: {
        kind: 'token-create',
        dataDir: DEFAULT_DATA_DIR,
        identity: { name: 'V', role: 'viewer', municipality: 'Demodorp' },
      },
    });
    expect(parseCommand(['token', 'revoke', 'abc'])).toMatchObject({
      command: { kind: 'token-revoke', id: 'abc' },
    });
    expect(parseCommand(['token', 'list'])).toMatchObject({ command: { kind: 'token-list' } });
    expect(parseCommand(['backup', 'copy.db'])).toMatchObject({
      command: { kind: 'backup', file: join(process.cwd(), 'copy.db') },
    });
    expect(parseCommand(['demo', '--replace'])).toMatchObject({
      command: { kind: 'demo', replace: true },
    });
    expect(parseCommand(['demo'])).toMatchObject({ command: { kind: 'demo', replace: false } });
    expect(parseCommand(['case', 'delete', 'demo-demodorp'])).toMatchObject({
      command: { kind: 'case-delete', caseId: 'demo-demodorp' },
    });
    expect(parseCommand([])).toEqual({ ok: true, command: { kind: 'help' } });
    expect(parseCommand(['serve', '--help'])).toEqual({ ok: true, command: { kind: 'help' } });
  });

  it.each([
    [['serve', 'extra'], 'serve takes no operand'],
    [['serve', '--port', '70000'], '--port 70000: expected a whole number from 0 to 65535'],
    [['serve', '--users', 'u.json'], '--trusted-header and --users go together'],
    [['serve', '--trusted-header', 'X Forwarded', '--users', 'u.json'], 'expected a header name'],
    [['serve', '--allow-origin', 'not a url'], '--allow-origin not a url'],
    [['token', 'create', '--role', 'officer'], 'a name of 1 to 100 characters is required'],
    [
      ['token', 'create', '--name', 'O', '--role', 'officer', '--municipality', 'Demodorp'],
      'an officer sees every municipality',
    ],
    [
      ['token', 'create', '--name', 'O', '--role', 'viewer', '--municipality', ' '],
      'the municipality must be a name',
    ],
    [['token', 'revoke'], 'token revoke takes one id'],
    [['token', 'list', 'x'], 'token list takes no operand'],
    [['token', 'burn'], 'unknown command: token burn'],
    [['case'], 'unknown command: case'],
    [['demo', 'now'], 'demo takes no operand'],
    [['demo', '--port', '1'], 'demo takes no --port'],
  ])('refuses %j: %s', (argv, problem) => {
    const parsed = parseCommand(argv);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problem).toContain(problem);
  });
});
