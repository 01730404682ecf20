import {
  DEFAULT_DATA_FILE,
  DEFAULT_HEADERS_TIMEOUT_MS,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_MAX_CONNECTIONS,
  DEFAULT_REQUEST_TIMEOUT_MS,
  type StartReceiverOptions,
} from './receiver.js';

/** A setting the receiver could not use: which variable, what it held, what was expected. */
export interface ConfigProblem {
  readonly variable: string;
  readonly received: string;
  readonly expected: string;
}

/**
 * Reads the receiver's settings from environment variables, checking each one:
 * `PORT` (default 8787), `HOST` (default 127.0.0.1), `DATA_FILE` (default
 * {@link DEFAULT_DATA_FILE}, in the receiver's folder; a relative path is relative to the
 * current folder), `ALLOWED_ORIGINS` (`*`, the default, or a comma-separated list of
 * origins such as `https://www.gemeente.be`), `MAX_BODY_BYTES` (default 32768),
 * `HEADERS_TIMEOUT_MS` (default 10000), `REQUEST_TIMEOUT_MS` (default 15000, at least the
 * headers timeout), `MAX_CONNECTIONS` (default 256).
 *
 * @example
 * ```ts
 * const config = readConfig(process.env);
 * if (!config.ok) for (const problem of config.problems) console.error(`${problem.variable}: expected ${problem.expected}`);
 * ```
 */
export function readConfig(
  env: Readonly<Record<string, string | undefined>>,
):
  | { readonly ok: true; readonly options: StartReceiverOptions }
  | { readonly ok: false; readonly problems: readonly ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const integer = (variable: string, fallback: number, min: number, max: number): number => {
    const raw = env[variable];
    if (raw === undefined || raw.trim() === '') return fallback;
    const value = Number(raw);
    if (!/^\d+$/.test(raw.trim()) || value < min || value > max) {
      problems.push({ variable, received: raw, expected: `a whole number from ${min} to ${max}` });
    }
    return value;
  };
  const port = integer('PORT', 8787, 0, 65_535);
  const maxBodyBytes = integer('MAX_BODY_BYTES', DEFAULT_MAX_BODY_BYTES, 1024, 1024 * 1024);
  const headersTimeoutMs = integer('HEADERS_TIMEOUT_MS', DEFAULT_HEADERS_TIMEOUT_MS, 100, 600_000);
  const requestTimeoutMs = integer('REQUEST_TIMEOUT_MS', DEFAULT_REQUEST_TIMEOUT_MS, 100, 600_000);
  if (headersTimeoutMs > requestTimeoutMs) {
    problems.push({
      variable: 'REQUEST_TIMEOUT_MS',
      received: String(requestTimeoutMs),
      expected: `at least HEADERS_TIMEOUT_MS (${headersTimeoutMs})`,
    });
  }
  const maxConnections = integer('MAX_CONNECTIONS', DEFAULT_MAX_CONNECTIONS, 1, 65_535);
  const host = env['HOST']?.trim() || '127.0.0.1';
  const dataFile = env['DATA_FILE']?.trim() || DEFAULT_DATA_FILE;
  const originsRaw = env['ALLOWED_ORIGINS']?.trim() || '*';
  let allowedOrigins: readonly string[] | '*' = '*';
  if (originsRaw !== '*') {
    allowedOrigins = originsRaw
      .split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin !== '');
    for (const origin of allowedOrigins) {
      if (!isOrigin(origin)) {
        problems.push({
          variable: 'ALLOWED_ORIGINS',
          received: origin,
          expected:
            'an origin such as https://www.gemeente.be (scheme, host and port only, no path)',
        });
      }
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    options: {
      port,
      host,
      dataFile,
      maxBodyBytes,
      allowedOrigins,
      headersTimeoutMs,
      requestTimeoutMs,
      maxConnections,
    },
  };
}

function isOrigin(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === text;
  } catch {
    return false;
  }
}
