import { css } from 'lit';

export const rlsStyles = css`
  .summary {
    font-size: 1.0625em;
  }

  .result {
    margin-block-start: var(--_space);
    padding: calc(var(--_space) * 0.75);
    border: 2px solid var(--_accent);
    border-inline-start-width: 0.375em;
    border-radius: var(--_radius);
  }

  .result [part='heading'] {
    font-size: 1.25em;
  }

  .reasons {
    padding-inline-start: 1.25em;
  }

  .result-unlikely {
    border-color: var(--_self-care);
  }

  .reasons-label {
    margin-block-end: 0.25em;
    font-weight: bold;
  }
`;
