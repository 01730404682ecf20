// The import-boundary rule on the cases it must tell apart (node --test, part of `npm test`).
import { describe, it } from 'node:test';
import { RuleTester } from 'eslint';
import { capabilityImports } from './capability-imports.mjs';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const core = '/repo/packages/core/src';
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });

tester.run('capability-imports', capabilityImports, {
  valid: [
    { filename: `${core}/faq/model.ts`, code: "import { locales } from '../i18n/index.js';" },
    { filename: `${core}/faq/model.ts`, code: "import { parse } from './parse.js';" },
    {
      filename: `${core}/i18n/test-support/texts.ts`,
      code: "import { locales } from '../locale.js';",
    },
    {
      filename: `${core}/catalogue/test-support/docs.ts`,
      code: "import { formatCitation } from '../../shared/index.js';",
    },
    {
      filename: `${core}/faq/citations.test.ts`,
      code: "import { expectCitation } from '../shared/test-support/sources.js';",
    },
    {
      filename: `${core}/entry-points.test.ts`,
      code: "import { parseFaq } from './faq/index.js';",
    },
    { filename: `${core}/faq/model.ts`, code: "import { z } from 'zod/mini';" },
    {
      filename: '/repo/packages/widgets/src/faq/faq.ts',
      code: "import { x } from '../shared/define-element.js';",
    },
  ],
  invalid: [
    {
      filename: `${core}/info-market/model.ts`,
      code: "import { decode } from '../shared/decode.js';",
      errors: [
        {
          messageId: 'internal',
          data: { source: '../shared/decode.js', target: 'shared', index: '../shared/index.js' },
        },
      ],
    },
    {
      filename: `${core}/faq/test-support/samples.ts`,
      code: "import { decode } from '../../shared/decode.js';",
      errors: [
        {
          messageId: 'internal',
          data: {
            source: '../../shared/decode.js',
            target: 'shared',
            index: '../../shared/index.js',
          },
        },
      ],
    },
    {
      filename: `${core}/faq/model.ts`,
      code: "import { sources } from '../shared/test-support/sources.js';",
      errors: [{ messageId: 'internal' }],
    },
    {
      filename: `${core}/entry-points.test.ts`,
      code: "import { parseFaq } from './faq/model.js';",
      errors: [
        {
          messageId: 'internal',
          data: { source: './faq/model.js', target: 'faq', index: './faq/index.js' },
        },
      ],
    },
    {
      filename: `${core}/faq/index.ts`,
      code: "export * from '../i18n/messages.js';",
      errors: [{ messageId: 'internal' }],
    },
    {
      filename: `${core}/faq/index.ts`,
      code: "export { a } from '../i18n/messages.js';",
      errors: [{ messageId: 'internal' }],
    },
    {
      filename: `${core}/faq/model.ts`,
      code: "const m = import('../register/data.js');",
      errors: [{ messageId: 'internal' }],
    },
  ],
});
