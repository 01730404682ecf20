import { css } from 'lit';

/** The report's layout: tables scrolling sideways on a narrow screen, the text summary wrapped. */
export const reportStyles = css`
  [part~='scroller'] {
    max-inline-size: 100%;
    overflow-x: auto;
    margin-block: 0.5em;
  }
  table {
    border-collapse: collapse;
    margin-block: 0.5em;
  }
  th,
  td {
    padding-block: 0.25em;
    padding-inline: 0.5em;
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--opvang-color-border, #6b6b6b);
  }
  [part~='subheading'] {
    margin-block: 1em 0.25em;
    font-weight: bold;
    font-size: 1.1em;
  }
  [part~='case-id'],
  [part~='support-not-needed'] {
    display: block;
    font-weight: normal;
    font-size: 0.875em;
  }
  pre {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font-size: 0.875em;
  }
  [part~='downloads'] ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
    padding-inline-start: 0;
    list-style: none;
  }
  [part~='sign-in'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: end;
  }
  input,
  button {
    font: inherit;
  }
  a:focus-visible,
  [part~='scroller']:focus-visible,
  summary:focus-visible,
  input:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--opvang-color-focus, var(--opvang-color-accent, #0b5394));
    outline-offset: 2px;
  }
`;
