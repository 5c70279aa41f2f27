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

  /*
   * A sign's label can wrap to several lines: its box sits on the first line, and the hint under
   * it lines up with the label's text (box 1.25em + gap 0.5em).
   */
  .sign {
    padding-block: 0.5em;
  }

  .sign .choice {
    align-items: start;
    min-block-size: 24px;
  }

  .sign input {
    margin-block-start: 0.125em;
  }

  .sign .hint {
    margin: 0.25em 0 0;
    padding-inline-start: 1.75em;
  }

  .choice.none {
    margin-block-start: 0.25em;
    padding-block-start: 0.25em;
    border-block-start: 1px dashed var(--_border);
  }
`;
