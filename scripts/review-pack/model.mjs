// The review pack as data: every string of every content pack, grouped by element and section,
// the rule tables derived from the rule modules, worked examples run through the real assess
// functions, reading levels, review dates and a content hash. Pure: no files, no browser.
import { createHash } from 'node:crypto';

/** How the pack names each part of a content pack; a new element falls back to its key. */
const ELEMENT_NAMES = {
  shared: 'Shared by every element',
  rls: '<rls-symptom-card>',
  twitch: '<twitch-redflag-check>',
  spasm: '<spasm-relief-steps>',
};

/** Twitching cases beyond the single signs: combinations and edge cases worth a clinician's eye. */
const MIXED_TWITCH_CASES = [
  { id: 'nothing-answered', unanswered: true },
  { id: 'sudden-onset-and-weakness', answers: { suddenOnset: 'yes', weakness: 'yes' } },
  { id: 'sudden-onset-and-floppy-unsure', answers: { suddenOnset: 'yes', lossOfTone: 'unsure' } },
  { id: 'sudden-onset-unsure-and-shrinking', answers: { suddenOnset: 'unsure', muscleShrinking: 'yes' } },
  { id: 'weakness-and-worsening', answers: { weakness: 'yes', weaknessWorsening: 'yes' } },
  { id: 'no-weakness-but-worsening-unsure', answers: { weakness: 'no', weaknessWorsening: 'unsure' } },
  { id: 'chest-pain-and-swollen-leg', answers: { chestPain: 'yes', legSwollenWarmRed: 'yes' } },
  { id: 'swollen-leg-unsure-and-long', answers: { legSwollenWarmRed: 'unsure', longerThanTwoWeeks: 'yes' } },
  { id: 'long-spreading-new-medicine', answers: { longerThanTwoWeeks: 'yes', spreading: 'yes', newMedicine: 'yes' } },
  { id: 'gradual-speech-and-long', answers: { gradualSpeechOrSwallowChange: 'yes', longerThanTwoWeeks: 'yes' } },
  { id: 'every-trigger-no-signs', triggers: ['caffeine', 'stress', 'poorSleep', 'hardExercise'] },
  { id: 'long-with-triggers', answers: { longerThanTwoWeeks: 'yes' }, triggers: ['caffeine', 'poorSleep'] },
  { id: 'chest-pain-yes-and-stroke-unsure', answers: { chestPain: 'yes', suddenOneSidedWeakness: 'unsure' } },
  { id: 'sudden-onset-and-stiff-only', answers: { suddenOnset: 'yes', stiffness: 'yes' } },
  { id: 'numbness-and-spreading', answers: { numbnessOrTingling: 'yes', spreadingWeaknessOrNumbness: 'yes' } },
  { id: 'statin-unsure-and-long', answers: { statinMuscleSymptoms: 'unsure', longerThanTwoWeeks: 'yes' } },
  { id: 'dark-urine-after-hard-exercise', answers: { darkUrine: 'yes' }, triggers: ['hardExercise'] },
  { id: 'swollen-leg-without-pain', answers: { legSwollenWarmRed: 'yes' } },
];

/**
 * Emergency numbers the acetaminophen caution is shown with: the US one, written two ways, and
 * two others. Each row runs `overdoseCall`, so the table shows whom the code names.
 */
const OVERDOSE_NUMBERS = ['911', '9-1-1', '112', '999'];

/** Crisis numbers the RLS card's crisis link is shown with; each row runs `crisisLineTakesTexts`. */
const CRISIS_NUMBERS = ['988', '116 123'];

/** Restless-legs self-check cases: each criterion count, the mimic question and the extra reasons. */
const RLS_CASES = [
  { id: 'nothing-fits', answers: {} },
  { id: 'all-four-frequent', answers: { urgeToMove: 'yes', startsAtRest: 'yes', reliefWithMovement: 'yes', worseEvening: 'yes', frequency: 'twice-weekly-or-more' } },
  { id: 'all-four-less-often', answers: { urgeToMove: 'yes', startsAtRest: 'yes', reliefWithMovement: 'yes', worseEvening: 'yes' } },
  { id: 'all-four-but-cramp', answers: { urgeToMove: 'yes', startsAtRest: 'yes', reliefWithMovement: 'yes', worseEvening: 'yes', explainedByOther: 'yes' } },
  { id: 'all-four-cramp-unsure', answers: { urgeToMove: 'yes', startsAtRest: 'yes', reliefWithMovement: 'yes', worseEvening: 'yes', explainedByOther: 'unsure' } },
  { id: 'three-and-one-unsure', answers: { urgeToMove: 'yes', startsAtRest: 'yes', reliefWithMovement: 'yes', worseEvening: 'unsure' } },
  { id: 'two-criteria', answers: { urgeToMove: 'yes', startsAtRest: 'yes' } },
  { id: 'one-and-one-unsure', answers: { urgeToMove: 'yes', reliefWithMovement: 'unsure' } },
  { id: 'all-four-unsure', answers: { urgeToMove: 'unsure', startsAtRest: 'unsure', reliefWithMovement: 'unsure', worseEvening: 'unsure' } },
  { id: 'one-criterion', answers: { urgeToMove: 'yes' } },
  { id: 'one-criterion-poor-sleep', answers: { urgeToMove: 'yes', sleepAffected: 'yes' } },
  { id: 'medicine-worsening-unsure', answers: { onRlsMedicineWorsening: 'unsure' } },
];

/**
 * "What a visitor takes to an appointment": the summary the pack prints for each built-in
 * language (scripts/review-pack/summaries.mjs). The result is the test harness's canonical
 * "book an appointment" walk (test/harness/twitch.ts `twitchScenarios[scenario]`), the same one
 * the element tests, the stories and the screenshot of the printed summary use. The clock stands
 * still at `madeAt` (local time), so the date line, and the PDF, are the same on every build.
 */
export const SUMMARY = {
  element: 'twitch-redflag-check',
  scenario: 'soon',
  madeAt: '2026-03-02T10:30:00',
  paper: 'Letter',
};

/** The PDF of one language's summary, beside the pack (dist/); `review-pack.*` stays out of the npm package. */
export const summaryFileName = (language) => `review-pack.summary-${language}.pdf`;

/** The summaries a language prints, in order: its own, then an English copy (src/shared/lhw-element.ts `summaryDocuments`). */
export const summaryCopies = (language) => (language === 'en' ? ['en'] : [language, 'en']);

/** Subsets of `items` from size 0 up to `max`, smallest first. */
function subsetsUpTo(items, max) {
  let level = [[]];
  const all = [[]];
  for (let size = 1; size <= max; size += 1) {
    level = level.flatMap((subset) => {
      const start = subset.length ? items.indexOf(subset.at(-1)) + 1 : 0;
      return items.slice(start).map((item) => [...subset, item]);
    });
    all.push(...level);
  }
  return all;
}

/**
 * The smallest sets of answers (all others "no") that make a twitching rule fire, found by
 * running the rule itself, so the table shows what the code does rather than what a comment says.
 * `answer` says how the questions of a set are answered: "yes", or "unsure" (not sure).
 */
export function minimalSignSets(when, questions, answer = 'yes', max = 3) {
  const found = [];
  for (const subset of subsetsUpTo(questions, max)) {
    if (found.some((set) => set.every((question) => subset.includes(question)))) continue;
    const has = (question) => subset.includes(question);
    if (when({ has, said: answer === 'yes' ? has : () => false })) found.push(subset);
  }
  return found;
}

/**
 * The twitching rules with their firing conditions; language-free. Each set of questions says
 * which answers make it fire: "yes" only, "not sure" only, or both.
 */
function deriveTwitchRules(twitch) {
  return twitch.rules.map((rule) => {
    const yes = minimalSignSets(rule.when, twitch.questions, 'yes');
    const unsure = minimalSignSets(rule.when, twitch.questions, 'unsure');
    const key = (set) => set.join('+');
    const unsureKeys = new Set(unsure.map(key));
    const yesKeys = new Set(yes.map(key));
    const signSets = [
      ...yes.map((questions) => ({ questions, answers: unsureKeys.has(key(questions)) ? 'yes-or-unsure' : 'yes' })),
      ...unsure.filter((questions) => !yesKeys.has(key(questions))).map((questions) => ({ questions, answers: 'unsure' })),
    ];
    return { id: rule.id, level: rule.level, signSets };
  });
}

function assertKnown(keys, known, where) {
  for (const key of keys) if (!known.includes(key)) throw new Error(`review pack: ${where} names unknown "${key}"`);
}

/** Every twitching worked example, with the result `assessTwitching` returns for it. */
export function twitchCases(twitch) {
  const allNo = Object.fromEntries(twitch.questions.map((question) => [question, 'no']));
  const single = twitch.questions.flatMap((question) =>
    ['yes', 'unsure'].map((answer) => ({ id: `${question}=${answer}`, kind: 'single', answers: { ...allNo, [question]: answer }, triggers: [] })),
  );
  const mixed = MIXED_TWITCH_CASES.map((mixedCase) => {
    assertKnown(Object.keys(mixedCase.answers ?? {}), twitch.questions, `twitch case ${mixedCase.id}`);
    assertKnown(mixedCase.triggers ?? [], twitch.triggers, `twitch case ${mixedCase.id}`);
    const answers = mixedCase.unanswered ? {} : { ...allNo, ...mixedCase.answers };
    return { id: mixedCase.id, kind: 'mixed', answers, triggers: mixedCase.triggers ?? [] };
  });
  return [{ id: 'all-no', kind: 'baseline', answers: allNo, triggers: [] }, ...single, ...mixed].map((example) => ({
    ...example,
    result: twitch.assess(example.triggers.length ? { ...example.answers, triggers: example.triggers } : example.answers),
  }));
}

/** The restless-legs worked examples, with the result `assessRlsPattern` returns for each. */
export function rlsCases(rls) {
  const base = { ...Object.fromEntries(rls.answerKeys.map((key) => [key, 'no'])), frequency: 'less-often' };
  return RLS_CASES.map((example) => {
    assertKnown(Object.keys(example.answers), [...rls.answerKeys, 'frequency'], `RLS case ${example.id}`);
    const answers = { ...base, ...example.answers };
    return { id: example.id, answers, result: rls.assess(answers) };
  });
}

/** JSON with object keys sorted and functions as their source, so equal content hashes equally. */
export function canonicalJson(value) {
  const canonical = (node) => {
    if (typeof node === 'function') return String(node);
    if (Array.isArray(node)) return node.map(canonical);
    if (node && typeof node === 'object') {
      return Object.fromEntries(Object.keys(node).sort().map((key) => [key, canonical(node[key])]));
    }
    return node;
  };
  return JSON.stringify(canonical(value));
}

/**
 * SHA-256 of what a clinician approves: the packs (content functions as source), the sources,
 * the rule data with the conditions derived from it and the worked-example results. The version
 * and the generation date are left out, so unchanged content keeps its hash across releases.
 */
function contentHash(inputs, derived) {
  const { twitch, rls, spasm } = inputs;
  const data = {
    packs: inputs.packs,
    sources: inputs.sources,
    answers: inputs.answers,
    twitch: { ...twitch, rules: twitch.rules.map((rule, index) => ({ ...rule, ...derived.twitchRules[index] })), cases: derived.twitchCases },
    rls: { ...rls, cases: derived.rlsCases },
    spasm,
    summary: derived.summaryCase,
  };
  return createHash('sha256').update(canonicalJson(data)).digest('hex');
}

/** Where a string sits inside its section, e.g. `body.0.paragraph`. */
function partOf(item, element) {
  const prefix = item.path.startsWith(`${item.section}.`) ? item.section : element;
  return item.path.slice(prefix.length + 1);
}

/** Whether a string comes from a content function, so the pack shows it with sample values. */
function fromFunction(pack, path) {
  let node = pack;
  for (const key of path.split('.')) {
    if (typeof node === 'function') return true;
    node = node?.[key];
  }
  return typeof node === 'function';
}

/** An element's strings grouped by section, in the pack's order (the order the element shows). */
function elementSections(pack, strings, element, scores) {
  const sections = new Map();
  for (const item of strings) {
    if (item.path.split('.')[0] !== element || item.section === `${element}.review`) continue;
    if (!sections.has(item.section)) {
      sections.set(item.section, { id: item.section, heading: undefined, sources: [], strings: [], score: scores.get(item.section) });
    }
    const section = sections.get(item.section);
    const part = partOf(item, element);
    if (/^sources\.\d+$/.test(part)) section.sources.push(item.text);
    else section.strings.push({ part, text: item.text, body: item.body, sample: fromFunction(pack, item.path) });
    if (part === 'heading') section.heading = item.text;
  }
  return [...sections.values()];
}

/** The text a patient sees for a twitching question: the emergency sign or the question's legend. */
function twitchQuestionText(pack, question) {
  return pack.twitch.emergencyScreen.signs[question]?.label ?? pack.twitch.questions[question]?.legend ?? question;
}

/**
 * The summary's case, language-free: the harness scenario's answers as the widget holds them
 * (every screen is reached, so every question is asked) and what `assessTwitching` returns.
 */
function summaryCase(inputs) {
  const { scenarios, scenarioAnswers } = inputs.summary;
  const scenario = scenarios[SUMMARY.scenario];
  const { triggers = [], ...answers } = scenarioAnswers(scenario);
  assertKnown(Object.keys(answers), inputs.twitch.questions, 'the summary case');
  const result = inputs.twitch.assess({ ...answers, triggers });
  return { ...SUMMARY, ticked: [...scenario.signs], answers, triggers, result };
}

/** One language's part of the pack. */
function languagePart(inputs, language, derived, today) {
  const pack = inputs.packs[language];
  const { collectStrings, sectionScores, readability, reviewProblems } = inputs.quality;
  const strings = collectStrings(pack);
  const scores = new Map(sectionScores(pack, language, collectStrings).map((score) => [score.section, score]));
  const elements = Object.keys(pack)
    .filter((key) => key !== 'language' && key !== 'review')
    .map((key) => ({
      key,
      name: ELEMENT_NAMES[key] ?? key,
      review: pack[key].review && { ...pack[key].review, problems: reviewProblems(pack[key].review, today) },
      sections: elementSections(pack, strings, key, scores),
    }));
  const question = (key) => ({ key, text: twitchQuestionText(pack, key) });
  const rlsQuestion = (key) => ({ key, text: pack.rls.selfCheck.questions[key]?.legend ?? key });
  return {
    language,
    /** Whether a clinician who reads the language has reviewed it (`draft` until one has). */
    status: pack.review,
    formula: readability[language] && { name: readability[language].name, limit: readability[language].limit },
    answerLabels: pack.shared.answers,
    // How each answer counts for a warning sign, by running the shared rule on it.
    answerCounts: [...inputs.answers.values, undefined].map((answer) => ({
      answer,
      label: answer ? pack.shared.answers[answer] ?? answer : undefined,
      countsAsYes: inputs.answers.countsAsYes(answer),
    })),
    elements,
    twitch: {
      questions: inputs.twitch.questions.map(question),
      levels: inputs.twitch.careLevels.map((level) => ({ level, label: pack.twitch.results[level]?.label ?? level })),
      rules: derived.twitchRules.map((rule) => ({
        ...rule,
        signSets: rule.signSets.map((set) => ({ ...set, questions: set.questions.map(question) })),
        reason: inputs.twitch.reasonTexts(pack.twitch, [rule.id], { clinic: pack.shared.yourClinic, emergency: '911' })[0],
      })),
      cases: derived.twitchCases.map((example) => ({
        ...example,
        shown: Object.entries(example.answers)
          .filter(([, answer]) => answer !== 'no')
          .map(([key, answer]) => ({ ...question(key), answer })),
        triggerTexts: example.triggers.map((trigger) => pack.twitch.triggers.options[trigger] ?? trigger),
      })),
    },
    spasm: {
      levels: inputs.spasm.helpLevels,
      helpSigns: inputs.spasm.helpSigns.map((sign) => ({ ...sign, text: pack.spasm.help.signs[sign.id] })),
      headings: {
        emergency: pack.spasm.help.emergencyHeading({ clinic: pack.shared.yourClinic, emergency: '911' }),
        urgent: `${pack.spasm.help.urgent.label} ${pack.spasm.help.urgent.heading}`,
        soon: `${pack.spasm.help.soon.label} ${pack.spasm.help.soon.heading}`,
      },
      checkFirst: [
        pack.spasm.checkFirst.heading,
        pack.spasm.checkFirst.text,
        pack.spasm.checkFirst.emergency({ clinic: pack.shared.yourClinic, emergency: '911' }),
      ],
      // After too much acetaminophen, whom the caution's last line names, by the page's emergency number.
      overdose: OVERDOSE_NUMBERS.map((emergency) => {
        const call = inputs.spasm.overdoseCall(emergency);
        const text = pack.spasm.steps['pain-relief'].cautions[1].overdose[call]({ poisonControl: inputs.spasm.poisonControl, emergency });
        return { emergency, call, text };
      }),
    },
    summary: {
      ...derived.summaryCase,
      file: summaryFileName(language),
      copies: summaryCopies(language),
      tickedTexts: derived.summaryCase.ticked.map((choice) => pack.twitch.emergencyScreen[choice] ?? twitchQuestionText(pack, choice)),
      shown: Object.entries(derived.summaryCase.answers)
        .filter(([, answer]) => answer !== 'no')
        .map(([key, answer]) => ({ ...question(key), answer })),
      triggerTexts: derived.summaryCase.triggers.map((trigger) => pack.twitch.triggers.options[trigger] ?? trigger),
      reasonTexts: inputs.twitch.reasonTexts(pack.twitch, derived.summaryCase.result.reasons, { clinic: pack.shared.yourClinic, emergency: '911' }),
    },
    rls: {
      criteria: inputs.rls.criteria.map(rlsQuestion),
      rules: inputs.rls.rules.map((rule) => ({
        id: rule.id,
        effect: rule.effect,
        condition: String(rule.when),
        reason: pack.rls.selfCheck.reasons[rule.id],
      })),
      // The crisis link beside the mood advice, by the page's crisis number.
      crisisLinks: CRISIS_NUMBERS.map((number) => {
        const callOrText = inputs.rls.crisisLineTakesTexts(number);
        return { number, callOrText, text: callOrText ? pack.rls.callOrText({ number }) : pack.shared.callNumber({ number }) };
      }),
      patternHeadings: Object.fromEntries(Object.entries(pack.rls.selfCheck.results).map(([key, result]) => [key, result.heading])),
      frequencyLabels: pack.rls.selfCheck.frequencies,
      cases: derived.rlsCases.map((example) => ({
        ...example,
        shown: Object.entries(example.answers)
          .filter(([key, answer]) => key !== 'frequency' && answer !== 'no')
          .map(([key, answer]) => ({ ...rlsQuestion(key), answer })),
      })),
    },
  };
}

/**
 * Everything the review pack shows, as data. `inputs` comes from `loadReviewInputs()` (or a
 * modified copy of it, in tests); `today` (YYYY-MM-DD) judges the review dates.
 */
export function buildReviewModel(inputs, { today }) {
  const derived = {
    twitchRules: deriveTwitchRules(inputs.twitch),
    twitchCases: twitchCases(inputs.twitch),
    rlsCases: rlsCases(inputs.rls),
    summaryCase: summaryCase(inputs),
  };
  const sourceList = Object.entries(inputs.sources).map(([id, source]) => ({ id, ...source }));
  return {
    version: inputs.version,
    hash: contentHash(inputs, derived),
    today,
    sources: sourceList,
    languages: Object.keys(inputs.packs).map((language) => languagePart(inputs, language, derived, today)),
  };
}
