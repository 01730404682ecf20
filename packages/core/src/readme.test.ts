// The README's "Using the packages" example, run exactly as written: once through the sources
// (always), and once as a user runs it, with Node on the built package (after a build).
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';

const core = join(dirname(fileURLToPath(import.meta.url)), '..');
const readme = readFileSync(join(core, '..', '..', 'README.md'), 'utf8');

/** The first ```ts block after the "Using the packages" heading. */
function example(): string {
  const section = readme.slice(readme.indexOf('## Using the packages'));
  const block = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  if (block === undefined) throw new Error('README.md has no ts block under "Using the packages"');
  return block;
}

/** What the example says it prints: its last line, a comment. */
const printed = (code: string): string =>
  code
    .trimEnd()
    .split('\n')
    .at(-1)
    ?.replace(/^\/\/\s*/, '') ?? '';

const temporary: string[] = [];
afterEach(() => {
  for (const folder of temporary.splice(0)) rmSync(folder, { recursive: true, force: true });
  vi.restoreAllMocks();
});

describe('the README example', () => {
  it('uses nothing Node 20 lacks (no navigator, no window, no document) and no TypeScript-only syntax', () => {
    const code = example();
    expect(code).not.toMatch(/^[^/]*\b(?:navigator|window|document)\b/m);
    expect(code).not.toMatch(
      /:\s*(?:string|number|Locale)\b|\bas\s+[A-Z]|\binterface\b|\btype\s+\w+\s*=/,
    );
    expect(code).toContain('negotiateLocale(');
  });

  it('prints what it says it prints, run through the sources', async () => {
    const code = example().replace(/'@opvang\/core\/([a-z-]+)'/g, (_, capability: string) =>
      JSON.stringify(pathToFileURL(join(core, 'src', capability, 'index.ts')).href),
    );
    const folder = mkdtempSync(join(tmpdir(), 'opvang-readme-'));
    temporary.push(folder);
    const file = join(folder, 'example.ts');
    writeFileSync(file, code);
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await import(/* @vite-ignore */ pathToFileURL(file).href);
    expect(error).not.toHaveBeenCalled();
    expect(log.mock.calls).toEqual([[printed(example())]]);
  });

  it.skipIf(!existsSync(join(core, 'dist', 'i18n', 'index.js')))(
    'prints the same with Node on the built package, as written',
    () => {
      // A folder of its own with the package installed as a user has it: node_modules/@opvang/core.
      const folder = mkdtempSync(join(tmpdir(), 'opvang-readme-'));
      temporary.push(folder);
      mkdirSync(join(folder, 'node_modules', '@opvang'), { recursive: true });
      symlinkSync(core, join(folder, 'node_modules', '@opvang', 'core'), 'dir');
      const file = join(folder, 'example.mjs');
      writeFileSync(file, example());
      const output = execFileSync(process.execPath, [file], { encoding: 'utf8' });
      expect(output.trim()).toBe(printed(example()));
    },
  );
});
