import type { Projection } from '@opvang/core/buffer';
import type { Locale } from '@opvang/core/i18n';
import { projectionMessages as messages } from './projection-messages.js';
import { money, percent, places } from './format.js';

/** The chances chart in words: the highest weekly chance above and below the band, and when. */
export function probabilitySummary(projection: Projection, locale: Locale): string {
  const m = messages[locale];
  let above = { value: 0, week: 0 };
  let below = { value: 0, week: 0 };
  for (const week of projection.weeks) {
    if (week.probabilityAbove > above.value)
      above = { value: week.probabilityAbove, week: week.week };
    if (week.probabilityBelow > below.value)
      below = { value: week.probabilityBelow, week: week.week };
  }
  if (below.value === 0)
    return m.probabilityAboveOnly({
      above: percent(above.value, locale),
      aboveWeek: String(above.week),
    });
  return m.probabilitySummary({
    above: percent(above.value, locale),
    aboveWeek: String(above.week),
    below: percent(below.value, locale),
    belowWeek: String(below.week),
  });
}

/** The activations chart in words: places activated and deactivated over the horizon, on average. */
export function changesSummary(projection: Projection, locale: Locale): string {
  let activated = 0;
  let deactivated = 0;
  for (const week of projection.weeks) {
    activated += week.activated;
    deactivated += week.deactivated;
  }
  return messages[locale].changesSummary({
    activated: places(activated, locale),
    deactivated: places(deactivated, locale),
    weeks: String(projection.weeks.length),
  });
}

/** The cost chart in words: the total over the horizon and the dearest week. */
export function costSummary(projection: Projection, locale: Locale): string {
  let total = 0;
  let peak = { cost: 0, week: 0 };
  for (const week of projection.weeks) {
    total += week.cost;
    if (week.cost > peak.cost) peak = { cost: week.cost, week: week.week };
  }
  return messages[locale].costSummary({
    total: money(total, locale),
    weeks: String(projection.weeks.length),
    peak: money(peak.cost, locale),
    peakWeek: String(peak.week),
  });
}
