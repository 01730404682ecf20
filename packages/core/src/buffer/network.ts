import * as z from 'zod/mini';
import {
  depthError,
  err,
  expecting,
  fromZodIssues,
  ok,
  validationError,
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

const count = z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000));
const counts = z.strictObject({ active: count, occupied: count, buffer: count }).check(
  z.refine((places) => places.occupied <= places.active, {
    ...expecting('more occupied than active places', 'occupied at most active'),
    path: ['occupied'],
  }),
);
const euros = z.number().check(z.minimum(0), z.maximum(100_000));
const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

const centreSchema = z.strictObject({
  id: text(100),
  name: text(200),
  municipality: text(100),
  province: z.enum(provinceIds as readonly [ProvinceId, ...ProvinceId[]]),
  operator: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('federal') }),
    z.strictObject({ kind: z.literal('partner'), name: text(200) }),
  ]),
  places: z.strictObject({
    generic: z.optional(counts),
    medical: z.optional(counts),
    'mental-health': z.optional(counts),
    'reduced-mobility': z.optional(counts),
    'unaccompanied-minors': z.optional(counts),
  }),
  costPerPlacePerDay: z.strictObject({ active: euros, buffer: euros }),
  activationLeadDays: z.number().check(z.int(), z.minimum(0), z.maximum(730)),
  quality: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
  longTermPotential: z.optional(z.boolean()),
});

const networkSchema = z.array(centreSchema).check(z.minLength(1), z.maxLength(10_000));

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
  const tooDeep = depthError('buffer network', input);
  if (tooDeep !== undefined) return err(tooDeep);
  const parsed = networkSchema.safeParse(input);
  if (!parsed.success) {
    const error = fromZodIssues('buffer network', parsed.error.issues, input);
    return err(validationError('buffer network', withCentreIds(error.issues, input)));
  }
  const seen = new Map<string, number>();
  const duplicates: ValidationIssue[] = [];
  parsed.data.forEach((centre, index) => {
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
  return ok(parsed.data as Network);
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
