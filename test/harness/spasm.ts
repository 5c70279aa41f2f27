/**
 * The harness of `<spasm-relief-steps>`: how a visitor moves through guided mode with clicks
 * (Next, Back, "Done, it eased", Start over), starts the heat-or-ice timer, and what step, which
 * open safety rules and how much time show. Used by the element tests, the cross-cutting suites
 * and the stories' play functions.
 */
import { spasmStepIds, type SpasmStepId } from '../../src/spasm-relief-steps/spasm-care.js';
import type { SpasmContent } from '../../src/spasm-relief-steps/spasm-content.js';
import { spasmTexts } from '../../src/spasm-relief-steps/spasm-relief-steps.js';
import { qa, shadowOf, textOf } from '../helpers/shadow.js';
import { settle, shownLanguage, type Updating } from './widget.js';

/** The steps' text in the language the widget shows. */
export function shownSpasmText(el: Element): SpasmContent {
  return spasmTexts.in(shownLanguage(el));
}

/** The heading of the guided step (or aftercare) that shows now. */
export function currentStepHeading(el: Element): string {
  return textOf(shadowOf(el).querySelector('#step-heading'));
}

/** The step `id` whose heading shows now in guided mode, or undefined (aftercare, list mode). */
export function currentStep(el: Element): SpasmStepId | undefined {
  const heading = currentStepHeading(el);
  return spasmStepIds.find((id) => shownSpasmText(el).steps[id].heading === heading);
}

/**
 * The steps list mode shows, in order, each by the id whose heading it shows in the widget's
 * language (undefined for a heading that is no step's).
 */
export function listedSteps(el: Element): (SpasmStepId | undefined)[] {
  const text = shownSpasmText(el);
  return qa(el, '[part~="steps"] ol > li').map((item) => {
    const heading = textOf(item.querySelector('h1, h2, h3, h4, h5, h6'));
    return spasmStepIds.find((id) => text.steps[id].heading === heading);
  });
}

/** The guided buttons, by their place: Back (when there is one), the primary (Next or Finish), "Done, it eased". */
function guidedButtons(el: Element): { back?: HTMLButtonElement; primary?: HTMLButtonElement; eased?: HTMLButtonElement } {
  const buttons = qa<HTMLButtonElement>(el, '[part~="steps"] .actions button');
  const primaryIndex = buttons.findIndex((button) => button.classList.contains('primary'));
  return {
    back: primaryIndex > 0 ? buttons[0] : undefined,
    primary: buttons[primaryIndex],
    eased: buttons[primaryIndex + 1],
  };
}

async function press(el: Updating, button: HTMLButtonElement | undefined, name: string): Promise<void> {
  if (!button) throw new Error(`no "${name}" button on the guided step "${currentStepHeading(el)}"`);
  button.click();
  await settle(el);
}

/** Guided mode: Next (or Finish on the last step). */
export async function nextStep(el: Updating): Promise<void> {
  await press(el, guidedButtons(el).primary, 'Next');
}

export async function previousStep(el: Updating): Promise<void> {
  await press(el, guidedButtons(el).back, 'Back');
}

/** Guided mode: "Done, it eased", which jumps to aftercare. */
export async function eased(el: Updating): Promise<void> {
  await press(el, guidedButtons(el).eased, 'Done, it eased');
}

/** Aftercare: "Start over". */
export async function startOver(el: Updating): Promise<void> {
  await press(el, qa<HTMLButtonElement>(el, '[part~="steps"] p.actions button')[0], 'Start over');
}

/**
 * How the harness presses a button: `click()` by default. A story may pass Storybook's
 * `userEvent.click`, which also moves focus the way a pointer does.
 */
export type Press = (target: HTMLElement) => unknown;

/**
 * Guided mode: the headings of the safety rules that stand open on the step (no disclosure
 * button: on the heat-or-ice step, above the timer), in page order.
 */
export function openCautionHeadings(el: Element): string[] {
  const level = (heading: Element | null): number => Number(heading?.localName.slice(1) ?? 0);
  const stepLevel = level(shadowOf(el).querySelector('#step-heading'));
  // Below the step's heading, outside the timer, and not a disclosure's button.
  return qa(el, '[part~="steps"] :is(h1, h2, h3, h4, h5, h6)')
    .filter((h) => stepLevel > 0 && level(h) > stepLevel && !h.closest('[part~="timer"]') && !h.querySelector('button'))
    .map(textOf);
}

/** Guided mode, heat-or-ice step: the time the timer shows ("15:00 left"), or "" without a timer. */
export function timerTimeLeft(el: Element): string {
  return textOf(shadowOf(el).querySelector('[part~="timer"] .time-left'));
}

/** Guided mode, heat-or-ice step: presses the timer's Start (Pause, Resume) button and waits. */
export async function toggleTimer(el: Updating, press: Press = (target) => target.click()): Promise<void> {
  const button = shadowOf(el).querySelector<HTMLButtonElement>('[part~="timer"] .timer-toggle');
  if (!button) throw new Error(`no timer on the guided step "${currentStepHeading(el)}"`);
  await press(button);
  await settle(el);
}

/** Guided mode: presses Next until step `id` shows. */
export async function goToStep(el: Updating, id: SpasmStepId): Promise<void> {
  for (let i = 0; i < spasmStepIds.length && currentStep(el) !== id; i += 1) await nextStep(el);
  if (currentStep(el) !== id) throw new Error(`guided mode never reached the "${id}" step`);
}
