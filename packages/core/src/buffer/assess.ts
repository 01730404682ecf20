import type { Centre, Network, PlaceKind } from './network.js';
import { placeKinds } from './network.js';
import { bandStatus, type BandStatus, type BufferPolicy, type OccupancyBand } from './policy.js';

/** Where one kind of places (or the network) stands against its band. */
export interface KindAssessment {
  readonly kind: PlaceKind;
  readonly active: number;
  readonly occupied: number;
  readonly buffer: number;
  /** occupied ÷ active; `null` without active places. */
  readonly occupancy: number | null;
  readonly status: BandStatus | 'no-active-places';
  readonly band: OccupancyBand;
  /**
   * Places to activate (positive) or deactivate (negative) to get inside the band; 0 when
   * within. Deactivation never counts occupied places, and activation never more than the buffer.
   */
  readonly gapToBand: number;
  /** Places to activate (positive) or deactivate (negative) to reach the target. */
  readonly gapToTarget: number;
  /** Whether the buffer (or the empty active places) can cover `gapToTarget`. */
  readonly coverable: boolean;
}

/** One centre's occupancy per kind. */
export interface CentreAssessment {
  readonly id: string;
  readonly kinds: {
    readonly [K in PlaceKind]?: {
      readonly occupancy: number | null;
      readonly status: BandStatus | 'no-active-places';
    };
  };
}

/** The result of {@link assess}. */
export interface Assessment {
  /** Generic places: the global figure of the policy. */
  readonly global: KindAssessment;
  /** Each kind present in the network, generic first. */
  readonly kinds: readonly KindAssessment[];
  readonly centres: readonly CentreAssessment[];
}

export const bandOf = (policy: BufferPolicy, kind: PlaceKind): OccupancyBand =>
  kind === 'generic' ? policy.generic : policy.specific;

/**
 * The active places that keep `occupied` inside the band, as an interval: fewer active places
 * push occupancy up, more push it down. Edges follow the band's inclusiveness.
 */
function activeRange(
  occupied: number,
  band: OccupancyBand,
): { readonly least: number; readonly most: number } {
  // occupancy ≤ max ⇔ active ≥ occupied / max (strictly greater when max is exclusive).
  const atMax = occupied / band.max;
  const least = band.maxInclusive ? Math.ceil(atMax - 1e-9) : Math.floor(atMax) + 1;
  const atMin = band.min === 0 ? Number.POSITIVE_INFINITY : occupied / band.min;
  const most = band.minInclusive ? Math.floor(atMin + 1e-9) : Math.ceil(atMin) - 1;
  return { least, most };
}

/** Places to add (positive) or remove (negative) so that the active places reach the target. */
export function targetGap(active: number, occupied: number, band: OccupancyBand): number {
  if (occupied === 0) return active === 0 ? 0 : -active;
  return Math.round(occupied / band.target) - active;
}

export function assessKind(
  kind: PlaceKind,
  totals: { active: number; occupied: number; buffer: number },
  band: OccupancyBand,
): KindAssessment {
  const { active, occupied, buffer } = totals;
  const occupancy = active === 0 ? null : occupied / active;
  const status =
    occupancy === null
      ? occupied === 0
        ? 'no-active-places'
        : 'above'
      : bandStatus(occupancy, band);
  const range = activeRange(occupied, band);
  const gapToBand =
    status === 'above'
      ? range.least - active
      : status === 'below'
        ? Math.max(range.most, occupied) - active
        : 0;
  const gapToTarget = targetGap(active, occupied, band);
  const coverable = gapToTarget >= 0 ? gapToTarget <= buffer : -gapToTarget <= active - occupied;
  return {
    kind,
    active,
    occupied,
    buffer,
    occupancy,
    status,
    band,
    gapToBand,
    gapToTarget,
    coverable,
  };
}

/** The totals of one kind over the network. */
export function totalsOf(
  network: Network,
  kind: PlaceKind,
): { active: number; occupied: number; buffer: number; present: boolean } {
  let active = 0;
  let occupied = 0;
  let buffer = 0;
  let present = false;
  for (const centre of network) {
    const places = centre.places[kind];
    if (places === undefined) continue;
    present = true;
    active += places.active;
    occupied += places.occupied;
    buffer += places.buffer;
  }
  return { active, occupied, buffer, present };
}

function assessCentre(centre: Centre, policy: BufferPolicy): CentreAssessment {
  const kinds: Partial<
    Record<PlaceKind, { occupancy: number | null; status: BandStatus | 'no-active-places' }>
  > = {};
  for (const kind of placeKinds) {
    const places = centre.places[kind];
    if (places === undefined) continue;
    const occupancy = places.active === 0 ? null : places.occupied / places.active;
    kinds[kind] = {
      occupancy,
      status: occupancy === null ? 'no-active-places' : bandStatus(occupancy, bandOf(policy, kind)),
    };
  }
  return { id: centre.id, kinds };
}

/**
 * Occupancy against the policy, per kind, globally (generic places) and per centre, with the
 * gap in places to the band and to the target.
 *
 * @example
 * ```ts
 * const { global } = assess(network, defaultPolicy);
 * global.status; // 'above'
 * global.gapToTarget; // 412: activate 412 generic places to get back to 90%
 * ```
 */
export function assess(network: Network, policy: BufferPolicy): Assessment {
  const kinds: KindAssessment[] = [];
  for (const kind of placeKinds) {
    const totals = totalsOf(network, kind);
    if (totals.present || kind === 'generic')
      kinds.push(assessKind(kind, totals, bandOf(policy, kind)));
  }
  return {
    global: kinds[0] as KindAssessment,
    kinds,
    centres: network.map((centre) => assessCentre(centre, policy)),
  };
}
