import {
  deploymentsPerYear,
  type Deployment,
  type DeploymentsPerYear,
  type YearSpan,
} from '../register/index.js';
import { answerCase, type CaseQuestionOptions } from './cases.js';
import type {
  AuthorityLevel,
  CaseAnswer,
  Coverage,
  InvolvedByKind,
  InvolvementTiming,
  ReportCase,
} from './model.js';

/** What {@link parliamentaryQuestionReport} reads: the register's deployments and the case logs. */
export interface ReportInput {
  /** The register (`deployments` of `@opvang/core/register`), or a filtered part of it. */
  readonly deployments: readonly Deployment[];
  /** Cases of event log version 2 (`loadCase`); empty when none are available. */
  readonly cases: readonly ReportCase[];
}

/** What {@link parliamentaryQuestionReport} accepts besides the data. */
export interface ReportOptions extends CaseQuestionOptions {
  /** The years of the question. Default 2019-2023, as written question no. 22 asks. */
  readonly years?: YearSpan;
}

/** Question 2a over all cases: how many were involved before, on the day of, and after the announcement. */
export interface InvolvementSummary {
  readonly counts: Readonly<Record<InvolvementTiming, number>>;
  /** Cases whose log lacks the announcement, the involvement, or both. */
  readonly notRecorded: Readonly<Record<'announcement' | 'involvement' | 'both', number>>;
  readonly coverage: Coverage;
}

/** Question 2b over all cases: per level and per kind of who involved the officers. */
export interface AuthoritySummary {
  readonly levels: Readonly<Record<AuthorityLevel, number>>;
  readonly kinds: Readonly<Record<InvolvedByKind, number>>;
  readonly notRecorded: number;
  /** The level the Red Cross was counted under. */
  readonly redCross: 'federal' | 'other';
  readonly coverage: Coverage;
}

/** Question 2c over all cases. */
export interface SupportSummary {
  /** Cases that record an offer (an empty offer included). */
  readonly offeredRecorded: number;
  readonly deliveredRecorded: number;
  /** Cases whose municipality said it needed no support (`support-declined`). */
  readonly noSupportNeeded: number;
  /** How many cases were offered, and delivered, each catalogue item, by id, most offered first. */
  readonly items: readonly {
    readonly id: string;
    readonly offered: number;
    readonly delivered: number;
  }[];
  readonly coverage: Coverage;
}

/** The answers to written question no. 22 (seed `000`, lines 28-40) that the data can give. */
export interface ParliamentaryQuestionReport {
  /** Question 2a's overview per year, from the register, with ranges. */
  readonly perYear: DeploymentsPerYear;
  /** How many register entries there are, and how many cases were given and matched to one. */
  readonly register: {
    readonly deployments: number;
    readonly cases: number;
    readonly casesMatched: number;
  };
  readonly cases: readonly CaseAnswer[];
  readonly involvement: InvolvementSummary;
  readonly authority: AuthoritySummary;
  readonly support: SupportSummary;
}

const DEFAULT_YEARS: YearSpan = { from: 2019, to: 2023 };

function coverage(
  answers: readonly CaseAnswer[],
  deployments: number,
  answered: (answer: CaseAnswer) => boolean,
): Coverage {
  const ids = new Set<string>();
  let casesAnswered = 0;
  for (const answer of answers) {
    if (!answered(answer)) continue;
    casesAnswered += 1;
    if (answer.register.kind === 'matched') ids.add(answer.register.deployment.id);
  }
  return { deployments, deploymentsAnswered: ids.size, cases: answers.length, casesAnswered };
}

/**
 * Answers written question no. 22 (seed `000`, lines 28-40) from the data: per year
 * 2019-2023 from the register, with ranges where a date allows two years and expected and
 * provisional entries apart (`deploymentsPerYear`); and per case, from the case logs, whether
 * the liaison officers were involved before, on the day of, or after the public announcement,
 * who involved them (local, federal, other), and the support offered and delivered. Each
 * answer carries its {@link Coverage}: the register holds none of the case answers, so for
 * a deployment without a matched case log they are not recorded, and the report says so.
 * Write it out with `reportToText` or `reportToCsv`.
 *
 * @example
 * ```ts
 * const report = parliamentaryQuestionReport({ deployments, cases: [] });
 * report.perYear.years[2]?.deployed; // 2021: { certain: 4, possible: 1, … }
 * report.involvement.coverage; // { deployments: 31, deploymentsAnswered: 0, cases: 0, casesAnswered: 0 }
 * ```
 */
export function parliamentaryQuestionReport(
  input: ReportInput,
  options: ReportOptions = {},
): ParliamentaryQuestionReport {
  const total = input.deployments.length;
  const answers = input.cases.map((state) => answerCase(state, input.deployments, options));

  const counts: Record<InvolvementTiming, number> = { before: 0, 'same-day': 0, after: 0 };
  const missing = { announcement: 0, involvement: 0, both: 0 };
  const levels: Record<AuthorityLevel, number> = { local: 0, federal: 0, other: 0 };
  const kinds: Record<InvolvedByKind, number> = {
    fedasil: 0,
    'red-cross': 0,
    municipality: 0,
    'minister-office': 0,
    other: 0,
  };
  let authorityMissing = 0;
  let offeredRecorded = 0;
  let deliveredRecorded = 0;
  let noSupportNeeded = 0;
  const items = new Map<string, { id: string; offered: number; delivered: number }>();
  const item = (id: string) => {
    let entry = items.get(id);
    if (entry === undefined) {
      entry = { id, offered: 0, delivered: 0 };
      items.set(id, entry);
    }
    return entry;
  };
  for (const answer of answers) {
    const { involvement, authority, support } = answer;
    if (involvement.kind === 'recorded') counts[involvement.timing] += 1;
    else missing[involvement.missing] += 1;
    if (authority.kind === 'recorded') {
      levels[authority.level] += 1;
      kinds[authority.by.kind] += 1;
    } else authorityMissing += 1;
    if (support.offered !== undefined) offeredRecorded += 1;
    if (support.delivered !== undefined) deliveredRecorded += 1;
    if (support.noSupportNeeded !== undefined) noSupportNeeded += 1;
    for (const ref of support.offered ?? []) item(ref.id).offered += 1;
    for (const ref of support.delivered ?? []) item(ref.id).delivered += 1;
  }

  return {
    perYear: deploymentsPerYear(input.deployments, options.years ?? DEFAULT_YEARS),
    register: {
      deployments: total,
      cases: answers.length,
      casesMatched: answers.filter((a) => a.register.kind === 'matched').length,
    },
    cases: answers,
    involvement: {
      counts,
      notRecorded: missing,
      coverage: coverage(answers, total, (a) => a.involvement.kind === 'recorded'),
    },
    authority: {
      levels,
      kinds,
      notRecorded: authorityMissing,
      redCross: options.redCross ?? 'federal',
      coverage: coverage(answers, total, (a) => a.authority.kind === 'recorded'),
    },
    support: {
      offeredRecorded,
      deliveredRecorded,
      noSupportNeeded,
      items: [...items.values()].sort((a, b) => b.offered - a.offered || a.id.localeCompare(b.id)),
      coverage: coverage(
        answers,
        total,
        (a) => a.support.offered !== undefined || a.support.noSupportNeeded !== undefined,
      ),
    },
  };
}
