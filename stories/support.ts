import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import type { LhwElement } from '../src/shared/lhw-element.js';

/** The attributes every widget shares, as story args named like the attributes. */
export interface SharedArgs {
  lang?: string;
  'clinic-name'?: string;
  'clinic-phone'?: string;
  'booking-url'?: string;
  'emergency-number'?: string;
  'heading-level'?: 2 | 3 | 4 | 5 | 6;
  theme?: 'auto' | 'light' | 'dark';
}

/** Controls for the shared attributes: free text, or a select for the enums. */
export const sharedArgTypes = {
  lang: { control: 'text' },
  'clinic-name': { control: 'text' },
  'clinic-phone': { control: 'text' },
  'booking-url': { control: 'text' },
  'emergency-number': { control: 'text' },
  'heading-level': { control: 'select', options: [2, 3, 4, 5, 6] },
  theme: { control: 'select', options: ['auto', 'light', 'dark'] },
} as const;

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

/** Waits for the widget's update and for the focus move that follows it. */
export async function settle(widget: LhwElement): Promise<void> {
  await widget.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await widget.updateComplete;
}
