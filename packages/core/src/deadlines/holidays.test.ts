import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { locales } from '../i18n/index.js';
import { belgianCalendar, holidaysIn } from './calendar.js';
import { communityHolidayIds, easterSunday, holidayNames, publicHolidayIds } from './holidays.js';

// date-holidays is an independent source (its own rule engine and data), used here only.
const reference = new Holidays('BE');
const referenceDates = (year: number) =>
  reference
    .getHolidays(year)
    .filter((holiday) => holiday.type === 'public')
    .map((holiday) => holiday.date.slice(0, 10))
    .sort();

describe('Belgian public holidays', () => {
  it('are the same ten days as date-holidays lists, for every year from 1950 to 2100', () => {
    const mismatches: string[] = [];
    for (let year = 1950; year <= 2100; year += 1) {
      const ours = holidaysIn(year).map((holiday) => holiday.date);
      // In a year where Ascension falls on 1 May both are listed; compare distinct days.
      const theirs = [...new Set(referenceDates(year))];
      const distinctOurs = [...new Set(ours)];
      if (ours.length !== 10) mismatches.push(`${year}: ${ours.length} holidays`);
      if (distinctOurs.join() !== theirs.join())
        mismatches.push(`${year}: ours ${distinctOurs.join()} / date-holidays ${theirs.join()}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('put Easter on the dates of the published tables', () => {
    expect(easterSunday(1900)).toEqual({ month: 4, day: 15 });
    expect(easterSunday(1954)).toEqual({ month: 4, day: 18 });
    expect(easterSunday(2008)).toEqual({ month: 3, day: 23 });
    expect(easterSunday(2024)).toEqual({ month: 3, day: 31 });
    expect(easterSunday(2025)).toEqual({ month: 4, day: 20 });
    expect(easterSunday(2038)).toEqual({ month: 4, day: 25 });
    expect(easterSunday(2200)).toEqual({ month: 4, day: 6 });
  });

  it('keep both Ascension and Labour Day when they fall on the same day (2008)', () => {
    const mayFirst = holidaysIn(2008).filter((holiday) => holiday.date === '2008-05-01');
    expect(mayFirst.map((holiday) => holiday.id)).toEqual(['labour-day', 'ascension']);
  });

  it('are listed on their own date when it is a weekend day: Belgium does not move them', () => {
    // 25 December 2027 is a Saturday.
    expect(holidaysIn(2027).find((holiday) => holiday.id === 'christmas')?.date).toBe('2027-12-25');
  });

  it('have a name in every language', () => {
    for (const id of [...publicHolidayIds, ...communityHolidayIds]) {
      for (const locale of locales)
        expect(holidayNames[id][locale].length, `${id} ${locale}`).toBeGreaterThan(2);
    }
  });
});

describe('community holidays', () => {
  it('add 11 July, 27 September or 15 November to the calendar of that community only', () => {
    const dates = (community?: 'flemish' | 'french' | 'german') =>
      holidaysIn(2025, belgianCalendar(community === undefined ? {} : { community }))
        .filter((holiday) => holiday.kind === 'community')
        .map((holiday) => `${holiday.date} ${holiday.names.nl}`);
    expect(dates()).toEqual([]);
    expect(dates('flemish')).toEqual(['2025-07-11 Feestdag van de Vlaamse Gemeenschap']);
    expect(dates('french')).toEqual(['2025-09-27 Feestdag van de Franse Gemeenschap']);
    expect(dates('german')).toEqual(['2025-11-15 Feestdag van de Duitstalige Gemeenschap']);
  });

  it('agree with the regional lists of date-holidays', () => {
    // date-holidays files the community holidays under regions; only the date is compared.
    const regional = new Holidays('BE', 'VLG')
      .getHolidays(2030)
      .find((holiday) => holiday.date.startsWith('2030-07-11'));
    expect(regional).toBeDefined();
    expect(
      holidaysIn(2030, belgianCalendar({ community: 'flemish' })).some(
        (holiday) => holiday.date === '2030-07-11',
      ),
    ).toBe(true);
  });
});
