import { css, html, type TemplateResult } from 'lit';

/**
 * One labelled native `<select>` of a widget's filter form, with "any" (the empty value) first:
 * the one way the portfolio, the register and the catalogue draw a filter. Its id is
 * `filter-<name>`, its `name` the filter's, so the form's `change` event names what changed.
 *
 * @example
 * ```ts
 * filterSelect('province', 'Provincie', '', [['limburg', 'Limburg']], 'Alle');
 * ```
 */
export function filterSelect(
  name: string,
  label: string,
  value: string,
  options: readonly (readonly [string, string])[],
  anyText: string,
): TemplateResult {
  const id = `filter-${name}`;
  return html`<div part="filter">
    <label for=${id}>${label}</label>
    <select id=${id} name=${name} .value=${value}>
      <option value="" ?selected=${value === ''}>${anyText}</option>
      ${options.map(
        ([option, text]) =>
          html`<option value=${option} ?selected=${value === option}>${text}</option>`,
      )}
    </select>
  </div>`;
}

/**
 * The layout of a filter form made of {@link filterSelect}s: the filters in a wrapping row, each
 * label above its control. Before a widget's own styles, which may add to it.
 *
 * @example
 * ```ts
 * static override styles = [themeStyles, filterStyles, myStyles];
 * ```
 */
export const filterStyles = css`
  [part~='filters'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    margin-block-end: 0.75em;
  }
  [part~='filter'] {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    /* A select is as wide as its longest option (a step's title): never wider than the widget. */
    min-inline-size: 0;
    max-inline-size: 100%;
  }
`;
