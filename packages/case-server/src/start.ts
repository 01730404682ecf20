import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCaseHandler, type Authentication, type CaseServerEvent } from './server.js';
import { openCaseStore, type CaseStore } from './store.js';
import { openTokenFile, readUsersFile, type TokenFile } from './tokens.js';

/**
 * The data folder when none is given: `data/` in the package's own folder
 * (`packages/case-server/data/`, ignored by git), whatever folder the program is started from.
 */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));
/** The port when none is given. */
export const DEFAULT_PORT = 8788;

/** The files in a data folder: the database and the tokens. */
export function dataFiles(dataDir: string): { readonly database: string; readonly tokens: string } {
  return { database: join(dataDir, 'cases.db'), tokens: join(dataDir, 'tokens.json') };
}

/** Options of {@link startCaseServer}; all have defaults. */
export interface StartCaseServerOptions {
  /** Default {@link DEFAULT_DATA_DIR}. */
  readonly dataDir?: string;
  /** Default `127.0.0.1`: put a TLS-terminating proxy in front for anyone else. */
  readonly host?: string;
  /** Default {@link DEFAULT_PORT}; 0 picks a free port. */
  readonly port?: number;
  /** Web origins whose pages may call the API. Default none. */
  readonly allowedOrigins?: readonly string[];
  /** SSO mode: the header the proxy puts the user in, with the users file. Default off (tokens). */
  readonly trustedHeader?: { readonly header: string; readonly usersFile: string };
  /** The clock for `recordedAt`. */
  readonly now?: () => Date;
  readonly log?: (event: CaseServerEvent) => void;
}

/** A running case server. */
export interface RunningCaseServer {
  /** `http://127.0.0.1:8788`, without a trailing slash; the API is at `${url}/api`. */
  readonly url: string;
  readonly server: Server;
  readonly store: CaseStore;
  readonly tokens: TokenFile;
  /** Stops accepting connections, ends open ones and closes the database. */
  close(): Promise<void>;
}

/**
 * Opens the data folder and starts the case server.
 *
 * @example
 * ```ts
 * const running = await startCaseServer({ port: 8788, allowedOrigins: ['http://localhost:8000'] });
 * console.log(`case server: ${running.url}/api`);
 * await running.close();
 * ```
 */
export async function startCaseServer(
  options: StartCaseServerOptions = {},
): Promise<RunningCaseServer> {
  const files = dataFiles(options.dataDir ?? DEFAULT_DATA_DIR);
  const tokens = openTokenFile(files.tokens);
  tokens.list(); // a broken tokens file stops the start, with its reason, not the first request
  const authentication: Authentication =
    options.trustedHeader === undefined
      ? { kind: 'tokens', tokens }
      : {
          kind: 'trusted-header',
          header: options.trustedHeader.header.toLowerCase(),
          users: readUsersFile(options.trustedHeader.usersFile),
        };
  const store = openCaseStore(
    files.database,
    options.now === undefined ? {} : { now: options.now },
  );
  const handler = createCaseHandler({
    store,
    authentication,
    ...(options.allowedOrigins === undefined ? {} : { allowedOrigins: options.allowedOrigins }),
    ...(options.log === undefined ? {} : { log: options.log }),
  });
  // Slow or stalled clients must not hold connections: the receiver's limits (examples/contact-receiver).
  const server = createServer(
    { headersTimeout: 10_000, requestTimeout: 15_000, connectionsCheckingInterval: 1000 },
    handler,
  );
  server.maxConnections = 256;
  server.on('clientError', (_error, socket) => {
    if (socket.writable)
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    socket.destroy();
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? DEFAULT_PORT, options.host ?? '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    store.close();
    throw error;
  }
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    server,
    store,
    tokens,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      store.close();
    },
  };
}
