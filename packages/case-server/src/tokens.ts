import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { isRecord } from '@opvang/core/shared';

/** What a signed-in person may do (see {@link mayRead}, {@link mayWrite}). */
export const roles = ['officer', 'municipality', 'viewer'] as const;

/** One of {@link roles}. */
export type Role = (typeof roles)[number];

/** Who is asking: from a token or from the single sign-on proxy's header. */
export interface Identity {
  /** The token's name or the SSO user; stored as `recordedBy` with each event. */
  readonly name: string;
  readonly role: Role;
  /** For `municipality` (required) and `viewer` (optional): the only municipality they see. */
  readonly municipality?: string;
}

/** A token as the tokens file keeps it: never the token itself, only its SHA-256. */
export interface TokenRecord extends Identity {
  readonly id: string;
  /** Hex SHA-256 of the whole token `opv_<id>_<secret>`. */
  readonly sha256: string;
  readonly createdAt: string;
  readonly revokedAt?: string;
}

/** Whether `identity` may read a case of `municipality`. */
export function mayRead(identity: Identity, municipality: string): boolean {
  if (identity.role === 'officer') return true;
  if (identity.role === 'viewer')
    return identity.municipality === undefined || identity.municipality === municipality;
  return identity.municipality === municipality;
}

/** Whether `identity` may append to a case of `municipality`. Only officers open cases. */
export function mayWrite(identity: Identity, municipality: string): boolean {
  return identity.role !== 'viewer' && mayRead(identity, municipality);
}

/** Why a file of tokens or users could not be used. */
export class AccessFileError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'AccessFileError';
  }
}

const TOKEN_PATTERN = /^opv_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
// Compared with an unknown id's token too, so that a wrong id takes as long as a wrong secret.
const NO_TOKEN = sha256('opv_0000000000000000_');

/**
 * The tokens file (`tokens.json` in the data folder): `{ "tokens": [TokenRecord…] }`, written
 * whole to a temporary file and renamed, readable by its owner only. The server reads it again
 * whenever it changed, so `token revoke` takes effect at the next request.
 */
export interface TokenFile {
  readonly path: string;
  /** The identity of a bearer token, or `undefined` (unknown, revoked, malformed). Constant time per token. */
  authenticate(token: string): Identity | undefined;
  /** Every token, revoked ones too, without secrets (there are none to show). */
  list(): readonly TokenRecord[];
  /** Makes a token; the returned `token` is shown once and never stored. */
  create(identity: Identity, now?: Date): { readonly token: string; readonly record: TokenRecord };
  /** Marks a token revoked; `false` if there is no such id. A revoked token stays listed. */
  revoke(id: string, now?: Date): boolean;
}

/**
 * Opens a tokens file (it need not exist yet).
 *
 * @example
 * ```ts
 * const tokens = openTokenFile('data/tokens.json');
 * const { token } = tokens.create({ name: 'An Peeters', role: 'officer' });
 * tokens.authenticate(token); // { name: 'An Peeters', role: 'officer' }
 * ```
 */
export function openTokenFile(path: string): TokenFile {
  let cached: { readonly stamp: string; readonly records: readonly TokenRecord[] } | undefined;

  const load = (): readonly TokenRecord[] => {
    let stamp = 'absent';
    try {
      const stats = statSync(path);
      stamp = `${stats.mtimeMs}:${stats.size}:${stats.ino}`;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (cached?.stamp === stamp) return cached.records;
    const records = stamp === 'absent' ? [] : parseTokens(path, readFileSync(path, 'utf8'));
    cached = { stamp, records };
    return records;
  };

  const save = (records: readonly TokenRecord[]) => {
    mkdirSync(dirname(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify({ tokens: records }, null, 2)}\n`, { mode: 0o600 });
    renameSync(temporary, path);
    cached = undefined;
  };

  return {
    path,
    authenticate(token) {
      const match = TOKEN_PATTERN.exec(token);
      const record = match === null ? undefined : load().find((one) => one.id === match[1]);
      const expected = Buffer.from(record?.sha256 ?? NO_TOKEN, 'hex');
      const given = Buffer.from(sha256(token), 'hex');
      const same = expected.length === given.length && timingSafeEqual(expected, given);
      if (record === undefined || !same || record.revokedAt !== undefined) return undefined;
      return identityOf(record);
    },
    list: () => load(),
    create(identity, now = new Date()) {
      const id = randomBytes(8).toString('hex');
      const token = `opv_${id}_${randomBytes(32).toString('base64url')}`;
      const record: TokenRecord = {
        id,
        ...identityOf(identity),
        sha256: sha256(token),
        createdAt: now.toISOString(),
      };
      save([...load(), record]);
      return { token, record };
    },
    revoke(id, now = new Date()) {
      const records = load();
      if (!records.some((one) => one.id === id)) return false;
      save(
        records.map((one) =>
          one.id === id && one.revokedAt === undefined
            ? { ...one, revokedAt: now.toISOString() }
            : one,
        ),
      );
      return true;
    },
  };
}

function identityOf(identity: Identity): Identity {
  return {
    name: identity.name,
    role: identity.role,
    ...(identity.municipality === undefined ? {} : { municipality: identity.municipality }),
  };
}

/** Checks an identity as given on the command line or in a file; the problem in words, or `undefined`. */
export function identityProblem(identity: {
  readonly name?: unknown;
  readonly role?: unknown;
  readonly municipality?: unknown;
}): string | undefined {
  const { name, role, municipality } = identity;
  if (typeof name !== 'string' || name.trim() === '' || name.length > 100)
    return 'a name of 1 to 100 characters is required';
  if (typeof role !== 'string' || !(roles as readonly string[]).includes(role))
    return `the role must be one of ${roles.join(', ')}`;
  if (
    municipality !== undefined &&
    (typeof municipality !== 'string' || municipality.trim() === '')
  )
    return 'the municipality must be a name';
  if (role === 'municipality' && municipality === undefined)
    return 'a municipality role needs the municipality it belongs to';
  if (role === 'officer' && municipality !== undefined)
    return 'an officer sees every municipality: give no municipality';
  return undefined;
}

function parseTokens(path: string, text: string): TokenRecord[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AccessFileError(path, 'not JSON');
  }
  const list = isRecord(value) ? value['tokens'] : undefined;
  if (!Array.isArray(list)) throw new AccessFileError(path, 'expected { "tokens": [ … ] }');
  return list.map((entry: unknown, index) => {
    const record = isRecord(entry) ? entry : {};
    const problem =
      identityProblem(record) ??
      (typeof record['id'] === 'string' && /^[0-9a-f]{16}$/.test(record['id'])
        ? undefined
        : 'no valid id') ??
      (typeof record['sha256'] === 'string' && /^[0-9a-f]{64}$/.test(record['sha256'])
        ? undefined
        : 'no valid sha256');
    if (problem !== undefined) throw new AccessFileError(path, `token ${index}: ${problem}`);
    return record as unknown as TokenRecord;
  });
}

/**
 * The users file of the single sign-on mode: `{ "users": { "<user>": { "role": …,
 * "municipality"?: … } } }`, the user being what the proxy puts in the trusted header.
 *
 * @example
 * ```ts
 * const users = readUsersFile('/etc/opvang/users.json');
 * users.get('an.peeters'); // { name: 'an.peeters', role: 'officer' }
 * ```
 */
export function readUsersFile(path: string): ReadonlyMap<string, Identity> {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new AccessFileError(path, `cannot be read as JSON (${(error as Error).message})`);
  }
  const users = isRecord(value) ? value['users'] : undefined;
  if (!isRecord(users))
    throw new AccessFileError(path, 'expected { "users": { "<user>": { "role": … } } }');
  const identities = new Map<string, Identity>();
  for (const [name, entry] of Object.entries(users)) {
    const record = isRecord(entry) ? { ...entry, name } : { name };
    const problem = identityProblem(record);
    if (problem !== undefined) throw new AccessFileError(path, `user ${name}: ${problem}`);
    identities.set(name, identityOf(record as Identity));
  }
  return identities;
}
