import { spawnSync } from 'node:child_process';
import { isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readConfig } from './config.js';
import { DEFAULT_DATA_FILE } from './receiver.js';

/** The receiver package's own folder, wherever the tests run from. */
const packageFolder = fileURLToPath(new URL('..', import.meta.url));

describe('readConfig', () => {
  it('has defaults for everything', () => {
    expect(readConfig({})).toEqual({
      ok: true,
      options: {
        port: 8787,
        host: '127.0.0.1',
        dataFile: DEFAULT_DATA_FILE,
        maxBodyBytes: 32768,
        allowedOrigins: '*',
        headersTimeoutMs: 10_000,
        requestTimeoutMs: 15_000,
        maxConnections: 256,
      },
    });
  });

  it('reads every variable', () => {
    const config = readConfig({
      PORT: '9000',
      HOST: '0.0.0.0',
      DATA_FILE: '/var/lib/opvang/m.jsonl',
      MAX_BODY_BYTES: '65536',
      ALLOWED_ORIGINS: 'https://www.gemeente.be, http://localhost:8000',
      HEADERS_TIMEOUT_MS: '5000',
      REQUEST_TIMEOUT_MS: '8000',
      MAX_CONNECTIONS: '64',
    });
    expect(config).toEqual({
      ok: true,
      options: {
        port: 9000,
        host: '0.0.0.0',
        dataFile: '/var/lib/opvang/m.jsonl',
        maxBodyBytes: 65536,
        allowedOrigins: ['https://www.gemeente.be', 'http://localhost:8000'],
        headersTimeoutMs: 5000,
        requestTimeoutMs: 8000,
        maxConnections: 64,
      },
    });
  });

  it('names each unusable variable and what it expects', () => {
    const config = readConfig({
      PORT: '80a',
      MAX_BODY_BYTES: '10',
      ALLOWED_ORIGINS: 'https://www.gemeente.be/contact,gemeente.be',
    });
    expect(config.ok).toBe(false);
    if (!config.ok) {
      expect(config.problems).toEqual([
        { variable: 'PORT', received: '80a', expected: 'a whole number from 0 to 65535' },
        {
          variable: 'MAX_BODY_BYTES',
          received: '10',
          expected: 'a whole number from 1024 to 1048576',
        },
        {
          variable: 'ALLOWED_ORIGINS',
          received: 'https://www.gemeente.be/contact',
          expected: expect.stringContaining('an origin'),
        },
        {
          variable: 'ALLOWED_ORIGINS',
          received: 'gemeente.be',
          expected: expect.stringContaining('an origin'),
        },
      ]);
    }
  });

  it('refuses timeouts and a connection cap it cannot use', () => {
    const config = readConfig({
      HEADERS_TIMEOUT_MS: '20000',
      REQUEST_TIMEOUT_MS: '15000',
      MAX_CONNECTIONS: '0',
    });
    expect(config.ok).toBe(false);
    if (!config.ok) {
      expect(config.problems).toEqual([
        {
          variable: 'REQUEST_TIMEOUT_MS',
          received: '15000',
          expected: 'at least HEADERS_TIMEOUT_MS (20000)',
        },
        { variable: 'MAX_CONNECTIONS', received: '0', expected: 'a whole number from 1 to 65535' },
      ]);
    }
  });
});

describe('the default data file', () => {
  it('is in the receiver package, not in whatever folder the program is started from', () => {
    expect(isAbsolute(DEFAULT_DATA_FILE)).toBe(true);
    expect(DEFAULT_DATA_FILE).toBe(`${packageFolder}data/messages.jsonl`);
  });

  it("is ignored by git, so that residents' names and addresses are never committed", () => {
    const check = spawnSync('git', ['check-ignore', '--quiet', DEFAULT_DATA_FILE], {
      cwd: packageFolder,
    });
    if (check.error !== undefined) return; // no git here (an unpacked tarball): nothing to commit to
    expect(check.status).toBe(0);
  });
});
