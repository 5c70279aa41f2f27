import { css } from 'lit';

export const spasmStyles = css`
  /* Shaped like a same-day care card: a thick border on the start side, in the urgent colour. */
  .check-first {
    margin-block: var(--_space);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border: 2px solid var(--_urgent);
    border-inline-start-width: 0.5em;
    border-radius: var(--_radius);
  }

  .check-first [part='heading'] {
    margin-block-start: 0;
  }

  .steps,
  .help,
  .prevention {
    margin-block-start: var(--_space);
  }

  .step-list {
    padding-inline-start: 1.5em;
  }

  .step-list > li + li {
    margin-block-start: var(--_space);
  }

  .step-list > li::marker {
    font-weight: bold;
  }

  .timer {
    margin-block: var(--_space);
    padding: calc(var(--_space) * 0.75);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
  }

  .time-left {
    font-size: 1.5em;
    font-weight: bold;
    font-variant-numeric: tabular-nums;
  }

  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .care-card + .care-card {
    margin-block-start: var(--_space);
  }

  /* The diary's signs are long and wrap: each box sits on its label's first line. */
  .diary .choice {
    align-items: start;
    min-block-size: 24px;
    padding-block: 0.5em;
  }

  .diary .choice input {
    margin-block-start: 0.125em;
  }
`;
