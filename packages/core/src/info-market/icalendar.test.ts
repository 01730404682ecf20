import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { locales } from '../i18n/index.js';
import { OpvangValidationError } from '../shared/index.js';
import { toICalendar } from './icalendar.js';
import { parseInfoMarket, type InfoMarket } from './model.js';

function market(input: Record<string, unknown>): InfoMarket {
  const result = parseInfoMarket(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Reads the file with ical.js, an independent parser, registering the file's own VTIMEZONE. */
function read(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const timezone = calendar.getFirstSubcomponent('vtimezone');
  if (timezone === null) throw new Error('no VTIMEZONE');
  ICAL.TimezoneService.register(timezone);
  const event = calendar.getFirstSubcomponent('vevent');
  if (event === null) throw new Error('no VEVENT');
  return { calendar, event: new ICAL.Event(event), component: event };
}

const winter = market({
  start: '2025-03-14T19:00',
  end: '2025-03-14T21:30',
  place: 'Zaal De Kring',
  address: 'Markt 1, 8450 Bredene',
});
const now = new Date('2025-03-01T10:00:00Z');

describe('toICalendar', () => {
  it('writes an event that an independent parser reads back at the same instants', () => {
    const { event, calendar } = read(toICalendar(winter, { now }));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(event.startDate.zone?.tzid).toBe('Europe/Brussels');
    expect(event.startDate.toJSDate().toISOString()).toBe('2025-03-14T18:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2025-03-14T20:30:00.000Z');
    expect(event.summary).toBe('Infomarkt');
    expect(event.location).toBe('Zaal De Kring, Markt 1, 8450 Bredene');
    expect(event.description).toContain('geen panelgesprek');
  });

  it('keeps summer time right: 19:00 in June is 17:00 UTC', () => {
    const june = market({ start: '2025-06-20T19:00', place: 'Sporthal' });
    const { event, component } = read(toICalendar(june, { now }));
    expect(event.startDate.toJSDate().toISOString()).toBe('2025-06-20T17:00:00.000Z');
    expect(component.getFirstPropertyValue('dtend')).toBeNull();
  });

  it('is right on the days the clocks change', () => {
    for (const [start, utc] of [
      ['2025-03-30T10:00', '2025-03-30T08:00:00.000Z'],
      ['2025-10-26T10:00', '2025-10-26T09:00:00.000Z'],
      ['2024-10-27T01:30', '2024-10-26T23:30:00.000Z'],
    ] as const) {
      const { event } = read(toICalendar(market({ start, place: 'Zaal' }), { now }));
      expect(event.startDate.toJSDate().toISOString()).toBe(utc);
    }
  });

  it('escapes text and folds long lines so parsers read the text unchanged', () => {
    const summary =
      'Infomarkt; opvang, buurt \\ vragen\nen antwoorden — één avond voor iedereen die meer wil weten over het centrum';
    const ics = toICalendar(winter, { now, summary, uid: 'market-1@gemeente.be' });
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(
      true,
    );
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics).not.toMatch(/[^\r]\n/);
    const { event } = read(ics);
    expect(event.summary).toBe(summary);
    expect(event.uid).toBe('market-1@gemeente.be');
  });

  it('writes the title and description in each language', () => {
    const summaries = locales.map(
      (language) => read(toICalendar(winter, { now, language })).event.summary,
    );
    expect(summaries).toEqual([
      'Infomarkt',
      'Marché d’information',
      'Informationsmarkt',
      'Information market',
    ]);
  });

  it('derives a stable UID from start and place, and stamps the creation time', () => {
    const first = read(toICalendar(winter, { now }));
    const second = read(toICalendar(winter, { now: new Date() }));
    expect(first.event.uid).toBe(second.event.uid);
    expect(first.event.uid).toMatch(/^infomarkt-20250314T190000-[0-9a-f]{8}@opvang$/);
    expect(first.component.getFirstPropertyValue('dtstamp')?.toString()).toBe(
      '2025-03-01T10:00:00Z',
    );
    const elsewhere = read(
      toICalendar(market({ start: '2025-03-14T19:00', place: 'Sporthal' }), { now }),
    );
    expect(elsewhere.event.uid).not.toBe(first.event.uid);
  });

  it('adds a link, and refuses one that is not a web address', () => {
    const { component } = read(toICalendar(winter, { now, url: 'https://www.bredene.be/opvang' }));
    expect(component.getFirstPropertyValue('url')).toBe('https://www.bredene.be/opvang');
    expect(() => toICalendar(winter, { url: 'javascript:alert(1)' })).toThrow(
      OpvangValidationError,
    );
  });
});
