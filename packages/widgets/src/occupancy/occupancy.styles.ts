import { css } from 'lit';

/** The dashboard's layout: sections one under the other, forms that wrap, tables that scroll sideways. */
export const occupancyStyles = css`
  section > section,
  [part~='base'] > section {
    margin-block-start: 1.5em;
  }
  [part~='section-heading'] {
    font-size: 1.125em;
    font-weight: bold;
    margin-block-end: 0.5em;
  }
  [part~='subheading'] {
    font-weight: bold;
    margin-block: 1em 0.25em;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin-block-end: 0.5em;
  }
  .policy fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: end;
    border: 1px solid var(--opvang-color-border, #6b6b6b);
  }
  .field button {
    align-self: start;
  }
  .help {
    font-size: 0.875em;
  }
  input,
  button,
  select {
    font: inherit;
    max-inline-size: 100%;
  }
  .tolerance {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
  }
  .tolerance input {
    inline-size: 20em;
  }
  .scroll {
    max-inline-size: 100%;
    overflow-x: auto;
  }
  .scroll:focus-visible {
    outline: 0.1875em solid var(--opvang-color-focus, var(--opvang-color-accent, #0b5394));
    outline-offset: 0.125em;
  }
  table {
    border-collapse: collapse;
    margin-block: 0.5em;
  }
  caption {
    text-align: start;
    font-weight: bold;
  }
  th,
  td {
    padding-block: 0.125em;
    padding-inline: 0.5em;
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--opvang-color-border, #6b6b6b);
  }
  [part~='input-error'] {
    margin-block: 0.5em;
    padding: var(--opvang-space, 0.75em);
    border-inline-start: 0.25em solid var(--opvang-color-error, #b3261e);
    background: var(--opvang-color-error-background, #fdecea);
  }
  [part~='outlook-table'] td {
    white-space: nowrap;
  }
  [part~='plan-line'] p {
    margin-block: 0.25em;
  }
  @media (forced-colors: active) {
    [part~='input-error'] {
      border-inline-start-color: CanvasText;
    }
  }
  @media print {
    [part~='input'],
    [part~='tolerance'] input,
    button {
      display: none;
    }
  }
`;
