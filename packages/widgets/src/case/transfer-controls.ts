import type { Locale } from '@opvang/core/i18n';
import type { CaseState } from '@opvang/core/step-plan';
import { html, nothing, type TemplateResult } from 'lit';
import { messages } from './messages.js';
import { downloadLog, importProblemText, type ImportProblem } from './transfer.js';

/** What the log's controls show and call. */
export interface TransferView {
  readonly locale: Locale;
  readonly level: number;
  /** The case to export and print; without it, only the import. */
  readonly state: CaseState | undefined;
  readonly problem: ImportProblem | undefined;
  /** Where the export's download link is made. */
  readonly root: ShadowRoot;
  readonly onImport: (event: Event) => Promise<void>;
}

/**
 * Export the event log as JSON, import one (its errors with the event and the path), print.
 *
 * @example
 * ```ts
 * html`${transferControls({ locale: 'nl', level: 3, state, problem: undefined, root, onImport })}`;
 * ```
 */
export function transferControls(view: TransferView): TemplateResult {
  const text = messages[view.locale];
  const { state } = view;
  return html`<section part="transfer" class="transfer" aria-labelledby="transfer-heading">
    <div class="subheading" id="transfer-heading" role="heading" aria-level=${view.level}>${text.transferHeading}</div>
    ${
      view.problem === undefined
        ? nothing
        : html`<div class="summary" part="form-error" role="alert" id="import-error">${importProblemText(view.problem, view.locale)}</div>`
    }
    ${
      state === undefined
        ? nothing
        : html`<button class="button" part="button" type="button" @click=${() => {
            downloadLog(state, view.root);
          }}>${text.export}</button>
          <button class="button" part="button" type="button" @click=${() => {
            window.print();
          }}>${text.print}</button>`
    }
    <div class="field"><label for="import">${text.import}</label>
      <input id="import" type="file" accept="application/json,.json" @change=${view.onImport} /></div>
  </section>`;
}
