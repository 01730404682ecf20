import { describe, expect, it } from 'vitest';
import { caseStatus } from './status.js';
import { apply, complete, event, opened } from './test-support/fixtures.js';

const statusOf = (status: ReturnType<typeof caseStatus>, id: string) =>
  status.steps.find((step) => step.id === id);

describe('caseStatus', () => {
  it('shows a new case: A and B done, the contact open and due, the rest blocked by it', () => {
    const status = caseStatus(opened(), new Date('2024-03-29T09:00:00+01:00'));
    expect(statusOf(status, 'A')?.status).toBe('done');
    expect(statusOf(status, 'B')?.status).toBe('done');
    expect(statusOf(status, 'C.a')).toEqual({
      id: 'C.a',
      status: 'open',
      due: '2024-03-30T16:00:00.000+01:00',
      blockedBy: [],
    });
    expect(statusOf(status, 'C')).toMatchObject({
      status: 'open',
      due: '2024-03-30T16:00:00.000+01:00',
    });
    expect(statusOf(status, 'C.b')).toMatchObject({ status: 'blocked', blockedBy: ['C.a'] });
    expect(statusOf(status, 'D.d')).toMatchObject({ status: 'blocked', blockedBy: ['C.a', 'C.b'] });
    expect(statusOf(status, 'D')).toMatchObject({ status: 'blocked', blockedBy: ['C.a', 'C.b'] });
    expect(statusOf(status, 'D.b')?.status).toBe('not-applicable');
    expect(status.nextActionable).toEqual(['C.a']);
    expect(status.overdue).toEqual([]);
    // 22 leaf steps (26 ids less the four with sub-steps), less D.b without minors.
    expect(status.progress).toEqual({ applicable: 21, done: 5, skipped: 0, ratio: 5 / 21 });
  });

  it('reports the contact overdue strictly after its due instant, not at it', () => {
    const state = opened();
    expect(caseStatus(state, new Date('2024-03-30T15:00:00Z')).overdue).toEqual([]);
    const late = caseStatus(state, new Date('2024-03-30T15:00:00.001Z'));
    expect(late.overdue).toEqual(['C.a']);
    expect(statusOf(late, 'C')?.status).toBe('overdue');
    expect(late.nextActionable).toEqual(['C.a']);
  });

  it('reports nothing overdue once the municipality declined support', () => {
    const state = apply(
      opened(),
      event({ kind: 'support-declined', at: '2024-03-29T10:00', actor: { role: 'municipality' } }),
    );
    const status = caseStatus(state, new Date('2024-04-10T12:00:00Z'));
    expect(status.overdue).toEqual([]);
    expect(status.declined).toBe(true);
    expect(statusOf(status, 'C.a')?.status).toBe('open');
  });

  it('is no longer overdue once the contact is recorded, even late', () => {
    const state = apply(opened(), complete('C.a', '2024-04-01T10:00'));
    expect(caseStatus(state, new Date('2024-04-02T00:00:00Z')).overdue).toEqual([]);
  });

  it('derives a step with sub-steps from them: in progress, done, skipped', () => {
    let state = apply(
      opened(),
      complete('C.a', '2024-03-29T10:00'),
      complete('C.b', '2024-04-02T10:00'),
      event({ kind: 'step-started', step: 'D.a', at: '2024-04-03T10:00' }),
    );
    const now = new Date('2024-04-04T10:00:00Z');
    expect(statusOf(caseStatus(state, now), 'D')?.status).toBe('in-progress');
    expect(statusOf(caseStatus(state, now), 'D.a')?.status).toBe('in-progress');
    state = apply(
      state,
      complete('D.a', '2024-04-04T10:00'),
      complete('D.c', '2024-04-04T10:00'),
      complete('D.d', '2024-04-04T10:00'),
      complete('D.e', '2024-04-04T10:00'),
    );
    expect(statusOf(caseStatus(state, now), 'D')?.status).toBe('done');
    for (const step of ['K.a', 'K.b', 'K.c', 'K.d'] as const)
      state = apply(
        state,
        event({
          kind: 'step-skipped',
          step,
          at: '2024-04-05T10:00',
          reason: 'Op vraag van het bestuur.',
        }),
      );
    const status = caseStatus(state, now);
    expect(statusOf(status, 'K')?.status).toBe('skipped');
    expect(status.progress.skipped).toBe(4);
  });

  it('lists the steps that open up after the contact', () => {
    const state = apply(
      opened({ targetGroups: ['unaccompanied-minors'] }),
      complete('C.a', '2024-03-29T10:00'),
      complete('C.b', '2024-04-02T10:00'),
    );
    const status = caseStatus(state, new Date('2024-04-03T10:00:00Z'));
    expect(status.nextActionable).toEqual([
      'D.a',
      'D.b',
      'D.c',
      'D.e',
      'E',
      'F',
      'G',
      'H',
      'I',
      'J',
      'K.a',
      'K.b',
      'K.c',
      'K.d',
    ]);
    expect(statusOf(status, 'D.d')).toMatchObject({ status: 'blocked', blockedBy: ['D.b'] });
  });
});
