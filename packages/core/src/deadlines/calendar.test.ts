import { describe, expect, it } from 'vitest';
import { OpvangValidationError } from '../shared/index.js';
import { belgianCalendar, holidaysIn, isWorkingDay, type BelgianCalendar } from './calendar.js';

function thrown(action: () => unknown): OpvangValidationError {
  try {
    action();
  } catch (error) {
    if (error instanceof OpvangValidationError) return error;
    throw error;
  }
  throw new Error('expected an OpvangValidationError');
}

describe('belgianCalendar', () => {
  it('has a Saturday–Sunday weekend, no community and no closing days by default', () => {
    expect(belgianCalendar()).toEqual({
      kind: 'belgian',
      closingDays: [],
      weekendDays: ['saturday', 'sunday'],
    });
  });

  it('keeps closing days sorted, one per date, the first name given winning', () => {
    const calendar = belgianCalendar({
      closingDays: [
        '2025-12-26',
        { date: '2025-05-02', name: 'Brugdag' },
        { date: '2025-05-02', name: 'Other' },
        '2025-12-26',
      ],
    });
    expect(calendar.closingDays).toEqual([
      { date: '2025-05-02', name: 'Brugdag' },
      { date: '2025-12-26' },
    ]);
  });

  it('rejects an unknown community, naming it and the allowed values', () => {
    const error = thrown(() => belgianCalendar({ community: 'walloon' as never }));
    expect(error.details.issues[0]).toMatchObject({ path: 'community', received: 'walloon' });
    expect(error.details.issues[0]?.expected).toContain('flemish');
  });

  it('rejects a malformed or impossible closing day, naming its position', () => {
    expect(
      thrown(() => belgianCalendar({ closingDays: ['2025-05-02', '2025-02-30'] })).details
        .issues[0],
    ).toMatchObject({ path: 'closingDays[1]' });
    expect(
      thrown(() => belgianCalendar({ closingDays: ['2 mei 2025'] })).details.issues[0]?.path,
    ).toBe('closingDays[0]');
    expect(
      thrown(() => belgianCalendar({ closingDays: [{ date: '2025-05-02', name: ' ' }] })).details
        .issues[0]?.path,
    ).toBe('closingDays[0].name');
  });

  it('rejects weekends without a working day, repeated days and unknown days', () => {
    const all = [
      'monday',
      'tuesday',
      'wednesday',
      'thursday',
      'friday',
      'saturday',
      'sunday',
    ] as const;
    expect(thrown(() => belgianCalendar({ weekendDays: [...all] })).details.issues[0]?.path).toBe(
      'weekendDays',
    );
    expect(
      thrown(() => belgianCalendar({ weekendDays: ['sunday', 'sunday'] })).details.issues[0]
        ?.expected,
    ).toContain('at most once');
    expect(
      thrown(() => belgianCalendar({ weekendDays: ['zondag' as never] })).details.issues[0]?.path,
    ).toBe('weekendDays[0]');
  });

  it('rejects options it does not know', () => {
    expect(
      thrown(() => belgianCalendar({ region: 'flanders' } as never)).details.issues[0]?.message,
    ).toMatch(/unknown key "region"/);
  });
});

describe('isWorkingDay', () => {
  const flemish = belgianCalendar({
    community: 'flemish',
    closingDays: [{ date: '2025-05-02', name: 'Brugdag' }],
  });

  it('is false on weekends, public holidays, the community holiday and closing days', () => {
    expect(isWorkingDay('2025-11-11')).toBe(false);
    expect(isWorkingDay('2025-11-15')).toBe(false); // a Saturday
    expect(isWorkingDay('2025-07-11')).toBe(true); // no community in the default calendar
    expect(isWorkingDay('2025-07-11', flemish)).toBe(false);
    expect(isWorkingDay('2025-05-02', flemish)).toBe(false);
    expect(isWorkingDay('2025-05-05', flemish)).toBe(true);
  });

  it('follows the weekend days of the calendar', () => {
    const fridayOff = belgianCalendar({ weekendDays: ['friday', 'saturday'] });
    expect(isWorkingDay('2025-11-14', fridayOff)).toBe(false); // Friday
    expect(isWorkingDay('2025-11-16', fridayOff)).toBe(true); // Sunday
  });

  it('reads a Date as its calendar day in Brussels', () => {
    // 23:30 UTC on Monday 10 November is already Tuesday 11 November (Armistice) in Brussels.
    expect(isWorkingDay(new Date('2025-11-10T23:30:00Z'))).toBe(false);
    expect(isWorkingDay(new Date('2025-11-10T22:30:00Z'))).toBe(true);
  });

  it('accepts a calendar that went through JSON, and checks it again', () => {
    const copy = JSON.parse(JSON.stringify(flemish)) as BelgianCalendar;
    expect(isWorkingDay('2025-07-11', copy)).toBe(false);
    const forged = { ...copy, community: 'walloon' } as unknown as BelgianCalendar;
    expect(() => isWorkingDay('2025-07-11', forged)).toThrow(/community/);
    expect(() =>
      isWorkingDay('2025-07-11', { kind: 'dutch' } as unknown as BelgianCalendar),
    ).toThrow(/kind/);
  });

  it('rejects what is not a date, naming the input and what it expected', () => {
    for (const bad of [
      '2025-02-29',
      '11/11/2025',
      '2025-11-11T10:00',
      '',
      '1899-12-31',
      '2201-01-01',
    ]) {
      const error = thrown(() => isWorkingDay(bad));
      expect(error.details.issues[0], bad).toMatchObject({ path: 'date', received: bad });
      expect(error.details.issues[0]?.expected).toContain('YYYY-MM-DD');
    }
    expect(() => isWorkingDay(new Date(Number.NaN))).toThrow(OpvangValidationError);
  });
});

describe('holidaysIn', () => {
  it('lists the public holidays, the community holiday and closing days in date order, with names', () => {
    const list = holidaysIn(
      2025,
      belgianCalendar({
        community: 'flemish',
        closingDays: [{ date: '2025-05-02', name: 'Brugdag' }, '2025-12-26', '2026-01-02'],
      }),
    );
    expect(list.map((holiday) => `${holiday.date} ${holiday.kind} ${holiday.names.en}`)).toEqual([
      '2025-01-01 public New Year’s Day',
      '2025-04-21 public Easter Monday',
      '2025-05-01 public Labour Day',
      '2025-05-02 closing-day Brugdag',
      '2025-05-29 public Ascension Day',
      '2025-06-09 public Whit Monday',
      '2025-07-11 community Day of the Flemish Community',
      '2025-07-21 public Belgian National Day',
      '2025-08-15 public Assumption Day',
      '2025-11-01 public All Saints’ Day',
      '2025-11-11 public Armistice Day',
      '2025-12-25 public Christmas Day',
      '2025-12-26 closing-day Closing day',
    ]);
    expect(list.find((holiday) => holiday.date === '2025-12-26')?.names.nl).toBe('Sluitingsdag');
  });

  it('rejects a year outside 1900–2200 or not whole', () => {
    for (const year of [1899, 2201, 2025.5, Number.NaN])
      expect(() => holidaysIn(year), String(year)).toThrow(/year/);
    expect(holidaysIn(1900)).toHaveLength(10);
    expect(holidaysIn(2200)).toHaveLength(10);
  });
});
