import { describe, expect, it } from 'vitest';
import type { Centre } from './network.js';
import { centreOutlook } from './outlook.js';
import { defaultPolicy } from './policy.js';
import type { Forecast } from './project.js';
import { generateNetwork } from './test-support/generate-network.js';

const centre = (id: string, extra: Partial<Centre>): Centre => ({
  id,
  name: `Centrum ${id}`,
  municipality: 'Kapellen',
  province: 'antwerpen',
  operator: { kind: 'federal' },
  places: { generic: { active: 100, occupied: 90, buffer: 0 } },
  costPerPlacePerDay: { active: 50, buffer: 10 },
  activationLeadDays: 14,
  ...extra,
});

// Two centres at 90%, the target: only A has buffer. 180 people in 200 places.
const network = [
  centre('a', { places: { generic: { active: 100, occupied: 90, buffer: 50 } } }),
  centre('b', {
    municipality: 'Genk',
    province: 'limburg',
    operator: { kind: 'partner', name: 'Rode Kruis' },
  }),
];

// Three scenarios of one week: 100 more people (the plan activates A's 50 buffer places, all it
// has), nothing (no change), 60 fewer (the plan deactivates empty places).
const forecast: Forecast = {
  kind: 'paths',
  paths: [[{ inflow: 100, outflow: 0 }], [{ inflow: 0, outflow: 0 }], [{ inflow: 0, outflow: 60 }]],
};

describe('centreOutlook', () => {
  it('gives the shares of paths whose plan touches each centre, on a network where they are known', () => {
    const outlook = centreOutlook(network, defaultPolicy, forecast, { resolution: 1 });
    expect(outlook.ok).toBe(true);
    if (!outlook.ok) return;
    const { centres, paths, plans, seed, weeks, method, resolution } = outlook.value;
    expect({ paths, plans, seed, weeks, method, resolution }).toEqual({
      paths: 3,
      plans: 3,
      resolution: 1,
      seed: null,
      weeks: 1,
      method: 'plan-at-horizon',
    });
    const [a, b] = centres;
    expect(a?.activated).toEqual({
      probability: 1 / 3,
      margin: 1.96 * Math.sqrt(((1 / 3) * (2 / 3)) / 3),
      expectedPlaces: 50 / 3,
      placesIfSo: 50,
    });
    expect(b?.activated.probability).toBe(0);
    // 120 people need round(120 / 0.9) = 133 places: 67 of the 200 go, from one centre or both.
    const down = (a?.deactivated.expectedPlaces ?? 0) + (b?.deactivated.expectedPlaces ?? 0);
    expect(down * 3).toBeCloseTo(67, 9);
    for (const c of centres) expect([0, 1 / 3]).toContain(c.deactivated.probability);
  });

  it('shares one plan between counts within its resolution', () => {
    // 280, 180 and 120 people: with bins of 100 people, 300, 200 and 100.
    const binned = centreOutlook(network, defaultPolicy, forecast, { resolution: 100 });
    expect(binned.ok && binned.value).toMatchObject({ plans: 3, resolution: 100 });
    const coarse = centreOutlook(network, defaultPolicy, forecast, { resolution: 1000 });
    expect(coarse.ok && coarse.value.plans).toBe(1);
  });

  it('reports only the centres of the province or the municipality asked for', () => {
    const limburg = centreOutlook(network, defaultPolicy, forecast, { province: 'limburg' });
    expect(limburg.ok && limburg.value.centres.map((c) => c.id)).toEqual(['b']);
    const kapellen = centreOutlook(network, defaultPolicy, forecast, {
      municipality: ' KAPELLEN ',
    });
    expect(kapellen.ok && kapellen.value.centres.map((c) => c.id)).toEqual(['a']);
  });

  it('draws the paths as project does: a normal forecast without spread is one path repeated', () => {
    const fixed: Forecast = {
      kind: 'normal',
      weeks: [{ inflow: { mean: 100, sd: 0 }, outflow: { mean: 0, sd: 0 } }],
    };
    const outlook = centreOutlook(network, defaultPolicy, fixed, { paths: 40, seed: 3 });
    expect(outlook.ok && outlook.value).toMatchObject({ paths: 40, plans: 1, seed: 3 });
    expect(outlook.ok && outlook.value.centres[0]?.activated).toMatchObject({
      probability: 1,
      margin: 0,
      expectedPlaces: 50,
    });
  });

  it('estimates on a generated network: probabilities within 0–1, the same for the same seed', () => {
    const big = generateNetwork({ centres: 60, places: 6000, occupancy: 0.9, seed: 4 });
    const weeks = Array.from({ length: 12 }, () => ({
      inflow: { mean: 150, sd: 80 },
      outflow: { mean: 150, sd: 40 },
    }));
    const options = { paths: 80, seed: 11, province: big[0]?.province ?? 'antwerpen' } as const;
    const first = centreOutlook(big, defaultPolicy, { kind: 'normal', weeks }, options);
    const again = centreOutlook(big, defaultPolicy, { kind: 'normal', weeks }, options);
    expect(first).toEqual(again);
    if (!first.ok) return;
    expect(first.value.centres.length).toBeGreaterThan(0);
    expect(first.value.plans).toBeGreaterThan(10);
    const touched = first.value.centres.filter(
      (c) => c.activated.probability > 0 || c.deactivated.probability > 0,
    );
    expect(touched.length).toBeGreaterThan(0);
    for (const c of first.value.centres)
      for (const p of [c.activated.probability, c.deactivated.probability]) {
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
      }
  });

  it('refuses a bad filter or option, naming it', () => {
    const bad = centreOutlook(network, defaultPolicy, forecast, {
      province: 'holland' as never,
      paths: 0,
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error.issues.map((issue) => issue.path)).toEqual(['province', 'paths']);
    expect(centreOutlook(network, defaultPolicy, { kind: 'normal', weeks: [] }).ok).toBe(false);
  });
});
