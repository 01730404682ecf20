import {
  audiences,
  catalogueKinds,
  describeAudience,
  describeCatalogueKind,
  describePhase,
  phases,
  queryCatalogue,
  stepIds,
  type CatalogueHit,
} from '@opvang/core/catalogue';
import { formatCount, type Locale } from '@opvang/core/i18n';
import { stepDefinition } from '@opvang/core/step-plan';
import { html, nothing, type TemplateResult } from 'lit';
import { messages } from './messages.js';
import { filterNames, writeRoute, type FilterName, type SearchState } from './route.js';
import { filterSelect } from '../shared/filter-select.js';
import { queryWithoutRefused } from './refused-query.js';

/** The result of a search from the fragment: the hits, and the filters the core refused. */
export interface SearchOutcome {
  readonly hits: readonly CatalogueHit[];
  /** Filters of the link that the core's query did not accept, with what the link said. */
  readonly refused: readonly { readonly filter: FilterName | 'q'; readonly received: string }[];
}

/**
 * Runs the core's `queryCatalogue` on the search as the fragment holds it. A value the core
 * refuses (an unknown step, a text over 200 characters) is named and left out, and the search
 * runs again without it: a link with one stale filter still shows the rest.
 */
export function runSearch(state: SearchState, locale: Locale): SearchOutcome {
  // The values are text from a URL: the core checks them at run time and says which are wrong.
  const query = (skip: readonly string[]): Record<string, string> => {
    const built: Record<string, string> = { locale };
    if (state.q.trim() !== '' && !skip.includes('text')) built['text'] = state.q;
    for (const name of filterNames)
      if (state[name] !== '' && !skip.includes(name)) built[name] = state[name];
    return built;
  };
  const { hits, refused } = queryWithoutRefused((skip) => queryCatalogue(query(skip)));
  return {
    hits,
    refused: refused.map(({ key, received }) => ({
      filter: key === 'text' ? ('q' as const) : (key as FilterName),
      received,
    })),
  };
}

const select = (
  name: FilterName,
  label: string,
  value: string,
  options: readonly (readonly [string, string])[],
  locale: Locale,
): TemplateResult => filterSelect(name, label, value, options, messages[locale].any);

/** The search field and the four filters, native controls in one form; every change is one `input` or `change` event. */
export function searchForm(
  state: SearchState,
  locale: Locale,
  onChange: (event: Event) => void,
): TemplateResult {
  const m = messages[locale];
  return html`<form
    part="filters"
    role="search"
    aria-label=${m.filters}
    @input=${onChange}
    @change=${onChange}
    @submit=${(event: Event) => {
      event.preventDefault();
    }}
  >
    <div part="filter search">
      <label for="search-q">${m.searchLabel}</label>
      <input id="search-q" name="q" type="search" maxlength="200" autocomplete="off" aria-describedby="search-hint" .value=${state.q} />
      <span id="search-hint" part="hint">${m.searchHint}</span>
    </div>
    ${select(
      'step',
      m.step,
      state.step,
      stepIds.map((id) => [id, `${id} ${stepDefinition(id).title[locale]}`] as const),
      locale,
    )}
    ${select(
      'audience',
      m.audience,
      state.audience,
      audiences.map((value) => [value, describeAudience(value, locale)] as const),
      locale,
    )}
    ${select(
      'phase',
      m.phase,
      state.phase,
      phases.map((value) => [value, describePhase(value, locale)] as const),
      locale,
    )}
    ${select(
      'kind',
      m.kind,
      state.kind,
      catalogueKinds.map((value) => [value, describeCatalogueKind(value, locale)] as const),
      locale,
    )}
  </form>`;
}

/** "12 items found", for the polite status line. */
export function foundText(count: number, locale: Locale): string {
  const m = messages[locale];
  return formatCount(count, locale, { one: m.foundOne, other: m.foundOther });
}

/** The hits as a list: each a link to its details, its kind, its description and its package checkbox. */
export function resultsView(
  hits: readonly CatalogueHit[],
  locale: Locale,
  prefix: string,
  chosen: readonly string[],
  onToggle: (event: Event) => void,
): TemplateResult | typeof nothing {
  if (hits.length === 0) return nothing;
  const m = messages[locale];
  return html`<ul part="results">
    ${hits.map(({ item }) => {
      const box = `choose-${item.id}`;
      return html`<li part="result" data-item-id=${item.id}>
        <a part="item-link" id=${`name-${item.id}`} href=${writeRoute({ view: 'item', id: item.id }, prefix)}>${item.label[locale]}</a>
        <span part="kind">${describeCatalogueKind(item.kind, locale)}</span>
        <p>${item.description[locale]}</p>
        <span part="choose">
          <input id=${box} type="checkbox" data-item-id=${item.id} aria-labelledby=${`${box}-label name-${item.id}`} .checked=${chosen.includes(item.id)} @change=${onToggle} />
          <label id=${`${box}-label`} for=${box}>${m.inPackage}</label>
        </span>
      </li>`;
    })}
  </ul>`;
}
