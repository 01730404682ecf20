import type { RejectionCode } from '../errors.js';

/** Every rejection code, for the tests that check each has its texts in four languages. */
export const rejectionCodes: readonly RejectionCode[] = [
  'other-case',
  'out-of-order',
  'step-has-sub-steps',
  'not-applicable',
  'dependencies-not-done',
  'already-started',
  'already-done',
  'already-skipped',
  'format-required',
  'forbidden-format',
  'format-not-expected',
  'already-declined',
  'not-opening-event',
  'already-announced',
  'already-involved',
  'unknown-catalogue-item',
];
