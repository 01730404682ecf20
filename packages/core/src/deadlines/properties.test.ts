// Property-based tests: our arithmetic against the straightforward luxon + date-holidays
// implementation (test-support/luxon-baseline.ts) on generated inputs, concentrated where
// deadline code goes wrong: the clock changes, year ends, leap days, holidays on weekends.
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { formatInstant, parseInstant } from '../shared/index.js';
import { belgianCalendar, holidaysIn, isWorkingDay, type BelgianCalendar } from './calendar.js';
import { deadline, type Deadline } from './deadline.js';
import { calendarDays, elapsedHours, workingDays, type DeadlineRule } from './rules.js';
import {
  baselineCalendarDays,
  baselineElapsed,
  baselineFormat,
  baselineWorking,
  type BaselineCalendar,
} from './test-support/luxon-baseline.js';

const ZONE = 'Europe/Brussels';
const runs = { numRuns: 400 };

function due(start: string, rule: DeadlineRule, calendar?: BelgianCalendar): Deadline {
  const result = deadline(start, rule, calendar);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const lastSunday = (year: number, month: number) => {
  const last = DateTime.utc(year, month, 1).endOf('month');
  return last.minus({ days: last.weekday % 7 }).day;
};

/** Wall-clock times a few days around the places where deadline code breaks. */
const edgeDay = fc
  .tuple(
    fc.integer({ min: 1996, max: 2150 }),
    fc.constantFrom('march-change', 'october-change', 'year-end', 'leap-day', 'holiday', 'any'),
    fc.integer({ min: -3, max: 3 }),
  )
  .map(([year, place, shift]) => {
    const leapYear = year - (year % 4);
    const base =
      place === 'march-change'
        ? DateTime.utc(year, 3, lastSunday(year, 3))
        : place === 'october-change'
          ? DateTime.utc(year, 10, lastSunday(year, 10))
          : place === 'year-end'
            ? DateTime.utc(year, 12, 31)
            : place === 'leap-day'
              ? DateTime.utc(
                  leapYear % 100 === 0 && leapYear % 400 !== 0 ? leapYear + 4 : leapYear,
                  2,
                  29,
                )
              : place === 'holiday'
                ? DateTime.fromISO(
                    holidaysIn(year)[Math.abs(shift * 3) % 10]?.date ?? `${year}-05-01`,
                    { zone: 'utc' },
                  )
                : DateTime.utc(year, 1 + Math.abs(shift * 2), 10);
    return base.plus({ days: shift });
  });

const wallClock = fc
  .tuple(
    edgeDay,
    fc.integer({ min: 0, max: 23 }),
    fc.integer({ min: 0, max: 59 }),
    fc.integer({ min: 0, max: 999 }),
  )
  .map(
    ([day, hour, minute, ms]) =>
      `${day.toISODate()}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.${String(ms).padStart(3, '0')}`,
  );

/** Half local wall-clock times (read as Brussels time), half instants with an offset. */
const startText = fc.oneof(
  wallClock,
  fc
    .tuple(wallClock, fc.constantFrom('Z', '+01:00', '+02:00', '-05:00', '+0530'))
    .map(([wall, zone]) => `${wall}${zone}`),
);

const calendarSettings = fc.record(
  {
    community: fc.constantFrom('flemish' as const, 'french' as const, 'german' as const),
    closingDays: fc.array(
      edgeDay.map((day) => day.toISODate() ?? ''),
      { maxLength: 4 },
    ),
    weekendDays: fc.constantFrom(
      ['saturday', 'sunday'] as const,
      ['sunday'] as const,
      ['friday', 'saturday'] as const,
    ),
  },
  { requiredKeys: [] },
);
const toCalendar = (settings: BaselineCalendar) =>
  belgianCalendar({
    ...(settings.community === undefined ? {} : { community: settings.community }),
    ...(settings.closingDays === undefined ? {} : { closingDays: settings.closingDays }),
    ...(settings.weekendDays === undefined ? {} : { weekendDays: settings.weekendDays }),
  });

describe('Brussels time', () => {
  it('formats every instant from 1900 to 2199 as luxon does, offset included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2199, 11, 31) }),
        (epoch) => {
          expect(formatInstant(epoch)).toBe(baselineFormat(epoch));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads back every instant it writes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2199, 11, 31) }),
        (epoch) => {
          expect(parseInstant(formatInstant(epoch))).toBe(epoch);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads wall-clock times and offsets as luxon does, earlier instant in an overlap, transition in a gap', () => {
    fc.assert(
      fc.property(startText, (text) => {
        const ours = parseInstant(text);
        const theirs = DateTime.fromISO(text, { zone: ZONE });
        const hasOffset = /[zZ]|[+-]\d\d(:?\d\d)?$/.test(text.slice(10));
        if (hasOffset) {
          expect(ours).toBe(theirs.toMillis());
          return;
        }
        const wall = DateTime.fromISO(text, { zone: 'utc' });
        if (theirs.hour !== wall.hour) {
          // The spring gap: no such time; ours is the next valid instant, the transition.
          expect(ours).toBe(theirs.set({ minute: 0, second: 0, millisecond: 0 }).toMillis());
        } else {
          const earlier = theirs.minus({ hours: 1 });
          expect(ours).toBe(earlier.hour === theirs.hour ? earlier.toMillis() : theirs.toMillis());
        }
      }),
      runs,
    );
  });

  it('rejects what is not an ISO 8601 instant', () => {
    for (const text of [
      '2025-1-01',
      '2025-01-01T1:00',
      '2025-01-01T10',
      '2025-01-01T10:00:',
      '2025-01-01T10:00:00.',
      '2025-01-01T10:00:00.1234567890',
      '2025-01-01T10:00+1',
      '2025-01-01T10:00+01:0',
      '2025-01-01T10:00+19:00',
      '2025-01-01T10:00Zz',
      '2025-01-01X10:00',
      '0999-01-01',
      '2025-01-01Z',
    ]) {
      expect(parseInstant(text), text).toBeUndefined();
    }
    expect(parseInstant('2025-01-01t10:00z')).toBe(Date.UTC(2025, 0, 1, 10));
    expect(parseInstant('2025-01-01 10:00:00,5+0100')).toBe(Date.UTC(2025, 0, 1, 9, 0, 0, 500));
    expect(parseInstant('2025-01-01T10:00-03')).toBe(Date.UTC(2025, 0, 1, 13));
  });
});

describe('the rules against the straightforward luxon implementation', () => {
  it('elapsedHours gives the same instant as luxon adding hours', () => {
    fc.assert(
      fc.property(startText, fc.integer({ min: 1, max: 8784 }), (text, hours) => {
        expect(due(text, elapsedHours(hours)).due).toBe(baselineElapsed(text, hours));
      }),
      runs,
    );
  });

  it('calendarDays gives the same instant as luxon adding days at the same wall-clock time', () => {
    fc.assert(
      fc.property(startText, fc.integer({ min: 1, max: 366 }), (text, days) => {
        expect(due(text, calendarDays(days)).due).toBe(baselineCalendarDays(text, days));
      }),
      runs,
    );
  });

  it('workingDays gives the same instant as stepping day by day with date-holidays, on any calendar', () => {
    fc.assert(
      fc.property(
        startText,
        fc.integer({ min: 1, max: 30 }),
        calendarSettings,
        (text, days, settings) => {
          expect(due(text, workingDays(days), toCalendar(settings)).due).toBe(
            baselineWorking(text, days, settings),
          );
        },
      ),
      // date-holidays takes about a millisecond a day: fewer runs, more time.
      { numRuns: 150 },
    );
  }, 60_000);
});

describe('how the rules relate', () => {
  it('calendarDays(2) equals elapsedHours(48) unless the clocks change in between or the time falls in a gap', () => {
    fc.assert(
      fc.property(startText, (text) => {
        const byDays = due(text, calendarDays(2));
        const byHours = due(text, elapsedHours(48));
        if (!byDays.clockChange && !byDays.shiftedOutOfGap) expect(byDays.due).toBe(byHours.due);
        else
          expect(Math.abs(Date.parse(byDays.due) - Date.parse(byHours.due))).toBeLessThanOrEqual(
            3_600_000,
          );
      }),
      runs,
    );
  });

  it('a working-day deadline lands on a working day, after counting exactly n working days, and lists every day it skipped', () => {
    fc.assert(
      fc.property(
        startText,
        fc.integer({ min: 1, max: 15 }),
        calendarSettings,
        (text, days, settings) => {
          const calendar = toCalendar(settings);
          const result = due(text, workingDays(days), calendar);
          // Calendar days as dates, free of offsets: the two ends may be in summer and winter time.
          const startDay = DateTime.fromISO(result.start.slice(0, 10), { zone: 'utc' });
          const dueDay = DateTime.fromISO(result.due.slice(0, 10), { zone: 'utc' });
          expect(isWorkingDay(dueDay.toISODate() ?? '', calendar)).toBe(true);
          let working = 0;
          const skipped: string[] = [];
          for (let day = startDay.plus({ days: 1 }); day <= dueDay; day = day.plus({ days: 1 })) {
            if (isWorkingDay(day.toISODate() ?? '', calendar)) working += 1;
            else skipped.push(day.toISODate() ?? '');
          }
          expect(working).toBe(days);
          expect(result.skipped.map((day) => day.date)).toEqual(skipped);
          expect(result.skipped.every((day) => day.reasons.length > 0)).toBe(true);
        },
      ),
      runs,
    );
  });

  it('more working days never end earlier, and the deadline is always after the start', () => {
    fc.assert(
      fc.property(startText, fc.integer({ min: 1, max: 20 }), (text, days) => {
        const shorter = Date.parse(due(text, workingDays(days)).due);
        const longer = Date.parse(due(text, workingDays(days + 1)).due);
        expect(longer).toBeGreaterThan(shorter);
        expect(shorter).toBeGreaterThan(Date.parse(due(text, workingDays(days)).start));
      }),
      runs,
    );
  });
});

describe('Brussels offsets beyond the table of years', () => {
  it('follow the EU rule to the end of 2201 and beyond', () => {
    for (const epoch of [
      Date.UTC(2201, 6, 1),
      Date.UTC(2201, 11, 31, 23),
      Date.UTC(2202, 0, 1),
      Date.UTC(2202, 6, 1),
      Date.UTC(2300, 6, 1),
    ]) {
      expect(formatInstant(epoch)).toBe(baselineFormat(epoch));
    }
  });
});
