const ISO_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

/**
 * Whether a text is a calendar date written `YYYY-MM-DD` that exists (not `2025-02-30`);
 * `false` for anything that is not a string.
 *
 * @example
 * ```ts
 * isIsoDate('2024-02-29'); // true
 * isIsoDate('2025-02-29'); // false
 * ```
 */
export function isIsoDate(value: string): boolean {
  return (
    typeof value === 'string' &&
    ISO_DATE.test(value) &&
    new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
  );
}
