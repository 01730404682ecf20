// A web-test-runner plugin for the case widgets' integration tests: on the first `case-server`
// command it starts the REAL case server (packages/case-server, built to dist/) with a
// throw-away data folder and a real SQLite file, on a free port, allowing the test page's
// origin, and creates an officer token with the server's own `token create` command. The
// command answers `{ url, token, tokens }`: the officer's token, and `tokens` with a viewer's and
// one of the municipality `Elders`.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../../../case-server/dist/cli.js', import.meta.url));

export function caseServerPlugin() {
  let started;
  let child;
  let directory;
  let origins = [];

  async function start() {
    if (!existsSync(CLI))
      throw new Error(`the case server is not built (${CLI}): run the build first`);
    directory = mkdtempSync(join(tmpdir(), 'opvang-case-test-'));
    const create = (...role) => {
      const out = execFileSync(
        process.execPath,
        [
          CLI,
          'token',
          'create',
          '--data',
          directory,
          '--name',
          `test ${role.join(' ')}`,
          '--role',
          ...role,
        ],
        { encoding: 'utf8' },
      );
      const created = out.match(/opv_[A-Za-z0-9_-]+/u)?.[0];
      if (created === undefined) throw new Error(`no token in: ${out}`);
      return created;
    };
    const token = create('officer');
    const tokens = {
      officer: token,
      viewer: create('viewer'),
      elsewhere: create('municipality', '--municipality', 'Elders'),
    };
    const args = [CLI, 'serve', '--port', '0', '--data', directory];
    for (const origin of origins) args.push('--allow-origin', origin);
    child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const url = await new Promise((resolve, reject) => {
      let seen = '';
      const timer = setTimeout(
        () => reject(new Error(`the case server did not start: ${seen}`)),
        20000,
      );
      const read = (chunk) => {
        seen += String(chunk);
        const found = seen.match(/(http:\/\/[^\s/]+)\/api/u);
        if (found) {
          clearTimeout(timer);
          resolve(`${found[1]}/api`);
        }
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
      child.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the case server exited (${code}): ${seen}`));
      });
    });
    return { url, token, tokens };
  }

  return {
    name: 'case-server',

    serverStart({ config }) {
      const port = config.port ?? 8000;
      origins = [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
    },

    async serverStop() {
      child?.kill();
      if (directory) rmSync(directory, { recursive: true, force: true });
    },

    async executeCommand({ command }) {
      if (command !== 'case-server') return undefined;
      started ??= start();
      return started;
    },
  };
}
