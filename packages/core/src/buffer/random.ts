/**
 * A seeded random generator (sfc32, from the PractRand suite): small, fast, and the same
 * sequence for the same seed on every JavaScript engine.
 *
 * @example
 * ```ts
 * const next = seededRandom(42);
 * next(); // 0.75…, the same on every run
 * ```
 */
export function seededRandom(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4_294_967_296;
  };
  // Mix the seed in before the first value is used.
  for (let warmUp = 0; warmUp < 15; warmUp += 1) next();
  return next;
}

/** A standard normal draw from two uniform draws (Box–Muller). */
export function normal(next: () => number): number {
  const u = 1 - next();
  const v = next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
