import { css } from 'lit';

/** The case widget's layout: the task list (GOV.UK pattern), forms, history and print. */
export const caseStyles = css`
  p {
    margin-block: 0.25em 0;
  }
  section {
    margin-block-start: 1.25em;
  }
  .subheading {
    margin-block: 0 0.5em;
    font-size: 1.1em;
    font-weight: bold;
  }
  .task-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .group {
    margin-block-start: 1em;
  }
  .group-head,
  .task {
    display: grid;
    grid-template-columns: minmax(0, 1fr) fit-content(45%);
    gap: 0.25em 1em;
    align-items: start;
  }
  .group-name {
    font-weight: bold;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .task {
    padding-block: 0.5em;
    border-block-end: 1px solid var(--opvang-color-border, #6b6b6b);
  }
  .task-text {
    min-inline-size: 0;
  }
  .task-name {
    padding: 0;
    border: 0;
    color: var(--opvang-color-accent, #0b5394);
    background: none;
    font: inherit;
    text-align: start;
    text-decoration: underline;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  span.task-name {
    color: inherit;
    text-decoration: none;
  }
  .hint {
    color: inherit;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  .panel {
    grid-column: 1 / -1;
    padding-inline-start: 0.75em;
    border-inline-start: 0.25rem solid var(--opvang-color-accent, #0b5394);
  }
  .tag {
    display: inline-block;
    padding-block: 0.1em;
    padding-inline: 0.5em;
    border: 1px solid currentColor;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  .tag-done,
  .tag-skipped,
  .tag-not-applicable {
    font-weight: normal;
  }
  .tag-overdue {
    border-width: 2px;
    color: var(--opvang-color-error, #b3261e);
    background: var(--opvang-color-error-background, #fdecea);
  }
  .deadline {
    padding-block: var(--opvang-space, 0.75em);
    padding-inline: var(--opvang-space, 0.75em);
    border: 1px solid var(--opvang-color-border, #6b6b6b);
  }
  .deadline.is-overdue {
    border: 0.25rem solid var(--opvang-color-error, #b3261e);
  }
  .remaining {
    font-weight: bold;
  }
  .form {
    margin-block-start: 1em;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin-block: 0.75em 0;
    margin-inline: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .check {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    align-items: baseline;
    gap: 0.25em 0.5em;
  }
  legend {
    padding: 0;
    margin-block-end: 0.25em;
  }
  input:not([type='checkbox'], [type='radio']),
  select,
  textarea {
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 40em;
    padding-block: 0.4em;
    padding-inline: 0.5em;
    border: 1px solid var(--opvang-color-border, #6b6b6b);
    border-radius: var(--opvang-radius, 0.25rem);
    color: inherit;
    background: var(--opvang-color-background, #ffffff);
    font: inherit;
  }
  .summary,
  .warning {
    margin-block: 0.75em 0;
    padding-block: var(--opvang-space, 0.75rem);
    padding-inline: var(--opvang-space, 0.75rem);
    border-inline-start: 0.25rem solid var(--opvang-color-error, #b3261e);
    background: var(--opvang-color-error-background, #fdecea);
  }
  .button {
    display: inline-block;
    margin-block-start: 0.75em;
    margin-inline-end: 0.5em;
    padding-block: 0.5em;
    padding-inline: 1.25em;
    border: 2px solid var(--opvang-color-accent, #0b5394);
    border-radius: var(--opvang-radius, 0.25rem);
    color: var(--opvang-color-accent-text, #ffffff);
    background: var(--opvang-color-accent, #0b5394);
    font: inherit;
    font-weight: bold;
    cursor: pointer;
  }
  .support-facts dt {
    font-weight: bold;
  }
  .support-facts dd {
    margin-block: 0 0.5em;
    margin-inline: 0;
  }
  .support-choice .field > legend {
    font-weight: bold;
  }
  .support-items {
    margin-block: 0;
    padding-inline-start: 1.25em;
  }
  .history-list {
    padding-inline-start: 1.5em;
  }
  .history-entry {
    margin-block-end: 0.5em;
    break-inside: avoid;
  }
  .case-id,
  .history-what {
    overflow-wrap: anywhere;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :focus-visible {
    outline: 3px solid var(--opvang-color-accent, #0b5394);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
      color: ButtonText;
      background: ButtonFace;
    }
    .summary,
    .warning,
    .panel {
      border-inline-start-color: CanvasText;
    }
  }
  /* On A4: the deadline, the task list and the history, in black on white; no forms, no buttons. */
  @media print {
    @page {
      size: A4;
      margin: 15mm;
    }
    :host,
    :host > * {
      color: #000000;
      background: #ffffff;
      font-size: 10.5pt;
    }
    .form,
    .record,
    .transfer,
    .role,
    .next,
    .panel {
      display: none;
    }
    .task-name {
      color: #000000;
      text-decoration: none;
    }
    .task,
    .group-head {
      break-inside: avoid;
    }
    .tag,
    .tag-overdue {
      color: #000000;
      background: none;
    }
  }
`;
