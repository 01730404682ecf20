// ESLint for the whole workspace (`npm run lint`, part of `npm test`). TypeScript is linted
// with typescript-eslint's type-aware strict rules, the widgets also with eslint-plugin-lit
// and eslint-plugin-wc; eslint-config-prettier switches off every rule Prettier decides.
// docs/development.md, "Lint, format and import boundaries", says why each rule below is off.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import opvang from './scripts/eslint/capability-imports.mjs';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      '**/coverage/',
      'docs/api/',
      'packages/widgets/cdn/',
      'sources/',
      '.test-results/',
      '.logs/',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: {
          // The vitest configs are in no tsconfig's `include`.
          allowDefaultProject: ['packages/core/vitest.config.ts', 'examples/contact-receiver/vitest.config.ts'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Numbers and other primitives in messages and keys are meant: `${count} questions`.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true, allowNullish: false },
      ],
      // `_`-prefixed names mark a parameter or element kept for its position.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['examples/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    plugins: { opvang },
    rules: { 'opvang/capability-imports': 'error' },
  },
  {
    files: ['packages/widgets/src/**/*.ts', 'packages/widgets/bench/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice']],
    languageOptions: { globals: { ...globals.browser } },
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
  },
  prettier,
);
