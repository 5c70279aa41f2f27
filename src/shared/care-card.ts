import { html, type TemplateResult } from 'lit';
import type { CareLevel } from './care-level.js';
import { ownField } from './frozen.js';
import type { Heading, HeadingOptions, HeadingRole } from './headings.js';

/**
 * An NHS-style care card (see care-card.styles.ts): a heading band with an icon, a label for
 * screen readers only that comes first ("Urgent:"), then the body. Its optional fields are read
 * as own fields only: a polluted `Object.prototype` cannot change the heading.
 */
export function careCard(card: {
  readonly heading: Heading;
  /** The card heading's role: `screen` inside a section, `section` when the card stands for one. */
  readonly headingRole?: HeadingRole;
  readonly level: CareLevel;
  readonly label: string;
  readonly title: string;
  readonly body: unknown;
  readonly part: string;
  readonly headingOptions?: HeadingOptions;
}): TemplateResult {
  return html`<div part=${card.part} class="care-card care-${card.level}">
    <div class="care-heading">
      ${card.heading(
        ownField(card, 'headingRole') ?? 'screen',
        html`<span class="care-icon" aria-hidden="true"></span><span class="visually-hidden">${card.label} </span>${card.title}`,
        ownField(card, 'headingOptions'),
      )}
    </div>
    <div class="care-body">${card.body}</div>
  </div>`;
}
