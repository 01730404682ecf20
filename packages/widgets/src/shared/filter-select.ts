import { html, type TemplateResult } from 'lit';

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
