/**
 * The care-level rules for leg twitching, as data with no DOM, so a clinician can read them here
 * and tests can check them. Ground: the clinical brief version 2, section B (NHS pages on
 * twitching, motor neurone disease, stroke and TIA, DVT, Guillain-Barre syndrome, tetanus,
 * statins and cauda equina; MedlinePlus; Mayo Clinic on rhabdomyolysis; the seed's neurologist).
 *
 * Safety: "Not sure" counts as "yes" for every sign's level, and so does a missing answer. Every rule
 * that holds is reported; the highest level among them wins. Triggers only shape the self-care
 * advice and never change the level. An emergency sign answered "yes" names its own rule; an
 * emergency sign answered "not sure" (or left out) gives the same emergency level, but its one
 * reason says the visitor was not sure, rather than naming signs they never reported. An
 * emergency sign's own reason is the sign as the visitor ticked it.
 *
 * The check asks screen by screen (`twitchScreens`) and ends as soon as the level is settled
 * (`resultAfter`): no question still to come could raise it. A follow-up (`followUps`) is asked
 * only after a "yes" or "not sure" to the question before it; skipped, it counts as "no".
 *
 * | level     | rule id                            | fires when ("yes" or "not sure" unless said)                                     |
 * | --------- | ---------------------------------- | -------------------------------------------------------------------------------- |
 * | emergency | `breathing-trouble`                | `breathingTrouble` "yes" (now or in the last 24 hours)                           |
 * | emergency | `chest-pain`                       | `chestPain` "yes" (pain, pressure or tightness)                                  |
 * | emergency | `sudden-one-sided-weakness`        | `suddenOneSidedWeakness` "yes" (face, an arm or a leg, one side; speech)         |
 * | emergency | `cannot-swallow`                   | `cannotSwallow` "yes"                                                            |
 * | emergency | `seizure-or-collapse`              | `seizureOrCollapse` "yes" (a seizure, fainting or collapse)                      |
 * | emergency | `cannot-move-leg`                  | `cannotMoveLeg` "yes" (a leg that suddenly will not move or bear weight)         |
 * | emergency | `bladder-bowel-or-saddle-numbness` | `bladderBowelOrSaddleNumbness` "yes" (new loss of control; numb around the bottom) |
 * | emergency | `tetanus-signs`                    | `tetanusSigns` "yes" (after a wound: stiff jaw or spreading spasms)              |
 * | emergency | `emergency-sign-unsure`            | any emergency sign "not sure" or not answered                                    |
 * | urgent    | `leg-swollen-warm-red`             | `legSwollenWarmRed` (a single swollen leg; or one that hurts, warm, red or dark) |
 * | urgent    | `weakness-worsening`               | `weaknessWorsening`                                                              |
 * | urgent    | `spreading-weakness-or-numbness`   | `spreadingWeaknessOrNumbness` (spreading over hours or days)                     |
 * | urgent    | `sudden-onset-with-weakness`       | `suddenOnset` and any of `weakness`, `lossOfTone`, `muscleShrinking`             |
 * | urgent    | `statin-muscle-symptoms`           | `statinMuscleSymptoms` (muscle pain, tenderness or weakness on a statin)         |
 * | urgent    | `dark-urine`                       | `darkUrine` (muscle pain or weakness with tea- or cola-coloured urine)           |
 * | soon      | `weakness`                         | `weakness`                                                                       |
 * | soon      | `loss-of-tone`                     | `lossOfTone`                                                                     |
 * | soon      | `muscle-shrinking`                 | `muscleShrinking`                                                                |
 * | soon      | `stiffness`                        | `stiffness` (stiff or tight most of the time)                                    |
 * | soon      | `numbness-or-tingling`             | `numbnessOrTingling` (not sudden, not spreading)                                 |
 * | soon      | `gradual-speech-swallow-change`    | `gradualSpeechOrSwallowChange`                                                   |
 * | soon      | `longer-than-two-weeks`            | `longerThanTwoWeeks`                                                             |
 * | soon      | `spreading`                        | `spreading` (twitches in several places, or moving to new ones)                  |
 * | soon      | `new-medicine`                     | `newMedicine` (keep taking it until a doctor or nurse advises)                   |
 * | self-care | `sudden-onset-alone`               | no rule above fires, and `suddenOnset`                                           |
 * | self-care | `no-warning-signs`                 | no rule above fires, and `suddenOnset` "no"                                      |
 */
import { countsAsYes, type Answer } from '../shared/answer.js';
import { careLevels, type CareLevel } from '../shared/care-level.js';
import { frozen, own, ownField } from '../shared/frozen.js';

export { careLevels, type CareLevel };

/**
 * Signs asked first, on their own screen: any one of them means "call now". The screen also asks
 * about signs of the past day that have already passed: a stroke or mini-stroke that got better
 * still needs the emergency number.
 */
export const emergencySigns = frozen([
  'breathingTrouble',
  'chestPain',
  'suddenOneSidedWeakness',
  'cannotSwallow',
  'seizureOrCollapse',
  'cannotMoveLeg',
  'bladderBowelOrSaddleNumbness',
  'tetanusSigns',
] as const);
export type EmergencySign = (typeof emergencySigns)[number];

/** The screens of the check after the emergency screen, in order. */
export const twitchSteps = frozen(['muscles', 'course', 'causes'] as const);
export type TwitchStep = (typeof twitchSteps)[number];

/**
 * The questions each screen after the emergency screen asks, in page order. The same-day
 * (urgent) questions come early on each screen; the triggers follow the last screen's questions.
 */
export const stepQuestions = frozen({
  muscles: [
    'legSwollenWarmRed',
    'weakness',
    'weaknessWorsening',
    'lossOfTone',
    'muscleShrinking',
    'stiffness',
    'numbnessOrTingling',
  ],
  course: ['suddenOnset', 'spreadingWeaknessOrNumbness', 'longerThanTwoWeeks', 'spreading', 'gradualSpeechOrSwallowChange'],
  causes: ['statinMuscleSymptoms', 'darkUrine', 'newMedicine'],
} as const satisfies Record<TwitchStep, readonly string[]>);

/** A question asked on one of the screens after the emergency screen. */
export type StepQuestion = (typeof stepQuestions)[TwitchStep][number];

/** Every yes/no/not-sure question the check uses, in the order it asks them. */
export type TwitchQuestion = EmergencySign | StepQuestion;
export const twitchQuestions: readonly TwitchQuestion[] = frozen([...emergencySigns, ...twitchSteps.flatMap((step) => stepQuestions[step])]);

/** Everyday triggers; they choose self-care advice and never change the level. */
export const twitchTriggers = frozen(['caffeine', 'stress', 'poorSleep', 'hardExercise', 'none'] as const);
export type TwitchTrigger = (typeof twitchTriggers)[number];

export type TwitchAnswers = Partial<Record<TwitchQuestion, Answer>> & {
  readonly triggers?: readonly TwitchTrigger[];
};

export interface TwitchAssessment {
  readonly level: CareLevel;
  /** Ids of every rule that fired, highest level first, in table order. */
  readonly reasons: readonly TwitchRuleId[];
}

/** Every screen of the check, in order: the emergency screen, then the steps. */
export const twitchScreens = frozen(['signs', ...twitchSteps] as const);
export type TwitchScreen = (typeof twitchScreens)[number];

/** The questions each screen asks; the emergency screen asks them as checkboxes. */
export const screenQuestions: Readonly<Record<TwitchScreen, readonly TwitchQuestion[]>> = frozen({
  signs: emergencySigns,
  ...stepQuestions,
});

/** The screen after `screen`, or undefined after the last one. */
export function nextScreen(screen: TwitchScreen): TwitchScreen | undefined {
  return twitchScreens[twitchScreens.indexOf(screen) + 1];
}

/** What the emergency screen offers to tick: each sign, "I'm not sure about one of these", "None of these". */
export type EmergencyChoice = EmergencySign | 'unsure' | 'none';

/**
 * The emergency screen's ticks as answers: a ticked sign is "yes"; with "I'm not sure" ticked,
 * every sign not ticked is "not sure"; otherwise "no".
 */
export function emergencyScreenAnswers(ticked: ReadonlySet<EmergencyChoice>): Record<EmergencySign, Answer> {
  const unsure = ticked.has('unsure');
  const answers = {} as Record<EmergencySign, Answer>;
  for (const sign of emergencySigns) answers[sign] = ticked.has(sign) ? 'yes' : unsure ? 'unsure' : 'no';
  return answers;
}

/** Reads one answer: `has` counts "not sure" and no answer as "yes"; `said` is a plain "yes". */
interface Signs {
  has(question: TwitchQuestion): boolean;
  said(question: TwitchQuestion): boolean;
}

const sign =
  (question: TwitchQuestion) =>
  ({ has }: Signs): boolean =>
    has(question);

/** An emergency sign's own rule: it fires on a plain "yes", and its reason names the sign. */
const emergencyRule = <Id extends string>(id: Id, question: EmergencySign) =>
  ({ id, level: 'emergency', emergencySign: question, when: ({ said }: Signs) => said(question) }) as const;

/** The rules in table order (highest level first). */
export const twitchRules = frozen([
  emergencyRule('breathing-trouble', 'breathingTrouble'),
  emergencyRule('chest-pain', 'chestPain'),
  emergencyRule('sudden-one-sided-weakness', 'suddenOneSidedWeakness'),
  emergencyRule('cannot-swallow', 'cannotSwallow'),
  emergencyRule('seizure-or-collapse', 'seizureOrCollapse'),
  emergencyRule('cannot-move-leg', 'cannotMoveLeg'),
  emergencyRule('bladder-bowel-or-saddle-numbness', 'bladderBowelOrSaddleNumbness'),
  emergencyRule('tetanus-signs', 'tetanusSigns'),
  {
    // "Not sure" still means "call now"; the reason says so instead of naming every sign.
    id: 'emergency-sign-unsure',
    level: 'emergency',
    when: ({ has, said }: Signs) => emergencySigns.some((question) => has(question) && !said(question)),
  },
  { id: 'leg-swollen-warm-red', level: 'urgent', when: sign('legSwollenWarmRed') },
  { id: 'weakness-worsening', level: 'urgent', when: sign('weaknessWorsening') },
  { id: 'spreading-weakness-or-numbness', level: 'urgent', when: sign('spreadingWeaknessOrNumbness') },
  {
    id: 'sudden-onset-with-weakness',
    level: 'urgent',
    when: ({ has }: Signs) => has('suddenOnset') && (has('weakness') || has('lossOfTone') || has('muscleShrinking')),
  },
  { id: 'statin-muscle-symptoms', level: 'urgent', when: sign('statinMuscleSymptoms') },
  { id: 'dark-urine', level: 'urgent', when: sign('darkUrine') },
  { id: 'weakness', level: 'soon', when: sign('weakness') },
  { id: 'loss-of-tone', level: 'soon', when: sign('lossOfTone') },
  { id: 'muscle-shrinking', level: 'soon', when: sign('muscleShrinking') },
  { id: 'stiffness', level: 'soon', when: sign('stiffness') },
  { id: 'numbness-or-tingling', level: 'soon', when: sign('numbnessOrTingling') },
  { id: 'gradual-speech-swallow-change', level: 'soon', when: sign('gradualSpeechOrSwallowChange') },
  { id: 'longer-than-two-weeks', level: 'soon', when: sign('longerThanTwoWeeks') },
  { id: 'spreading', level: 'soon', when: sign('spreading') },
  { id: 'new-medicine', level: 'soon', when: sign('newMedicine') },
  // The self-care reasons count only when no rule above fires; exactly one of them holds.
  { id: 'sudden-onset-alone', level: 'self-care', when: sign('suddenOnset') },
  { id: 'no-warning-signs', level: 'self-care', when: ({ has }: Signs) => !has('suddenOnset') },
] as const satisfies readonly { id: string; level: CareLevel; emergencySign?: EmergencySign; when: (signs: Signs) => boolean }[]);

export type TwitchRule = (typeof twitchRules)[number];

/** The rules again, for `assessTwitching` to walk: engines walk a frozen array more slowly. */
const ruleList: readonly TwitchRule[] = [...twitchRules];
export type TwitchRuleId = TwitchRule['id'];

/** The rules whose reason is the emergency sign the visitor said yes to. */
export type EmergencySignRuleId = Extract<TwitchRule, { emergencySign: EmergencySign }>['id'];

/** Sorts a visitor with leg twitching into a care level (see the table above). */
export function assessTwitching(answers: TwitchAnswers): TwitchAssessment {
  // Own answers only: a question not answered counts as "yes", whatever Object.prototype says.
  const signs: Signs = {
    has: (question) => countsAsYes(ownField(answers, question)),
    said: (question) => ownField(answers, question) === 'yes',
  };
  const fired = ruleList.filter((rule) => rule.when(signs));
  const warnings = fired.filter((rule) => rule.level !== 'self-care');
  const reasons = warnings.length > 0 ? warnings : fired;
  // The highest level that fired, whatever order the table is in.
  const level = careLevels.find((candidate) => reasons.some((rule) => rule.level === candidate)) ?? 'self-care';
  return { level, reasons: reasons.map((rule) => rule.id) };
}

/**
 * The care levels a result lists under "When to get more help": every level above the result,
 * lowest first, as NHS pages order their care cards. An emergency result lists none: it says
 * what to do while waiting for help instead.
 */
export function escalationLevels(level: CareLevel): Exclude<CareLevel, 'self-care'>[] {
  const above = careLevels.slice(0, careLevels.indexOf(level));
  return above.filter((higher) => higher !== 'self-care').reverse();
}

/**
 * Follow-up questions, asked only when one of the questions before them is answered "yes" or
 * "not sure": "Is the weakness getting worse?" needs weakness. A follow-up whose questions before
 * it were all a clear "no" is not asked, and counts as "no" for that reason alone.
 */
export const followUps = frozen([{ question: 'weaknessWorsening', after: ['weakness'] }] as const satisfies readonly {
  question: StepQuestion;
  after: readonly StepQuestion[];
}[]);

/** Whether the check asks `question` now: any question that is not a follow-up, or a follow-up that applies. */
export function isAsked(question: TwitchQuestion, answers: TwitchAnswers): boolean {
  const followUp = followUps.find((candidate) => candidate.question === question);
  return !followUp || followUp.after.some((parent) => ['yes', 'unsure'].includes(ownField(answers, parent) as Answer));
}

/** The questions a screen asks, given the answers so far (follow-ups appear once they apply). */
export function questionsOn(screen: TwitchScreen, answers: TwitchAnswers): TwitchQuestion[] {
  return screenQuestions[screen].filter((question) => isAsked(question, answers));
}

/** The answers with every follow-up that does not apply answered "no", as the check reads them. */
export function withSkippedFollowUps(answers: TwitchAnswers): TwitchAnswers {
  const skipped = followUps.filter(({ after }) => after.every((parent) => ownField(answers, parent) === 'no'));
  return own(answers, Object.fromEntries(skipped.map(({ question }) => [question, 'no'])));
}

/**
 * The result the check shows once `screen` is answered, or undefined when it goes on. The check
 * ends as soon as its level is settled: when answering every question not asked yet "yes" could
 * not raise the level that the answers so far give with those questions "no". An emergency sign
 * (or "not sure" about one) on the first screen ends it at once; so does any same-day rule
 * later, since every emergency sign is on the first screen. The result names only what was
 * asked. Otherwise the check ends after the last screen, with every answer.
 */
export function resultAfter(screen: TwitchScreen, answers: TwitchAnswers): TwitchAssessment | undefined {
  const given = withSkippedFollowUps(answers);
  const asked = new Set(twitchScreens.slice(0, twitchScreens.indexOf(screen) + 1).flatMap((done) => screenQuestions[done]));
  const withRest = (rest: Answer): TwitchAnswers =>
    Object.fromEntries(twitchQuestions.map((question) => [question, asked.has(question) ? given[question] : rest]));
  const floor = assessTwitching(withRest('no'));
  const ceiling = assessTwitching(withRest('yes'));
  return floor.level === ceiling.level ? floor : undefined;
}

/**
 * The screens the check goes through with these answers, in order, up to the one after which it
 * ends: what a summary of the visit reports (answers kept from screens after an early result, or
 * from before going back, were never part of it).
 */
export function screensUntilResult(answers: TwitchAnswers): TwitchScreen[] {
  const screens: TwitchScreen[] = [];
  for (const screen of twitchScreens) {
    screens.push(screen);
    if (resultAfter(screen, answers)) break;
  }
  return screens;
}
