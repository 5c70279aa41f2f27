// Tests for the leg-twitching care-level rules, the most safety-critical logic in the library.
//
// The oracle below is written from the specification (the clinical brief, version 2, section B:
// the care-level table, "How the emergency screen treats Not sure" and "Changes in version 2"),
// independently of the module: it does not use the module's rule table, `countsAsYes` or
// `assessTwitching`. The module's answer is compared with it exhaustively within each tier, over
// every yes/no combination of the fifteen questions after the emergency screen, and on large
// random samples (fast-check), next to the safety properties the brief asks for (a more worrying
// answer never lowers the level, "not sure" counts as "yes", triggers never matter, ...).
//
// Section 10 checks the patient's path (issue 16) the same way: walking the screens with
// `resultAfter` ends at the level of every answer the visitor would have given, never before the
// level is settled, and the follow-up "Is the weakness getting worse?", asked only after "Yes" or
// "Not sure" to weakness, never gives anyone a lower level than the old flow did. The screens and
// their questions come from the module (they are the check's layout, not a rule); the levels come
// from the oracle.
//
// Only plain values (strings, arrays, plain objects) are passed to chai.
import { expect } from '@open-wc/testing';
import * as fc from 'fast-check';
import {
  assessTwitching,
  careLevels,
  emergencyScreenAnswers,
  emergencySigns,
  escalationLevels,
  followUps,
  isAsked,
  nextScreen,
  questionsOn,
  resultAfter,
  screenQuestions,
  stepQuestions,
  twitchQuestions,
  twitchRules,
  twitchScreens,
  twitchSteps,
  twitchTriggers,
  withSkippedFollowUps,
  type EmergencyChoice,
  type EmergencySignRuleId,
  type StepQuestion,
  type TwitchAnswers,
  type TwitchRule,
  type TwitchScreen,
} from '../../src/twitch-redflag-check/twitch-rules.js';
import { moduleSource } from '../helpers/module-source.js';

// ---------------------------------------------------------------------------------------------
// The specification, as an oracle

type Answer = 'yes' | 'no' | 'unsure';
/** An answer as generated here: one of the three answers, or the key left out. */
type Cell = Answer | 'missing';
type Level = 'emergency' | 'urgent' | 'soon' | 'self-care';

const CELLS: readonly Cell[] = ['yes', 'no', 'unsure', 'missing'];
/** The answers (or absence) that must count as "yes" for a warning sign. */
const WORRYING: readonly Cell[] = ['yes', 'unsure', 'missing'];
/** The answers (or absence) that say "not sure" on the emergency screen. */
const UNSURE: readonly Cell[] = ['unsure', 'missing'];

const LEVELS: readonly Level[] = ['emergency', 'urgent', 'soon', 'self-care'];
const RANK: Record<Level, number> = { emergency: 3, urgent: 2, soon: 1, 'self-care': 0 };

/** The emergency screen: now or in the last 24 hours (the first five), or now (the last three). */
const EMERGENCY_KEYS = [
  'breathingTrouble',
  'chestPain',
  'suddenOneSidedWeakness',
  'cannotSwallow',
  'seizureOrCollapse',
  'cannotMoveLeg',
  'bladderBowelOrSaddleNumbness',
  'tetanusSigns',
] as const;
type EmergencyKey = (typeof EMERGENCY_KEYS)[number];

/** Keys that lead to "urgent" on their own (and never to anything else). */
const URGENT_ONLY_KEYS = [
  'legSwollenWarmRed',
  'weaknessWorsening',
  'spreadingWeaknessOrNumbness',
  'statinMuscleSymptoms',
  'darkUrine',
] as const;
/** Weakness, loss of tone, a shrinking muscle: "soon" alone, "urgent" with a sudden start. */
const WEAKNESS_KEYS = ['weakness', 'lossOfTone', 'muscleShrinking'] as const;
/** Keys that only ever lead to "soon" (stiffness does NOT join the sudden-onset rule). */
const SOON_ONLY_KEYS = [
  'stiffness',
  'numbnessOrTingling',
  'gradualSpeechOrSwallowChange',
  'longerThanTwoWeeks',
  'spreading',
  'newMedicine',
] as const;

/** Every key that an urgent rule reads (9). */
const URGENT_TIER_KEYS = [...URGENT_ONLY_KEYS, 'suddenOnset', ...WEAKNESS_KEYS] as const;
/** Every key that a "soon" rule reads (9). */
const SOON_TIER_KEYS = [...WEAKNESS_KEYS, ...SOON_ONLY_KEYS] as const;
/** The keys the self-care reasons read: a sudden start, next to the "soon"-only signs (7). */
const SELF_CARE_TIER_KEYS = ['suddenOnset', ...SOON_ONLY_KEYS] as const;

/** The fifteen questions after the emergency screen. */
const NON_EMERGENCY_KEYS = [...URGENT_ONLY_KEYS, 'suddenOnset', ...WEAKNESS_KEYS, ...SOON_ONLY_KEYS] as const;
type NonEmergencyKey = (typeof NON_EMERGENCY_KEYS)[number];

const KEYS = [...EMERGENCY_KEYS, ...NON_EMERGENCY_KEYS] as const;
type Key = (typeof KEYS)[number];

const TRIGGERS = ['caffeine', 'stress', 'poorSleep', 'hardExercise', 'none'] as const;
type Trigger = (typeof TRIGGERS)[number];

type Answers = Partial<Record<Key, Answer>> & { triggers?: Trigger[] };

interface Result {
  level: Level;
  reasons: string[];
}

/** The rule id that an emergency sign answered "yes" names. */
const EMERGENCY_RULE = {
  breathingTrouble: 'breathing-trouble',
  chestPain: 'chest-pain',
  suddenOneSidedWeakness: 'sudden-one-sided-weakness',
  cannotSwallow: 'cannot-swallow',
  seizureOrCollapse: 'seizure-or-collapse',
  cannotMoveLeg: 'cannot-move-leg',
  bladderBowelOrSaddleNumbness: 'bladder-bowel-or-saddle-numbness',
  tetanusSigns: 'tetanus-signs',
} as const satisfies Record<EmergencyKey, string>;
/** The one emergency reason for any emergency sign answered "not sure" or left out. */
const UNSURE_RULE = 'emergency-sign-unsure';

/** The rule id of each key that fires a rule on its own (every non-emergency key but suddenOnset). */
const SINGLE_RULE = {
  legSwollenWarmRed: 'leg-swollen-warm-red',
  weaknessWorsening: 'weakness-worsening',
  spreadingWeaknessOrNumbness: 'spreading-weakness-or-numbness',
  statinMuscleSymptoms: 'statin-muscle-symptoms',
  darkUrine: 'dark-urine',
  weakness: 'weakness',
  lossOfTone: 'loss-of-tone',
  muscleShrinking: 'muscle-shrinking',
  stiffness: 'stiffness',
  numbnessOrTingling: 'numbness-or-tingling',
  gradualSpeechOrSwallowChange: 'gradual-speech-swallow-change',
  longerThanTwoWeeks: 'longer-than-two-weeks',
  spreading: 'spreading',
  newMedicine: 'new-medicine',
} as const satisfies Record<Exclude<NonEmergencyKey, 'suddenOnset'>, string>;

/** The stable rule ids, level by level, in the order the reasons must list them. */
const RULE_IDS: Record<Level, readonly string[]> = {
  emergency: [...EMERGENCY_KEYS.map((key) => EMERGENCY_RULE[key]), UNSURE_RULE],
  urgent: [
    'leg-swollen-warm-red',
    'weakness-worsening',
    'spreading-weakness-or-numbness',
    'sudden-onset-with-weakness',
    'statin-muscle-symptoms',
    'dark-urine',
  ],
  soon: [
    'weakness',
    'loss-of-tone',
    'muscle-shrinking',
    'stiffness',
    'numbness-or-tingling',
    'gradual-speech-swallow-change',
    'longer-than-two-weeks',
    'spreading',
    'new-medicine',
  ],
  'self-care': ['sudden-onset-alone', 'no-warning-signs'],
};
const ALL_RULE_IDS = LEVELS.flatMap((level) => RULE_IDS[level]);
const SELF_CARE_IDS: readonly string[] = RULE_IDS['self-care'];

/** What the specification says for one set of answers. */
function oracle(answers: Answers): Result {
  // "Not sure" counts as "yes", and a missing answer counts as "not sure".
  const yes = (key: Key): boolean => {
    const answer = answers[key];
    return answer === undefined || answer === 'yes' || answer === 'unsure';
  };
  // The emergency screen: a sign said "yes" is named; "not sure" (or no answer) is still an
  // emergency, but the one reason says the visitor was not sure.
  const said = (key: EmergencyKey): boolean => answers[key] === 'yes';
  const fired: Record<string, boolean> = {
    'breathing-trouble': said('breathingTrouble'),
    'chest-pain': said('chestPain'),
    'sudden-one-sided-weakness': said('suddenOneSidedWeakness'),
    'cannot-swallow': said('cannotSwallow'),
    'seizure-or-collapse': said('seizureOrCollapse'),
    'cannot-move-leg': said('cannotMoveLeg'),
    'bladder-bowel-or-saddle-numbness': said('bladderBowelOrSaddleNumbness'),
    'tetanus-signs': said('tetanusSigns'),
    'emergency-sign-unsure': EMERGENCY_KEYS.some((key) => yes(key) && !said(key)),
    'leg-swollen-warm-red': yes('legSwollenWarmRed'),
    'weakness-worsening': yes('weaknessWorsening'),
    'spreading-weakness-or-numbness': yes('spreadingWeaknessOrNumbness'),
    'sudden-onset-with-weakness':
      yes('suddenOnset') && (yes('weakness') || yes('lossOfTone') || yes('muscleShrinking')),
    'statin-muscle-symptoms': yes('statinMuscleSymptoms'),
    'dark-urine': yes('darkUrine'),
    weakness: yes('weakness'),
    'loss-of-tone': yes('lossOfTone'),
    'muscle-shrinking': yes('muscleShrinking'),
    stiffness: yes('stiffness'),
    'numbness-or-tingling': yes('numbnessOrTingling'),
    'gradual-speech-swallow-change': yes('gradualSpeechOrSwallowChange'),
    'longer-than-two-weeks': yes('longerThanTwoWeeks'),
    spreading: yes('spreading'),
    'new-medicine': yes('newMedicine'),
  };
  const warningLevels: Level[] = ['emergency', 'urgent', 'soon'];
  const reasons = warningLevels.flatMap((level) => RULE_IDS[level].filter((id) => fired[id]));
  const level = warningLevels.find((l) => RULE_IDS[l].some((id) => fired[id])) ?? 'self-care';
  if (level !== 'self-care') return { level, reasons };
  // Self-care: a sudden start alone is said plainly; otherwise "no warning signs".
  return { level, reasons: [yes('suddenOnset') ? 'sudden-onset-alone' : 'no-warning-signs'] };
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

/** `answers` with `key` set to `cell` ("missing" removes it), everything else kept. */
function withCell(answers: Answers, key: Key, cell: Cell): Answers {
  const copy: Answers = { ...answers };
  if (cell === 'missing') delete copy[key];
  else copy[key] = cell;
  return copy;
}

/** Whether an answer (or its absence) says "not sure". */
const isUnsure = (answer: Answer | undefined): boolean => answer === undefined || answer === 'unsure';

// ---------------------------------------------------------------------------------------------
// Arbitraries

/**
 * The cells of all twenty-three questions. With uniform answers almost every set has an
 * emergency sign, so each set draws its own tilt toward "no" (`noWeight` against 1 for each other
 * value), one for the eight emergency signs and one for the fifteen other questions, and the
 * lower levels get their share. Each cell comes from a die roll that shrinks toward 0, which maps
 * to "no": a failing case shrinks to few non-"no" answers.
 */
const cellsArb = (withMissing: boolean): fc.Arbitrary<Record<Key, Cell>> => {
  const others: Cell[] = withMissing ? ['yes', 'unsure', 'missing'] : ['yes', 'unsure'];
  const cell = (noWeight: number, die: number): Cell => {
    const noShare = noWeight / (noWeight + others.length);
    const x = die / 1000;
    if (x < noShare) return 'no';
    return others[Math.min(others.length - 1, Math.floor(((x - noShare) / (1 - noShare)) * others.length))];
  };
  return fc
    .tuple(
      fc.integer({ min: 1, max: 200 }),
      fc.integer({ min: 1, max: 60 }),
      fc.tuple(...KEYS.map(() => fc.integer({ min: 0, max: 999 }))),
    )
    .map(([emergencyNoWeight, otherNoWeight, dice]) => {
      const emergency = new Set<Key>(EMERGENCY_KEYS);
      return Object.fromEntries(
        KEYS.map((key, i) => [key, cell(emergency.has(key) ? emergencyNoWeight : otherNoWeight, dice[i])]),
      ) as Record<Key, Cell>;
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
const emergencyKeyArb = fc.constantFrom(...EMERGENCY_KEYS);
const nonEmergencyKeyArb = fc.constantFrom(...NON_EMERGENCY_KEYS);
/** What a "no" can turn into: a more worrying answer, or no answer at all. */
const raiseArb = fc.constantFrom<Cell>('unsure', 'yes', 'missing');
const worryingArb = fc.constantFrom<Cell>(...WORRYING);
const unsureArb = fc.constantFrom<Cell>(...UNSURE);


// Type-level checks (tsc): the oracle's keys and ids are the module's. `Same<A, B>` is true only
// when A and B are the same type.
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const TYPES_AGREE: readonly true[] = [
  true satisfies Same<StepQuestion, NonEmergencyKey>,
  true satisfies Same<EmergencySignRuleId, (typeof EMERGENCY_RULE)[EmergencyKey]>,
  true satisfies Same<
    TwitchRule['id'],
    | (typeof EMERGENCY_RULE)[EmergencyKey]
    | (typeof SINGLE_RULE)[keyof typeof SINGLE_RULE]
    | 'emergency-sign-unsure'
    | 'sudden-onset-with-weakness'
    | 'sudden-onset-alone'
    | 'no-warning-signs'
  >,
];

// ---------------------------------------------------------------------------------------------
// The patient's path (issue 16), from the specification

/** The follow-up and the question it follows: asked only after "yes" or "not sure" to it. */
const FOLLOW_UP = 'weaknessWorsening' satisfies Key;
const FOLLOWS = 'weakness' satisfies Key;

/**
 * The answers as the check reads them: a follow-up that is skipped because the question before it
 * was a clear "no" counts as "no" (whatever the set says for it); in every other case the
 * visitor's own answer (or its absence) stands. The same answers as those of a visitor of the old
 * flow, which asked the follow-up of everyone with the hint "If there is no weakness, answer No".
 */
function withSkip(answers: Answers): Answers {
  return answers[FOLLOWS] === 'no' ? { ...answers, [FOLLOW_UP]: 'no' } : answers;
}

/**
 * The level the old flow gave (before issue 16): it asked every question of every screen, and
 * ended on the first screen only for an emergency, at the emergency level: the oracle's level
 * of the answers as given.
 */
function oldFlowLevel(answers: Answers): Level {
  return oracle(answers).level;
}

/** `answers` with every question not in `asked` set to `rest` ("missing" removes it); triggers kept. */
function withRest(answers: Answers, asked: ReadonlySet<string>, rest: Cell): Answers {
  const set: Answers = { ...answers };
  for (const key of KEYS) {
    if (asked.has(key)) continue;
    if (rest === 'missing') delete set[key];
    else set[key] = rest;
  }
  return set;
}

/** The questions of the screens up to and including each screen, by screen. */
const ASKED_BY = new Map<TwitchScreen, ReadonlySet<string>>(
  twitchScreens.map((screen, i) => [screen, new Set(twitchScreens.slice(0, i + 1).flatMap((done): string[] => [...screenQuestions[done]]))]),
);

/** The questions of the screens up to and including `screen`. */
function askedBy(screen: TwitchScreen): ReadonlySet<string> {
  return ASKED_BY.get(screen) ?? new Set();
}

interface Walk {
  /** The screens shown, up to the one after which the check ended. */
  screens: TwitchScreen[];
  /** The result shown, or undefined when the last screen gave none (a bug). */
  result: Result | undefined;
}

/**
 * What `resultAfter` said after a screen, by the screen and the answers of the screens shown up to
 * it: the exhaustive walks below meet each such prefix many times (`resultAfter` reads only those
 * answers, which the tests "never reads the answers of screens not shown yet" check).
 */
type Said = Map<string, Result | undefined>;

/**
 * Goes through the check as the element does: screen by screen, until `resultAfter` gives a
 * result. With `said`, a screen whose answers so far were seen before is not asked again.
 */
function walk(answers: Answers, said?: Said): Walk {
  const screens: TwitchScreen[] = [];
  for (let screen: TwitchScreen | undefined = twitchScreens[0]; screen; screen = nextScreen(screen)) {
    screens.push(screen);
    const key = said ? `${screen}:${[...askedBy(screen)].map((question) => answers[question as Key] ?? '-').join()}` : '';
    let result: Result | undefined;
    if (said?.has(key)) result = said.get(key);
    else {
      const given = resultAfter(screen, answers as TwitchAnswers);
      result = given && { level: given.level as Level, reasons: [...given.reasons] };
      said?.set(key, result);
    }
    if (result) return { screens, result };
  }
  return { screens, result: undefined };
}

/** Whether `part` lists some of `whole`'s items, in `whole`'s order. */
function inOrderWithin(part: readonly string[], whole: readonly string[]): boolean {
  let at = 0;
  for (const item of part) {
    at = whole.indexOf(item, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

/**
 * Everything that is wrong with the walk for one answer set (empty when all is well):
 * - it gives a result, at the level of every answer the visitor would have given (the oracle's,
 *   and `assessTwitching(withSkippedFollowUps(...))`), naming a part of that result's reasons:
 *   exactly those of what was asked, with the questions not asked answered "no";
 * - it never stops before the level is settled: any answers to the questions not asked (all
 *   "no", all "yes", all "not sure", none: `rests`) give the same level (every other mix lies
 *   between all "no" and all "yes", as section 1 shows);
 * - it stops as soon as the level is settled: on every screen before, some answers to the
 *   questions still to come would give another level;
 * - with `peek`, on every screen, `resultAfter` reads only the answers of the screens shown so far.
 */
function pathProblems(
  answers: Answers,
  { peek = true, said, rests = CELLS }: { peek?: boolean; said?: Said; rests?: readonly Cell[] } = {},
): string[] {
  const problems: string[] = [];
  const { screens, result } = walk(answers, said);
  if (!result) return [`no result after the last screen (${screens.join(', ')})`];
  const last = screens[screens.length - 1];
  const full = oracle(withSkip(answers));
  if (result.level !== full.level) problems.push(`after ${last}: level ${result.level}, every answer gives ${full.level}`);
  const moduleFull = assess(withSkippedFollowUps(answers as TwitchAnswers) as Answers);
  if (result.level !== moduleFull.level) problems.push(`after ${last}: level ${result.level}, assessTwitching(withSkippedFollowUps) ${moduleFull.level}`);
  if (!inOrderWithin(result.reasons, full.reasons)) problems.push(`after ${last}: reasons ${result.reasons} not among ${full.reasons}`);
  const asked = askedBy(last);
  const named = oracle(withSkip(withRest(answers, asked, 'no')));
  if (JSON.stringify(result) !== JSON.stringify(named)) {
    problems.push(`after ${last}: ${JSON.stringify(result)}, the answers asked give ${JSON.stringify(named)}`);
  }
  for (const rest of rests) {
    const level = oracle(withSkip(withRest(answers, asked, rest))).level;
    if (level !== result.level) problems.push(`stopped after ${last} at ${result.level}, but "${rest}" to the rest gives ${level}`);
  }
  for (let i = 0; i < screens.length - 1; i += 1) {
    const before = askedBy(screens[i]);
    const floor = oracle(withSkip(withRest(answers, before, 'no'))).level;
    const ceiling = oracle(withSkip(withRest(answers, before, 'yes'))).level;
    if (floor === ceiling) problems.push(`settled at ${floor} after ${screens[i]}, but went on`);
  }
  if (peek) {
    // (The last screen leaves nothing unasked.)
    for (const screen of twitchScreens.slice(0, -1)) {
      const shown = askedBy(screen);
      const own = JSON.stringify(resultAfter(screen, answers as TwitchAnswers));
      for (const rest of ['yes', 'missing'] as const) {
        const other = JSON.stringify(resultAfter(screen, withRest(answers, shown, rest) as TwitchAnswers));
        if (other !== own) problems.push(`after ${screen}, "${rest}" to the questions not yet asked changes ${own} to ${other}`);
      }
    }
  }
  return problems;
}

/**
 * Everything that is wrong for one answer set with the follow-up handling, against the old
 * flow (empty when all is well): the check's level equals the level the old flow gave the same
 * visitor, who answered "no" to the follow-up when they had no weakness (so it is never lower),
 * equals `assessTwitching` of the answers with the follow-up forced to "no" after a "no" to
 * weakness, and, where weakness is "yes" or "not sure", is never lower than the old flow's level
 * for the answers exactly as given.
 */
function followUpProblems(answers: Answers, said?: Said): string[] {
  const problems: string[] = [];
  const level = walk(answers, said).result?.level;
  if (!level) return ['no result'];
  const oldVisitor = withSkip(answers);
  const old = oldFlowLevel(oldVisitor);
  if (level !== old) problems.push(`level ${level}; the old flow gave the same visitor ${old}`);
  if (RANK[level] < RANK[old]) problems.push(`level ${level} is lower than the old flow's ${old}`);
  const forced = assess(oldVisitor).level;
  if (level !== forced) problems.push(`level ${level}; assessTwitching with the follow-up forced to "no" gives ${forced}`);
  const weakness = answers[FOLLOWS];
  if ((weakness === 'yes' || weakness === 'unsure') && RANK[level] < RANK[oldFlowLevel(answers)]) {
    problems.push(`weakness "${weakness}": level ${level} is lower than the old flow's ${oldFlowLevel(answers)}`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------

describe('assessTwitching (leg twitching care levels)', () => {
  describe('the oracle itself (sanity checks against the specification text)', () => {
    it('reads the specification as written for a few hand-worked cases', () => {
      expect(oracle(noneExcept())).to.deep.equal({ level: 'self-care', reasons: ['no-warning-signs'] });
      expect(oracle(noneExcept({ suddenOnset: 'yes' }))).to.deep.equal({
        level: 'self-care',
        reasons: ['sudden-onset-alone'],
      });
      expect(oracle(noneExcept({ suddenOnset: 'unsure', lossOfTone: 'yes' }))).to.deep.equal({
        level: 'urgent',
        reasons: ['sudden-onset-with-weakness', 'loss-of-tone'],
      });
      expect(oracle(noneExcept({ suddenOnset: 'yes', stiffness: 'yes' }))).to.deep.equal({
        level: 'soon',
        reasons: ['stiffness'],
      });
      expect(oracle(noneExcept({ chestPain: 'yes', spreading: 'yes' }))).to.deep.equal({
        level: 'emergency',
        reasons: ['chest-pain', 'spreading'],
      });
      expect(oracle(noneExcept({ chestPain: 'missing', darkUrine: 'unsure' }))).to.deep.equal({
        level: 'emergency',
        reasons: ['emergency-sign-unsure', 'dark-urine'],
      });
      expect(oracle(noneExcept({ tetanusSigns: 'yes', cannotMoveLeg: 'unsure' }))).to.deep.equal({
        level: 'emergency',
        reasons: ['tetanus-signs', 'emergency-sign-unsure'],
      });
      // Nothing answered at all: every sign "not sure", so one emergency reason, then every
      // warning rule below it (no sign is named as if the visitor had it).
      expect(oracle({})).to.deep.equal({
        level: 'emergency',
        reasons: ALL_RULE_IDS.filter(
          (id) => !SELF_CARE_IDS.includes(id) && !(Object.values(EMERGENCY_RULE) as string[]).includes(id),
        ),
      });
      expect(TYPES_AGREE).to.deep.equal([true, true, true]);
    });
  });

  // 1 ------------------------------------------------------------------------------------------
  describe('1. safety monotonicity', () => {
    for (const [name, arb] of [
      ['full', fullAnswersArb],
      ['partial', partialAnswersArb],
    ] as const) {
      it(`one "no" -> "not sure", "yes" or no answer never lowers the level or loses a warning reason (${name})`, () => {
        fc.assert(
          fc.property(arb, keyArb, raiseArb, (answers, key, raise) => {
            const before = assess(withCell(answers, key, 'no'));
            const after = assess(withCell(answers, key, raise));
            expect(RANK[after.level], `${key}: no -> ${raise}`).to.be.at.least(RANK[before.level]);
            // No warning reason is lost, emergency ones included: raising a "no" only adds
            // reasons. Only a self-care reason can go (it gives way to a warning, or
            // "no-warning-signs" becomes "sudden-onset-alone").
            const lost = before.reasons.filter((r) => !SELF_CARE_IDS.includes(r) && !after.reasons.includes(r));
            expect(lost, `${key}: no -> ${raise}`).to.deep.equal([]);
          }),
          { numRuns: 3000 },
        );
      });
    }

    it('raising every "no" in turn, on each sampled set, never lowers the level nor loses a warning reason', () => {
      // The same property checked for all 23 keys and all 3 raises of each sampled set.
      fc.assert(
        fc.property(answersArb, (answers) => {
          const base = assess(answers);
          for (const key of KEYS) {
            if (answers[key] !== 'no') continue;
            for (const raise of WORRYING) {
              const after = assess(withCell(answers, key, raise));
              if (RANK[after.level] < RANK[base.level]) return false;
              if (base.reasons.some((r) => !SELF_CARE_IDS.includes(r) && !after.reasons.includes(r))) return false;
            }
          }
          return true;
        }),
        { numRuns: 2000 },
      );
    });

    it('"not sure", "yes" and no answer give the same level for every question', () => {
      fc.assert(
        fc.property(answersArb, keyArb, worryingArb, worryingArb, (answers, key, a, b) => {
          expect(assess(withCell(answers, key, a)).level, `${key}: ${a} vs ${b}`).to.equal(
            assess(withCell(answers, key, b)).level,
          );
        }),
        { numRuns: 3000 },
      );
    });

    it('"not sure", "yes" and no answer give the same level and reasons for every non-emergency question', () => {
      fc.assert(
        fc.property(answersArb, nonEmergencyKeyArb, worryingArb, worryingArb, (answers, key, a, b) => {
          expect(assess(withCell(answers, key, a)), `${key}: ${a} vs ${b}`).to.deep.equal(
            assess(withCell(answers, key, b)),
          );
        }),
        { numRuns: 3000 },
      );
    });

    it('on an emergency sign, "not sure" and no answer give the same result', () => {
      fc.assert(
        fc.property(answersArb, emergencyKeyArb, (answers, sign) => {
          expect(assess(withCell(answers, sign, 'unsure')), sign).to.deep.equal(
            assess(withCell(answers, sign, 'missing')),
          );
        }),
        { numRuns: 3000 },
      );
    });

    it('emergency sign "yes" -> "not sure"/no answer swaps exactly its own reason for emergency-sign-unsure', () => {
      // Exactly: the level stays emergency; the sign's own rule goes; "emergency-sign-unsure" is
      // there (it was there before only if another sign was already "not sure" or unanswered);
      // every other reason stays, in the same order.
      fc.assert(
        fc.property(answersArb, emergencyKeyArb, unsureArb, (answers, sign, cell) => {
          const own = EMERGENCY_RULE[sign];
          const said = assess(withCell(answers, sign, 'yes'));
          const unsure = assess(withCell(answers, sign, cell));
          const label = `${sign}: yes -> ${cell}`;
          expect([said.level, unsure.level], label).to.deep.equal(['emergency', 'emergency']);
          const anotherUnsure = EMERGENCY_KEYS.some((key) => key !== sign && isUnsure(answers[key]));
          expect(said.reasons.includes(UNSURE_RULE), label).to.equal(anotherUnsure);
          const swapped = ALL_RULE_IDS.filter((id) => id === UNSURE_RULE || (id !== own && said.reasons.includes(id)));
          expect(unsure.reasons, label).to.deep.equal(swapped);
        }),
        { numRuns: 3000 },
      );
    });
  });

  // 2 ------------------------------------------------------------------------------------------
  describe('2. emergency signs', () => {
    it('each sign alone "yes", every other answer "no": emergency, and that sign is the only reason', () => {
      const got: Record<string, Result> = {};
      const want: Record<string, Result> = {};
      for (const sign of EMERGENCY_KEYS) {
        got[sign] = assess(noneExcept({ [sign]: 'yes' }));
        want[sign] = { level: 'emergency', reasons: [EMERGENCY_RULE[sign]] };
      }
      expect(got).to.deep.equal(want);
    });

    it('each sign alone "not sure" or unanswered: emergency, with emergency-sign-unsure as the only reason', () => {
      const got: Record<string, Result> = {};
      const want: Record<string, Result> = {};
      for (const sign of EMERGENCY_KEYS) {
        for (const cell of UNSURE) {
          got[`${sign}=${cell}`] = assess(noneExcept({ [sign]: cell }));
          want[`${sign}=${cell}`] = { level: 'emergency', reasons: [UNSURE_RULE] };
        }
      }
      expect(got).to.deep.equal(want);
    });

    it('every sign "not sure" (or unanswered) gives one reason, not a list of signs the visitor never reported', () => {
      for (const cell of UNSURE) {
        const all = Object.fromEntries(EMERGENCY_KEYS.map((key) => [key, cell]));
        expect(assess(noneExcept(all)), cell).to.deep.equal({ level: 'emergency', reasons: [UNSURE_RULE] });
      }
    });

    it('one sign "yes" and the rest "not sure": the sign, then emergency-sign-unsure', () => {
      for (const sign of EMERGENCY_KEYS) {
        const cells = Object.fromEntries(EMERGENCY_KEYS.map((key) => [key, key === sign ? 'yes' : 'unsure']));
        expect(assess(noneExcept(cells)), sign).to.deep.equal({
          level: 'emergency',
          reasons: [EMERGENCY_RULE[sign], UNSURE_RULE],
        });
      }
    });

    it('any other answers: "yes" names the sign, "not sure"/no answer emergency-sign-unsure (property)', () => {
      fc.assert(
        fc.property(answersArb, emergencyKeyArb, worryingArb, (answers, sign, cell) => {
          const result = assess(withCell(answers, sign, cell));
          const label = `${sign}=${cell}`;
          expect(result.level, label).to.equal('emergency');
          expect(result.reasons[0], `${label}: an emergency reason comes first`).to.be.oneOf([...RULE_IDS.emergency]);
          if (cell === 'yes') expect(result.reasons, label).to.include(EMERGENCY_RULE[sign]);
          else {
            expect(result.reasons, label).to.include(UNSURE_RULE);
            expect(result.reasons, label).to.not.include(EMERGENCY_RULE[sign]);
          }
        }),
        { numRuns: 3000 },
      );
    });

    it('a sign is named iff "yes"; emergency-sign-unsure iff a sign is "not sure" or unanswered (property)', () => {
      fc.assert(
        fc.property(answersArb, (answers) => {
          const { reasons } = assess(answers);
          const named = EMERGENCY_KEYS.filter((key) => reasons.includes(EMERGENCY_RULE[key]));
          expect(named).to.deep.equal(EMERGENCY_KEYS.filter((key) => answers[key] === 'yes'));
          expect(reasons.includes(UNSURE_RULE)).to.equal(EMERGENCY_KEYS.some((key) => isUnsure(answers[key])));
        }),
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
  describe('3. urgent and "soon" rules', () => {
    /** The answers that make each urgent rule fire, with the rule id. */
    const URGENT_CASES: { name: string; keys: Key[]; rule: string }[] = [
      {
        name: 'one leg swollen, or painful with warm, red or darker skin',
        keys: ['legSwollenWarmRed'],
        rule: 'leg-swollen-warm-red',
      },
      { name: 'worsening weakness', keys: ['weaknessWorsening'], rule: 'weakness-worsening' },
      {
        name: 'spreading weakness, numbness or tingling',
        keys: ['spreadingWeaknessOrNumbness'],
        rule: 'spreading-weakness-or-numbness',
      },
      { name: 'sudden onset + weakness', keys: ['suddenOnset', 'weakness'], rule: 'sudden-onset-with-weakness' },
      { name: 'sudden onset + loss of tone', keys: ['suddenOnset', 'lossOfTone'], rule: 'sudden-onset-with-weakness' },
      {
        name: 'sudden onset + shrinking',
        keys: ['suddenOnset', 'muscleShrinking'],
        rule: 'sudden-onset-with-weakness',
      },
      { name: 'muscle symptoms on a statin', keys: ['statinMuscleSymptoms'], rule: 'statin-muscle-symptoms' },
      { name: 'muscle pain or weakness with dark urine', keys: ['darkUrine'], rule: 'dark-urine' },
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
          const partner = keys.find((key): key is (typeof WEAKNESS_KEYS)[number] =>
            (WEAKNESS_KEYS as readonly string[]).includes(key),
          );
          const soonIds = partner ? [SINGLE_RULE[partner]] : [];
          want[label] = { level: 'urgent', reasons: [rule, ...soonIds] };
          expect(oracle(noneExcept(cells)), label).to.deep.equal(want[label]);
        }
      }
      expect(got).to.deep.equal(want);
    });

    it('every one-question rule alone (yes / not sure / no answer, rest "no"): exactly its level and reason', () => {
      const got: Record<string, Result> = {};
      const want: Record<string, Result> = {};
      const levelOf = (key: Key): Level =>
        (URGENT_ONLY_KEYS as readonly Key[]).includes(key) ? 'urgent' : 'soon';
      for (const key of Object.keys(SINGLE_RULE) as (keyof typeof SINGLE_RULE)[]) {
        for (const cell of WORRYING) {
          got[`${key}=${cell}`] = assess(noneExcept({ [key]: cell }));
          want[`${key}=${cell}`] = { level: levelOf(key), reasons: [SINGLE_RULE[key]] };
        }
      }
      expect(Object.keys(got)).to.have.length(14 * 3);
      expect(got).to.deep.equal(want);
    });

    it('version 2 rules alone: spreading, statin, dark urine are urgent; stiffness, numbness are soon', () => {
      const got: Record<string, Result> = {};
      for (const key of [
        'spreadingWeaknessOrNumbness',
        'statinMuscleSymptoms',
        'darkUrine',
        'stiffness',
        'numbnessOrTingling',
      ] as const) {
        got[key] = assess(noneExcept({ [key]: 'yes' }));
      }
      expect(got).to.deep.equal({
        spreadingWeaknessOrNumbness: { level: 'urgent', reasons: ['spreading-weakness-or-numbness'] },
        statinMuscleSymptoms: { level: 'urgent', reasons: ['statin-muscle-symptoms'] },
        darkUrine: { level: 'urgent', reasons: ['dark-urine'] },
        stiffness: { level: 'soon', reasons: ['stiffness'] },
        numbnessOrTingling: { level: 'soon', reasons: ['numbness-or-tingling'] },
      });
    });

    it('sudden onset with stiffness (not weakness) is soon, not urgent', () => {
      for (const onset of WORRYING) {
        for (const stiff of WORRYING) {
          expect(assess(noneExcept({ suddenOnset: onset, stiffness: stiff })), `${onset}/${stiff}`).to.deep.equal({
            level: 'soon',
            reasons: ['stiffness'],
          });
        }
      }
    });

    it('sudden onset with any "soon"-only sign is soon, not urgent, naming only that sign', () => {
      for (const key of SOON_ONLY_KEYS) {
        const result = assess(noneExcept({ suddenOnset: 'yes', [key]: 'yes' }));
        expect(result, key).to.deep.equal({ level: 'soon', reasons: [SINGLE_RULE[key]] });
      }
    });
  });

  // 4 ------------------------------------------------------------------------------------------
  describe('4. self-care', () => {
    it(`all "no" is self-care with ['no-warning-signs'] for every subset of triggers, and with none given`, () => {
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

    it(`sudden onset alone (yes / not sure / no answer) is self-care with ['sudden-onset-alone'], any triggers`, () => {
      const got: Record<string, Result> = {};
      const want: Record<string, Result> = {};
      for (const cell of WORRYING) {
        for (const triggers of [undefined, ...TRIGGER_SUBSETS]) {
          const given = triggers === undefined ? '(no triggers key)' : `[${triggers.join(',')}]`;
          const label = `suddenOnset=${cell} ${given}`;
          got[label] = assess(noneExcept({ suddenOnset: cell }, triggers));
          want[label] = { level: 'self-care', reasons: ['sudden-onset-alone'] };
        }
      }
      expect(Object.keys(got)).to.have.length(3 * 33);
      expect(got).to.deep.equal(want);
    });

    it('self-care has one reason: sudden-onset-alone if sudden (or not sure), else no-warning-signs (property)', () => {
      fc.assert(
        fc.property(answersArb, (answers) => {
          let set = answers;
          // No warning sign at all; only the sudden start is left as the sample drew it.
          for (const key of KEYS) if (key !== 'suddenOnset') set = withCell(set, key, 'no');
          const sudden = set.suddenOnset !== 'no';
          expect(assess(set)).to.deep.equal({
            level: 'self-care',
            reasons: [sudden ? 'sudden-onset-alone' : 'no-warning-signs'],
          });
        }),
        { numRuns: 500 },
      );
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
    const ruleLevel = new Map<string, string>(twitchRules.map((rule: TwitchRule) => [rule.id, rule.level]));
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
          const selfCare = reasons.filter((id) => SELF_CARE_IDS.includes(id));
          if (level === 'self-care' ? !(reasons.length === 1 && selfCare.length === 1) : selfCare.length > 0) {
            problems.push('a self-care reason must stand alone, and only for self-care');
          }
          expect(problems, JSON.stringify({ level, reasons })).to.deep.equal([]);
          expect({ level, reasons }).to.deep.equal(oracle(answers));
        }),
        { numRuns: 2000 },
      );
    });
  });

  // 7 ------------------------------------------------------------------------------------------
  describe('7. exhaustive, tier by tier (each answer yes / no / not sure / missing)', function () {
    // Hundreds of thousands of assessments per test: a loaded CI machine needs more than 10 s.
    this.timeout(60000);
    it('emergency tier: all 4^8 = 65536 combinations of the emergency signs, the rest "no"', () => {
      const { count, mismatches: found, levels } = mismatches(
        mapIter(combinations(EMERGENCY_KEYS, CELLS), (c) => noneExcept(c)),
      );
      expect(count).to.equal(65536);
      expect(found.slice(0, 3)).to.deep.equal([]);
      expect(levels, 'emergency, or self-care when all "no"').to.deep.equal(['emergency', 'self-care']);
    });

    it('emergency tier again, with every other question "not sure" (65536 more)', () => {
      const rest: Partial<Record<Key, Cell>> = {};
      for (const key of NON_EMERGENCY_KEYS) rest[key] = 'unsure';
      const { count, mismatches: found, levels } = mismatches(
        mapIter(combinations(EMERGENCY_KEYS, CELLS), (c) => noneExcept({ ...rest, ...c })),
      );
      expect(count).to.equal(65536);
      expect(found.slice(0, 3)).to.deep.equal([]);
      expect(levels, 'emergency, or urgent when all signs "no"').to.deep.equal(['emergency', 'urgent']);
    });

    it('urgent tier: all 4^9 = 262144 combinations of its nine keys, every other question "no"', () => {
      const { count, mismatches: found, levels } = mismatches(
        mapIter(combinations(URGENT_TIER_KEYS, CELLS), (c) => noneExcept(c)),
      );
      expect(count).to.equal(262144);
      expect(found.slice(0, 3)).to.deep.equal([]);
      expect(levels).to.deep.equal(['self-care', 'soon', 'urgent']);
    });

    it('soon tier: all 4^9 = 262144 combinations of its nine keys, every other question "no"', () => {
      const { count, mismatches: found, levels } = mismatches(
        mapIter(combinations(SOON_TIER_KEYS, CELLS), (c) => noneExcept(c)),
      );
      expect(count).to.equal(262144);
      expect(found.slice(0, 3)).to.deep.equal([]);
      expect(levels, 'soon, or self-care when all "no"').to.deep.equal(['self-care', 'soon']);
    });

    it('self-care tier: all 4^7 = 16384 combinations of sudden onset and the "soon"-only signs, the rest "no"', () => {
      const { count, mismatches: found, levels } = mismatches(
        mapIter(combinations(SELF_CARE_TIER_KEYS, CELLS), (c) => noneExcept(c)),
      );
      expect(count).to.equal(16384);
      expect(found.slice(0, 3)).to.deep.equal([]);
      expect(levels, 'never urgent: stiffness and the rest do not join the sudden-onset rule').to.deep.equal([
        'self-care',
        'soon',
      ]);
    });

    it('the fifteen non-emergency questions: every yes/no combination (2^15 = 32768), emergency signs "no"', () => {
      const yesNo: readonly Cell[] = ['yes', 'no'];
      const { count, mismatches: found, levels } = mismatches(
        mapIter(combinations(NON_EMERGENCY_KEYS, yesNo), (c) => noneExcept(c)),
      );
      expect(count).to.equal(32768);
      expect(found.slice(0, 3)).to.deep.equal([]);
      expect(levels).to.deep.equal(['self-care', 'soon', 'urgent']);
    });
  });

  // 8 ------------------------------------------------------------------------------------------
  describe('8. oracle agreement on a large random sample', () => {
    it('agrees with the oracle on 20,000 random answer sets, full and with missing keys', () => {
      const seen: Record<Level, number> = { emergency: 0, urgent: 0, soon: 0, 'self-care': 0 };
      const reasonsSeen = new Set<string>();
      fc.assert(
        fc.property(answersArb, (answers) => {
          const expected = oracle(answers);
          seen[expected.level] += 1;
          for (const id of expected.reasons) reasonsSeen.add(id);
          expect(assess(answers)).to.deep.equal(expected);
        }),
        { numRuns: 20000 },
      );
      // The sample reaches every level, and every rule, often enough to mean something.
      for (const level of LEVELS) expect(seen[level], `${level} cases in the sample`).to.be.above(500);
      expect(ALL_RULE_IDS.filter((id) => !reasonsSeen.has(id)), 'rules never seen in the sample').to.deep.equal([]);
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
  describe('9. the exported lists, helpers and the documented table', () => {
    it('twitchQuestions lists the twenty-three keys once each: the emergency signs, then each screen', () => {
      const questions: string[] = [...twitchQuestions];
      expect(questions).to.have.length(23);
      expect([...new Set(questions)].sort()).to.deep.equal([...KEYS].sort());
      expect([...emergencySigns]).to.deep.equal([...EMERGENCY_KEYS]);
      expect(questions.slice(0, 8)).to.deep.equal([...EMERGENCY_KEYS]);
      expect(questions.slice(8)).to.deep.equal(twitchSteps.flatMap((step): string[] => [...stepQuestions[step]]));
    });

    it('stepQuestions: three screens (muscles, course, causes) that ask the fifteen other questions, once each', () => {
      expect([...twitchSteps]).to.deep.equal(['muscles', 'course', 'causes']);
      expect(Object.keys(stepQuestions).sort()).to.deep.equal([...twitchSteps].sort());
      const asked: string[] = twitchSteps.flatMap((step): string[] => [...stepQuestions[step]]);
      expect(asked).to.have.length(15);
      expect([...new Set(asked)].sort()).to.deep.equal([...NON_EMERGENCY_KEYS].sort());
      // Each screen asks something.
      for (const step of twitchSteps) expect(stepQuestions[step].length, step).to.be.above(0);
    });

    it('emergencyScreenAnswers: ticked = "yes"; else "not sure" if that is ticked; else "no" (1024 tick sets)', () => {
      const choices: EmergencyChoice[] = [...EMERGENCY_KEYS, 'unsure', 'none'];
      const problems: { ticked: string[]; expected: Record<string, Answer>; got: Record<string, Answer> }[] = [];
      let count = 0;
      for (const pick of combinations(choices, [false, true])) {
        count += 1;
        const ticked = choices.filter((choice) => pick[choice]);
        const expected = Object.fromEntries(
          EMERGENCY_KEYS.map((key): [string, Answer] => [
            key,
            ticked.includes(key) ? 'yes' : ticked.includes('unsure') ? 'unsure' : 'no',
          ]),
        );
        const got: Record<string, Answer> = { ...emergencyScreenAnswers(new Set(ticked)) };
        if (JSON.stringify(Object.entries(got).sort()) !== JSON.stringify(Object.entries(expected).sort())) {
          problems.push({ ticked, expected, got });
        }
      }
      expect(count).to.equal(1024);
      expect(problems.slice(0, 3)).to.deep.equal([]);
    });

    it('emergencyScreenAnswers, then assessTwitching: the screen\'s ticks give the specified results', () => {
      const screen = (...ticked: EmergencyChoice[]): Result =>
        assess(noneExcept(emergencyScreenAnswers(new Set(ticked))));
      expect({
        none: screen('none'),
        unsure: screen('unsure'),
        chestPain: screen('chestPain'),
        chestPainAndUnsure: screen('chestPain', 'unsure'),
        twoSigns: screen('tetanusSigns', 'breathingTrouble'),
      }).to.deep.equal({
        none: { level: 'self-care', reasons: ['no-warning-signs'] },
        unsure: { level: 'emergency', reasons: [UNSURE_RULE] },
        chestPain: { level: 'emergency', reasons: ['chest-pain'] },
        chestPainAndUnsure: { level: 'emergency', reasons: ['chest-pain', UNSURE_RULE] },
        twoSigns: { level: 'emergency', reasons: ['breathing-trouble', 'tetanus-signs'] },
      });
    });

    it('escalationLevels lists every level above the result, lowest first; none after an emergency', () => {
      expect(Object.fromEntries(LEVELS.map((level) => [level, [...escalationLevels(level)]]))).to.deep.equal({
        'self-care': ['soon', 'urgent', 'emergency'],
        soon: ['urgent', 'emergency'],
        urgent: ['emergency'],
        emergency: [],
      });
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

    it('twitchRules: the eight emergency sign rules, and only they, name their sign', () => {
      const named = twitchRules.flatMap((rule): [string, string][] =>
        'emergencySign' in rule ? [[rule.id, rule.emergencySign]] : [],
      );
      expect(named).to.deep.equal(EMERGENCY_KEYS.map((key) => [EMERGENCY_RULE[key], key]));
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
      // The table is the specification's too (levels and ids, in order).
      expect(body.map((cells) => `${cells[0]} ${cells[1]}`)).to.deep.equal(
        LEVELS.flatMap((level) => RULE_IDS[level].map((id) => `${level} \`${id}\``)),
      );
    });
  });

  // 10 -----------------------------------------------------------------------------------------
  describe("10. the patient's path: the follow-up, and where the check ends (issue 16)", () => {
    /** Answers with the emergency screen's "None of these", the rest from `cells`. */
    const noSigns = (cells: Partial<Record<Key, Cell>>): Answers => noneExcept(cells);

    describe('the follow-up and the questions each screen asks', () => {
      it('followUps: "Is the weakness getting worse?" only, after weakness, right after it on the same screen', () => {
        expect(followUps.map(({ question, after }) => ({ question, after: [...after] }))).to.deep.equal([
          { question: FOLLOW_UP, after: [FOLLOWS] },
        ]);
        for (const { question, after } of followUps) {
          const screen = twitchScreens.find((candidate) => screenQuestions[candidate].includes(question));
          const asked: readonly string[] = screen ? screenQuestions[screen] : [];
          expect(after.map((parent) => asked.indexOf(parent) + 1), `${question} comes right after ${after.join(', ')}`).to.deep.equal([
            asked.indexOf(question),
          ]);
        }
      });

      it('isAsked: every question but the follow-up, always; the follow-up after "yes" or "not sure" to weakness only', () => {
        const got: Record<string, string[]> = {};
        const want: Record<string, string[]> = {};
        for (const cell of CELLS) {
          for (const base of [noneExcept(), {} as Answers, noneExcept(Object.fromEntries(KEYS.map((key) => [key, 'yes'])))]) {
            const answers = withCell(base, FOLLOWS, cell);
            const label = `weakness ${cell}, ${Object.keys(base).length} answers`;
            got[label] = KEYS.filter((key) => isAsked(key, answers as TwitchAnswers));
            want[label] = KEYS.filter((key) => key !== FOLLOW_UP || cell === 'yes' || cell === 'unsure');
          }
        }
        expect(got).to.deep.equal(want);
      });

      it('isAsked depends on weakness alone (property)', () => {
        fc.assert(
          fc.property(answersArb, keyArb, (answers, key) => {
            const weakness = answers[FOLLOWS];
            expect(isAsked(key, answers as TwitchAnswers), `${key}, weakness ${weakness}`).to.equal(
              key !== FOLLOW_UP || weakness === 'yes' || weakness === 'unsure',
            );
          }),
          { numRuns: 3000 },
        );
      });

      it('questionsOn: each screen\'s questions in order, the follow-up only once weakness is "yes" or "not sure"', () => {
        const got: Record<string, string[]> = {};
        const want: Record<string, string[]> = {};
        for (const cell of CELLS) {
          const answers = withCell(noneExcept(), FOLLOWS, cell);
          for (const screen of twitchScreens) {
            got[`${screen}, weakness ${cell}`] = questionsOn(screen, answers as TwitchAnswers);
            want[`${screen}, weakness ${cell}`] = screenQuestions[screen].filter(
              (question) => question !== FOLLOW_UP || cell === 'yes' || cell === 'unsure',
            );
          }
        }
        expect(got).to.deep.equal(want);
        // Together, the screens ask every question once.
        const all = twitchScreens.flatMap((screen) => questionsOn(screen, noneExcept({ [FOLLOWS]: 'yes' }) as TwitchAnswers));
        expect([...all].sort()).to.deep.equal([...KEYS].sort());
      });

      it('withSkippedFollowUps: the follow-up becomes "no" after a "no" to weakness, and nothing else changes (every pair, any triggers)', () => {
        const problems: string[] = [];
        for (const weakness of CELLS) {
          for (const worse of CELLS) {
            for (const triggers of [undefined, [], ['caffeine', 'none']] as (Trigger[] | undefined)[]) {
              const answers = Object.freeze(withCell(withCell(noneExcept({}, triggers), FOLLOWS, weakness), FOLLOW_UP, worse));
              const before = JSON.stringify(answers);
              const got = withSkippedFollowUps(answers as TwitchAnswers) as Answers;
              const want = weakness === 'no' ? withCell(answers, FOLLOW_UP, 'no') : answers;
              const sorted = (set: Answers): string => JSON.stringify(Object.entries(set).sort());
              if (sorted(got) !== sorted(want)) problems.push(`weakness ${weakness}, worse ${worse}: ${sorted(got)}`);
              if (JSON.stringify(answers) !== before) problems.push('wrote to its input');
            }
          }
        }
        expect(problems).to.deep.equal([]);
      });

      it('withSkippedFollowUps agrees with the specification on random answer sets (property)', () => {
        fc.assert(
          fc.property(answersArb, (answers) => {
            const got = withSkippedFollowUps(answers as TwitchAnswers) as Answers;
            expect(Object.entries(got).sort()).to.deep.equal(Object.entries(withSkip(answers)).sort());
          }),
          { numRuns: 2000 },
        );
      });
    });

    describe('where the check ends', () => {
      it('a few hand-worked paths', () => {
        const path = (answers: Answers): { screens: string[]; result: Result | undefined } => walk(answers);
        expect({
          'none, all "no"': path(noSigns({})),
          'chest pain': path(noneExcept({ chestPain: 'yes', legSwollenWarmRed: 'yes' })),
          'a sign "not sure"': path(noneExcept({ cannotSwallow: 'unsure' })),
          'clot "yes"': path(noSigns({ legSwollenWarmRed: 'yes', longerThanTwoWeeks: 'yes', newMedicine: 'yes' })),
          'weakness "not sure", worse "yes"': path(noSigns({ weakness: 'unsure', weaknessWorsening: 'yes' })),
          'weakness "no", worse "yes"': path(noSigns({ weakness: 'no', weaknessWorsening: 'yes' })),
          'weakness, then a sudden start': path(noSigns({ weakness: 'yes', suddenOnset: 'yes', newMedicine: 'yes' })),
          'statin "yes"': path(noSigns({ statinMuscleSymptoms: 'yes', spreading: 'yes' })),
        }).to.deep.equal({
          'none, all "no"': { screens: [...twitchScreens], result: { level: 'self-care', reasons: ['no-warning-signs'] } },
          'chest pain': { screens: ['signs'], result: { level: 'emergency', reasons: ['chest-pain'] } },
          'a sign "not sure"': { screens: ['signs'], result: { level: 'emergency', reasons: [UNSURE_RULE] } },
          'clot "yes"': { screens: ['signs', 'muscles'], result: { level: 'urgent', reasons: ['leg-swollen-warm-red'] } },
          'weakness "not sure", worse "yes"': {
            screens: ['signs', 'muscles'],
            result: { level: 'urgent', reasons: ['weakness-worsening', 'weakness'] },
          },
          'weakness "no", worse "yes"': { screens: [...twitchScreens], result: { level: 'self-care', reasons: ['no-warning-signs'] } },
          'weakness, then a sudden start': {
            screens: ['signs', 'muscles', 'course'],
            result: { level: 'urgent', reasons: ['sudden-onset-with-weakness', 'weakness'] },
          },
          'statin "yes"': { screens: [...twitchScreens], result: { level: 'urgent', reasons: ['statin-muscle-symptoms', 'spreading'] } },
        });
      });

      it('every yes/no combination of the fifteen step questions (2^15 = 32768), "None of these" first: the level of every answer, settled', () => {
        const yesNo: readonly Cell[] = ['yes', 'no'];
        let count = 0;
        const found: { answers: Answers; problems: string[] }[] = [];
        const endings: Record<string, number> = {};
        const said: Said = new Map();
        for (const cells of combinations(NON_EMERGENCY_KEYS, yesNo)) {
          count += 1;
          const answers = noSigns(cells);
          const problems = pathProblems(answers, { peek: false, said, rests: yesNo });
          if (problems.length > 0 && found.length < 3) found.push({ answers, problems });
          const { screens, result } = walk(answers, said);
          const ending = `${result?.level} after ${screens[screens.length - 1]}`;
          endings[ending] = (endings[ending] ?? 0) + 1;
        }
        expect(count).to.equal(32768);
        expect(found).to.deep.equal([]);
        // Urgent ends the check on whichever screen settles it; the other levels need every screen.
        expect(Object.keys(endings).sort()).to.deep.equal([
          'self-care after causes',
          'soon after causes',
          'urgent after causes',
          'urgent after course',
          'urgent after muscles',
        ]);
      });

      it('resultAfter never reads the answers of screens not shown yet: every yes/no answer of the screens shown, anything after', () => {
        const yesNo: readonly Cell[] = ['yes', 'no'];
        const found: { screen: string; answers: Answers; got: string[] }[] = [];
        let count = 0;
        for (const [i, screen] of twitchScreens.slice(0, -1).entries()) {
          const shown = twitchScreens.slice(1, i + 1).flatMap((step): Key[] => [...screenQuestions[step]] as Key[]);
          for (const cells of combinations(shown, yesNo)) {
            count += 1;
            const base = noSigns(cells);
            const got = [...new Set(CELLS.map((rest) => JSON.stringify(resultAfter(screen, withRest(base, askedBy(screen), rest) as TwitchAnswers))))];
            if (got.length !== 1 && found.length < 3) found.push({ screen, answers: base, got });
          }
        }
        // The first screen (no step question shown: one set), muscles (2^7), course (2^12).
        expect(count).to.equal(1 + 2 ** 7 + 2 ** 12);
        expect(found).to.deep.equal([]);
      });

      for (const [name, arb, runs] of [
        ['full answer sets with "not sure"', fullAnswersArb, 5000],
        ['answer sets with "not sure" and missing answers', partialAnswersArb, 5000],
      ] as const) {
        it(`${name}: the level of every answer, a part of its reasons, never before the level is settled (${runs} samples)`, () => {
          const endings = new Set<string>();
          fc.assert(
            fc.property(arb, (answers) => {
              const { screens, result } = walk(answers);
              endings.add(`${result?.level} after ${screens[screens.length - 1]}`);
              expect(pathProblems(answers), JSON.stringify(answers)).to.deep.equal([]);
            }),
            { numRuns: runs },
          );
          // The sample ends the check on every screen.
          expect([...endings].map((ending) => ending.split(' after ')[1]).filter((screen, i, all) => all.indexOf(screen) === i).sort()).to.deep.equal(
            [...twitchScreens].sort(),
          );
        });
      }

      it('once stopped, any answers to the questions never asked give the same level (property)', () => {
        fc.assert(
          fc.property(answersArb, cellsArb(true), (answers, other) => {
            const { screens, result } = walk(answers);
            const asked = askedBy(screens[screens.length - 1]);
            // The visitor's answers to what was asked; anything at all for the rest.
            let completed = answers;
            for (const key of KEYS) if (!asked.has(key)) completed = withCell(completed, key, other[key]);
            expect(oracle(withSkip(completed)).level, `after ${screens.join(', ')}`).to.equal(result?.level);
          }),
          { numRuns: 5000 },
        );
      });
    });

    describe('a skipped follow-up never lowers the level against the old flow', () => {
      it('every yes/no combination of the fifteen step questions (32768), "None of these" first', () => {
        const yesNo: readonly Cell[] = ['yes', 'no'];
        let count = 0;
        let lowerThanAsGiven = 0;
        const found: { answers: Answers; problems: string[] }[] = [];
        const lowerOutside: Answers[] = [];
        const said: Said = new Map();
        for (const cells of combinations(NON_EMERGENCY_KEYS, yesNo)) {
          count += 1;
          const answers = noSigns(cells);
          const problems = followUpProblems(answers, said);
          if (problems.length > 0 && found.length < 3) found.push({ answers, problems });
          // Lower than the old flow for the answers exactly as given: only for a visitor who said
          // "no" to weakness and yet "yes" to weakness getting worse, which the old flow told them
          // to answer "no".
          const level = walk(answers, said).result?.level ?? 'self-care';
          if (RANK[level] < RANK[oldFlowLevel(answers)]) {
            lowerThanAsGiven += 1;
            if (!(answers[FOLLOWS] === 'no' && answers[FOLLOW_UP] !== 'no') && lowerOutside.length < 3) lowerOutside.push(answers);
          }
        }
        expect(count).to.equal(32768);
        expect(found).to.deep.equal([]);
        expect(lowerOutside).to.deep.equal([]);
        expect(lowerThanAsGiven, 'such visitors exist among the combinations').to.be.above(0);
      });

      it('every yes / no / not sure / missing combination of weakness, its follow-up and the questions they meet in a rule (4^6 = 4096)', () => {
        const keys = [FOLLOWS, FOLLOW_UP, 'suddenOnset', 'lossOfTone', 'legSwollenWarmRed', 'darkUrine'] as const;
        let count = 0;
        const found: { answers: Answers; problems: string[] }[] = [];
        for (const cells of combinations(keys, CELLS)) {
          count += 1;
          const answers = noSigns(cells);
          const problems = [...followUpProblems(answers), ...pathProblems(answers, { peek: false })];
          if (problems.length > 0 && found.length < 3) found.push({ answers, problems });
        }
        expect(count).to.equal(4096);
        expect(found).to.deep.equal([]);
      });

      for (const [name, arb] of [
        ['full', fullAnswersArb],
        ['partial', partialAnswersArb],
      ] as const) {
        it(`random answer sets with "not sure" (${name}): never lower than the old flow gave the same visitor (10000 samples)`, () => {
          const weaknessSeen = new Set<string>();
          fc.assert(
            fc.property(arb, (answers) => {
              weaknessSeen.add(String(answers[FOLLOWS] ?? 'missing'));
              expect(followUpProblems(answers), JSON.stringify(answers)).to.deep.equal([]);
            }),
            { numRuns: 10000 },
          );
          expect([...weaknessSeen].sort()).to.deep.equal(name === 'full' ? ['no', 'unsure', 'yes'] : ['missing', 'no', 'unsure', 'yes']);
        });
      }

      it('weakness "yes" or "not sure": the same level and reasons as the old flow, whatever the follow-up says (property)', () => {
        fc.assert(
          fc.property(answersArb, fc.constantFrom<Cell>('yes', 'unsure'), (answers, weakness) => {
            const set = withCell(answers, FOLLOWS, weakness);
            const { screens, result } = walk(set);
            expect(result?.level).to.equal(oldFlowLevel(set));
            if (screens.length === twitchScreens.length) expect(result).to.deep.equal(oracle(set));
          }),
          { numRuns: 3000 },
        );
      });
    });
  });
});
