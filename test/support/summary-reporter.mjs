// Writes the run's totals to test-artifacts/jest-summary.json, so .ci/run can print one closing line.
import { mkdirSync, writeFileSync } from 'node:fs';

export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    mkdirSync('test-artifacts', { recursive: true });
    writeFileSync(
      'test-artifacts/jest-summary.json',
      JSON.stringify({
        passed: results.numPassedTests,
        failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
        skipped: results.numPendingTests + results.numTodoTests,
      }),
    );
  }
}
