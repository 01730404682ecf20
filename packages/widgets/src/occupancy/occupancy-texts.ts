import { networkToCsv, planToCsv, projectionToCsv, type Projection } from '@opvang/core/buffer';
import { formatNumber, type Locale } from '@opvang/core/i18n';
import type { Dashboard } from './dashboard.js';
import { download } from './download.js';
import { messages } from './messages.js';
import { places } from './now-view.js';
import { projectionMessages } from './projection-messages.js';
import type { ProjectionState } from './projection-view.js';

/** The plan in one sentence: places and centres activated and deactivated. */
function planSummary(dashboard: Dashboard, locale: Locale): string {
  const count = (action: 'activate' | 'deactivate') => {
    const lines = dashboard.plan.lines.filter((line) => line.action === action);
    return {
      places: places(
        lines.reduce((sum, line) => sum + line.places, 0),
        locale,
      ),
      centres: formatNumber(new Set(lines.map((line) => line.centreId)).size, locale),
    };
  };
  const activate = count('activate');
  const deactivate = count('deactivate');
  return messages[locale].planSummary({
    activate: activate.places,
    activateCentres: activate.centres,
    deactivate: deactivate.places,
    deactivateCentres: deactivate.centres,
  });
}

/** What the dashboard says for the slider's tolerance: the plan's summary and the projection's state. */
export function texts(
  dashboard: Dashboard,
  tolerance: number,
  locale: Locale,
): { readonly planSummary: string; readonly projection: ProjectionState } {
  const requirement = dashboard.requirement(tolerance);
  const bufferPlaces = requirement?.bufferPlaces ?? dashboard.currentBuffer;
  const projection = dashboard.projectionNow(bufferPlaces);
  const week =
    dashboard.settings.forecast.kind === 'normal'
      ? dashboard.settings.forecast.weeks[0]
      : undefined;
  const number = (value: number | undefined) => formatNumber(value ?? 0, locale);
  return {
    planSummary: planSummary(dashboard, locale),
    projection: {
      tolerance,
      requirement,
      projection,
      bufferPlaces,
      currentBuffer: dashboard.currentBuffer,
      summary: projectionSummary(projection, locale),
      forecastText: projectionMessages[locale].forecast({
        inflow: number(week?.inflow.mean),
        inflowSd: number(week?.inflow.sd),
        outflow: number(week?.outflow.mean),
        outflowSd: number(week?.outflow.sd),
      }),
    },
  };
}

/** The fan chart in words, until the core's summary is used. */
function projectionSummary(projection: Projection, locale: Locale): string {
  const last = projection.weeks[projection.weeks.length - 1];
  if (last === undefined) return '';
  return projectionMessages[locale].fanSummary({
    week: String(last.week),
    p10: formatNumber(last.occupancy.p10, locale, { style: 'percent', maximumFractionDigits: 1 }),
    p90: formatNumber(last.occupancy.p90, locale, { style: 'percent', maximumFractionDigits: 1 }),
  });
}

/** The downloads: the network template, the plan and the projection as CSV, from Blob URLs. */
export function exports(
  dashboard: Dashboard | undefined,
  locale: Locale,
): {
  readonly template: () => void;
  readonly plan: () => void;
  readonly projection: (projection: Projection) => void;
} {
  return {
    template: () =>
      download('opvang-network.csv', networkToCsv(dashboard?.network ?? []), 'text/csv'),
    plan: () => {
      if (dashboard !== undefined)
        download('opvang-plan.csv', planToCsv(dashboard.plan, locale), 'text/csv');
    },
    projection: (projection) =>
      download('opvang-projection.csv', projectionToCsv(projection, locale), 'text/csv'),
  };
}
