import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseInstant } from '@opvang/core/shared';
import { caseStatus, loadCase } from '@opvang/core/step-plan';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_CASE_PREFIX, DEMO_TOKEN_NAME, ensureDemoToken, seedDemo } from './demo.js';
import { dataFiles } from './start.js';
import { openCaseStore, type CaseStore } from './store.js';
import { openTokenFile } from './tokens.js';

let directory: string;
let store: CaseStore;
const now = new Date('2026-12-01T10:30:00Z');

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'opvang-case-demo-'));
  store = openCaseStore(dataFiles(directory).database);
});
afterEach(async () => {
  store.close();
  await rm(directory, { recursive: true, force: true });
});

function status(caseId: string) {
  const loaded = loadCase(store.read(caseId)?.log);
  if (!loaded.ok) throw new Error(loaded.error.message);
  return { state: loaded.value, status: caseStatus(loaded.value, now) };
}

describe('the demo cases', () => {
  it('are five fictional cases at different stages, relative to now', () => {
    const seeded = seedDemo(store, { now });
    expect(seeded.map((one) => one.outcome)).toEqual(Array(5).fill('opened'));
    for (const { caseId } of seeded) expect(caseId.startsWith(DEMO_CASE_PREFIX)).toBe(true);
    const municipalities = store.list().map((one) => one.municipality);
    expect(municipalities).toEqual([
      'Demodorp',
      'Voorbeeldgem',
      'Proefstad',
      'Testergem',
      'Fictiefbeek',
    ]);

    const soon = status('demo-demodorp');
    const hoursLeft = ((parseInstant(soon.state.contactDue) ?? 0) - now.getTime()) / 3_600_000;
    expect(hoursLeft).toBeGreaterThan(1.5);
    expect(hoursLeft).toBeLessThanOrEqual(2);
    expect(soon.status.overdue).toEqual([]);

    const late = status('demo-voorbeeldgem');
    expect(late.status.overdue).toContain('C.a');

    const progress = seeded.map(({ caseId }) => status(caseId).status.progress.done);
    expect(new Set(progress).size).toBeGreaterThan(3); // different stages
    expect(status('demo-fictiefbeek').status.declined).toBe(true);
    expect(status('demo-testergem').state.steps.H).toMatchObject({
      state: 'done',
      format: 'information-market',
    });
  });

  it('show each event of event-log version 2, before and after the announcement', () => {
    seedDemo(store, { now });
    const states = store.list().map(({ caseId }) => status(caseId).state);
    const kinds = new Set(states.flatMap((state) => state.events.map((event) => event.kind)));
    for (const kind of [
      'opening-announced',
      'officer-involved',
      'support-offered',
      'support-delivered',
    ] as const)
      expect(kinds).toContain(kind);
    const proefstad = status('demo-proefstad').state;
    const testergem = status('demo-testergem').state;
    const epoch = (instant: string | undefined) => parseInstant(instant ?? '') ?? Number.NaN;
    expect(epoch(proefstad.involvement?.at)).toBeLessThan(epoch(proefstad.announcedAt));
    expect(epoch(testergem.involvement?.at)).toBeGreaterThan(epoch(testergem.announcedAt));
    expect(testergem.supportDelivered).toEqual(['info-market-support']);
    expect(
      new Set(states.flatMap((state) => (state.involvement ? [state.involvement.by.kind] : []))),
    ).toEqual(new Set(['fedasil', 'minister-office', 'other']));
  });

  it('are kept when seeded again, or replaced with fresh deadlines', () => {
    seedDemo(store, { now });
    store.append(
      'demo-demodorp',
      2,
      [
        {
          id: 'mine',
          event: {
            kind: 'note-added',
            caseId: 'demo-demodorp',
            at: '2026-12-01T11:00',
            actor: { role: 'liaison-officer' },
            text: 'kept',
          },
        },
      ],
      'An',
    );
    expect(seedDemo(store, { now }).map((one) => one.outcome)).toEqual(Array(5).fill('kept'));
    expect(store.head('demo-demodorp')?.version).toBe(3);
    const later = new Date(now.getTime() + 86_400_000);
    expect(seedDemo(store, { now: later, replace: true }).map((one) => one.outcome)).toEqual(
      Array(5).fill('replaced'),
    );
    expect(store.head('demo-demodorp')?.version).toBe(2);
  });
});

describe('the demo token', () => {
  it('is a new officer token each time, the earlier ones revoked', () => {
    const first = ensureDemoToken(directory, now);
    const second = ensureDemoToken(directory, now);
    const tokens = openTokenFile(dataFiles(directory).tokens);
    expect(tokens.authenticate(first.token)).toBeUndefined();
    expect(tokens.authenticate(second.token)).toEqual({ name: DEMO_TOKEN_NAME, role: 'officer' });
    expect(tokens.list().map((one) => one.revokedAt === undefined)).toEqual([false, true]);
  });
});
