/**
 * The harness of `<twitch-redflag-check>`: its canonical scenarios (one per care level), and how a
 * visitor moves through it with clicks (tick, answer, Next, Back) and reads its result. The
 * element tests, the cross-cutting suites and the stories' play functions all use it. The keyboard
 * walks are here too, with the test runner's keyboard passed in by the tests (see `Keyboard`).
 */
import { answerValues, type Answer } from '../../src/shared/answer.js';
import { careLevels, type CareLevel } from '../../src/shared/care-level.js';
import { sharedTexts } from '../../src/shared/lhw-element.js';
import { reasonTexts, type TwitchContent } from '../../src/twitch-redflag-check/twitch-content.js';
import { twitchTexts } from '../../src/twitch-redflag-check/twitch-redflag-check.js';
import {
  emergencyScreenAnswers,
  emergencySigns,
  isAsked,
  nextScreen,
  questionsOn,
  resultAfter,
  stepQuestions,
  twitchScreens,
  twitchSteps,
  twitchTriggers,
  withSkippedFollowUps,
  type EmergencyChoice,
  type StepQuestion,
  type TwitchAnswers,
  type TwitchAssessment,
  type TwitchScreen,
  type TwitchStep,
  type TwitchTrigger,
} from '../../src/twitch-redflag-check/twitch-rules.js';
import { clickLabelOf, describeControl, labelOf } from '../helpers/controls.js';
import type { Key } from '../helpers/keyboard.js';
import { describeElement, q, qa, shadowOf, textOf } from '../helpers/shadow.js';
import { settle, shownLanguage, type Updating } from './widget.js';

/**
 * What a visitor ticks and answers, and in which order: what they would answer if the check
 * asked everything. The check may end before the last screen (once its level is settled) and
 * asks a follow-up only when it applies; what it never asks is never answered.
 */
export interface TwitchScenario {
  /** What is ticked on the first screen. */
  readonly signs: readonly EmergencyChoice[];
  /**
   * Answers on the step screens; a question left out is answered "No" (when it is asked). Left
   * out: the first screen ends the check.
   */
  readonly steps?: Readonly<Partial<Record<StepQuestion, Answer>>>;
  /** Triggers ticked on the last screen, in the order they are ticked (when the check gets there). */
  readonly triggers?: readonly TwitchTrigger[];
}

/** Every step question answered "No". */
export const allNo: Readonly<Record<StepQuestion, Answer>> = Object.fromEntries(
  twitchSteps.flatMap((step) => stepQuestions[step]).map((question) => [question, 'no']),
) as Record<StepQuestion, Answer>;

/**
 * One canonical way to each care level. Emergency: a sign on the first screen ends the check.
 * Urgent: one swollen leg (a possible clot) on the first step screen ends it there; the answers
 * and the trigger after it are what the visitor would have said, never asked. Soon: weakness
 * (so the follow-up "Is the weakness getting worse?" is asked, and answered "No") and twitching
 * that spreads, through every screen. Self-care: "No" to everything (the follow-up is skipped).
 */
export const twitchScenarios: Readonly<Record<CareLevel, TwitchScenario>> = {
  emergency: { signs: ['chestPain'] },
  urgent: { signs: ['none'], steps: { legSwollenWarmRed: 'yes', longerThanTwoWeeks: 'unsure' }, triggers: ['stress'] },
  soon: { signs: ['none'], steps: { weakness: 'yes', spreading: 'yes', newMedicine: 'unsure' }, triggers: ['caffeine', 'poorSleep'] },
  'self-care': { signs: ['none'], steps: {}, triggers: ['caffeine', 'stress'] },
};

/**
 * An urgent result that only the last screen settles (muscle pain on a statin), so the visitor
 * goes through every screen and ticks a trigger: the urgent card with a tip.
 */
export const urgentOnLastScreen: TwitchScenario = {
  signs: ['none'],
  steps: { statinMuscleSymptoms: 'yes', longerThanTwoWeeks: 'unsure' },
  triggers: ['stress'],
};

/**
 * Every answer of a scenario, as if the check asked everything: the first screen's ticks as
 * answers, then the steps, with a follow-up that does not apply answered "No" (as the check
 * reads it). The widget holds only the part it asked.
 */
export function scenarioAnswers(scenario: TwitchScenario): TwitchAnswers {
  const steps = scenario.steps ? withSkippedFollowUps({ ...allNo, ...scenario.steps }) : {};
  return { ...emergencyScreenAnswers(new Set(scenario.signs)), ...steps, triggers: scenario.triggers ?? [] };
}

/** The screens a scenario goes through before its result, and the result, by the rule module. */
function walkScenario(scenario: TwitchScenario): { screens: TwitchScreen[]; result: TwitchAssessment } {
  const answers = scenarioAnswers(scenario);
  const screens: TwitchScreen[] = [];
  for (let screen: TwitchScreen | undefined = twitchScreens[0]; screen; screen = nextScreen(screen)) {
    screens.push(screen);
    const result = resultAfter(screen, answers);
    if (result) return { screens, result };
  }
  throw new Error('the check gave no result after its last screen');
}

/** What the check must show for a scenario, by the rule module: screen by screen until a result. */
export function scenarioResult(scenario: TwitchScenario): TwitchAssessment {
  return walkScenario(scenario).result;
}

/** The screens a scenario shows, in order, up to the one after which the check ends, by the rule module. */
export function scenarioScreens(scenario: TwitchScenario): TwitchScreen[] {
  return walkScenario(scenario).screens;
}

/** The check's text in the language the widget shows. */
export function shownTwitchText(el: Element): TwitchContent {
  return twitchTexts.in(shownLanguage(el));
}

/** Which screen shows now, read from the page: the fieldset of signs, a step heading, or a result. */
export function twitchScreen(el: Element): TwitchScreen | 'result' | 'unknown' {
  const root = shadowOf(el);
  if (root.querySelector('[part~="result"]')) return 'result';
  if (root.querySelector('fieldset.signs')) return 'signs';
  const heading = textOf(root.querySelector('#step-heading'));
  return twitchSteps.find((step) => shownTwitchText(el).steps[step] === heading) ?? 'unknown';
}

/** The label of a box on the first screen, in the widget's language. */
export function signLabel(el: Element, choice: EmergencyChoice): string {
  const screen = shownTwitchText(el).emergencyScreen;
  return choice === 'unsure' || choice === 'none' ? screen[choice] : screen.signs[choice].label;
}

/** The first screen's boxes, in page order: every sign, then "not sure" and "none of these". */
export const signChoices: readonly EmergencyChoice[] = [...emergencySigns, 'unsure', 'none'];

/** The first screen's checkboxes, in page order. */
export function signBoxes(el: Element): HTMLInputElement[] {
  return qa<HTMLInputElement>(el, 'fieldset.signs input[type="checkbox"]');
}

/** The labels of the ticked boxes on the first screen. */
export function tickedSigns(el: Element): string[] {
  return signBoxes(el)
    .filter((box) => box.checked)
    .map(labelOf);
}

/** The checkbox of `choice` on the first screen, found by its label. */
export function signBox(el: Element, choice: EmergencyChoice): HTMLInputElement {
  const label = signLabel(el, choice);
  const box = signBoxes(el).find((input) => labelOf(input) === label);
  if (!box) throw new Error(`no checkbox labelled "${label}"`);
  return box;
}

export function tickSign(el: Element, choice: EmergencyChoice): void {
  clickLabelOf(signBox(el, choice));
}

/**
 * How the walk-throughs below click a control. By default a checkbox or radio button is clicked
 * through its label and a button directly, as a visitor does; a story passes Storybook's
 * `userEvent.click` (`{ click: (control) => userEvent.click(control) }`), so that its
 * interactions panel lists every click.
 */
export interface Clicking {
  readonly click?: (control: HTMLElement) => unknown;
}

async function clickControl(control: HTMLElement, { click }: Clicking = {}): Promise<void> {
  if (click) await click(control);
  else if (control instanceof HTMLInputElement) clickLabelOf(control);
  else control.click();
}

/** The checkbox of `trigger` on the last screen, found by its label. */
export function triggerBox(el: Element, trigger: TwitchTrigger): HTMLInputElement {
  const label = shownTwitchText(el).triggers.options[trigger];
  const box = qa<HTMLInputElement>(el, 'input[type="checkbox"]').find((input) => labelOf(input) === label);
  if (!box) throw new Error(`no checkbox labelled "${label}"`);
  return box;
}

/** The ticked triggers on the last screen, in page order. */
export function tickedTriggers(el: Element): TwitchTrigger[] {
  return twitchTriggers.filter((trigger) => triggerBox(el, trigger).checked);
}

/** Ticks (or unticks) `trigger` on the last screen by clicking its label. */
export function tickTrigger(el: Element, trigger: TwitchTrigger): void {
  clickLabelOf(triggerBox(el, trigger));
}

/** The questions the current screen asks (the names of its radio groups), in page order. */
export function shownQuestions(el: Element): string[] {
  return [...new Set(qa<HTMLInputElement>(el, '[part~="check"] form input[type="radio"]').map((radio) => radio.name))];
}

/** The radio button that answers `question` with `value` on the current screen. */
export function answerRadio(el: Element, question: StepQuestion, value: Answer): HTMLInputElement {
  return q<HTMLInputElement>(el, `input[type="radio"][name="${question}"][value="${value}"]`);
}

/** Picks `value` for `question` on the current screen by clicking its label. */
export function answerQuestion(el: Element, question: StepQuestion, value: Answer): void {
  clickLabelOf(answerRadio(el, question, value));
}

/** The form's submit button ("Next", or "See my result" on the last step). */
export function submitButton(el: Element): HTMLButtonElement {
  return q<HTMLButtonElement>(el, '[part~="check"] form button[type="submit"]');
}

/** The step screen's "Back" button (the form's only other button); the first screen has none. */
function backButton(el: Element): HTMLButtonElement | undefined {
  return qa<HTMLButtonElement>(el, '[part~="check"] form button[type="button"]')[0];
}

/** Presses the screen's submit button ("Next" or "See my result") and waits for what follows. */
export async function next(el: Updating, clicking?: Clicking): Promise<void> {
  await clickControl(submitButton(el), clicking);
  await settle(el);
}

/** Presses "Back" and waits. */
export async function back(el: Updating): Promise<void> {
  const button = backButton(el);
  if (!button) throw new Error(`no "Back" button on the ${twitchScreen(el)} screen`);
  button.click();
  await settle(el);
}

/** Presses "Start again" on a result and waits. */
export async function startAgain(el: Updating): Promise<void> {
  q<HTMLButtonElement>(el, 'p.actions button[type="button"]').click();
  await settle(el);
}

/**
 * Answers the current step screen as the scenario says, question by question in page order
 * (ticking its triggers on the last screen). A follow-up appears once the question before it is
 * answered so; one that does not apply is left alone. Throws when a question that applies is
 * missing from the screen, or one that does not apply is shown.
 */
export async function answerStep(el: Updating, scenario: TwitchScenario, clicking?: Clicking): Promise<void> {
  const screen = twitchScreen(el);
  if (screen === 'signs' || screen === 'result' || screen === 'unknown') throw new Error(`not on a step screen: ${screen}`);
  const answers: TwitchAnswers = scenarioAnswers(scenario);
  for (const question of stepQuestions[screen]) {
    await el.updateComplete;
    const shown = shownQuestions(el).includes(question);
    if (shown !== isAsked(question, answers)) {
      throw new Error(`"${question}" is ${shown ? 'shown' : 'not shown'} on the ${screen} screen, with the answers ${JSON.stringify(answers)}`);
    }
    const answer = answers[question];
    if (shown && answer) await clickControl(answerRadio(el, question, answer), clicking);
  }
  if (!nextScreen(screen)) for (const trigger of scenario.triggers ?? []) await clickControl(triggerBox(el, trigger), clicking);
  await el.updateComplete;
}

/**
 * The test runner's keyboard (`press` and `chooseOption` of test/helpers/keyboard.ts), which the
 * tests pass in: the stories and the review pack bundle this module, and the runner's commands
 * do not bundle.
 */
export interface Keyboard {
  readonly press: (key: Key) => Promise<void>;
  readonly chooseOption: (index: number) => Promise<void>;
}

/**
 * Throws, naming what was checked, when the page shows other than `expected` (compared as JSON).
 * The walks below throw, as the rest of this module does, rather than bring chai into the stories.
 */
function expectShown(what: string, shown: unknown, expected: unknown): void {
  if (JSON.stringify(shown) !== JSON.stringify(expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, but the page shows ${JSON.stringify(shown)}`);
  }
}

/** What has focus inside the widget, described as `describeControl` does. */
function describeFocusIn(el: Element): string {
  return describeControl(shadowOf(el).activeElement);
}

/** With focus on the submit button showing `label` (`what` says how it got there), presses Enter and waits. */
async function submitByKeyboard(el: Updating, label: string, what: string, { press }: Keyboard): Promise<void> {
  expectShown(what, describeFocusIn(el), describeElement(submitButton(el)));
  expectShown("the submit button's text", textOf(submitButton(el)), label);
  await press('Enter');
  await settle(el);
}

/** With focus on the first of `boxes`, Tabs through them box by box, ticking those `chosen` with Space. */
async function tickBoxesByKeyboard<Choice extends string>(
  el: Updating,
  boxes: readonly Choice[],
  chosen: readonly Choice[],
  label: (box: Choice) => string,
  { press }: Keyboard,
): Promise<void> {
  for (const box of boxes) {
    expectShown('focus moves box by box', describeFocusIn(el), `checkbox "${label(box)}"`);
    if (chosen.includes(box)) {
      await press('Space');
      await el.updateComplete;
    }
    await press('Tab');
  }
}

/**
 * With focus on the first box, Tabs through every box of the first screen, ticking `choices`
 * with Space, on to "Next", and presses Enter. Throws when focus or a tick is not where a
 * keyboard user would find it.
 */
export async function tickSignsByKeyboard(el: Updating, choices: readonly EmergencyChoice[], keyboard: Keyboard): Promise<void> {
  await tickBoxesByKeyboard(el, signChoices, choices, (choice) => signLabel(el, choice), keyboard);
  expectShown('ticked boxes', tickedSigns(el), signChoices.filter((choice) => choices.includes(choice)).map((choice) => signLabel(el, choice)));
  await submitByKeyboard(el, shownTwitchText(el).check.next, 'after the last box, Tab reaches "Next"', keyboard);
}

/**
 * On `step`'s screen, with focus on its heading: Tabs to each question the scenario is asked
 * (a follow-up appears right after the answer that calls for it, and is the next Tab stop),
 * picks the answer with Space or the arrow keys, ticks the triggers with Space on the last
 * screen, Tabs past "Back" to the submit button and presses Enter. Throws when focus, an answer
 * or a label is not what a keyboard user would meet, in the widget's language.
 */
export async function answerStepByKeyboard(el: Updating, step: TwitchStep, scenario: TwitchScenario, keyboard: Keyboard): Promise<void> {
  const text = shownTwitchText(el);
  const answerLabels = sharedTexts.in(shownLanguage(el)).answers;
  expectShown('the screen, by its heading', twitchScreen(el), step);
  expectShown(`the "${text.steps[step]}" heading has focus`, shadowOf(el).activeElement?.id, 'step-heading');
  await keyboard.press('Tab');
  const answers = scenarioAnswers(scenario);
  const asked = questionsOn(step, answers);
  for (const question of asked) {
    const value = answers[question];
    if (!value) throw new Error(`the scenario has no answer to ${question}`);
    expectShown(`Tab reaches the first answer of "${question}"`, describeFocusIn(el), `radio[name=${question}] "${answerLabels[answerValues[0]]}"`);
    await keyboard.chooseOption(answerValues.indexOf(value));
    await el.updateComplete;
    expectShown(`answer to ${question}`, qa<HTMLInputElement>(el, `input[type="radio"][name="${question}"]:checked`).map((radio) => radio.value), [value]);
    await keyboard.press('Tab');
  }
  expectShown(`the questions on ${step} once answered`, shownQuestions(el), asked);
  if (!nextScreen(step)) {
    const chosen = scenario.triggers ?? [];
    await tickBoxesByKeyboard(el, twitchTriggers, chosen, (trigger) => text.triggers.options[trigger], keyboard);
    expectShown('ticked triggers', tickedTriggers(el), twitchTriggers.filter((trigger) => chosen.includes(trigger)));
  }
  expectShown('then "Back"', describeFocusIn(el), describeElement(backButton(el)));
  expectShown('the "Back" text', textOf(backButton(el)), text.check.back);
  await keyboard.press('Tab');
  await submitByKeyboard(el, nextScreen(step) ? text.check.next : text.check.showResult, 'then the submit button', keyboard);
}

/** The problem message the screen shows ("Select one or more..."), or an empty string. */
export function twitchProblem(el: Element): string {
  return textOf(shadowOf(el).querySelector('#problem'));
}

/**
 * Goes through the check as the scenario says, by clicks, from the first screen to the result,
 * which may come before the last screen. Returns the screens it went through, in order. Throws,
 * naming the screen and its message, when "Next" does not move on.
 */
export async function answerScenario(el: Updating, scenario: TwitchScenario, clicking?: Clicking): Promise<TwitchScreen[]> {
  if (twitchScreen(el) !== 'signs') throw new Error(`the check is on the ${twitchScreen(el)} screen, not the first`);
  for (const choice of scenario.signs) await clickControl(signBox(el, choice), clicking);
  await el.updateComplete;
  const seen: TwitchScreen[] = [];
  for (let screen = twitchScreen(el); screen !== 'result'; screen = twitchScreen(el)) {
    if (screen === 'unknown') throw new Error('the check shows neither a screen nor a result');
    seen.push(screen);
    if (screen !== 'signs') await answerStep(el, scenario, clicking);
    await next(el, clicking);
    if (twitchScreen(el) === screen) {
      const problem = twitchProblem(el);
      throw new Error(`"Next" stayed on the ${screen} screen${problem ? `: "${problem}"` : ''}`);
    }
  }
  return seen;
}

/** The result card as a visitor reads it. */
export interface ShownTwitchResult {
  /** The care level the card's class shows. */
  readonly level: string;
  /** The heading as a screen reader reads it: hidden label, then the action. */
  readonly heading: string;
  readonly reasons: string[];
}

export function twitchResult(el: Element): ShownTwitchResult {
  const card = q(el, '[part~="result"]');
  // The card's classes are "care-card care-<level>".
  const level = careLevels.find((candidate) => card.classList.contains(`care-${candidate}`)) ?? 'none';
  const text = shownTwitchText(el);
  const reasonsHeading = qa(el, '[part~="result"] .care-body > *').find((child) => textOf(child) === text.reasonsLabel);
  const list = reasonsHeading?.nextElementSibling;
  return {
    level,
    heading: textOf(q(el, '#result-heading')),
    reasons: list ? [...list.querySelectorAll('li')].map(textOf) : [],
  };
}

/** The reasons a scenario's card must list, in the widget's language, with its emergency number. */
export function expectedReasons(el: Element, scenario: TwitchScenario): string[] {
  const context = { clinic: el.getAttribute('clinic-name') ?? '', emergency: el.getAttribute('emergency-number') || '911' };
  return reasonTexts(shownTwitchText(el), scenarioResult(scenario).reasons, context);
}
