import { css } from 'lit';

/** The layout of `<opvang-info-market>`; colours, type and focus come from the shared theme. */
export const infoMarketStyles = css`
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
