import { LitElement, html, nothing, render, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { parseEnum, type AttributeSite } from './attributes.js';
import { baseStyles } from './base.styles.js';
import { careContextOf, defaultClinicSettings, readClinicSettings, type ClinicSettings, type Theme } from './clinic-settings.js';
import { headingsFrom, type Heading } from './headings.js';
import { LanguageController } from './language-controller.js';
import { defineElement, type ElementRegistry } from './registration.js';
import { summaryModes, type SummaryDocument, type SummaryMode } from './summary.js';
import { summaryPageStyles, summaryPanelStyles } from './summary.styles.js';
import type { CareContext, SharedContent } from './text-types.js';
import { emit, frozen, type EventDetail } from './frozen.js';
import { en } from './text/en.js';
import { es } from './text/es.js';
import { TextSource } from './texts.js';
import { VERSION } from './version.js';

/** The strings every widget shares, in every language. */
export const sharedTexts = new TextSource<SharedContent>('shared', { en, es });

/**
 * The shared base of every leg-health widget: safe registration, the shared attributes (clinic,
 * emergency and crisis numbers, heading level, theme, language) and the themed, language-tagged
 * outer box. It knows which language to speak, not what any element says: each element owns its
 * text (`ownTexts`) and renders it with the template functions beside this file.
 *
 * Privacy: an element's state lives in `#private` fields (or controllers held in them) and
 * re-renders through `requestUpdate()`; Lit's reactive properties are the public attributes only.
 * `protected` marks what this base gives its elements. Events carry frozen copies (`emit`).
 *
 * A hostile page: Lit reads property declarations, render and shadow-root options through the
 * prototype chain, so they are cut off from `Object.prototype` (a polluted one changes nothing);
 * the clinic settings are frozen the same way; and until a render has succeeded, or after one
 * fails, the page's own content inside the element (its fallback) stays on show through a
 * `<slot>`.
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
 * @event lhw-summary - The visitor printed, saved, copied or showed the summary of a result.
 *   `detail` is `{ action }`: `print`, `save`, `copy` or `show`. It carries no answers.
 *
 * @csspart base - The widget's outer box.
 * @csspart setup-notice - The list of rejected attributes, shown only while the page is checked.
 * @csspart summary - "Take this to your appointment" under a result: print, save, copy, full screen.
 * @csspart heading - Every heading the widget shows.
 * @csspart contact - The clinic's phone and booking links.
 * @csspart about - The footer with sources and review dates.
 */
export abstract class LhwElement extends LitElement {
  static override styles = [baseStyles, summaryPageStyles, summaryPanelStyles];
  // Reactive properties declared statically, not with decorators: no decorator helpers to ship.
  static override properties: PropertyDeclarations = {
    clinicName: { attribute: 'clinic-name' },
    clinicPhone: { attribute: 'clinic-phone' },
    bookingUrl: { attribute: 'booking-url' },
    emergencyNumber: { attribute: 'emergency-number' },
    crisisNumber: { attribute: 'crisis-number' },
    headingLevel: { attribute: 'heading-level' },
    theme: {},
    setupCheck: { type: Boolean, attribute: 'setup-check' },
    summary: {},
    ownLang: { attribute: 'lang' },
  };

  // Own fields only: a polluted Object.prototype must not add `delegatesFocus` or `slotAssignment`.
  static override shadowRootOptions: ShadowRootInit = frozen({ mode: 'open' });

  /**
   * Declarations without a prototype, before Lit reads their `type`, `attribute`, `state`,
   * `hasChanged`, ... (not frozen: Lit writes `attribute: false` into a `state` declaration).
   */
  protected static override finalize(): void {
    for (const declaration of Object.values(this.properties ?? {})) Object.setPrototypeOf(declaration, null);
    super.finalize();
  }

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

  /**
   * The clinic's phone number: digits, spaces and `+-().`, maybe with an extension (`ext. 2`,
   * `x2`). A number spelled with letters (`1-800-LAKESIDE`) is shown as text without a link, with
   * one warning; anything else is not shown.
   */
  clinicPhone = '';

  /**
   * The clinic's booking page: an `https:`, `http:`, `tel:` or `mailto:` address. A web address
   * without `https://` (`www.example.com/book`) is read as one; other relative addresses resolve
   * against the page. Anything else is dropped and no booking link is shown.
   */
  bookingUrl = '';

  /** The number to call in an emergency: digits, spaces and `+-().`; anything else falls back to `911`. */
  emergencyNumber = '911';

  /**
   * The crisis line offered beside mood advice (the US Suicide & Crisis Lifeline by default):
   * digits, spaces and `+-().`; an empty value hides the line; anything else falls back to `988`.
   */
  crisisNumber = '988';

  /** Level of the widget's top heading, 2 to 6, so it fits the page's outline; falls back to 2. */
  headingLevel = '2';

  /**
   * `auto` follows the page: dark only where the page supports a dark colour scheme (its
   * `color-scheme`, or `<meta name="color-scheme">`) and the visitor's system is dark; `light` or
   * `dark` force one. Falls back to `auto`.
   */
  theme: Theme = 'auto';

  /**
   * Shows, inside the widget, any attribute it had to reject, for a clinic's web editor checking
   * the page before publishing. Remove it before publishing; the same notice shows on a page
   * address with `?lhw-check`, and in WordPress previews. Visitors never see it.
   */
  setupCheck: boolean = false;

  /**
   * `on` offers "Take this to your appointment" under a result (and the cramp steps' diary):
   * print, save or copy a summary of the visitor's answers, made on their device. `off` hides it.
   * Other values fall back to `on` with one warning.
   */
  summary: SummaryMode = 'on';

  /**
   * Language of the widget: `en` or `es` (region tags such as `es-MX` match by their first part),
   * or one a language add-on brought (`vi`; `zh-Hant`, also for `zh-TW` and `zh-HK`). Without it
   * the nearest ancestor's `lang`, then `<html lang>`, applies. Other languages (Simplified
   * Chinese included) fall back to English with one console warning. Changing it re-renders the
   * widget.
   */
  protected ownLang: string | null = null;

  /** The validated clinic settings (read again, frozen, before the first render). */
  protected clinic: ClinicSettings = defaultClinicSettings;

  /** Headings at the page's level (`heading-level`), by role. */
  protected heading: Heading = headingsFrom(defaultClinicSettings.headingLevel);

  /** What was wrong with rejected attributes, by attribute, for the setup notice. */
  readonly #attributeProblems = new Map<string, string>();

  /** Whether the page lets the widget offer a summary (`summary`). */
  #offersSummary = true;

  /** Whether the page around the widget supports a dark colour scheme, read when it connects. */
  #pageAllowsDark = true;

  readonly #language = new LanguageController(this, () => {
    const own = this.ownTexts.languages;
    return sharedTexts.languages.filter((language) => own.includes(language));
  });

  /** The page's content inside the element: shown until a render succeeds, and after one fails. */
  #fallback?: HTMLSlotElement;

  /** The element's own text, in every language it has. */
  protected abstract readonly ownTexts: TextSource<object>;

  constructor() {
    super();
    // Lit reads `renderBefore`, `creationScope` and `isConnected` from here: own fields only.
    Object.setPrototypeOf(this.renderOptions, null);
  }

  /** The language the widget speaks now, resolved on every update. */
  protected get language(): string {
    return this.#language.language;
  }

  /** The strings every widget shares, in the widget's language. */
  protected get sharedText(): SharedContent {
    return sharedTexts.in(this.language);
  }

  /** The clinic and emergency number as care messages name them. */
  protected get careContext(): CareContext {
    return careContextOf(this.clinic, this.sharedText);
  }

  /** Where the element reads attributes: warnings name it, problems go to its setup notice. */
  protected get attributeSite(): AttributeSite {
    return { tag: this.localName, problems: this.#attributeProblems };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // `color-scheme` is inherited: the host's computed value is the page's.
    const page = getComputedStyle(this).colorScheme;
    const meta = document.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? '';
    this.#pageAllowsDark = /\bdark\b/.test(page === 'normal' ? meta : page);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const clinicKeys = ['clinicName', 'clinicPhone', 'bookingUrl', 'emergencyNumber', 'crisisNumber', 'headingLevel', 'theme'] as const;
    if (clinicKeys.some((key) => changed.has(key))) {
      // Own fields only: a polluted `href` must not make a phone number spelled in letters a link.
      this.clinic = frozen(readClinicSettings(this.attributeSite, this));
      this.heading = headingsFrom(this.clinic.headingLevel);
    }
    if (changed.has('summary')) this.#offersSummary = parseEnum(this.attributeSite, 'summary', this.summary, summaryModes, 'on') === 'on';
  }

  /** Whether to show "Take this to your appointment" under a result. */
  protected get offersSummary(): boolean {
    return this.#offersSummary;
  }

  /**
   * A result's summary in the widget's language and, for any other language, an English copy
   * after it for an English-speaking doctor or nurse. `build` makes one from a language's texts.
   */
  protected summaryDocuments(build: (language: string, shared: SharedContent, context: CareContext) => SummaryDocument): SummaryDocument[] {
    const { language } = this;
    const languages = language === 'en' ? ['en'] : [language, 'en'];
    const copyNote = { text: sharedTexts.in(language).summary.englishCopy, language };
    return languages.map((each, index) => {
      const shared = sharedTexts.in(each);
      const document = build(each, shared, careContextOf(this.clinic, shared));
      return index === 0 ? document : { ...document, copyNote };
    });
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.prepend((this.#fallback = document.createElement('slot')));
    return root;
  }

  /**
   * Draws the widget; the fallback goes once a render succeeds. A render that throws (an XHTML
   * page, a page without `Intl`, a bug) leaves nothing half-drawn: the fallback shows again, and
   * the next update draws afresh. The error still rejects `updateComplete`, as Lit does.
   */
  protected override update(changed: PropertyValues<this>): void {
    try {
      super.update(changed);
      this.#fallback?.remove();
    } catch (error) {
      this.renderRoot.prepend(this.#fallback!);
      render(nothing, this.renderRoot, this.renderOptions);
      throw error;
    }
  }

  /** Dispatches one of the widget's events with a frozen copy of `detail` (see `emit`). */
  protected emit<K extends keyof HTMLElementEventMap>(type: K, detail: EventDetail<K>): void {
    emit(this, type, detail);
  }

  protected override render(): TemplateResult {
    const { theme } = this.clinic;
    const look = theme === 'auto' && !this.#pageAllowsDark ? 'light' : theme;
    return html`<div part="base" class="root theme-${look}" lang=${this.language}>${this.#renderSetupNotice()}${this.renderBody()}</div>`;
  }

  /**
   * The rejected attributes, in words, while the page is being checked before publishing:
   * `setup-check`, `?lhw-check` in the address, or a WordPress preview (`?preview=true`).
   */
  #renderSetupNotice(): TemplateResult | typeof nothing {
    const query = new URLSearchParams(location.search);
    const previewing = this.setupCheck || query.has('lhw-check') || query.get('preview') === 'true';
    if (!previewing || this.#attributeProblems.size === 0) return nothing;
    // For the clinic's web editor, in English like the console warnings it repeats.
    return html`<div part="setup-notice" class="setup-notice" role="note" lang="en">
      <p><strong>Setup check (only while previewing):</strong></p>
      <ul>
        ${[...this.#attributeProblems.values()].map((problem) => html`<li>${problem}</li>`)}
      </ul>
    </div>`;
  }

  /** The widget's own content, inside the themed, language-tagged outer box. */
  protected abstract renderBody(): unknown;

  /**
   * Moves focus to the widget's title, e.g. when another widget on the page points here. The
   * host itself is not focusable: its title is where a reader starts.
   */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus(options);
  }
}
