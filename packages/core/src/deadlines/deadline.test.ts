import { describe, expect, it } from 'vitest';
import { locales, type Localized } from '../i18n/index.js';
import { describeDeadline } from './messages.js';
import { belgianCalendar, type BelgianCalendar } from './calendar.js';
import {
  deadline,
  describeTimeRemaining,
  isOverdue,
  timeRemaining,
  type Deadline,
} from './deadline.js';
import { calendarDays, elapsedHours, workingDays, type DeadlineRule } from './rules.js';

// A deadline's explanation in each language, as `describeDeadline` writes it.
const explained = (d: Deadline): Localized => ({
  nl: describeDeadline(d, 'nl'),
  fr: describeDeadline(d, 'fr'),
  de: describeDeadline(d, 'de'),
  en: describeDeadline(d, 'en'),
});

function due(start: string | Date, rule: DeadlineRule, calendar?: BelgianCalendar): Deadline {
  const result = deadline(start, rule, calendar);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const flemish = belgianCalendar({ community: 'flemish' });

describe('elapsedHours', () => {
  it('is real elapsed time: 48 hours across the change to summer time end one hour later on the clock', () => {
    expect(due('2024-03-29T17:00', elapsedHours(48)).due).toBe('2024-03-31T18:00:00.000+02:00');
    expect(due('2025-03-29T09:00', elapsedHours(48)).due).toBe('2025-03-31T10:00:00.000+02:00');
  });

  it('ends one hour earlier on the clock across the change back to winter time', () => {
    expect(due('2025-10-25T09:00', elapsedHours(48)).due).toBe('2025-10-27T08:00:00.000+01:00');
  });

  it('counts from an instant with any offset, and answers in Brussels time', () => {
    expect(due('2025-06-01T10:00:00Z', elapsedHours(1)).due).toBe('2025-06-01T13:00:00.000+02:00');
    expect(due('2025-06-01T10:00:00-05:00', elapsedHours(2)).start).toBe(
      '2025-06-01T17:00:00.000+02:00',
    );
  });

  it('takes a Date as well', () => {
    expect(due(new Date('2025-01-31T23:00:00Z'), elapsedHours(24)).due).toBe(
      '2025-02-02T00:00:00.000+01:00',
    );
  });

  it('says in four languages that the clocks changed but the time did not', () => {
    const result = due('2025-03-29T09:00', elapsedHours(48));
    expect(result.clockChange).toBe(true);
    expect(explained(result).en).toBe(
      'Due by Monday, 31 March 2025 at 10:00. That is 48 hours after Saturday, 29 March 2025 at 09:00, counted round the clock. The clocks changed in that period; it is still exactly 48 hours.',
    );
    expect(explained(result).nl).toContain(
      '48 uur na zaterdag 29 maart 2025 om 09:00 (de klok rond gerekend)',
    );
    expect(explained(result).fr).toContain(
      '48 heures après le samedi 29 mars 2025 à 09:00, comptées en continu',
    );
    expect(explained(result).de).toContain(
      '48 Stunden nach dem Samstag, 29. März 2025, um 09:00 Uhr, durchgehend gezählt',
    );
  });
});

describe('calendarDays', () => {
  it('keeps the wall-clock time, so across the change to summer time 2 days are 47 hours', () => {
    const result = due('2025-03-29T09:00', calendarDays(2));
    expect(result.due).toBe('2025-03-31T09:00:00.000+02:00');
    expect(Date.parse(result.due) - Date.parse(result.start)).toBe(47 * 3_600_000);
  });

  it('counts weekends and holidays', () => {
    expect(due('2025-12-24T12:00', calendarDays(2)).due).toBe('2025-12-26T12:00:00.000+01:00');
  });

  it('crosses year ends and leap days', () => {
    expect(due('2024-12-31T08:30', calendarDays(1)).due).toBe('2025-01-01T08:30:00.000+01:00');
    expect(due('2024-02-28T10:00', calendarDays(1)).due).toBe('2024-02-29T10:00:00.000+01:00');
    expect(due('2023-02-28T10:00', calendarDays(1)).due).toBe('2023-03-01T10:00:00.000+01:00');
    expect(due('2024-02-29T10:00', calendarDays(366)).due).toBe('2025-03-01T10:00:00.000+01:00');
  });

  it('takes the next valid instant when the time does not exist on the due day (the spring gap)', () => {
    const result = due('2025-03-29T02:30', calendarDays(1));
    expect(result.due).toBe('2025-03-30T03:00:00.000+02:00');
    expect(result.shiftedOutOfGap).toBe(true);
    expect(explained(result).en).toContain('does not exist on that day');
  });

  it('takes the first of the two instants when the time happens twice (the autumn overlap)', () => {
    const result = due('2025-10-25T02:30', calendarDays(1));
    expect(result.due).toBe('2025-10-26T02:30:00.000+02:00');
    expect(result.shiftedOutOfGap).toBe(false);
  });
});

describe('workingDays', () => {
  it('skips the start day, the weekend and the community holiday, and says why in each language', () => {
    const result = due('2025-07-10T15:00', workingDays(2), flemish);
    expect(result.due).toBe('2025-07-15T15:00:00.000+02:00');
    expect(result.skipped).toEqual([
      {
        date: '2025-07-11',
        reasons: [
          {
            kind: 'holiday',
            holiday: 'flemish-community',
            names: expect.objectContaining({ en: 'Day of the Flemish Community' }),
          },
        ],
      },
      { date: '2025-07-12', reasons: [{ kind: 'weekend', weekday: 'saturday' }] },
      { date: '2025-07-13', reasons: [{ kind: 'weekend', weekday: 'sunday' }] },
    ]);
    expect(explained(result).en).toBe(
      'Due by Tuesday, 15 July 2025 at 15:00. That is the 2nd working day (Monday to Friday) after Thursday, 10 July 2025, at the same time of day. The start day does not count. Not counted: Friday, 11 July (Day of the Flemish Community); Saturday, 12 July (weekend); Sunday, 13 July (weekend).',
    );
    expect(explained(result).nl).toBe(
      'Uiterlijk dinsdag 15 juli 2025 om 15:00. Dat is de 2e werkdag (maandag tot vrijdag) na donderdag 10 juli 2025, op hetzelfde uur. De startdag telt niet mee. Niet meegeteld: vrijdag 11 juli (Feestdag van de Vlaamse Gemeenschap); zaterdag 12 juli (weekend); zondag 13 juli (weekend).',
    );
    expect(explained(result).fr).toContain(
      'Non comptés : vendredi 11 juillet (Fête de la Communauté flamande) ; samedi 12 juillet (week-end)',
    );
    expect(explained(result).de).toContain(
      'Nicht mitgezählt: Freitag, 11. Juli (Feiertag der Flämischen Gemeinschaft); Samstag, 12. Juli (Wochenende)',
    );
  });

  it('never counts the start day, even when it is a working day or a weekend day', () => {
    expect(due('2025-11-17T09:00', workingDays(1)).due).toBe('2025-11-18T09:00:00.000+01:00'); // Monday → Tuesday
    expect(due('2025-11-15T09:00', workingDays(1)).due).toBe('2025-11-17T09:00:00.000+01:00'); // Saturday → Monday
  });

  it('names each holiday and closing day it passes, several reasons on one day included', () => {
    const calendar = belgianCalendar({
      closingDays: [{ date: '2025-12-26', name: 'Brugdag' }, '2025-12-27'],
    });
    const result = due('2025-12-24T10:00', workingDays(1), calendar);
    expect(result.due).toBe('2025-12-29T10:00:00.000+01:00');
    expect(
      result.skipped.map(
        (day) => `${day.date}:${day.reasons.map((reason) => reason.kind).join('+')}`,
      ),
    ).toEqual([
      '2025-12-25:holiday',
      '2025-12-26:closing-day',
      '2025-12-27:weekend+closing-day',
      '2025-12-28:weekend',
    ]);
    expect(explained(result).en).toContain(
      'Friday, 26 December (Brugdag); Saturday, 27 December (weekend, closing day)',
    );
  });

  it('crosses the year end with the holidays of the next year', () => {
    expect(due('2025-12-31T16:00', workingDays(1)).due).toBe('2026-01-02T16:00:00.000+01:00');
  });

  it('keeps the wall-clock time across a change of the clocks', () => {
    expect(due('2025-10-24T09:00', workingDays(1)).due).toBe('2025-10-27T09:00:00.000+01:00');
    expect(due('2025-03-28T09:00', workingDays(1)).due).toBe('2025-03-31T09:00:00.000+02:00');
  });

  it('takes the next valid instant when the due day is the day of the spring gap', () => {
    // Sundays as working days, so 30 March 2025 (the change to summer time) can be due.
    const calendar = belgianCalendar({ weekendDays: ['saturday'] });
    const result = due('2025-03-28T02:15', workingDays(1), calendar);
    expect(result.due).toBe('2025-03-30T03:00:00.000+02:00');
    expect(result.shiftedOutOfGap).toBe(true);
  });

  it('says that no day was skipped when none was', () => {
    expect(explained(due('2025-11-18T09:00', workingDays(1))).en).toContain(
      'No days were skipped.',
    );
    expect(explained(due('2025-11-18T09:00', workingDays(1))).fr).toContain('1er jour ouvrable');
  });

  it('uses English ordinals correctly', () => {
    const ordinal = (n: number) =>
      /the (\d+\w+) working day/.exec(explained(due('2025-01-06T09:00', workingDays(n))).en)?.[1];
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
      '111th',
    ]);
  });
});

describe('deadline input', () => {
  it('reads a start without offset as Brussels local time', () => {
    expect(due('2025-01-15T09:00', elapsedHours(1)).start).toBe('2025-01-15T09:00:00.000+01:00');
    expect(due('2025-07-15T09:00:00.123456', elapsedHours(1)).start).toBe(
      '2025-07-15T09:00:00.123+02:00',
    );
  });

  it.each([
    'tomorrow',
    // A date alone is not an instant (docs/instants.md): midnight would silently move a deadline.
    '2025-07-15',
    '2025-02-30T10:00',
    '2025-13-01',
    '2025-01-01T24:00',
    '2025-01-01T12:60',
    '2025-01-01T10:00+25:00',
    '15/01/2025 09:00',
    '',
    '1899-12-31T12:00',
    '2200-06-01T00:00',
  ])('rejects the start %j, naming it and what was expected', (start) => {
    const result = deadline(start, elapsedHours(48));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues[0]).toMatchObject({ path: 'start', received: start });
    expect(result.error.issues[0].expected).toContain('ISO 8601');
  });

  it('rejects an invalid Date', () => {
    const result = deadline(new Date('nonsense'), elapsedHours(48));
    expect(result.ok || result.error.issues[0].path).toBe('start');
  });

  it('rejects a rule from outside that is not a rule, naming the field', () => {
    const result = deadline('2025-01-15T09:00', { kind: 'working-days', days: -1 });
    expect(result.ok || result.error.issues[0].path).toBe('rule.days');
    const unknown = deadline('2025-01-15T09:00', { kind: 'weeks' } as unknown as DeadlineRule);
    expect(unknown.ok || unknown.error.issues[0].path).toBe('rule.kind');
  });

  it('rejects a calendar that went wrong on its way through JSON, naming the field', () => {
    const result = deadline('2025-01-15T09:00', workingDays(2), {
      kind: 'belgian',
      closingDays: ['soon'],
      weekendDays: [],
    } as unknown as BelgianCalendar);
    expect(result.ok || result.error.issues[0].path).toBe('calendar.closingDays[0]');
  });

  it('serialises to JSON as plain data, which describeDeadline explains as it explains the deadline', () => {
    const computed = due('2025-07-10T15:00', workingDays(2), flemish);
    const json = JSON.parse(JSON.stringify(computed)) as Deadline;
    expect(json.due).toBe('2025-07-15T15:00:00.000+02:00');
    expect(json.rule).toEqual({ kind: 'working-days', days: 2 });
    expect(json.weekendDays).toEqual(['saturday', 'sunday']);
    for (const locale of locales)
      expect(describeDeadline(json, locale)).toBe(describeDeadline(computed, locale));
    expect(describeDeadline(json, 'en')).toContain(
      'Not counted: Friday, 11 July (Day of the Flemish Community)',
    );
  });
});

describe('time remaining and overdue', () => {
  const target = '2025-03-31T10:00:00.000+02:00';

  it('gives the time left in days, hours and minutes', () => {
    expect(timeRemaining(target, new Date('2025-03-30T06:30:00Z'))).toEqual({
      milliseconds: 91_800_000,
      overdue: false,
      days: 1,
      hours: 1,
      minutes: 30,
    });
  });

  it('gives how long it has been overdue once past, from a deadline object too', () => {
    const computed = due('2025-03-29T10:00', elapsedHours(47));
    expect(computed.due).toBe(target);
    expect(timeRemaining(computed, new Date('2025-03-31T08:05:00Z'))).toEqual({
      milliseconds: -300_000,
      overdue: true,
      days: 0,
      hours: 0,
      minutes: 5,
    });
  });

  it('is not overdue at the due instant itself, and overdue one millisecond later', () => {
    expect(isOverdue(target, new Date('2025-03-31T08:00:00.000Z'))).toBe(false);
    expect(isOverdue(target, new Date('2025-03-31T08:00:00.001Z'))).toBe(true);
  });

  it('describes the time left in each language', () => {
    const at = new Date('2025-03-29T09:00:00+01:00');
    expect(describeTimeRemaining(target, at, 'nl')).toBe('over 2 dagen');
    expect(describeTimeRemaining(target, at, 'fr')).toBe('dans 2 jours');
    expect(describeTimeRemaining(target, at, 'de')).toBe('in 2 Tagen');
    expect(describeTimeRemaining(target, new Date('2025-03-31T05:00:00Z'), 'en')).toBe(
      'in 3 hours',
    );
    expect(describeTimeRemaining(target, new Date('2025-03-31T08:20:00Z'), 'en')).toBe(
      '20 minutes ago',
    );
  });

  it('rejects an invalid due string or instant', () => {
    expect(() => timeRemaining('soon', new Date())).toThrow(/due/);
    expect(() => isOverdue(target, new Date(Number.NaN))).toThrow(/at/);
  });
});
