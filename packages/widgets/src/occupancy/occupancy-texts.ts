import {
  networkToCsv,
  planToCsv,
  projectionToCsv,
  summarizePlan,
  summarizeProjection,
  type Projection,
} from '@opvang/core/buffer';
import { formatNumber, type Locale } from '@opvang/core/i18n';
import type { Dashboard } from './dashboard.js';
import { download } from '../shared/download.js';
import { projectionMessages } from './projection-messages.js';
import type { ProjectionState } from './projection-view.js';

/** What the dashboard says for the slider's tolerance: the plan's summary and the projection's state. */
export function texts(
  dashboard: Dashboard,
  tolerance: number,
  locale: Locale,
): { readonly planSummary: () => string; readonly projection: ProjectionState } {
  const requirement = dashboard.requirement(tolerance);
  const bufferPlaces = requirement?.bufferPlaces ?? dashboard.currentBuffer;
  const projection = dashboard.projectionNow(bufferPlaces);
  const week =
    dashboard.settings.forecast.kind === 'normal'
      ? dashboard.settings.forecast.weeks[0]
      : undefined;
  const number = (value: number | undefined) => formatNumber(value ?? 0, locale);
  return {
    planSummary: () => summarizePlan(dashboard.plan, locale),
    projection: {
      tolerance,
      requirement,
      projection,
      bufferPlaces,
      currentBuffer: dashboard.currentBuffer,
      summary: summarizeProjection(projection, dashboard.policy, locale),
      forecastText: projectionMessages[locale].forecast({
        inflow: number(week?.inflow.mean),
        inflowSd: number(week?.inflow.sd),
        outflow: number(week?.outflow.mean),
        outflowSd: number(week?.outflow.sd),
      }),
    },
  };
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
