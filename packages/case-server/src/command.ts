import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR, DEFAULT_PORT } from './start.js';
import { identityProblem, type Identity, type Role } from './tokens.js';

/** What the program was asked to do, with its settings checked. */
export type Command =
  | {
      readonly kind: 'serve';
      readonly dataDir: string;
      readonly host: string;
      readonly port: number;
      readonly allowedOrigins: readonly string[];
      readonly trustedHeader?: { readonly header: string; readonly usersFile: string };
    }
  | { readonly kind: 'token-create'; readonly dataDir: string; readonly identity: Identity }
  | { readonly kind: 'token-revoke'; readonly dataDir: string; readonly id: string }
  | { readonly kind: 'token-list'; readonly dataDir: string }
  | { readonly kind: 'backup'; readonly dataDir: string; readonly file: string }
  | { readonly kind: 'demo'; readonly dataDir: string; readonly replace: boolean }
  | { readonly kind: 'case-delete'; readonly dataDir: string; readonly caseId: string }
  | { readonly kind: 'help' };

/** The usage text, printed by `help` and after a mistake. */
export const USAGE = `opvang-case-server <command>

  serve [--host 127.0.0.1] [--port ${DEFAULT_PORT}] [--data <dir>] [--allow-origin <origin>]...
        [--trusted-header <name> --users <file>]
  token create --name <name> --role officer|municipality|viewer [--municipality <name>] [--data <dir>]
  token revoke <id> [--data <dir>]
  token list [--data <dir>]
  backup <file> [--data <dir>]
  demo [--replace] [--data <dir>]
  case delete <caseId> [--data <dir>]

The data folder (default ${DEFAULT_DATA_DIR}) holds cases.db and tokens.json.`;

const options = {
  data: { type: 'string' },
  host: { type: 'string' },
  port: { type: 'string' },
  'allow-origin': { type: 'string', multiple: true },
  'trusted-header': { type: 'string' },
  users: { type: 'string' },
  name: { type: 'string' },
  role: { type: 'string' },
  municipality: { type: 'string' },
  replace: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<
  typeof parseArgs<{ options: typeof options; allowPositionals: true }>
>['values'];

/** Which options each command takes: any other is a mistake, not silently ignored. */
const accepted: Readonly<Record<string, readonly (keyof Values)[]>> = {
  serve: ['data', 'host', 'port', 'allow-origin', 'trusted-header', 'users'],
  'token create': ['data', 'name', 'role', 'municipality'],
  'token revoke': ['data'],
  'token list': ['data'],
  backup: ['data'],
  demo: ['data', 'replace'],
  'case delete': ['data'],
};

/**
 * Reads the command line (without `node` and the script), checking every setting.
 *
 * @example
 * ```ts
 * parseCommand(['token', 'create', '--name', 'An Peeters', '--role', 'officer']);
 * // { ok: true, command: { kind: 'token-create', dataDir: …, identity: { name: 'An Peeters', role: 'officer' } } }
 * ```
 */
export function parseCommand(
  argv: readonly string[],
):
  | { readonly ok: true; readonly command: Command }
  | { readonly ok: false; readonly problem: string } {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    return { ok: false, problem: (error as Error).message };
  }
  const { values, positionals } = parsed;
  const [first, second, ...rest] = positionals;
  if (values.help === true || first === undefined || first === 'help')
    return { ok: true, command: { kind: 'help' } };
  const name = first === 'token' || first === 'case' ? `${first} ${second ?? ''}` : first;
  const allowed = accepted[name];
  if (allowed === undefined) return { ok: false, problem: `unknown command: ${name.trim()}` };
  for (const key of Object.keys(values) as (keyof Values)[]) {
    if (!allowed.includes(key)) return { ok: false, problem: `${name} takes no --${key}` };
  }
  const dataDir = values.data === undefined ? DEFAULT_DATA_DIR : resolve(values.data);
  const operands = first === 'token' || first === 'case' ? rest : positionals.slice(1);
  const expectOperands = (count: number, what: string) =>
    operands.length === count ? undefined : `${name} takes ${count === 0 ? 'no operand' : what}`;

  switch (name) {
    case 'serve': {
      const problem = expectOperands(0, '');
      if (problem !== undefined) return { ok: false, problem };
      const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
      if (!/^\d+$/.test(values.port ?? '0') || port > 65_535)
        return {
          ok: false,
          problem: `--port ${values.port ?? ''}: expected a whole number from 0 to 65535`,
        };
      const allowedOrigins = values['allow-origin'] ?? [];
      const wrongOrigin = allowedOrigins.find((origin) => !isOrigin(origin));
      if (wrongOrigin !== undefined)
        return {
          ok: false,
          problem: `--allow-origin ${wrongOrigin}: expected an origin such as http://localhost:8000 (scheme, host, port; no path)`,
        };
      const header = values['trusted-header'];
      if ((header === undefined) !== (values.users === undefined))
        return { ok: false, problem: '--trusted-header and --users go together (SSO mode)' };
      if (header !== undefined && !/^[A-Za-z0-9-]{1,100}$/.test(header))
        return {
          ok: false,
          problem: `--trusted-header ${header}: expected a header name such as X-Forwarded-User`,
        };
      return {
        ok: true,
        command: {
          kind: 'serve',
          dataDir,
          host: values.host ?? '127.0.0.1',
          port,
          allowedOrigins,
          ...(header === undefined || values.users === undefined
            ? {}
            : { trustedHeader: { header, usersFile: resolve(values.users) } }),
        },
      };
    }
    case 'token create': {
      const identity = {
        name: values.name,
        role: values.role,
        ...(values.municipality === undefined ? {} : { municipality: values.municipality }),
      };
      const problem = expectOperands(0, '') ?? identityProblem(identity);
      if (problem !== undefined) return { ok: false, problem };
      return {
        ok: true,
        command: {
          kind: 'token-create',
          dataDir,
          identity: { ...identity, name: identity.name ?? '', role: identity.role as Role },
        },
      };
    }
    case 'token revoke':
    case 'case delete':
    case 'backup': {
      const problem = expectOperands(1, name === 'backup' ? 'one file' : 'one id');
      const operand = operands[0];
      if (problem !== undefined || operand === undefined)
        return { ok: false, problem: problem ?? '' };
      if (name === 'backup')
        return { ok: true, command: { kind: 'backup', dataDir, file: resolve(operand) } };
      if (name === 'case delete')
        return { ok: true, command: { kind: 'case-delete', dataDir, caseId: operand } };
      return { ok: true, command: { kind: 'token-revoke', dataDir, id: operand } };
    }
    case 'token list': {
      const problem = expectOperands(0, '');
      return problem === undefined
        ? { ok: true, command: { kind: 'token-list', dataDir } }
        : { ok: false, problem };
    }
    default: {
      const problem = expectOperands(0, '');
      return problem === undefined
        ? { ok: true, command: { kind: 'demo', dataDir, replace: values.replace === true } }
        : { ok: false, problem };
    }
  }
}

function isOrigin(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === text;
  } catch {
    return false;
  }
}
