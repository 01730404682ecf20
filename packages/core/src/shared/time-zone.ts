/**
 * The time zone every instant in this library is read and shown in. Its own module, so that
 * code which only names the zone (the date formats in `i18n/format.ts`) does not import the
 * instant module: a browser page with the FAQ alone then loads no instant code.
 *
 * @example
 * ```ts
 * new Intl.DateTimeFormat('nl-BE', { timeZone: BRUSSELS_TIME_ZONE, hour: 'numeric' });
 * ```
 */
export const BRUSSELS_TIME_ZONE = 'Europe/Brussels';
