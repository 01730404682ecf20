// What a page loads from cdn/ when it has the given entries: each entry and every file it
// imports, transitively, read from the import statements of the built files themselves
// (rollup's own parser), not from a list the build wrote. scripts/size.mjs weighs this set, and
// src/cdn/page-closure.test.ts checks in Chromium that it is exactly what the browser requests.
// Only static imports count as loaded: a dynamic `import()` is code that a visitor's action
// asks for (the iCalendar writer when someone reaches for "add to calendar", for example), so
// it is not part of the page's first load. `lazyClosureOf` names those files; the page test
// checks that they are not requested at first and are requested after the action. Texts in
// another language than Dutch are loaded by `import()` too, when a page's `lang` asks for them
// (`chunks/<widget>-fr-<hash>.js`): not part of an action's files, but of `languageClosureOf`;
// so is the FAQ's JSON-LD writer (`chunks/structured-data-<hash>.js`), which a page loads when it
// asks for `structured-data`.
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { parseAst } from 'rollup/parseAst';

/** The cdn/ folder of the built package. */
export const cdnDir = new URL('../../../cdn/', import.meta.url);

/**
 * The module specifiers a built file imports: static imports and re-exports, and with
 * `{ dynamic: true }` the files of its `import()` expressions instead.
 */
export function importsOf(code, { dynamic = false } = {}) {
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
      if ((node.type === 'ImportExpression') === dynamic) found.push(node.source.value);
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
  return [...walkClosure(entries, dir).loaded].sort();
}

/** A chunk of one language's texts, `chunks/faq-fr-Ab12Cd34.js`: its language, or undefined. */
export function languageOf(file) {
  return /^chunks\/[a-z-]+-(fr|de|en)-[\w-]+\.js$/.exec(file)?.[1];
}

/**
 * The files under cdn/ that a page with these entries loads only on a visitor's action: those
 * reached through an `import()` (and everything they import) that the first load does not
 * have, sorted. The texts of other languages are not among them (see {@link languageClosureOf}),
 * nor the JSON-LD writer of a FAQ with `structured-data`: what a page asks for, not a visitor.
 */
export function lazyClosureOf(entries, dir = cdnDir) {
  return dynamicClosure(
    entries,
    dir,
    (file) => languageOf(file) === undefined && !/^chunks\/structured-data-/.test(file),
  );
}

/**
 * The files under cdn/ that a page with these entries loads on top of its first load when its
 * `lang` is `locale` (fr, de or en): each widget's texts in that language and what they
 * import, sorted. Empty for Dutch, which every entry carries.
 */
export function languageClosureOf(entries, locale, dir = cdnDir) {
  return dynamicClosure(entries, dir, (file) => languageOf(file) === locale);
}

function dynamicClosure(entries, dir, follow) {
  const first = walkClosure(entries, dir).loaded;
  let all = walkClosure(entries, dir);
  const next = () => [...all.dynamic].filter((file) => follow(file) && !all.loaded.has(file));
  while (next().length > 0) all = walkClosure([...all.loaded, ...next()], dir);
  return [...all.loaded].filter((file) => !first.has(file)).sort();
}

/** Every file the entries import statically, and the files named by their `import()`s. */
function walkClosure(entries, dir) {
  const loaded = new Set();
  const dynamic = new Set();
  const resolve = (file, specifier) => {
    if (!specifier.startsWith('./') && !specifier.startsWith('../'))
      throw new Error(`${file} imports ${specifier}: a CDN file may only import cdn/ files`);
    const target = posix.normalize(posix.join(posix.dirname(file), specifier));
    if (target.startsWith('../')) throw new Error(`${file} imports ${specifier}, outside cdn/`);
    return target;
  };
  const visit = (file, from) => {
    if (loaded.has(file)) return;
    let code;
    try {
      code = readFileSync(new URL(file, dir), 'utf8');
    } catch {
      throw new Error(`${from ?? 'the page'} imports ${file}, which is not in cdn/`);
    }
    loaded.add(file);
    for (const specifier of importsOf(code)) visit(resolve(file, specifier), file);
    for (const specifier of importsOf(code, { dynamic: true }))
      dynamic.add(resolve(file, specifier));
  };
  for (const entry of entries) visit(entry);
  return { loaded, dynamic };
}
