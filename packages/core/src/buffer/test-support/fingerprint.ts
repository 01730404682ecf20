/**
 * A short, exact fingerprint of a value: FNV-1a (32 bits) over its JSON. JSON writes every
 * number in its shortest round-trip form, so any change in any bit of any figure changes it.
 * The regression tests use it to pin whole projections and plans without pages of literals.
 */
export function fingerprint(value: unknown): string {
  const text = JSON.stringify(value);
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(16).padStart(8, '0')}:${text.length}`;
}
