import {
  decode,
  err,
  list,
  object,
  oneOf,
  ok,
  optional,
  boolean,
  range,
  refine,
  text,
  validationError,
  variant,
  type Result,
  type ValidationError,
  type ValidationIssue,
} from '../shared/index.js';
import { provinceIds, type ProvinceId } from '../provinces/index.js';

/**
 * Kinds of places. `generic` places take anyone; the others are specific places (with a lower
 * minimum occupancy: they take longer to activate or convert, lines 519-523 of the source).
 * The source names medical places; the other specific kinds are ours, from Fedasil's practice.
 */
export const placeKinds = [
  'generic',
  'medical',
  'mental-health',
  'reduced-mobility',
  'unaccompanied-minors',
] as const;

/** One of {@link placeKinds}. */
export type PlaceKind = (typeof placeKinds)[number];

/** Places of one kind in one centre. */
export interface PlaceCounts {
  /** Places in use or ready for use today. */
  readonly active: number;
  /** Active places with someone in them; at most `active`. */
  readonly occupied: number;
  /** Inactive places that can be activated (buffer): unused parts of the centre or an inactive buffer centre. */
  readonly buffer: number;
}

/** Who runs a centre: Fedasil itself, or a partner (Red Cross, an NGO, a public or private operator). */
export type NetworkOperator =
  { readonly kind: 'federal' } | { readonly kind: 'partner'; readonly name: string };

/** One reception centre. */
export interface Centre {
  readonly id: string;
  readonly name: string;
  readonly municipality: string;
  /** One of the ten provinces or the Brussels-Capital Region (`provinceIds` in `@opvang/core/shared`), for geographic spread. */
  readonly province: ProvinceId;
  readonly operator: NetworkOperator;
  /** Places by kind; a kind the centre does not have is left out. */
  readonly places: { readonly [K in PlaceKind]?: PlaceCounts };
  /** Euros per place per day: an active place, and a held buffer place (rent and maintenance). */
  readonly costPerPlacePerDay: { readonly active: number; readonly buffer: number };
  /** Days it takes to activate this centre's buffer places. */
  readonly activationLeadDays: number;
  /** Optional quality score, 0 (poor) to 1 (excellent). */
  readonly quality?: number;
  /** Optional: whether the centre suits long-term use. */
  readonly longTermPotential?: boolean;
}

/** The reception network: its centres. */
export type Network = readonly Centre[];

// Decoders, not zod: the occupancy dashboard (issue 17) reads networks in the browser; see
// docs/development.md, "Validation and its messages".
const count = range({ integer: true, min: 0, max: 1_000_000 });
const counts = refine(object({ active: count, occupied: count, buffer: count }), (places, fail) => {
  if (places.occupied > places.active)
    fail('occupied', {
      message: 'more occupied than active places',
      expected: 'occupied at most active',
      received: places.occupied,
    });
});
const euros = range({ min: 0, max: 100_000 });
const name = (max: number) => text({ trim: true, min: 1, max });

const centreDecoder = object({
  id: name(100),
  name: name(200),
  municipality: name(100),
  province: oneOf(provinceIds),
  operator: variant('kind', {
    federal: object({ kind: oneOf(['federal'] as const) }),
    partner: object({ kind: oneOf(['partner'] as const), name: name(200) }),
  }),
  places: object({
    generic: optional(counts),
    medical: optional(counts),
    'mental-health': optional(counts),
    'reduced-mobility': optional(counts),
    'unaccompanied-minors': optional(counts),
  }),
  costPerPlacePerDay: object({ active: euros, buffer: euros }),
  activationLeadDays: range({ integer: true, min: 0, max: 730 }),
  quality: optional(range({ min: 0, max: 1 })),
  longTermPotential: optional(boolean()),
});

const networkDecoder = list(centreDecoder, 1, 10_000);

/**
 * Checks a network from outside (JSON). Errors name the centre (index and id) and the field:
 * `[12].places.generic.occupied` for more occupied than active places, `[3].places.luxury`
 * for an unknown kind, `[7].id` for an id used twice.
 *
 * @example
 * ```ts
 * const network = parseNetwork(JSON.parse(text));
 * if (!network.ok) console.error(network.error.message);
 * // 'Invalid buffer network: [12].places.generic.occupied (centre "c-012"): more occupied than active places (…)'
 * ```
 */
export function parseNetwork(input: unknown): Result<Network, ValidationError> {
  // decode checks the depth first, so no network nested too deeply reaches the decoders.
  const parsed = decode('buffer network', networkDecoder, input);
  if (!parsed.ok)
    return err(validationError('buffer network', withCentreIds(parsed.error.issues, input)));
  const seen = new Map<string, number>();
  const duplicates: ValidationIssue[] = [];
  parsed.value.forEach((centre, index) => {
    const first = seen.get(centre.id);
    if (first === undefined) seen.set(centre.id, index);
    else
      duplicates.push({
        path: `[${index}].id`,
        message: `the id of centre [${first}] again`,
        expected: 'a different id for each centre',
        received: centre.id,
      });
  });
  const [first, ...rest] = duplicates;
  if (first !== undefined) return err(validationError('buffer network', [first, ...rest]));
  return ok(parsed.value as Network);
}

/** Adds the centre's id to each path that starts at a centre, so a reader finds it in the data. */
function withCentreIds(
  issues: readonly ValidationIssue[],
  input: unknown,
): [ValidationIssue, ...ValidationIssue[]] {
  const named = issues.map((issue) => {
    const index = /^\[(\d+)\]/.exec(issue.path)?.[1];
    const id: unknown =
      index === undefined || !Array.isArray(input)
        ? undefined
        : (input[Number(index)] as { id?: unknown } | undefined)?.id;
    return typeof id === 'string'
      ? { ...issue, message: `${issue.message} (centre "${id}")` }
      : issue;
  });
  return named as [ValidationIssue, ...ValidationIssue[]];
}
