// The manifest describes the package as it is installed: tools (IDEs, Storybook, JSX type
// generators) follow its paths into node_modules, where the built `dist/*.js` files are; the
// analyzer itself reads `src/*.ts`.
const shipped = (value) => value.replace(/^\/?src\/(.+)\.[tj]s$/, 'dist/$1.js');

/**
 * The `lang` attribute every widget reads (see OpvangElement); HTML's own, so not a Lit property.
 * Its field is HTMLElement's `lang`: the JSX type generator (scripts/jsx-types.mjs) types an
 * attribute by its field, and one without a field comes out as an `undefined` prop.
 */
const langAttribute = {
  name: 'lang',
  fieldName: 'lang',
  type: { text: 'string' },
  description:
    "The widget's language: nl, fr, de or en (a regional tag such as fr-BE counts as fr; any other language is Dutch). Without it, the nearest ancestor's lang, then the page's.",
};

function rewrite(node) {
  if (Array.isArray(node)) return node.forEach(rewrite);
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'path' || key === 'module') && typeof value === 'string')
      node[key] = shipped(value);
    else rewrite(value);
  }
  if (node.customElement === true) {
    node.attributes = [...(node.attributes ?? []).filter((a) => a.name !== 'lang'), langAttribute];
    for (const member of [...(node.attributes ?? []), ...(node.members ?? [])]) {
      // The analyzer copies the base class's `this.headingLevel = defaultLevel`; the real
      // default is each widget's own, and its description says it.
      if (member.default === 'defaultLevel') delete member.default;
    }
  }
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/test-support/**', 'src/cdn/**'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'opvang-shipped-paths',
      packageLinkPhase: ({ customElementsManifest }) => rewrite(customElementsManifest),
    },
  ],
};
