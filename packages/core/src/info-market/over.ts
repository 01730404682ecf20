import { brusselsWallClockToEpoch, parseInstant } from '../shared/index.js';
import type { InfoMarket } from './model.js';

/**
 * The instant (epoch milliseconds) from which an information market has taken place: its end,
 * or, without an announced end, midnight after its day in Brussels, so that a resident who
 * looks on the evening itself is not told that it already took place.
 *
 * @example
 * ```ts
 * const market = parseInfoMarket({ start: '2025-03-14T19:00', place: 'Zaal De Kring' });
 * if (market.ok) new Date(infoMarketOverAt(market.value)); // 2025-03-14T23:00:00.000Z (midnight in Brussels)
 * ```
 */
export function infoMarketOverAt(market: InfoMarket): number {
  if (market.end !== undefined) return parseInstant(market.end) ?? Number.NaN;
  // `start` is Brussels wall-clock time with its offset (`2025-07-03T18:30:00.000+02:00`).
  const [year = 0, month = 1, day = 1] = market.start.slice(0, 10).split('-').map(Number);
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return brusselsWallClockToEpoch({
    year: next.getUTCFullYear(),
    month: next.getUTCMonth() + 1,
    day: next.getUTCDate(),
    hour: 0,
    minute: 0,
    second: 0,
    millisecond: 0,
  });
}
