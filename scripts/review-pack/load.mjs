// Loads everything the review pack shows from the very modules that ship: the content packs,
// the sources, and the rule modules of the two checks (bundled by esbuild, run by Node); and the
// test harness's twitching scenarios, one of which the printed summary walks.
import { readFileSync } from 'node:fs';
import { loadContent, readability, reviewProblems, sectionScores } from '../lib/content-quality.mjs';
import { ruleModulePath } from '../lib/rule-modules.mjs';

/** The inputs of `buildReviewPack`, read from src/ and package.json. */
export async function loadReviewInputs() {
  const modules = await loadContent([
    `export { twitchRules, emergencySigns, twitchQuestions, twitchTriggers, assessTwitching } from './${ruleModulePath('twitch-redflag-check')}';`,
    "export { reasonTexts as twitchReasonTexts } from './src/twitch-redflag-check/twitch-content.ts';",
    `export { spasmHelpSigns, spasmHelpLevels, overdoseCall, US_POISON_CONTROL } from './${ruleModulePath('spasm-relief-steps')}';`,
    `export { rlsRules, rlsCriteria, rlsAnswerKeys, rlsFrequencies, assessRlsPattern, crisisLineTakesTexts } from './${ruleModulePath('rls-symptom-card')}';`,
    "export { careLevels } from './src/shared/care-level.ts';",
    "export { answerValues, countsAsYes } from './src/shared/answer.ts';",
    // The canonical walks of the tests and stories: the printed summary's case is one of them.
    "export { twitchScenarios, scenarioAnswers } from './test/harness/twitch.ts';",
  ]);
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  return {
    packs: modules.packs,
    sources: modules.sources,
    twitch: {
      rules: modules.twitchRules,
      emergencySigns: modules.emergencySigns,
      questions: modules.twitchQuestions,
      triggers: modules.twitchTriggers,
      careLevels: modules.careLevels,
      assess: modules.assessTwitching,
      reasonTexts: modules.twitchReasonTexts,
    },
    spasm: {
      helpSigns: modules.spasmHelpSigns,
      helpLevels: modules.spasmHelpLevels,
      overdoseCall: modules.overdoseCall,
      poisonControl: modules.US_POISON_CONTROL,
    },
    answers: { values: modules.answerValues, countsAsYes: modules.countsAsYes },
    summary: { scenarios: modules.twitchScenarios, scenarioAnswers: modules.scenarioAnswers },
    rls: {
      rules: modules.rlsRules,
      criteria: modules.rlsCriteria,
      answerKeys: modules.rlsAnswerKeys,
      frequencies: modules.rlsFrequencies,
      assess: modules.assessRlsPattern,
      crisisLineTakesTexts: modules.crisisLineTakesTexts,
    },
    quality: {
      collectStrings: modules.collectStrings,
      sectionScores,
      readability,
      reviewProblems,
    },
    version,
  };
}
