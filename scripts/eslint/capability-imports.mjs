// A local ESLint rule for the core's one import boundary (docs/development.md, "Lint, format
// and import boundaries"): a file in packages/core/src/<capability>/ reaches another
// capability only through that capability's index.ts (written `../<other>/index.js`). Tests
// and test-support files may also use another capability's test-support/ folder.
import path from 'node:path';

const srcMarker = `${path.sep}packages${path.sep}core${path.sep}src${path.sep}`;

/** The capability folder a file under packages/core/src/ belongs to, or undefined at src/ itself. */
function capabilityOf(relative) {
  const parts = relative.split(path.sep);
  return parts.length > 1 ? parts[0] : undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
export const capabilityImports = {
  meta: {
    type: 'problem',
    docs: { description: "A capability imports another only through that capability's index.ts." },
    schema: [],
    messages: {
      internal:
        "'{{source}}' reaches into the internals of the '{{target}}' capability: import from '{{index}}' instead.",
    },
  },
  create(context) {
    const file = context.filename;
    const at = file.lastIndexOf(srcMarker);
    if (at === -1) return {};
    const srcDir = file.slice(0, at + srcMarker.length - 1);
    const own = capabilityOf(path.relative(srcDir, file));
    const isTestFile =
      /\.test\.ts$/.test(file) || file.includes(`${path.sep}test-support${path.sep}`);

    function check(node) {
      const source =
        node?.type === 'Literal' && typeof node.value === 'string' ? node.value : undefined;
      if (source === undefined || !source.startsWith('.')) return;
      const resolved = path.relative(srcDir, path.resolve(path.dirname(file), source));
      if (resolved.startsWith('..')) return;
      const target = capabilityOf(resolved);
      if (target === undefined || target === own) return;
      const rest = resolved.split(path.sep).slice(1);
      if (rest.length === 1 && rest[0] === 'index.js') return;
      if (isTestFile && rest[0] === 'test-support') return;
      const index = path
        .relative(path.dirname(file), path.join(srcDir, target, 'index.js'))
        .split(path.sep)
        .join('/');
      context.report({
        node,
        messageId: 'internal',
        data: { source, target, index: index.startsWith('.') ? index : `./${index}` },
      });
    }

    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default { rules: { 'capability-imports': capabilityImports } };
