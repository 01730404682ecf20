import { locales, type Locale } from '@opvang/core/i18n';
import { html, nothing, type TemplateResult } from 'lit';
import { catalogueItem } from '@opvang/core/catalogue';
import { languageNames, messages } from './messages.js';
import { packageContent } from './package-text.js';
import type { PackageSelection } from './selection.js';

/** What the package view needs from the element: the selection, what happened last, and the handlers. */
export interface PackageViewState {
  readonly selection: PackageSelection;
  readonly copy: 'idle' | 'copied' | 'failed';
  readonly text: string;
  readonly headingLevel: number;
  readonly onDetails: (event: Event) => void;
  readonly onRemove: (event: Event) => void;
  readonly onPrint: () => void;
  readonly onCopy: () => void;
}

/** The package as it is printed, in the municipality's language: title, introduction, items per kind. */
export function printedPackage(selection: PackageSelection, headingLevel: number): TemplateResult {
  const content = packageContent(selection);
  const language = content.language;
  const sub = Math.min(6, headingLevel + 1);
  return html`<article part="package" lang=${language} aria-labelledby="package-title">
    <div role="heading" aria-level=${headingLevel} id="package-title" part="package-title">${content.title}</div>
    <p>${content.intro}</p>
    ${content.groups.map(
      (group) => html`<section part="package-group" data-kind=${group.kind}>
        <div role="heading" aria-level=${sub} part="package-group-heading">${group.heading}</div>
        <ul>
          ${group.items.map(
            (item) =>
              html`<li data-item-id=${item.id}><strong>${item.label[language]}</strong>: ${item.description[language]}</li>`,
          )}
        </ul>
      </section>`,
    )}
  </article>`;
}

/** The officer's side: municipality and language, the chosen items, print and copy, and the preview. */
export function packageView(state: PackageViewState, locale: Locale): TemplateResult {
  const m = messages[locale];
  const { selection } = state;
  const chosen = selection.items.flatMap((id) => catalogueItem(id) ?? []);
  return html`<div part="package-view">
    <p part="intro">${m.packageIntro}</p>
    <form
      part="package-details"
      aria-label=${m.tabPackage({ count: String(chosen.length) })}
      @input=${state.onDetails}
      @change=${state.onDetails}
      @submit=${(event: Event) => {
        event.preventDefault();
      }}
    >
      <div part="filter">
        <label for="package-municipality">${m.municipality}</label>
        <input id="package-municipality" name="municipality" type="text" maxlength="200" autocomplete="off" .value=${selection.municipality} />
      </div>
      <div part="filter">
        <label for="package-language">${m.language}</label>
        <select id="package-language" name="language">
          ${locales.map(
            (language) =>
              html`<option value=${language} lang=${language} ?selected=${selection.language === language}>${languageNames[language]}</option>`,
          )}
        </select>
      </div>
    </form>
    ${
      chosen.length === 0
        ? html`<p part="package-empty" tabindex="-1">${m.packageEmpty}</p>`
        : html`<div role="heading" aria-level=${state.headingLevel} part="chosen-heading">${m.chosen}</div>
          <ul part="chosen">
            ${chosen.map(
              (item) => html`<li data-item-id=${item.id}>
                <span id=${`chosen-${item.id}`}>${item.label[locale]}</span>
                <button type="button" part="remove" id=${`remove-${item.id}`} data-item-id=${item.id} aria-labelledby=${`remove-${item.id} chosen-${item.id}`} @click=${state.onRemove}>
                  ${m.remove}
                </button>
              </li>`,
            )}
          </ul>
          <div part="actions">
            <button type="button" part="print" @click=${state.onPrint}>${m.print}</button>
            <button type="button" part="copy" @click=${state.onCopy}>${m.copy}</button>
          </div>`
    }
    <p part="copy-status" role="status">
      ${state.copy === 'copied' ? m.copied : state.copy === 'failed' ? m.copyFailed : ''}
    </p>
    ${
      state.copy === 'failed'
        ? html`<div part="filter plain-text">
          <label for="package-text">${m.plainText}</label>
          <textarea id="package-text" part="text" readonly rows="12" .value=${state.text}></textarea>
        </div>`
        : nothing
    }
    ${
      chosen.length === 0
        ? nothing
        : html`<div part="preview-label" aria-hidden="true">${m.preview}</div>
          ${printedPackage(selection, state.headingLevel)}`
    }
  </div>`;
}
