import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { isLocale, type Locale } from '../locale.js';

/** One text a person reads, found in the source: where it is, its language, its words. */
export interface SourceText {
  /** Path from the repository root, e.g. `packages/core/src/faq/messages.ts`. */
  readonly module: string;
  readonly line: number;
  /** The property path to the text, without the language (`faqTexts.who.capacity`, `items[nt2-screening-referral].label`). */
  readonly key: string;
  readonly locale: Locale;
  /** The text; a template's `${…}` parts read as `…`. */
  readonly text: string;
}

export const repositoryRoot = new URL('../../../../../', import.meta.url).pathname;

/** Every `.ts` file that ships (no tests, no test support) under the given folders. */
export function shippedSourceFiles(folders: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'test-support' && name !== '__snapshots__') walk(path);
      } else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts'))
        files.push(path);
    }
  };
  for (const folder of folders) walk(join(repositoryRoot, folder));
  return files.sort();
}

function propertyName(name: ts.PropertyName, source: ts.SourceFile): string {
  if (
    ts.isIdentifier(name) ||
    ts.isStringLiteral(name) ||
    ts.isNumericLiteral(name) ||
    ts.isPrivateIdentifier(name)
  )
    return name.text;
  return name.getText(source);
}

/** The `id` of an object literal, when it has one written as a string: how data items are named. */
function objectId(node: ts.ObjectLiteralExpression): string | undefined {
  for (const property of node.properties) {
    if (
      ts.isPropertyAssignment(property) &&
      ts.isIdentifier(property.name) &&
      property.name.text === 'id' &&
      ts.isStringLiteralLike(property.initializer)
    ) {
      return property.initializer.text;
    }
  }
  return undefined;
}

function templateText(node: ts.TemplateExpression): string {
  return node.head.text + node.templateSpans.map((span) => `…${span.literal.text}`).join('');
}

/**
 * Every string and template in a source file that stands under a property named after a
 * language (`nl: …`, `fr: { … }`): the texts of message catalogues, data items and text tables,
 * whatever their shape, or anywhere in a module of one language (`messages/fr.ts`, `texts-fr.ts`).
 * Property names and strings outside any language are code, not text.
 */
export function textsInSource(path: string): SourceText[] {
  const source = ts.createSourceFile(
    path,
    readFileSync(path, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const module = relative(repositoryRoot, path);
  // A module of one language's texts (`messages/fr.ts`, `texts-fr.ts`, loaded on demand): every
  // text in it is in that language.
  const fileLocale = /(?:^|[-/])([a-z]{2})\.ts$/u.exec(module)?.[1];
  const moduleLocale = fileLocale !== undefined && isLocale(fileLocale) ? fileLocale : undefined;
  const found: SourceText[] = [];

  const describe = (node: ts.Node): { locale: Locale; key: string } | undefined => {
    let locale: Locale | undefined;
    const path: string[] = [];
    for (
      let child = node, parent = node.parent;
      parent !== undefined;
      child = parent, parent = parent.parent
    ) {
      if (ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent)) {
        const name = propertyName(parent.name, source);
        if (locale === undefined && isLocale(name)) locale = name;
        else path.unshift(name);
      } else if (ts.isArrayLiteralExpression(parent)) {
        const id = ts.isObjectLiteralExpression(child) ? objectId(child) : undefined;
        const segment =
          id === undefined ? `[${parent.elements.indexOf(child as ts.Expression)}]` : `[${id}]`;
        path.unshift(segment);
      } else if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) {
        path.unshift(parent.name.text);
      }
    }
    locale ??= moduleLocale;
    return locale === undefined
      ? undefined
      : { locale, key: path.join('.').replace(/\.\[/gu, '[') };
  };

  const visit = (node: ts.Node): void => {
    const isName =
      node.parent !== undefined &&
      (ts.isPropertyAssignment(node.parent) || ts.isMethodDeclaration(node.parent)) &&
      node.parent.name === node;
    const isLiteral =
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateExpression(node);
    const isCode =
      node.parent !== undefined &&
      (ts.isElementAccessExpression(node.parent) ||
        ts.isBinaryExpression(node.parent) ||
        ts.isImportDeclaration(node.parent) ||
        ts.isCaseClause(node.parent));
    if (isLiteral && !isName && !isCode) {
      const where = describe(node);
      const text = ts.isTemplateExpression(node) ? templateText(node) : node.text;
      if (where !== undefined && /\p{L}/u.test(text)) {
        found.push({
          module,
          line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
          ...where,
          text,
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}
