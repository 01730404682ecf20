/**
 * The steps and sub-steps of the liaison officers' step plan, A to K (seed `000`, lines
 * 151-195), in plan order. Shared because the catalogue links its items to steps and the step
 * plan defines them: both must use the same ids.
 *
 * @example
 * ```ts
 * stepIds.includes('D.e'); // true
 * ```
 */
export const stepIds = [
  'A',
  'B',
  'B.a',
  'B.b',
  'B.c',
  'B.d',
  'C',
  'C.a',
  'C.b',
  'D',
  'D.a',
  'D.b',
  'D.c',
  'D.d',
  'D.e',
  'E',
  'F',
  'G',
  'H',
  'I',
  'J',
  'K',
  'K.a',
  'K.b',
  'K.c',
  'K.d',
] as const;

/** One of {@link stepIds}: `'A'`, `'C'`, `'D.b'`, … */
export type StepId = (typeof stepIds)[number];
