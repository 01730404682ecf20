import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// "One value per language" is one type, `Localized<T>` (i18n/locale.ts). A hand-written
// `{ readonly [L in Locale]: … }` or `Record<Locale, …>` elsewhere is a second spelling of it.
// (`Partial<Record<Locale, …>>`, "some languages", is a different thing and allowed.)
const core = fileURLToPath(new URL('..', import.meta.url));
const handWritten = /\[\s*\w+\s+in\s+Locale\s*\]|(?<!Partial<)Record<\s*Locale\s*,/u;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory())
      return name === 'i18n' && folder === core ? [] : sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

describe('the localized-text type', () => {
  it('is written by hand only in i18n: everywhere else it is Localized<T>', () => {
    const files = sourceFiles(core);
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .flatMap((line, index) =>
          handWritten.test(line) ? [`${relative(core, path)}:${index + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(found).toEqual([]);
  });
});
