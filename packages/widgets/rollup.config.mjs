// The CDN build: one self-contained, minified ES module per widget (Lit and the core
// inlined) plus one with every widget, for a plain <script type="module"> with no build step.
// Input is tsc's output in dist/, so rollup needs no TypeScript plugin.
import { readdirSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

const entries = readdirSync(new URL('./dist/cdn/', import.meta.url)).filter(
  (file) => file.endsWith('.js') && !file.includes('.test.'),
);

export default entries.map((file) => ({
  input: `dist/cdn/${file}`,
  output: { file: `cdn/${file}`, format: 'es', sourcemap: true },
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
    // Lit's html`` and css`` templates keep the indentation of the source; visitors need not.
    minifyTemplateLiterals(),
    terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } }),
  ],
  // One file per entry: never split shared code into chunks a webmaster would also have to host.
  preserveEntrySignatures: 'strict',
}));
