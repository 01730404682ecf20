import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastCheckSeed } from './fast-check-seed.js';

describe('the fast-check seed of a test run (vitest setup file)', () => {
  it('is FC_SEED when set, else a fresh integer', () => {
    expect(fastCheckSeed('42')).toBe(42);
    expect(fastCheckSeed('-7')).toBe(-7);
    expect(Number.isSafeInteger(fastCheckSeed(undefined))).toBe(true);
    expect(Number.isSafeInteger(fastCheckSeed(''))).toBe(true);
    expect(() => fastCheckSeed('12abc')).toThrow('FC_SEED must be an integer, not "12abc".');
    expect(() => fastCheckSeed('1.5')).toThrow('FC_SEED must be an integer');
  });

  it('seeds every property of the file, and the same seed draws the same inputs', () => {
    const { seed } = fc.readConfigureGlobal();
    expect(Number.isSafeInteger(seed)).toBe(true);
    if (process.env['FC_SEED'] !== undefined) expect(seed).toBe(Number(process.env['FC_SEED']));
    const drawn = (): number[] => {
      const values: number[] = [];
      fc.assert(
        fc.property(fc.nat(), (value) => {
          values.push(value);
        }),
        { numRuns: 20 },
      );
      return values;
    };
    expect(fc.check(fc.property(fc.nat(), () => true)).seed).toBe(seed);
    expect(drawn()).toEqual(drawn());
  });

  it('leaves a property that passes its own seed with that seed', () => {
    const seed = (fc.readConfigureGlobal().seed ?? 0) + 1;
    const own = (): number[] => fc.sample(fc.nat(), { seed, numRuns: 5 });
    expect(
      fc.check(
        fc.property(fc.nat(), () => true),
        { seed },
      ).seed,
    ).toBe(seed);
    expect(own()).toEqual(own());
    expect(own()).not.toEqual(fc.sample(fc.nat(), { numRuns: 5 }));
  });
});
