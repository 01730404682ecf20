import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEvent } from './case.js';
import type { CaseEvent, CaseState } from './model.js';
import { stepIds } from './steps.js';
import { loadCase, toEventLog } from './storage.js';
import { apply, complete, event, opened } from './test-support/fixtures.js';

const sample = () =>
  apply(
    opened({ targetGroups: ['adults', 'families'] }),
    complete('C.a', '2024-03-29T10:00'),
    event({ kind: 'note-added', at: '2024-03-29T10:05', text: 'Burgemeester bereikt.' }),
    complete('C.b', '2024-04-02T14:00'),
    event({
      kind: 'fact-updated',
      at: '2024-04-03T09:00',
      actor: { role: 'federal' },
      facts: {
        capacity: 140,
        expectedOpening: { start: '2024-05-01', end: '2024-05-10', precision: 'part-of-month' },
      },
    }),
  );

const roundTrip = (state: CaseState) =>
  loadCase(JSON.parse(JSON.stringify(toEventLog(state))) as unknown);

describe('the event log', () => {
  it('round-trips a case through JSON, with its schema version', () => {
    const state = sample();
    const log = toEventLog(state);
    expect(log.schemaVersion).toBe(2);
    expect(log.events).toHaveLength(5);
    const loaded = roundTrip(state);
    expect(loaded.ok && loaded.value).toEqual(state);
  });

  it('keeps the case policy and calendar', () => {
    const loaded = roundTrip(
      opened(
        {},
        {
          contactDeadline: { kind: 'working-days', days: 2 },
          calendar: {
            kind: 'belgian',
            community: 'flemish',
            closingDays: [],
            weekendDays: ['saturday', 'sunday'],
          },
        },
      ),
    );
    expect(loaded.ok && loaded.value.contactDue).toBe('2024-04-02T16:00:00.000+02:00');
  });

  it('rejects an unknown schema version, and what is not a log', () => {
    const log = { ...toEventLog(sample()), schemaVersion: 3 };
    const loaded = loadCase(log);
    expect(loaded.ok || loaded.error.message).toContain('schemaVersion');
    for (const bad of [null, [], 'log', { schemaVersion: 1, events: [] }])
      expect(loadCase(bad).ok).toBe(false);
  });

  it('names the index and the problem of a broken event, and loads nothing', () => {
    const events: unknown[] = [...toEventLog(sample()).events];
    events[3] = { ...(events[3] as object), step: 'C.z' };
    const loaded = loadCase({ schemaVersion: 1, caseId: '2024-kapellen', events });
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.error.eventIndex).toBe(3);
    expect(loaded.error.message).toMatch(/^Cannot load the case: event 3: .*step/);
  });

  it('names the index of an out-of-order or impossible event', () => {
    const events: CaseEvent[] = [...toEventLog(sample()).events];
    const swapped = [events[0], events[1], events[3], events[2], events[4]];
    const loaded = loadCase({ schemaVersion: 1, caseId: '2024-kapellen', events: swapped });
    expect(
      loaded.ok || [
        loaded.error.eventIndex,
        loaded.error.cause.kind === 'event-rejected' && loaded.error.cause.code,
      ],
    ).toEqual([3, 'out-of-order']);
    const impossible = loadCase({
      schemaVersion: 1,
      caseId: '2024-kapellen',
      events: [events[0], complete('H', '2024-04-01T10:00', 'information-market')],
    });
    expect(
      impossible.ok || [
        impossible.error.eventIndex,
        impossible.error.cause.kind === 'event-rejected' && impossible.error.cause.code,
      ],
    ).toEqual([1, 'dependencies-not-done']);
  });

  it('rejects a log that does not start with the opening of the case, or whose opening was tampered with', () => {
    const events = toEventLog(sample()).events;
    expect(
      loadCase({ schemaVersion: 1, caseId: '2024-kapellen', events: events.slice(1) }).ok,
    ).toBe(false);
    const tampered = {
      ...events[0],
      facts: { ...(events[0] as { facts: object }).facts, capacity: 'many' },
    };
    const loaded = loadCase({ schemaVersion: 1, caseId: '2024-kapellen', events: [tampered] });
    expect(loaded.ok || [loaded.error.eventIndex, loaded.error.message]).toEqual([
      0,
      expect.stringContaining('facts.capacity'),
    ]);
    const moved = { ...events[0], at: '2024-01-01T00:00' };
    expect(loadCase({ schemaVersion: 1, caseId: '2024-kapellen', events: [moved] }).ok).toBe(false);
  });
});

describe('any sequence of events', () => {
  const someEvent = fc.record({
    kind: fc.constantFrom(
      'step-started' as const,
      'step-completed' as const,
      'step-skipped' as const,
    ),
    step: fc.constantFrom(...stepIds),
    minutes: fc.integer({ min: -60, max: 6000 }),
    format: fc.constantFrom(undefined, 'information-market' as const, 'panel-discussion' as const),
  });

  it('either applies or leaves the case exactly as it was, and what was applied loads back the same', () => {
    fc.assert(
      fc.property(fc.array(someEvent, { maxLength: 40 }), (drafts) => {
        let state = opened({ targetGroups: ['adults', 'unaccompanied-minors'] });
        let clock = Date.parse('2024-03-28T15:00:00Z');
        for (const draft of drafts) {
          clock += draft.minutes * 60_000;
          const at = new Date(clock).toISOString();
          const next: CaseEvent =
            draft.kind === 'step-skipped'
              ? event({ kind: 'step-skipped', step: draft.step, at, reason: 'test' })
              : draft.kind === 'step-started'
                ? event({ kind: 'step-started', step: draft.step, at })
                : event({
                    kind: 'step-completed',
                    step: draft.step,
                    at,
                    ...(draft.format === undefined ? {} : { format: draft.format }),
                  });
          const before = JSON.stringify(state);
          const result = applyEvent(state, next);
          if (result.ok) {
            expect(result.value.events).toHaveLength(state.events.length + 1);
            state = result.value;
          } else {
            expect(JSON.stringify(state)).toBe(before);
          }
        }
        const loaded = roundTrip(state);
        expect(loaded.ok && loaded.value).toEqual(state);
      }),
      { numRuns: 200 },
    );
  });
});
