import { css } from 'lit';

export const twitchStyles = css`
  .safety-note {
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border-inline-start: 0.3em solid var(--_emergency);
  }

  .check {
    border-block-start: 1px solid var(--_border);
    padding-block-start: calc(var(--_space) * 0.75);
  }

  /* Each sign's hint sits under its label, lined up with the label's text. */
  .sign .hint {
    margin-block-start: -0.5em;
    padding-inline-start: 1.75em;
  }

  .choice.none {
    margin-block-start: 0.25em;
    padding-block-start: 0.25em;
    border-block-start: 1px dashed var(--_border);
  }
`;
