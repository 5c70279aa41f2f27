import type { ArgTypes, Args } from '@storybook/web-components-vite';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import type { LanguageTexts } from '../src/lang/language-pack.js';
import { rlsTexts } from '../src/rls-symptom-card/rls-symptom-card.js';
import { sharedTexts, type LhwElement } from '../src/shared/lhw-element.js';
import { spasmTexts } from '../src/spasm-relief-steps/spasm-relief-steps.js';
import { twitchTexts } from '../src/twitch-redflag-check/twitch-redflag-check.js';
import { settle, shownLanguage } from '../test/harness/widget.js';

/** Waits for the widget's update and for the focus move that follows it: the test harness's. */
export { settle };

/** The attributes every widget shares, as story args named like the attributes. */
export interface SharedArgs {
  lang?: string;
  'clinic-name'?: string;
  'clinic-phone'?: string;
  'booking-url'?: string;
  'emergency-number'?: string;
  'crisis-number'?: string;
  'heading-level'?: 2 | 3 | 4 | 5 | 6;
  theme?: 'auto' | 'light' | 'dark';
  summary?: 'on' | 'off';
}

/** Controls for the shared attributes: free text, or a select for the enums. */
export const sharedArgTypes = {
  lang: { control: 'text' },
  'clinic-name': { control: 'text' },
  'clinic-phone': { control: 'text' },
  'booking-url': { control: 'text' },
  'emergency-number': { control: 'text' },
  'crisis-number': { control: 'text' },
  'heading-level': { control: 'select', options: [2, 3, 4, 5, 6] },
  theme: { control: 'select', options: ['auto', 'light', 'dark'] },
  summary: { control: 'select', options: ['on', 'off'] },
} as const;

/** A clinic's settings as a web editor would paste them: name, phone, booking page, heading level. */
export const clinicArgs = {
  'clinic-name': 'Lakeside Family Clinic',
  'clinic-phone': '555 0100',
  'booking-url': 'https://example.org/book',
  'heading-level': 3,
} satisfies SharedArgs;

/** An attribute binding that leaves the attribute out when the arg is empty. */
export const attr = (value: string | number | undefined) =>
  ifDefined(value === '' || value === undefined ? undefined : String(value));

/** The widget with tag `tag` inside the story's canvas, once Lit has rendered it. */
export async function renderedWidget<T extends LhwElement>(
  canvasElement: HTMLElement,
  tag: string,
): Promise<{ widget: T; root: ShadowRoot }> {
  const widget = canvasElement.querySelector<T>(tag);
  await expect(widget, `the story renders <${tag}>`).not.toBeNull();
  await widget!.updateComplete;
  await expect(widget!.shadowRoot, 'the widget has an open shadow root').not.toBeNull();
  return { widget: widget!, root: widget!.shadowRoot! };
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An attribute's default as the manifest states it (source text such as `'full'`), unquoted. */
function defaultOf(argTypes: ArgTypes, name: string): string | undefined {
  const summary = argTypes[name]?.table?.defaultValue?.summary;
  return typeof summary === 'string' ? summary.replace(/^(['"])(.*)\1$/, '$2') : undefined;
}

/**
 * The markup a clinic pastes for a story, for the "Code" panel and the docs' "Show code": the
 * widget with only the attributes whose value differs from its default (the manifest's, through
 * `argTypes`), in `argTypes` order, HTML-escaped. Args that are not attributes (event handlers)
 * are left out.
 */
export function widgetMarkup(tag: string, args: Args, argTypes: ArgTypes): string {
  const attributes = Object.keys(argTypes)
    .filter((name) => typeof args[name] === 'string' || typeof args[name] === 'number')
    .map((name) => [name, String(args[name])] as const)
    .filter(([name, value]) => value !== '' && value !== defaultOf(argTypes, name))
    .map(([name, value]) => `${name}="${escapeAttribute(value)}"`);
  const oneLine = `<${tag}${attributes.map((attribute) => ` ${attribute}`).join('')}></${tag}>`;
  if (oneLine.length <= 100) return oneLine;
  return `<${tag}\n${attributes.map((attribute) => `  ${attribute}\n`).join('')}></${tag}>`;
}

/**
 * The text the widget shows, in its language (the toolbar or a `lang` arg may make it Spanish),
 * so that play functions find labels and check text in any language: each part from its element's
 * own text source, in the language the widget renders (English when it has none). For one
 * element's text alone, the harnesses' `shownTwitchText`, `shownRlsText` and `shownSpasmText`.
 */
export function shownText(root: ShadowRoot): LanguageTexts {
  const language = shownLanguage(root.host);
  return {
    language,
    shared: sharedTexts.in(language),
    rls: rlsTexts.in(language),
    twitch: twitchTexts.in(language),
    spasm: spasmTexts.in(language),
  };
}
