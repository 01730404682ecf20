/**
 * Who a reception centre is for. The step plan knows unaccompanied minors and adults (seed
 * `000`, step B.d); families with children appear in seed `002` (lines 1034–1036: “gezinnen
 * met kinderen”) and are our extension. Shared because the step plan's case facts and the
 * FAQ's facts both name them: both must use the same ids.
 *
 * @example
 * ```ts
 * targetGroups.includes('families'); // true
 * ```
 */
export const targetGroups = ['adults', 'unaccompanied-minors', 'families'] as const;

/** One of {@link targetGroups}. */
export type TargetGroup = (typeof targetGroups)[number];
