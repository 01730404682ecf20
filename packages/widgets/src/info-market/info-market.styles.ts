import { css } from 'lit';

/** The layout of `<opvang-info-market>`; colours, type and focus come from the shared theme. */
export const infoMarketStyles = css`
  [part~='base'] {
    padding-block: var(--opvang-space, 0.75rem);
    padding-inline: var(--opvang-space, 0.75rem);
    border: 1px solid var(--opvang-color-border, #6b6b6b);
    border-radius: var(--opvang-radius, 0.25rem);
  }
  [part~='heading'] {
    margin-block: 0 0.5em;
    font-size: 1.25em;
    font-weight: bold;
    line-height: 1.25;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 1em;
    margin: 0;
  }
  dt {
    font-weight: bold;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  p {
    margin-block: 0.75em 0;
  }
  [part~='calendar'] {
    color: var(--opvang-color-accent, #0b5394);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
`;
