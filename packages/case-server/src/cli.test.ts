// The program's commands, each run as a real process on a real data folder.
import { readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCaseStore } from './store.js';
import { runCli, startServerProcess } from './test-support/process.js';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'opvang-case-cli-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('the program', () => {
  it('creates a token, prints it once, stores only its hash, lists and revokes it', () => {
    const created = runCli([
      'token',
      'create',
      '--name',
      'Kern Demodorp',
      '--role',
      'municipality',
      '--municipality',
      'Demodorp',
      '--data',
      directory,
    ]);
    expect(created.code).toBe(0);
    const token = created.stdout.trim().split('\n').at(-1) ?? '';
    expect(token).toMatch(/^opv_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    const file = join(directory, 'tokens.json');
    const stored = readFileSync(file, 'utf8');
    expect(stored).not.toContain(token);
    expect(stored).not.toContain(token.slice(22));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const id = token.slice(4, 20);

    const listed = runCli(['token', 'list', '--data', directory]);
    expect(listed.stdout).toContain(`${id}  municipality Demodorp  "Kern Demodorp"`);
    expect(listed.stdout).toContain('active');
    expect(listed.stdout).not.toContain(token.slice(22));

    expect(runCli(['token', 'revoke', id, '--data', directory]).stdout).toContain(
      `token ${id} revoked`,
    );
    expect(runCli(['token', 'list', '--data', directory]).stdout).toContain('revoked 20');
    const unknown = runCli(['token', 'revoke', 'ffffffffffffffff', '--data', directory]);
    expect([unknown.code, unknown.stderr.trim()]).toEqual([1, 'no token with id ffffffffffffffff']);
  });

  it('says there are no tokens', () => {
    expect(runCli(['token', 'list', '--data', directory]).stdout.trim()).toBe('no tokens');
  });

  it('seeds the demo cases and deletes a case with its events', () => {
    const demo = runCli(['demo', '--data', directory]);
    expect(demo.stdout).toContain('demo-demodorp: opened');
    expect(runCli(['demo', '--data', directory]).stdout).toContain('demo-demodorp: kept');
    expect(runCli(['demo', '--replace', '--data', directory]).stdout).toContain(
      'demo-demodorp: replaced',
    );
    const deleted = runCli(['case', 'delete', 'demo-demodorp', '--data', directory]);
    expect(deleted.stdout).toContain('case demo-demodorp and all its events deleted');
    expect(runCli(['case', 'delete', 'demo-demodorp', '--data', directory]).code).toBe(1);
    const store = openCaseStore(join(directory, 'cases.db'));
    expect(store.count()).toBe(4);
    store.close();
  });

  it('refuses a wrong command line with the problem, the usage and exit code 2', () => {
    for (const [args, problem] of [
      [
        ['token', 'create', '--name', 'X', '--role', 'boss'],
        'the role must be one of officer, municipality, viewer',
      ],
      [
        ['token', 'create', '--name', 'X', '--role', 'municipality'],
        'a municipality role needs the municipality it belongs to',
      ],
      [['serve', '--port', 'eighty'], '--port eighty: expected a whole number from 0 to 65535'],
      [
        ['serve', '--allow-origin', 'http://x.be/path'],
        '--allow-origin http://x.be/path: expected an origin',
      ],
      [
        ['serve', '--trusted-header', 'X-Forwarded-User'],
        '--trusted-header and --users go together',
      ],
      [['backup'], 'backup takes one file'],
      [['launch'], 'unknown command: launch'],
      [['token', 'list', '--role', 'officer'], 'token list takes no --role'],
      [['serve', '--bogus'], "Unknown option '--bogus'"],
    ] as const) {
      const result = runCli([...args, '--data', directory]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(problem);
      expect(result.stderr).toContain('opvang-case-server <command>');
    }
  });

  it('prints its usage for help', () => {
    const help = runCli(['help']);
    expect([help.code, help.stdout]).toEqual([0, expect.stringContaining('token create --name')]);
  });

  it('serves, says where, and stops cleanly on SIGTERM', async () => {
    const server = await startServerProcess(['--data', directory]);
    expect(server.output()).toContain(
      `(0 cases in ${join(directory, 'cases.db')}; tokens from ${join(directory, 'tokens.json')})`,
    );
    expect(await server.stop()).toBe(0);
  });

  it('does not start in SSO mode with an unreadable users file', () => {
    const result = runCli([
      'serve',
      '--port',
      '0',
      '--trusted-header',
      'X-Forwarded-User',
      '--users',
      join(directory, 'none.json'),
      '--data',
      directory,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('none.json: cannot be read as JSON');
  });
});
