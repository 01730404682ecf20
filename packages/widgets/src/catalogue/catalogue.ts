import { catalogueItem, describeQuestionKind, questionKinds } from '@opvang/core/catalogue';
import { formatNumber, isLocale, type Locale } from '@opvang/core/i18n';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { cardStyles } from '../shared/card.styles.js';
import { OpvangElement } from '../shared/opvang-element.js';
import { themeStyles } from '../shared/theme.styles.js';
import { catalogueStyles } from './catalogue.styles.js';
import { filterStyles } from '../shared/filter-select.js';
import { itemView } from './item-view.js';
import { messages } from './messages.js';
import { packageText } from './package-text.js';
import { packageView } from './package-view.js';
import { markForPrint } from './print.js';
import { referralForm, referralList, referralsFoundText, runReferrals } from './referral-view.js';
import { emptySearch, filterNames, isValidPrefix, readRoute, writeRoute } from './route.js';
import type { FilterName, Route, SearchState } from './route.js';
import { foundText, resultsView, runSearch, searchForm } from './search-view.js';
import { SelectionKeeper, type PackageSelection } from './selection.js';

type CopyState = 'idle' | 'copied' | 'failed';
const isSearch = (route: Route): route is Extract<Route, { view: 'search' }> =>
  route.view === 'search';

/**
 * The support catalogue of the liaison officers for the intranet: search it (the core's
 * search, in four languages) with filters for step, audience, phase and kind; read an item with
 * its source; ask the referral map where to go with a question; and put together a support
 * package for one municipality, printed on A4 or copied as text for an email, in the
 * municipality's language.
 *
 * The view lives in the URL fragment under the `fragment-prefix` (default `catalogue`):
 * `#catalogue?q=buddy&step=K`, `#catalogue/item/buddy-scheme`, `#catalogue/referrals?question=school`,
 * `#catalogue/package`. A link opens the same view, the back button goes back, and a fragment
 * without the prefix (the host page's own) is left alone. The package's selection is kept in
 * `localStorage` under `opvang-catalogue:<prefix>:package`; when the browser refuses, in memory,
 * and the widget says so.
 *
 * @tagname opvang-catalogue
 * @summary The support catalogue: search, referral map, item details and a printable support package.
 *
 * @slot - Fallback content, shown before the script runs and under an error message.
 *
 * @csspart base - The box around the catalogue.
 * @csspart heading - The heading.
 * @csspart views - The navigation between search, referral map and package.
 * @csspart filters - A search form; each field is a `filter` part.
 * @csspart status - The live line "12 items found".
 * @csspart results - The list of items found; each is a `result` part.
 * @csspart item - One item's details.
 * @csspart citation - A source: text, lines and the words quoted.
 * @csspart referrals - The services of the referral map; each is a `referral` part.
 * @csspart package - The support package as it is printed.
 * @csspart link-problem - What a link asked for that the catalogue does not have.
 * @csspart storage-warning - The note that the selection is kept in memory only.
 * @csspart error - The message shown instead when the configuration is bad.
 *
 * @cssproperty --opvang-color-accent - Colour of links and the focus outline. Default `#0b5394`.
 * @cssproperty --opvang-color-error - Accent of warnings and the error message. Default `#b3261e`.
 *
 * @example
 * ```html
 * <opvang-catalogue lang="nl"><p>De catalogus verschijnt hier zodra het script geladen is.</p></opvang-catalogue>
 * <a href="#catalogue/item/buddy-scheme">Buddywerking</a>
 * ```
 */
export class OpvangCatalogue extends OpvangElement {
  /** The shared theme and this widget's layout; adopted stylesheets, so no inline `<style>` under a strict CSP. */
  static override styles = [themeStyles, cardStyles, filterStyles, catalogueStyles];

  /** Reactive properties and the attributes they reflect from. */
  static override properties = {
    fragmentPrefix: { type: String, attribute: 'fragment-prefix' },
  };

  /** The name of this catalogue in the URL fragment: letters, digits and hyphens, a letter first. Default `catalogue`; give each catalogue on a page its own. */
  declare fragmentPrefix: string;

  #route: Route = emptySearch;
  #lastSearch: SearchState = emptySearch;
  #keeper: SelectionKeeper | undefined;
  #copy: CopyState = 'idle';
  /** What to focus after the next render: a new view's heading, or the next item after a removal. */
  #focus: string | undefined;
  #unmarkPrint: (() => void) | undefined;
  readonly #onHash = (): void => {
    this.#readHash(true);
  };
  readonly #onBeforePrint = (): void => {
    if (this.#route.view === 'package') this.#unmarkPrint = markForPrint(this);
  };

  constructor() {
    super(2);
    this.fragmentPrefix = 'catalogue';
  }

  /** The support package's selection now: municipality, language and item ids. */
  get selection(): PackageSelection | undefined {
    return this.#keeper?.selection;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener('hashchange', this.#onHash);
    globalThis.addEventListener('popstate', this.#onHash);
    globalThis.addEventListener('beforeprint', this.#onBeforePrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener('hashchange', this.#onHash);
    globalThis.removeEventListener('popstate', this.#onHash);
    globalThis.removeEventListener('beforeprint', this.#onBeforePrint);
    this.#unmarkPrint?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('fragmentPrefix') || !isValidPrefix(this.fragmentPrefix)) return;
    this.#keeper = new SelectionKeeper(this.fragmentPrefix);
    this.#route = emptySearch;
    this.#readHash(false);
  }

  protected override updated(): void {
    const selector = this.#focus;
    if (selector === undefined) return;
    this.#focus = undefined;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Takes the view from the fragment when it is addressed to this catalogue; otherwise keeps the view. */
  #readHash(byUser: boolean): void {
    const route = readRoute(globalThis.location.hash, this.fragmentPrefix);
    if (route === undefined) return;
    if (byUser && route.view !== this.#route.view) this.#focus = '[data-focus]';
    this.#route = route;
    if (isSearch(route)) this.#lastSearch = route;
    this.requestUpdate();
  }

  /** Shows a route and writes it to the fragment: a new history entry, unless it only refines the view the reader is on. */
  #navigate(route: Route, replace: boolean): void {
    this.#route = route;
    if (isSearch(route)) this.#lastSearch = route;
    const hash = writeRoute(route, this.fragmentPrefix);
    if (globalThis.location.hash !== hash) {
      // The host page's own fragment keeps its history entry: the first write of ours is a new one.
      const ours = readRoute(globalThis.location.hash, this.fragmentPrefix) !== undefined;
      if (replace && ours) globalThis.history.replaceState(globalThis.history.state, '', hash);
      else globalThis.history.pushState(null, '', hash);
    }
    this.requestUpdate();
  }

  #searchChanged = (event: Event): void => {
    const form = event.currentTarget as HTMLFormElement;
    const value = (name: string): string =>
      (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null)?.value ?? '';
    const state = Object.fromEntries(filterNames.map((name) => [name, value(name)])) as Record<
      FilterName,
      string
    >;
    this.#navigate({ view: 'search', q: value('q'), ...state }, true);
  };

  #referralChanged = (event: Event): void => {
    const form = event.currentTarget as HTMLFormElement;
    const value = (name: string): string =>
      (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null)?.value ?? '';
    this.#navigate({ view: 'referrals', question: value('question'), q: value('q') }, true);
  };

  #toggle = (event: Event): void => {
    const box = event.currentTarget as HTMLInputElement;
    const id = box.dataset['itemId'];
    if (id === undefined || this.#keeper === undefined) return;
    this.#keeper.toggle(id, box.checked);
    this.#copy = 'idle';
    this.requestUpdate();
  };

  #remove = (event: Event): void => {
    const id = (event.currentTarget as HTMLButtonElement).dataset['itemId'];
    const keeper = this.#keeper;
    if (id === undefined || keeper === undefined) return;
    // The button goes with its item: focus moves to the next item's, else the previous, else the note that the package is empty.
    const items = keeper.selection.items;
    const next = items[items.indexOf(id) + 1] ?? items[items.indexOf(id) - 1];
    keeper.toggle(id, false);
    this.#focus =
      next === undefined ? '[part="package-empty"]' : `[part="remove"][data-item-id="${next}"]`;
    this.#copy = 'idle';
    this.requestUpdate();
  };

  #details = (event: Event): void => {
    const keeper = this.#keeper;
    if (keeper === undefined) return;
    const form = event.currentTarget as HTMLFormElement;
    const municipality = form.elements.namedItem('municipality') as HTMLInputElement;
    const language = (form.elements.namedItem('language') as HTMLSelectElement).value;
    keeper.update({
      ...keeper.selection,
      municipality: municipality.value,
      language: isLocale(language) ? language : keeper.selection.language,
    });
    this.#copy = 'idle';
    this.requestUpdate();
  };

  #print = (): void => {
    this.#unmarkPrint = markForPrint(this);
    globalThis.print();
  };

  #copyText = async (): Promise<void> => {
    const keeper = this.#keeper;
    if (keeper === undefined) return;
    try {
      // Missing in an insecure context or an old browser: the same fallback as a refusal.
      if (typeof navigator.clipboard?.writeText !== 'function') throw new Error('no clipboard');
      await navigator.clipboard.writeText(packageText(keeper.selection));
      this.#copy = 'copied';
      this.requestUpdate();
    } catch {
      this.#copy = 'failed';
      this.requestUpdate();
      await this.updateComplete;
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>('textarea');
      area?.focus();
      area?.select();
    }
  };

  /** A view's link in the navigation, `aria-current` on the one shown. */
  #viewLink(route: Route, label: string): TemplateResult {
    const current = route.view === this.#route.view;
    return html`<li>
      <a part="view-link" href=${writeRoute(route, this.fragmentPrefix)} aria-current=${current ? 'page' : 'false'}>${label}</a>
    </li>`;
  }

  #searchView(state: SearchState, locale: Locale): TemplateResult {
    const m = messages[locale];
    const outcome = runSearch(state, locale);
    const labels = {
      q: m.searchLabel,
      step: m.step,
      audience: m.audience,
      phase: m.phase,
      kind: m.kind,
    };
    const chosen = this.#keeper?.selection.items ?? [];
    return html`${
      outcome.refused.length === 0
        ? nothing
        : this.#linkProblem(
            m.badFilters({
              list: outcome.refused.map((r) => `${labels[r.filter]} “${r.received}”`).join(', '),
            }),
          )
    }
      <div part="search-view">
        ${searchForm(state, locale, this.#searchChanged)}
        <p part="status" role="status">
          ${foundText(outcome.hits.length, locale)}${outcome.hits.length === 0 ? html`. ${m.noResults}` : nothing}
        </p>
        ${resultsView(outcome.hits, locale, this.fragmentPrefix, chosen, this.#toggle)}
      </div>`;
  }

  #linkProblem(sentence: string): TemplateResult {
    return html`<p part="link-problem" role="alert">${sentence}</p>`;
  }

  #body(locale: Locale): TemplateResult {
    const m = messages[locale];
    const route = this.#route;
    const level = Math.min(6, this.heading + 1);
    switch (route.view) {
      case 'search':
        return this.#searchView(route, locale);
      case 'item': {
        const item = catalogueItem(route.id);
        if (item === undefined)
          return html`${this.#linkProblem(m.unknownItem({ id: route.id }))}
          ${this.#searchView(this.#lastSearch, locale)}`;
        return html`<div part="item-view">
          <a part="back" href=${writeRoute({ view: 'search', ...this.#lastSearch }, this.fragmentPrefix)}>${m.backToSearch}</a>
          ${itemView(item, locale, level, this.#keeper?.selection.items.includes(item.id) ?? false, this.#toggle)}
        </div>`;
      }
      case 'referrals': {
        const outcome = runReferrals(route.question, route.q, locale);
        const labels = { question: m.question, q: m.referralSearch };
        const question = (questionKinds as readonly string[]).includes(route.question)
          ? route.question
          : '';
        return html`${
          outcome.refused.length === 0
            ? nothing
            : this.#linkProblem(
                m.badFilters({
                  list: outcome.refused
                    .map((r) => `${labels[r.filter]} “${r.received}”`)
                    .join(', '),
                }),
              )
        }
          <div part="referral-view">
            ${referralForm(question, route.q, locale, this.#referralChanged)}
            <p part="status" role="status">
              ${referralsFoundText(outcome.hits.length, locale)}${
                outcome.hits.length === 0
                  ? html`. ${m.noReferrals({ notSure: describeQuestionKind('not-sure', locale) })}`
                  : nothing
              }
            </p>
            ${outcome.hits.length === 0 ? nothing : referralList(outcome.hits, locale, level)}
          </div>`;
      }
      case 'package': {
        const keeper = this.#keeper;
        if (keeper === undefined) return html``;
        return packageView(
          {
            selection: keeper.selection,
            copy: this.#copy,
            text: packageText(keeper.selection),
            headingLevel: level,
            onDetails: this.#details,
            onRemove: this.#remove,
            onPrint: this.#print,
            onCopy: () => void this.#copyText(),
          },
          locale,
        );
      }
      case 'unknown':
        return html`${this.#linkProblem(m.unknownView({ path: route.path }))}
        ${this.#searchView(this.#lastSearch, locale)}`;
    }
  }

  protected override render(): TemplateResult {
    const locale = this.locale;
    const m = messages[locale];
    if (!isValidPrefix(this.fragmentPrefix)) {
      this.reportOnce(
        `fragment-prefix must be letters, digits and hyphens, starting with a letter; got "${this.fragmentPrefix}".`,
      );
      return this.contentError(m.badPrefix);
    }
    const count = formatNumber(this.#keeper?.selection.items.length ?? 0, locale);
    return html`<section part="base" aria-labelledby="heading" lang=${locale}>
      <div part="heading" id="heading" role="heading" aria-level=${this.heading}>${m.heading}</div>
      <nav part="views" aria-label=${m.views}>
        <ul>
          ${this.#viewLink({ ...this.#lastSearch, view: 'search' }, m.tabSearch)}
          ${this.#viewLink({ view: 'referrals', question: '', q: '' }, m.tabReferrals)}
          ${this.#viewLink({ view: 'package' }, m.tabPackage({ count }))}
        </ul>
      </nav>
      ${
        this.#keeper?.saved === 'memory-only'
          ? html`<p part="storage-warning" role="alert">${m.memoryOnly}</p>`
          : nothing
      }
      ${this.#body(locale)}
    </section>`;
  }
}
