import {
  describeAudience,
  describeCatalogueKind,
  describePhase,
  type CatalogueItem,
  type SourceRef,
} from '@opvang/core/catalogue';
import type { Locale } from '@opvang/core/i18n';
import { stepDefinition } from '@opvang/core/step-plan';
import { html, type TemplateResult } from 'lit';
import { messages } from './messages.js';

/**
 * A source as the core holds it (seed, lines, the words quoted), in the reader's words: "source
 * text 000, lines 108–123", and the quote in Dutch, as the source has it.
 */
export function citationView(source: SourceRef, locale: Locale): TemplateResult {
  const m = messages[locale];
  const [first, last] = source.lines;
  return html`<span part="citation" data-seed=${source.seed} data-lines=${`${String(first)}-${String(last)}`}
    >${m.cite({ seed: source.seed, first, last })} <q lang="nl">${source.quote}</q></span
  >`;
}

/** One item with everything the core knows of it, the package checkbox and its source. */
export function itemView(
  item: CatalogueItem,
  locale: Locale,
  headingLevel: number,
  chosen: boolean,
  onToggle: (event: Event) => void,
): TemplateResult {
  const m = messages[locale];
  const box = `choose-detail-${item.id}`;
  return html`<article part="item" data-item-id=${item.id} aria-labelledby="item-heading">
    <div role="heading" aria-level=${headingLevel} id="item-heading" part="item-heading" tabindex="-1" data-focus>${item.label[locale]}</div>
    <p>${item.description[locale]}</p>
    <dl part="facts">
      <dt>${m.kind}</dt>
      <dd>${describeCatalogueKind(item.kind, locale)}</dd>
      <dt>${m.steps}</dt>
      <dd>
        ${
          item.steps.length === 0
            ? m.noSteps
            : html`<ul>
              ${item.steps.map((step) => html`<li>${step} ${stepDefinition(step).title[locale]}</li>`)}
            </ul>`
        }
      </dd>
      <dt>${m.audience}</dt>
      <dd>${item.audience.map((audience) => describeAudience(audience, locale)).join(', ')}</dd>
      <dt>${m.phase}</dt>
      <dd>${describePhase(item.phase, locale)}</dd>
      <dt>${m.source}</dt>
      <dd>${citationView(item.source, locale)}</dd>
      ${
        item.seeAlso === undefined || item.seeAlso.length === 0
          ? ''
          : html`<dt>${m.seeAlso}</dt>
            <dd>
              <ul>
                ${item.seeAlso.map((source) => html`<li>${citationView(source, locale)}</li>`)}
              </ul>
            </dd>`
      }
    </dl>
    <span part="choose">
      <input id=${box} type="checkbox" data-item-id=${item.id} aria-labelledby=${`${box}-label item-heading`} .checked=${chosen} @change=${onToggle} />
      <label id=${`${box}-label`} for=${box}>${m.inPackage}</label>
    </span>
  </article>`;
}
