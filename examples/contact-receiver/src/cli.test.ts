import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_FILE } from './receiver.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

function run(
  env: Record<string, string>,
  untilLine: RegExp | undefined,
  cwd?: string,
): Promise<{ code: number | null; output: string }> {
  if (!existsSync(cli))
    throw new Error(
      `${cli} is missing: build the receiver first (pnpm --filter @opvang/contact-receiver build)`,
    );
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli], {
      cwd,
      env: { ...process.env, DATA_FILE: '', ...env },
    });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (untilLine?.test(output)) child.kill('SIGTERM');
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('the receiver program', () => {
  it('starts, says where to post, and stops cleanly on SIGTERM', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'opvang-cli-'));
    try {
      const { code, output } = await run(
        { PORT: '0', DATA_FILE: join(directory, 'messages.jsonl') },
        /POST http:\/\/127\.0\.0\.1:\d+\/messages/,
      );
      expect(output).toMatch(
        /opvang contact receiver: POST http:\/\/127\.0\.0\.1:\d+\/messages \(0 messages in /,
      );
      expect(code).toBe(0);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it('uses the same data file from any folder, the one npm start uses, and says which', async () => {
    const elsewhere = await mkdtemp(join(tmpdir(), 'opvang-cwd-'));
    try {
      const { output } = await run(
        { PORT: '0' },
        /POST http:\/\/127\.0\.0\.1:\d+\/messages.*\n/,
        elsewhere,
      );
      expect(output).toContain(` messages in ${DEFAULT_DATA_FILE})`);
      expect(existsSync(join(elsewhere, 'data'))).toBe(false);
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
  });

  it('refuses unusable settings with a clear message and exit code 2', async () => {
    const { code, output } = await run({ PORT: 'eighty' }, undefined);
    expect(code).toBe(2);
    expect(output).toContain(
      'PORT="eighty" is not usable: expected a whole number from 0 to 65535',
    );
  });
});
