import {
  bandStatus,
  summarizeAssessment,
  placeKindNames,
  type Assessment,
  type BufferPolicy,
  type KindAssessment,
  type Network,
} from '@opvang/core/buffer';
import type { Locale } from '@opvang/core/i18n';
import { percent, places } from './format.js';
import { describeProvince, provinceIds, type ProvinceId } from '@opvang/core/provinces';
import { html, nothing, type TemplateResult } from 'lit';
import { messages, statusNames } from './messages.js';

export { percent, places } from './format.js';

/** Places to activate or deactivate, as words: "activate 120". */
export function gapText(gap: number, locale: Locale): string {
  const m = messages[locale];
  if (gap === 0) return m.noGap;
  return gap > 0
    ? m.activatePlaces({ places: places(gap, locale) })
    : m.deactivatePlaces({ places: places(-gap, locale) });
}

/** Generic places per province, for the occupancy per province. */
export function provinceTotals(
  network: Network,
  only?: ProvinceId,
): Array<{ province: ProvinceId; active: number; occupied: number; buffer: number }> {
  return provinceIds
    .filter((province) => only === undefined || province === only)
    .map((province) => {
      let active = 0;
      let occupied = 0;
      let buffer = 0;
      for (const centre of network) {
        if (centre.province !== province) continue;
        active += centre.places.generic?.active ?? 0;
        occupied += centre.places.generic?.occupied ?? 0;
        buffer += centre.places.generic?.buffer ?? 0;
      }
      return { province, active, occupied, buffer };
    })
    .filter((row) => row.active + row.buffer > 0);
}

function kindRow(kind: KindAssessment, locale: Locale): TemplateResult {
  return html`<tr>
    <th scope="row">${placeKindNames[locale][kind.kind]}</th>
    <td>${places(kind.active, locale)}</td>
    <td>${places(kind.occupied, locale)}</td>
    <td>${places(kind.buffer, locale)}</td>
    <td>${percent(kind.occupancy, locale)}</td>
    <td>${statusNames[locale][kind.status]}</td>
    <td>${gapText(kind.gapToTarget, locale)}</td>
  </tr>`;
}

/**
 * Now: the global occupancy against the band and what the policy says about it, then per kind
 * of places and per province (generic places), as tables.
 */
export function nowView(
  assessment: Assessment,
  network: Network,
  policy: BufferPolicy,
  locale: Locale,
  level: number,
  only?: ProvinceId,
): TemplateResult {
  const m = messages[locale];
  const band = policy.generic;
  const provinces = provinceTotals(network, only);
  return html`<section part="now" aria-labelledby="now-heading">
    <div role="heading" aria-level=${level} id="now-heading" part="section-heading">${m.nowHeading}</div>
    <p part="now-summary">${summarizeAssessment(assessment, policy, locale)}</p>
    ${
      only === undefined
        ? html`<div class="scroll" tabindex="0" role="region" aria-label=${m.perKind}>
          <table part="kinds">
            <caption>${m.perKind}</caption>
            <thead>
              <tr>
                <th scope="col">${m.kind}</th>
                <th scope="col">${m.active}</th>
                <th scope="col">${m.occupied}</th>
                <th scope="col">${m.buffer}</th>
                <th scope="col">${m.occupancy}</th>
                <th scope="col">${m.status}</th>
                <th scope="col">${m.toTarget}</th>
              </tr>
            </thead>
            <tbody>
              ${assessment.kinds.map((kind) => kindRow(kind, locale))}
            </tbody>
          </table>
        </div>`
        : nothing
    }
    <div class="scroll" tabindex="0" role="region" aria-label=${m.perProvince}>
      <table part="provinces">
        <caption>${m.perProvince}</caption>
        <thead>
          <tr>
            <th scope="col">${m.province}</th>
            <th scope="col">${m.active}</th>
            <th scope="col">${m.occupied}</th>
            <th scope="col">${m.buffer}</th>
            <th scope="col">${m.occupancy}</th>
            <th scope="col">${m.status}</th>
          </tr>
        </thead>
        <tbody>
          ${provinces.map((row) => {
            const occupancy = row.active === 0 ? null : row.occupied / row.active;
            return html`<tr>
              <th scope="row">${describeProvince(row.province, locale)}</th>
              <td>${places(row.active, locale)}</td>
              <td>${places(row.occupied, locale)}</td>
              <td>${places(row.buffer, locale)}</td>
              <td>${percent(occupancy, locale)}</td>
              <td>${occupancy === null ? statusNames[locale]['no-active-places'] : statusNames[locale][bandStatus(occupancy, band)]}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
  </section>`;
}
