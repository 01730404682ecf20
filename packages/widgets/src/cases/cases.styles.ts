import { css } from 'lit';

/** The portfolio's layout: filters in a wrapping row, the table scrolling sideways on a narrow screen. */
export const casesStyles = css`
  select,
  input,
  button {
    font: inherit;
  }
  table {
    display: block;
    max-inline-size: 100%;
    overflow-x: auto;
    border-collapse: collapse;
  }
  th,
  td {
    padding-block: 0.25em;
    padding-inline: 0.5em;
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--opvang-color-border, #6b6b6b);
  }
  [part~='case-id'] {
    display: block;
    font-weight: normal;
    font-size: 0.875em;
  }
  [part~='overdue'] {
    color: var(--opvang-color-error, #b3261e);
  }
  progress {
    display: block;
    inline-size: 6em;
  }
  a:focus-visible,
  select:focus-visible,
  input:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--opvang-color-focus, var(--opvang-color-accent, #0b5394));
    outline-offset: 2px;
  }
  [part~='status'] {
    margin-block: 0.5em;
  }
  [part~='register'] {
    margin-block-start: 1em;
  }
  [part~='sign-in'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: end;
  }
`;
