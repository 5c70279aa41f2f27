import { css } from 'lit';

/**
 * The summary's pages, on screen (full screen in the widget) and on paper: black on white when
 * printed, 12 pt, a real table for the answers, each copy from a new page. Kept compact so a
 * typical twitching result fits on one A4 or Letter page.
 */
export const summaryPageStyles = css`
  .summary-page {
    max-width: 44em;
    margin-inline: auto;
    line-height: 1.3;
  }

  .summary-page h2 {
    margin: 0;
    font-size: 1.25em;
  }

  .summary-page h3 {
    margin: 0.3em 0 0.1em;
    font-size: 1.05em;
    break-after: avoid;
  }

  .summary-page p,
  .summary-page ul {
    margin: 0 0 0.25em;
  }

  .summary-page ul {
    padding-inline-start: 1.25em;
  }

  .summary-page table {
    width: 100%;
    border-collapse: collapse;
    line-height: 1.05;
  }

  .summary-page th,
  .summary-page td {
    padding: 0 0.3em;
    border: 1px solid;
    text-align: start;
    vertical-align: top;
    break-inside: avoid;
  }

  /* Chinese characters fill the whole em box: they need more room between rows. */
  .summary-page:lang(zh) table {
    line-height: 1.3;
  }

  .summary-page tbody th {
    font-weight: normal;
  }

  .summary-page td {
    width: 20%;
    font-weight: bold;
  }

  .summary-page .lists {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(18em, 100%), 1fr));
    column-gap: 1em;
  }

  .summary-page .copy-note {
    font-style: italic;
  }

  .summary-page .write-on > div {
    height: 1.6em;
    border-bottom: 1px solid;
  }

  .summary-page + .summary-page {
    margin-block-start: 2em;
    break-before: page;
  }

  @media print {
    .summary-page {
      max-width: none;
      color: #000;
      background: #fff;
      /* Arial's metrics everywhere (Liberation Sans on Linux): the page fits the same on every printer. */
      font: 12pt/1.2 Arial, 'Liberation Sans', Helvetica, sans-serif;
    }

    .summary-page + .summary-page {
      margin-block-start: 0;
    }
  }
`;

/** The panel under a result, and its full-screen view. */
export const summaryPanelStyles = css`
  .summary-panel {
    margin-block-start: calc(var(--_space) * 1.5);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }

  .summary-status:empty {
    display: none;
  }

  .summary-view {
    box-sizing: border-box;
    width: 100%;
    max-width: none;
    height: 100%;
    max-height: none;
    margin: 0;
    padding: var(--_space);
    border: 0;
    color: var(--_text);
    background: var(--_surface);
  }

  .summary-view::backdrop {
    background: rgb(0 0 0 / 0.6);
  }

  .summary-view form {
    display: flex;
    justify-content: flex-end;
  }
`;
