// The FAQ's styles before issue 12 (commit a3d3d49), for the benchmark's baseline.
import { css } from 'lit';

// No transitions or animations at all, so prefers-reduced-motion has nothing to switch off.
export const faqStyles = css`
  [part~='controls'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: end;
    margin-block-end: 0.75em;
  }
  label {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    font-weight: bold;
  }
  input,
  select,
  button {
    font: inherit;
    color: inherit;
    min-block-size: 2.75em;
    padding-block: 0.25em;
    padding-inline: 0.5em;
    border: 1px solid var(--opvang-color-border, #6b6b6b);
    border-radius: var(--opvang-radius, 0.25rem);
    background: var(--opvang-color-background, #ffffff);
  }
  input {
    inline-size: min(100%, 20em);
  }
  [part~='status'] {
    margin: 0 0 0.5em;
  }
  [part~='list'] {
    border-block-start: 1px solid var(--opvang-color-border, #6b6b6b);
  }
  [part~='item'] {
    border-block-end: 1px solid var(--opvang-color-border, #6b6b6b);
  }
  [part~='question'] {
    margin: 0;
    font-size: 1em;
  }
  [part~='question'] button {
    display: flex;
    gap: 0.5em;
    inline-size: 100%;
    border: 0;
    border-radius: 0;
    text-align: start;
    font-weight: bold;
    cursor: pointer;
  }
  [part~='question'] button::before {
    content: '+';
    inline-size: 1em;
    flex: none;
  }
  [part~='question'] button[aria-expanded='true']::before {
    content: '−';
  }
  [part~='answer'] {
    padding-block: 0 0.75em;
    padding-inline: 1.5em 0.5em;
    overflow-wrap: anywhere;
  }
  [part~='answer'] > :first-child {
    margin-block-start: 0;
  }
  mark {
    color: inherit;
    background: var(--opvang-color-highlight, #fff3a3);
  }
  @media (forced-colors: active) {
    mark {
      background: Highlight;
      color: HighlightText;
    }
  }
  @media print {
    [part~='controls'],
    [part~='status'] {
      display: none;
    }
    [part~='answer'][hidden] {
      display: block;
    }
    [part~='question'] button::before {
      content: none;
    }
  }
`;
