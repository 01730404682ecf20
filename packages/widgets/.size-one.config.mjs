import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
export default ['opvang-contact.js', 'opvang-faq.js', 'opvang-info-market.js'].map((file) => ({
  input: `dist/cdn/${file}`,
  output: { file: `/tmp/cdn-try/${file}`, format: 'es' },
  plugins: [nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }), minifyTemplateLiterals(), terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } })],
  preserveEntrySignatures: 'strict',
}));
