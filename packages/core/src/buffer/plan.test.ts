import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locales } from '../i18n/index.js';
import { assess } from './assess.js';
import { parseNetwork, type Centre, type Network } from './network.js';
import { applyPlan, plan, planPreferences } from './plan.js';
import { bufferPolicy, defaultPolicy } from './policy.js';
import { fingerprint } from './test-support/fingerprint.js';
import { generateNetwork } from './test-support/generate-network.js';
import { describePlanLine } from './messages.js';

function centre(
  id: string,
  overrides: Partial<Centre> & { active?: number; occupied?: number; buffer?: number } = {},
): Centre {
  const { active = 100, occupied = 97, buffer = 50, ...rest } = overrides;
  return {
    id,
    name: `Centre ${id}`,
    municipality: id,
    province: 'antwerpen',
    operator: { kind: 'federal' },
    places: { generic: { active, occupied, buffer } },
    costPerPlacePerDay: { active: 60, buffer: 12 },
    activationLeadDays: 14,
    ...rest,
  };
}

const firstChoice = (network: Network, overrides = {}) =>
  plan(network, defaultPolicy, planPreferences(overrides)).lines[0]?.centreId;

describe('plan: each criterion moves the plan the expected way', () => {
  it('activates buffer in an existing centre before an inactive buffer centre', () => {
    // The inactive buffer centre is cheaper to run: only the existing-centre criterion favours the open one.
    const network = [
      centre('open', { active: 200, occupied: 196, buffer: 30 }),
      centre('closed', {
        active: 0,
        occupied: 0,
        buffer: 100,
        costPerPlacePerDay: { active: 45, buffer: 12 },
      }),
    ];
    expect(firstChoice(network)).toBe('open');
    expect(firstChoice(network, { weights: { 'existing-centre': 0 } })).toBe('closed');
  });

  it('deactivates the most expensive places first, and raising a centre’s cost makes it go first', () => {
    const low = [
      centre('a', { occupied: 70 }),
      centre('b', { occupied: 70, costPerPlacePerDay: { active: 80, buffer: 12 } }),
    ];
    expect(firstChoice(low)).toBe('b');
    const raised = [
      centre('a', { occupied: 70, costPerPlacePerDay: { active: 95, buffer: 12 } }),
      centre('b', { occupied: 70, costPerPlacePerDay: { active: 80, buffer: 12 } }),
    ];
    expect(firstChoice(raised)).toBe('a');
  });

  it('does not simply keep the cheapest: with cost outweighed, quality decides', () => {
    const network = [
      centre('cheap-poor', {
        occupied: 70,
        quality: 0.1,
        costPerPlacePerDay: { active: 50, buffer: 12 },
      }),
      centre('dear-good', {
        occupied: 70,
        quality: 0.95,
        costPerPlacePerDay: { active: 70, buffer: 12 },
      }),
    ];
    expect(firstChoice(network)).toBe('dear-good');
    expect(firstChoice(network, { weights: { quality: 3 } })).toBe('cheap-poor');
  });

  it('builds buffer up in proportion between federal and partner centres', () => {
    // Partners hold all the buffer: reducing should create buffer at the federal centre.
    const network = [
      centre('federal', { occupied: 70, buffer: 0 }),
      centre('partner', {
        occupied: 70,
        buffer: 60,
        operator: { kind: 'partner', name: 'Rode Kruis' },
      }),
    ];
    expect(firstChoice(network, { weights: { cost: 0, quality: 0 } })).toBe('federal');
    const result = plan(
      network,
      defaultPolicy,
      planPreferences({ weights: { cost: 0, quality: 0 }, rounds: 10 }),
    );
    const byCentre = Object.fromEntries(result.lines.map((line) => [line.centreId, line.places]));
    expect(byCentre.federal ?? 0).toBeGreaterThan(byCentre.partner ?? 0);
  });

  it('keeps the geographic spread: no province drops more than the guard allows', () => {
    const network = [
      centre('a1', {
        occupied: 60,
        province: 'antwerpen',
        costPerPlacePerDay: { active: 90, buffer: 12 },
      }),
      centre('a2', {
        occupied: 60,
        province: 'antwerpen',
        costPerPlacePerDay: { active: 90, buffer: 12 },
      }),
      centre('l1', { occupied: 60, province: 'limburg' }),
      centre('l2', { occupied: 60, province: 'limburg' }),
    ];
    const result = plan(network, defaultPolicy, planPreferences({ maxProvinceShareDrop: 0.02 }));
    const before = result.before.spread;
    for (const [province, share] of Object.entries(result.after.spread)) {
      expect(share, province).toBeGreaterThanOrEqual(
        (before[province as keyof typeof before] ?? 0) - 0.02 - 0.01,
      );
    }
    // Without the guard and the spread score, cost empties the expensive Antwerpen centres first.
    const fromAntwerpen = (lines: typeof result.lines) =>
      lines
        .filter((line) => line.province === 'antwerpen')
        .reduce((sum, line) => sum + line.places, 0);
    const unguarded = plan(
      network,
      defaultPolicy,
      planPreferences({ maxProvinceShareDrop: 1, weights: { 'geographic-spread': 0 } }),
    );
    expect(fromAntwerpen(unguarded.lines)).toBe(80);
    expect(fromAntwerpen(result.lines)).toBeLessThan(80);
  });
});

describe('plan: what it reports', () => {
  const network = generateNetwork();
  const result = plan(network, defaultPolicy);

  it('brings generic occupancy back to the target and reports before and after', () => {
    expect(result.before.occupancy.generic).toBeGreaterThan(0.94);
    expect(result.after.occupancy.generic).toBeCloseTo(0.9, 3);
    expect(result.after.dailyCost).toBeGreaterThan(result.before.dailyCost);
    expect(Object.keys(result.after.spread)).toHaveLength(10);
    expect(result.shortfalls).toEqual([]);
  });

  it('gives every line its reasons and the alternatives’ scores', () => {
    for (const line of result.lines) {
      expect(line.reasons.map((reason) => reason.criterion).sort()).toEqual([
        'cost',
        'existing-centre',
        'geographic-spread',
        'proportional-operators',
        'quality',
      ]);
      expect(line.reasons[0]?.contribution).toBeGreaterThanOrEqual(
        line.reasons[4]?.contribution ?? 0,
      );
      expect(line.alternatives.length).toBeGreaterThan(0);
      expect(line.alternatives[0]?.total).toBeLessThanOrEqual(line.total + 1e-9);
    }
  });

  it('describes each line in four languages', () => {
    const line = result.lines[0];
    if (line === undefined) throw new Error('no line');
    const texts = locales.map((locale) => describePlanLine(line, locale));
    expect(texts[0]).toMatch(
      /^Activeer \d+ generieke plaatsen in Centre \d+\. Gekozen omwille van: /,
    );
    expect(texts[3]).toMatch(
      /^Activate \d+ generic places in Centre \d+\. Chosen for: .*Alternatives: c-\d{3} /,
    );
    expect(new Set(texts).size).toBe(4);
  });

  it('reports a shortfall when the buffer cannot cover the gap', () => {
    const short = plan([centre('a', { active: 100, occupied: 100, buffer: 3 })], defaultPolicy);
    expect(short.lines.map((line) => line.places)).toEqual([3]);
    expect(short.shortfalls).toEqual([{ kind: 'generic', places: 8, reason: 'not-enough-buffer' }]);
  });

  it('rejects preferences out of range, naming them', () => {
    expect(() => planPreferences({ weights: { cost: -1 } })).toThrow(/weights.cost/);
    expect(() => planPreferences({ maxProvinceShareDrop: 2 })).toThrow(/maxProvinceShareDrop/);
  });
});

describe('plan: invariants on any network', () => {
  const networks = fc
    .record({
      occupancy: fc.double({ min: 0.5, max: 1, noNaN: true }),
      bufferShare: fc.double({ min: 0, max: 0.3, noNaN: true }),
      seed: fc.integer(),
      centres: fc.integer({ min: 1, max: 40 }),
    })
    .map(({ occupancy, bufferShare, seed, centres }) =>
      generateNetwork({ centres, places: centres * 120, occupancy, bufferShare, seed }),
    );

  it('never leads to an impossible state, and moves occupancy toward the target', () => {
    fc.assert(
      fc.property(networks, (network) => {
        const result = plan(network, defaultPolicy);
        const after = applyPlan(network, result.lines);
        after.forEach((centreAfter, index) => {
          const before = network[index] as Centre;
          for (const [kind, places] of Object.entries(centreAfter.places)) {
            expect(places.buffer, `${centreAfter.id} ${kind} buffer`).toBeGreaterThanOrEqual(0);
            expect(places.active, `${centreAfter.id} ${kind} active`).toBeGreaterThanOrEqual(
              places.occupied,
            );
            const original = before.places[kind as keyof Centre['places']];
            expect(places.active + places.buffer).toBe(
              (original?.active ?? 0) + (original?.buffer ?? 0),
            );
          }
        });
        for (const kind of assess(network, defaultPolicy).kinds) {
          const later = assess(after, defaultPolicy).kinds.find(
            (other) => other.kind === kind.kind,
          );
          if (kind.occupancy === null || later?.occupancy === null || later === undefined) continue;
          expect(Math.abs(later.occupancy - kind.band.target)).toBeLessThanOrEqual(
            Math.abs(kind.occupancy - kind.band.target) + 1e-9,
          );
        }
      }),
      { numRuns: 150 },
    );
  });
});

const exhaustedRunnerUp: unknown = JSON.parse(
  readFileSync(new URL('./test-support/exhausted-runner-up.network.json', import.meta.url), 'utf8'),
);

describe('plan: a network the property test found', () => {
  // Deactivating, an exhausted centre tied with the best as its group's runner-up, was chosen,
  // moved nothing, and the plan never ended (found by the invariants above, seed unrecorded).
  it('skips a runner-up with nothing left to give, and reaches the target', () => {
    const network = parseNetwork(exhaustedRunnerUp);
    if (!network.ok) throw new Error(network.error.message);
    const result = plan(network.value, defaultPolicy);
    expect(result.shortfalls).toEqual([]);
    const generic = assess(applyPlan(network.value, result.lines), defaultPolicy).kinds.find(
      (kind) => kind.kind === 'generic',
    );
    expect(generic?.occupancy).toBeCloseTo(defaultPolicy.generic.target, 2);
  });
});

describe('plan: exact results for fixed networks', () => {
  // Pinned before planKind was split and its state became a class (issue 14): every line,
  // reason, alternative and effect must stay as it was.
  const cases = {
    large: () =>
      plan(generateNetwork({ centres: 300, places: 40_000, occupancy: 0.97 }), defaultPolicy),
    reducing: () =>
      plan(
        generateNetwork({ centres: 120, places: 15_000, occupancy: 0.7, seed: 4 }),
        defaultPolicy,
      ),
    preferences: () =>
      plan(
        generateNetwork({ centres: 80, places: 9_000, occupancy: 0.99, bufferShare: 0.2, seed: 9 }),
        defaultPolicy,
        planPreferences({
          weights: { cost: 2, quality: 0 },
          rounds: 7,
          maxProvinceShareDrop: 0.01,
        }),
      ),
    spreadGuard: () =>
      plan(
        generateNetwork({ centres: 30, places: 3000, occupancy: 0.6, seed: 2 }),
        defaultPolicy,
        planPreferences({ maxProvinceShareDrop: 0 }),
      ),
    specific: () =>
      plan(
        generateNetwork({ centres: 60, places: 6000, occupancy: 0.5, seed: 13 }),
        bufferPolicy({ specific: { min: 0.8, target: 0.9 } }),
      ),
  };
  const expected: Record<keyof typeof cases, string> = {
    large: '54ca3c65:137671',
    reducing: '9fee44bd:59388',
    preferences: '58024596:28407',
    spreadGuard: '985a0eb5:2301',
    specific: 'f26b2636:38987',
  };

  for (const [name, run] of Object.entries(cases)) {
    it(`${name}: unchanged`, () =>
      expect(fingerprint(run())).toBe(expected[name as keyof typeof cases]));
  }

  it('spreadGuard: the guard still holds places back', () => {
    expect(cases.spreadGuard().shortfalls).toEqual([
      { kind: 'generic', places: 987, reason: 'spread-guard' },
    ]);
  });
});
