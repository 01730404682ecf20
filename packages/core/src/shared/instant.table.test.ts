// The one grammar of instants (docs/instants.md), as a table: every public entry point that
// takes an instant must accept or reject each row alike, and read the same instant. A new
// entry point that takes an instant belongs in `entryPoints` below.
import { describe, expect, it } from 'vitest';
import { createContactMessage, parseContactMessage } from '../contact/index.js';
import { deadline, elapsedHours, isOverdue, timeRemaining } from '../deadlines/index.js';
import { parseFaqFacts } from '../faq/index.js';
import { parseInfoMarket, toICalendar } from '../info-market/index.js';
import {
  applyEvent,
  loadCase,
  openCase,
  toEventLog,
  type CaseFacts,
  type CaseState,
} from '../step-plan/index.js';
import { formatInstant, parseInstant, parseIsoDateTime } from './index.js';

/**
 * `offset`: accepted everywhere, and written with its offset. `local`: Brussels wall-clock
 * time, accepted everywhere but where an offset is required (a contact message's `createdAt`).
 * `no`: rejected everywhere. `utc` is the instant the row means.
 */
type Row = readonly [text: string, verdict: 'offset' | 'local' | 'no', utc?: string];

const rows: readonly Row[] = [
  // With an offset
  ['2026-11-30T10:00Z', 'offset', '2026-11-30T10:00:00.000Z'],
  ['2026-11-30T10:00z', 'offset', '2026-11-30T10:00:00.000Z'],
  ['2026-11-30t10:00Z', 'offset', '2026-11-30T10:00:00.000Z'],
  ['2026-11-30 10:00Z', 'offset', '2026-11-30T10:00:00.000Z'],
  ['2026-11-30T10:00+01:00', 'offset', '2026-11-30T09:00:00.000Z'],
  ['2026-11-30T10:00+0100', 'offset', '2026-11-30T09:00:00.000Z'],
  ['2026-11-30T10:00+01', 'offset', '2026-11-30T09:00:00.000Z'],
  ['2026-11-30T10:00-05:30', 'offset', '2026-11-30T15:30:00.000Z'],
  ['2026-11-30T10:00-00:00', 'offset', '2026-11-30T10:00:00.000Z'],
  ['2026-11-30T10:00+18:00', 'offset', '2026-11-29T16:00:00.000Z'],
  ['2026-11-30T10:00:30.5Z', 'offset', '2026-11-30T10:00:30.500Z'],
  ['2026-11-30T10:00:30,25Z', 'offset', '2026-11-30T10:00:30.250Z'],
  ['2026-11-30T10:00:30.123456789Z', 'offset', '2026-11-30T10:00:30.123Z'],
  ['2024-02-29T12:00Z', 'offset', '2024-02-29T12:00:00.000Z'],
  ['2000-02-29T12:00Z', 'offset', '2000-02-29T12:00:00.000Z'],
  ['2026-10-25T02:30+01:00', 'offset', '2026-10-25T01:30:00.000Z'],
  ['1900-01-01T00:00Z', 'offset', '1900-01-01T00:00:00.000Z'],
  ['1899-12-31T23:30-01:00', 'offset', '1900-01-01T00:30:00.000Z'],
  ['2199-12-31T23:59:59.999+01:00', 'offset', '2199-12-31T22:59:59.999Z'],
  // Brussels wall-clock time
  ['2026-11-30T10:00', 'local', '2026-11-30T09:00:00.000Z'],
  ['2026-07-01T10:00', 'local', '2026-07-01T08:00:00.000Z'],
  ['2026-11-30T10:00:00.5', 'local', '2026-11-30T09:00:00.500Z'],
  ['2026-11-30 10:00:00', 'local', '2026-11-30T09:00:00.000Z'],
  // The spring gap (last Sunday of March): 02:30 never shows, so the gap's end, 03:00 summer time.
  ['2026-03-29T02:30', 'local', '2026-03-29T01:00:00.000Z'],
  // The autumn overlap (last Sunday of October): 02:30 shows twice; the earlier, summer time.
  ['2026-10-25T02:30', 'local', '2026-10-25T00:30:00.000Z'],
  // Before the EU rule (through Intl): no summer time in Belgium in 1950.
  ['1950-06-01T12:00', 'local', '1950-06-01T11:00:00.000Z'],
  // Rejected everywhere
  ['2026-11-30', 'no'],
  ['2026-11-30Z', 'no'],
  [' 2026-11-30T10:00 ', 'no'],
  ['2026-11-30T10:00 ', 'no'],
  ['2026-11-30T10:00+01:00\n', 'no'],
  ['0999-03-14T19:00Z', 'no'],
  ['1899-12-31T23:59Z', 'no'],
  ['1899-12-31T23:59', 'no'],
  ['10000-01-01T00:00Z', 'no'],
  ['+002026-11-30T10:00Z', 'no'],
  ['9999-12-31T23:30Z', 'no'],
  ['2025-02-29T12:00', 'no'],
  ['1900-02-29T12:00Z', 'no'],
  ['2026-04-31T12:00', 'no'],
  ['2026-11-30T24:00', 'no'],
  ['2026-11-30T23:59:60Z', 'no'],
  ['2026-11-30T12:60', 'no'],
  ['2026-11-30T10', 'no'],
  ['2026-11-30T10:00:', 'no'],
  ['2026-11-30T10:00:00.', 'no'],
  ['2026-11-30T10:00:00.1234567890Z', 'no'],
  ['2026-11-30T10:00.5', 'no'],
  ['2026-11-30T10:00+1', 'no'],
  ['2026-11-30T10:00+01:0', 'no'],
  ['2026-11-30T10:00+010', 'no'],
  ['2026-11-30T10:00+18:01', 'no'],
  ['2026-11-30T10:00+01:60', 'no'],
  ['2026-11-30T10:00Zz', 'no'],
  ['2026-11-30T10:00UTC', 'no'],
  ['2026-11-30X10:00', 'no'],
  ['2026-11-30T1000', 'no'],
  ['20261130T1000Z', 'no'],
  ['2026-1-30T10:00', 'no'],
  ['30/11/2026 10:00', 'no'],
  ['', 'no'],
];

/** What an entry point made of a text: rejected, accepted, or accepted as this instant. */
type Reading = { readonly accepted: false } | { readonly accepted: true; readonly epoch?: number };
const rejected: Reading = { accepted: false };
const accepted = (epoch?: number): Reading =>
  epoch === undefined ? { accepted: true } : { accepted: true, epoch };
const throwsOrNot = (read: () => number | undefined): Reading => {
  try {
    return accepted(read());
  } catch {
    return rejected;
  }
};

const facts: CaseFacts = {
  caseId: 'table',
  municipality: 'Kapellen',
  confirmedAt: '1900-01-01T00:00Z',
  address: 'Kapelsestraat 1, 2950 Kapellen',
  capacity: 120,
  targetGroups: ['adults'],
  expectedOpening: '2025-05-01',
  operator: { kind: 'red-cross' },
};
const opened = openCase(facts);
if (!opened.ok) throw new Error(opened.error.message);
const earliestCase: CaseState = opened.value;

const message = {
  id: '3b241101-e2bb-4255-8caf-4136c566a962',
  language: 'nl',
  category: 'question',
  message: 'Vanaf wanneer komen de eerste bewoners?',
  replyWanted: false,
  consent: true,
} as const;

const HOURS_48 = 48 * 3_600_000;

/** Every public entry point that takes an instant, and whether it requires the offset. */
const entryPoints: ReadonlyArray<
  readonly [name: string, offsetRequired: boolean, read: (text: string) => Reading]
> = [
  [
    'parseInstant',
    false,
    (text) => {
      const epoch = parseInstant(text);
      return epoch === undefined ? rejected : accepted(epoch);
    },
  ],
  [
    'parseIsoDateTime',
    false,
    (text) => {
      const date = parseIsoDateTime(text);
      return date === undefined ? rejected : accepted(date.getTime());
    },
  ],
  [
    'deadline() start',
    false,
    (text) => {
      const result = deadline(text, elapsedHours(1));
      return result.ok ? accepted(Date.parse(result.value.start)) : rejected;
    },
  ],
  [
    'timeRemaining() due',
    false,
    (text) => throwsOrNot(() => timeRemaining(text, new Date(0)).milliseconds),
  ],
  [
    'isOverdue() due',
    false,
    (text) => throwsOrNot(() => (isOverdue(text, new Date(0)), undefined)),
  ],
  [
    'openCase() facts.confirmedAt',
    false,
    (text) => {
      const result = openCase({ ...facts, confirmedAt: text });
      return result.ok ? accepted(Date.parse(result.value.contactDue) - HOURS_48) : rejected;
    },
  ],
  [
    'applyEvent() at',
    false,
    (text) => {
      const result = applyEvent(earliestCase, {
        kind: 'note-added',
        caseId: 'table',
        at: text,
        actor: { role: 'federal' },
        text: 'Nota',
      });
      return result.ok ? accepted() : rejected;
    },
  ],
  // The fact's own instant of an announcement or involvement: recorded at a moment after every row.
  [
    'applyEvent() announcedAt',
    false,
    (text) => {
      const result = applyEvent(earliestCase, {
        kind: 'opening-announced',
        caseId: 'table',
        at: '9999-12-31T23:59:59.999',
        actor: { role: 'federal' },
        announcedAt: text,
      });
      return result.ok ? accepted() : rejected;
    },
  ],
  [
    'applyEvent() involvedAt',
    false,
    (text) => {
      const result = applyEvent(earliestCase, {
        kind: 'officer-involved',
        caseId: 'table',
        at: '9999-12-31T23:59:59.999',
        actor: { role: 'federal' },
        involvedAt: text,
        by: { kind: 'fedasil' },
      });
      return result.ok ? accepted() : rejected;
    },
  ],
  [
    'loadCase() event at',
    false,
    (text) => {
      const log = toEventLog(earliestCase);
      const result = loadCase({
        ...log,
        events: [
          ...log.events,
          {
            kind: 'note-added',
            caseId: 'table',
            at: text,
            actor: { role: 'federal' },
            text: 'Nota',
          },
        ],
      });
      return result.ok ? accepted() : rejected;
    },
  ],
  [
    'parseInfoMarket() start',
    false,
    (text) => {
      const result = parseInfoMarket({ start: text, place: 'Zaal De Kring' });
      return result.ok ? accepted(Date.parse(result.value.start)) : rejected;
    },
  ],
  [
    'parseInfoMarket() end',
    false,
    (text) => {
      // The earliest instant there is as the start: only an end equal to it ends too early.
      const result = parseInfoMarket({
        start: '1900-01-01T00:00Z',
        end: text,
        place: 'Zaal De Kring',
      });
      if (result.ok) return accepted(Date.parse(result.value.end ?? ''));
      return result.error.issues.some(
        (issue) => issue.path === 'end' && issue.message === 'not a date-time',
      )
        ? rejected
        : accepted();
    },
  ],
  [
    'toICalendar() start',
    false,
    (text) => throwsOrNot(() => (toICalendar({ start: text, place: 'Zaal De Kring' }), undefined)),
  ],
  [
    'parseFaqFacts() infoMarket.start',
    false,
    (text) => {
      const result = parseFaqFacts({
        municipality: 'Bredene',
        infoMarket: { start: text, place: 'Zaal De Kring' },
      });
      return result.ok ? accepted(Date.parse(result.value.infoMarket?.start ?? '')) : rejected;
    },
  ],
  [
    'parseContactMessage() createdAt',
    true,
    (text) => {
      const result = parseContactMessage({ ...message, createdAt: text });
      return result.ok ? accepted(Date.parse(result.value.createdAt)) : rejected;
    },
  ],
  [
    'createContactMessage() now',
    true,
    (text) => {
      const result = createContactMessage(
        {
          language: 'nl',
          category: 'question',
          message: message.message,
          replyWanted: false,
          consent: true,
        },
        { now: text as unknown as Date, id: message.id },
      );
      return result.ok ? accepted(Date.parse(result.value.createdAt)) : rejected;
    },
  ],
];

describe('the one grammar of instants, at every entry point that takes one', () => {
  it('has a table of at least 30 strings, with accepted and rejected rows', () => {
    expect(rows.length).toBeGreaterThanOrEqual(30);
    expect(new Set(rows.map(([text]) => text)).size).toBe(rows.length);
  });

  describe.each(
    rows.map(([text, verdict, utc]) => ({ title: JSON.stringify(text), text, verdict, utc })),
  )('$title', ({ text, verdict, utc }) => {
    it.each(entryPoints.map(([name, offsetRequired, read]) => ({ name, offsetRequired, read })))(
      `$name: ${verdict}`,
      ({ offsetRequired, read }) => {
        const reading = read(text);
        const shouldAccept = verdict === 'offset' || (verdict === 'local' && !offsetRequired);
        expect(reading.accepted).toBe(shouldAccept);
        if (reading.accepted && reading.epoch !== undefined)
          expect(new Date(reading.epoch).toISOString()).toBe(utc);
      },
    );
  });

  it('writes every accepted instant back in the grammar, to the same instant', () => {
    for (const [text, verdict, utc] of rows) {
      if (verdict === 'no') continue;
      const written = formatInstant(parseInstant(text) as number);
      expect(written).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$/);
      expect(new Date(parseInstant(written) as number).toISOString(), text).toBe(utc);
    }
  });

  it('never writes an offset in odd minutes: 0999 is rejected, and the formatter refuses what the parser would', () => {
    expect(parseInstant('0999-03-14T19:00Z')).toBeUndefined();
    expect(() => formatInstant(Date.UTC(999, 2, 14, 19))).toThrow(RangeError);
    expect(() => formatInstant(Date.UTC(1899, 11, 31, 23, 59))).toThrow(RangeError);
    expect(() => formatInstant(Number.NaN)).toThrow(RangeError);
    expect(formatInstant(Date.UTC(1900, 0, 1))).toBe('1900-01-01T00:00:00.000+00:00');
  });

  it('beyond 2199 only the two entry points that compute a deadline say no, naming the years they support', () => {
    const text = '2250-06-01T10:00+02:00';
    const refusing = entryPoints.filter(([, , read]) => !read(text).accepted).map(([name]) => name);
    expect(refusing).toEqual(['deadline() start', 'openCase() facts.confirmedAt']);
    const result = deadline(text, elapsedHours(1));
    expect(result.ok || result.error.issues[0].expected).toContain('from 1900 to 2199');
  });
});
