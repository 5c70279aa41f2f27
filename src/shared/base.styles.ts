import { css } from 'lit';

/**
 * The theme and the look every element shares. Public tokens (`--lhw-*`) are never declared here,
 * only read with a default, so a host can set them on `:root`, on a container or on the element.
 * Defaults use `light-dark()`: the root's `color-scheme` (from `theme`, else the system) picks one.
 * Sizes are in `em` so the widget follows the host's font size, not the root's.
 */
export const baseStyles = css`
  :host {
    display: block;
    /* Set on the host, not only inside: the page's writing-mode would turn the widget's box too. */
    writing-mode: horizontal-tb;
    --_text: var(--lhw-color-text, light-dark(#1d2733, #e8edf2));
    --_muted: color-mix(in srgb, var(--_text) 75%, var(--_surface));
    --_surface: var(--lhw-color-surface, light-dark(#ffffff, #141c25));
    --_accent: var(--lhw-color-accent, light-dark(#005a9e, #8cc8ff));
    --_border: var(--lhw-color-border, light-dark(#8a97a6, #5d6b7a));
    --_emergency: var(--lhw-color-emergency, light-dark(#b00020, #ff8f8f));
    --_urgent: var(--lhw-color-urgent, light-dark(#9a4a00, #ffb870));
    --_soon: var(--lhw-color-soon, light-dark(#005a9e, #8cc8ff));
    --_self-care: var(--lhw-color-self-care, light-dark(#00703c, #7bd8a4));
    --_radius: var(--lhw-radius, 0.5em);
    --_space: var(--lhw-space, 1em);
  }

  :host([hidden]) {
    display: none;
  }

  /*
   * Inherited properties cross the shadow root. Of the page's, only the font family and size, the
   * direction and the language reach the widget (README); the others a page may set on an
   * ancestor (white-space, text-transform, letter-spacing, text-indent, -webkit-text-fill-color,
   * cursor, user-select, a bold or italic font, ...) are set back here.
   */
  .root {
    font: initial;
    font-family: inherit;
    font-size: inherit;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    text-align: start;
    white-space: normal;
    word-break: normal;
    hyphens: manual;
    /* A long word (a clinic's name) may break anywhere, so it also narrows the boxes around it. */
    overflow-wrap: anywhere;
    list-style: outside;
    cursor: auto;
    /* The prefixed name: WebKit has no other, and Chromium and Firefox read it too. */
    -webkit-user-select: text;
    color-scheme: light dark;
    color: var(--_text);
    -webkit-text-fill-color: currentcolor;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }

  /* Chinese: the strictest line-breaking rules, so no line starts with closing punctuation (。，」). */
  .root:lang(zh) {
    line-break: strict;
  }

  .root.theme-light {
    color-scheme: light;
  }

  .root.theme-dark {
    color-scheme: dark;
  }

  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 calc(var(--_space) * 0.5);
    line-height: 1.25;
  }

  p,
  ul,
  ol {
    margin: 0 0 calc(var(--_space) * 0.75);
  }

  /*
   * Every target is at least 24 by 24 CSS px (WCAG 2.2 target size), also on a page whose root
   * font is small (html { font-size: 10px }): sizes follow the text, with 24px as the floor. A
   * link is an inline box of at least one 24px line, so it keeps its place in the text.
   */
  a {
    display: inline-block;
    min-inline-size: 24px;
    line-height: max(1.5em, 24px);
    color: var(--_accent);
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }

  button {
    font: inherit;
    font-weight: bold;
    color: inherit;
    min-block-size: max(2.75em, 24px);
    padding: 0.5em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    cursor: pointer;
  }

  .primary {
    color: var(--_surface);
    background: var(--_accent);
  }

  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .disclosure {
    border-block-start: 1px solid var(--_border);
  }

  .disclosure-button {
    display: flex;
    align-items: center;
    gap: 0.5em;
    inline-size: 100%;
    padding: 0.5em 0;
    border: 0;
    border-radius: 0;
    font-weight: inherit;
    text-align: start;
  }

  .disclosure-button::before {
    content: '';
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    /* Physical sides on purpose: the chevron is turned by rotation, per direction below. */
    border-right: 0.15em solid currentColor;
    border-bottom: 0.15em solid currentColor;
    transform: translateY(-0.1em) rotate(45deg);
    transition: transform 0.15s;
  }

  .disclosure-button[aria-expanded='false']::before {
    transform: rotate(-45deg);
  }

  :host(:dir(rtl)) .disclosure-button[aria-expanded='false']::before {
    transform: rotate(135deg);
  }

  .disclosure-panel {
    padding-block-end: calc(var(--_space) * 0.75);
  }

  .terms dt {
    font-weight: bold;
  }

  .terms dd {
    margin: 0 0 calc(var(--_space) * 0.5);
  }

  .link-button {
    min-block-size: 24px;
    padding: 0;
    border: 0;
    color: var(--_accent);
    text-decoration: underline;
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }

  .contact {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5) var(--_space);
    margin-block: calc(var(--_space) * 0.75);
    padding: 0;
    list-style: none;
  }

  .about {
    margin-block-start: var(--_space);
    padding-block-start: calc(var(--_space) * 0.75);
    border-block-start: 1px solid var(--_border);
    font-size: 0.875em;
    color: var(--_muted);
  }

  /* The "Sources" disclosure: a plain line in the footer, not a full-width section bar. */
  .about .sources-button {
    inline-size: auto;
    padding-block: 0.25em;
    color: inherit;
  }

  .about dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 var(--_space);
    margin: 0;
  }

  .about dd {
    margin: 0;
  }

  /* Only while a clinic's editor previews the page: unmistakably not part of the widget. */
  .setup-notice {
    margin-block-end: var(--_space);
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border: 2px dashed var(--_urgent);
    font-size: 0.875em;
  }

  @media (forced-colors: active) {
    :host {
      --_accent: LinkText;
      --_border: CanvasText;
      --_emergency: CanvasText;
      --_urgent: CanvasText;
      --_soon: CanvasText;
      --_self-care: CanvasText;
    }

    button {
      border-color: ButtonText;
    }

    .primary {
      color: ButtonText;
      background: ButtonFace;
    }

    :focus-visible {
      outline-color: Highlight;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }

  @media print {
    .root {
      color: #000;
      background: #fff;
      border-color: #000;
    }

    .no-print {
      display: none !important;
    }

    .collapsible[hidden] {
      display: block !important;
    }

    .disclosure-button::before {
      display: none;
    }
  }
`;
