import fc from 'fast-check';

// Near-valid inputs that probe every rule of a parser (the message-style test drives them): random inputs
// are rejected at the first key, so they say little; a valid sample with one to
// three small changes (a key removed, added or given an odd value) probes every rule.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The values {@link oddValues} draws its constants from, with `extra`. */
const ODD_CONSTANTS: readonly unknown[] = [
  undefined,
  null,
  true,
  false,
  0,
  -1,
  1.5,
  Number.NaN,
  '',
  ' ',
  '  x  ',
  'x',
  'nl',
  'en',
  'es',
  '2025-02-30',
  '2025-03-01',
  '09:00',
  '24:00',
  '12:60',
  [],
  [''],
  [' '],
  {},
  { type: 'link' },
  { type: 'emphasis', text: 'x' },
  { type: 'paragraph', content: ['x'] },
  'x'.repeat(81),
  'x'.repeat(301),
];

/** Odd values a change may put anywhere; `extra` are values that matter to one model. */
function oddValues(extra: readonly unknown[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom<unknown>(...ODD_CONSTANTS, ...extra),
    fc.string({ maxLength: 12 }),
    fc.integer(),
  );
}

/** Every path to a value inside `value`, the root included. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const paths = [prefix];
  if (Array.isArray(value))
    value.forEach((item, index) => paths.push(...pathsOf(item, [...prefix, index])));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]));
  }
  return paths;
}

type Change = {
  readonly kind: 'set' | 'delete' | 'add-key' | 'empty';
  readonly at: number;
  readonly value: unknown;
  readonly key: string;
};

function apply(root: Json, change: Change): unknown {
  const copy = structuredClone(root) as unknown;
  const paths = pathsOf(copy);
  const path = paths[change.at % paths.length] ?? [];
  if (path.length === 0)
    return change.kind === 'set' ? change.value : change.kind === 'empty' ? emptied(copy) : copy;
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], copy) as
    Record<string | number, unknown> | unknown[];
  const key = path[path.length - 1] as string | number;
  const target = (parent as Record<string | number, unknown>)[key];
  if (
    change.kind === 'add-key' &&
    typeof target === 'object' &&
    target !== null &&
    !Array.isArray(target)
  ) {
    (target as Record<string, unknown>)[change.key] = change.value;
  } else if (change.kind === 'empty') {
    (parent as Record<string | number, unknown>)[key] = emptied(target);
  } else if (change.kind === 'delete') {
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else delete (parent as Record<string | number, unknown>)[key];
  } else {
    (parent as Record<string | number, unknown>)[key] = change.value;
  }
  return copy;
}

/** The same kind of value with nothing in it: `[]`, `{}`, `''`, or the value itself. */
function emptied(value: unknown): unknown {
  if (Array.isArray(value)) return [];
  if (typeof value === 'string') return '';
  if (typeof value === 'object' && value !== null) return {};
  return value;
}

/**
 * Variants of valid samples with one to three changes.
 *
 * @param samples valid inputs to start from
 * @param extra values worth trying for this model (bad links, odd dates …)
 */
export function nearValid(
  samples: readonly Json[],
  extra: readonly unknown[] = [],
): fc.Arbitrary<unknown> {
  const change = fc.record({
    kind: fc.constantFrom<Change['kind']>('set', 'set', 'delete', 'add-key', 'empty'),
    at: fc.nat(),
    value: oddValues(extra),
    key: fc.constantFrom('extra', 'type', 'id', 'items', 'onclick'),
  });
  return fc
    .tuple(fc.constantFrom(...samples), fc.array(change, { minLength: 1, maxLength: 3 }))
    .map(([sample, changes]) =>
      changes.reduce<unknown>((value, one) => apply(value as Json, one), sample),
    );
}

/**
 * Every variant of the samples with exactly one change: each value replaced by each odd
 * value (the shared ones and `extra`), emptied or removed, and each object given an extra key.
 * Exhaustive where {@link nearValid} samples, so a rare value at a rare place is never missed.
 */
export function singleChanges(samples: readonly Json[], extra: readonly unknown[] = []): unknown[] {
  const values = [...ODD_CONSTANTS, ...extra];
  const variants: unknown[] = [];
  for (const sample of samples) {
    const count = pathsOf(sample).length;
    for (let at = 0; at < count; at += 1) {
      for (const value of values)
        variants.push(apply(sample, { kind: 'set', at, value, key: 'extra' }));
      variants.push(apply(sample, { kind: 'empty', at, value: undefined, key: 'extra' }));
      variants.push(apply(sample, { kind: 'delete', at, value: undefined, key: 'extra' }));
      variants.push(apply(sample, { kind: 'add-key', at, value: 'x', key: 'extra' }));
    }
  }
  return variants;
}

export type { Json };
