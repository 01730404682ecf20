import {
  boolean,
  decode,
  object,
  optional,
  OpvangValidationError,
  range,
  refine,
  type Citation,
} from '../shared/index.js';

/**
 * Where the rules of the buffer policy come from: Fedasil's management plan (seed `002`,
 * OD 1.2), each rule as a citation with the Dutch words of the source. `docs/buffer.md` shows the
 * same citations, and a test reads every quote in `sources/`. What the source does not say (the
 * inclusive edges, the 90% target, the 75% specific minimum, the `quality` criterion) is ours.
 *
 * @example
 * ```ts
 * policySources.band.lines; // [515, 519]
 * ```
 */
export const policySources = {
  section: { seed: '002', lines: [470, 589], quote: 'We des/activeren bufferplaatsen' },
  band: {
    seed: '002',
    lines: [515, 519],
    quote:
      'een globale bezettingsgraad tussen de 85% en de 94% moet handhaven, via activering of desactivering van generieke bufferplaatsen',
  },
  specificPlaces: {
    seed: '002',
    lines: [519, 523],
    quote: 'Voor de specifieke plaatsen geldt een lagere minimale',
  },
  bufferPlace: {
    seed: '002',
    lines: [494, 500],
    quote:
      'ongebruikte delen van opvang- centra als over niet-actieve buffercentra, die conform zijn aan de minimale normen',
  },
  // The policy only starts once occupancy falls.
  start: {
    seed: '002',
    lines: [525, 525],
    quote: 'De implementatie van het bufferbeleid zal afhangen van een daling van de bezetting',
  },
  monitoringCommittee: {
    seed: '002',
    lines: [545, 551],
    quote: 'een buffermonitoringcomité aanstellen',
  },
  existingCentres: {
    seed: '002',
    lines: [556, 558],
    quote: 'We verkiezen buffercapaciteit in bestaande centra',
  },
  proportion: {
    seed: '002',
    lines: [558, 560],
    quote:
      'de buffercapaciteit evenredig uitgebouwd bij federale opvangcentra en de opvangcentra van de partners',
  },
  cost: {
    seed: '002',
    lines: [560, 564],
    quote:
      'waarbij we vooral de duurste plaatsen afbouwen, maar niet noodzakelijk alleen de goedkoopste plaatsen behouden',
  },
  spread: {
    seed: '002',
    lines: [564, 566],
    quote: 'het criterium van een geografische spreiding van opvangstructuren',
  },
  measurable: {
    seed: '002',
    lines: [566, 568],
    quote: 'geobjectiveerd worden aan de hand van meetbare',
  },
  notMathematical: {
    seed: '002',
    lines: [570, 572],
    quote: 'mag echter niet beschouwd worden als een louter mathematische oefening',
  },
  // The criteria for reducing capacity (afbouw) when inflow stays low, not for (de)activating buffer places.
  reduction: {
    seed: '002',
    lines: [574, 579],
    quote: 'kwaliteit, kostprijs, locatie en de voorkeuren van de Federale Regering',
  },
  scenarios: {
    seed: '002',
    lines: [552, 556],
    quote: 'elk scenario van duidelijke aannames, onzekerheidsmarges en beleidsimplicaties',
  },
  predictability: {
    seed: '002',
    lines: [3106, 3108],
    quote: 'meer voorspelbaarheid creëren voor lokale stakeholders',
  },
} as const satisfies Readonly<Record<string, Citation>>;

/** An occupancy band: a minimum, a maximum, whether each is inclusive, and a target inside. */
export interface OccupancyBand {
  /** Lowest occupancy within the band, 0–1. */
  readonly min: number;
  /** Highest occupancy within the band, 0–1. */
  readonly max: number;
  /** Whether exactly `min` is within the band. */
  readonly minInclusive: boolean;
  /** Whether exactly `max` is within the band. */
  readonly maxInclusive: boolean;
  /** The occupancy a plan brings the network back to; inside the band. */
  readonly target: number;
}

/** The buffer policy. */
export interface BufferPolicy {
  /**
   * Generic places, and the global figure: 85% to 94% (the source, seed `002`, lines 515-519),
   * target 90% (ours). Reading the source's network-wide *globale bezettingsgraad* over generic
   * places only is ours too: the source keeps it with generic buffer places.
   */
  readonly generic: OccupancyBand;
  /** Specific places (medical and the like): a lower minimum, with no value in the source; 75% is ours. */
  readonly specific: OccupancyBand;
}

/**
 * The default policy. From the source: the generic band of 85%–94%. Ours, where the source is
 * silent: both bounds inclusive; the target point 90%, in the middle of the band; the specific
 * band 75%–94% with a target of 85%.
 */
export const defaultPolicy: BufferPolicy = {
  generic: { min: 0.85, max: 0.94, minInclusive: true, maxInclusive: true, target: 0.9 },
  specific: { min: 0.75, max: 0.94, minInclusive: true, maxInclusive: true, target: 0.85 },
};

// Decoders, not zod: the occupancy dashboard (issue 17) runs the policy in the browser; see
// docs/development.md, "Validation and its messages".
const share = range({ min: 0, max: 1 });
const flag = boolean();
const band = refine(
  object({ min: share, max: share, minInclusive: flag, maxInclusive: flag, target: share }),
  (value, fail) => {
    // Each rule on its own: a band can break more than one.
    if (!(value.min < value.max))
      fail('min', { message: 'min not below max', expected: 'min < max', received: value.min });
    if (!(value.target >= value.min && value.target <= value.max))
      fail('target', {
        message: 'target outside the band',
        expected: 'min ≤ target ≤ max',
        received: value.target,
      });
    if (!(value.target > 0))
      fail('target', {
        message: 'a target of 0',
        expected: 'a target above 0',
        received: value.target,
      });
  },
);
const bandOverrides = object({
  min: optional(share),
  max: optional(share),
  minInclusive: optional(flag),
  maxInclusive: optional(flag),
  target: optional(share),
});
const overridesDecoder = object({
  generic: optional(bandOverrides),
  specific: optional(bandOverrides),
});
const policyDecoder = object({ generic: band, specific: band });

/** A policy with some settings changed, e.g. `{ generic: { maxInclusive: false } }`. */
export interface PolicyOverrides {
  readonly generic?: Partial<OccupancyBand>;
  readonly specific?: Partial<OccupancyBand>;
}

/**
 * The default policy with overrides, checked: bounds between 0 and 1, min below max, the
 * target inside the band.
 *
 * @throws `OpvangValidationError` (from `@opvang/core/shared`) naming the setting, e.g. `generic.target`.
 *
 * @example
 * ```ts
 * const policy = bufferPolicy({ generic: { target: 0.92, maxInclusive: false } });
 * ```
 */
export function bufferPolicy(overrides: PolicyOverrides = {}): BufferPolicy {
  // decode checks the depth first, so no overrides nested too deeply reach the decoders.
  const shape = decode('buffer policy', overridesDecoder, overrides);
  if (!shape.ok) throw new OpvangValidationError(shape.error);
  // The overrides as given, not as read: a setting given as `undefined` replaces the default
  // and is reported, as it always was, rather than quietly falling back to the default.
  const merged = {
    generic: { ...defaultPolicy.generic, ...overrides.generic },
    specific: { ...defaultPolicy.specific, ...overrides.specific },
  };
  const checked = decode('buffer policy', policyDecoder, merged);
  if (!checked.ok) throw new OpvangValidationError(checked.error);
  return checked.value;
}

/** Where an occupancy stands against a band. */
export type BandStatus = 'below' | 'within' | 'above';

/**
 * An occupancy against a band, with the band's inclusive or exclusive edges.
 *
 * @example
 * ```ts
 * bandStatus(0.94, defaultPolicy.generic); // 'within' (inclusive by default)
 * bandStatus(0.94, { ...defaultPolicy.generic, maxInclusive: false }); // 'above'
 * ```
 */
export function bandStatus(occupancy: number, band: OccupancyBand): BandStatus {
  if (occupancy < band.min || (occupancy === band.min && !band.minInclusive)) return 'below';
  if (occupancy > band.max || (occupancy === band.max && !band.maxInclusive)) return 'above';
  return 'within';
}
