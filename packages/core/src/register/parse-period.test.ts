import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { parseDutchPeriod } from './parse-period.js';

const value = (text: string) => {
  const r = parseDutchPeriod(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const period = (text: string) => {
  const { start, end, precision } = value(text);
  return { start, end, precision };
};

describe('parseDutchPeriod reads the forms of seed 000, lines 72-107', () => {
  it('reads exact days with and without a leading zero (02.12.2019, 1.12.2022)', () => {
    expect(period('02.12.2019')).toEqual({
      start: '2019-12-02',
      end: '2019-12-02',
      precision: 'day',
    });
    expect(period('1.12.2022')).toEqual({
      start: '2022-12-01',
      end: '2022-12-01',
      precision: 'day',
    });
  });
  it('reads full and abbreviated months (april, sep, sept) and leap years', () => {
    expect(period('april 2020')).toEqual({
      start: '2020-04-01',
      end: '2020-04-30',
      precision: 'month',
    });
    expect(period('sep 2023')).toEqual(period('sept 2023'));
    expect(period('februari 2020').end).toBe('2020-02-29');
    expect(period('Februari 2022').end).toBe('2022-02-28');
  });
  it('gives begin, midden and eind the day ranges 1-10, 11-20 and 21-end of month', () => {
    expect(period('begin november 2021')).toEqual({
      start: '2021-11-01',
      end: '2021-11-10',
      precision: 'part-of-month',
    });
    expect(period('midden juni 2022')).toEqual({
      start: '2022-06-11',
      end: '2022-06-20',
      precision: 'part-of-month',
    });
    expect(period('eind mei 2022')).toEqual({
      start: '2022-05-21',
      end: '2022-05-31',
      precision: 'part-of-month',
    });
    expect(period('eind februari 2023').end).toBe('2023-02-28');
  });
  it('reads a year only', () => {
    expect(period('2020')).toEqual({ start: '2020-01-01', end: '2020-12-31', precision: 'year' });
  });
  it('reads a day range as an opening and a closing, with a note', () => {
    const v = value('15.02.2023-23.02.2023 ');
    expect(v.segments.map((s) => [s.state, s.period?.start])).toEqual([
      ['deployed', '2023-02-15'],
      ['closed', '2023-02-23'],
    ]);
    expect(v.notes).toContainEqual({ code: 'range-as-open-close' });
    expect(v.raw).toBe('15.02.2023-23.02.2023 ');
  });
  it('spans alternatives and notes them', () => {
    const v = value('december 2021/februari 2022');
    expect(period('december 2021/februari 2022')).toEqual({
      start: '2021-12-01',
      end: '2022-02-28',
      precision: 'month',
    });
    expect(v.notes).toContainEqual({
      code: 'alternatives',
      options: ['december 2021', 'februari 2022'],
    });
  });
  it('takes the coarsest precision of alternatives', () => {
    expect(period('1.12.2021/2022').precision).toBe('year');
  });
  it('reads the states verwacht, onder voorbehoud, heropening and uitbreiding', () => {
    expect(value('verwacht november 2023').states).toEqual(['expected']);
    expect(value('onder voorbehoud oktober 2023').states).toEqual(['reserved']);
    expect(value('heropening november 2024').states).toEqual(['reopening']);
    expect(value('uitbreiding januari 2020 - gesloten').states).toEqual(['expansion', 'closed']);
  });
  it('reads gesloten with a day, a part of a month, a year, "op", or no date', () => {
    expect(value('03.12.2019 - gesloten op 10.02.2020').segments[1]?.period?.start).toBe(
      '2020-02-10',
    );
    expect(value('17.12.2019 - gesloten begin februari 2020').segments[1]?.period?.precision).toBe(
      'part-of-month',
    );
    expect(value('begin december 2019 – gesloten 2020').segments[1]?.period?.precision).toBe(
      'year',
    );
    const undated = value('uitbreiding januari 2020 - gesloten');
    expect(undated.segments[1]?.period).toBeUndefined();
    expect(undated.notes).toContainEqual({ code: 'closed-without-date' });
  });
  it('keeps several sites named before the date', () => {
    const v = value('Destelheide en Hanenbos september 2023');
    expect(v.sites).toEqual(['Destelheide', 'Hanenbos']);
    expect(v.notes).toContainEqual({ code: 'several-sites', sites: ['Destelheide', 'Hanenbos'] });
    expect(value('Destelheide september 2023').sites).toEqual(['Destelheide']);
  });
  it('accepts the typo geslotenem with a note rather than failing', () => {
    const v = value('01.11.2022 - geslotenem 4.03.2023');
    expect(v.segments[1]).toEqual({
      raw: 'geslotenem 4.03.2023',
      state: 'closed',
      period: { start: '2023-03-04', end: '2023-03-04', precision: 'day' },
    });
    expect(v.notes).toContainEqual({
      code: 'typo-corrected',
      found: 'geslotenem 4.03.2023',
      readAs: 'gesloten 4.03.2023',
    });
  });
  it('notes a date after the answer of October 2023, and accepts another answer date', () => {
    expect(value('heropening november 2024').notes).toContainEqual({
      code: 'after-answer-date',
      answerMonth: '2023-10',
    });
    expect(value('oktober 2023').notes).toEqual([]);
    const r = parseDutchPeriod('heropening november 2024', { answerDate: '2025-01-31' });
    expect(r.ok && r.value.notes).toEqual([]);
  });
  it('accepts the en dash as a separator between facts', () => {
    expect(value('februari 2020 – gesloten 07.05.2021').states).toEqual(['deployed', 'closed']);
  });
});

describe('parseDutchPeriod refuses what it cannot read', () => {
  it.each([
    ['', 'empty text'],
    ['   ', 'empty text'],
    ['binnenkort', 'could not read the date "binnenkort"'],
    ['brumaire 2020', 'unknown month "brumaire"'],
    ['31.02.2022', 'no such day: "31.02.2022"'],
    ['1.13.2022', 'no such day'],
    ['april 2020 - mei 2021', 'no state word before "mei 2021"'],
    ['gesloten', 'no date'],
    ['verwacht', 'no date'],
    ['april 2020 - gesloten later', 'could not read the date "later"'],
  ])('rejects %j naming the problem', (text, message) => {
    const r = parseDutchPeriod(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.issues[0].message).toContain(message);
      expect(r.error.issues[0].received).toBe(text);
    }
  });
});

describe('parseDutchPeriod properties', () => {
  const months = [
    'januari',
    'feb',
    'maart',
    'apr',
    'mei',
    'juni',
    'jul',
    'augustus',
    'sept',
    'okt',
    'nov',
    'december',
  ];
  const arbitrary = fc.oneof(
    fc
      .tuple(
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1990, max: 2040 }),
      )
      .map(([d, m, y]) => `${d}.${m}.${y}`),
    fc
      .tuple(
        fc.constantFrom('', 'begin ', 'midden ', 'eind '),
        fc.constantFrom(...months),
        fc.integer({ min: 1990, max: 2040 }),
      )
      .map(([q, m, y]) => `${q}${m} ${y}`),
    fc.integer({ min: 1990, max: 2040 }).map(String),
  );
  it('always has start <= end, and start === end exactly when precision is day', () => {
    fc.assert(
      fc.property(arbitrary, fc.constantFrom('', 'verwacht ', 'heropening '), (text, state) => {
        const r = parseDutchPeriod(state + text);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value.start <= r.value.end).toBe(true);
        expect(r.value.start === r.value.end).toBe(r.value.precision === 'day');
      }),
    );
  });
  it('never accepts a day beyond the month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 32, max: 99 }), fc.integer({ min: 1, max: 12 }), (d, m) => {
        expect(parseDutchPeriod(`${d}.${m}.2020`).ok).toBe(false);
      }),
    );
  });
});
