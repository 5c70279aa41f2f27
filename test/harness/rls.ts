/**
 * The harness of `<rls-symptom-card>`: one canonical answer set per pattern, and how a visitor
 * opens the self-check, answers it with clicks, submits, starts again and reads the result. Used
 * by the element tests, the cross-cutting suites and the stories' play functions.
 *
 * Answers come in two shapes. The rule module's (`RlsAnswers`, what `assessRlsPattern` reads:
 * one look-alike answer `explainedByOther`, one `onRlsMedicineWorsening`), in which the canonical
 * scenarios are written; and the form's (`RlsFormAnswers`: "Is it a hard, painful cramp?", "Does
 * it go away if you only change position?", "Do you take medicine for RLS?" and its follow-up,
 * asked only after "Yes" or "Not sure"). The harness answers the form either way: rule-module
 * answers go through `rlsFormAnswers` first.
 */
import type { RlsContent } from '../../src/rls-symptom-card/rls-content.js';
import {
  assessRlsPattern,
  completeRlsAnswers,
  isRlsQuestionAsked,
  rlsAnswerKeys,
  rlsQuestionOrder,
  type RlsAnswers,
  type RlsGivenAnswers,
  type RlsPattern,
} from '../../src/rls-symptom-card/rls-pattern.js';
import { rlsTexts } from '../../src/rls-symptom-card/rls-symptom-card.js';
import { describeControl } from '../helpers/controls.js';
import { q, qa, shadowOf, textOf } from '../helpers/shadow.js';
import { settle, shownLanguage, type Updating } from './widget.js';

/** One canonical answer set per pattern, as the rule module reads them (`assessRlsPattern`). */
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

/** Answers as the self-check's form holds them, by its question keys (`rlsQuestionOrder`). */
export type RlsFormAnswers = RlsGivenAnswers;

/**
 * The form's answers that give the rule module's `answers`: the look-alike answer goes to "Is it a
 * hard, painful cramp?" with "No" to changing position (the two combine back into it); "No" to
 * worsening on RLS medicine is "No" to taking RLS medicine (the follow-up is then not asked), and
 * "Yes" or "Not sure" is that answer to the follow-up after "Yes" to taking RLS medicine. A
 * question `answers` leaves out stays unanswered.
 */
export function rlsFormAnswers(answers: Partial<RlsAnswers>): RlsFormAnswers {
  const { explainedByOther, onRlsMedicineWorsening, ...sameInBoth } = answers;
  const form: RlsFormAnswers = { ...sameInBoth };
  if (explainedByOther !== undefined) Object.assign(form, { hardPainfulCramp: explainedByOther, goesWithPositionChange: 'no' });
  if (onRlsMedicineWorsening === 'no') Object.assign(form, { takesRlsMedicine: 'no' });
  else if (onRlsMedicineWorsening !== undefined) Object.assign(form, { takesRlsMedicine: 'yes', onRlsMedicineWorsening });
  return form;
}

/** The canonical scenarios as a visitor answers the form. */
export const rlsFormScenarios: Readonly<Record<RlsPattern, RlsFormAnswers>> = {
  matches: rlsFormAnswers(rlsScenarios.matches),
  partial: rlsFormAnswers(rlsScenarios.partial),
  unlikely: rlsFormAnswers(rlsScenarios.unlikely),
};

/** Answers in either shape: the rule module's (possibly partial) or the form's. */
export type SelfCheckAnswers = Partial<RlsAnswers> | RlsFormAnswers;

/** The form's questions that the rule module's answers do not have. */
const formOnlyKeys: readonly string[] = rlsQuestionOrder.filter(
  (key) => key !== 'frequency' && !(rlsAnswerKeys as readonly string[]).includes(key),
);

/**
 * `answers` as the form's answers: form answers as they are (any answer to a question only the
 * form has makes them form answers), the rule module's through `rlsFormAnswers`.
 */
export function asFormAnswers(answers: SelfCheckAnswers): RlsFormAnswers {
  const given = Object.entries(answers)
    .filter(([, value]) => value !== undefined)
    .map(([key]) => key);
  const isForm = given.some((key) => formOnlyKeys.includes(key));
  if (isForm && given.includes('explainedByOther')) {
    throw new Error(`answers mix the form's questions (${formOnlyKeys.join(', ')}) with the rule module's explainedByOther`);
  }
  return isForm ? (answers as RlsFormAnswers) : rlsFormAnswers(answers as Partial<RlsAnswers>);
}

/**
 * The rule module's answers that a complete set of `answers` gives: the rule module's themselves,
 * or the form's through `completeRlsAnswers`. Throws when a question the form asks has no answer.
 */
export function assessedAnswers(answers: SelfCheckAnswers): RlsAnswers {
  const form = asFormAnswers(answers);
  const complete = form === answers ? completeRlsAnswers(form) : (answers as RlsAnswers);
  const missing = rlsQuestionOrder.filter((key) => isRlsQuestionAsked(key, form) && form[key] === undefined);
  if (!complete || missing.length > 0) throw new Error(`the answers leave questions unanswered: ${missing.join(', ') || '(a wrong kind of answer)'}`);
  return complete;
}

/** The card's text in the language the widget shows. */
export function shownRlsText(el: Element): RlsContent {
  return rlsTexts.in(shownLanguage(el));
}

/** The self-check's questions the card shows now, in page order, by the name of their radio group. */
export function shownRlsQuestions(el: Element): string[] {
  return qa(el, 'form[part~="self-check"] fieldset').map((fieldset) => fieldset.querySelector('input')?.name ?? '(no radio button)');
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

/**
 * The "Check your symptoms" button near the title (not the self-check's own heading button), or
 * undefined where the card shows none (the self-check comes first, or is not among the sections).
 */
export function selfCheckShortcut(el: Element): HTMLButtonElement | undefined {
  const label = shownRlsText(el).selfCheck.heading;
  return qa<HTMLButtonElement>(el, 'button').find((button) => button.id !== 'self-check-button' && textOf(button) === label);
}

/** Presses "Check your symptoms" near the title and waits for the focus move. */
export async function goToSelfCheck(el: Updating, press: Press = click): Promise<void> {
  const button = selfCheckShortcut(el);
  if (!button) throw new Error('the card shows no "Check your symptoms" button near its title');
  await press(button);
  await settle(el);
}

/**
 * Picks every answer of `answers` by pressing its label, in the form's order (without
 * submitting). The medicine follow-up is answered only when the answers ask it (after "Yes" or
 * "Not sure" to taking RLS medicine), once it shows.
 */
export async function fillSelfCheck(el: Updating, answers: SelfCheckAnswers, press: Press = click): Promise<void> {
  const form = asFormAnswers(answers);
  for (const key of rlsQuestionOrder) {
    const value = form[key];
    if (value === undefined || !isRlsQuestionAsked(key, form)) continue;
    await el.updateComplete; // a follow-up shows once the question before it is answered
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
export async function answerSelfCheck(el: Updating, answers: SelfCheckAnswers, press: Press = click): Promise<void> {
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
 * What the result must show for `answers` (either shape, complete), by the rule module, in the
 * widget's language: the heading (hidden label, then the pattern's heading), the pattern's text,
 * the course (when the pattern matches), the advice, the label of the reasons, and one reason per
 * rule that fired.
 */
export function expectedRlsResult(el: Element, answers: SelfCheckAnswers): ShownRlsResult {
  const check = shownRlsText(el).selfCheck;
  const { pattern, course, seeClinician, reasons } = assessRlsPattern(assessedAnswers(answers));
  return {
    heading: `${check.resultLabel} ${check.results[pattern].heading}`,
    paragraphs: [
      check.results[pattern].text,
      ...(course ? [check.courses[course]] : []),
      seeClinician ? check.seeClinician : check.noVisitNeeded,
      check.reasonsLabel,
    ],
    reasons: reasons.map((id) => check.reasons[id]),
  };
}
