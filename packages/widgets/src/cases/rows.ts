import type { ProvinceId } from '@opvang/core/provinces';
import { deployments } from '@opvang/core/register';
import { parseInstant } from '@opvang/core/shared';
import {
  caseStatus,
  loadCase,
  stepDefinition,
  type CaseStatus,
  type StepId,
  type TargetGroup,
} from '@opvang/core/step-plan';
import type { CaseDocument } from '../case-store/types.js';

/** A case's state in the portfolio: overdue, under way, or with every applicable step done or skipped. */
export type PortfolioState = 'overdue' | 'active' | 'completed';

/** One case of the portfolio, ready to show. */
export interface CaseRow {
  readonly caseId: string;
  readonly municipality: string;
  /** From the register's deployments for this municipality; `undefined` when the register does not know it. */
  readonly province: ProvinceId | undefined;
  readonly targetGroups: readonly TargetGroup[];
  readonly status: CaseStatus;
  readonly state: PortfolioState;
  /** The first step that can be worked on now, if any. */
  readonly nextStep: StepId | undefined;
  /** The earliest due instant of a step not yet done (epoch ms), if any; what the sort goes by. */
  readonly nextDue: number | undefined;
  /** The same instant as the core gives it (Brussels ISO 8601). */
  readonly nextDueText: string | undefined;
}

/** A document whose log the core cannot load: shown as such, never hidden. */
export interface BrokenRow {
  readonly caseId: string;
  readonly municipality: string;
  readonly message: string;
}

/** What the filters ask; `undefined` (or `''`) is "any". */
export interface CaseFilters {
  readonly province?: ProvinceId | 'unknown' | '';
  readonly state?: PortfolioState | '';
  readonly targetGroup?: TargetGroup | '';
  /** `yes`: only cases whose municipality said it did not need support; `no`: the others. */
  readonly supportNotNeeded?: 'yes' | 'no' | '';
}

/**
 * Which province a municipality is in, as far as the register knows (its deployments name
 * municipality and province, for the five Flemish provinces). The core has no list of every
 * Belgian municipality, and case facts carry no province, so a municipality the register does
 * not name has no province here: `extra` (the host page's own table) can add them.
 */
export function provinceOf(
  municipality: string,
  extra: Readonly<Record<string, ProvinceId>> = {},
): ProvinceId | undefined {
  return extra[municipality] ?? REGISTER_PROVINCES.get(municipality);
}

const REGISTER_PROVINCES = new Map<string, ProvinceId>(
  deployments.map((deployment) => [deployment.municipality, deployment.province]),
);

/**
 * Turns documents into rows at an instant: the case rebuilt with `loadCase`, its status from
 * `caseStatus`, sorted most urgent first (overdue first, the longest overdue at the top; then
 * by the next due instant; cases without one last, by municipality).
 *
 * @example
 * ```ts
 * const { rows, broken } = toRows(await store.list(), new Date());
 * rows[0]?.state; // 'overdue' when some case missed its 48-hour contact
 * ```
 */
export function toRows(
  documents: readonly CaseDocument[],
  now: Date,
  extraProvinces: Readonly<Record<string, ProvinceId>> = {},
  cache?: CaseCache,
): { rows: CaseRow[]; broken: BrokenRow[] } {
  const rows: CaseRow[] = [];
  const broken: BrokenRow[] = [];
  for (const document of documents) {
    const loaded = cache === undefined ? loadCase(document.log) : cache.load(document);
    if (!loaded.ok) {
      broken.push({
        caseId: document.caseId,
        municipality: document.municipality,
        message: loaded.error.message,
      });
      continue;
    }
    const state = loaded.value;
    const status = caseStatus(state, now);
    let nextDue: number | undefined;
    let nextDueText: string | undefined;
    for (const step of status.steps) {
      if (step.due === undefined || step.status === 'done' || step.status === 'skipped') continue;
      // A step with sub-steps carries its children's due dates, done ones included.
      if (step.status === 'not-applicable' || stepDefinition(step.id).children.length > 0) continue;
      const due = parseInstant(step.due);
      if (due !== undefined && (nextDue === undefined || due < nextDue)) {
        nextDue = due;
        nextDueText = step.due;
      }
    }
    rows.push({
      caseId: state.caseId,
      municipality: state.facts.municipality,
      province: provinceOf(state.facts.municipality, extraProvinces),
      targetGroups: state.facts.targetGroups,
      status,
      state:
        status.overdue.length > 0 ? 'overdue' : status.progress.ratio >= 1 ? 'completed' : 'active',
      nextStep: status.nextActionable[0],
      // A case that needs no support is not chased: it sorts as if nothing were due.
      nextDue: status.declined ? undefined : nextDue,
      nextDueText: status.declined ? undefined : nextDueText,
    });
  }
  rows.sort(byUrgency);
  return { rows, broken };
}

/**
 * Cases rebuilt from their logs, kept per case id and version: a list that changed in one case
 * (another person's append, every 3 s poll that finds something) replays only that case.
 */
export class CaseCache {
  readonly #loaded = new Map<string, { version: number; result: ReturnType<typeof loadCase> }>();

  /** The case of a document, replayed with `loadCase` only when its version is new. */
  load(document: CaseDocument): ReturnType<typeof loadCase> {
    const cached = this.#loaded.get(document.caseId);
    if (cached?.version === document.version) return cached.result;
    const result = loadCase(document.log);
    this.#loaded.set(document.caseId, { version: document.version, result });
    return result;
  }

  /** Forgets every case not in `documents` (deleted, or no longer visible to this person). */
  keep(documents: readonly CaseDocument[]): void {
    const ids = new Set(documents.map((document) => document.caseId));
    for (const caseId of this.#loaded.keys()) if (!ids.has(caseId)) this.#loaded.delete(caseId);
  }
}

function byUrgency(a: CaseRow, b: CaseRow): number {
  const overdue = Number(b.state === 'overdue') - Number(a.state === 'overdue');
  if (overdue !== 0) return overdue;
  const due = (a.nextDue ?? Number.POSITIVE_INFINITY) - (b.nextDue ?? Number.POSITIVE_INFINITY);
  if (due !== 0 && !Number.isNaN(due)) return due;
  return a.municipality.localeCompare(b.municipality) || a.caseId.localeCompare(b.caseId);
}

/**
 * The rows the filters let through, in the same order.
 *
 * @example
 * ```ts
 * filterRows(rows, { state: 'overdue', province: 'antwerpen' });
 * ```
 */
export function filterRows(rows: readonly CaseRow[], filters: CaseFilters): CaseRow[] {
  const { province, state, targetGroup, supportNotNeeded } = filters;
  return rows.filter(
    (row) =>
      (!province ||
        (province === 'unknown' ? row.province === undefined : row.province === province)) &&
      (!state || row.state === state) &&
      (!targetGroup || row.targetGroups.includes(targetGroup)) &&
      (!supportNotNeeded || row.status.declined === (supportNotNeeded === 'yes')),
  );
}
