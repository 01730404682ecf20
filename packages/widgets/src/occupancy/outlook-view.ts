import type { Locale } from '@opvang/core/i18n';
import { describeProvince, type ProvinceId } from '@opvang/core/provinces';
import { html, type TemplateResult } from 'lit';
import type { Dashboard } from './dashboard.js';
import { percent, places } from './format.js';
import { nowView } from './now-view.js';
import { outlookMessages } from './outlook-messages.js';
import type { OutlookEstimate } from './outlook-estimate.js';
import type { OutlookChance } from '@opvang/core/buffer';

/** The area a municipality view shows: a province, or one municipality (and its province). */
export interface OutlookArea {
  readonly province: ProvinceId | undefined;
  readonly municipality: string | undefined;
}

/** A chance with its margin: `32% ± 4%`. */
const chance = (value: OutlookChance, locale: Locale): string =>
  value.margin === 0
    ? percent(value.probability, locale)
    : `${percent(value.probability, locale)} ± ${percent(value.margin, locale)}`;

/**
 * The read-only view for a municipality: occupancy in its province, and for each centre in the
 * area how likely its generic places are to be activated or deactivated within the horizon, and
 * by how many (the core's `centreOutlook`, estimated in idle steps). No form, no slider: what the
 * buffer monitoring shares with local governments so that they can plan.
 */
export function outlookView(
  dashboard: Dashboard,
  estimate: OutlookEstimate,
  area: OutlookArea,
  options: { readonly locale: Locale; readonly level: number },
): TemplateResult {
  const { locale, level } = options;
  const m = outlookMessages[locale];
  const inArea = dashboard.network.filter(
    (centre) =>
      (area.municipality === undefined ||
        centre.municipality.toLocaleLowerCase() === area.municipality.toLocaleLowerCase()) &&
      (area.province === undefined || centre.province === area.province),
  );
  const province = area.province ?? inArea[0]?.province;
  const name =
    area.municipality ?? (province === undefined ? '' : describeProvince(province, locale));
  const centres = estimate.centres;
  return html`${
    province === undefined
      ? html``
      : nowView(dashboard.assessment, dashboard.network, dashboard.policy, locale, level, province)
  }
    <section part="outlook" aria-labelledby="outlook-heading">
      <div role="heading" aria-level=${level} id="outlook-heading" part="section-heading">
        ${m.heading({ area: name })}
      </div>
      <p>${m.readOnly}</p>
      <p part="status" role="status">
        ${
          inArea.length === 0
            ? m.noCentres
            : estimate.done
              ? m.method({
                  paths: places(estimate.paths, locale),
                  weeks: places(estimate.weeks, locale),
                })
              : m.estimating({ paths: places(estimate.paths, locale), total: places(500, locale) })
        }
      </p>
      ${
        inArea.length === 0 || centres.length === 0
          ? html``
          : html`<div class="scroll" tabindex="0" role="region" aria-label=${m.caption({ area: name, weeks: places(estimate.weeks, locale) })}>
            <table part="outlook-table">
              <caption>${m.caption({ area: name, weeks: places(estimate.weeks, locale) })}</caption>
              <thead>
                <tr>
                  <th scope="col">${m.centre}</th>
                  <th scope="col">${m.municipality}</th>
                  <th scope="col">${m.activation}</th>
                  <th scope="col">${m.placesIfActivated}</th>
                  <th scope="col">${m.deactivation}</th>
                  <th scope="col">${m.placesIfDeactivated}</th>
                </tr>
              </thead>
              <tbody>
                ${centres.map(
                  (centre) => html`<tr data-centre=${centre.id}>
                    <th scope="row">${centre.name}</th>
                    <td>${centre.municipality}</td>
                    <td>${chance(centre.activated, locale)}</td>
                    <td>${places(centre.activated.placesIfSo, locale)}</td>
                    <td>${chance(centre.deactivated, locale)}</td>
                    <td>${places(centre.deactivated.placesIfSo, locale)}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`
      }
    </section>`;
}
