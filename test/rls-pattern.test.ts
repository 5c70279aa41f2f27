import { expect } from '@open-wc/testing';
import {
  assessRlsPattern,
  rlsRules,
  type RlsAnswers,
  type RlsAssessment,
} from '../src/rls-symptom-card/rls-pattern.js';

// An oracle written from the self-check's specification, independent of the module's rules:
// it is compared with `assessRlsPattern` for every possible set of answers.

type Answer = 'yes' | 'no' | 'unsure';
type Frequency = 'twice-weekly-or-more' | 'less-often';

const ANSWERS: readonly Answer[] = ['yes', 'no', 'unsure'];
const FREQUENCIES: readonly Frequency[] = ['twice-weekly-or-more', 'less-often'];

/** The rule ids of the module's doc-comment table, in the table's order. */
const TABLE_RULE_IDS = [
  'all-criteria',
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

  const allCriteria = allFourYes && a.explainedByOther === 'no';
  const someCriteria = !allCriteria && yesOrNotSureCount >= 2;
  const pattern = allCriteria ? 'matches' : someCriteria ? 'partial' : 'unlikely';

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
    'some-criteria': someCriteria,
    'few-criteria': !allCriteria && !someCriteria,
    'other-cause-possible': yesOrNotSure(a.explainedByOther),
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
  it('the doc-comment table and the exported rules list the same rules in the same order', () => {
    expect(rlsRules.map((rule) => rule.id)).to.deep.equal([...TABLE_RULE_IDS]);
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
      const patternReasons = reasons.filter((r) => ['all-criteria', 'some-criteria', 'few-criteria'].includes(r));
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

    it('all four yes, but a painful cramp may explain it: partial, no course, look-alike noted', () => {
      const result = assessRlsPattern(answers({ ...ALL_FOUR_YES, explainedByOther: 'yes' }));
      expect(actual(result)).to.deep.equal({
        pattern: 'partial',
        course: null,
        seeClinician: true,
        reasons: ['some-criteria', 'other-cause-possible', 'pattern-needs-check'],
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
