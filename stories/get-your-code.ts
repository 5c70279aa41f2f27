import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { scriptSnippet } from './script-snippet.js';

/**
 * The "Get your code" page (stories/get-your-code.stories.ts): a form for a clinic's web editor
 * that builds the snippet to paste (the script tag, then one widget with only the attributes
 * that differ from their defaults), shows that widget at phone width in light and in dark mode,
 * and lists in words every value the widget could not use (its own setup notice, through
 * `setup-check`). Light DOM, so the play function and axe see the form as a page would.
 */

export const widgetTags = ['rls-symptom-card', 'twitch-redflag-check', 'spasm-relief-steps'] as const;
export type WidgetTag = (typeof widgetTags)[number];

/** What the editor chose. Text is kept as typed; the snippet and the preview use it trimmed. */
export interface Choices {
  tag: WidgetTag;
  clinicName: string;
  clinicPhone: string;
  bookingUrl: string;
  emergencyNumber: string;
  crisisNumber: string;
  /** Empty: no `lang` attribute, the widget follows the page. */
  lang: '' | 'en' | 'es';
  theme: 'auto' | 'light' | 'dark';
  variant: 'compact' | 'full';
  mode: 'guided' | 'list';
  muscle: 'calf' | 'thigh' | 'foot';
}

/** Where the page starts: no clinic yet, and the shorter layouts README recommends. */
export const initialChoices: Choices = {
  tag: 'rls-symptom-card',
  clinicName: '',
  clinicPhone: '',
  bookingUrl: '',
  emergencyNumber: '911',
  crisisNumber: '988',
  lang: '',
  theme: 'auto',
  variant: 'compact',
  mode: 'guided',
  muscle: 'calf',
};

/** The script tag of README's snippet, stamped by the build with the version and SRI hash. */
export const scriptTag = (() => {
  const tag = /<script[\s\S]*?<\/script>/.exec(scriptSnippet);
  if (!tag) throw new Error("README's snippet has no <script> tag.");
  return tag[0];
})();

/**
 * The widget's attributes that differ from their defaults, in the order a reader expects them:
 * language and layout first, then the clinic, the numbers and the look. An empty emergency
 * number means the default (911); an empty crisis number hides the line, so it is kept.
 */
export function widgetAttributes(choices: Choices): [name: string, value: string][] {
  const text = (value: string) => value.trim();
  const attributes: [string, string][] = [];
  const add = (name: string, value: string, skip: (value: string) => boolean) => {
    if (!skip(value)) attributes.push([name, value]);
  };
  add('lang', choices.lang, (value) => value === '');
  if (choices.tag === 'rls-symptom-card') add('variant', choices.variant, (value) => value === 'full');
  if (choices.tag === 'spasm-relief-steps') {
    add('mode', choices.mode, (value) => value === 'list');
    add('muscle', choices.muscle, (value) => value === 'calf');
  }
  add('clinic-name', text(choices.clinicName), (value) => value === '');
  add('clinic-phone', text(choices.clinicPhone), (value) => value === '');
  add('booking-url', text(choices.bookingUrl), (value) => value === '');
  add('emergency-number', text(choices.emergencyNumber), (value) => value === '' || value === '911');
  if (choices.tag === 'rls-symptom-card') add('crisis-number', text(choices.crisisNumber), (value) => value === '988');
  add('theme', choices.theme, (value) => value === 'auto');
  return attributes;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The element as markup: on one line when it fits in 100 characters, else one attribute a line. */
export function elementMarkup(tag: WidgetTag, attributes: [string, string][]): string {
  const written = attributes.map(([name, value]) => `${name}="${escapeAttribute(value)}"`);
  const oneLine = `<${tag}${written.map((attribute) => ` ${attribute}`).join('')}></${tag}>`;
  if (oneLine.length <= 100) return oneLine;
  return `<${tag}\n${written.map((attribute) => `  ${attribute}\n`).join('')}></${tag}>`;
}

/** The whole block to paste: the script tag, then the widget. */
export const snippetFor = (choices: Choices): string => `${scriptTag}\n${elementMarkup(choices.tag, widgetAttributes(choices))}`;

const widgetNames: Record<WidgetTag, string> = {
  'rls-symptom-card': 'Restless legs card',
  'twitch-redflag-check': 'Leg twitching check',
  'spasm-relief-steps': 'Leg cramp steps',
};

const widgetHints: Record<WidgetTag, string> = {
  'rls-symptom-card': 'What restless legs syndrome is, with a short self-check.',
  'twitch-redflag-check': 'Emergency signs first, then a few questions, then what to do.',
  'spasm-relief-steps': 'What to do during a leg cramp, and when to get help.',
};

interface Option<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

const languages: Option<Choices['lang']>[] = [
  { value: '', label: 'Same as my page', hint: 'English on an English page, Spanish on a Spanish one.' },
  { value: 'en', label: 'English' },
  { value: 'es', label: 'Spanish', hint: 'For a Spanish page on a site with one language (no translation plugin).' },
];

const looks: Option<Choices['theme']>[] = [
  { value: 'auto', label: 'Match my site', hint: 'Dark only on a site that has a dark mode, for visitors whose phone is in dark mode.' },
  { value: 'light', label: 'Always light' },
  { value: 'dark', label: 'Always dark' },
];

const variants: Option<Choices['variant']>[] = [
  { value: 'compact', label: 'Short', hint: 'The overview, the common signs and the self-check, with a button for the rest.' },
  { value: 'full', label: 'Full', hint: 'Every section.' },
];

const modes: Option<Choices['mode']>[] = [
  { value: 'guided', label: 'One step at a time', hint: 'With Next and Back, and a heat or ice timer.' },
  { value: 'list', label: 'Every step in one list', hint: 'Easy to scan and to print.' },
];

const muscles: Option<Choices['muscle']>[] = [
  { value: 'calf', label: 'Calf' },
  { value: 'thigh', label: 'Thigh' },
  { value: 'foot', label: 'Foot' },
];

/** What the widgets log for a page author starts with this; here it is shown on the page. */

/** Gives up on the Clipboard API after this long (a permission prompt nobody answers). */
const CLIPBOARD_TIMEOUT = 3000;

export class GetYourCode extends LitElement {
  #choices: Choices = { ...initialChoices };
  /** The values the preview widgets rejected, in their words (their setup notice). */
  #problems: string[] = [];
  #copyStatus = '';

  /** What the editor chose so far. */
  get choices(): Choices {
    return { ...this.#choices };
  }

  /** The block to paste for the current choices. */
  get snippet(): string {
    return snippetFor(this.#choices);
  }

  /** The rejected values, as the widgets' setup notice words them. */
  get problems(): string[] {
    return [...this.#problems];
  }

  // Light DOM: the form is part of the page, for its labels, the play function and axe.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  #set<K extends keyof Choices>(key: K, value: Choices[K]): void {
    if (this.#choices[key] === value) return;
    this.#choices = { ...this.#choices, [key]: value };
    this.#copyStatus = '';
    this.requestUpdate();
  }

  protected override async updated(): Promise<void> {
    // Read the rejected values once the preview widgets have rendered this round.
    const previews = [...this.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('.gyc-screen > *')];
    await Promise.all(previews.map((preview) => preview.updateComplete));
    const notice = previews[0]?.shadowRoot?.querySelectorAll('[part~="setup-notice"] li') ?? [];
    const problems = [...notice].map((item) => item.textContent?.replace(/\s+/g, ' ').trim() ?? '');
    if (problems.join('\n') !== this.#problems.join('\n')) {
      this.#problems = problems;
      this.requestUpdate();
    }
  }

  async #copy(): Promise<void> {
    const box = this.querySelector<HTMLTextAreaElement>('#gyc-code');
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no Clipboard API');
      await Promise.race([
        navigator.clipboard.writeText(this.snippet),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), CLIPBOARD_TIMEOUT)),
      ]);
      this.#copyStatus = 'Copied. Paste it into your page: in WordPress, into a Custom HTML block.';
    } catch {
      box?.focus();
      box?.select();
      this.#copyStatus = 'This browser did not let the page copy. The code is selected in the box: press Ctrl+C (on a Mac, Command+C) to copy it.';
    }
    this.requestUpdate();
  }

  #radios<K extends 'tag' | 'lang' | 'theme' | 'variant' | 'mode' | 'muscle'>(
    key: K,
    legend: string,
    options: Option<Choices[K] & string>[],
  ): TemplateResult {
    const name = `gyc-${key}`;
    return html`<fieldset class="gyc-group">
      <legend>${legend}</legend>
      ${options.map(({ value, label, hint }) => {
        const id = `${name}-${value || 'page'}`;
        return html`<div class="gyc-choice">
          <input
            type="radio"
            id=${id}
            name=${name}
            .value=${value}
            .checked=${this.#choices[key] === value}
            aria-describedby=${ifDefined(hint ? `${id}-hint` : undefined)}
            @change=${() => this.#set(key, value)}
          />
          <label for=${id}>${label}</label>
          ${hint ? html`<span class="gyc-hint" id=${`${id}-hint`}>${hint}</span>` : nothing}
        </div>`;
      })}
    </fieldset>`;
  }

  #textField(
    key: 'clinicName' | 'clinicPhone' | 'bookingUrl' | 'emergencyNumber' | 'crisisNumber',
    label: string,
    hint: string,
    { type = 'text', autocomplete }: { type?: 'text' | 'tel' | 'url'; autocomplete?: string } = {},
  ): TemplateResult {
    const id = `gyc-${key}`;
    // Updated on "change" (leaving the field, or Enter), not on every key: an address half typed
    // is not a problem to report.
    return html`<div class="gyc-field">
      <label for=${id}>${label}</label>
      <span class="gyc-hint" id=${`${id}-hint`}>${hint}</span>
      <input
        id=${id}
        type=${type}
        autocomplete=${ifDefined(autocomplete)}
        spellcheck="false"
        .value=${this.#choices[key]}
        aria-describedby=${`${id}-hint`}
        @change=${(event: Event) => this.#set(key, (event.target as HTMLInputElement).value)}
      />
    </div>`;
  }

  #layout(): TemplateResult {
    switch (this.#choices.tag) {
      case 'rls-symptom-card':
        return this.#radios('variant', 'Layout', variants);
      case 'spasm-relief-steps':
        return html`${this.#radios('mode', 'Layout', modes)}${this.#radios('muscle', 'Which stretch to show', muscles)}`;
      default:
        return html`<p class="gyc-hint">The leg twitching check has one layout.</p>`;
    }
  }

  /** The widget as a visitor whose phone is in `scheme` mode sees it, with its setup notice. */
  #preview(scheme: 'light' | 'dark'): TemplateResult {
    const attributes = new Map(widgetAttributes(this.#choices));
    const value = (name: string) => attributes.get(name);
    // "Match my site": this column shows a site that has a dark mode.
    const theme = this.#choices.theme === 'auto' ? scheme : this.#choices.theme;
    const shared = {
      lang: value('lang'),
      name: value('clinic-name'),
      phone: value('clinic-phone'),
      booking: value('booking-url'),
      emergency: value('emergency-number'),
    };
    switch (this.#choices.tag) {
      case 'rls-symptom-card':
        return html`<rls-symptom-card
          setup-check
          theme=${theme}
          lang=${ifDefined(shared.lang)}
          variant=${ifDefined(value('variant'))}
          clinic-name=${ifDefined(shared.name)}
          clinic-phone=${ifDefined(shared.phone)}
          booking-url=${ifDefined(shared.booking)}
          emergency-number=${ifDefined(shared.emergency)}
          crisis-number=${ifDefined(value('crisis-number'))}
        ></rls-symptom-card>`;
      case 'twitch-redflag-check':
        return html`<twitch-redflag-check
          setup-check
          theme=${theme}
          lang=${ifDefined(shared.lang)}
          clinic-name=${ifDefined(shared.name)}
          clinic-phone=${ifDefined(shared.phone)}
          booking-url=${ifDefined(shared.booking)}
          emergency-number=${ifDefined(shared.emergency)}
        ></twitch-redflag-check>`;
      case 'spasm-relief-steps':
        return html`<spasm-relief-steps
          setup-check
          theme=${theme}
          lang=${ifDefined(shared.lang)}
          mode=${ifDefined(value('mode'))}
          muscle=${ifDefined(value('muscle'))}
          clinic-name=${ifDefined(shared.name)}
          clinic-phone=${ifDefined(shared.phone)}
          booking-url=${ifDefined(shared.booking)}
          emergency-number=${ifDefined(shared.emergency)}
        ></spasm-relief-steps>`;
    }
  }

  /** What the two columns show, for the look chosen. */
  #previewNote(): string {
    switch (this.#choices.theme) {
      case 'auto':
        return 'With "Match my site", the dark one is what a site with a dark mode shows; a light-only site shows everyone the light one.';
      case 'light':
        return 'With "Always light", visitors whose phone is in dark mode see it light too.';
      case 'dark':
        return 'With "Always dark", visitors whose phone is in light mode see it dark too.';
    }
  }

  protected override render(): TemplateResult {
    const snippet = this.snippet;
    const tag = this.#choices.tag;
    return html`<style>
        lhw-get-your-code {
          display: block;
          max-inline-size: 60rem;
          line-height: 1.5;
        }
        lhw-get-your-code h1 {
          margin-block: 0 0.5rem;
          font-size: 1.75rem;
        }
        lhw-get-your-code h2 {
          margin-block: 2rem 0.5rem;
          font-size: 1.35rem;
        }
        lhw-get-your-code p {
          margin-block: 0 0.75rem;
          max-inline-size: 40rem;
        }
        .gyc-form {
          display: grid;
          gap: 1rem;
          max-inline-size: 40rem;
        }
        .gyc-group {
          margin: 0;
          padding: 0.75rem 1rem 1rem;
          border: 1px solid currentColor;
          border-radius: 0.5rem;
        }
        .gyc-group legend {
          padding-inline: 0.25rem;
          font-weight: bold;
        }
        .gyc-choice {
          display: grid;
          grid-template-columns: auto 1fr;
          column-gap: 0.5rem;
          align-items: baseline;
          padding-block: 0.25rem;
        }
        .gyc-choice input {
          inline-size: 1.25rem;
          block-size: 1.25rem;
          margin: 0;
          align-self: center;
        }
        .gyc-choice .gyc-hint {
          grid-column: 2;
        }
        .gyc-hint {
          display: block;
          font-size: 0.9em;
        }
        .gyc-field {
          display: grid;
          gap: 0.25rem;
          padding-block: 0.25rem;
        }
        .gyc-field label {
          font-weight: bold;
        }
        .gyc-field input,
        .gyc-code textarea {
          box-sizing: border-box;
          inline-size: 100%;
          font: inherit;
          padding: 0.5rem;
          border: 1px solid currentColor;
          border-radius: 0.25rem;
          color: inherit;
          background: Canvas;
        }
        .gyc-code textarea {
          font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace;
          font-size: 0.875rem;
          resize: vertical;
          /* As tall as the code, wrapped lines included, where the browser can. */
          field-sizing: content;
        }
        .gyc-code button {
          margin-block: 0.5rem;
          min-block-size: 2.75rem;
          padding: 0.5rem 1.25rem;
          font: inherit;
          font-weight: bold;
        }
        .gyc-problems {
          max-inline-size: 40rem;
          padding: 0.75rem 1rem;
          border: 2px dashed currentColor;
          border-radius: 0.5rem;
        }
        .gyc-problems ul {
          margin: 0;
          padding-inline-start: 1.25rem;
        }
        .gyc-previews {
          display: flex;
          flex-wrap: wrap;
          gap: 1.5rem;
          align-items: start;
        }
        .gyc-phone {
          box-sizing: border-box;
          inline-size: min(390px, 100%);
          margin: 0;
          border: 1px solid GrayText;
          border-radius: 1rem;
          overflow: hidden;
          color: CanvasText;
          background: Canvas;
        }
        .gyc-phone.light {
          color-scheme: light;
        }
        .gyc-phone.dark {
          color-scheme: dark;
        }
        .gyc-phone figcaption {
          padding: 0.5rem 1rem;
          border-block-end: 1px solid GrayText;
          font-weight: bold;
        }
        .gyc-screen {
          padding: 1rem;
        }
      </style>
      <div lang="en">
        <h1>Get your code</h1>
        <p>
          Choose a widget and type your clinic's details. Check the preview, then copy the code into
          your page: in WordPress, into a Custom HTML block. Nothing you type leaves this page.
        </p>
      </div>
      <form class="gyc-form" lang="en" aria-label="Your widget" novalidate @submit=${(event: Event) => event.preventDefault()}>
        ${this.#radios(
          'tag',
          'Widget',
          widgetTags.map((value) => ({ value, label: widgetNames[value], hint: widgetHints[value] })),
        )}
        <fieldset class="gyc-group">
          <legend>Your clinic</legend>
          ${this.#textField('clinicName', 'Clinic name', 'As patients know it. On a Spanish page, as in a sentence: "la Clínica…".', {
            autocomplete: 'organization',
          })}
          ${this.#textField('clinicPhone', 'Phone', 'The number patients call to book, in digits. An extension is fine: 555 0100 ext. 2.', {
            type: 'tel',
          })}
          ${this.#textField('bookingUrl', 'Booking page address', 'Starting with https://. Leave it empty if you have none.', {
            type: 'url',
          })}
        </fieldset>
        <fieldset class="gyc-group">
          <legend>Emergency numbers</legend>
          ${this.#textField('emergencyNumber', 'Emergency number', 'Keep 911 in the US.', { type: 'tel' })}
          ${tag === 'rls-symptom-card'
            ? this.#textField('crisisNumber', 'Crisis line', 'For low mood; keep 988 in the US. Empty hides the line.', { type: 'tel' })
            : nothing}
        </fieldset>
        ${this.#radios('lang', 'Language', languages)} ${this.#radios('theme', 'Look', looks)} ${this.#layout()}
      </form>

      <section class="gyc-check" lang="en" aria-labelledby="gyc-check-heading">
        <h2 id="gyc-check-heading">Check your details</h2>
        <div class="gyc-problems" role="status">
          ${this.#problems.length === 0
            ? html`<p>No problems: the widget can use every value.</p>`
            : html`<p><strong>Fix before you copy:</strong></p>
                <ul>
                  ${this.#problems.map((problem) => html`<li>${problem}</li>`)}
                </ul>`}
        </div>
      </section>

      <section class="gyc-code" lang="en" aria-labelledby="gyc-code-heading">
        <h2 id="gyc-code-heading">Your code</h2>
        <label for="gyc-code">Code to paste</label>
        <textarea id="gyc-code" readonly spellcheck="false" rows=${snippet.split('\n').length + 1} .value=${snippet}></textarea>
        <button type="button" @click=${() => this.#copy()}>Copy the code</button>
        <p role="status">${this.#copyStatus}</p>
      </section>

      <section class="gyc-preview" aria-labelledby="gyc-preview-heading">
        <h2 id="gyc-preview-heading" lang="en">Preview on a phone</h2>
        <p lang="en">
          The widget at phone width, as visitors see it, with the phone in light mode and in dark mode.
          ${this.#previewNote()} A dashed "Setup check" box inside the widget lists the values it could
          not use; visitors never see that box.
        </p>
        <div class="gyc-previews">
          <figure class="gyc-phone light">
            <figcaption lang="en">Phone in light mode</figcaption>
            <div class="gyc-screen">${this.#preview('light')}</div>
          </figure>
          <figure class="gyc-phone dark">
            <figcaption lang="en">Phone in dark mode</figcaption>
            <div class="gyc-screen">${this.#preview('dark')}</div>
          </figure>
        </div>
      </section>`;
  }
}

if (!customElements.get('lhw-get-your-code')) customElements.define('lhw-get-your-code', GetYourCode);

declare global {
  interface HTMLElementTagNameMap {
    'lhw-get-your-code': GetYourCode;
  }
}
