import { css } from 'lit';

export const contactStyles = css`
  .form-heading {
    margin-block-start: 1em;
    font-size: 1.1em;
  }
  /* Labels take at most 40% of the row, so the values keep room for their list's indent
     and a glyph whatever the font; both may shrink and every word may break, so nothing
     pushes the list past a 320 px viewport. One column on narrow screens. */
  dl {
    display: grid;
    grid-template-columns: fit-content(40%) minmax(0, 1fr);
    gap: 0.25em 1em;
    margin: 0;
  }
  @media (max-width: 30em) {
    dl {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  dt {
    font-weight: bold;
  }
  dt,
  dd {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  dd {
    margin: 0;
  }
  ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  p {
    margin: 0;
  }
  a {
    color: var(--opvang-color-accent, #0b5394);
  }
  .open-status {
    font-weight: bold;
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
  /* The box beside its label, always: a grid, not a wrapping flex row, so a long label
     wraps next to its box instead of dropping below it (360 px). Errors take the full row. */
  .check {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    align-items: baseline;
    gap: 0.25em 0.5em;
  }
  .check > label {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .check > .field-error {
    grid-column: 1 / -1;
  }
  legend {
    padding: 0;
    margin-block-end: 0.25em;
  }
  input:not([type='checkbox'], [type='radio']),
  select,
  textarea {
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
  textarea {
    resize: vertical;
  }
  [aria-invalid='true']:not(fieldset) {
    border-color: var(--opvang-color-error, #b3261e);
    border-width: 2px;
  }
  .field-error {
    flex-basis: 100%;
    color: var(--opvang-color-error, #b3261e);
    font-weight: bold;
  }
  .summary {
    margin-block: 0.75em 0;
    padding-block: var(--opvang-space, 0.75rem);
    padding-inline: var(--opvang-space, 0.75rem);
    border-inline-start: 0.25rem solid var(--opvang-color-error, #b3261e);
    background: var(--opvang-color-error-background, #fdecea);
  }
  .status:not(:empty) {
    margin-block: 0.75em 0;
    padding-block: 0.5em;
    padding-inline: 0.75em;
    border-inline-start: 0.25rem solid var(--opvang-color-accent, #0b5394);
  }
  .button {
    display: inline-block;
    margin-block-start: 0.75em;
    padding-block: 0.5em;
    padding-inline: 1.25em;
    border: 2px solid var(--opvang-color-accent, #0b5394);
    border-radius: var(--opvang-radius, 0.25rem);
    color: var(--opvang-color-accent-text, #ffffff);
    background: var(--opvang-color-accent, #0b5394);
    font: inherit;
    font-weight: bold;
    text-decoration: none;
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid var(--opvang-color-accent, #0b5394);
    outline-offset: 2px;
  }
  /* Out of sight for people and screen readers, yet a plain input for bots that fill every field. */
  .honeypot {
    position: absolute;
    inset-inline-start: -100vw;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
  }
  @media (prefers-reduced-motion: no-preference) {
    .button {
      transition: background-color 0.15s;
    }
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
      color: ButtonText;
      background: ButtonFace;
    }
    .summary,
    .status:not(:empty) {
      border-inline-start-color: CanvasText;
    }
  }
`;
