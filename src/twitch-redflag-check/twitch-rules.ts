/**
 * The care-level rules for leg twitching, as data with no DOM, so a clinician can read them here
 * and tests can check them. Ground: the clinical brief, section B (NHS pages on twitching, motor
 * neurone disease, stroke and DVT; MedlinePlus; the seed's neurologist quote).
 *
 * Safety: "Not sure" counts as "yes" for every sign, and so does a missing answer. Every rule
 * that holds is reported; the highest level among them wins. Triggers only shape the self-care
 * advice and never change the level.
 *
 * | level     | rule id                         | fires when ("yes" or "not sure")                                       |
 * | --------- | ------------------------------- | ---------------------------------------------------------------------- |
 * | emergency | `breathing-trouble`             | `breathingTrouble`                                                     |
 * | emergency | `chest-pain`                    | `chestPain`                                                            |
 * | emergency | `sudden-one-sided-weakness`     | `suddenOneSidedWeakness` (face droop, one-sided weakness or numbness, sudden speech trouble) |
 * | emergency | `cannot-swallow`                | `cannotSwallow`                                                        |
 * | emergency | `seizure-or-collapse`           | `seizureOrCollapse`                                                    |
 * | urgent    | `leg-swollen-warm-red`          | `legSwollenWarmRed` (one painful leg, swollen, warm, red or darker)    |
 * | urgent    | `weakness-worsening`            | `weaknessWorsening`                                                    |
 * | urgent    | `sudden-onset-with-weakness`    | `suddenOnset` and any of `weakness`, `lossOfTone`, `muscleShrinking`   |
 * | soon      | `weakness`                      | `weakness`                                                             |
 * | soon      | `loss-of-tone`                  | `lossOfTone`                                                           |
 * | soon      | `muscle-shrinking`              | `muscleShrinking`                                                      |
 * | soon      | `gradual-speech-swallow-change` | `gradualSpeechOrSwallowChange`                                         |
 * | soon      | `longer-than-two-weeks`         | `longerThanTwoWeeks`                                                   |
 * | soon      | `spreading`                     | `spreading`                                                            |
 * | soon      | `new-medicine`                  | `newMedicine` (keep taking it until a clinician advises)               |
 * | self-care | `no-warning-signs`              | no rule above fires                                                    |
 */
import { countsAsYes, type Answer } from '../shared/answer.js';
import { careLevels, type CareLevel } from '../shared/care-level.js';

export { careLevels, type CareLevel };


/** Signs asked first, on their own screen: any one of them means "call now". */
export const emergencySigns = [
  'breathingTrouble',
  'chestPain',
  'suddenOneSidedWeakness',
  'cannotSwallow',
  'seizureOrCollapse',
] as const;
export type EmergencySign = (typeof emergencySigns)[number];

/** Every yes/no/not-sure question the check uses, in the order it asks them. */
export const twitchQuestions = [
  ...emergencySigns,
  'legSwollenWarmRed',
  'weakness',
  'weaknessWorsening',
  'lossOfTone',
  'muscleShrinking',
  'suddenOnset',
  'longerThanTwoWeeks',
  'spreading',
  'gradualSpeechOrSwallowChange',
  'newMedicine',
] as const;
export type TwitchQuestion = (typeof twitchQuestions)[number];

/** Everyday triggers; they choose self-care advice and never change the level. */
export const twitchTriggers = ['caffeine', 'stress', 'poorSleep', 'hardExercise', 'none'] as const;
export type TwitchTrigger = (typeof twitchTriggers)[number];

export type TwitchAnswers = Partial<Record<TwitchQuestion, Answer>> & {
  readonly triggers?: readonly TwitchTrigger[];
};

export interface TwitchAssessment {
  readonly level: CareLevel;
  /** Ids of every rule that fired, highest level first, in table order. */
  readonly reasons: readonly TwitchRuleId[];
}

type Signs = (question: TwitchQuestion) => boolean;

const sign =
  (question: TwitchQuestion) =>
  (has: Signs): boolean =>
    has(question);

/** The rules in table order (highest level first). */
export const twitchRules = [
  { id: 'breathing-trouble', level: 'emergency', when: sign('breathingTrouble') },
  { id: 'chest-pain', level: 'emergency', when: sign('chestPain') },
  { id: 'sudden-one-sided-weakness', level: 'emergency', when: sign('suddenOneSidedWeakness') },
  { id: 'cannot-swallow', level: 'emergency', when: sign('cannotSwallow') },
  { id: 'seizure-or-collapse', level: 'emergency', when: sign('seizureOrCollapse') },
  { id: 'leg-swollen-warm-red', level: 'urgent', when: sign('legSwollenWarmRed') },
  { id: 'weakness-worsening', level: 'urgent', when: sign('weaknessWorsening') },
  {
    id: 'sudden-onset-with-weakness',
    level: 'urgent',
    when: (has: Signs) => has('suddenOnset') && (has('weakness') || has('lossOfTone') || has('muscleShrinking')),
  },
  { id: 'weakness', level: 'soon', when: sign('weakness') },
  { id: 'loss-of-tone', level: 'soon', when: sign('lossOfTone') },
  { id: 'muscle-shrinking', level: 'soon', when: sign('muscleShrinking') },
  { id: 'gradual-speech-swallow-change', level: 'soon', when: sign('gradualSpeechOrSwallowChange') },
  { id: 'longer-than-two-weeks', level: 'soon', when: sign('longerThanTwoWeeks') },
  { id: 'spreading', level: 'soon', when: sign('spreading') },
  { id: 'new-medicine', level: 'soon', when: sign('newMedicine') },
  // The fallback: it always holds, and counts only when no rule above fires.
  { id: 'no-warning-signs', level: 'self-care', when: () => true },
] as const satisfies readonly { id: string; level: CareLevel; when: (has: Signs) => boolean }[];

export type TwitchRuleId = (typeof twitchRules)[number]['id'];

/** Sorts a visitor with leg twitching into a care level (see the table above). */
export function assessTwitching(answers: TwitchAnswers): TwitchAssessment {
  const has: Signs = (question) => countsAsYes(answers[question]);
  const fired = twitchRules.filter((rule) => rule.when(has));
  const warnings = fired.filter((rule) => rule.level !== 'self-care');
  const reasons = warnings.length > 0 ? warnings : fired;
  // The highest level that fired, whatever order the table is in.
  const level = careLevels.find((candidate) => reasons.some((rule) => rule.level === candidate)) ?? 'self-care';
  return { level, reasons: reasons.map((rule) => rule.id) };
}
