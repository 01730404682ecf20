// The ESLint formatter of `npm test`: prints ESLint's usual "stylish" report and writes the
// counts (files without a problem passed, files with an error failed, files with only warnings
// passed) to the file named by OPVANG_LINT_COUNTS, for scripts/test.mjs to add up.
import { writeFileSync } from 'node:fs';
import { ESLint } from 'eslint';

export default async function summary(results, context) {
  const failed = results.filter((result) => result.errorCount > 0).length;
  const counts = { passed: results.length - failed, failed, skipped: 0 };
  if (process.env.OPVANG_LINT_COUNTS)
    writeFileSync(process.env.OPVANG_LINT_COUNTS, JSON.stringify(counts));
  const stylish = await new ESLint().loadFormatter('stylish');
  return stylish.format(results, context);
}
