import type { Locale } from '@opvang/core/i18n';
import { describeProvince, type FlemishProvinceId } from '@opvang/core/provinces';
import { yearCategories } from '@opvang/core/register';
import { html, type TemplateResult } from 'lit';
import { categoryLabels, messages } from './messages.js';
import type { DeploymentFilters } from './model.js';
import { filterSelect } from '../shared/filter-select.js';

const select = (
  name: keyof DeploymentFilters,
  label: string,
  value: string,
  options: readonly (readonly [string, string])[],
  locale: Locale,
): TemplateResult => filterSelect(name, label, value, options, messages[locale].any);

/** The three filters (province, year, state); each change is one `change` event on the form. */
export function filtersView(
  filters: DeploymentFilters,
  provinces: readonly FlemishProvinceId[],
  years: readonly number[],
  locale: Locale,
  onChange: (event: Event) => void,
): TemplateResult {
  const m = messages[locale];
  return html`<form part="filters" aria-label=${m.filters} @change=${onChange} @submit=${(
    event: Event,
  ) => {
    event.preventDefault();
  }}>
    ${select(
      'province',
      m.province,
      filters.province ?? '',
      provinces.map((p) => [p, describeProvince(p, locale)] as const),
      locale,
    )}
    ${select(
      'year',
      m.year,
      String(filters.year ?? ''),
      years.map((y) => [String(y), String(y)] as const),
      locale,
    )}
    ${select(
      'state',
      m.state,
      filters.state ?? '',
      yearCategories.map((c) => [c, categoryLabels[locale][c]] as const),
      locale,
    )}
  </form>`;
}
