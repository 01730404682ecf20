import { css } from 'lit';

/** The catalogue's layout on screen, and on paper only the support package (A4 is set by print.ts). */
export const catalogueStyles = css`
  /* Flex items are as wide as their longest word ("Ondersteuningspakket") unless a word may break. */
  [part~='views'],
  [part~='filters'],
  [part~='package-details'],
  [part~='chosen'],
  [part~='actions'] {
    overflow-wrap: anywhere;
  }
  [part~='views'] ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    margin: 0 0 0.75em;
    padding: 0;
    list-style: none;
  }
  [part~='view-link'][aria-current='page'] {
    font-weight: bold;
    text-decoration: none;
  }
  [part~='package-details'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    margin-block-end: 0.75em;
  }
  [part~='search'] {
    flex-basis: 100%;
  }
  [part~='hint'] {
    font-size: 0.875em;
  }
  select,
  input,
  button,
  textarea {
    font: inherit;
    max-inline-size: 100%;
  }
  [part~='result'],
  [part~='referral'],
  [part~='item'],
  [part~='package'] {
    overflow-wrap: anywhere;
  }
  textarea {
    inline-size: 100%;
    box-sizing: border-box;
  }
  [part~='results'],
  [part~='referrals'],
  [part~='chosen'] {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='result'],
  [part~='referral'] {
    padding-block: 0.5em;
    border-block-end: 1px solid var(--opvang-color-border, #6b6b6b);
  }
  [part~='result'] p {
    margin-block: 0.25em;
  }
  [part~='kind'] {
    display: block;
    font-size: 0.875em;
  }
  [part~='item-heading'],
  [part~='referral-name'],
  [part~='package-title'],
  [part~='package-group-heading'],
  [part~='chosen-heading'] {
    font-weight: bold;
    margin-block: 0.5em 0.25em;
  }
  [part~='facts'] dt {
    font-weight: bold;
  }
  [part~='facts'] dd {
    margin-inline-start: 0;
    margin-block-end: 0.5em;
  }
  [part~='facts'] ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  [part~='chosen'] li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    padding-block: 0.25em;
  }
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block: 0.75em;
  }
  [part~='package'] {
    margin-block-start: 0.5em;
    padding: 0.75em;
    border: 1px dashed var(--opvang-color-border, #6b6b6b);
  }
  [part~='preview-label'] {
    margin-block-start: 1em;
    font-size: 0.875em;
  }
  [part~='error'],
  [part~='storage-warning'] {
    border-inline-start: 4px solid var(--opvang-color-error, #b3261e);
    padding-inline-start: 0.5em;
  }
  a:focus-visible,
  select:focus-visible,
  input:focus-visible,
  button:focus-visible,
  textarea:focus-visible {
    outline: 3px solid var(--opvang-color-focus, var(--opvang-color-accent, #0b5394));
    outline-offset: 2px;
  }
  /* On paper: what is shown, black on white, without controls; printing a package (print.ts marks
     the host), the package alone, without the widget's heading either. */
  @media print {
    :host,
    :host > * {
      color: #000000;
      background: #ffffff;
      font-size: 10.5pt;
      border: none;
    }
    [part~='views'],
    [part~='filters'],
    [part~='choose'],
    [part~='back'],
    [part~='intro'],
    [part~='storage-warning'],
    [part~='package-details'],
    [part~='package-empty'],
    [part~='chosen-heading'],
    [part~='chosen'],
    [part~='actions'],
    [part~='copy-status'],
    [part~='plain-text'],
    [part~='preview-label'],
    :host([data-opvang-printing]) [part~='heading'] {
      display: none;
    }
    a {
      color: #000000;
      text-decoration: none;
    }
    [part~='package'] {
      margin: 0;
      padding: 0;
      border: none;
    }
    [part~='package-title'] {
      font-size: 16pt;
    }
    [part~='package-group'],
    [part~='package'] li {
      break-inside: avoid;
    }
  }
`;
