import { describe, expect, it } from 'vitest';
import { parseInfoMarket } from './model.js';
import { infoMarketOverAt } from './over.js';

function market(input: { start: string; end?: string }) {
  const parsed = parseInfoMarket({ ...input, place: 'Zaal De Kring' });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

describe('infoMarketOverAt', () => {
  it('is the end of a market with an announced end', () => {
    expect(
      new Date(
        infoMarketOverAt(market({ start: '2025-03-14T19:00', end: '2025-03-14T21:00' })),
      ).toISOString(),
    ).toBe('2025-03-14T20:00:00.000Z');
  });

  it('is midnight after its day in Brussels without an end, in winter and in summer', () => {
    expect(new Date(infoMarketOverAt(market({ start: '2025-03-14T19:00' }))).toISOString()).toBe(
      '2025-03-14T23:00:00.000Z',
    );
    expect(new Date(infoMarketOverAt(market({ start: '2025-07-03T18:30' }))).toISOString()).toBe(
      '2025-07-03T22:00:00.000Z',
    );
  });

  it('counts the day in Brussels, not in the zone the start was written in', () => {
    // 23:30 UTC on 14 March is 00:30 on 15 March in Brussels: the market is on the 15th.
    expect(new Date(infoMarketOverAt(market({ start: '2025-03-14T23:30Z' }))).toISOString()).toBe(
      '2025-03-15T23:00:00.000Z',
    );
  });
});
