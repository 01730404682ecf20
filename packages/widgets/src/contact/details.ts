import {
  describeOpeningStatusWith,
  formatOpeningHours,
  openingStatus,
  telHref,
  type ContactPoint,
  type ContactPointInput,
} from '@opvang/core/contact';
import type { Locale } from '@opvang/core/i18n';
import { html, nothing, type TemplateResult } from 'lit';
import { coreTexts, messages } from './texts.js';

/**
 * The contact point's phone, e-mail, address and opening hours, with "open now" or "closed now"
 * in Brussels time at the moment of rendering (the element renders again every minute).
 *
 * @example
 * ```ts
 * html`<section>${contactDetails(point, 'nl')}</section>`;
 * ```
 */
export function contactDetails(point: ContactPoint, locale: Locale): TemplateResult {
  const text = messages[locale];
  const now = new Date();
  const hours = formatOpeningHours(point.openingHours, locale);
  return html`
    <dl part="details">
      ${point.phone ? html`<dt>${text.phone}</dt><dd><a href=${telHref(point.phone)}>${point.phone}</a></dd>` : nothing}
      ${point.email ? html`<dt>${text.email}</dt><dd><a href="mailto:${point.email}">${point.email}</a></dd>` : nothing}
      ${point.address ? html`<dt>${text.address}</dt><dd>${point.address}</dd>` : nothing}
      ${
        hours.length > 0
          ? html`<dt>${text.hours}</dt>
            <dd>
              <p part="open-status" class="open-status">${describeOpeningStatusWith(openingStatus(point, now), locale, now, coreTexts[locale].opening)}</p>
              <ul>${hours.map((line) => html`<li>${line}</li>`)}</ul>
            </dd>`
          : nothing
      }
    </dl>
  `;
}

/**
 * The contact point in the element's `<script type="application/json">` child, unchecked (the
 * element checks whatever its property holds), or the error when the child is no JSON.
 *
 * @example
 * ```ts
 * const child = contactPointChild(element); // undefined without a child
 * ```
 */
export function contactPointChild(element: HTMLElement): ContactPointInput | Error | undefined {
  const script = element.querySelector(':scope > script[type="application/json"]');
  if (script === null) return undefined;
  try {
    return JSON.parse(script.textContent ?? '') as ContactPointInput;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}
