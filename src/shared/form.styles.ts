import { css } from 'lit';

/** Questions and answers, as every check in the library asks them. */
export const formStyles = css`
  fieldset {
    margin: 0 0 var(--_space);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  fieldset.missing {
    border: 2px solid var(--_emergency);
  }

  /* A floated legend sits inside the box, so a question that wraps does not cross its border. */
  legend {
    float: inline-start;
    inline-size: 100%;
    padding: 0;
    margin-block-end: 0.5em;
    font-weight: bold;
  }

  legend + * {
    clear: both;
  }

  legend [part='heading'] {
    margin: 0;
  }

  .hint {
    margin-block: 0 0.5em;
    color: var(--_muted);
  }

  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25em;
  }

  .options label,
  .choice {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: max(2.75em, 24px);
    cursor: pointer;
  }

  input {
    flex: none;
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

  .step-count {
    color: var(--_muted);
    font-weight: bold;
  }

  .problem {
    margin-block-start: var(--_space);
    font-weight: bold;
  }
`;
