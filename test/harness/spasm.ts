/**
 * The harness of `<spasm-relief-steps>`: how a visitor moves through guided mode with clicks
 * (Next, Back, "Done, it eased", Start over), starts the heat-or-ice timer, and what step, which
 * open safety rules and how much time show. Used by the element tests, the cross-cutting suites
 * and the stories' play functions.
 */
import { spasmStepIds, type SpasmStepId } from '../../src/spasm-relief-steps/spasm-care.js';
import type { SpasmContent } from '../../src/spasm-relief-steps/spasm-content.js';
import { spasmTexts } from '../../src/spasm-relief-steps/spasm-relief-steps.js';
import { q, qa, shadowOf, textOf } from '../helpers/shadow.js';
import { settle, shownLanguage, type Updating } from './widget.js';
import {
  diaryLevel,
  diarySigns,
  spasmHelpLevels,
  type CrampDuration,
  type SpasmHelpLevel,
  type SpasmHelpSignId,
  type SpasmMuscle,
} from '../../src/spasm-relief-steps/spasm-care.js';
import { labelOf } from '../helpers/controls.js';

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

// ---------------------------------------------------------------------------------------------
// The cramp diary, filled in as a visitor fills it: open "Keep a cramp diary", then click the
// labels of the choices, in the widget's language

/** A cramp as a visitor notes it in the diary; every field may be left out, as in the widget. */
export interface DiaryEntry {
  readonly muscle?: SpasmMuscle;
  readonly duration?: CrampDuration;
  /** The steps that helped (steps the page offers), or `nothing` alone for "Nothing helped". */
  readonly helped?: readonly (SpasmStepId | 'nothing')[];
  readonly signs?: readonly SpasmHelpSignId[];
}

/** What the diary advises: a get-help level, or `self-care`. */
export type DiaryLevel = SpasmHelpLevel | 'self-care';

/** Every advice the diary gives, lowest first. */
export const diaryLevels: readonly DiaryLevel[] = ['self-care', ...[...spasmHelpLevels].reverse()];

/**
 * A diary whose advice is `level`, by the rule module (`diaryLevel`, never a copy of its table):
 * each level notes a different muscle, length and what helped, and a get-help level ticks the first
 * box at that level. Throws when the rule module has no box at `level`.
 */
export function diaryScenario(level: DiaryLevel): DiaryEntry {
  const sign = diarySigns.find((candidate) => diaryLevel({ signs: [candidate] }) === level);
  const entries: Record<DiaryLevel, DiaryEntry> = {
    'self-care': { muscle: 'calf', duration: 'under-a-minute', helped: [spasmStepIds[0], spasmStepIds[1]] },
    soon: { muscle: 'thigh', duration: 'up-to-ten-minutes', helped: ['nothing'], signs: sign ? [sign] : [] },
    urgent: { muscle: 'foot', helped: [spasmStepIds[2]], signs: sign ? [sign] : [] },
    emergency: { muscle: 'calf', duration: 'under-a-minute', signs: sign ? [sign] : [] },
  };
  const entry = entries[level];
  const got = diaryLevel({ duration: entry.duration, signs: entry.signs ?? [] });
  if (got !== level) throw new Error(`the diary scenario for "${level}" gives "${got}" by the rule module`);
  return entry;
}

/** The "Keep a cramp diary" button; throws where the widget has no diary (`summary="off"`). */
function diaryButton(el: Element): HTMLButtonElement {
  const button = shadowOf(el).querySelector<HTMLButtonElement>('#diary-button');
  if (!button) throw new Error('no cramp diary in the widget (summary="off"?)');
  return button;
}

/** Opens the diary's disclosure, unless it is open. */
export async function openDiary(el: Updating, press: Press = (target) => target.click()): Promise<void> {
  const button = diaryButton(el);
  if (button.getAttribute('aria-expanded') === 'true') return;
  await press(button);
  await settle(el);
  if (button.getAttribute('aria-expanded') !== 'true') throw new Error('the cramp diary did not open');
}

/** The diary's group of choices headed `legend`. */
function diaryGroup(el: Element, legend: string): HTMLFieldSetElement {
  const group = qa<HTMLFieldSetElement>(el, '[part~="diary"] fieldset').find((fieldset) => textOf(fieldset.querySelector('legend')) === legend);
  if (!group) throw new Error(`the cramp diary has no group "${legend}"`);
  return group;
}

/** The choice labelled `label` in the diary's group headed `legend`. */
function diaryChoice(el: Element, legend: string, label: string): HTMLInputElement {
  const input = [...diaryGroup(el, legend).querySelectorAll('input')].find((candidate) => labelOf(candidate) === label);
  if (!input) throw new Error(`no choice "${label}" under "${legend}" in the cramp diary`);
  return input;
}

/**
 * Opens the diary and notes `entry` by clicking each choice's label (boxes already ticked are left
 * as they are), then checks that the diary holds exactly what was clicked in each group noted.
 */
export async function fillDiary(el: Updating, entry: DiaryEntry, press: Press = (target) => target.click()): Promise<void> {
  await openDiary(el, press);
  const text = shownSpasmText(el);
  const notes = text.diary;
  const groups: [legend: string, labels: string[]][] = [
    [notes.muscleLegend, entry.muscle ? [notes.muscles[entry.muscle]] : []],
    [notes.durationLegend, entry.duration ? [notes.durations[entry.duration]] : []],
    [notes.helpedLegend, (entry.helped ?? []).map((step) => (step === 'nothing' ? notes.nothingHelped : text.steps[step].heading))],
    [notes.signsLegend, (entry.signs ?? []).map((sign) => text.help.signs[sign])],
  ];
  for (const [legend, labels] of groups) {
    for (const label of labels) {
      const input = diaryChoice(el, legend, label);
      if (input.checked) continue;
      const wrapping = input.closest('label');
      if (!wrapping) throw new Error(`the choice "${label}" has no label to click`);
      await press(wrapping);
      await settle(el);
    }
  }
  for (const [legend, labels] of groups) {
    if (labels.length === 0) continue;
    const ticked = [...diaryGroup(el, legend).querySelectorAll('input')].filter((input) => input.checked).map(labelOf);
    if ([...ticked].sort().join('\n') !== [...labels].sort().join('\n')) throw new Error(`"${legend}": the diary holds ${JSON.stringify(ticked)}, not ${JSON.stringify(labels)}`);
  }
}

/** What the diary's advice says now, in its live status region (which must be there). */
export function diaryAdvice(el: Element): string {
  return textOf(q(el, '[part~="diary"] .diary-advice[role="status"]'));
}
