import { describe, expect, it } from 'vitest';
import {
  formatOpeningHours,
  isOpenAt,
  openingStatus,
  parseContactPoint,
  type ContactPoint,
} from './contact-point.js';
import { describeOpeningStatus } from './messages.js';

const point: ContactPoint = {
  name: 'Contactpunt opvangcentrum',
  phone: '+32 50 12 34 56',
  openingHours: [
    { days: ['monday', 'wednesday', 'friday'], opens: '09:00', closes: '12:00' },
    { days: ['wednesday'], opens: '12:00', closes: '17:00' },
    { days: ['saturday'], opens: '02:30', closes: '04:00' },
  ],
  closedOn: ['2025-04-21'],
};

describe('parseContactPoint', () => {
  it('accepts a valid contact point and fills in the lists', () => {
    expect(parseContactPoint({ email: ' opvang@gemeente.be ' })).toEqual({
      ok: true,
      value: { email: 'opvang@gemeente.be', openingHours: [], closedOn: [] },
    });
    expect(parseContactPoint(point)).toEqual({ ok: true, value: point });
  });

  it.each([
    [{ name: 'Contactpunt' }, 'phone', 'at least one of phone, email, address'],
    [{ phone: '12' }, 'phone', 'a phone number such as +32 2 123 45 67'],
    [{ email: 'x@' }, 'email', 'an e-mail address such as contact@gemeente.be'],
    [
      {
        phone: '050 12 34 56',
        openingHours: [{ days: ['monday'], opens: '9:00', closes: '12:00' }],
      },
      'openingHours[0].opens',
      'a 24-hour time HH:MM such as 09:00 or 17:30',
    ],
    [
      {
        phone: '050 12 34 56',
        openingHours: [{ days: ['monday'], opens: '12:00', closes: '09:00' }],
      },
      'openingHours[0].closes',
      'a closing time after the opening time, on the same day',
    ],
    [
      {
        phone: '050 12 34 56',
        openingHours: [{ days: ['maandag'], opens: '09:00', closes: '12:00' }],
      },
      'openingHours[0].days[0]',
      'one of "monday"',
    ],
    [
      { phone: '050 12 34 56', openingHours: [{ days: [], opens: '09:00', closes: '12:00' }] },
      'openingHours[0].days',
      'at least 1 item',
    ],
    [
      { phone: '050 12 34 56', closedOn: ['2025-02-30'] },
      'closedOn[0]',
      'a calendar date YYYY-MM-DD such as 2025-12-26',
    ],
    [{ phone: '050 12 34 56', fax: '050 12 34 57' }, 'fax', 'only the keys name, phone'],
  ])('rejects %j at %s', (input, path, expected) => {
    const result = parseContactPoint(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const issue = result.error.issues.find((candidate) => candidate.path === path);
      expect(issue?.expected).toContain(expected);
    }
  });
});

describe('openingStatus', () => {
  it('is open inside a period and says until when, joining periods that touch', () => {
    expect(openingStatus(point, new Date('2025-03-19T10:00:00+01:00'))).toEqual({
      open: true,
      until: '2025-03-19T17:00:00.000+01:00',
    });
    expect(openingStatus(point, new Date('2025-03-17T09:00:00+01:00'))).toEqual({
      open: true,
      until: '2025-03-17T12:00:00.000+01:00',
    });
  });

  it('is closed at the closing minute and says when it opens next', () => {
    expect(openingStatus(point, new Date('2025-03-17T12:00:00+01:00'))).toEqual({
      open: false,
      opensAt: '2025-03-19T09:00:00.000+01:00',
    });
  });

  it('stays closed on a closing day (Easter Monday 2025)', () => {
    expect(isOpenAt(point, new Date('2025-04-21T10:00:00+02:00'))).toBe(false);
    expect(openingStatus(point, new Date('2025-04-21T10:00:00+02:00'))).toEqual({
      open: false,
      opensAt: '2025-04-23T09:00:00.000+02:00',
    });
  });

  it('uses Brussels time across the change to summer time', () => {
    // Saturday 29 March 2025 is still winter time; Monday 31 March is summer time.
    expect(openingStatus(point, new Date('2025-03-29T12:00:00Z'))).toEqual({
      open: false,
      opensAt: '2025-03-31T09:00:00.000+02:00',
    });
    expect(isOpenAt(point, new Date('2025-03-31T07:30:00Z'))).toBe(true);
    expect(isOpenAt(point, new Date('2025-03-31T10:30:00Z'))).toBe(false);
  });

  it('treats 24:00 as midnight and knows when nothing opens within 14 days', () => {
    const late = {
      openingHours: [{ days: ['sunday' as const], opens: '20:00', closes: '24:00' }],
      closedOn: [],
    };
    expect(openingStatus(late, new Date('2025-03-16T23:59:00+01:00'))).toEqual({
      open: true,
      until: '2025-03-17T00:00:00.000+01:00',
    });
    expect(openingStatus({ openingHours: [], closedOn: [] }, new Date())).toEqual({ open: false });
  });
});

describe('describeOpeningStatus and formatOpeningHours', () => {
  const at = new Date('2025-03-17T13:00:00+01:00');
  it('says open until, in every language', () => {
    const status = openingStatus(point, new Date('2025-03-17T09:30:00+01:00'));
    expect(describeOpeningStatus(status, 'nl', at)).toBe('Nu open, tot 12:00');
    expect(describeOpeningStatus(status, 'en', at)).toBe('Open now, until 12:00');
  });
  it('says when it opens: today, tomorrow or a date', () => {
    expect(
      describeOpeningStatus({ open: false, opensAt: '2025-03-17T14:00:00.000+01:00' }, 'nl', at),
    ).toBe('Nu gesloten, opent vandaag 14:00');
    expect(
      describeOpeningStatus({ open: false, opensAt: '2025-03-18T09:00:00.000+01:00' }, 'de', at),
    ).toBe('Jetzt geschlossen, öffnet morgen 09:00');
    expect(
      describeOpeningStatus({ open: false, opensAt: '2025-03-19T09:00:00.000+01:00' }, 'fr', at),
    ).toMatch(/^Actuellement fermé, ouvre .*19 mars 2025 09:00$/);
    expect(describeOpeningStatus({ open: false }, 'en', at)).toBe('Closed now');
  });
  it('lists the weekly hours with day names in the language', () => {
    expect(formatOpeningHours(point.openingHours, 'nl')[0]).toBe(
      'maandag, woensdag, vrijdag: 09:00–12:00',
    );
    expect(
      formatOpeningHours([{ days: ['friday', 'monday'], opens: '09:00', closes: '12:00' }], 'fr'),
    ).toEqual(['lundi, vendredi\u202f: 09:00–12:00']);
    expect(formatOpeningHours(point.openingHours, 'de')[2]).toBe('Samstag: 02:30–04:00');
  });
});

describe('opening texts in every language', () => {
  const at = new Date('2025-03-17T13:00:00+01:00');
  it.each(['nl', 'fr', 'de', 'en'] as const)(
    'says open, closed until, and closed in %s',
    (locale) => {
      const open = describeOpeningStatus(
        { open: true, until: '2025-03-17T17:00:00.000+01:00' },
        locale,
        at,
      );
      const later = describeOpeningStatus(
        { open: false, opensAt: '2025-03-17T14:00:00.000+01:00' },
        locale,
        at,
      );
      const closed = describeOpeningStatus({ open: false }, locale, at);
      expect(open).toContain('17:00');
      expect(later).toContain('14:00');
      expect(new Set([open, later, closed]).size).toBe(3);
    },
  );
});
