import { html, nothing, type TemplateResult } from 'lit';

/**
 * What a heading heads, from the top down; each role is one level below the one before:
 * - `title`: the widget's title (one per widget; `focus()` moves to it);
 * - `section`: a part of the widget (a collapsible section, the check, the sources);
 * - `screen`: what fills a part at a time (a question screen, a step, a result, a care card);
 * - `block`: a titled block inside a screen or card ("What to do", a caution, the timer);
 * - `list`: the heading of a short list inside a block ("Call 911 now if you have:").
 */
export type HeadingRole = 'title' | 'section' | 'screen' | 'block' | 'list';

const depthOf: Readonly<Record<HeadingRole, number>> = { title: 0, section: 1, screen: 2, block: 3, list: 4 };

/** Options of a heading: an id, whether code may focus it, and what describes it (a step count). */
export interface HeadingOptions {
  readonly id?: string;
  readonly focusable?: boolean;
  readonly describedBy?: string;
}

type Attribute = string | typeof nothing;
type HeadingTemplate = (id: Attribute, tabindex: Attribute, describedBy: Attribute, content: unknown) => TemplateResult;

/**
 * One template per heading level. Plain templates rather than a tag name chosen at render time:
 * that would need Lit's static-html module in every visitor's download.
 */
const templates: Readonly<Record<number, HeadingTemplate>> = {
  2: (id, tabindex, describedBy, content) => html`<h2 part="heading" id=${id} tabindex=${tabindex} aria-describedby=${describedBy}>${content}</h2>`,
  3: (id, tabindex, describedBy, content) => html`<h3 part="heading" id=${id} tabindex=${tabindex} aria-describedby=${describedBy}>${content}</h3>`,
  4: (id, tabindex, describedBy, content) => html`<h4 part="heading" id=${id} tabindex=${tabindex} aria-describedby=${describedBy}>${content}</h4>`,
  5: (id, tabindex, describedBy, content) => html`<h5 part="heading" id=${id} tabindex=${tabindex} aria-describedby=${describedBy}>${content}</h5>`,
  6: (id, tabindex, describedBy, content) => html`<h6 part="heading" id=${id} tabindex=${tabindex} aria-describedby=${describedBy}>${content}</h6>`,
};

/** Renders a heading by its role. */
export type Heading = (role: HeadingRole, content: unknown, options?: HeadingOptions) => TemplateResult;

/**
 * Real headings under the page's own: the title at `titleLevel` (the `heading-level` attribute)
 * and every role below it, capped at h6. The title is the one heading `focus()` moves to; a
 * focusable heading takes focus when a new screen or result appears, like a new page.
 */
export function headingsFrom(titleLevel: number): Heading {
  return (role, content, { id, focusable = false, describedBy } = {}) => {
    const title = role === 'title';
    return templates[Math.min(6, titleLevel + depthOf[role])](
      title ? 'title' : (id ?? nothing),
      title || focusable ? '-1' : nothing,
      describedBy ?? nothing,
      content,
    );
  };
}
