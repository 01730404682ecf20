import { elapsedHours } from '@opvang/core/deadlines';
import { toBrusselsIso } from '@opvang/core/shared';
import type { Actor, CaseEvent, CaseFacts, InvolvedBy, StepId } from '@opvang/core/step-plan';
import { DEFAULT_DATA_DIR, dataFiles } from './start.js';
import type { CaseStore } from './store.js';
import { openTokenFile, type TokenRecord } from './tokens.js';

/** Every demo case id starts with this, so that demo cases are never taken for real ones. */
export const DEMO_CASE_PREFIX = 'demo-';
/** The name of the officer token {@link ensureDemoToken} makes. */
export const DEMO_TOKEN_NAME = 'demo officer';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const OFFICER: Actor = { role: 'liaison-officer', name: 'Demo-verbindingsofficier' };
const MUNICIPALITY: Actor = { role: 'municipality', name: 'Demo-kerngroep' };

type Later =
  | {
      readonly kind: 'step-started' | 'step-completed';
      readonly step: StepId;
      readonly format?: 'information-market';
    }
  | { readonly kind: 'note-added'; readonly text: string }
  | { readonly kind: 'support-declined'; readonly reason: string }
  | { readonly kind: 'opening-announced'; readonly channel: string }
  | { readonly kind: 'officer-involved'; readonly by: InvolvedBy }
  | {
      readonly kind: 'support-offered' | 'support-delivered';
      /** Ids of `@opvang/core/catalogue` items. */
      readonly items: readonly string[];
    };

interface DemoCase {
  readonly facts: Omit<CaseFacts, 'confirmedAt' | 'expectedOpening'>;
  /** How long ago the opening was confirmed. */
  readonly confirmedAgo: number;
  /** The expected opening, this long from now. */
  readonly opensIn: number;
  /** Later events, each this long after the confirmation. */
  readonly events: ReadonlyArray<readonly [after: number, event: Later, actor?: Actor]>;
}

// Invented municipalities, streets and numbers: nothing here describes a real place or decision.
const demoCases: readonly DemoCase[] = [
  {
    // The contact deadline (48 hours) passes in two hours.
    facts: {
      caseId: 'demo-demodorp',
      municipality: 'Demodorp',
      address: 'Voorbeeldstraat 1, Demodorp (fictief)',
      capacity: 80,
      targetGroups: ['adults'],
      operator: { kind: 'red-cross' },
    },
    confirmedAgo: 46 * HOUR,
    opensIn: 30 * DAY,
    events: [
      [20 * HOUR, { kind: 'note-added', text: 'Burgemeester gebeld, voicemail ingesproken.' }],
    ],
  },
  {
    // The contact deadline passed five hours ago.
    facts: {
      caseId: 'demo-voorbeeldgem',
      municipality: 'Voorbeeldgem',
      address: 'Proefplein 12, Voorbeeldgem (fictief)',
      capacity: 150,
      targetGroups: ['adults', 'families'],
      operator: { kind: 'fedasil' },
    },
    confirmedAgo: 53 * HOUR,
    opensIn: 21 * DAY,
    events: [],
  },
  {
    // Contact made, the first meeting held, the preparation under way.
    facts: {
      caseId: 'demo-proefstad',
      municipality: 'Proefstad',
      address: 'Oefenlaan 3, Proefstad (fictief)',
      capacity: 60,
      targetGroups: ['families'],
      operator: { kind: 'partner', name: 'Demo-opvangpartner vzw' },
    },
    confirmedAgo: 9 * DAY,
    opensIn: 14 * DAY,
    // Fedasil involved the officer before the municipality announced the opening.
    events: [
      [2 * HOUR, { kind: 'officer-involved', by: { kind: 'fedasil' } }],
      [20 * HOUR, { kind: 'step-completed', step: 'C.a' }],
      [
        1 * DAY,
        { kind: 'opening-announced', channel: 'Persbericht van de gemeente (fictief)' },
        MUNICIPALITY,
      ],
      [3 * DAY, { kind: 'step-completed', step: 'C.b' }],
      [3 * DAY, { kind: 'support-offered', items: ['communication-advice', 'buddy-scheme'] }],
      [4 * DAY, { kind: 'step-started', step: 'D.a' }, MUNICIPALITY],
      [5 * DAY, { kind: 'step-started', step: 'D.b' }, MUNICIPALITY],
    ],
  },
  {
    // Well advanced: the information market held.
    facts: {
      caseId: 'demo-testergem',
      municipality: 'Testergem',
      address: 'Schetsweg 7, Testergem (fictief)',
      capacity: 200,
      targetGroups: ['adults'],
      operator: { kind: 'red-cross' },
    },
    confirmedAgo: 40 * DAY,
    opensIn: 5 * DAY,
    // Announced before the minister's office involved the officer; support offered, part delivered.
    events: [
      [1 * HOUR, { kind: 'opening-announced', channel: 'Gemeenteraad (fictief)' }, MUNICIPALITY],
      [4 * HOUR, { kind: 'officer-involved', by: { kind: 'minister-office' } }],
      [6 * HOUR, { kind: 'step-completed', step: 'C.a' }],
      [2 * DAY, { kind: 'step-completed', step: 'C.b' }],
      [
        2 * DAY,
        { kind: 'support-offered', items: ['info-market-support', 'citizen-communication-advice'] },
      ],
      [6 * DAY, { kind: 'step-completed', step: 'D.a' }, MUNICIPALITY],
      [12 * DAY, { kind: 'step-completed', step: 'D.c' }, MUNICIPALITY],
      [20 * DAY, { kind: 'step-completed', step: 'H', format: 'information-market' }],
      [20 * DAY, { kind: 'support-delivered', items: ['info-market-support'] }],
      [
        20 * DAY,
        { kind: 'note-added', text: 'Infomarkt druk bezocht; vragen over de school verzameld.' },
      ],
    ],
  },
  {
    // The municipality said it needs no support, after the first contact.
    facts: {
      caseId: 'demo-fictiefbeek',
      municipality: 'Fictiefbeek',
      address: 'Denkbeeldige Dreef 5, Fictiefbeek (fictief)',
      capacity: 40,
      targetGroups: ['adults'],
      operator: { kind: 'fedasil' },
    },
    confirmedAgo: 15 * DAY,
    opensIn: 10 * DAY,
    events: [
      [
        8 * HOUR,
        { kind: 'officer-involved', by: { kind: 'other', name: 'Provinciebestuur (fictief)' } },
      ],
      [10 * HOUR, { kind: 'step-completed', step: 'C.a' }],
      [
        2 * DAY,
        { kind: 'support-declined', reason: 'Eigen draaiboek, ervaring met een vorig centrum.' },
        MUNICIPALITY,
      ],
    ],
  },
];

/** What {@link seedDemo} did with each demo case. */
export interface SeededCase {
  readonly caseId: string;
  readonly outcome: 'opened' | 'kept' | 'replaced';
}

/** Options of {@link seedDemo}. */
export interface SeedDemoOptions {
  /** The instant the demo is relative to. Default now. */
  readonly now?: Date;
  /** Replace demo cases that exist (fresh deadlines, recorded demo events gone). Default `false`: keep them. */
  readonly replace?: boolean;
}

/**
 * Opens five fictional demo cases (Demodorp, Voorbeeldgem, Proefstad, Testergem, Fictiefbeek,
 * ids starting with {@link DEMO_CASE_PREFIX}) at different stages, relative to `now`: one
 * whose 48-hour contact deadline passes in two hours, one five hours overdue, one in its
 * preparation, one well advanced, one that declined support. Four of them show the events of
 * event-log version 2: who involved the officer, the public announcement (before or after
 * that), and catalogue items offered and delivered.
 *
 * @example
 * ```ts
 * seedDemo(openCaseStore('data/cases.db'), { replace: true });
 * // [{ caseId: 'demo-demodorp', outcome: 'replaced' }, …]
 * ```
 */
export function seedDemo(store: CaseStore, options: SeedDemoOptions = {}): SeededCase[] {
  const now = (options.now ?? new Date()).getTime();
  const minute = (epoch: number) => toBrusselsIso(new Date(Math.floor(epoch / 60_000) * 60_000));
  return demoCases.map((demo) => {
    const { caseId } = demo.facts;
    const existed = store.head(caseId) !== undefined;
    if (existed && options.replace !== true) return { caseId, outcome: 'kept' };
    if (existed) store.remove(caseId);
    const confirmed = now - demo.confirmedAgo;
    const facts: CaseFacts = {
      ...demo.facts,
      confirmedAt: minute(confirmed),
      expectedOpening: minute(now + demo.opensIn).slice(0, 10),
    };
    const opening: CaseEvent = {
      kind: 'case-opened',
      caseId,
      at: facts.confirmedAt,
      actor: { role: 'federal' },
      facts,
      policy: { contactDeadline: elapsedHours(48) },
    };
    const opened = store.open({ id: `${caseId}-1`, event: opening }, 'demo');
    if (opened.kind !== 'opened')
      throw new Error(`demo case ${caseId} could not be opened: ${opened.kind}`);
    const later = demo.events.map(([after, event, actor], index) => ({
      id: `${caseId}-${index + 2}`,
      event: { ...event, caseId, at: minute(confirmed + after), actor: actor ?? OFFICER },
    }));
    if (later.length > 0) {
      const appended = store.append(caseId, 1, later, 'demo');
      if (appended.kind !== 'appended')
        throw new Error(`demo case ${caseId} could not be filled in: ${JSON.stringify(appended)}`);
    }
    return { caseId, outcome: existed ? 'replaced' : 'opened' };
  });
}

/**
 * Makes a fresh officer token for the demo ({@link DEMO_TOKEN_NAME}) and revokes the demo
 * tokens made before, so that only the last one printed works. Tokens are stored hashed, so
 * an earlier one cannot be shown again: each call makes a new one. For `npm start`.
 *
 * @example
 * ```ts
 * const { token } = ensureDemoToken();
 * console.log(`demo token (officer): ${token}`);
 * ```
 */
export function ensureDemoToken(
  dataDir: string = DEFAULT_DATA_DIR,
  now: Date = new Date(),
): { readonly token: string; readonly record: TokenRecord } {
  const tokens = openTokenFile(dataFiles(dataDir).tokens);
  for (const record of tokens.list()) {
    if (record.name === DEMO_TOKEN_NAME && record.revokedAt === undefined)
      tokens.revoke(record.id, now);
  }
  return tokens.create({ name: DEMO_TOKEN_NAME, role: 'officer' }, now);
}
