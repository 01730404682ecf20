import type { Result, ValidationError } from '@opvang/core/shared';

/** What a query from a link gave: its hits, and each value the core refused, by its query key. */
export interface RefusedQuery<Hit> {
  readonly hits: readonly Hit[];
  readonly refused: readonly { readonly key: string; readonly received: string }[];
}

/**
 * Runs one of the core's catalogue queries on values read from the URL fragment. When the core
 * refuses some of them (an unknown step, a text over 200 characters), the query runs again
 * without those, so a link with one stale value still shows the rest; `refused` names them.
 * `run` builds the query leaving out the keys it is given.
 *
 * @example
 * ```ts
 * const { hits, refused } = queryWithoutRefused((skip) =>
 *   queryCatalogue(skip.includes('step') ? { locale } : { locale, step: 'K' }));
 * ```
 */
export function queryWithoutRefused<Hit>(
  run: (skip: readonly string[]) => Result<readonly Hit[], ValidationError>,
): RefusedQuery<Hit> {
  const first = run([]);
  if (first.ok) return { hits: first.value, refused: [] };
  const refused = first.error.issues.map((issue) => ({
    key: issue.path.replace(/\[\d+\]$/, ''),
    received: String(issue.received),
  }));
  const second = run(refused.map(({ key }) => key));
  return { hits: second.ok ? second.value : [], refused };
}
