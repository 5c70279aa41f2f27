import { css } from 'lit';

export const rlsStyles = css`
  .summary {
    font-size: 1.0625em;
  }

  .question {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .question.missing {
    border: 2px solid var(--_emergency);
  }

  legend {
    padding-inline: 0.25em;
    font-weight: bold;
  }

  .hint {
    margin-block: 0 0.5em;
    color: var(--_muted);
  }

  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
  }

  .options label {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.75em;
    cursor: pointer;
  }

  .options input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
  }

  .unanswered {
    margin-block-start: var(--_space);
    font-weight: bold;
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
