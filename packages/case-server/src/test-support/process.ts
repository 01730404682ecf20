// Runs the built program (dist/cli.js) as a real process, the way an administrator does.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

function requireBuild(): void {
  if (!existsSync(cli))
    throw new Error(`${cli} is missing: build first (pnpm --filter @opvang/case-server build)`);
}

/** Runs one command to its end: its exit code and what it printed. */
export function runCli(args: readonly string[]): {
  code: number | null;
  stdout: string;
  stderr: string;
} {
  requireBuild();
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Makes a token with the program and returns it (the last line it prints) with its id. */
export function createToken(
  dataDir: string,
  args: readonly string[],
): { token: string; id: string } {
  const { code, stdout, stderr } = runCli(['token', 'create', '--data', dataDir, ...args]);
  if (code !== 0) throw new Error(`token create failed: ${stderr}`);
  const token = stdout.trim().split('\n').at(-1) ?? '';
  const id = /^opv_([0-9a-f]+)_/.exec(token)?.[1] ?? '';
  return { token, id };
}

/** A running server process. */
export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
  /** SIGTERM, and waits for the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL (`kill -9`): no chance to close anything. */
  kill(): Promise<void>;
}

/** Starts `serve` on a free port and waits for its ready line. */
export function startServerProcess(args: readonly string[]): Promise<ServerProcess> {
  requireBuild();
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const ready = /opvang case server: (http:\/\/[^/\s]+)\/api/.exec(output);
      if (ready?.[1] !== undefined) {
        resolve({
          url: ready[1],
          child,
          output: () => output,
          async stop() {
            child.kill('SIGTERM');
            return exited;
          },
          async kill() {
            child.kill('SIGKILL');
            await exited;
          },
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) =>
      reject(new Error(`the server exited (${code}) before it was ready:\n${output}`)),
    );
  });
}
