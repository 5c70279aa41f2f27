// Tests for the leg-twitching care-level rules, the most safety-critical logic in the library.
//
// The oracle below is written from the specification, independently of the module: it
// does not use the module's rule table, `countsAsYes` or `assessTwitching`. The module's answer
// is compared with it exhaustively within each tier, over every yes/no combination of all
// fifteen questions, and on large random samples (fast-check), next to the safety properties
// the issue asks for (a more worrying answer never lowers the level, triggers never matter, ...).
//
// Only plain values (strings, arrays, plain objects) are passed to chai.
import { expect } from '@open-wc/testing';
import * as fc from 'fast-check';
import {
  assessTwitching,
  careLevels,
  emergencySigns,
  twitchQuestions,
  twitchRules,
  twitchTriggers,
  type TwitchAnswers,
} from '../src/twitch-redflag-check/twitch-rules.js';

// ---------------------------------------------------------------------------------------------
// The specification, as an oracle

type Answer = 'yes' | 'no' | 'unsure';
/** An answer as generated here: one of the three answers, or the key left out. */
type Cell = Answer | 'missing';
type Level = 'emergency' | 'urgent' | 'soon' | 'self-care';

const CELLS: readonly Cell[] = ['yes', 'no', 'unsure', 'missing'];
/** The answers (or absence) that must count as "yes" for a warning sign. */
const WORRYING: readonly Cell[] = ['yes', 'unsure', 'missing'];

const LEVELS: readonly Level[] = ['emergency', 'urgent', 'soon', 'self-care'];
const RANK: Record<Level, number> = { emergency: 3, urgent: 2, soon: 1, 'self-care': 0 };

const EMERGENCY_KEYS = [
  'breathingTrouble',
  'chestPain',
  'suddenOneSidedWeakness',
  'cannotSwallow',
  'seizureOrCollapse',
] as const;
/** Every key that the urgent rules read (the last three also count alone, for "soon"). */
const URGENT_TIER_KEYS = [
  'legSwollenWarmRed',
  'weaknessWorsening',
  'suddenOnset',
  'weakness',
  'lossOfTone',
  'muscleShrinking',
] as const;
/** Keys that only ever lead to "soon". */
const SOON_ONLY_KEYS = ['gradualSpeechOrSwallowChange', 'longerThanTwoWeeks', 'spreading', 'newMedicine'] as const;
/** Every key a "soon" rule reads. */
const SOON_TIER_KEYS = ['weakness', 'lossOfTone', 'muscleShrinking', ...SOON_ONLY_KEYS] as const;

const KEYS = [...EMERGENCY_KEYS, ...URGENT_TIER_KEYS, ...SOON_ONLY_KEYS] as const;
type Key = (typeof KEYS)[number];

const TRIGGERS = ['caffeine', 'stress', 'poorSleep', 'hardExercise', 'none'] as const;
type Trigger = (typeof TRIGGERS)[number];

type Answers = Partial<Record<Key, Answer>> & { triggers?: Trigger[] };

interface Result {
  level: Level;
  reasons: string[];
}

/** The stable rule ids, level by level, in the order the reasons must list them. */
const RULE_IDS: Record<Level, readonly string[]> = {
  emergency: ['breathing-trouble', 'chest-pain', 'sudden-one-sided-weakness', 'cannot-swallow', 'seizure-or-collapse'],
  urgent: ['leg-swollen-warm-red', 'weakness-worsening', 'sudden-onset-with-weakness'],
  soon: [
    'weakness',
    'loss-of-tone',
    'muscle-shrinking',
    'gradual-speech-swallow-change',
    'longer-than-two-weeks',
    'spreading',
    'new-medicine',
  ],
  'self-care': ['no-warning-signs'],
};
const ALL_RULE_IDS = LEVELS.flatMap((level) => RULE_IDS[level]);

/** The rule id that an emergency sign fires on its own. */
const EMERGENCY_RULE: Record<(typeof EMERGENCY_KEYS)[number], string> = {
  breathingTrouble: 'breathing-trouble',
  chestPain: 'chest-pain',
  suddenOneSidedWeakness: 'sudden-one-sided-weakness',
  cannotSwallow: 'cannot-swallow',
  seizureOrCollapse: 'seizure-or-collapse',
};

/** The "soon" rule id of each key that fires one on its own. */
const SOON_RULE: Partial<Record<Key, string>> = {
  weakness: 'weakness',
  lossOfTone: 'loss-of-tone',
  muscleShrinking: 'muscle-shrinking',
};

/** What the specification says for one set of answers. */
function oracle(answers: Answers): Result {
  // "Not sure" counts as "yes", and a missing answer counts as "not sure".
  const yes = (key: Key): boolean => {
    const answer = answers[key];
    return answer === undefined || answer === 'yes' || answer === 'unsure';
  };
  const fired: Record<string, boolean> = {
    'breathing-trouble': yes('breathingTrouble'),
    'chest-pain': yes('chestPain'),
    'sudden-one-sided-weakness': yes('suddenOneSidedWeakness'),
    'cannot-swallow': yes('cannotSwallow'),
    'seizure-or-collapse': yes('seizureOrCollapse'),
    'leg-swollen-warm-red': yes('legSwollenWarmRed'),
    'weakness-worsening': yes('weaknessWorsening'),
    'sudden-onset-with-weakness':
      yes('suddenOnset') && (yes('weakness') || yes('lossOfTone') || yes('muscleShrinking')),
    weakness: yes('weakness'),
    'loss-of-tone': yes('lossOfTone'),
    'muscle-shrinking': yes('muscleShrinking'),
    'gradual-speech-swallow-change': yes('gradualSpeechOrSwallowChange'),
    'longer-than-two-weeks': yes('longerThanTwoWeeks'),
    spreading: yes('spreading'),
    'new-medicine': yes('newMedicine'),
  };
  const warningLevels: Level[] = ['emergency', 'urgent', 'soon'];
  const reasons = warningLevels.flatMap((level) => RULE_IDS[level].filter((id) => fired[id]));
  const level = warningLevels.find((l) => RULE_IDS[l].some((id) => fired[id])) ?? 'self-care';
  return level === 'self-care' ? { level, reasons: ['no-warning-signs'] } : { level, reasons };
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** The module's answer as plain values (so a failing assertion prints cleanly). */
function assess(answers: Answers): Result {
  const result = assessTwitching(answers as TwitchAnswers);
  return { level: result.level as Level, reasons: [...result.reasons] };
}

/** Answers from cells: "missing" leaves the key out. */
function fromCells(cells: Partial<Record<Key, Cell>>, triggers?: Trigger[]): Answers {
  const answers: Answers = {};
  for (const key of KEYS) {
    const cell = cells[key];
    if (cell !== undefined && cell !== 'missing') answers[key] = cell;
  }
  if (triggers !== undefined) answers.triggers = triggers;
  return answers;
}

/** Every question answered "no", with `changes` on top ("missing" removes the key). */
function noneExcept(changes: Partial<Record<Key, Cell>> = {}, triggers?: Trigger[]): Answers {
  const cells: Partial<Record<Key, Cell>> = {};
  for (const key of KEYS) cells[key] = 'no';
  return fromCells({ ...cells, ...changes }, triggers);
}

/** Every combination of `values` over `keys` (values.length ** keys.length of them). */
function* combinations<K extends string, V>(keys: readonly K[], values: readonly V[]): Generator<Record<K, V>> {
  const index = keys.map(() => 0);
  for (;;) {
    yield Object.fromEntries(keys.map((key, i) => [key, values[index[i]]])) as Record<K, V>;
    let i = keys.length - 1;
    while (i >= 0 && index[i] === values.length - 1) index[i--] = 0;
    if (i < 0) return;
    index[i] += 1;
  }
}

/** Every subset of the triggers, in list order (32 of them). */
const TRIGGER_SUBSETS: Trigger[][] = [...combinations(TRIGGERS, [false, true])].map((pick) =>
  TRIGGERS.filter((t) => pick[t]),
);

interface Mismatch {
  answers: Answers;
  expected: Result;
  got: Result;
}

/** Compares the module with the oracle for each set of answers; returns the disagreements. */
function mismatches(sets: Iterable<Answers>): { count: number; mismatches: Mismatch[]; levels: string[] } {
  let count = 0;
  const found: Mismatch[] = [];
  const levels = new Set<string>();
  for (const answers of sets) {
    count += 1;
    const expected = oracle(answers);
    levels.add(expected.level);
    const got = assess(answers);
    if (got.level !== expected.level || got.reasons.join() !== expected.reasons.join()) {
      found.push({ answers, expected, got });
    }
  }
  return { count, mismatches: found, levels: [...levels].sort() };
}

function* mapIter<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

// ---------------------------------------------------------------------------------------------
// Arbitraries

/**
 * The cells of all fifteen questions. With uniform answers almost every set has an emergency
 * sign, so each set draws its own tilt toward "no" (`noWeight` against 1 for each other value)
 * and the lower levels get their share. Each cell comes from a die roll that shrinks toward 0,
 * which maps to "no": a failing case shrinks to few non-"no" answers.
 */
const cellsArb = (withMissing: boolean): fc.Arbitrary<Record<Key, Cell>> => {
  const others: Cell[] = withMissing ? ['yes', 'unsure', 'missing'] : ['yes', 'unsure'];
  return fc
    .tuple(fc.integer({ min: 1, max: 40 }), fc.tuple(...KEYS.map(() => fc.integer({ min: 0, max: 999 }))))
    .map(([noWeight, dice]) => {
      const noShare = noWeight / (noWeight + others.length);
      const cell = (die: number): Cell => {
        const x = die / 1000;
        if (x < noShare) return 'no';
        return others[Math.min(others.length - 1, Math.floor(((x - noShare) / (1 - noShare)) * others.length))];
      };
      return Object.fromEntries(KEYS.map((key, i) => [key, cell(dice[i])])) as Record<Key, Cell>;
    });
};

/** Triggers as a visitor's form could send them: any subset, sometimes no key at all. */
const triggersArb: fc.Arbitrary<Trigger[] | undefined> = fc.option(fc.subarray([...TRIGGERS]), {
  nil: undefined,
});

/** Every question answered (no missing keys). */
const fullAnswersArb: fc.Arbitrary<Answers> = fc
  .tuple(cellsArb(false), triggersArb)
  .map(([cells, triggers]) => fromCells(cells, triggers));

/** Some questions left out (missing = "not sure"). */
const partialAnswersArb: fc.Arbitrary<Answers> = fc
  .tuple(cellsArb(true), triggersArb)
  .map(([cells, triggers]) => fromCells(cells, triggers));

/** Full and partial sets of answers, half and half. */
const answersArb = fc.oneof(fullAnswersArb, partialAnswersArb);

const keyArb = fc.constantFrom(...KEYS);
/** What a "no" can turn into: a more worrying answer, or no answer at all. */
const raiseArb = fc.constantFrom<Cell>('unsure', 'yes', 'missing');
const worryingArb = fc.constantFrom<Cell>(...WORRYING);

/** `answers` with `key` set to `cell` ("missing" removes it), everything else kept. */
function withCell(answers: Answers, key: Key, cell: Cell): Answers {
  const copy: Answers = { ...answers };
  if (cell === 'missing') delete copy[key];
  else copy[key] = cell;
  return copy;
}

/**
 * The module's source as written. The test server compiles .ts files with esbuild, which drops
 * comments but inlines a source map holding the original text (`sourcesContent`).
 */
async function moduleSource(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const served = await response.text();
  if (served.includes('| rule id')) return served; // served as written
  const base64 = /\/\/# sourceMappingURL=data:application\/json;base64,([A-Za-z0-9+/=]+)/.exec(served)?.[1];
  if (!base64) throw new Error(`${url}: served without its doc comment and without an inline source map`);
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  const map = JSON.parse(new TextDecoder().decode(bytes)) as { sourcesContent?: (string | null)[] };
  const original = map.sourcesContent?.[0];
  if (typeof original !== 'string') throw new Error(`${url}: the source map has no sourcesContent`);
  return original;
}

// ---------------------------------------------------------------------------------------------

describe('assessTwitching (leg twitching care levels)', () => {
  describe('the oracle itself (sanity checks against the specification text)', () => {
    it('reads the specification as written for a few hand-worked cases', () => {
      expect(oracle(noneExcept())).to.deep.equal({ level: 'self-care', reasons: ['no-warning-signs'] });
      expect(oracle(noneExcept({ suddenOnset: 'yes' }))).to.deep.equal({
        level: 'self-care',
        reasons: ['no-warning-signs'],
      });
      expect(oracle(noneExcept({ suddenOnset: 'unsure', lossOfTone: 'yes' }))).to.deep.equal({
        level: 'urgent',
        reasons: ['sudden-onset-with-weakness', 'loss-of-tone'],
      });
      expect(oracle(noneExcept({ chestPain: 'missing', spreading: 'yes' }))).to.deep.equal({
        level: 'emergency',
        reasons: ['chest-pain', 'spreading'],
      });
      expect(oracle({}).level).to.equal('emergency');
      expect(oracle({}).reasons).to.deep.equal(ALL_RULE_IDS.filter((id) => id !== 'no-warning-signs'));
    });
  });

  // 1 ------------------------------------------------------------------------------------------
  describe('1. safety monotonicity', () => {
    for (const [name, arb] of [
      ['full', fullAnswersArb],
      ['partial', partialAnswersArb],
    ] as const) {
      it(`changing one "no" to "not sure", "yes" or no answer never lowers the level (${name} answer sets)`, () => {
        fc.assert(
          fc.property(arb, keyArb, raiseArb, (answers, key, raise) => {
            const before = assess(withCell(answers, key, 'no'));
            const after = assess(withCell(answers, key, raise));
            expect(RANK[after.level], `${key}: no -> ${raise}`).to.be.at.least(RANK[before.level]);
            // No warning reason is lost either.
            const lost = before.reasons.filter((r) => r !== 'no-warning-signs' && !after.reasons.includes(r));
            expect(lost, `${key}: no -> ${raise}`).to.deep.equal([]);
          }),
          { numRuns: 3000 },
        );
      });
    }

    it('raising every "no" in turn, on each sampled set, never lowers the level', () => {
      // The same property checked for all 15 keys and all 3 raises of each sampled set.
      fc.assert(
        fc.property(answersArb, (answers) => {
          const base = assess(answers);
          for (const key of KEYS) {
            if (answers[key] !== 'no') continue;
            for (const raise of WORRYING) {
              const after = assess(withCell(answers, key, raise));
              if (RANK[after.level] < RANK[base.level]) return false;
            }
          }
          return true;
        }),
        { numRuns: 3000 },
      );
    });

    it('"not sure", "yes" and no answer are interchangeable for every question', () => {
      fc.assert(
        fc.property(answersArb, keyArb, worryingArb, worryingArb, (answers, key, a, b) => {
          expect(assess(withCell(answers, key, a)), `${key}: ${a} vs ${b}`).to.deep.equal(
            assess(withCell(answers, key, b)),
          );
        }),
        { numRuns: 3000 },
      );
    });
  });

  // 2 ------------------------------------------------------------------------------------------
  describe('2. each emergency sign alone means emergency', () => {
    it('with every other answer "no": emergency, and that sign is the only reason', () => {
      const got: Record<string, Result> = {};
      const want: Record<string, Result> = {};
      for (const sign of EMERGENCY_KEYS) {
        for (const cell of WORRYING) {
          got[`${sign}=${cell}`] = assess(noneExcept({ [sign]: cell }));
          want[`${sign}=${cell}`] = { level: 'emergency', reasons: [EMERGENCY_RULE[sign]] };
        }
      }
      expect(got).to.deep.equal(want);
    });

    it('whatever the other answers are (property)', () => {
      fc.assert(
        fc.property(
          answersArb,
          fc.constantFrom(...EMERGENCY_KEYS),
          worryingArb,
          (answers, sign, cell) => {
            const result = assess(withCell(answers, sign, cell));
            expect(result.level, `${sign}=${cell}`).to.equal('emergency');
            expect(result.reasons, `${sign}=${cell}`).to.include(EMERGENCY_RULE[sign]);
            expect(result.reasons[0], 'an emergency reason comes first').to.be.oneOf([...RULE_IDS.emergency]);
          },
        ),
        { numRuns: 3000 },
      );
    });

    it('no emergency sign at all means the level is not emergency (property)', () => {
      fc.assert(
        fc.property(answersArb, (answers) => {
          let set = answers;
          for (const sign of EMERGENCY_KEYS) set = withCell(set, sign, 'no');
          expect(assess(set).level).to.not.equal('emergency');
        }),
        { numRuns: 2000 },
      );
    });
  });

  // 3 ------------------------------------------------------------------------------------------
  describe('3. each urgent rule means at least urgent', () => {
    /** The answers that make each urgent rule fire, with the rule id. */
    const URGENT_CASES: { name: string; keys: Key[]; rule: string }[] = [
      { name: 'swollen, warm, red leg', keys: ['legSwollenWarmRed'], rule: 'leg-swollen-warm-red' },
      { name: 'worsening weakness', keys: ['weaknessWorsening'], rule: 'weakness-worsening' },
      { name: 'sudden onset + weakness', keys: ['suddenOnset', 'weakness'], rule: 'sudden-onset-with-weakness' },
      { name: 'sudden onset + loss of tone', keys: ['suddenOnset', 'lossOfTone'], rule: 'sudden-onset-with-weakness' },
      {
        name: 'sudden onset + shrinking',
        keys: ['suddenOnset', 'muscleShrinking'],
        rule: 'sudden-onset-with-weakness',
      },
    ];

    for (const { name, keys, rule } of URGENT_CASES) {
      it(`${name}: at least urgent, naming ${rule}, whatever the other answers (property)`, () => {
        fc.assert(
          fc.property(answersArb, fc.tuple(...keys.map(() => worryingArb)), (answers, cells) => {
            let set = answers;
            keys.forEach((key, i) => (set = withCell(set, key, cells[i])));
            const result = assess(set);
            expect(RANK[result.level], `${keys.join('+')}=${cells.join('+')}`).to.be.at.least(RANK.urgent);
            expect(result.reasons).to.include(rule);
          }),
          { numRuns: 1500 },
        );
      });
    }

    it('each urgent rule with every other answer "no": exactly urgent, with the expected reasons', () => {
      const got: Record<string, Result> = {};
      const want: Record<string, Result> = {};
      for (const { keys, rule } of URGENT_CASES) {
        for (const cells of combinations(keys, WORRYING)) {
          const label = keys.map((key) => `${key}=${cells[key]}`).join(',');
          got[label] = assess(noneExcept(cells));
          // The sudden-onset rule's partner sign also fires its own "soon" rule.
          const partner = keys.find((key) => key !== 'suddenOnset' && rule === 'sudden-onset-with-weakness');
          const partnerId = partner && SOON_RULE[partner];
          const soonIds = partnerId ? [partnerId] : [];
          want[label] = { level: 'urgent', reasons: [rule, ...soonIds] };
          expect(oracle(noneExcept(cells)), label).to.deep.equal(want[label]);
        }
      }
      expect(got).to.deep.equal(want);
    });

    it('sudden onset alone (everything else "no") is NOT urgent: self-care, as the oracle says', () => {
      for (const cell of WORRYING) {
        const answers = noneExcept({ suddenOnset: cell });
        expect(oracle(answers), `oracle, suddenOnset=${cell}`).to.deep.equal({
          level: 'self-care',
          reasons: ['no-warning-signs'],
        });
        expect(assess(answers), `suddenOnset=${cell}`).to.deep.equal(oracle(answers));
      }
    });

    it('sudden onset with a "soon"-only sign is soon, not urgent', () => {
      for (const key of SOON_ONLY_KEYS) {
        const result = assess(noneExcept({ suddenOnset: 'yes', [key]: 'yes' }));
        expect(result.level, key).to.equal('soon');
      }
    });
  });

  // 4 ------------------------------------------------------------------------------------------
  describe('4. all "no"', () => {
    it(`is self-care with reasons ['no-warning-signs'] for every subset of triggers, and with none given`, () => {
      const got: Record<string, Result> = {};
      const want: Record<string, Result> = {};
      for (const triggers of [undefined, ...TRIGGER_SUBSETS]) {
        const label = triggers === undefined ? '(no triggers key)' : `[${triggers.join(',')}]`;
        got[label] = assess(noneExcept({}, triggers));
        want[label] = { level: 'self-care', reasons: ['no-warning-signs'] };
      }
      expect(Object.keys(got)).to.have.length(33);
      expect(got).to.deep.equal(want);
    });
  });

  // 5 ------------------------------------------------------------------------------------------
  describe('5. triggers never change the level or the reasons', () => {
    it('any triggers (any order, repeats) give the same result as none (property)', () => {
      fc.assert(
        fc.property(
          answersArb,
          fc.array(fc.constantFrom(...TRIGGERS), { maxLength: 8 }),
          (answers, triggers) => {
            const without: Answers = { ...answers };
            delete without.triggers;
            expect(assess({ ...without, triggers })).to.deep.equal(assess(without));
            expect(assess({ ...without, triggers: [] })).to.deep.equal(assess(without));
          },
        ),
        { numRuns: 3000 },
      );
    });
  });

  // 6 ------------------------------------------------------------------------------------------
  describe('6. reasons', () => {
    const ruleLevel = new Map<string, string>(twitchRules.map((rule) => [rule.id, rule.level]));
    const ruleOrder: string[] = twitchRules.map((rule) => rule.id);

    it('name a rule of the returned level, exported rules only, highest level first, table order (property)', () => {
      fc.assert(
        fc.property(answersArb, (answers) => {
          const { level, reasons } = assess(answers);
          const problems: string[] = [];
          if (reasons.length === 0) problems.push('no reasons');
          if (reasons.some((id) => !ruleLevel.has(id))) problems.push('a reason id that is not in twitchRules');
          if (!reasons.some((id) => ruleLevel.get(id) === level)) problems.push('no reason of the returned level');
          if (ruleLevel.get(reasons[0]) !== level) problems.push('the first reason is not of the returned level');
          const positions = reasons.map((id) => ruleOrder.indexOf(id));
          if (positions.some((p, i) => i > 0 && p <= positions[i - 1])) problems.push('out of table order or repeated');
          const above = reasons.filter((id) => RANK[ruleLevel.get(id) as Level] > RANK[level]);
          if (above.length > 0) problems.push('a reason above the returned level');
          if (level === 'self-care' ? reasons.join() !== 'no-warning-signs' : reasons.includes('no-warning-signs')) {
            problems.push('no-warning-signs must stand alone, and only for self-care');
          }
          expect(problems, JSON.stringify({ level, reasons })).to.deep.equal([]);
          expect({ level, reasons }).to.deep.equal(oracle(answers));
        }),
        { numRuns: 2000 },
      );
    });
  });

  // 7 ------------------------------------------------------------------------------------------
  describe('7. exhaustive, tier by tier (each answer yes / no / not sure / missing)', () => {
    it('emergency tier: all 4^5 = 1024 combinations of the emergency signs, the rest "no"', () => {
      const { count, mismatches: found } = mismatches(
        mapIter(combinations(EMERGENCY_KEYS, CELLS), (c) => noneExcept(c)),
      );
      expect(count).to.equal(1024);
      expect(found.slice(0, 3)).to.deep.equal([]);
    });

    it('emergency tier again, with every other question "not sure" (1024 more)', () => {
      const rest: Partial<Record<Key, Cell>> = {};
      for (const key of [...URGENT_TIER_KEYS, ...SOON_ONLY_KEYS]) rest[key] = 'unsure';
      const { count, mismatches: found } = mismatches(
        mapIter(combinations(EMERGENCY_KEYS, CELLS), (c) => noneExcept({ ...rest, ...c })),
      );
      expect(count).to.equal(1024);
      expect(found.slice(0, 3)).to.deep.equal([]);
    });

    it('urgent tier: all 4^6 = 4096 combinations of its six keys, emergency and soon-only keys "no"', () => {
      const { count, mismatches: found, levels } = mismatches(
        mapIter(combinations(URGENT_TIER_KEYS, CELLS), (c) => noneExcept(c)),
      );
      expect(count).to.equal(4096);
      expect(found.slice(0, 3)).to.deep.equal([]);
      expect(levels).to.deep.equal(['self-care', 'soon', 'urgent']);
    });

    it('soon tier: all 4^7 = 16384 combinations of its seven keys, higher tiers "no"', () => {
      const { count, mismatches: found, levels } = mismatches(
        mapIter(combinations(SOON_TIER_KEYS, CELLS), (c) => noneExcept(c)),
      );
      expect(count).to.equal(16384);
      expect(found.slice(0, 3)).to.deep.equal([]);
      expect(levels, 'soon, or self-care when all "no"').to.deep.equal(['self-care', 'soon']);
    });

    it('all fifteen questions: every yes/no combination (2^15 = 32768)', () => {
      const yesNo: readonly Cell[] = ['yes', 'no'];
      const { count, mismatches: found } = mismatches(mapIter(combinations(KEYS, yesNo), (c) => fromCells(c)));
      expect(count).to.equal(32768);
      expect(found.slice(0, 3)).to.deep.equal([]);
    });
  });

  // 8 ------------------------------------------------------------------------------------------
  describe('8. oracle agreement on a large random sample', () => {
    it('agrees with the oracle on 20,000 random answer sets, full and with missing keys', () => {
      const seen: Record<Level, number> = { emergency: 0, urgent: 0, soon: 0, 'self-care': 0 };
      fc.assert(
        fc.property(answersArb, (answers) => {
          const expected = oracle(answers);
          seen[expected.level] += 1;
          expect(assess(answers)).to.deep.equal(expected);
        }),
        { numRuns: 20000 },
      );
      // The sample reaches every level often enough to mean something.
      for (const level of LEVELS) expect(seen[level], `${level} cases in the sample`).to.be.above(500);
    });

    it('never writes to the answers it is given (deep-frozen answers work and give the same result)', () => {
      fc.assert(
        fc.property(answersArb, (answers) => {
          const expected = oracle(answers);
          const frozen: Answers = Object.freeze({
            ...answers,
            ...(answers.triggers ? { triggers: Object.freeze([...answers.triggers]) as Trigger[] } : {}),
          });
          const before = JSON.stringify(frozen);
          expect(assess(frozen)).to.deep.equal(expected); // a write would throw (modules are strict)
          expect(JSON.stringify(frozen)).to.equal(before);
        }),
        { numRuns: 500 },
      );
    });
  });

  // 9 ------------------------------------------------------------------------------------------
  describe('9. the exported lists and the documented table', () => {
    it('twitchQuestions lists exactly the fifteen keys, once each, emergency signs first', () => {
      const questions: string[] = [...twitchQuestions];
      expect(questions).to.have.length(15);
      expect([...new Set(questions)].sort()).to.deep.equal([...KEYS].sort());
      expect(questions.slice(0, 5)).to.deep.equal([...EMERGENCY_KEYS]);
      expect([...emergencySigns]).to.deep.equal([...EMERGENCY_KEYS]);
    });

    it('twitchTriggers and careLevels are the specified ones', () => {
      expect([...twitchTriggers].sort()).to.deep.equal([...TRIGGERS].sort());
      expect([...careLevels]).to.deep.equal([...LEVELS]);
    });

    it('twitchRules: unique ids, valid levels, every level has a rule, ordered highest level first', () => {
      const ids: string[] = twitchRules.map((rule) => rule.id);
      expect(ids.length).to.equal(new Set(ids).size);
      const levels: string[] = twitchRules.map((rule) => rule.level);
      expect(levels.filter((level) => !(LEVELS as readonly string[]).includes(level))).to.deep.equal([]);
      expect([...new Set(levels)]).to.deep.equal([...LEVELS]); // all four, and in order
      // The same rules (ids and levels) as the specification's.
      expect(twitchRules.map((rule) => `${rule.level} ${rule.id}`)).to.deep.equal(
        LEVELS.flatMap((level) => RULE_IDS[level].map((id) => `${level} ${id}`)),
      );
    });

    it('the doc-comment table in the module lists every rule id with its level, in one row each', async () => {
      const source = await moduleSource('/src/twitch-redflag-check/twitch-rules.ts');
      const docComment = /\/\*\*([\s\S]*?)\*\//.exec(source)?.[1] ?? '';
      const rows = docComment
        .split('\n')
        .map((line) => line.replace(/^\s*\*\s?/, '').trim())
        .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
        .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
      const body = rows.filter((cells) => cells[0] !== 'level'); // without the header row
      expect(body.length, 'rows in the table').to.be.at.least(1);

      const problems: string[] = [];
      for (const rule of twitchRules) {
        const matching = body.filter((cells) => cells.includes(`\`${rule.id}\``));
        if (matching.length !== 1) problems.push(`${rule.id}: ${matching.length} rows`);
        else if (matching[0][0] !== rule.level) {
          problems.push(`${rule.id}: the row says ${matching[0][0]}, the rule says ${rule.level}`);
        }
      }
      expect(problems).to.deep.equal([]);
      // And no row names a rule that does not exist; rows in the rules' order.
      expect(body.map((cells) => `${cells[0]} ${cells[1]}`)).to.deep.equal(
        twitchRules.map((rule) => `${rule.level} \`${rule.id}\``),
      );
    });
  });
});
