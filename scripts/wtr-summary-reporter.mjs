// A @web/test-runner reporter that counts tests the way the root test command reports
// them: it prints one line `widgets: N passed, N failed, N skipped` and writes the same
// counts to .test-results/widgets.json for scripts/test.mjs to add up.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function countSuite(suite, counts) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}

export function summaryReporter({
  name = 'widgets',
  outDir = join(process.cwd(), '..', '..', '.test-results'),
} = {}) {
  let counts;
  return {
    onTestRunFinished({ sessions }) {
      counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        countSuite(session.testResults, counts);
        // A file that failed to load (syntax error, failed import) has no tests but failed.
        if (!session.passed && (session.errors?.length ?? 0) > 0)
          counts.failed += session.errors.length;
      }
      mkdirSync(outDir, { recursive: true });
      writeFileSync(join(outDir, `${name}.json`), JSON.stringify(counts));
    },
    stop() {
      if (counts)
        console.log(
          `${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
        );
    },
  };
}
