import { css } from 'lit';

/**
 * The base every widget shares: its own box, its own typography from themable custom
 * properties with fallbacks, and nothing that leaks to or from the host page.
 *
 * Inherited properties (font, colour, line height, text alignment) cross the shadow
 * boundary, so the host's styles would otherwise reach in; each is set explicitly here,
 * with the page's font as the default since a widget should look like part of the site.
 */
export const themeStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--opvang-color-text, #1b1b1b);
    background: var(--opvang-color-background, #ffffff);
    font-family: var(--opvang-font-family, inherit);
    font-size: var(--opvang-font-size, 1rem);
    font-style: normal;
    font-weight: normal;
    line-height: 1.5;
    letter-spacing: normal;
    text-align: start;
    text-transform: none;
    word-spacing: normal;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [part~='error'] {
    margin: 0;
    padding-block: var(--opvang-space, 0.75rem);
    padding-inline: var(--opvang-space, 0.75rem);
    border-inline-start: 0.25rem solid var(--opvang-color-error, #b3261e);
    border-radius: var(--opvang-radius, 0.25rem);
    color: var(--opvang-color-text, #1b1b1b);
    background: var(--opvang-color-error-background, #fdecea);
  }
  @media (forced-colors: active) {
    [part~='error'] {
      border-inline-start-color: CanvasText;
    }
  }
`;
