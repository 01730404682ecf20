import { css } from 'lit';

/** The bordered box and its heading, shared by the widgets that show one (info market, contact). */
export const cardStyles = css`
  [part~='base'] {
    padding-block: var(--opvang-space, 0.75em);
    padding-inline: var(--opvang-space, 0.75em);
    border: 1px solid var(--opvang-color-border, #6b6b6b);
    border-radius: var(--opvang-radius, 0.25em);
  }
  [part~='heading'] {
    margin-block: 0 0.5em;
    font-size: 1.25em;
    font-weight: bold;
    line-height: 1.25;
  }
`;
