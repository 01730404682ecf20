import { localeOfTag, type Locale } from '../i18n/index.js';
import {
  depthIssue,
  err,
  issue,
  ok,
  validationError,
  type Result,
  type ValidationError,
  type ValidationIssue,
} from '../shared/index.js';
import { catalogue } from './items.js';
import {
  audiences,
  catalogueKinds,
  phases,
  questionKinds,
  stepIds,
  type Audience,
  type CatalogueItem,
  type CatalogueKind,
  type Phase,
  type QuestionKind,
  type Referral,
  type StepId,
} from './model.js';
import { referrals } from './referrals.js';
import {
  rank,
  scoreDocument,
  searchDocument,
  tokenise,
  type MatchMode,
  type Ranked,
  type SearchDocument,
} from './search.js';

/** One value, or a list meaning "any of these". */
export type OneOrMany<T> = T | readonly T[];

/** The search part shared by both queries. */
export interface TextQuery {
  /** Words to look for in all four languages; empty or blank means no text search. */
  readonly text?: string;
  /** The language the user reads: its matches rank first. Search still covers all four. A tag such as `en-GB` is read as `negotiateLocale` reads it; an unsupported one is Dutch. */
  readonly locale?: Locale;
  /** `all` (default): every word must match; `any`: one is enough, more rank higher. */
  readonly match?: MatchMode;
}

/** What {@link queryCatalogue} accepts. Every filter is optional; filters combine with AND. */
export interface CatalogueQuery extends TextQuery {
  readonly kind?: OneOrMany<CatalogueKind>;
  readonly phase?: OneOrMany<Phase>;
  /** A step matches its sub-steps too: `'K'` finds items of `K.a`-`K.d`. */
  readonly step?: OneOrMany<StepId>;
  readonly audience?: OneOrMany<Audience>;
}

/** What {@link findReferrals} accepts. */
export interface ReferralQuery extends TextQuery {
  readonly questionKind?: OneOrMany<QuestionKind>;
}

/** A catalogue item with its relevance (0 when the query had no text). */
export interface CatalogueHit {
  readonly item: CatalogueItem;
  readonly score: number;
}

/** A referral entry with its relevance (0 when the query had no text). */
export interface ReferralHit {
  readonly referral: Referral;
  readonly score: number;
}

/**
 * Longest search text accepted: longer input is not a search but a mistake.
 *
 * @example
 * ```ts
 * queryCatalogue({ text: 'a'.repeat(MAX_TEXT_LENGTH + 1) }).ok; // false
 * ```
 */
export const MAX_TEXT_LENGTH = 200;

const matchModes = ['all', 'any'] as const;
const catalogueKeys = ['kind', 'phase', 'step', 'audience', 'text', 'locale', 'match'] as const;
const referralKeys = ['questionKind', 'text', 'locale', 'match'] as const;

const quoteAll = (values: readonly string[]): string =>
  values.map((v) => JSON.stringify(v)).join(', ');

/** Collects issues for one filter that takes one value or a non-empty list from `allowed`. */
function readFilter<T extends string>(
  input: Readonly<Record<string, unknown>>,
  key: string,
  allowed: readonly T[],
  issues: ValidationIssue[],
): readonly T[] | undefined {
  const value = input[key];
  if (value === undefined) return undefined;
  const expected = `one of ${quoteAll(allowed)}, or a non-empty array of them`;
  const isAllowed = (v: unknown): v is T =>
    typeof v === 'string' && (allowed as readonly string[]).includes(v);
  if (typeof value === 'string') {
    if (isAllowed(value)) return [value];
    issues.push({
      path: key,
      code: 'invalid',
      message: `unknown ${key}`,
      expected,
      received: value,
    });
    return undefined;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) {
      // An empty OR matches nothing; that is almost always a bug in the caller, so say so.
      issues.push({ path: key, code: 'invalid', message: 'empty list', expected, received: value });
      return undefined;
    }
    const values: T[] = [];
    value.forEach((element: unknown, index) => {
      if (isAllowed(element)) values.push(element);
      else
        issues.push({
          path: `${key}[${index}]`,
          code: 'invalid',
          message: `unknown ${key}`,
          expected: `one of ${quoteAll(allowed)}`,
          received: element,
        });
    });
    return values;
  }
  issues.push({
    path: key,
    code: 'invalid',
    message: 'not a string or an array',
    expected,
    received: value,
  });
  return undefined;
}

interface TextPart {
  readonly words: readonly string[];
  readonly locale: Locale | undefined;
  readonly mode: MatchMode;
}

function readText(input: Readonly<Record<string, unknown>>, issues: ValidationIssue[]): TextPart {
  const { text, locale, match } = input;
  let words: string[] = [];
  if (text !== undefined) {
    if (typeof text !== 'string')
      issues.push(issue('text', 'wrong-type', { type: 'string' }, text));
    else if (text.length > MAX_TEXT_LENGTH)
      issues.push(issue('text', 'too-long', { max: MAX_TEXT_LENGTH }, text));
    else words = tokenise(text);
  }
  // A language tag is read as everywhere in the core (`en-GB` is English, an unknown one Dutch);
  // only a value that is not a tag at all is an error.
  if (locale !== undefined && typeof locale !== 'string') {
    issues.push({
      path: 'locale',
      code: 'invalid',
      message: 'not a language tag',
      expected: 'a language tag such as "nl", "fr-BE" or "en-GB"',
      received: locale,
    });
  }
  if (match !== undefined && !(matchModes as readonly unknown[]).includes(match)) {
    issues.push({
      path: 'match',
      code: 'invalid',
      message: 'unknown match mode',
      expected: `one of ${quoteAll(matchModes)}`,
      received: match,
    });
  }
  return {
    words,
    locale: typeof locale === 'string' ? localeOfTag(locale) : undefined,
    mode: match === 'any' ? 'any' : 'all',
  };
}

/** Reads the object and its keys; issues for a non-object or unknown keys. */
function readObject(
  input: unknown,
  keys: readonly string[],
  issues: ValidationIssue[],
): Readonly<Record<string, unknown>> {
  const tooDeep = depthIssue(input);
  if (tooDeep !== undefined) {
    issues.push(tooDeep);
    return {};
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    issues.push({
      path: '',
      code: 'invalid',
      message: 'not a query object',
      expected: `an object with optional keys ${keys.join(', ')}`,
      received: input,
    });
    return {};
  }
  const record = input as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(record)) {
    if (!keys.includes(key)) issues.push(issue(key, 'unknown-key', { key, keys }, record[key]));
  }
  return record;
}

function failure(
  subject: string,
  issues: readonly ValidationIssue[],
): { readonly ok: false; readonly error: ValidationError } | undefined {
  const [first, ...rest] = issues;
  return first ? err(validationError(subject, [first, ...rest])) : undefined;
}

// Tokenised once, at module load: the catalogue is small and fixed.
const indexedItems: readonly {
  readonly entry: CatalogueItem;
  readonly document: SearchDocument;
}[] = catalogue.map((entry) => ({
  entry,
  document: searchDocument([
    { weight: 2, text: entry.label },
    { weight: 1, text: entry.description },
  ]),
}));

const indexedReferrals: readonly { readonly entry: Referral; readonly document: SearchDocument }[] =
  referrals.map((entry) => {
    const name = { nl: entry.name, fr: entry.name, de: entry.name, en: entry.name };
    return {
      entry,
      document: searchDocument([
        { weight: 2, text: name },
        { weight: 1, text: entry.explanation },
        { weight: 1, text: entry.when },
      ]),
    };
  });

/** Whether an item's steps meet a step filter: a step also matches its own sub-steps. */
function meetsStep(itemSteps: readonly StepId[], wanted: readonly StepId[]): boolean {
  return itemSteps.some((step) => wanted.some((w) => step === w || step.startsWith(`${w}.`)));
}

const anyOf = <T>(wanted: readonly T[] | undefined, value: T): boolean =>
  wanted === undefined || wanted.includes(value);

/**
 * Filters and searches the catalogue. Filters (`kind`, `phase`, `step`, `audience`) combine
 * with AND; a list within one filter means OR. `text` searches label and description in all
 * four languages, ignoring case and diacritics, tolerating typos, with a prefix match for the
 * last word; hits are ranked by relevance, ties in catalogue order. Without `text`, every
 * item that passes the filters is returned in catalogue order with score 0.
 *
 * The query is typed, and still checked at run time, because queries often come from a URL,
 * a form or JSON: an unknown filter value, an unknown key or a wrong type is an error (not an
 * empty result) naming the path (`kind`, `step[1]`), the expected values and what was received.
 *
 * @example
 * ```ts
 * const result = queryCatalogue({ kind: 'training-topic', text: 'beeldvorming' });
 * if (result.ok) result.value.map((hit) => hit.item.id); // ['topic-public-perception']
 *
 * const bad = queryCatalogue({ step: ['D.e', 'Z'] });
 * if (!bad.ok) bad.error.issues[0]; // { path: 'step[1]', expected: 'one of "A", "B", …', received: 'Z', … }
 * ```
 */
export function queryCatalogue(
  query: CatalogueQuery = {},
): Result<readonly CatalogueHit[], ValidationError> {
  const issues: ValidationIssue[] = [];
  const input = readObject(query, catalogueKeys, issues);
  const kind = readFilter(input, 'kind', catalogueKinds, issues);
  const phase = readFilter(input, 'phase', phases, issues);
  const step = readFilter(input, 'step', stepIds, issues);
  const audience = readFilter(input, 'audience', audiences, issues);
  const text = readText(input, issues);
  const failed = failure('catalogue query', issues);
  if (failed) return failed;

  const passing = indexedItems.filter(
    ({ entry: item }) =>
      anyOf(kind, item.kind) &&
      anyOf(phase, item.phase) &&
      (step === undefined || meetsStep(item.steps, step)) &&
      (audience === undefined || item.audience.some((a) => audience.includes(a))),
  );
  return ok(search(passing, text).map(({ entry, score }) => ({ item: entry.entry, score })));
}

/**
 * Filters and searches the referral map: by `questionKind` (one or a list, OR) and/or `text`
 * (searched in the service name, its explanation and the "when to go here" text, in all four
 * languages), with the same rules and errors as {@link queryCatalogue}.
 *
 * @example
 * ```ts
 * const result = findReferrals({ questionKind: 'school' });
 * if (result.ok) result.value.map((hit) => hit.referral.id); // ['clb', 'school']
 *
 * const byText = findReferrals({ text: 'mutualité', locale: 'fr' });
 * if (byText.ok) byText.value[0]?.referral.id; // 'health-insurer'
 * ```
 */
export function findReferrals(
  query: ReferralQuery = {},
): Result<readonly ReferralHit[], ValidationError> {
  const issues: ValidationIssue[] = [];
  const input = readObject(query, referralKeys, issues);
  const questionKind = readFilter(input, 'questionKind', questionKinds, issues);
  const text = readText(input, issues);
  const failed = failure('referral query', issues);
  if (failed) return failed;

  const passing = indexedReferrals.filter(
    ({ entry }) =>
      questionKind === undefined || entry.questionKinds.some((k) => questionKind.includes(k)),
  );
  return ok(search(passing, text).map(({ entry, score }) => ({ referral: entry.entry, score })));
}

/** Without words, everything that passed the filters, in order, with score 0; else ranked hits. */
function search<T extends { readonly document: SearchDocument }>(
  passing: readonly T[],
  text: TextPart,
): readonly Ranked<T>[] {
  if (text.words.length === 0) return passing.map((entry) => ({ entry, score: 0 }));
  const options = { locale: text.locale, mode: text.mode };
  return rank(passing, (entry) => scoreDocument(text.words, entry.document, options));
}
