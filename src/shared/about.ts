import { html, nothing, type TemplateResult } from 'lit';
import { parseLinkUrl } from './attributes.js';
import type { Heading } from './headings.js';
import { sources, type Source, type SourceId } from './sources.js';
import type { IsoDate, ReviewDates, SharedContent } from './text-types.js';

/** A review date in the text's words, e.g. "November 27, 2026", inside a machine-readable `<time>`. */
function reviewDate(date: IsoDate, text: SharedContent): TemplateResult {
  const [year, month, day] = date.split('-').map(Number);
  return html`<time datetime=${date}>${text.date({ day, month: text.months[month - 1], year })}</time>`;
}

/**
 * The footer every widget ends with: the disclaimer, its sources behind a "Sources" disclosure,
 * and its review dates, always visible. Each source is the publisher's version in the widget's
 * `language` where there is one, else the English. Its address goes through the same check as
 * `booking-url`: only `https:`, `http:`, `tel:` and `mailto:` links are drawn.
 */
export function aboutFooter(about: {
  readonly heading: Heading;
  readonly text: SharedContent;
  readonly language: string;
  readonly review: ReviewDates;
  readonly sources: readonly SourceId[];
  /** Whether the source list is open; it starts closed, and always prints. */
  readonly sourcesOpen: boolean;
  readonly onToggleSources: () => void;
}): TemplateResult {
  const { heading, text, language, review, sourcesOpen } = about;
  // Not the page's footer landmark: a page can hold several widgets, and has its own footer.
  return html`<footer part="about" class="about" role="none">
    ${heading('section', text.aboutHeading)}
    <p>${text.notDiagnosis}</p>
    <p>
      <button
        id="sources-button"
        class="disclosure-button sources-button"
        aria-expanded=${sourcesOpen ? 'true' : 'false'}
        aria-controls="sources-panel"
        @click=${about.onToggleSources}
      >
        ${text.sourcesLabel}
      </button>
    </p>
    <ul id="sources-panel" class="collapsible" ?hidden=${!sourcesOpen}>
      ${about.sources.map((id) => {
        const source: Source = sources[id];
        const translation = source.translations?.[language];
        const { title, url } = translation ?? source;
        // A bad address warns as `<leg-health-widgets> source="..."` and is no link.
        const href = parseLinkUrl({ tag: 'leg-health-widgets' }, 'source', url);
        const label = `${source.publisher}: ${title}`;
        const citation = source.citation ? ` (${source.citation})` : nothing;
        // Say which language each source is in, so screen readers pronounce it.
        return html`<li lang=${translation ? language : 'en'}>${href ? html`<a href=${href}>${label}</a>` : label}${citation}</li>`;
      })}
    </ul>
    <dl>
      <dt>${text.lastReviewedLabel}</dt>
      <dd>${reviewDate(review.lastReviewed, text)}</dd>
      <dt>${text.nextReviewLabel}</dt>
      <dd>${reviewDate(review.nextReview, text)}</dd>
    </dl>
  </footer>`;
}
