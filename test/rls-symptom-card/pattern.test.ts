import { expect } from '@open-wc/testing';
import {
  assessRlsPattern,
  completeRlsAnswers,
  isRlsQuestionAsked,
  rlsQuestionOrder,
  rlsQuestionsAsked,
  rlsRules,
  type RlsAnswers,
  type RlsAssessment,
  type RlsGivenAnswers,
} from '../../src/rls-symptom-card/rls-pattern.js';
import { moduleSource } from '../helpers/module-source.js';

// An oracle written from the self-check's specification (the clinical brief, section A, and the
// rule descriptions), independent of the module's rules: it is compared with `assessRlsPattern`
// for every possible set of answers. Only plain values go to chai.

type Answer = 'yes' | 'no' | 'unsure';
type Frequency = 'twice-weekly-or-more' | 'less-often';

const ANSWERS: readonly Answer[] = ['yes', 'no', 'unsure'];
const FREQUENCIES: readonly Frequency[] = ['twice-weekly-or-more', 'less-often'];

/** The rule ids of the module's doc-comment table, in the table's order. */
const TABLE_RULE_IDS = [
  'all-criteria',
  'all-criteria-other-cause',
  'some-criteria',
  'few-criteria',
  'other-cause-possible',
  'course-chronic-persistent',
  'course-intermittent',
  'pattern-needs-check',
  'sleep-affected',
  'medicine-worsening',
] as const;

const yesOrNotSure = (answer: Answer): boolean => answer === 'yes' || answer === 'unsure';

interface Expected {
  pattern: 'matches' | 'partial' | 'unlikely';
  course: 'chronic-persistent' | 'intermittent' | null;
  seeClinician: boolean;
  reasons: string[];
}

/** What the specification says for one set of answers. */
function oracle(a: RlsAnswers): Expected {
  const criteria = [a.urgeToMove, a.startsAtRest, a.reliefWithMovement, a.worseEvening];
  const allFourYes = criteria.every((answer) => answer === 'yes');
  const yesOrNotSureCount = criteria.filter(yesOrNotSure).length;

  // A look-alike (mimic) answered "yes" or "not sure" keeps the pattern from matching.
  const mimicPossible = yesOrNotSure(a.explainedByOther);

  const allCriteria = allFourYes && a.explainedByOther === 'no';
  // All four "yes" but a look-alike may explain it: partial, and that is the one pattern reason.
  const allCriteriaOtherCause = allFourYes && mimicPossible;
  // Fewer than four "yes", but two or more "yes" or "not sure".
  const someCriteria = !allFourYes && yesOrNotSureCount >= 2;
  const pattern = allCriteria ? 'matches' : allCriteriaOtherCause || someCriteria ? 'partial' : 'unlikely';

  let course: Expected['course'] = null;
  if (pattern === 'matches') course = a.frequency === 'twice-weekly-or-more' ? 'chronic-persistent' : 'intermittent';

  const seeClinician =
    pattern === 'matches' ||
    pattern === 'partial' ||
    yesOrNotSure(a.sleepAffected) ||
    yesOrNotSure(a.onRlsMedicineWorsening);

  // The table's "when" column, row by row.
  const fired: Record<(typeof TABLE_RULE_IDS)[number], boolean> = {
    'all-criteria': allCriteria,
    'all-criteria-other-cause': allCriteriaOtherCause,
    'some-criteria': someCriteria,
    'few-criteria': !allCriteria && !allCriteriaOtherCause && !someCriteria,
    'other-cause-possible': !allFourYes && mimicPossible,
    'course-chronic-persistent': pattern === 'matches' && a.frequency === 'twice-weekly-or-more',
    'course-intermittent': pattern === 'matches' && a.frequency === 'less-often',
    'pattern-needs-check': pattern === 'matches' || pattern === 'partial',
    'sleep-affected': yesOrNotSure(a.sleepAffected),
    'medicine-worsening': yesOrNotSure(a.onRlsMedicineWorsening),
  };
  const reasons = TABLE_RULE_IDS.filter((id) => fired[id]);
  return { pattern, course, seeClinician, reasons };
}

/** The module's answer in the oracle's shape (plain values, so a failure reports cleanly). */
function actual(result: RlsAssessment): Expected {
  return {
    pattern: result.pattern,
    course: result.course ?? null,
    seeClinician: result.seeClinician,
    reasons: [...result.reasons],
  };
}

/** Every possible set of answers: 3^5 × 2 × 3 × 3 = 4374. */
function* everyAnswerSet(): Generator<RlsAnswers> {
  for (const urgeToMove of ANSWERS)
    for (const startsAtRest of ANSWERS)
      for (const reliefWithMovement of ANSWERS)
        for (const worseEvening of ANSWERS)
          for (const explainedByOther of ANSWERS)
            for (const frequency of FREQUENCIES)
              for (const sleepAffected of ANSWERS)
                for (const onRlsMedicineWorsening of ANSWERS)
                  yield {
                    urgeToMove,
                    startsAtRest,
                    reliefWithMovement,
                    worseEvening,
                    explainedByOther,
                    frequency,
                    sleepAffected,
                    onRlsMedicineWorsening,
                  };
}

/** A set of answers: every question "no", twice weekly, with `changes` on top. */
function answers(changes: Partial<RlsAnswers>): RlsAnswers {
  return {
    urgeToMove: 'no',
    startsAtRest: 'no',
    reliefWithMovement: 'no',
    worseEvening: 'no',
    explainedByOther: 'no',
    frequency: 'twice-weekly-or-more',
    sleepAffected: 'no',
    onRlsMedicineWorsening: 'no',
    ...changes,
  };
}


const ALL_FOUR_YES = {
  urgeToMove: 'yes',
  startsAtRest: 'yes',
  reliefWithMovement: 'yes',
  worseEvening: 'yes',
} as const;

describe('assessRlsPattern', () => {
  it('the doc-comment table and the exported rules list the same rules in the same order', async () => {
    expect(rlsRules.map((rule) => rule.id)).to.deep.equal([...TABLE_RULE_IDS]);
    const source = await moduleSource('/src/rls-symptom-card/rls-pattern.ts');
    const docComment = /\/\*\*([\s\S]*?)\*\//.exec(source)?.[1] ?? '';
    const firstCells = docComment
      .split('\n')
      .map((line) => line.replace(/^\s*\*\s?/, '').trim())
      .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
      .map((line) => line.split('|')[1].trim())
      .filter((cell) => cell !== 'rule id'); // without the header row
    expect(firstCells).to.deep.equal(TABLE_RULE_IDS.map((id) => `\`${id}\``));
  });

  it('agrees with the specification for every one of the 4374 sets of answers', () => {
    const all = [...everyAnswerSet()];
    expect(all).to.have.length(4374);

    const mismatches: { answers: RlsAnswers; expected: Expected; got: Expected }[] = [];
    for (const set of all) {
      const expected = oracle(set);
      const got = actual(assessRlsPattern(set));
      if (JSON.stringify(got) !== JSON.stringify(expected)) mismatches.push({ answers: set, expected, got });
    }
    expect(mismatches.length, JSON.stringify(mismatches.slice(0, 3), null, 2)).to.equal(0);
  });

  it('gives only reasons that are exported rules, in table order, without repeats', () => {
    const ids: readonly string[] = rlsRules.map((rule) => rule.id);
    const problems: string[] = [];
    for (const set of everyAnswerSet()) {
      const { reasons } = assessRlsPattern(set);
      const positions = reasons.map((reason) => ids.indexOf(reason));
      if (positions.some((position) => position < 0)) problems.push(`unknown reason in ${reasons.join(', ')}`);
      if (positions.some((position, i) => i > 0 && position <= positions[i - 1])) {
        problems.push(`out of order or repeated: ${reasons.join(', ')}`);
      }
      const patternReasons = reasons.filter((r) =>
        ['all-criteria', 'all-criteria-other-cause', 'some-criteria', 'few-criteria'].includes(r),
      );
      if (patternReasons.length !== 1) problems.push(`not exactly one pattern rule: ${reasons.join(', ')}`);
    }
    expect(problems.slice(0, 5)).to.deep.equal([]);
  });

  it('matches the pattern for 18 sets of answers only: all four "yes", no look-alike', () => {
    const matching = [...everyAnswerSet()].filter((set) => assessRlsPattern(set).pattern === 'matches');
    expect(matching).to.have.length(18); // 2 frequencies × 3 sleep answers × 3 medicine answers
    const criteriaAndMimic = matching.map((set) =>
      [set.urgeToMove, set.startsAtRest, set.reliefWithMovement, set.worseEvening, set.explainedByOther].join(' '),
    );
    expect([...new Set(criteriaAndMimic)]).to.deep.equal(['yes yes yes yes no']);
  });

  it('all four "yes" with a possible look-alike: partial, all-criteria-other-cause, for 36 sets of answers', () => {
    const all = [...everyAnswerSet()];
    const allFourYes = (set: RlsAnswers): boolean =>
      [set.urgeToMove, set.startsAtRest, set.reliefWithMovement, set.worseEvening].every((a) => a === 'yes');
    const otherCause = all.filter((set) => assessRlsPattern(set).reasons.includes('all-criteria-other-cause'));
    expect(otherCause).to.have.length(36); // 2 look-alike answers × 2 frequencies × 3 × 3
    expect([...new Set(otherCause.map((set) => `${allFourYes(set)} ${set.explainedByOther}`))].sort()).to.deep.equal([
      'true unsure',
      'true yes',
    ]);
    expect([...new Set(otherCause.map((set) => assessRlsPattern(set).pattern))]).to.deep.equal(['partial']);
    // With all four "yes", neither some-criteria nor other-cause-possible is ever a reason.
    const doubled = all.filter(
      (set) =>
        allFourYes(set) &&
        assessRlsPattern(set).reasons.some((r) => r === 'some-criteria' || r === 'other-cause-possible'),
    );
    expect(doubled.length).to.equal(0);
  });

  describe('examples', () => {
    it('all four yes, no look-alike, twice a week: matches, chronic-persistent, see a clinician', () => {
      const result = assessRlsPattern(answers({ ...ALL_FOUR_YES }));
      expect(actual(result)).to.deep.equal({
        pattern: 'matches',
        course: 'chronic-persistent',
        seeClinician: true,
        reasons: ['all-criteria', 'course-chronic-persistent', 'pattern-needs-check'],
      });
    });

    it('all four yes, no look-alike, less often: matches, intermittent', () => {
      const result = assessRlsPattern(answers({ ...ALL_FOUR_YES, frequency: 'less-often' }));
      expect(result.pattern).to.equal('matches');
      expect(result.course).to.equal('intermittent');
      expect([...result.reasons]).to.deep.equal(['all-criteria', 'course-intermittent', 'pattern-needs-check']);
    });

    it('all four yes, but a look-alike may explain it (yes / not sure): partial, no course, one pattern reason', () => {
      for (const explainedByOther of ['yes', 'unsure'] as const) {
        for (const frequency of FREQUENCIES) {
          const result = actual(assessRlsPattern(answers({ ...ALL_FOUR_YES, explainedByOther, frequency })));
          const label = `${explainedByOther}, ${frequency}`;
          expect(result, label).to.deep.equal({
            pattern: 'partial',
            course: null,
            seeClinician: true,
            reasons: ['all-criteria-other-cause', 'pattern-needs-check'],
          });
          // The reasons start with the mimic rule, and do not also say "some criteria" or note
          // the look-alike a second time.
          expect(result.reasons[0], label).to.equal('all-criteria-other-cause');
          expect(result.reasons, label).to.not.include('some-criteria');
          expect(result.reasons, label).to.not.include('other-cause-possible');
        }
      }
    });

    it('all four yes, look-alike possible, sleep affected and medicine worsening: those reasons follow', () => {
      const result = assessRlsPattern(
        answers({
          ...ALL_FOUR_YES,
          explainedByOther: 'unsure',
          sleepAffected: 'yes',
          onRlsMedicineWorsening: 'unsure',
        }),
      );
      expect(actual(result)).to.deep.equal({
        pattern: 'partial',
        course: null,
        seeClinician: true,
        reasons: ['all-criteria-other-cause', 'pattern-needs-check', 'sleep-affected', 'medicine-worsening'],
      });
    });

    it('three yes, one "not sure", look-alike yes: partial, with some-criteria and other-cause-possible', () => {
      for (const criterion of ['urgeToMove', 'startsAtRest', 'reliefWithMovement', 'worseEvening'] as const) {
        for (const explainedByOther of ['yes', 'unsure'] as const) {
          const result = assessRlsPattern(answers({ ...ALL_FOUR_YES, [criterion]: 'unsure', explainedByOther }));
          expect(actual(result), `${criterion}, ${explainedByOther}`).to.deep.equal({
            pattern: 'partial',
            course: null,
            seeClinician: true,
            reasons: ['some-criteria', 'other-cause-possible', 'pattern-needs-check'],
          });
        }
      }
    });

    it('three yes, one "not sure", no look-alike: partial with some-criteria only (never matches)', () => {
      const result = assessRlsPattern(answers({ ...ALL_FOUR_YES, worseEvening: 'unsure' }));
      expect(actual(result)).to.deep.equal({
        pattern: 'partial',
        course: null,
        seeClinician: true,
        reasons: ['some-criteria', 'pattern-needs-check'],
      });
    });

    it('few criteria, look-alike "yes": unlikely, look-alike noted', () => {
      const result = assessRlsPattern(answers({ urgeToMove: 'yes', explainedByOther: 'yes' }));
      expect(actual(result)).to.deep.equal({
        pattern: 'unlikely',
        course: null,
        seeClinician: false,
        reasons: ['few-criteria', 'other-cause-possible'],
      });
    });

    it('all four "not sure" never completes the pattern, but is partial', () => {
      const result = assessRlsPattern(
        answers({ urgeToMove: 'unsure', startsAtRest: 'unsure', reliefWithMovement: 'unsure', worseEvening: 'unsure' }),
      );
      expect(result.pattern).to.equal('partial');
      expect(result.course).to.equal(undefined);
      expect(result.seeClinician).to.equal(true);
    });

    it('one "yes" and one "not sure" is partial; one "yes" alone is unlikely', () => {
      expect(assessRlsPattern(answers({ urgeToMove: 'yes', worseEvening: 'unsure' })).pattern).to.equal('partial');
      const alone = assessRlsPattern(answers({ urgeToMove: 'yes' }));
      expect(actual(alone)).to.deep.equal({
        pattern: 'unlikely',
        course: null,
        seeClinician: false,
        reasons: ['few-criteria'],
      });
    });

    it('unlikely pattern, but sleep is affected: see a clinician', () => {
      const result = assessRlsPattern(answers({ sleepAffected: 'unsure' }));
      expect(result.pattern).to.equal('unlikely');
      expect(result.seeClinician).to.equal(true);
      expect([...result.reasons]).to.deep.equal(['few-criteria', 'sleep-affected']);
    });

    it('worsening on restless-legs medicine always means see a clinician', () => {
      for (const worsening of ['yes', 'unsure'] as const) {
        const result = assessRlsPattern(answers({ onRlsMedicineWorsening: worsening }));
        expect(result.pattern, worsening).to.equal('unlikely');
        expect(result.seeClinician, worsening).to.equal(true);
        expect([...result.reasons], worsening).to.deep.equal(['few-criteria', 'medicine-worsening']);
      }
    });
  });
});

// ---------------------------------------------------------------------------------------------
// The form (issue 16): the old look-alike question is asked as two plain questions, and the old
// medicine question as "Do you take medicine for RLS?" with a follow-up asked only after "Yes"
// or "Not sure". `completeRlsAnswers` turns the form's answers into the answers above. The old
// answers are rebuilt here from the words, independently of the module, and the results
// compared through the oracle.

/** The form's answers, every question it asks answered (the follow-up only when asked). */
type FormAnswers = RlsGivenAnswers;

/**
 * The old single look-alike answer the two questions stand for: yes if either is yes; else not
 * sure if either is not sure; else no.
 */
function oldLookAlike(cramp: Answer, position: Answer): Answer {
  const both = [cramp, position];
  if (both.includes('yes')) return 'yes';
  if (both.includes('unsure')) return 'unsure';
  return 'no';
}

/**
 * The old medicine answer: the follow-up's, or "No" for someone who takes no RLS medicine (the old
 * question's hint said so).
 */
function oldMedicineAnswer(takes: Answer, followUp: Answer | undefined): Answer {
  if (takes === 'no') return 'no';
  if (followUp === undefined) throw new Error('the follow-up is asked after "yes" or "not sure"');
  return followUp;
}

/** The answers the old form would have held for the same visitor. */
function oldAnswers(form: FormAnswers): RlsAnswers {
  const get = <T extends string>(key: keyof FormAnswers): T => {
    const value = form[key];
    if (value === undefined) throw new Error(`no answer to ${key}`);
    return value as T;
  };
  return {
    urgeToMove: get('urgeToMove'),
    startsAtRest: get('startsAtRest'),
    reliefWithMovement: get('reliefWithMovement'),
    worseEvening: get('worseEvening'),
    explainedByOther: oldLookAlike(get('hardPainfulCramp'), get('goesWithPositionChange')),
    frequency: get('frequency'),
    sleepAffected: get('sleepAffected'),
    onRlsMedicineWorsening: oldMedicineAnswer(get('takesRlsMedicine'), form.onRlsMedicineWorsening as Answer | undefined),
  };
}

/**
 * Every set of answers the form can hold once complete: 3^4 signs × 3 × 3 look-alike × 2
 * frequencies × 3 sleep × (1 "no" to medicine + 2 × 3 follow-up) = 30618.
 */
function* everyFormAnswerSet(): Generator<FormAnswers> {
  for (const urgeToMove of ANSWERS)
    for (const startsAtRest of ANSWERS)
      for (const reliefWithMovement of ANSWERS)
        for (const worseEvening of ANSWERS)
          for (const hardPainfulCramp of ANSWERS)
            for (const goesWithPositionChange of ANSWERS)
              for (const frequency of FREQUENCIES)
                for (const sleepAffected of ANSWERS)
                  for (const takesRlsMedicine of ANSWERS) {
                    const form: FormAnswers = {
                      urgeToMove,
                      startsAtRest,
                      reliefWithMovement,
                      worseEvening,
                      hardPainfulCramp,
                      goesWithPositionChange,
                      frequency,
                      sleepAffected,
                      takesRlsMedicine,
                    };
                    if (takesRlsMedicine === 'no') yield form;
                    else for (const onRlsMedicineWorsening of ANSWERS) yield { ...form, onRlsMedicineWorsening };
                  }
}

/** A complete set of form answers: every question "no", twice weekly (no RLS medicine), with `changes` on top. */
function formAnswers(changes: FormAnswers): FormAnswers {
  return {
    urgeToMove: 'no',
    startsAtRest: 'no',
    reliefWithMovement: 'no',
    worseEvening: 'no',
    hardPainfulCramp: 'no',
    goesWithPositionChange: 'no',
    frequency: 'twice-weekly-or-more',
    sleepAffected: 'no',
    takesRlsMedicine: 'no',
    ...changes,
  };
}

describe('the self-check form: which questions it asks', () => {
  it('asks the medicine follow-up right after the medicine question, and only after "Yes" or "Not sure"', () => {
    expect(rlsQuestionOrder.indexOf('onRlsMedicineWorsening'), 'the follow-up comes right after').to.equal(
      rlsQuestionOrder.indexOf('takesRlsMedicine') + 1,
    );
    for (const takesRlsMedicine of [undefined, ...ANSWERS]) {
      const label = `takes RLS medicine: ${takesRlsMedicine ?? 'no answer yet'}`;
      const asked = takesRlsMedicine === 'yes' || takesRlsMedicine === 'unsure';
      const given: FormAnswers = takesRlsMedicine ? { takesRlsMedicine } : {};
      expect(isRlsQuestionAsked('onRlsMedicineWorsening', given), label).to.equal(asked);
      const others = rlsQuestionOrder.filter((key) => key !== 'onRlsMedicineWorsening');
      expect(others.filter((key) => !isRlsQuestionAsked(key, given)), `${label}: every other question is asked`).to.deep.equal([]);
      expect(rlsQuestionsAsked(given), label).to.deep.equal(asked ? [...rlsQuestionOrder] : others);
    }
  });

  it('asks the look-alike question as two questions, and no longer the old single one', () => {
    expect(rlsQuestionOrder).to.include.members(['hardPainfulCramp', 'goesWithPositionChange']);
    expect(rlsQuestionOrder as readonly string[]).not.to.include('explainedByOther');
  });
});

describe('completeRlsAnswers', () => {
  it('combines the two look-alike answers: "yes" if either is "yes", else "not sure" if either is, else "no"', () => {
    // "cramp position": the one answer they stand for, pair by pair.
    const expected: Record<string, Answer> = {
      'yes yes': 'yes',
      'yes no': 'yes',
      'yes unsure': 'yes',
      'no yes': 'yes',
      'unsure yes': 'yes',
      'unsure unsure': 'unsure',
      'unsure no': 'unsure',
      'no unsure': 'unsure',
      'no no': 'no',
    };
    for (const hardPainfulCramp of ANSWERS) {
      for (const goesWithPositionChange of ANSWERS) {
        const pair = `${hardPainfulCramp} ${goesWithPositionChange}`;
        const complete = completeRlsAnswers(formAnswers({ ...ALL_FOUR_YES, hardPainfulCramp, goesWithPositionChange, sleepAffected: 'unsure' }));
        expect(complete, pair).to.deep.equal(answers({ ...ALL_FOUR_YES, explainedByOther: expected[pair], sleepAffected: 'unsure' }));
      }
    }
  });

  it('counts a follow-up that is not asked (no RLS medicine) as "no", whatever it held before', () => {
    for (const stale of [undefined, ...ANSWERS]) {
      const form = formAnswers({ takesRlsMedicine: 'no', ...(stale && { onRlsMedicineWorsening: stale }) });
      expect(completeRlsAnswers(form)?.onRlsMedicineWorsening, `a follow-up answer left from before: ${stale}`).to.equal('no');
    }
    for (const takesRlsMedicine of ['yes', 'unsure'] as const) {
      for (const onRlsMedicineWorsening of ANSWERS) {
        const complete = completeRlsAnswers(formAnswers({ takesRlsMedicine, onRlsMedicineWorsening }));
        expect(complete?.onRlsMedicineWorsening, `takes ${takesRlsMedicine}, follow-up ${onRlsMedicineWorsening}`).to.equal(onRlsMedicineWorsening);
      }
    }
  });

  it('returns undefined while a question the form asks is unanswered', () => {
    for (const takesRlsMedicine of ANSWERS) {
      const complete = formAnswers({ takesRlsMedicine, ...(takesRlsMedicine !== 'no' && { onRlsMedicineWorsening: 'yes' }) });
      expect(completeRlsAnswers(complete), `complete, takes ${takesRlsMedicine}`).not.to.equal(undefined);
      for (const key of rlsQuestionsAsked(complete)) {
        const without: FormAnswers = Object.fromEntries(Object.entries(complete).filter(([question]) => question !== key));
        expect(completeRlsAnswers(without), `takes ${takesRlsMedicine}, no answer to ${key}`).to.equal(undefined);
      }
    }
    expect(completeRlsAnswers({}), 'nothing answered').to.equal(undefined);
  });

  it('returns undefined for an answer of the wrong kind', () => {
    const wrong = [
      { frequency: 'yes' },
      { urgeToMove: 'less-often' },
      { takesRlsMedicine: 'sometimes' },
      { takesRlsMedicine: 'yes', onRlsMedicineWorsening: 'twice-weekly-or-more' },
    ] as unknown as FormAnswers[];
    for (const changes of wrong) expect(completeRlsAnswers(formAnswers(changes)), JSON.stringify(changes)).to.equal(undefined);
  });

  it('gives, for every one of the 30618 complete form answer sets, the result of the old single questions: no lower "see a doctor or nurse"', () => {
    const all = [...everyFormAnswerSet()];
    expect(all).to.have.length(30618);
    const incomplete: FormAnswers[] = [];
    const different: { form: FormAnswers; expected: Expected; got: Expected }[] = [];
    const lowered: FormAnswers[] = [];
    const reached = new Set<string>();
    for (const form of all) {
      const complete = completeRlsAnswers(form);
      if (!complete) {
        incomplete.push(form);
        continue;
      }
      const old = oldAnswers(form);
      reached.add(JSON.stringify(old));
      // The old result, by the independent oracle.
      const expected = oracle(old);
      const got = actual(assessRlsPattern(complete));
      if (JSON.stringify(got) !== JSON.stringify(expected)) different.push({ form, expected, got });
      if (expected.seeClinician && !got.seeClinician) lowered.push(form);
    }
    expect(incomplete.length, JSON.stringify(incomplete.slice(0, 3))).to.equal(0);
    expect(lowered.length, `lower "see a doctor or nurse" than before: ${JSON.stringify(lowered.slice(0, 3))}`).to.equal(0);
    expect(different.length, JSON.stringify(different.slice(0, 3), null, 2)).to.equal(0);
    // Every answer set of the old form is one some visitor of the new form gives.
    expect(reached.size, 'old answer sets reached').to.equal([...everyAnswerSet()].length);
  });

  it('matches the pattern for 42 form answer sets only: all four signs "yes" and "No" to both look-alike questions', () => {
    const matching = [...everyFormAnswerSet()].filter((form) => {
      const complete = completeRlsAnswers(form);
      return complete !== undefined && assessRlsPattern(complete).pattern === 'matches';
    });
    expect(matching).to.have.length(42); // 2 frequencies × 3 sleep answers × 7 medicine answers
    const signsAndLookAlike = matching.map((form) =>
      [form.urgeToMove, form.startsAtRest, form.reliefWithMovement, form.worseEvening, form.hardPainfulCramp, form.goesWithPositionChange].join(' '),
    );
    expect([...new Set(signsAndLookAlike)]).to.deep.equal(['yes yes yes yes no no']);
  });
});
