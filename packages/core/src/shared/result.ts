/**
 * The outcome of an operation that can fail on its input: a value, or a typed error.
 *
 * Functions that take outside data return a `Result` instead of throwing, so a caller
 * cannot forget the failure case and the error can be shown to a person.
 *
 * @example
 * ```ts
 * import { parseInfoMarket } from '@opvang/core/info-market';
 * const result = parseInfoMarket({ start: '2025-03-14T19:00', place: 'Zaal De Kring' });
 * if (result.ok) console.log(result.value.start);
 * else console.error(result.error.message);
 * ```
 */
export type Result<T, E> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

/**
 * Wraps a value as a successful {@link Result}.
 *
 * @example
 * ```ts
 * const result = ok(42); // { ok: true, value: 42 }
 * ```
 */
export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/**
 * Wraps an error as a failed {@link Result}.
 *
 * @example
 * ```ts
 * const result = err({ kind: 'validation', message: 'start: expected an ISO 8601 date-time', issues: [] });
 * ```
 */
export function err<E>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}
