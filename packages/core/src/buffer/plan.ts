import * as z from 'zod/mini';
import { depthError, fromZodIssues, OpvangValidationError } from '../shared/index.js';
import { bandOf, targetGap, totalsOf } from './assess.js';
import { placeKinds, type Centre, type Network, type PlaceCounts, type PlaceKind } from './network.js';
import { provinceIds as provinces, type ProvinceId as Province } from '../shared/index.js';
import type { BufferPolicy } from './policy.js';

/** The criteria a plan weighs, from the source (lines 556-579). */
export const planCriteria = ['existing-centre', 'proportional-operators', 'cost', 'geographic-spread', 'quality'] as const;

/** One of {@link planCriteria}. */
export type PlanCriterion = (typeof planCriteria)[number];

/** How a plan weighs its criteria, and its guard on geographic spread. */
export interface PlanPreferences {
  /** Weight of each criterion, 0 or more. Default 1 each, quality 0.5. */
  readonly weights: { readonly [C in PlanCriterion]: number };
  /**
   * Geographic spread as a guard: no province's share of active places of a kind may drop more
   * than this below its share before the plan (0.05 = five percentage points). Default 0.05.
   */
  readonly maxProvinceShareDrop: number;
  /** How many places the plan moves per choice, as a share of the gap: 1/40 by default (at least one place). */
  readonly rounds: number;
}

/** Our defaults (the source gives criteria, not numbers). */
export const defaultPreferences: PlanPreferences = {
  weights: { 'existing-centre': 1, 'proportional-operators': 1, cost: 1, 'geographic-spread': 1, quality: 0.5 },
  maxProvinceShareDrop: 0.05,
  rounds: 40,
};

/** How one criterion scored a centre when it was chosen. */
export interface CriterionScore {
  readonly criterion: PlanCriterion;
  /** 0 (against) to 1 (for). */
  readonly score: number;
  readonly weight: number;
  /** score × weight. */
  readonly contribution: number;
}

/** One line of a plan: which centre, which kind, how many places, and why. */
export interface PlanLine {
  readonly centreId: string;
  readonly centreName: string;
  readonly province: Province;
  readonly operator: 'federal' | 'partner';
  readonly kind: PlaceKind;
  readonly action: 'activate' | 'deactivate';
  readonly places: number;
  /** The criteria at the first choice of this centre, largest contribution first. */
  readonly reasons: readonly CriterionScore[];
  /** The weighted total of the chosen centre at that choice. */
  readonly total: number;
  /** The best three other centres at that choice, and their totals. */
  readonly alternatives: ReadonlyArray<{ readonly centreId: string; readonly total: number }>;
}

/** The state of the network before or after a plan. */
export interface PlanEffect {
  /** Occupancy per kind present; `null` without active places. */
  readonly occupancy: { readonly [K in PlaceKind]?: number | null };
  /** Euros per day: active places at their cost, buffer places at theirs. */
  readonly dailyCost: number;
  /** Each province's share of active generic places. */
  readonly spread: { readonly [P in Province]?: number };
}

/** A recommendation: what to activate and deactivate, and its effect. A person decides. */
export interface BufferPlan {
  readonly lines: readonly PlanLine[];
  readonly before: PlanEffect;
  readonly after: PlanEffect;
  /** Places the plan could not move for a kind (not enough buffer, or the spread guard), with why. */
  readonly shortfalls: ReadonlyArray<{ readonly kind: PlaceKind; readonly places: number; readonly reason: 'not-enough-buffer' | 'not-enough-empty-places' | 'spread-guard' }>;
  readonly preferences: PlanPreferences;
}

const weight = z.number().check(z.minimum(0), z.maximum(100));
const preferencesSchema = z.strictObject({
  weights: z.optional(z.partial(z.strictObject({ 'existing-centre': weight, 'proportional-operators': weight, cost: weight, 'geographic-spread': weight, quality: weight }))),
  maxProvinceShareDrop: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
  rounds: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(10_000))),
});

/** Preferences as given, over the defaults; checked. */
export function planPreferences(overrides: { readonly weights?: Partial<PlanPreferences['weights']>; readonly maxProvinceShareDrop?: number; readonly rounds?: number } = {}): PlanPreferences {
  const tooDeep = depthError('plan preferences', overrides);
  if (tooDeep !== undefined) throw new OpvangValidationError(tooDeep);
  const parsed = preferencesSchema.safeParse(overrides);
  if (!parsed.success) throw new OpvangValidationError(fromZodIssues('plan preferences', parsed.error.issues, overrides));
  return {
    weights: { ...defaultPreferences.weights, ...parsed.data.weights } as PlanPreferences['weights'],
    maxProvinceShareDrop: parsed.data.maxProvinceShareDrop ?? defaultPreferences.maxProvinceShareDrop,
    rounds: parsed.data.rounds ?? defaultPreferences.rounds,
  };
}

const clamp = (value: number) => (value < 0 ? 0 : value > 1 ? 1 : value);
const provinceIndex = new Map<Province, number>(provinces.map((province, index) => [province, index]));

/** The places of a kind, per centre, in typed arrays: the planner's working copy. */
interface KindState {
  readonly active: Float64Array;
  readonly occupied: Float64Array;
  readonly buffer: Float64Array;
  readonly province: Uint8Array;
  readonly federal: Uint8Array;
  readonly otherActive: Float64Array;
  readonly provinceActive: Float64Array;
  totalActive: number;
  federalCapacity: number;
  totalCapacity: number;
  federalBuffer: number;
  totalBuffer: number;
}

function kindState(network: Network, kind: PlaceKind): KindState {
  const size = network.length;
  const state: KindState = {
    active: new Float64Array(size),
    occupied: new Float64Array(size),
    buffer: new Float64Array(size),
    province: new Uint8Array(size),
    federal: new Uint8Array(size),
    otherActive: new Float64Array(size),
    provinceActive: new Float64Array(provinces.length),
    totalActive: 0,
    federalCapacity: 0,
    totalCapacity: 0,
    federalBuffer: 0,
    totalBuffer: 0,
  };
  network.forEach((centre, index) => {
    const places = centre.places[kind];
    const province = provinceIndex.get(centre.province) ?? 0;
    state.province[index] = province;
    state.federal[index] = centre.operator.kind === 'federal' ? 1 : 0;
    let otherActive = 0;
    for (const other of placeKinds) if (other !== kind) otherActive += centre.places[other]?.active ?? 0;
    state.otherActive[index] = otherActive;
    if (places === undefined) return;
    state.active[index] = places.active;
    state.occupied[index] = places.occupied;
    state.buffer[index] = places.buffer;
    state.provinceActive[province] = (state.provinceActive[province] as number) + places.active;
    state.totalActive += places.active;
    state.totalCapacity += places.active + places.buffer;
    state.totalBuffer += places.buffer;
    if (centre.operator.kind === 'federal') {
      state.federalCapacity += places.active + places.buffer;
      state.federalBuffer += places.buffer;
    }
  });
  return state;
}

function qualityOf(centre: Centre): number {
  return clamp((centre.quality ?? 0.5) + (centre.longTermPotential === true ? 0.1 : 0));
}

/**
 * A rebalancing plan: the activations or deactivations of places, per centre and kind, that
 * bring each kind back to its target occupancy, chosen by weighted criteria from the source:
 * 1. buffer places in existing centres first (`existing-centre`);
 * 2. buffer built up in proportion between federal and partner centres (`proportional-operators`);
 * 3. when reducing, the most expensive places first, but cost is one weighted criterion among
 *    several, so the cheapest are not simply all that remains (`cost`);
 * 4. geographic spread: a score, and a guard that no province's share drops more than
 *    `maxProvinceShareDrop` below its share before the plan (`geographic-spread`);
 * 5. quality and long-term potential (`quality`).
 *
 * Every line carries the criteria that chose it and what the best alternatives scored. The
 * plan never activates more than a centre's buffer and never deactivates occupied places.
 *
 * @example
 * ```ts
 * const result = plan(network, defaultPolicy);
 * for (const line of result.lines) console.log(describePlanLine(line, 'nl'));
 * result.before.occupancy.generic; // 0.97
 * result.after.occupancy.generic; // 0.9
 * ```
 */
export function plan(network: Network, policy: BufferPolicy, preferences: PlanPreferences = defaultPreferences): BufferPlan {
  const lines: PlanLine[] = [];
  const shortfalls: Array<BufferPlan['shortfalls'][number]> = [];
  for (const kind of placeKinds) {
    const totals = totalsOf(network, kind);
    if (!totals.present) continue;
    const gap = targetGap(totals.active, totals.occupied, bandOf(policy, kind));
    if (gap === 0) continue;
    const feasible = gap > 0 ? Math.min(gap, totals.buffer) : -Math.min(-gap, totals.active - totals.occupied);
    if (feasible !== gap) shortfalls.push({ kind, places: Math.abs(gap - feasible), reason: gap > 0 ? 'not-enough-buffer' : 'not-enough-empty-places' });
    if (feasible === 0) continue;
    const left = planKind(network, kind, feasible, preferences, lines);
    if (left > 0) shortfalls.push({ kind, places: left, reason: 'spread-guard' });
  }
  const after = applyPlan(network, lines);
  return { lines, before: effectOf(network), after: effectOf(after), shortfalls, preferences };
}

/**
 * Fills `lines` for one kind; returns the places it could not place.
 *
 * Of the five criteria, three do not change while the plan runs (existing centre, cost,
 * quality) and two depend only on the operator type and the province (proportion, spread).
 * So candidates are grouped by operator type and province and sorted once by their fixed
 * score; each choice compares only the head of each group (22 at most), which keeps a plan for
 * a network of 300 centres well under a millisecond.
 */
function planKind(network: Network, kind: PlaceKind, gap: number, preferences: PlanPreferences, lines: PlanLine[]): number {
  const activating = gap > 0;
  const state = kindState(network, kind);
  const reference = Float64Array.from(state.provinceActive, (active) => (state.totalActive === 0 ? 0 : active / state.totalActive));
  const { weights } = preferences;
  const size = network.length;
  const chunk = Math.max(1, Math.ceil(Math.abs(gap) / preferences.rounds));

  // The fixed part of each candidate's score.
  const costs = new Float64Array(size);
  let costLow = Number.POSITIVE_INFINITY;
  let costHigh = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < size; index += 1) {
    const centre = network[index] as Centre;
    costs[index] = activating ? centre.costPerPlacePerDay.active - centre.costPerPlacePerDay.buffer : centre.costPerPlacePerDay.active;
    if (available(state, index, activating) === 0) continue;
    costLow = Math.min(costLow, costs[index] as number);
    costHigh = Math.max(costHigh, costs[index] as number);
  }
  const fixed = new Float64Array(size);
  const existing = new Float64Array(size);
  const costScore = new Float64Array(size);
  const qualityScore = new Float64Array(size);
  const groups: number[][] = Array.from({ length: 2 * provinces.length }, () => []);
  for (let index = 0; index < size; index += 1) {
    if (available(state, index, activating) === 0) continue;
    const relative = costHigh === costLow ? 0.5 : ((costs[index] as number) - costLow) / (costHigh - costLow);
    const quality = qualityOf(network[index] as Centre);
    const othersActive = state.otherActive[index] as number;
    // Activating: buffer in a centre already open. Deactivating: a centre that stays open.
    existing[index] = activating ? ((state.active[index] as number) + othersActive > 0 ? 1 : 0) : (state.occupied[index] as number) + othersActive > 0 ? 1 : 0;
    // Activating: the smallest extra cost per day. Deactivating: the most expensive places first.
    costScore[index] = activating ? 1 - relative : relative;
    qualityScore[index] = activating ? quality : 1 - quality;
    fixed[index] = weights['existing-centre'] * (existing[index] as number) + weights.cost * (costScore[index] as number) + weights.quality * (qualityScore[index] as number);
    (groups[(state.federal[index] as number) * provinces.length + (state.province[index] as number)] as number[]).push(index);
  }
  for (const group of groups) group.sort((a, b) => (fixed[b] as number) - (fixed[a] as number) || a - b);
  const heads = new Int32Array(groups.length);

  const byCentre = new Map<number, number>();
  const topIndex = new Int32Array(4);
  const topTotal = new Float64Array(4);
  const proportional = new Float64Array(2);
  const spread = new Float64Array(provinces.length);
  let remaining = Math.abs(gap);
  // Every choice moves at least one place or exhausts a candidate, so this ends.
  while (remaining > 0) {
    const federalCapacityShare = state.totalCapacity === 0 ? 0.5 : state.federalCapacity / state.totalCapacity;
    const federalBufferShare = state.totalBuffer === 0 ? federalCapacityShare : state.federalBuffer / state.totalBuffer;
    const federalDeviation = federalBufferShare - federalCapacityShare;
    // Activating: take buffer from the operator type holding more than its share of it.
    // Deactivating: build buffer where the operator type holds less than its share.
    proportional[1] = clamp(0.5 + (activating ? federalDeviation : -federalDeviation));
    proportional[0] = clamp(0.5 + (activating ? -federalDeviation : federalDeviation));
    for (let province = 0; province < provinces.length; province += 1) {
      const deviation = state.totalActive === 0 ? 0 : (state.provinceActive[province] as number) / state.totalActive - (reference[province] as number);
      // Activating: provinces below their share gain. Deactivating: those above it give first.
      spread[province] = clamp(0.5 + (activating ? -deviation : deviation) * 5);
    }
    /** A candidate's total now, or undefined if there is none or the spread guard keeps it out. */
    const scoreOf = (index: number | undefined): number | undefined => {
      if (index === undefined) return undefined;
      const province = state.province[index] as number;
      if (!activating) {
        const amount = Math.min(chunk, available(state, index, activating), remaining);
        const share = state.totalActive > amount ? ((state.provinceActive[province] as number) - amount) / (state.totalActive - amount) : 0;
        if (state.totalActive > amount && share < (reference[province] as number) - preferences.maxProvinceShareDrop) return undefined;
      }
      return (fixed[index] as number) + weights['proportional-operators'] * (proportional[state.federal[index] as number] as number) + weights['geographic-spread'] * (spread[province] as number);
    };
    // The best four candidates, by total then index: the choice and three alternatives.
    topIndex.fill(-1);
    topTotal.fill(Number.NEGATIVE_INFINITY);
    for (let group = 0; group < groups.length; group += 1) {
      const members = groups[group] as number[];
      while ((heads[group] as number) < members.length && available(state, members[heads[group] as number] as number, activating) === 0) heads[group] = (heads[group] as number) + 1;
      const total = scoreOf(members[heads[group] as number]);
      if (total !== undefined) insertTop(topIndex, topTotal, members[heads[group] as number] as number, total);
    }
    const best = topIndex[0] as number;
    if (best < 0) break;
    // The runner-up within the best one's own group is an alternative too.
    const bestGroup = groups[(state.federal[best] as number) * provinces.length + (state.province[best] as number)] as number[];
    const runnerUp = bestGroup[bestGroup.indexOf(best) + 1];
    const runnerUpTotal = scoreOf(runnerUp);
    if (runnerUp !== undefined && runnerUpTotal !== undefined) insertTop(topIndex, topTotal, runnerUp, runnerUpTotal);
    const amount = Math.min(chunk, available(state, best, activating), remaining);
    const lineIndex = byCentre.get(best);
    if (lineIndex === undefined) {
      byCentre.set(best, lines.length);
      const scores = [existing[best], proportional[state.federal[best] as number], costScore[best], spread[state.province[best] as number], qualityScore[best]] as number[];
      const alternatives: Array<{ index: number; total: number }> = [];
      for (let rank = 1; rank < topIndex.length; rank += 1) if ((topIndex[rank] as number) >= 0) alternatives.push({ index: topIndex[rank] as number, total: topTotal[rank] as number });
      lines.push(newLine(network, best, kind, activating, amount, scores, topTotal[0] as number, alternatives, weights));
    } else {
      const line = lines[lineIndex] as PlanLine;
      lines[lineIndex] = { ...line, places: line.places + amount };
    }
    move(state, best, amount, activating);
    remaining -= amount;
  }
  return remaining;
}

/** Inserts a candidate into a short ranking, best first; ties go to the lower index. */
function insertTop(indices: Int32Array, totals: Float64Array, index: number, total: number): void {
  let rank = indices.length;
  while (rank > 0 && (total > (totals[rank - 1] as number) || (total === totals[rank - 1] && index < (indices[rank - 1] as number)) || (indices[rank - 1] as number) < 0)) rank -= 1;
  if (rank >= indices.length) return;
  for (let shift = indices.length - 1; shift > rank; shift -= 1) {
    indices[shift] = indices[shift - 1] as number;
    totals[shift] = totals[shift - 1] as number;
  }
  indices[rank] = index;
  totals[rank] = total;
}

function available(state: KindState, index: number, activating: boolean): number {
  return activating ? (state.buffer[index] as number) : (state.active[index] as number) - (state.occupied[index] as number);
}

function newLine(
  network: Network, index: number, kind: PlaceKind, activating: boolean, amount: number, scores: readonly number[],
  total: number, alternatives: ReadonlyArray<{ index: number; total: number }>, weights: PlanPreferences['weights'],
): PlanLine {
  const centre = network[index] as Centre;
  const rounded = (value: number) => Math.round(value * 1000) / 1000;
  const reasons = planCriteria
    .map((criterion, position): CriterionScore => {
      const score = rounded(scores[position] as number);
      return { criterion, score, weight: weights[criterion], contribution: rounded(score * weights[criterion]) };
    })
    .sort((a, b) => b.contribution - a.contribution);
  return {
    centreId: centre.id,
    centreName: centre.name,
    province: centre.province,
    operator: centre.operator.kind,
    kind,
    action: activating ? 'activate' : 'deactivate',
    places: amount,
    reasons,
    total: rounded(total),
    alternatives: alternatives.map((alternative) => ({ centreId: (network[alternative.index] as Centre).id, total: rounded(alternative.total) })),
  };
}

function move(state: KindState, index: number, amount: number, activating: boolean): void {
  const sign = activating ? 1 : -1;
  state.active[index] = (state.active[index] as number) + sign * amount;
  state.buffer[index] = (state.buffer[index] as number) - sign * amount;
  const province = state.province[index] as number;
  state.provinceActive[province] = (state.provinceActive[province] as number) + sign * amount;
  state.totalActive += sign * amount;
  state.totalBuffer -= sign * amount;
  if (state.federal[index] === 1) state.federalBuffer -= sign * amount;
}

/**
 * The network after a plan's lines: activated places move from buffer to active, deactivated
 * ones from active to buffer.
 *
 * @example
 * ```ts
 * const next = applyPlan(network, plan(network, defaultPolicy).lines);
 * ```
 */
export function applyPlan(network: Network, lines: readonly PlanLine[]): Network {
  const changes = new Map<string, Map<PlaceKind, number>>();
  for (const line of lines) {
    const byKind = changes.get(line.centreId) ?? new Map<PlaceKind, number>();
    byKind.set(line.kind, (byKind.get(line.kind) ?? 0) + (line.action === 'activate' ? line.places : -line.places));
    changes.set(line.centreId, byKind);
  }
  return network.map((centre) => {
    const byKind = changes.get(centre.id);
    if (byKind === undefined) return centre;
    const places: Partial<Record<PlaceKind, PlaceCounts>> = { ...centre.places };
    for (const [kind, delta] of byKind) {
      const current = places[kind] ?? { active: 0, occupied: 0, buffer: 0 };
      places[kind] = { active: current.active + delta, occupied: current.occupied, buffer: current.buffer - delta };
    }
    return { ...centre, places };
  });
}

/**
 * Occupancy per kind, daily cost and the provinces' shares of active generic places.
 *
 * @example
 * ```ts
 * effectOf(network).dailyCost; // 1_843_200
 * ```
 */
export function effectOf(network: Network): PlanEffect {
  const active = new Float64Array(placeKinds.length);
  const occupied = new Float64Array(placeKinds.length);
  const present = new Uint8Array(placeKinds.length);
  const byProvince = new Float64Array(provinces.length);
  const seen = new Uint8Array(provinces.length);
  let dailyCost = 0;
  for (const centre of network) {
    const { places } = centre;
    for (let kind = 0; kind < placeKinds.length; kind += 1) {
      const counts = places[placeKinds[kind] as PlaceKind];
      if (counts === undefined) continue;
      present[kind] = 1;
      active[kind] = (active[kind] as number) + counts.active;
      occupied[kind] = (occupied[kind] as number) + counts.occupied;
      dailyCost += counts.active * centre.costPerPlacePerDay.active + counts.buffer * centre.costPerPlacePerDay.buffer;
    }
    const province = provinceIndex.get(centre.province) ?? 0;
    seen[province] = 1;
    byProvince[province] = (byProvince[province] as number) + (places.generic?.active ?? 0);
  }
  const occupancy: Partial<Record<PlaceKind, number | null>> = {};
  placeKinds.forEach((kind, index) => {
    if (present[index] === 1) occupancy[kind] = active[index] === 0 ? null : (occupied[index] as number) / (active[index] as number);
  });
  const generic = active[0] as number;
  const spread: Partial<Record<Province, number>> = {};
  provinces.forEach((province, index) => {
    if (seen[index] === 1) spread[province] = generic === 0 ? 0 : (byProvince[index] as number) / generic;
  });
  return { occupancy, dailyCost: Math.round(dailyCost * 100) / 100, spread };
}

