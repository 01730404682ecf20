import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { baselineStart } from '../deadlines/test-support/luxon-baseline.js';
import { brusselsOffsetMinutes, parseInstant, parseIsoDateTime, toBrusselsIso } from './index.js';

describe('parseIsoDateTime', () => {
  it('reads a date-time without offset as Brussels local time, winter and summer', () => {
    expect(parseIsoDateTime('2025-01-15T09:00')?.toISOString()).toBe('2025-01-15T08:00:00.000Z');
    expect(parseIsoDateTime('2025-07-15T09:00')?.toISOString()).toBe('2025-07-15T07:00:00.000Z');
  });

  it('respects an explicit offset or Z', () => {
    expect(parseIsoDateTime('2025-07-15T09:00:00Z')?.toISOString()).toBe(
      '2025-07-15T09:00:00.000Z',
    );
    expect(parseIsoDateTime('2025-07-15T09:00:00.250-05:30')?.toISOString()).toBe(
      '2025-07-15T14:30:00.250Z',
    );
    expect(parseIsoDateTime('2025-07-15T09:00+0200')?.toISOString()).toBe(
      '2025-07-15T07:00:00.000Z',
    );
  });

  it('takes the earlier instant in the autumn overlap (last Sunday of October)', () => {
    // 02:30 happens twice on 2025-10-26: first in CEST (00:30Z), then in CET (01:30Z).
    expect(parseIsoDateTime('2025-10-26T02:30')?.toISOString()).toBe('2025-10-26T00:30:00.000Z');
  });

  it('moves a time in the spring gap to the next valid instant (last Sunday of March)', () => {
    // 02:00-03:00 does not exist on 2025-03-30; clocks jump from 02:00 CET to 03:00 CEST at 01:00Z.
    expect(parseIsoDateTime('2025-03-30T02:30')?.toISOString()).toBe('2025-03-30T01:00:00.000Z');
    expect(parseIsoDateTime('2025-03-30T03:00')?.toISOString()).toBe('2025-03-30T01:00:00.000Z');
    expect(parseIsoDateTime('2025-03-30T01:59')?.toISOString()).toBe('2025-03-30T00:59:00.000Z');
  });

  it.each([
    '',
    'soon',
    '14/03/2025 19:00',
    '2025-02-30T10:00',
    '2025-13-01T10:00',
    '2025-01-01T24:00',
    '2025-01-01T10:00+25:00',
    '2025-01-01',
  ])('rejects %j', (text) => {
    expect(parseIsoDateTime(text)).toBeUndefined();
  });

  it('accepts 29 February only in leap years', () => {
    expect(parseIsoDateTime('2024-02-29T12:00')).toBeDefined();
    expect(parseIsoDateTime('2025-02-29T12:00')).toBeUndefined();
  });
});

describe('toBrusselsIso', () => {
  it('writes Brussels local time with its offset', () => {
    expect(toBrusselsIso(new Date('2025-03-14T18:00:00Z'))).toBe('2025-03-14T19:00:00.000+01:00');
    expect(toBrusselsIso(new Date('2024-03-31T15:00:00Z'))).toBe('2024-03-31T17:00:00.000+02:00');
  });

  it('round-trips any instant from 1900 to 2200 through parseIsoDateTime', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2200-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (instant) => {
          expect(parseIsoDateTime(toBrusselsIso(instant))?.getTime()).toBe(instant.getTime());
        },
      ),
    );
  });

  it('agrees with the offset Intl reports', () => {
    expect(brusselsOffsetMinutes(Date.parse('2025-01-01T00:00:00Z'))).toBe(60);
    expect(brusselsOffsetMinutes(Date.parse('2025-07-01T00:00:00Z'))).toBe(120);
  });
});

describe('brusselsOffsetMinutes and wall-clock times against luxon', () => {
  it('gives the offset luxon gives, by tables from 1996 and by Intl before, from 1900 to 2300', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2300, 0, 1) }), (epoch) => {
        expect(brusselsOffsetMinutes(epoch)).toBe(
          DateTime.fromMillis(epoch, { zone: 'Europe/Brussels' }).offset,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a wall-clock time without offset as the deadline rules do, before 1996 (Intl) and after (tables)', () => {
    const minute = fc.integer({
      min: Date.UTC(1900, 0, 2) / 60_000,
      max: Date.UTC(2199, 11, 31) / 60_000,
    });
    fc.assert(
      fc.property(minute, (wallMinute) => {
        const text = new Date(wallMinute * 60_000).toISOString().slice(0, 16);
        expect(parseInstant(text), text).toBe(baselineStart(text).toMillis());
      }),
      { numRuns: 2000 },
    );
  });
});
