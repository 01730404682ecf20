/**
 * A seeded random generator (sfc32, from the PractRand suite) as an object: small, fast, and
 * the same sequence for the same seed on every JavaScript engine. {@link project} draws its
 * weekly flows from it.
 *
 * The state lives in an `Int32Array`, not in closure variables: a closure's `let` that holds a
 * 32-bit value is boxed as a heap number on every write, which made each draw an allocation
 * (issue 14). Its uniform sequence is bit for bit that of {@link seededRandom} before the change.
 *
 * @example
 * ```ts
 * const random = new SeededRandom(42);
 * random.next(); // 0.75…, the same on every run
 * const draws = new Float64Array(4);
 * random.fillNormal(draws); // four standard normal draws
 * ```
 */
export class SeededRandom {
  readonly #state = new Int32Array(4);

  constructor(seed: number) {
    const state = this.#state;
    state[0] = 0x9e3779b9;
    state[1] = 0x243f6a88;
    state[2] = 0xb7e15162;
    state[3] = seed >>> 0;
    // Mix the seed in before the first value is used.
    for (let warmUp = 0; warmUp < 15; warmUp += 1) this.next();
  }

  /** A uniform draw in [0, 1), a multiple of 2⁻³². */
  next(): number {
    const state = this.#state;
    // `?? 0` only satisfies the type checker: the four slots always exist.
    let a = state[0] ?? 0;
    let b = state[1] ?? 0;
    let c = state[2] ?? 0;
    let d = state[3] ?? 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    state[0] = a;
    state[1] = b;
    state[2] = c;
    state[3] = d;
    return (t >>> 0) / 4_294_967_296;
  }

  /**
   * Fills `out` with independent standard normal draws, two at a time by the polar form of
   * Box–Muller (Marsaglia): a point drawn uniformly in the unit disc gives two values with one
   * logarithm and one square root, and no sine or cosine. About 1.27 pairs of uniform draws per
   * pair of values (the rest of the square is rejected). Much faster than one value per pair of
   * uniform draws with a logarithm and a cosine each, which took most of a projection's time.
   */
  fillNormal(out: Float64Array): void {
    for (let index = 0; index < out.length; index += 2) {
      let u: number;
      let v: number;
      let square: number;
      do {
        u = 2 * this.next() - 1;
        v = 2 * this.next() - 1;
        square = u * u + v * v;
      } while (square >= 1 || square === 0);
      const factor = Math.sqrt((-2 * Math.log(square)) / square);
      out[index] = u * factor;
      // An odd length drops the pair's second value.
      if (index + 1 < out.length) out[index + 1] = v * factor;
    }
  }
}

/**
 * A seeded random generator (sfc32, from the PractRand suite): small, fast, and the same
 * sequence for the same seed on every JavaScript engine. A function over a `SeededRandom`.
 *
 * @example
 * ```ts
 * const next = seededRandom(42);
 * next(); // 0.75…, the same on every run
 * ```
 */
export function seededRandom(seed: number): () => number {
  const random = new SeededRandom(seed);
  return () => random.next();
}
