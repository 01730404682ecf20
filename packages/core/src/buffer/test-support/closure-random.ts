// Shared by the buffer benchmark's baseline and the test that holds SeededRandom to the same
// uniform sequence.
/**
 * The seeded generator as it was before issue 14, kept here so that the baseline does not get
 * faster when ours does: sfc32 over closure variables, a closure call per uniform draw (two per
 * normal draw), the state boxed as heap numbers on every write. Same uniform sequence as ours.
 */
export function closureRandom(seed: number): () => number {
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
  for (let warmUp = 0; warmUp < 15; warmUp += 1) next();
  return next;
}
