// What a page loads from cdn/ when it has the given entries: each entry and every file it
// imports, transitively, read from the import statements of the built files themselves
// (rollup's own parser), not from a list the build wrote. scripts/size.mjs weighs this set, and
// src/cdn/page-closure.test.ts checks in Chromium that it is exactly what the browser requests.
// A dynamic `import()` counts as loaded: the page may need it, so its weight is the page's.
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { parseAst } from 'rollup/parseAst';

/** The cdn/ folder of the built package. */
export const cdnDir = new URL('../../../cdn/', import.meta.url);

/** The module specifiers a built file imports: static imports, re-exports, `import()`. */
export function importsOf(code) {
  const found = [];
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    if (
      (node.type === 'ImportDeclaration' ||
        node.type === 'ExportAllDeclaration' ||
        node.type === 'ExportNamedDeclaration' ||
        node.type === 'ImportExpression') &&
      node.source
    ) {
      if (node.source.type !== 'Literal' || typeof node.source.value !== 'string')
        throw new Error('an import() whose file is computed at run time cannot be measured');
      found.push(node.source.value);
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'source') walk(value);
  };
  walk(parseAst(code));
  return found;
}

/**
 * The files under cdn/ (paths like `opvang-faq.js`, `chunks/lit-Ab12.js`) that a page with
 * these entries loads, sorted. Throws on an import that leaves cdn/ or names a missing file.
 */
export function closureOf(entries, dir = cdnDir) {
  const seen = new Set();
  const visit = (file, from) => {
    if (seen.has(file)) return;
    let code;
    try {
      code = readFileSync(new URL(file, dir), 'utf8');
    } catch {
      throw new Error(`${from ?? 'the page'} imports ${file}, which is not in cdn/`);
    }
    seen.add(file);
    for (const specifier of importsOf(code)) {
      if (!specifier.startsWith('./') && !specifier.startsWith('../'))
        throw new Error(`${file} imports ${specifier}: a CDN file may only import cdn/ files`);
      const target = posix.normalize(posix.join(posix.dirname(file), specifier));
      if (target.startsWith('../')) throw new Error(`${file} imports ${specifier}, outside cdn/`);
      visit(target, file);
    }
  };
  for (const entry of entries) visit(entry);
  return [...seen].sort();
}
