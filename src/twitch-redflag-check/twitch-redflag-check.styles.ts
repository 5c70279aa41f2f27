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

  .choice.none {
    margin-block-start: 0.25em;
    padding-block-start: 0.25em;
    border-block-start: 1px dashed var(--_border);
  }
`;
