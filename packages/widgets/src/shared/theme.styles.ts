import { css } from 'lit';

/**
 * The base every widget shares: its own box, its own typography from themable custom
 * properties with fallbacks, and nothing that leaks to or from the host page.
 *
 * Inherited properties (font, colour, line height, text alignment) cross the shadow
 * boundary, so the host's styles would otherwise reach in; each is set explicitly here,
 * with the page's font as the default since a widget should look like part of the site.
 *
 * The page's own rules on the host element win over `:host` (outer styles beat inner ones in
 * the cascade, and a hostile page may use `!important`), so the same reset is repeated on the
 * shadow tree's top-level elements (`:host > *`), where the page's selectors cannot reach.
 *
 * The default colours pass WCAG AA: text `#1b1b1b` on `#ffffff` is 17.2:1, links and focus
 * `#0b5394` 7.8:1, text on the error background `#fdecea` 15.1:1, the border `#6b6b6b` 5.3:1
 * and the error accent `#b3261e` 5.7:1 (non-text needs 3:1).
 *
 * Text size: `medium` on the host, the reader's own default font size (16 px unless they chose
 * another in the browser), and `em` for everything inside. Not `rem`: many CMS themes set
 * `html { font-size: 62.5% }` so that 1rem is 10 px, and every widget would show 10 px text.
 * `medium` does not depend on the page's root size, and scales with browser zoom like any length.
 *
 * @example
 * ```ts
 * static override styles = [themeStyles, infoMarketStyles];
 * ```
 */
export const themeStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
    unicode-bidi: isolate;
  }
  :host,
  :host > * {
    color: var(--opvang-color-text, #1b1b1b);
    background: var(--opvang-color-background, #ffffff);
    font-family: var(--opvang-font-family, inherit);
    font-size: var(--opvang-font-size, medium);
    font-style: normal;
    font-variant: normal;
    font-weight: normal;
    line-height: 1.5;
    letter-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    text-transform: none;
    white-space: normal;
    word-spacing: normal;
    overflow-wrap: break-word;
  }
  :host > * {
    /* The widget's own box never grows wider than its host (320 px viewports, 400% zoom). */
    box-sizing: border-box;
    max-inline-size: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: var(--opvang-color-accent, #0b5394);
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  summary:focus-visible {
    outline: 0.1875em solid var(--opvang-color-focus, var(--opvang-color-accent, #0b5394));
    outline-offset: 0.125em;
  }
  [part~='error'] {
    margin: 0;
    padding-block: var(--opvang-space, 0.75em);
    padding-inline: var(--opvang-space, 0.75em);
    border-inline-start: 0.25em solid var(--opvang-color-error, #b3261e);
    border-radius: var(--opvang-radius, 0.25em);
    color: var(--opvang-color-text, #1b1b1b);
    background: var(--opvang-color-error-background, #fdecea);
  }
  @media (prefers-reduced-motion: reduce) {
    /* Covers every widget's own transitions and animations, present and future. */
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      scroll-behavior: auto !important;
      transition-duration: 0.01ms !important;
    }
  }
  @media (forced-colors: active) {
    /* The system colours replace ours; keep borders and focus visible in them. */
    :host,
    :host > * {
      color: CanvasText;
      background: Canvas;
    }
    a {
      color: LinkText;
    }
    a:focus-visible,
    button:focus-visible,
    input:focus-visible,
    select:focus-visible,
    textarea:focus-visible,
    summary:focus-visible {
      outline-color: Highlight;
    }
    [part~='error'] {
      border-inline-start-color: CanvasText;
    }
  }
`;
