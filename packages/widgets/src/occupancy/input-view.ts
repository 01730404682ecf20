import { describeCsvIssue, type CsvIssue, type Network } from '@opvang/core/buffer';
import { formatCount, type Locale } from '@opvang/core/i18n';
import { describeIssueIn, type ValidationError, type ValidationIssue } from '@opvang/core/shared';
import { html, nothing, type TemplateResult } from 'lit';
import type { NetworkFailure, PolicySettings } from './input.js';
import { messages } from './messages.js';

/** An issue of a CSV file by its row, line and column; one of JSON by its centre and field. */
export function describeAnyIssue(issue: ValidationIssue, locale: Locale): string {
  return 'line' in issue
    ? describeCsvIssue(issue as CsvIssue, locale)
    : describeIssueIn(issue, locale);
}

/** The issues of a bad network, each a sentence in the reader's language naming the row or centre and the field. */
export function issuesView(error: ValidationError, locale: Locale): TemplateResult {
  return html`<div part="input-error" role="alert">
    <p>${messages[locale].invalidNetwork}</p>
    <ul>
      ${error.issues.map((issue) => html`<li>${describeAnyIssue(issue, locale)}</li>`)}
    </ul>
  </div>`;
}

const fields: ReadonlyArray<keyof PolicySettings> = ['bandMin', 'bandMax', 'target', 'specificMin'];

/**
 * The input: a file the planner picks (CSV or JSON), the template to download, and the policy's
 * settings as a form; what was loaded, or what is wrong with it, under them.
 */
export function inputView(
  settings: PolicySettings,
  options: {
    readonly locale: Locale;
    readonly level: number;
    readonly status: TemplateResult | typeof nothing;
  },
  actions: {
    readonly pick: (event: Event) => void;
    readonly template: (() => void) | undefined;
    readonly policy: (event: SubmitEvent) => void;
  },
): TemplateResult {
  const { locale, level, status } = options;
  const m = messages[locale];
  return html`<section part="input" aria-labelledby="input-heading">
    <div role="heading" aria-level=${level} id="input-heading" part="section-heading">${m.inputHeading}</div>
    <div part="file" class="field">
      <label for="file">${m.file}</label>
      <input id="file" name="file" type="file" accept=".csv,text/csv,.json,application/json" aria-describedby="file-help" @change=${actions.pick} />
      <span id="file-help" class="help">${m.fileHelp}</span>
      ${
        actions.template === undefined
          ? nothing
          : html`<button type="button" part="template" @click=${actions.template}>${m.template}</button>`
      }
    </div>
    ${status}
    <form part="policy" class="policy" @submit=${actions.policy}>
      <fieldset>
        <legend>${m.policy}</legend>
        ${fields.map(
          (field) => html`<div class="field">
            <label for=${`policy-${field}`}>${m[field]}</label>
            <input id=${`policy-${field}`} name=${field} type="number" inputmode="decimal" min="0" max="100" step="0.5" required .value=${String(settings[field])} />
          </div>`,
        )}
        <button type="submit">${m.apply}</button>
      </fieldset>
    </form>
  </section>`;
}

/** The settings the policy form holds, read as numbers. */
export function settingsOfForm(form: HTMLFormElement, fallback: PolicySettings): PolicySettings {
  const read = (field: keyof PolicySettings): number => {
    const input = form.elements.namedItem(field);
    const value = input instanceof HTMLInputElement ? input.valueAsNumber : Number.NaN;
    return Number.isFinite(value) ? value : fallback[field];
  };
  return {
    bandMin: read('bandMin'),
    bandMax: read('bandMax'),
    target: read('target'),
    specificMin: read('specificMin'),
  };
}

/** Where loading a network stands. */
export type Phase =
  | { readonly kind: 'empty' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly network: Network }
  | { readonly kind: 'failed'; readonly failure: NetworkFailure };

/** What was loaded, or is being loaded, or what is wrong with it or with the policy form. */
export function statusView(
  phase: Phase,
  policyError: ValidationError | undefined,
  locale: Locale,
): TemplateResult {
  const m = messages[locale];
  if (phase.kind === 'loading') return html`<p part="status" role="status">${m.loading}</p>`;
  if (phase.kind === 'empty') return html`<p part="status" role="status">${m.noNetwork}</p>`;
  if (phase.kind === 'failed')
    return phase.failure.kind === 'invalid'
      ? issuesView(phase.failure.error, locale)
      : html`<p part="input-error" role="alert">${m.unreachable}</p>`;
  return html`<p part="status" role="status">
      ${formatCount(phase.network.length, locale, { one: m.loadedOne, other: m.loadedOther })}.
    </p>
    ${
      policyError === undefined
        ? nothing
        : html`<div part="input-error" role="alert">
          <ul>
            ${policyError.issues.map((issue) => html`<li>${describeIssueIn(issue, locale)}</li>`)}
          </ul>
        </div>`
    }`;
}
