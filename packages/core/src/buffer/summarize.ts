// Short texts from the figures, in the reader's language: what a chart says, for those who do
// not see it and for those who want the gist. Every figure comes from the data passed in.
import { formatCount, formatMoney, formatNumber, localeOfTag, type Locale } from '../i18n/index.js';
import type { Assessment } from './assess.js';
import { placeKindNames } from './messages.js';
import type { PlaceKind } from './network.js';
import type { BufferPlan } from './plan.js';
import type { BufferPolicy, OccupancyBand } from './policy.js';
import type { Projection } from './project.js';
import { summaryTexts, type SummaryTexts } from './summary-messages.js';

/**
 * The projection's summary speaks of 80% probability, as its P10–P90 range holds 80% of the
 * paths: a week counts while at most 20% of the paths are outside the band (with a margin
 * for rounding, since 1 − 0.8 is not 0.2 in floating point).
 */
const MAX_OUTSIDE = 0.2 + 1e-9;

const percent = (value: number, locale: Locale) =>
  formatNumber(value, locale, { style: 'percent', maximumFractionDigits: 0 });
const bandText = (band: OccupancyBand, locale: Locale) =>
  `${percent(band.min, locale)}–${percent(band.max, locale)}`;
const places = (count: number, texts: SummaryTexts, locale: Locale) =>
  formatCount(Math.round(count), locale, { one: texts.placeOne, other: texts.placeOther });
/** A count of places of a kind: `78 generic places`, or `1 place (generic places)`, since the kinds' names are plural. */
const placesOfKind = (count: number, kind: PlaceKind, texts: SummaryTexts, locale: Locale) =>
  count === 1
    ? `${places(1, texts, locale)} (${placeKindNames[locale][kind]})`
    : `${formatNumber(count, locale)} ${placeKindNames[locale][kind]}`;
const centres = (count: number, texts: SummaryTexts, locale: Locale) =>
  formatCount(count, locale, { one: texts.centreOne, other: texts.centreOther });

/**
 * Where occupancy stands, in two or three sentences: generic occupancy against the band, what
 * reaching the target would take and whether the buffer (or the empty places) allows it, the
 * specific kinds outside their band, and, above the band, that the buffer policy does not
 * apply yet: it starts only once occupancy falls (seed `002`, line 525).
 *
 * @example
 * ```ts
 * summarizeAssessment(assess(network, defaultPolicy), defaultPolicy, 'en');
 * // 'Occupancy of generic places is 97%: above the band of 85%–94%. Reaching the target of 90% takes activating 3,260 places; the buffer is enough for that. The buffer policy does not apply yet: …'
 * ```
 */
export function summarizeAssessment(
  assessment: Assessment,
  policy: BufferPolicy,
  tag: Locale,
): string {
  const locale = localeOfTag(tag);
  const texts = summaryTexts[locale];
  const { global } = assessment;
  const sentences: string[] = [];
  if (global.occupancy === null || global.status === 'no-active-places') {
    sentences.push(texts.noActivePlaces);
  } else {
    sentences.push(
      texts.occupancy({
        occupancy: percent(global.occupancy, locale),
        status: global.status,
        band: bandText(policy.generic, locale),
      }),
    );
    if (global.gapToTarget !== 0 && global.status !== 'within')
      sentences.push(
        texts.toTarget({
          activate: global.gapToTarget > 0,
          places: places(Math.abs(global.gapToTarget), texts, locale),
          target: percent(policy.generic.target, locale),
          coverable: global.coverable,
          buffer: places(global.buffer, texts, locale),
        }),
      );
  }
  const outside = assessment.kinds.filter(
    (kind) =>
      kind.kind !== 'generic' &&
      kind.occupancy !== null &&
      (kind.status === 'above' || kind.status === 'below'),
  );
  if (outside.length > 0)
    sentences.push(
      texts.specificOutside({
        list: outside
          .map(
            (kind) =>
              `${placeKindNames[locale][kind.kind]} (${percent(kind.occupancy ?? 0, locale)})`,
          )
          .join(', '),
      }),
    );
  if (global.status === 'above') sentences.push(texts.policyNotYet);
  return sentences.join(' ');
}

/**
 * What a plan recommends, in a few sentences: the places to activate and deactivate and in
 * how many centres, generic occupancy and the daily cost before and after, each shortfall said
 * plainly, and that it is a recommendation: a person decides (seed `002`, lines 566–572).
 *
 * @example
 * ```ts
 * summarizePlan(plan(network, defaultPolicy), 'en');
 * // 'The plan recommends activating 3,260 generic places in 201 centres. Occupancy of generic places would go from 97% to 90%, the cost per day from €1,843,200.00 to €1,907,011.00. This is a recommendation with its reasons, not a decision: a person decides.'
 * ```
 */
export function summarizePlan(plan: BufferPlan, tag: Locale): string {
  const locale = localeOfTag(tag);
  const texts = summaryTexts[locale];
  const sentences: string[] = [];
  // One part per action and kind, in the plan's order: "78 generic places in 1 centre".
  const groups = new Map<
    string,
    { action: 'activate' | 'deactivate'; kind: PlaceKind; places: number; centres: Set<string> }
  >();
  for (const line of plan.lines) {
    const key = `${line.action} ${line.kind}`;
    const group = groups.get(key) ?? {
      action: line.action,
      kind: line.kind,
      places: 0,
      centres: new Set<string>(),
    };
    group.places += line.places;
    group.centres.add(line.centreId);
    groups.set(key, group);
  }
  if (plan.lines.length === 0 && plan.shortfalls.length === 0) sentences.push(texts.planNone);
  else if (plan.lines.length > 0) {
    const parts = [...groups.values()].map((group) =>
      (group.action === 'activate' ? texts.planActivate : texts.planDeactivate)({
        places: placesOfKind(group.places, group.kind, texts, locale),
        centres: centres(group.centres.size, texts, locale),
      }),
    );
    sentences.push(texts.planMoves({ parts: parts.join(texts.and) }));
    const before = plan.before.occupancy.generic;
    const after = plan.after.occupancy.generic;
    if (typeof before === 'number' && typeof after === 'number')
      sentences.push(
        texts.planEffect({
          before: percent(before, locale),
          after: percent(after, locale),
          costBefore: formatMoney(plan.before.dailyCost, locale),
          costAfter: formatMoney(plan.after.dailyCost, locale),
        }),
      );
  }
  for (const shortfall of plan.shortfalls)
    sentences.push(
      texts.shortfall({
        what: placesOfKind(shortfall.places, shortfall.kind, texts, locale),
        one: shortfall.places === 1,
        // Only activating runs out of buffer; deactivating runs out of empty places or meets the guard.
        activate: shortfall.reason === 'not-enough-buffer',
        reason: texts[shortfall.reason],
      }),
    );
  sentences.push(texts.personDecides);
  return sentences.join(' ');
}

/**
 * What a projection says, in two or three sentences: until which week occupancy is within the
 * band with at least 80% probability each week (the weekly probability, not the chance of
 * staying within all those weeks together), the P10–P90 range in the last week, the places
 * activated and deactivated on average over the horizon, and the highest weekly probability
 * of going above the band.
 *
 * @example
 * ```ts
 * summarizeProjection(projection, defaultPolicy, 'en');
 * // 'Until week 14, occupancy is within the band of 85%–94% with at least 80% probability each week; in week 15 it is outside with 23% probability. In week 52, occupancy is between 86% and 93% (P10–P90); on average 420 places are activated and 0 places deactivated. …'
 * ```
 */
export function summarizeProjection(
  projection: Projection,
  policy: BufferPolicy,
  tag: Locale,
): string {
  const locale = localeOfTag(tag);
  const texts = summaryTexts[locale];
  const band = bandText(policy.generic, locale);
  const { weeks } = projection;
  const last = weeks.at(-1);
  if (last === undefined) return '';
  const sentences: string[] = [];
  const firstOutside = weeks.findIndex((week) => week.probabilityOutside > MAX_OUTSIDE);
  if (firstOutside < 0) sentences.push(texts.withinAll({ band, weeks: weeks.length }));
  else {
    const outside = percent(weeks[firstOutside]?.probabilityOutside ?? 0, locale);
    sentences.push(
      firstOutside === 0
        ? texts.outsideFirst({ band, outside })
        : texts.withinUntil({
            band,
            week: weeks[firstOutside - 1]?.week ?? firstOutside,
            next: weeks[firstOutside]?.week ?? firstOutside + 1,
            outside,
          }),
    );
  }
  sentences.push(
    texts.horizon({
      week: last.week,
      p10: percent(last.occupancy.p10, locale),
      p90: percent(last.occupancy.p90, locale),
      activated: places(
        weeks.reduce((sum, week) => sum + week.activated, 0),
        texts,
        locale,
      ),
      deactivated: places(
        weeks.reduce((sum, week) => sum + week.deactivated, 0),
        texts,
        locale,
      ),
    }),
  );
  const peak = weeks.reduce((best, week) =>
    week.probabilityAbove > best.probabilityAbove ? week : best,
  );
  if (peak.probabilityAbove > 0)
    sentences.push(
      texts.peakAbove({ probability: percent(peak.probabilityAbove, locale), week: peak.week }),
    );
  return sentences.join(' ');
}
