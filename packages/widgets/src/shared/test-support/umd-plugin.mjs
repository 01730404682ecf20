// A web-test-runner plugin that serves papaparse (the core's CSV reader, which ships as UMD
// only) as an ES module with a default export, as rollup's commonjs plugin does for the CDN
// build: the UMD wrapper finds `module.exports` and puts the library there.
export function umdPlugin() {
  return {
    name: 'umd-as-esm',
    transform(context) {
      if (!/\/papaparse\/papaparse(\.min)?\.js$/.test(context.path)) return undefined;
      return {
        body: `const module = { exports: {} };\nconst exports = module.exports;\n${context.body}\nexport default module.exports;\n`,
      };
    },
  };
}
