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
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Numbers and other primitives in messages and keys are meant: `${count} questions`.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true, allowNullish: false },
      ],
      // "On any input" (docs/development.md): entry points check at run time what the types
      // already promise, for JavaScript callers; this rule calls each such check unnecessary.
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // `() => resolve()` and `(event) => this.onInput(event)` are the house style for callbacks.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // `_`-prefixed names mark a parameter or element kept for its position.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // The vitest configs are in no tsconfig, so they are linted without types.
    files: ['**/vitest.config.ts'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['**/*.test.ts', '**/test-support/**/*.ts', '**/bench/**/*.ts'],
    rules: {
      // vitest's and chai's asymmetric matchers (`expect.any(String)`) are typed `any`.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      // Tests save a method to restore it later (`const original = console.warn`).
      '@typescript-eslint/unbound-method': 'off',
      // chai's property assertions: `expect(x).to.exist`.
      '@typescript-eslint/no-unused-expressions': 'off',
      // A test asserts what it just built; `noUncheckedIndexedAccess` makes every `[0]` optional.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Tests make broken inputs by deleting keys.
      '@typescript-eslint/no-dynamic-delete': 'off',
      // Deprecated names are kept until removed, and tested until then.
      '@typescript-eslint/no-deprecated': 'off',
      // Assertion messages may print a missing value as `undefined`.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true, allowNullish: true },
      ],
      // An element in the page becomes an instance by upgrade, not by `new`.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
    },
  },
  {
    // A capability's index.ts keeps re-exporting deprecated names until they are removed.
    files: ['packages/core/src/*/index.ts'],
    rules: { '@typescript-eslint/no-deprecated': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    files: ['examples/*.js', 'packages/widgets/src/**/*.js'],
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
    rules: {
      // Every element extends LitElement, which implements each lifecycle callback.
      'wc/guard-super-call': 'off',
    },
  },
  {
    // Issue 14: a widget's module does one job; one over 400 lines is doing several.
    files: ['packages/widgets/src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/test-support/**'],
    rules: { 'max-lines': ['error', { max: 400, skipBlankLines: false, skipComments: false }] },
  },
  prettier,
);
