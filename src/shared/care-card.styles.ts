import { css } from 'lit';

/**
 * Care cards follow the NHS model: each level differs in colour AND in shape (border weight, a
 * filled or plain heading band) AND in its icon, so colour is never the only signal.
 */
export const careCardStyles = css`
  .care-card {
    --_level: var(--_accent);
    margin-block-end: var(--_space);
    border: 2px solid var(--_level);
    border-radius: var(--_radius);
    overflow: hidden;
  }

  .care-heading {
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
  }

  .care-heading [part='heading'] {
    display: flex;
    align-items: center;
    gap: 0.5em;
    margin: 0;
    font-size: 1.25em;
  }

  .care-icon {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 1.5em;
    block-size: 1.5em;
    border: 2px solid currentColor;
    border-radius: 50%;
    font-size: 0.875em;
  }

  .care-body {
    padding: 0 calc(var(--_space) * 0.75) calc(var(--_space) * 0.5);
  }

  .care-body [part='heading'] {
    margin-block-start: calc(var(--_space) * 0.75);
    font-size: 1em;
  }

  .care-emergency {
    --_level: var(--_emergency);
    border-width: 4px;
  }

  .care-emergency .care-heading {
    color: var(--_surface);
    background: var(--_emergency);
  }

  .care-emergency .care-icon::before {
    content: '!!';
  }

  .care-urgent {
    --_level: var(--_urgent);
    border-width: 4px;
  }

  .care-urgent .care-heading {
    color: var(--_surface);
    background: var(--_urgent);
  }

  .care-urgent .care-icon::before {
    content: '!';
  }

  .care-soon {
    --_level: var(--_soon);
    border-inline-start-width: 0.5em;
  }

  .care-soon .care-icon::before {
    content: 'i';
  }

  .care-self-care {
    --_level: var(--_self-care);
    border-style: dashed;
  }

  .care-self-care .care-icon::before {
    content: '\\2713';
  }

  .emergency-call {
    display: inline-block;
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    color: var(--_surface);
    background: var(--_emergency);
    font-size: 1.25em;
    font-weight: bold;
    text-decoration: none;
  }

  /*
   * The filled bands would be CanvasText on CanvasText here, text readable only on its backplate:
   * show them as plain boxes with a rule below, the level still told by icon, border and label.
   */
  @media (forced-colors: active) {
    .care-emergency .care-heading,
    .care-urgent .care-heading {
      color: CanvasText;
      background: Canvas;
      border-block-end: 2px solid CanvasText;
    }

    .emergency-call {
      color: LinkText;
      background: Canvas;
      border: 2px solid LinkText;
    }
  }
`;
