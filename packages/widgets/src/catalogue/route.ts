import type { QuestionKind } from '@opvang/core/catalogue';

// The catalogue's state in the URL fragment, so that a link opens the same view and the back
// button goes where the reader was. Everything sits under the widget's prefix (`catalogue` by
// default, attribute `fragment-prefix`), so a fragment the host page uses for itself (`#case=…`,
// `#new`, `#top`) is not the widget's and is left alone:
//
//   #catalogue                                     the search, no filters
//   #catalogue?q=infomarkt&step=H&audience=…&phase=…&kind=…
//   #catalogue/item/<id>                           one item
//   #catalogue/referrals?question=school&q=…       the referral map
//   #catalogue/package                             the support package
//
// Values are read as text here; the core's queryCatalogue and findReferrals judge them, so a
// link with an unknown step is reported with the core's own check.

/** The search as the fragment holds it: raw strings, checked by the core's query. */
export interface SearchState {
  readonly q: string;
  readonly step: string;
  readonly audience: string;
  readonly phase: string;
  readonly kind: string;
}

/** The filter names of {@link SearchState}, in the order of the form and the fragment. */
export const filterNames = ['step', 'audience', 'phase', 'kind'] as const;

/** One of {@link filterNames}. */
export type FilterName = (typeof filterNames)[number];

/** A view of the catalogue, as a fragment addresses it. */
export type Route =
  | ({ readonly view: 'search' } & SearchState)
  | { readonly view: 'item'; readonly id: string }
  | { readonly view: 'referrals'; readonly question: string; readonly q: string }
  | { readonly view: 'package' }
  | { readonly view: 'unknown'; readonly path: string };

/** The search with nothing typed and no filter. */
export const emptySearch: Extract<Route, { readonly view: 'search' }> = {
  view: 'search',
  q: '',
  step: '',
  audience: '',
  phase: '',
  kind: '',
};

/** A prefix is a short name, safe in a fragment: letters, digits and hyphens, a letter first. */
export function isValidPrefix(prefix: string): boolean {
  return /^[a-z][a-z0-9-]{0,39}$/i.test(prefix);
}

/**
 * The route a fragment gives this widget, or `undefined` when the fragment is not addressed to
 * it (another prefix, the host page's own use, or none).
 *
 * @example
 * ```ts
 * readRoute('#catalogue/item/buddy-scheme', 'catalogue'); // { view: 'item', id: 'buddy-scheme' }
 * readRoute('#case=demo', 'catalogue'); // undefined
 * ```
 */
export function readRoute(hash: string, prefix: string): Route | undefined {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (
    fragment !== prefix &&
    !fragment.startsWith(`${prefix}/`) &&
    !fragment.startsWith(`${prefix}?`)
  )
    return undefined;
  const rest = fragment.slice(prefix.length);
  const queryAt = rest.indexOf('?');
  const path = queryAt < 0 ? rest : rest.slice(0, queryAt);
  const params = new URLSearchParams(queryAt < 0 ? '' : rest.slice(queryAt + 1));
  const get = (name: string): string => params.get(name) ?? '';
  if (path === '' || path === '/' || path === '/search')
    return {
      view: 'search',
      q: get('q'),
      step: get('step'),
      audience: get('audience'),
      phase: get('phase'),
      kind: get('kind'),
    };
  const item = /^\/item\/([^/]+)$/.exec(path);
  if (item?.[1] !== undefined) return { view: 'item', id: safeDecode(item[1]) };
  if (path === '/referrals') return { view: 'referrals', question: get('question'), q: get('q') };
  if (path === '/package') return { view: 'package' };
  return { view: 'unknown', path: safeDecode(path.slice(1)) };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The fragment (with `#`) that opens a route; empty values are left out.
 *
 * @example
 * ```ts
 * writeRoute({ view: 'search', q: 'buddy', step: 'K', audience: '', phase: '', kind: '' }, 'catalogue');
 * // '#catalogue?q=buddy&step=K'
 * ```
 */
export function writeRoute(route: Route, prefix: string): string {
  const query = (entries: readonly (readonly [string, string])[]): string => {
    const params = new URLSearchParams();
    for (const [name, value] of entries) if (value !== '') params.append(name, value);
    const text = params.toString();
    return text === '' ? '' : `?${text}`;
  };
  switch (route.view) {
    case 'search':
      return `#${prefix}${query([['q', route.q], ...filterNames.map((name) => [name, route[name]] as const)])}`;
    case 'item':
      return `#${prefix}/item/${encodeURIComponent(route.id)}`;
    case 'referrals':
      return `#${prefix}/referrals${query([
        ['question', route.question],
        ['q', route.q],
      ])}`;
    case 'package':
      return `#${prefix}/package`;
    case 'unknown':
      return `#${prefix}/${encodeURIComponent(route.path)}`;
  }
}

/** The referral map with one question kind chosen. */
export function referralsRoute(question: QuestionKind | '', q = ''): Route {
  return { view: 'referrals', question, q };
}
