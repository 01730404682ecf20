import { formatDateTime, type Locale } from '@opvang/core/i18n';
import { parseIsoDateTime } from '@opvang/core/shared';
import { actorRoleNames, type CaseEvent } from '@opvang/core/step-plan';
import { html, type TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { until } from 'lit/directives/until.js';
import type { StoredEvent } from '../case-store/types.js';
import { formatLabels, formMessages, operatorLabels, targetGroupLabels } from './form-messages.js';
import { messages } from './messages.js';
import { describeSupportEvent } from './support-messages.js';
import { loadCatalogue, loadedCatalogue } from './catalogue-loader.js';

/** An instant as a long date and time in the language, Brussels time. */
export const longDateTime = (instant: string, locale: Locale): string =>
  formatDateTime(parseIsoDateTime(instant) ?? new Date(Number.NaN), locale, 'long-date-time');
const when = longDateTime;

/**
 * What an event says, in a language: `Stap C.a afgerond (Infomarkt)`, a note's text, the facts
 * that changed with their new values.
 *
 * @example
 * ```ts
 * describeEvent({ kind: 'step-started', step: 'C.a', … }, 'en'); // 'Step C.a started'
 * ```
 */
export function describeEvent(event: CaseEvent, locale: Locale): string {
  const text = messages[locale];
  switch (event.kind) {
    case 'case-opened':
      return `${text.opened}: ${event.facts.municipality}`;
    case 'step-started':
      return text.started({ step: event.step });
    case 'step-completed':
      return event.format === undefined
        ? text.completed({ step: event.step })
        : `${text.completed({ step: event.step })} (${formatLabels[locale][event.format]})`;
    case 'step-skipped':
      return `${text.skipped({ step: event.step })}. ${text.reason} ${event.reason}`;
    case 'support-declined':
      return event.reason === undefined
        ? text.supportDeclined
        : `${text.supportDeclined}. ${event.reason}`;
    case 'note-added':
      return `${text.note}${event.step === undefined ? '' : ` (${event.step})`}: ${event.text}`;
    case 'fact-updated':
      return `${text.factUpdated}: ${Object.entries(event.facts)
        .map(([key, value]) => `${factLabel(key, locale)} ${factValue(key, value, locale)}`)
        .join('; ')}`;
    case 'opening-announced':
    case 'officer-involved':
    case 'support-offered':
    case 'support-delivered':
      return describeSupportEvent(event, locale) ?? '';
  }
}

function factLabel(key: string, locale: Locale): string {
  const labels = formMessages[locale] as unknown as Readonly<Record<string, unknown>>;
  const label = labels[key];
  return typeof label === 'string' ? `${label}:` : `${key}:`;
}

function factValue(key: string, value: unknown, locale: Locale): string {
  if (key === 'targetGroups' && Array.isArray(value))
    return (value as (keyof (typeof targetGroupLabels)['nl'])[])
      .map((group) => targetGroupLabels[locale][group])
      .join(', ');
  if (key === 'operator' && typeof value === 'object' && value !== null) {
    const operator = value as { kind: 'fedasil' | 'red-cross' | 'partner'; name?: string };
    return operator.name ?? operatorLabels[locale][operator.kind];
  }
  if (typeof value === 'object' && value !== null) {
    const period = value as { start?: string; end?: string };
    return `${period.start ?? ''}–${period.end ?? ''}`;
  }
  return typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
}

/** What an event says; support names its items once the catalogue is loaded. */
function named(event: CaseEvent, locale: Locale): string | DirectiveResult {
  const text = describeEvent(event, locale);
  if (loadedCatalogue() !== undefined || !('items' in event)) return text;
  return until(
    loadCatalogue().then(() => describeEvent(event, locale)),
    text,
  );
}

/**
 * The audit trail: every event, newest first, with what it says, when it happened and in which
 * role, and who recorded it when (as the store set them).
 *
 * @example
 * ```ts
 * html`${history(document.records, 'nl', 3)}`;
 * ```
 */
export function history(
  records: readonly StoredEvent[],
  locale: Locale,
  level: number,
): TemplateResult {
  const text = messages[locale];
  return html`<section part="history" class="history" aria-labelledby="history-heading">
    <div class="subheading" id="history-heading" role="heading" aria-level=${level}>${text.historyHeading}</div>
    <ol class="history-list" reversed>${[...records].reverse().map(
      ({ event, recordedBy, recordedAt }) => html`<li class="history-entry">
        <p class="history-what">${named(event, locale)}</p>
        <p class="hint">${text.happened({ date: when(event.at, locale), role: actorRoleNames[locale][event.actor.role] + (event.actor.name === undefined ? '' : ` (${event.actor.name})`) })}
          ${text.recordedBy({ name: recordedBy === '' ? text.unnamed : recordedBy, date: when(recordedAt, locale) })}</p>
      </li>`,
    )}</ol>
  </section>`;
}
