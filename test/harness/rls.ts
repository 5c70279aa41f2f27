/**
 * The harness of `<rls-symptom-card>`: one canonical answer set per pattern, and how a visitor
 * opens the self-check, answers it with clicks, submits, starts again and reads the result. Used
 * by the element tests, the cross-cutting suites and the stories' play functions.
 */
import type { RlsContent } from '../../src/rls-symptom-card/rls-content.js';
import { assessRlsPattern, rlsQuestionOrder, type RlsAnswers, type RlsPattern } from '../../src/rls-symptom-card/rls-pattern.js';
import { rlsTexts } from '../../src/rls-symptom-card/rls-symptom-card.js';
import { describeControl } from '../helpers/controls.js';
import { q, qa, shadowOf, textOf } from '../helpers/shadow.js';
import { settle, shownLanguage, type Updating } from './widget.js';

/** One canonical answer set per pattern. */
export const rlsScenarios: Readonly<Record<RlsPattern, RlsAnswers>> = {
  matches: {
    urgeToMove: 'yes',
    startsAtRest: 'yes',
    reliefWithMovement: 'yes',
    worseEvening: 'yes',
    explainedByOther: 'no',
    frequency: 'twice-weekly-or-more',
    sleepAffected: 'yes',
    onRlsMedicineWorsening: 'no',
  },
  partial: {
    urgeToMove: 'yes',
    startsAtRest: 'unsure',
    reliefWithMovement: 'no',
    worseEvening: 'no',
    explainedByOther: 'yes',
    frequency: 'less-often',
    sleepAffected: 'no',
    onRlsMedicineWorsening: 'no',
  },
  unlikely: {
    urgeToMove: 'no',
    startsAtRest: 'no',
    reliefWithMovement: 'no',
    worseEvening: 'no',
    explainedByOther: 'no',
    frequency: 'less-often',
    sleepAffected: 'no',
    onRlsMedicineWorsening: 'no',
  },
};

/** The card's text in the language the widget shows. */
export function shownRlsText(el: Element): RlsContent {
  return rlsTexts.in(shownLanguage(el));
}

/**
 * How the harness presses a button or a label: `click()` by default. A story may pass Storybook's
 * `userEvent.click`, which also moves focus the way a pointer does (its focus ring is then part
 * of the screenshot).
 */
export type Press = (target: HTMLElement) => unknown;

const click: Press = (target) => target.click();

/** Opens the self-check section when it is closed (it is closed unless it comes first). */
export async function openSelfCheck(el: Updating, press: Press = click): Promise<void> {
  const button = q<HTMLButtonElement>(el, '#self-check-button');
  if (button.getAttribute('aria-expanded') !== 'true') {
    await press(button);
    await el.updateComplete;
  }
}

/** Picks every answer of `answers` by pressing its label, in the form's order (without submitting). */
export async function fillSelfCheck(el: Updating, answers: Partial<RlsAnswers>, press: Press = click): Promise<void> {
  for (const key of rlsQuestionOrder) {
    const value = answers[key];
    if (!value) continue;
    const radio = q<HTMLInputElement>(el, `input[type="radio"][name="${key}"][value="${value}"]`);
    const label = radio.closest('label');
    if (!label) throw new Error(`${describeControl(radio)} has no wrapping <label>`);
    await press(label);
  }
  await el.updateComplete;
}

/** Presses the self-check's submit button and waits. */
export async function submitSelfCheck(el: Updating, press: Press = click): Promise<void> {
  await press(q<HTMLButtonElement>(el, 'form[part~="self-check"] button[type="submit"]'));
  await settle(el);
}

/** Opens the self-check, answers it and submits it. */
export async function answerSelfCheck(el: Updating, answers: RlsAnswers, press: Press = click): Promise<void> {
  await openSelfCheck(el, press);
  await fillSelfCheck(el, answers, press);
  await submitSelfCheck(el, press);
}

/** Presses "Start again" under a result and waits. */
export async function startAgainSelfCheck(el: Updating, press: Press = click): Promise<void> {
  await press(q<HTMLButtonElement>(el, 'form[part~="self-check"] .actions button[type="button"]'));
  await settle(el);
}

/** The self-check's result as a visitor reads it, or null when there is none. */
export interface ShownRlsResult {
  readonly heading: string;
  readonly paragraphs: string[];
  readonly reasons: string[];
}

export function rlsResult(el: Element): ShownRlsResult | null {
  const result = shadowOf(el).querySelector('[role="status"] [part~="result"]');
  if (!result) return null;
  return {
    heading: textOf(result.querySelector('h1, h2, h3, h4, h5, h6')),
    paragraphs: [...result.querySelectorAll('p')].map(textOf),
    reasons: qa(el, '[part~="result"] .reasons li').map(textOf),
  };
}

/**
 * What the result must show for `answers`, by the rule module, in the widget's language: the
 * heading (hidden label, then the pattern's heading), the pattern's text, the course (when the
 * pattern matches), the advice, the label of the reasons, and one reason per rule that fired.
 */
export function expectedRlsResult(el: Element, answers: RlsAnswers): ShownRlsResult {
  const check = shownRlsText(el).selfCheck;
  const { pattern, course, seeClinician, reasons } = assessRlsPattern(answers);
  return {
    heading: `${check.resultLabel}: ${check.results[pattern].heading}`,
    paragraphs: [
      check.results[pattern].text,
      ...(course ? [check.courses[course]] : []),
      seeClinician ? check.seeClinician : check.noVisitNeeded,
      check.reasonsLabel,
    ],
    reasons: reasons.map((id) => check.reasons[id]),
  };
}
