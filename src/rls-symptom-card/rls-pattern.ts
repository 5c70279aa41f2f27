/**
 * The restless legs self-check, as plain rules with no DOM, so clinicians and tests can read it.
 *
 * It compares answers with the published pattern of restless legs syndrome (IRLSSG consensus
 * criteria, Allen et al. 2014). It never diagnoses: criterion 5 ("not better explained by
 * another condition") needs a clinician, so the best result is "your answers match the
 * pattern". A mimic question (a hard painful cramp, or discomfort that a change of position
 * alone fixes) keeps look-alikes from matching (Hening et al., PMC2769267).
 *
 * The four symptom criteria are `urgeToMove`, `startsAtRest`, `reliefWithMovement` and
 * `worseEvening`. "Not sure" never completes the pattern, but it counts toward "partial" and, for
 * every reason to see a clinician, counts as "yes". When all four are "yes", only the mimic
 * answer keeps the pattern from matching, and the one reason shown says so.
 *
 * | rule id                      | when                                                               | effect                                  |
 * | ---------------------------- | ------------------------------------------------------------------ | --------------------------------------- |
 * | `all-criteria`               | all four criteria "yes" and `explainedByOther` "no"                | pattern `matches`                       |
 * | `all-criteria-other-cause`   | all four criteria "yes" and `explainedByOther` "yes" or "not sure" | pattern `partial`                       |
 * | `some-criteria`              | fewer than four "yes", and two or more "yes" or "not sure"         | pattern `partial`                       |
 * | `few-criteria`               | none of the above                                                  | pattern `unlikely`                      |
 * | `other-cause-possible`       | fewer than four "yes", and `explainedByOther` "yes" or "not sure"  | noted: a look-alike may explain it      |
 * | `course-chronic-persistent`  | pattern `matches` and `frequency` twice a week or more             | course `chronic-persistent`             |
 * | `course-intermittent`        | pattern `matches` and `frequency` less often                       | course `intermittent`                   |
 * | `pattern-needs-check`        | pattern `matches` or `partial`                                     | see a clinician                         |
 * | `sleep-affected`             | `sleepAffected` "yes" or "not sure"                                | see a clinician                         |
 * | `medicine-worsening`         | `onRlsMedicineWorsening` "yes" or "not sure"                       | see a clinician: talk to the prescriber |
 */

import { countsAsYes, type Answer } from '../shared/answer.js';
import { frozen, own, ownField } from '../shared/frozen.js';

export const rlsCriteria = frozen(['urgeToMove', 'startsAtRest', 'reliefWithMovement', 'worseEvening'] as const);
export type RlsCriterion = (typeof rlsCriteria)[number];

export const rlsFrequencies = frozen(['twice-weekly-or-more', 'less-often'] as const);
export type RlsFrequency = (typeof rlsFrequencies)[number];

export interface RlsAnswers extends Record<RlsCriterion, Answer> {
  /**
   * A painful hard cramp, or discomfort that a change of position alone fixes: in the form, two
   * questions (`hardPainfulCramp`, `goesWithPositionChange`) combined by `completeRlsAnswers`.
   */
  readonly explainedByOther: Answer;
  readonly frequency: RlsFrequency;
  readonly sleepAffected: Answer;
  /** On medicine for restless legs, and symptoms start earlier, come faster or spread. */
  readonly onRlsMedicineWorsening: Answer;
}

/** The yes/no/not-sure questions. */
export const rlsAnswerKeys = frozen([...rlsCriteria, 'explainedByOther', 'sleepAffected', 'onRlsMedicineWorsening'] as const);
export type RlsAnswerKey = (typeof rlsAnswerKeys)[number];

/**
 * Every question of the self-check's form, in the order it asks them. The look-alike question is
 * asked as two plain questions whose "no" fits RLS (a hard, painful cramp; relief from a change of
 * position alone); `takesRlsMedicine` only decides whether its follow-up is asked.
 */
export const rlsQuestionOrder = frozen([
  ...rlsCriteria,
  'hardPainfulCramp',
  'goesWithPositionChange',
  'frequency',
  'sleepAffected',
  'takesRlsMedicine',
  'onRlsMedicineWorsening',
] as const);
export type RlsQuestionKey = (typeof rlsQuestionOrder)[number];

/** The answers as the self-check's form holds them: possibly some missing. */
export type RlsGivenAnswers = Partial<Record<RlsQuestionKey, Answer | RlsFrequency>>;

/** Whether the form asks `question`: the medicine follow-up only after a "yes" or "not sure" to taking RLS medicine. */
export function isRlsQuestionAsked(question: RlsQuestionKey, given: RlsGivenAnswers): boolean {
  const taking = ownField(given, 'takesRlsMedicine');
  return question !== 'onRlsMedicineWorsening' || taking === 'yes' || taking === 'unsure';
}

/** The questions the form asks now, in order. */
export function rlsQuestionsAsked(given: RlsGivenAnswers): RlsQuestionKey[] {
  return rlsQuestionOrder.filter((question) => isRlsQuestionAsked(question, given));
}

const isAnswer = (value: string | undefined): value is Answer => value === 'yes' || value === 'no' || value === 'unsure';
const isFrequency = (value: string | undefined): value is RlsFrequency => rlsFrequencies.some((frequency) => frequency === value);

/**
 * The two look-alike questions as one answer: "yes" if either is "yes", else "not sure" if either
 * is "not sure", else "no". Either one may be a mimic, so either one counts.
 */
function lookAlike(cramp: Answer, position: Answer): Answer {
  if (cramp === 'yes' || position === 'yes') return 'yes';
  return cramp === 'unsure' || position === 'unsure' ? 'unsure' : 'no';
}

/**
 * The answers as `assessRlsPattern` reads them, once every question the form asks has its kind
 * of answer; else undefined. A medicine follow-up not asked (no RLS medicine) counts as "no".
 */
export function completeRlsAnswers(answers: RlsGivenAnswers): RlsAnswers | undefined {
  // Own answers only: a question not answered has no answer, whatever Object.prototype says.
  const given = own(answers);
  const { urgeToMove, startsAtRest, reliefWithMovement, worseEvening, hardPainfulCramp, goesWithPositionChange, frequency, sleepAffected, takesRlsMedicine } =
    given;
  const worsening = isRlsQuestionAsked('onRlsMedicineWorsening', given) ? given.onRlsMedicineWorsening : 'no';
  const complete =
    isAnswer(urgeToMove) &&
    isAnswer(startsAtRest) &&
    isAnswer(reliefWithMovement) &&
    isAnswer(worseEvening) &&
    isAnswer(hardPainfulCramp) &&
    isAnswer(goesWithPositionChange) &&
    isFrequency(frequency) &&
    isAnswer(sleepAffected) &&
    isAnswer(takesRlsMedicine) &&
    isAnswer(worsening);
  return complete
    ? {
        urgeToMove,
        startsAtRest,
        reliefWithMovement,
        worseEvening,
        explainedByOther: lookAlike(hardPainfulCramp, goesWithPositionChange),
        frequency,
        sleepAffected,
        onRlsMedicineWorsening: worsening,
      }
    : undefined;
}

export type RlsPattern = 'matches' | 'partial' | 'unlikely';
export type RlsCourse = 'chronic-persistent' | 'intermittent';

export interface RlsAssessment {
  readonly pattern: RlsPattern;
  readonly course: RlsCourse | undefined;
  readonly seeClinician: boolean;
  /** Ids of every rule that fired, in table order. */
  readonly reasons: readonly RlsRuleId[];
}

interface RlsFacts {
  readonly answers: RlsAnswers;
  /** Criteria answered "yes". */
  readonly yes: number;
  /** Criteria answered "yes" or "not sure". */
  readonly possible: number;
}

/** The self-check rules, in table order: the first pattern rule that holds sets the pattern. */
export const rlsRules = frozen([
  {
    id: 'all-criteria',
    effect: { pattern: 'matches' },
    when: ({ yes, answers }: RlsFacts) => yes === rlsCriteria.length && answers.explainedByOther === 'no',
  },
  {
    id: 'all-criteria-other-cause',
    effect: { pattern: 'partial' },
    when: ({ yes, answers }: RlsFacts) => yes === rlsCriteria.length && countsAsYes(answers.explainedByOther),
  },
  {
    id: 'some-criteria',
    effect: { pattern: 'partial' },
    when: ({ yes, possible }: RlsFacts) => yes < rlsCriteria.length && possible >= 2,
  },
  { id: 'few-criteria', effect: { pattern: 'unlikely' }, when: () => true },
  {
    id: 'other-cause-possible',
    effect: {},
    when: ({ yes, answers }: RlsFacts) => yes < rlsCriteria.length && countsAsYes(answers.explainedByOther),
  },
  {
    id: 'course-chronic-persistent',
    effect: { course: 'chronic-persistent' },
    when: ({ answers }: RlsFacts, pattern: RlsPattern) =>
      pattern === 'matches' && answers.frequency === 'twice-weekly-or-more',
  },
  {
    id: 'course-intermittent',
    effect: { course: 'intermittent' },
    when: ({ answers }: RlsFacts, pattern: RlsPattern) => pattern === 'matches' && answers.frequency === 'less-often',
  },
  {
    id: 'pattern-needs-check',
    effect: { seeClinician: true },
    when: (_facts: RlsFacts, pattern: RlsPattern) => pattern !== 'unlikely',
  },
  { id: 'sleep-affected', effect: { seeClinician: true }, when: ({ answers }: RlsFacts) => countsAsYes(answers.sleepAffected) },
  {
    id: 'medicine-worsening',
    effect: { seeClinician: true },
    when: ({ answers }: RlsFacts) => countsAsYes(answers.onRlsMedicineWorsening),
  },
] as const satisfies readonly {
  id: string;
  effect: { pattern?: RlsPattern; course?: RlsCourse; seeClinician?: true };
  when: (facts: RlsFacts, pattern: RlsPattern) => boolean;
}[]);

export type RlsRuleId = (typeof rlsRules)[number]['id'];

/** Compares a visitor's answers with the pattern of restless legs syndrome (see the table above). */
export function assessRlsPattern(given: RlsAnswers): RlsAssessment {
  const answers = own(given);
  const facts: RlsFacts = {
    answers,
    yes: rlsCriteria.filter((criterion) => answers[criterion] === 'yes').length,
    possible: rlsCriteria.filter((criterion) => countsAsYes(answers[criterion])).length,
  };
  let pattern: RlsPattern | undefined;
  let course: RlsCourse | undefined;
  let seeClinician = false;
  const reasons: RlsRuleId[] = [];
  for (const rule of rlsRules) {
    const effect: { pattern?: RlsPattern; course?: RlsCourse; seeClinician?: true } = rule.effect;
    if (effect.pattern && pattern) continue;
    if (!rule.when(facts, pattern ?? 'unlikely')) continue;
    reasons.push(rule.id);
    pattern ??= effect.pattern;
    course ??= effect.course;
    seeClinician ||= effect.seeClinician ?? false;
  }
  return { pattern: pattern ?? 'unlikely', course, seeClinician, reasons };
}

/**
 * The crisis line beside the mood advice (brief version 2, section A: "US: 988, call or text").
 * The US Suicide & Crisis Lifeline, 988, answers calls and text messages, so its link says both;
 * any other number the page sets (`crisis-number`) is offered as a call only, as the widget
 * cannot know whether it takes texts. The link dials the number in both cases. The number is read
 * by its digits alone.
 *
 * | crisis number | link says     |
 * | ------------- | ------------- |
 * | 988           | call or text  |
 * | any other     | call          |
 */
export function crisisLineTakesTexts(crisis: string): boolean {
  return crisis.replace(/\D/g, '') === '988';
}
