import { html, nothing, type TemplateResult } from 'lit';
import type { Block } from './text-types.js';

/** Renders a section body from content data: paragraphs, bulleted lists, and named items. */
export function renderBlocks(blocks: readonly Block[]): TemplateResult[] {
  return blocks.map((block) => {
    if ('paragraph' in block) return html`<p>${block.paragraph}</p>`;
    if ('list' in block) return html`<ul>${block.list.map((item) => html`<li>${item}</li>`)}</ul>`;
    return html`<dl class="terms">
      ${block.terms.map(({ term, text }) => html`<dt>${term}</dt><dd>${text}</dd>`)}
    </dl>`;
  });
}

/**
 * An accessible disclosure: a real heading holding a button that shows or hides the panel. The
 * panel is hidden with the `hidden` attribute, which print styles override so paper shows all.
 */
export function renderDisclosure(options: {
  id: string;
  heading: (content: TemplateResult) => TemplateResult;
  label: string;
  expanded: boolean;
  onToggle: () => void;
  panel: unknown;
}): TemplateResult {
  const { id, heading, label, expanded, onToggle, panel } = options;
  // A plain wrapper: the heading gives the structure, and a landmark per section would be noise.
  return html`<div part="section" class="disclosure">
    ${heading(html`<button
      id="${id}-button"
      class="disclosure-button"
      aria-expanded=${expanded ? 'true' : 'false'}
      aria-controls="${id}-panel"
      @click=${onToggle}
    >
      ${label}
    </button>`)}
    <div id="${id}-panel" class="disclosure-panel collapsible" ?hidden=${!expanded}>${panel ?? nothing}</div>
  </div>`;
}
