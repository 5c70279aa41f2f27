/**
 * What every widget's harness shares: waiting for a widget to settle, reading the text it shows
 * in its own language, and opening all of it. Used by the tests and by the stories' play
 * functions, so it depends on neither the test runner nor Storybook.
 */
import { qa } from '../helpers/shadow.js';

/** An element that renders asynchronously, as Lit elements do. */
export interface Updating extends Element {
  readonly updateComplete: Promise<boolean>;
}

/** Waits for each widget's update and for the focus move that follows it (a task later). */
export async function settle(...widgets: Updating[]): Promise<void> {
  await Promise.all(widgets.map((widget) => widget.updateComplete));
  await new Promise((resolve) => setTimeout(resolve));
  await Promise.all(widgets.map((widget) => widget.updateComplete));
}

/** The language a widget renders in, from its outer box's `lang`. */
export function shownLanguage(widget: Element): string {
  return widget.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang') ?? '';
}

/** Opens every closed disclosure (sections, cautions, the diary, the sources), twice for nested ones. */
export async function openAllDisclosures(el: Updating): Promise<void> {
  for (let round = 0; round < 2; round += 1) {
    for (const button of qa<HTMLButtonElement>(el, 'button[aria-expanded="false"]')) button.click();
    await settle(el);
  }
}
