// The wording of deadline explanations, after the review of December 2026 (issue 13, §4).
import { describe, expect, it } from 'vitest';
import { type Localized } from '../i18n/index.js';
import { describeDeadline } from './messages.js';
import { belgianCalendar, type BelgianCalendar } from './calendar.js';
import { deadline, type Deadline } from './deadline.js';
import { calendarDays, elapsedHours, workingDays, type DeadlineRule } from './rules.js';

// A deadline's explanation in each language, as `describeDeadline` writes it.
const explained = (d: Deadline): Localized => ({
  nl: describeDeadline(d, 'nl'),
  fr: describeDeadline(d, 'fr'),
  de: describeDeadline(d, 'de'),
  en: describeDeadline(d, 'en'),
});

function due(start: string, rule: DeadlineRule, calendar?: BelgianCalendar): Deadline {
  const result = deadline(start, rule, calendar);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('a deadline’s explanation', () => {
  it('says “48 hours after …, counted round the clock”, not “elapsed time”', () => {
    const explanation = explained(due('2025-11-28T10:00', elapsedHours(48)));
    expect(explanation.nl).toContain(
      'Dat is 48 uur na vrijdag 28 november 2025 om 10:00 (de klok rond gerekend).',
    );
    expect(explanation.fr).toContain(
      'Soit 48 heures après le vendredi 28 novembre 2025 à 10:00, comptées en continu.',
    );
    expect(explanation.de).toContain(
      'Das sind 48 Stunden nach dem Freitag, 28. November 2025, um 10:00 Uhr, durchgehend gezählt.',
    );
    expect(explanation.en).toContain(
      'That is 48 hours after Friday, 28 November 2025 at 10:00, counted round the clock.',
    );
    for (const text of Object.values(explanation))
      expect(text).not.toMatch(/verstreken tijd|temps écoulé|verstrichene Zeit|elapsed time/);
  });

  it('keeps the clock change note free of jargon too', () => {
    const explanation = explained(due('2025-03-29T09:00', elapsedHours(48)));
    for (const text of Object.values(explanation))
      expect(text).not.toMatch(/verstreken tijd|temps écoulé|verstrichene Zeit|elapsed time/);
    expect(explanation.en).toContain(
      'The clocks changed in that period; it is still exactly 48 hours.',
    );
  });

  it('says one hour in the singular', () => {
    const explanation = explained(due('2025-03-30T01:30', elapsedHours(1)));
    expect(explanation.nl).toContain('Dat is 1 uur na');
    expect(explanation.fr).toContain('Soit 1 heure après');
    expect(explanation.de).toContain('Das ist 1 Stunde nach');
    expect(explanation.en).toContain('That is 1 hour after');
    // Across the change to summer time, 01:30 + 1 hour is 03:30 on the clock.
    expect(explanation.en).toContain('it is still exactly 1 hour.');
    expect(explanation.fr).toContain(
      'Soit 1 heure après le dimanche 30 mars 2025 à 01:30, comptée en continu.',
    );
  });

  it('is grammatical German for one calendar day', () => {
    expect(explained(due('2025-06-02T10:00', calendarDays(1))).de).toContain(
      'Das ist 1 Kalendertag nach dem',
    );
    expect(explained(due('2025-06-02T10:00', calendarDays(2))).de).toContain(
      'Das sind 2 Kalendertage nach dem',
    );
  });

  it('says the due time falls on the first instant after the spring gap, and which', () => {
    const explanation = explained(due('2025-03-29T02:30', calendarDays(1)));
    expect(explanation.nl).not.toContain('het is het eerste uur daarna');
    expect(explanation.nl).toContain(
      'de termijn valt daarom op het eerste tijdstip daarna (03:00)',
    );
    expect(explanation.fr).toContain('(03:00)');
    expect(explanation.de).toContain('(03:00 Uhr)');
    expect(explanation.en).toContain('(03:00)');
  });

  it('says a working day is Monday to Friday, as “jour ouvrable” alone often includes Saturday in Belgium', () => {
    const explanation = explained(due('2025-11-18T09:00', workingDays(1)));
    expect(explanation.nl).toContain('de 1e werkdag (maandag tot vrijdag) na');
    expect(explanation.fr).toContain('le 1er jour ouvrable (du lundi au vendredi) après');
    expect(explanation.de).toContain('der 1. Werktag (Montag bis Freitag) nach');
    expect(explanation.en).toContain('the 1st working day (Monday to Friday) after');
    // Another weekend: no "Monday to Friday".
    const saturdays = due(
      '2025-11-18T09:00',
      workingDays(1),
      belgianCalendar({ weekendDays: ['saturday'] }),
    );
    expect(explained(saturdays).nl).toContain('de 1e werkdag na');
  });

  it('writes German as a Belgian German reader expects it', () => {
    const result = due(
      '2025-07-10T15:00',
      workingDays(2),
      belgianCalendar({ community: 'flemish' }),
    );
    expect(explained(result).de).toContain('Spätestens am Dienstag, 15. Juli 2025, um 15:00 Uhr.');
    expect(explained(due('2025-11-18T09:00', workingDays(1))).de).toContain(
      'Es wurden keine Tage übersprungen.',
    );
    const closing = due(
      '2025-12-24T10:00',
      workingDays(1),
      belgianCalendar({ closingDays: ['2025-12-26'] }),
    );
    expect(explained(closing).de).toContain('(Schließungstag)');
    expect(explained(closing).de).not.toContain('Schließtag');
  });

  it('writes the first of the month as “1er” in French, in the skipped days as well', () => {
    // Friday 31 October 2025, one working day: All Saints' Day (Saturday 1 November) and the weekend.
    const result = due('2025-10-31T10:00', workingDays(1));
    expect(explained(result).fr).toContain('samedi 1er novembre (');
    expect(explained(result).fr).not.toMatch(/\b1 novembre/);
    const first = due('2025-11-28T10:00', calendarDays(3));
    expect(explained(first).fr).toContain('Au plus tard le lundi 1er décembre 2025 à 10:00.');
  });
});
