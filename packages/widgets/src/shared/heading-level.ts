/** The levels `aria-level` (and `<h1>`–`<h6>`) know. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * A `heading-level` attribute's number as a heading level, or `undefined` when it is not a
 * whole number from 1 to 6; each widget picks its own default.
 *
 * @example
 * ```ts
 * toHeadingLevel(3);   // 3
 * toHeadingLevel(2.5); // undefined
 * toHeadingLevel(7);   // undefined
 * ```
 */
export function toHeadingLevel(value: number): HeadingLevel | undefined {
  return Number.isInteger(value) && value >= 1 && value <= 6 ? (value as HeadingLevel) : undefined;
}
