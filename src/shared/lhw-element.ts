import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { defaultLanguage, languages, packs, type Language } from '../content/packs.js';
import { sources, type Source, type SourceId } from '../content/sources.js';
import type { CareContext, ContentPack, IsoDate, ReviewDates } from '../content/types.js';
import type { CareLevel } from './care-level.js';
import { parseEnum, parseIntegerInRange, parseLinkUrl, parsePhoneNumber, type PhoneNumber } from './attributes.js';
import { baseStyles } from './base.styles.js';
import { defineElement, type ElementRegistry } from './registration.js';
import { inheritedLang, matchLanguage } from './language.js';
import { unwatchPage, watchPage, type PageWatcher } from './page-watch.js';
import { VERSION } from './version.js';

export const themes = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

const DEFAULT_EMERGENCY: PhoneNumber = { text: '911', href: 'tel:911' };
/** The US Suicide & Crisis Lifeline. */
const DEFAULT_CRISIS: PhoneNumber = { text: '988', href: 'tel:988' };
const DEFAULT_HEADING_LEVEL = 2;

type Attribute = string | typeof nothing;
type HeadingTemplate = (id: Attribute, tabindex: Attribute, describedBy: Attribute, content: unknown) => TemplateResult;

/**
 * One template per heading level. Plain templates rather than a tag name chosen at render time:
 * that would need Lit's static-html module in every visitor's download.
 */
const headingTemplates: Record<number, HeadingTemplate> = {
  2: (id, tabindex, describedBy, content) => html`<h2 part="heading" id=${id} tabindex=${tabindex} aria-describedby=${describedBy}>${content}</h2>`,
  3: (id, tabindex, describedBy, content) => html`<h3 part="heading" id=${id} tabindex=${tabindex} aria-describedby=${describedBy}>${content}</h3>`,
  4: (id, tabindex, describedBy, content) => html`<h4 part="heading" id=${id} tabindex=${tabindex} aria-describedby=${describedBy}>${content}</h4>`,
  5: (id, tabindex, describedBy, content) => html`<h5 part="heading" id=${id} tabindex=${tabindex} aria-describedby=${describedBy}>${content}</h5>`,
  6: (id, tabindex, describedBy, content) => html`<h6 part="heading" id=${id} tabindex=${tabindex} aria-describedby=${describedBy}>${content}</h6>`,
};

/** One date formatter per language, shared by every widget: building one costs more than using it. */
const reviewDateFormats = new Map<string, Intl.DateTimeFormat>();
function reviewDateFormat(language: string): Intl.DateTimeFormat {
  let format = reviewDateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
    reviewDateFormats.set(language, format);
  }
  return format;
}

/** Options of a heading: an id, whether code may focus it, and what describes it (a step count). */
export interface HeadingOptions {
  readonly id?: string;
  readonly focusable?: boolean;
  readonly describedBy?: string;
}

/** The clinic settings after validation: what the widget may safely show. */
export interface ClinicSettings {
  /** The clinic's name, or undefined when the page gives none. */
  readonly name?: string;
  readonly phone?: PhoneNumber;
  readonly bookingHref?: string;
  readonly emergency: PhoneNumber;
  /** The crisis line, or undefined when the page hides it. */
  readonly crisis?: PhoneNumber;
  readonly headingLevel: number;
  readonly theme: Theme;
}

/**
 * The shared base of every leg-health widget: safe registration, language, clinic settings,
 * theme, and the pieces every widget renders (headings at the page's level, contact links,
 * the sources and review-date footer).
 *
 * @cssprop [--lhw-color-text] - Text colour.
 * @cssprop [--lhw-color-surface] - Background of the widget.
 * @cssprop [--lhw-color-accent] - Links, buttons and focus rings.
 * @cssprop [--lhw-color-border] - Borders and dividers.
 * @cssprop [--lhw-color-emergency] - Emergency care level.
 * @cssprop [--lhw-color-urgent] - Urgent (same day) care level.
 * @cssprop [--lhw-color-soon] - Book-an-appointment care level.
 * @cssprop [--lhw-color-self-care] - Self-care level.
 * @cssprop [--lhw-radius=0.5em] - Corner radius of the widget, cards and buttons.
 * @cssprop [--lhw-space=1em] - Spacing unit; gaps and padding are multiples of it.
 *
 * @csspart base - The widget's outer box.
 * @csspart heading - Every heading the widget shows.
 * @csspart contact - The clinic's phone and booking links.
 * @csspart about - The footer with sources and review dates.
 */
export abstract class LhwElement extends LitElement implements PageWatcher {
  static override styles = [baseStyles];
  // Reactive properties declared statically, not with decorators: no decorator helpers to ship.
  static override properties: PropertyDeclarations = {
    clinicName: { attribute: 'clinic-name' },
    clinicPhone: { attribute: 'clinic-phone' },
    bookingUrl: { attribute: 'booking-url' },
    emergencyNumber: { attribute: 'emergency-number' },
    crisisNumber: { attribute: 'crisis-number' },
    headingLevel: { attribute: 'heading-level' },
    theme: {},
    ownLang: { attribute: 'lang' },
  };

  /** The library version, compared when two copies meet on one page. */
  static readonly version: string = VERSION;

  /** The tag this element is registered as by default. */
  static readonly tagName: string;

  /**
   * Registers the element, by default as its own tag in the page's registry. Pass another tag or
   * a scoped registry to register it there. Never throws when the tag is already defined.
   */
  static define(tag: string = this.tagName, registry: ElementRegistry = customElements): void {
    defineElement(tag, this as unknown as CustomElementConstructor & { version: string }, registry);
  }

  /** The clinic's name, shown as plain text in contact links. */
  clinicName = '';

  /** The clinic's phone number: digits, spaces and `+-().` only. Invalid numbers are not shown. */
  clinicPhone = '';

  /**
   * The clinic's booking page: an `https:`, `http:`, `tel:` or `mailto:` address (relative
   * addresses resolve against the page). Anything else is dropped and no booking link is shown.
   */
  bookingUrl = '';

  /** The number to call in an emergency: digits, spaces and `+-().` only; falls back to `911`. */
  emergencyNumber = '911';

  /**
   * The crisis line offered beside mood advice (the US Suicide & Crisis Lifeline by default):
   * digits, spaces and `+-().` only; an empty value hides the line; an invalid one falls back
   * to `988`.
   */
  crisisNumber = '988';

  /** Level of the widget's top heading, 2 to 6, so it fits the page's outline; falls back to 2. */
  headingLevel = '2';

  /** `auto` follows the visitor's system setting; `light` or `dark` force one; falls back to `auto`. */
  theme: Theme = 'auto';

  /**
   * Language of the widget: `en` or `es` (region tags such as `es-MX` match by their first part).
   * Without it the nearest ancestor's `lang`, then `<html lang>`, applies. Unsupported languages
   * fall back to English with one console warning. Changing it re-renders the widget.
   */
  protected ownLang: string | null = null;

  /** The language the widget speaks now, resolved on every update. */
  protected language: Language = defaultLanguage;

  /** The validated clinic settings. */
  protected clinic: ClinicSettings = {
    emergency: DEFAULT_EMERGENCY,
    headingLevel: DEFAULT_HEADING_LEVEL,
    theme: 'auto',
  };

  /** The current language's text. */
  protected get content(): ContentPack {
    return packs[this.language];
  }

  /** The clinic and emergency number as care messages name them. */
  protected get careContext(): CareContext {
    return { clinic: this.clinic.name ?? this.content.shared.yourClinic, emergency: this.clinic.emergency.text };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchPage(this);
    // The page may have changed language while the widget was away.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchPage(this);
  }

  pageChanged(): void {
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.language = matchLanguage(inheritedLang(this), languages, defaultLanguage);
    const clinicKeys = ['clinicName', 'clinicPhone', 'bookingUrl', 'emergencyNumber', 'crisisNumber', 'headingLevel', 'theme'] as const;
    if (clinicKeys.some((key) => changed.has(key))) this.clinic = this.readClinicSettings();
  }

  private readClinicSettings(): ClinicSettings {
    const tag = this.localName;
    // A removed attribute sets the property to null.
    const name = (this.clinicName ?? '').trim();
    return {
      name: name || undefined,
      phone: parsePhoneNumber(tag, 'clinic-phone', this.clinicPhone),
      bookingHref: parseLinkUrl(tag, 'booking-url', this.bookingUrl),
      emergency: parsePhoneNumber(tag, 'emergency-number', this.emergencyNumber, DEFAULT_EMERGENCY) ?? DEFAULT_EMERGENCY,
      // A removed attribute (null) means the default; an empty one hides the line.
      crisis:
        this.crisisNumber?.trim() === ''
          ? undefined
          : parsePhoneNumber(tag, 'crisis-number', this.crisisNumber, DEFAULT_CRISIS),
      headingLevel: parseIntegerInRange(tag, 'heading-level', this.headingLevel, 2, 6, DEFAULT_HEADING_LEVEL),
      theme: parseEnum(tag, 'theme', this.theme, themes, 'auto'),
    };
  }

  protected override render(): TemplateResult {
    return html`<div part="base" class="root theme-${this.clinic.theme}" lang=${this.language}>
      ${this.renderBody()}
    </div>`;
  }

  /** The widget's own content, inside the themed, language-tagged outer box. */
  protected abstract renderBody(): unknown;

  /**
   * A real heading `depth` levels below the widget's top level (capped at h6), so the widget's
   * outline fits under the host page's own headings. A focusable one can take focus from code.
   */
  protected renderHeading(
    depth: number,
    content: unknown,
    { id, focusable = false, describedBy }: HeadingOptions = {},
  ): TemplateResult {
    const heading = headingTemplates[Math.min(6, this.clinic.headingLevel + depth)];
    // A focusable heading takes focus when a new screen or result appears, like a new page.
    return heading(id ?? nothing, focusable ? '-1' : nothing, describedBy ?? nothing, content);
  }

  /** The widget's title: its top heading, which `focus()` moves to. */
  protected renderTitle(title: string): TemplateResult {
    return this.renderHeading(0, title, { id: 'title', focusable: true });
  }

  /**
   * Moves focus to the widget's title, e.g. when another widget on the page points here. The
   * host itself is not focusable: its title is where a reader starts.
   */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus(options);
  }

  /**
   * An NHS-style care card (see care-card.styles.ts): a heading band with an icon, a label for
   * screen readers only that comes first ("Urgent:"), then the body.
   */
  protected renderCareCard(card: {
    level: CareLevel;
    label: string;
    heading: string;
    body: unknown;
    part: string;
    headingOptions?: HeadingOptions;
  }): TemplateResult {
    return html`<div part=${card.part} class="care-card care-${card.level}">
      <div class="care-heading">
        ${this.renderHeading(
          2,
          html`<span class="care-icon" aria-hidden="true"></span><span class="visually-hidden">${card.label} </span>${card.heading}`,
          card.headingOptions,
        )}
      </div>
      <div class="care-body">${card.body}</div>
    </div>`;
  }

  /** The clinic's phone and booking links, or nothing when the page set neither (validly). */
  protected renderContactLinks(): TemplateResult | typeof nothing {
    const { phone, bookingHref } = this.clinic;
    if (!phone && !bookingHref) return nothing;
    const text = this.content.shared;
    const clinic = this.clinic.name ?? text.yourClinic;
    return html`<ul part="contact" class="contact" aria-label=${text.contactLabel}>
      ${phone ? html`<li><a href=${phone.href}>${text.callClinic(clinic, phone.text)}</a></li>` : nothing}
      ${bookingHref ? html`<li><a href=${bookingHref}>${text.bookAppointment(clinic)}</a></li>` : nothing}
    </ul>`;
  }

  /** A link that dials the emergency number: a large button, or a `plain` link inside running text. */
  protected renderEmergencyLink(look: 'button' | 'plain' = 'button'): TemplateResult {
    return this.renderCallLink(this.clinic.emergency, look === 'button' ? 'emergency-call' : '');
  }

  /** A link that dials `number`, e.g. "Call 988". */
  protected renderCallLink(number: PhoneNumber, className = ''): TemplateResult {
    return html`<a class=${className || nothing} href=${number.href}>${this.content.shared.callEmergency(number.text)}</a>`;
  }

  /** The footer every widget ends with: the disclaimer, its sources and its review dates. */
  protected renderAbout(review: ReviewDates, sourceIds: readonly SourceId[]): TemplateResult {
    const text = this.content.shared;
    // Not the page's footer landmark: a page can hold several widgets, and has its own footer.
    return html`<footer part="about" class="about" role="none">
      ${this.renderHeading(1, text.aboutHeading)}
      <p>${text.notDiagnosis}</p>
      <p>${text.sourcesLabel}:</p>
      <ul>
        ${sourceIds.map((id) => {
          const source: Source = sources[id];
          // The publisher's version in the widget's language where there is one, else the English.
          const translation = source.translations?.[this.language];
          const { title, url } = translation ?? source;
          const label = `${source.publisher}: ${title}`;
          const citation = source.citation ? ` (${source.citation})` : nothing;
          // Say which language each source is in, so screen readers pronounce it.
          return html`<li lang=${translation ? this.language : 'en'}>${url ? html`<a href=${url}>${label}</a>` : label}${citation}</li>`;
        })}
      </ul>
      <dl>
        <dt>${text.lastReviewedLabel}</dt>
        <dd>${this.formatDate(review.lastReviewed)}</dd>
        <dt>${text.nextReviewLabel}</dt>
        <dd>${this.formatDate(review.nextReview)}</dd>
      </dl>
    </footer>`;
  }

  /** A review date in the widget's language, e.g. "November 27, 2026". */
  protected formatDate(date: IsoDate): TemplateResult {
    return html`<time datetime=${date}>${reviewDateFormat(this.language).format(new Date(`${date}T00:00:00Z`))}</time>`;
  }
}
