import { decode, object, optional, OpvangValidationError, range } from '../shared/index.js';
import { bandOf, targetGap, totalsOf } from './assess.js';
import {
  placeKinds,
  type Centre,
  type Network,
  type PlaceCounts,
  type PlaceKind,
} from './network.js';
import { provinceIds as provinces, type ProvinceId as Province } from '../provinces/index.js';
import type { BufferPolicy } from './policy.js';

/** The criteria a plan weighs, from the source (lines 556-579). */
export const planCriteria = [
  'existing-centre',
  'proportional-operators',
  'cost',
  'geographic-spread',
  'quality',
] as const;

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
  /**
   * Into how many steps the plan divides a kind's gap: each choice moves at most
   * ⌈gap ÷ rounds⌉ places (at least one), so 40, the default, moves 1/40 of the gap per choice.
   * A divisor, not a count of choices: a centre with fewer places to give makes a smaller step,
   * and the plan takes more choices. More rounds: finer steps, more centres, slower plans.
   */
  readonly rounds: number;
}

/** Our defaults (the source gives criteria, not numbers). */
export const defaultPreferences: PlanPreferences = {
  weights: {
    'existing-centre': 1,
    'proportional-operators': 1,
    cost: 1,
    'geographic-spread': 1,
    quality: 0.5,
  },
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
  readonly shortfalls: ReadonlyArray<{
    readonly kind: PlaceKind;
    readonly places: number;
    readonly reason: 'not-enough-buffer' | 'not-enough-empty-places' | 'spread-guard';
  }>;
  readonly preferences: PlanPreferences;
}

// Decoders, not zod: the occupancy dashboard (issue 17) plans in the browser; see
// docs/development.md, "Validation and its messages".
const weight = optional(range({ min: 0, max: 100 }));
const preferencesDecoder = object({
  weights: optional(
    object({
      'existing-centre': weight,
      'proportional-operators': weight,
      cost: weight,
      'geographic-spread': weight,
      quality: weight,
    }),
  ),
  maxProvinceShareDrop: optional(range({ min: 0, max: 1 })),
  rounds: optional(range({ integer: true, min: 1, max: 10_000 })),
});

/** Preferences as given, over the defaults; checked. */
export function planPreferences(
  overrides: {
    readonly weights?: Partial<PlanPreferences['weights']>;
    readonly maxProvinceShareDrop?: number;
    readonly rounds?: number;
  } = {},
): PlanPreferences {
  // decode checks the depth first; a weight given as `undefined` keeps its default.
  const parsed = decode('plan preferences', preferencesDecoder, overrides);
  if (!parsed.ok) throw new OpvangValidationError(parsed.error);
  return {
    weights: {
      ...defaultPreferences.weights,
      ...parsed.value.weights,
    },
    maxProvinceShareDrop:
      parsed.value.maxProvinceShareDrop ?? defaultPreferences.maxProvinceShareDrop,
    rounds: parsed.value.rounds ?? defaultPreferences.rounds,
  };
}

/** The value within 0–1. */
function clamp(value: number): number {
  if (value < 0) return 0;
  return value > 1 ? 1 : value;
}
const provinceIndex = new Map<Province, number>(
  provinces.map((province, index) => [province, index]),
);
/** Where generic places are in {@link placeKinds}: looked up, not assumed to be first. */
const genericIndex = placeKinds.indexOf('generic');

/**
 * The places of a kind, per centre, in typed arrays: the planner's working copy. Named
 * accessors read the arrays, so the planner needs no casts for the type checker's
 * possibly-missing elements (`noUncheckedIndexedAccess`); V8 inlines them.
 */
class KindState {
  /** Centres in the network. */
  readonly size: number;
  readonly #active: Float64Array;
  readonly #occupied: Float64Array;
  readonly #buffer: Float64Array;
  readonly #province: Uint8Array;
  readonly #federal: Uint8Array;
  readonly #otherActive: Float64Array;
  readonly #provinceActive = new Float64Array(provinces.length);
  totalActive = 0;
  federalCapacity = 0;
  totalCapacity = 0;
  federalBuffer = 0;
  totalBuffer = 0;

  constructor(network: Network, kind: PlaceKind) {
    const size = network.length;
    this.size = size;
    this.#active = new Float64Array(size);
    this.#occupied = new Float64Array(size);
    this.#buffer = new Float64Array(size);
    this.#province = new Uint8Array(size);
    this.#federal = new Uint8Array(size);
    this.#otherActive = new Float64Array(size);
    network.forEach((centre, index) => this.#add(centre, index, kind));
  }

  #add(centre: Centre, index: number, kind: PlaceKind): void {
    const places = centre.places[kind];
    const province = provinceIndex.get(centre.province) ?? 0;
    const federal = centre.operator.kind === 'federal';
    this.#province[index] = province;
    this.#federal[index] = federal ? 1 : 0;
    let otherActive = 0;
    for (const other of placeKinds)
      if (other !== kind) otherActive += centre.places[other]?.active ?? 0;
    this.#otherActive[index] = otherActive;
    if (places === undefined) return;
    this.#active[index] = places.active;
    this.#occupied[index] = places.occupied;
    this.#buffer[index] = places.buffer;
    this.#provinceActive[province] = this.provinceActive(province) + places.active;
    this.totalActive += places.active;
    this.totalCapacity += places.active + places.buffer;
    this.totalBuffer += places.buffer;
    if (federal) {
      this.federalCapacity += places.active + places.buffer;
      this.federalBuffer += places.buffer;
    }
  }

  active(index: number): number {
    return this.#active[index] ?? 0;
  }

  occupied(index: number): number {
    return this.#occupied[index] ?? 0;
  }

  /** Active places of the centre's other kinds. */
  otherActive(index: number): number {
    return this.#otherActive[index] ?? 0;
  }

  /** The centre's province, as an index into {@link provinces}. */
  province(index: number): number {
    return this.#province[index] ?? 0;
  }

  /** 1 for a federal centre, 0 for a partner's. */
  operator(index: number): number {
    return this.#federal[index] ?? 0;
  }

  /** The candidates' group: operator type by province. */
  group(index: number): number {
    return this.operator(index) * provinces.length + this.province(index);
  }

  provinceActive(province: number): number {
    return this.#provinceActive[province] ?? 0;
  }

  /** A province's share of the kind's active places. */
  provinceShare(province: number): number {
    return this.totalActive === 0 ? 0 : this.provinceActive(province) / this.totalActive;
  }

  /** Places the centre can give: buffer to activate, or empty active places to deactivate. */
  available(index: number, activating: boolean): number {
    return activating ? (this.#buffer[index] ?? 0) : this.active(index) - this.occupied(index);
  }

  move(index: number, amount: number, activating: boolean): void {
    const change = activating ? amount : -amount;
    this.#active[index] = this.active(index) + change;
    this.#buffer[index] = (this.#buffer[index] ?? 0) - change;
    const province = this.province(index);
    this.#provinceActive[province] = this.provinceActive(province) + change;
    this.totalActive += change;
    this.totalBuffer -= change;
    if (this.operator(index) === 1) this.federalBuffer -= change;
  }
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
export function plan(
  network: Network,
  policy: BufferPolicy,
  preferences: PlanPreferences = defaultPreferences,
): BufferPlan {
  const lines: PlanLine[] = [];
  const shortfalls: Array<BufferPlan['shortfalls'][number]> = [];
  for (const kind of placeKinds) {
    const totals = totalsOf(network, kind);
    if (!totals.present) continue;
    const gap = targetGap(totals.active, totals.occupied, bandOf(policy, kind));
    if (gap === 0) continue;
    const feasible =
      gap > 0 ? Math.min(gap, totals.buffer) : -Math.min(-gap, totals.active - totals.occupied);
    if (feasible !== gap)
      shortfalls.push({
        kind,
        places: Math.abs(gap - feasible),
        reason: gap > 0 ? 'not-enough-buffer' : 'not-enough-empty-places',
      });
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
function planKind(
  network: Network,
  kind: PlaceKind,
  gap: number,
  preferences: PlanPreferences,
  lines: PlanLine[],
): number {
  const activating = gap > 0;
  const state = new KindState(network, kind);
  const reference = Float64Array.from(provinces, (_, province) => state.provinceShare(province));
  const fixed = new FixedScores(network, state, activating, preferences.weights);
  const groups = new CandidateGroups(state, fixed, activating);
  const live = new LiveScores();
  const chunk = Math.max(1, Math.ceil(Math.abs(gap) / preferences.rounds));
  const byCentre = new Map<number, number>();
  let remaining = Math.abs(gap);
  // Every choice moves at least one place (candidates with none left are skipped), so this ends.
  /** A candidate's total now, or undefined if there is none or the spread guard keeps it out. */
  const totalOf = (index: number | undefined): number | undefined => {
    if (index === undefined) return undefined;
    if (
      !activating &&
      breaksSpreadGuard(
        state,
        reference,
        index,
        Math.min(chunk, state.available(index, activating), remaining),
        preferences.maxProvinceShareDrop,
      )
    )
      return undefined;
    return (
      fixed.total(index) +
      preferences.weights['proportional-operators'] * live.proportional(state.operator(index)) +
      preferences.weights['geographic-spread'] * live.spread(state.province(index))
    );
  };
  while (remaining > 0) {
    live.update(state, reference, activating);
    const top = groups.best(totalOf);
    const best = top.index(0);
    const centre = network[best];
    if (centre === undefined) break;
    const amount = Math.min(chunk, state.available(best, activating), remaining);
    // Cannot happen (every candidate offered has places to give); if it did, stop rather than
    // loop, and the places left are reported as a shortfall.
    if (amount <= 0) break;
    const lineIndex = byCentre.get(best);
    const line = lineIndex === undefined ? undefined : lines[lineIndex];
    if (lineIndex === undefined || line === undefined) {
      byCentre.set(best, lines.length);
      const scores: Record<PlanCriterion, number> = {
        'existing-centre': fixed.existing(best),
        'proportional-operators': live.proportional(state.operator(best)),
        cost: fixed.cost(best),
        'geographic-spread': live.spread(state.province(best)),
        quality: fixed.quality(best),
      };
      lines.push(
        newLine(
          network,
          centre,
          kind,
          activating,
          amount,
          scores,
          top.total(0),
          top.alternatives(),
          preferences.weights,
        ),
      );
    } else {
      lines[lineIndex] = { ...line, places: line.places + amount };
    }
    state.move(best, amount, activating);
    remaining -= amount;
  }
  return remaining;
}

/**
 * Deactivating `amount` places at a centre would bring its province's share of active places
 * more than `maxDrop` below its share before the plan.
 */
function breaksSpreadGuard(
  state: KindState,
  reference: Float64Array,
  index: number,
  amount: number,
  maxDrop: number,
): boolean {
  if (state.totalActive <= amount) return false;
  const province = state.province(index);
  const share = (state.provinceActive(province) - amount) / (state.totalActive - amount);
  return share < (reference[province] ?? 0) - maxDrop;
}

/** The three criteria that do not change while the plan runs, per candidate, and their weighted sum. */
class FixedScores {
  readonly #existing: Float64Array;
  readonly #cost: Float64Array;
  readonly #quality: Float64Array;
  readonly #total: Float64Array;

  constructor(
    network: Network,
    state: KindState,
    activating: boolean,
    weights: PlanPreferences['weights'],
  ) {
    const size = network.length;
    this.#existing = new Float64Array(size);
    this.#cost = new Float64Array(size);
    this.#quality = new Float64Array(size);
    this.#total = new Float64Array(size);
    const costs = network.map((centre) =>
      activating
        ? centre.costPerPlacePerDay.active - centre.costPerPlacePerDay.buffer
        : centre.costPerPlacePerDay.active,
    );
    let costLow = Number.POSITIVE_INFINITY;
    let costHigh = Number.NEGATIVE_INFINITY;
    costs.forEach((cost, index) => {
      if (state.available(index, activating) === 0) return;
      costLow = Math.min(costLow, cost);
      costHigh = Math.max(costHigh, cost);
    });
    network.forEach((centre, index) => {
      if (state.available(index, activating) === 0) return;
      const relative =
        costHigh === costLow ? 0.5 : ((costs[index] ?? 0) - costLow) / (costHigh - costLow);
      const quality = qualityOf(centre);
      const existing = existingScore(state, index, activating);
      // Activating: the smallest extra cost per day. Deactivating: the most expensive places first.
      const cost = activating ? 1 - relative : relative;
      const qualityScore = activating ? quality : 1 - quality;
      this.#existing[index] = existing;
      this.#cost[index] = cost;
      this.#quality[index] = qualityScore;
      this.#total[index] =
        weights['existing-centre'] * existing +
        weights.cost * cost +
        weights.quality * qualityScore;
    });
  }

  existing(index: number): number {
    return this.#existing[index] ?? 0;
  }

  cost(index: number): number {
    return this.#cost[index] ?? 0;
  }

  quality(index: number): number {
    return this.#quality[index] ?? 0;
  }

  /** The weighted sum of the three. */
  total(index: number): number {
    return this.#total[index] ?? 0;
  }
}

/** Activating: buffer in a centre already open. Deactivating: a centre that stays open. */
function existingScore(state: KindState, index: number, activating: boolean): number {
  const staying = activating ? state.active(index) : state.occupied(index);
  return staying + state.otherActive(index) > 0 ? 1 : 0;
}

/** The two criteria that change as places move: per operator type, and per province. */
class LiveScores {
  readonly #proportional = new Float64Array(2);
  readonly #spread = new Float64Array(provinces.length);

  update(state: KindState, reference: Float64Array, activating: boolean): void {
    const federalCapacityShare =
      state.totalCapacity === 0 ? 0.5 : state.federalCapacity / state.totalCapacity;
    const federalBufferShare =
      state.totalBuffer === 0 ? federalCapacityShare : state.federalBuffer / state.totalBuffer;
    const federalDeviation = federalBufferShare - federalCapacityShare;
    // Activating: take buffer from the operator type holding more than its share of it.
    // Deactivating: build buffer where the operator type holds less than its share.
    this.#proportional[1] = clamp(0.5 + (activating ? federalDeviation : -federalDeviation));
    this.#proportional[0] = clamp(0.5 + (activating ? -federalDeviation : federalDeviation));
    for (let province = 0; province < provinces.length; province += 1) {
      const deviation =
        state.totalActive === 0
          ? 0
          : state.provinceActive(province) / state.totalActive - (reference[province] ?? 0);
      // Activating: provinces below their share gain. Deactivating: those above it give first.
      this.#spread[province] = clamp(0.5 + (activating ? -deviation : deviation) * 5);
    }
  }

  /** The `proportional-operators` score of an operator type (1 federal, 0 partner). */
  proportional(operator: number): number {
    return this.#proportional[operator] ?? 0;
  }

  /** The `geographic-spread` score of a province. */
  spread(province: number): number {
    return this.#spread[province] ?? 0;
  }
}

/** The candidates, grouped by operator type and province, each group sorted by fixed score once. */
class CandidateGroups {
  readonly #state: KindState;
  readonly #activating: boolean;
  readonly #groups: number[][];
  /** Per group, the first member that may still have places to give. */
  readonly #heads: Int32Array;
  readonly #top = new Ranking(4);

  constructor(state: KindState, fixed: FixedScores, activating: boolean) {
    this.#state = state;
    this.#activating = activating;
    this.#groups = Array.from({ length: 2 * provinces.length }, () => []);
    this.#heads = new Int32Array(this.#groups.length);
    for (let index = 0; index < state.size; index += 1) {
      if (state.available(index, activating) === 0) continue;
      this.#groups[state.group(index)]?.push(index);
    }
    for (const group of this.#groups)
      group.sort((a, b) => fixed.total(b) - fixed.total(a) || a - b);
  }

  /**
   * The best four candidates by `totalOf` (then index): the choice and three alternatives,
   * from the head of each group and the runner-up in the best one's own group.
   */
  best(totalOf: (index: number | undefined) => number | undefined): Ranking {
    const top = this.#top;
    top.clear();
    for (let group = 0; group < this.#groups.length; group += 1) {
      const head = this.#head(this.#groups[group] ?? [], group);
      const total = totalOf(head);
      if (head !== undefined && total !== undefined) top.insert(head, total);
    }
    const best = top.index(0);
    if (best < 0) return top;
    const own = this.#groups[this.#state.group(best)] ?? [];
    // The runner-up is the next member that still has places to give: an exhausted one could
    // tie with the best and be chosen, and a choice that moves nothing never ends the plan.
    let next = own.indexOf(best) + 1;
    while (next < own.length && this.#state.available(own[next] ?? 0, this.#activating) === 0)
      next += 1;
    const runnerUp = own[next];
    const runnerUpTotal = totalOf(runnerUp);
    if (runnerUp !== undefined && runnerUpTotal !== undefined) top.insert(runnerUp, runnerUpTotal);
    return top;
  }

  /** Skips the members that have nothing left to give; returns the first that has, if any. */
  #head(members: readonly number[], group: number): number | undefined {
    let head = this.#heads[group] ?? 0;
    while (
      head < members.length &&
      this.#state.available(members[head] ?? 0, this.#activating) === 0
    )
      head += 1;
    this.#heads[group] = head;
    return members[head];
  }
}

/** A short ranking of candidates, best first; ties go to the lower index. */
class Ranking {
  readonly #indices: Int32Array;
  readonly #totals: Float64Array;

  constructor(size: number) {
    this.#indices = new Int32Array(size);
    this.#totals = new Float64Array(size);
  }

  clear(): void {
    this.#indices.fill(-1);
    this.#totals.fill(Number.NEGATIVE_INFINITY);
  }

  /** The candidate at a rank, or -1. */
  index(rank: number): number {
    return this.#indices[rank] ?? -1;
  }

  total(rank: number): number {
    return this.#totals[rank] ?? Number.NEGATIVE_INFINITY;
  }

  /** Everything after the first: the alternatives to the choice. */
  alternatives(): Array<{ index: number; total: number }> {
    const alternatives: Array<{ index: number; total: number }> = [];
    for (let rank = 1; rank < this.#indices.length; rank += 1)
      if (this.index(rank) >= 0)
        alternatives.push({ index: this.index(rank), total: this.total(rank) });
    return alternatives;
  }

  insert(index: number, total: number): void {
    const size = this.#indices.length;
    let rank = size;
    while (rank > 0 && this.#ranksBelow(rank - 1, index, total)) rank -= 1;
    if (rank >= size) return;
    for (let shift = size - 1; shift > rank; shift -= 1) {
      this.#indices[shift] = this.index(shift - 1);
      this.#totals[shift] = this.total(shift - 1);
    }
    this.#indices[rank] = index;
    this.#totals[rank] = total;
  }

  /** Whether the entry at `rank` goes after a candidate with this index and total. */
  #ranksBelow(rank: number, index: number, total: number): boolean {
    if (this.index(rank) < 0) return true;
    return total > this.total(rank) || (total === this.total(rank) && index < this.index(rank));
  }
}

function newLine(
  network: Network,
  centre: Centre,
  kind: PlaceKind,
  activating: boolean,
  amount: number,
  scores: Readonly<Record<PlanCriterion, number>>,
  total: number,
  alternatives: ReadonlyArray<{ index: number; total: number }>,
  weights: PlanPreferences['weights'],
): PlanLine {
  const rounded = (value: number) => Math.round(value * 1000) / 1000;
  const reasons = planCriteria
    .map((criterion): CriterionScore => {
      const score = rounded(scores[criterion]);
      return {
        criterion,
        score,
        weight: weights[criterion],
        contribution: rounded(score * weights[criterion]),
      };
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
    alternatives: alternatives.map((alternative) => ({
      centreId: network[alternative.index]?.id ?? '',
      total: rounded(alternative.total),
    })),
  };
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
    byKind.set(
      line.kind,
      (byKind.get(line.kind) ?? 0) + (line.action === 'activate' ? line.places : -line.places),
    );
    changes.set(line.centreId, byKind);
  }
  return network.map((centre) => {
    const byKind = changes.get(centre.id);
    if (byKind === undefined) return centre;
    const places: Partial<Record<PlaceKind, PlaceCounts>> = { ...centre.places };
    for (const [kind, delta] of byKind) {
      const current = places[kind] ?? { active: 0, occupied: 0, buffer: 0 };
      places[kind] = {
        active: current.active + delta,
        occupied: current.occupied,
        buffer: current.buffer - delta,
      };
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
    placeKinds.forEach((kind, index) => {
      const counts = places[kind];
      if (counts === undefined) return;
      present[index] = 1;
      active[index] = (active[index] ?? 0) + counts.active;
      occupied[index] = (occupied[index] ?? 0) + counts.occupied;
      dailyCost +=
        counts.active * centre.costPerPlacePerDay.active +
        counts.buffer * centre.costPerPlacePerDay.buffer;
    });
    const province = provinceIndex.get(centre.province) ?? 0;
    seen[province] = 1;
    byProvince[province] = (byProvince[province] ?? 0) + (places.generic?.active ?? 0);
  }
  const occupancy: Partial<Record<PlaceKind, number | null>> = {};
  placeKinds.forEach((kind, index) => {
    if (present[index] === 1)
      occupancy[kind] = active[index] === 0 ? null : (occupied[index] ?? 0) / (active[index] ?? 0);
  });
  const generic = active[genericIndex] ?? 0;
  const spread: Partial<Record<Province, number>> = {};
  provinces.forEach((province, index) => {
    if (seen[index] === 1)
      spread[province] = generic === 0 ? 0 : (byProvince[index] ?? 0) / generic;
  });
  return { occupancy, dailyCost: Math.round(dailyCost * 100) / 100, spread };
}
