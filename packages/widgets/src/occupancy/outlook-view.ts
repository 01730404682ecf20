import { placeKindNames } from '@opvang/core/buffer';
import type { Locale } from '@opvang/core/i18n';
import { describeProvince, provinceIds, type ProvinceId } from '@opvang/core/provinces';
import { html, type TemplateResult } from 'lit';
import type { Dashboard } from './dashboard.js';
import { nowView, places } from './now-view.js';
import { outlookMessages } from './outlook-messages.js';

/** The area a municipality view shows: a province, or one municipality (and its province). */
export interface OutlookArea {
  readonly province: ProvinceId | undefined;
  readonly municipality: string | undefined;
}

/**
 * The read-only view for a municipality: occupancy in its province, and for each centre in the
 * area what the plan recommends there. No form, no slider: what the buffer monitoring shares
 * with local governments so that they can plan.
 */
export function outlookView(
  dashboard: Dashboard,
  area: OutlookArea,
  options: { readonly locale: Locale; readonly level: number },
): TemplateResult {
  const { locale, level } = options;
  const m = outlookMessages[locale];
  const { network } = dashboard;
  const inArea = network.filter(
    (centre) =>
      (area.municipality === undefined || centre.municipality === area.municipality) &&
      (area.province === undefined || centre.province === area.province),
  );
  const province =
    area.province !== undefined && provinceIds.includes(area.province)
      ? area.province
      : inArea[0]?.province;
  const name =
    area.municipality ?? (province === undefined ? '' : describeProvince(province, locale));
  const lines = new Map(dashboard.plan.lines.map((line) => [line.centreId, line]));
  return html`${
    province === undefined
      ? html`<p part="status" role="status">${m.noCentres}</p>`
      : nowView(dashboard.assessment, network, dashboard.policy, locale, level, province)
  }
    <section part="outlook" aria-labelledby="outlook-heading">
      <div role="heading" aria-level=${level} id="outlook-heading" part="section-heading">
        ${m.heading({ area: name })}
      </div>
      <p>${m.readOnly}</p>
      ${
        inArea.length === 0
          ? html`<p>${m.noCentres}</p>`
          : html`<div class="scroll">
            <table part="outlook-table">
              <caption>${m.caption({ area: name })}</caption>
              <thead>
                <tr>
                  <th scope="col">${m.centre}</th>
                  <th scope="col">${m.municipality}</th>
                  <th scope="col">${m.recommendation}</th>
                </tr>
              </thead>
              <tbody>
                ${inArea.map((centre) => {
                  const line = lines.get(centre.id);
                  return html`<tr data-centre=${centre.id}>
                    <th scope="row">${centre.name}</th>
                    <td>${centre.municipality}</td>
                    <td>
                      ${
                        line === undefined
                          ? m.nothing
                          : m[line.action]({
                              places: places(line.places, locale),
                              kind: placeKindNames[locale][line.kind],
                            })
                      }
                    </td>
                  </tr>`;
                })}
              </tbody>
            </table>
          </div>`
      }
    </section>`;
}
