import { sendKeys } from '@web/test-runner-commands';
import { describeControl } from './controls.js';

export type Key = 'Tab' | 'Enter' | 'Space' | 'ArrowDown' | 'ArrowUp' | 'ArrowRight' | 'ArrowLeft';

/**
 * Real keyboard input through the test runner (puppeteer over CDP in Chromium, puppeteer over
 * WebDriver BiDi in Firefox, WebDriver actions in WebKit). Only single `press` keys are used:
 * WebDriver's sendKeys supports neither `down`/`up` nor chords such as `Shift+Tab`.
 * The space bar is sent as " ": puppeteer's BiDi keyboard rejects the name "Space", while
 * " " works in all three.
 */
export async function press(key: Key, times = 1): Promise<void> {
  const sent = key === 'Space' ? ' ' : key;
  for (let i = 0; i < times; i += 1) await sendKeys({ press: sent });
}

/**
 * Chooses option `index` of the radio group that has focus, the way a keyboard user does: focus
 * lands on the first option of a group with no choice yet, Space picks it, and each ArrowDown
 * moves to the next option and picks that one.
 */
export async function chooseOption(index: number): Promise<void> {
  if (index === 0) await press('Space');
  else await press('ArrowDown', index);
}

/** The focused element, looking through open shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** What has keyboard focus, looking into open shadow roots, described for assertions. */
export function describeFocus(): string {
  return describeControl(deepActiveElement());
}
