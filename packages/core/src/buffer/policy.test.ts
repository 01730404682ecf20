import { describe, expect, it } from 'vitest';
import { assess } from './assess.js';
import type { Centre } from './network.js';
import { bandStatus, bufferPolicy, defaultPolicy } from './policy.js';

const one = (active: number, occupied: number, buffer = 100): Centre[] => [
  {
    id: 'a',
    name: 'A',
    municipality: 'A',
    province: 'limburg',
    operator: { kind: 'federal' },
    places: { generic: { active, occupied, buffer } },
    costPerPlacePerDay: { active: 50, buffer: 10 },
    activationLeadDays: 7,
  },
];

describe('the band', () => {
  it('includes 85% and 94% by default, and excludes them when asked', () => {
    expect(bandStatus(0.85, defaultPolicy.generic)).toBe('within');
    expect(bandStatus(0.94, defaultPolicy.generic)).toBe('within');
    expect(bandStatus(0.8499, defaultPolicy.generic)).toBe('below');
    expect(bandStatus(0.9401, defaultPolicy.generic)).toBe('above');
    const exclusive = bufferPolicy({ generic: { minInclusive: false, maxInclusive: false } });
    expect(bandStatus(0.85, exclusive.generic)).toBe('below');
    expect(bandStatus(0.94, exclusive.generic)).toBe('above');
  });

  it('has a lower minimum for specific places, as the source asks', () => {
    expect(defaultPolicy.specific.min).toBeLessThan(defaultPolicy.generic.min);
    expect(bandStatus(0.8, defaultPolicy.specific)).toBe('within');
  });

  it('rejects a policy whose target is outside its band or whose bounds are crossed', () => {
    expect(() => bufferPolicy({ generic: { target: 0.96 } })).toThrow(/generic.target/);
    expect(() => bufferPolicy({ generic: { min: 0.95 } })).toThrow(/generic.min/);
    expect(() => bufferPolicy({ generic: { max: 1.2 } })).toThrow(/generic.max/);
    expect(() => bufferPolicy({ medical: {} } as never)).toThrow(/medical/);
  });
});

describe('assess', () => {
  it('gives status and gaps at the edges of the band', () => {
    expect(assess(one(100, 94), defaultPolicy).global).toMatchObject({
      occupancy: 0.94,
      status: 'within',
      gapToBand: 0,
      gapToTarget: 4,
    });
    expect(assess(one(100, 95), defaultPolicy).global).toMatchObject({
      status: 'above',
      gapToBand: 2,
      gapToTarget: 6,
    });
    expect(assess(one(100, 85), defaultPolicy).global).toMatchObject({
      status: 'within',
      gapToBand: 0,
      gapToTarget: -6,
    });
    expect(assess(one(100, 84), defaultPolicy).global).toMatchObject({
      status: 'below',
      gapToBand: -2,
      gapToTarget: -7,
    });
  });

  it('moves one more place at an exclusive edge', () => {
    const exclusive = bufferPolicy({ generic: { maxInclusive: false, minInclusive: false } });
    expect(assess(one(100, 94), exclusive).global).toMatchObject({ status: 'above', gapToBand: 1 });
    expect(assess(one(100, 85), exclusive).global).toMatchObject({
      status: 'below',
      gapToBand: -1,
    });
  });

  it('says whether the buffer can cover the gap, and handles a kind without active places', () => {
    expect(assess(one(100, 99, 3), defaultPolicy).global).toMatchObject({
      gapToTarget: 10,
      coverable: false,
    });
    expect(assess(one(0, 0, 50), defaultPolicy).global).toMatchObject({
      occupancy: null,
      status: 'no-active-places',
      gapToTarget: 0,
    });
  });

  it('assesses each kind present and each centre', () => {
    const network: Centre[] = [
      {
        ...(one(100, 90)[0] as Centre),
        places: {
          generic: { active: 100, occupied: 90, buffer: 0 },
          medical: { active: 20, occupied: 14, buffer: 5 },
        },
      },
    ];
    const result = assess(network, defaultPolicy);
    expect(result.kinds.map((kind) => `${kind.kind}:${kind.status}`)).toEqual([
      'generic:within',
      'medical:below',
    ]);
    expect(result.centres[0]?.kinds.medical).toEqual({ occupancy: 0.7, status: 'below' });
  });
});
