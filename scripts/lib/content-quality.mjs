// Content quality, measured on the very packs that ship: reading level per section, sources,
// and review dates. Used by `npm test` (scripts/check-content.mjs) and by the review pack
// (scripts/review-pack/).
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** A language add-on's file in src/lang/, named by its language tag (as rollup.config.mjs builds them). */
const LANGUAGE_ADD_ON = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-[A-Z]{2})?\.ts$/;

/**
 * Loads the TypeScript content modules as plain data (bundled by esbuild, run by Node): `packs` has
 * every language, built-in (`builtInPacks`) and add-on. `more` adds export lines, e.g. the rule
 * modules the review pack renders, to the same bundle.
 */
export async function loadContent(more = []) {
  const addOnFiles = readdirSync('src/lang').filter((file) => LANGUAGE_ADD_ON.test(file));
  const { outputFiles } = await build({
    stdin: {
      contents: [
        "export { packs as builtInPacks } from './src/lang/built-in.ts';",
        ...addOnFiles.map((file, index) => `import * as addOn${index} from './src/lang/${file}';`),
        `export const addOnModules = [${addOnFiles.map((_, index) => `addOn${index}`).join(', ')}];`,
        "export { sources } from './src/shared/sources.ts';",
        "export { collectStrings } from './scripts/lib/pack-strings.ts';",
        ...more,
      ].join('\n'),
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
  });
  const dir = mkdtempSync(join(tmpdir(), 'lhw-content-'));
  const file = join(dir, 'content.mjs');
  writeFileSync(file, outputFiles[0].text);
  try {
    const { builtInPacks, addOnModules, ...rest } = await import(pathToFileURL(file).href);
    // Each add-on module exports its pack (and registers it, harmlessly, in this Node process).
    const addOns = addOnModules.flatMap((module) => Object.values(module).filter((value) => value?.language && value?.shared));
    return { ...rest, packs: { ...builtInPacks, ...Object.fromEntries(addOns.map((pack) => [pack.language, pack])) }, builtInPacks };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Sentences, words and syllables of some strings; each string ends at least one sentence. */
function counts(texts, countSyllables) {
  let sentence = 0;
  let word = 0;
  let syllables = 0;
  for (const text of texts) {
    sentence += Math.max(1, (text.match(/[.!?]+(\s|$)/g) ?? []).length);
    for (const token of text.match(/[\p{L}\p{N}'’-]+/gu) ?? []) {
      word += 1;
      syllables += token.split('-').reduce((sum, part) => sum + (part ? countSyllables(part) : 0), 0);
    }
  }
  return { sentence, word, syllable: syllables };
}

const STRONG = 'aeoáéóíú'; // accented i/u form a syllable of their own, like a, e, o
const VOWELS = `${STRONG}iuüy`;

/**
 * Spanish syllables by vowel nuclei: a weak vowel (i, u, ü, final y) joins its neighbour in a
 * diphthong; two strong vowels (a, e, o, or an accented í/ú) are two syllables; the u of
 * "que, qui, gue, gui" is silent. No maintained npm package counts Spanish syllables.
 */
export function spanishSyllables(word) {
  const letters = word.toLowerCase().replace(/([qg])u([eéií])/g, '$1$2');
  let count = 0;
  let previous = '';
  for (let index = 0; index < letters.length; index += 1) {
    const letter = letters[index];
    const isVowel = VOWELS.includes(letter) && !(letter === 'y' && VOWELS.includes(letters[index + 1] ?? ''));
    if (!isVowel) {
      previous = '';
      continue;
    }
    if (!previous || (STRONG.includes(previous) && STRONG.includes(letter))) count += 1;
    previous = letter;
  }
  return Math.max(1, count);
}

/** The reading formula for a language: US grade (English, lower is easier) or ease (Spanish). */
export const readability = {
  en: {
    name: 'Flesch-Kincaid grade',
    limit: 8,
    passes: (score) => score <= 8,
    score: (texts) => fleschKincaid(counts(texts, syllable)),
  },
  es: {
    name: 'Fernández-Huerta ease',
    limit: 70,
    passes: (score) => score >= 70,
    // L = 206.84 - 0.60 P - 1.02 F, with P syllables and F sentences per 100 words.
    score: (texts) => {
      const { sentence, word, syllable: syllables } = counts(texts, spanishSyllables);
      return 206.84 - 0.6 * ((syllables * 100) / word) - 1.02 * ((sentence * 100) / word);
    },
  },
};

/**
 * Languages without an established readability formula: a section's average sentence length, and
 * a cap on every sentence, counted in the unit the language's readability research uses. Both
 * Chinese formulas (Yang 1971; Sung et al. 2015) and the Vietnamese one (Nguyen & Henkin 1982)
 * find sentence length among the strongest predictors of difficulty, and plain-language guides
 * (CDC Clear Communication Index, the NHS content style) ask for short sentences in any language.
 * Vietnamese writes one syllable per space-separated token, so a sentence's length is its
 * syllables; Chinese is counted in characters. The limits follow the English target: a grade-6-8
 * English sentence averages 12 to 15 words, about 18 Vietnamese syllables or 25 Chinese
 * characters for the same meaning, and no sentence should be twice that. Each language also has
 * words to avoid: medical jargon with a plain everyday word beside it.
 */
const sentenceLength = (unit, countUnits, split, { average, longest, avoid }) => ({
  name: `${unit} per sentence`,
  unit,
  limit: average,
  longest,
  avoid,
  passes: (score) => score <= average,
  /** Every sentence of `texts` with its length; each string ends at least one sentence. */
  sentences: (texts) =>
    texts.flatMap((text) => split(text).map((sentence) => sentence.trim()).filter((sentence) => countUnits(sentence) > 0)).map((sentence) => ({ sentence, length: countUnits(sentence) })),
  score(texts) {
    const sentences = this.sentences(texts);
    return sentences.reduce((sum, { length }) => sum + length, 0) / Math.max(1, sentences.length);
  },
  size: (texts) => texts.reduce((sum, text) => sum + countUnits(text), 0),
});

readability.vi = sentenceLength('syllables', (text) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length, (text) => text.split(/(?<=[.!?])\s+/), {
  average: 18,
  longest: 30,
  avoid: ['bệnh lý', 'lâm sàng', 'chẩn đoán phân biệt', 'thần kinh ngoại biên', 'triệu chứng học', 'cơ chế'],
});

readability['zh-Hant'] = sentenceLength('characters', (text) => (text.match(/[\p{L}\p{N}]/gu) ?? []).length, (text) => text.split(/(?<=[。？！])/), {
  average: 25,
  longest: 40,
  avoid: ['病理', '臨床', '鑑別診斷', '肌束顫動', '周邊神經病變', '機轉'],
});

/** Sections too short to score meaningfully are reported but not judged: fewer words than this (or syllables, or 40 characters). */
export const MIN_WORDS = 25;
const MIN_CHARACTERS = 40;

/**
 * Reading level of every section of a pack: `{ section, words, score, judged, passes }` (`words`
 * in the formula's unit; a section below the minimum size is not `judged`). `collectStrings`
 * comes from `loadContent()` (scripts/lib/pack-strings.ts).
 */
export function sectionScores(pack, language, collectStrings) {
  const formula = readability[language];
  const bySection = new Map();
  for (const { section, body, text } of collectStrings(pack)) {
    if (!body) continue;
    bySection.set(section, [...(bySection.get(section) ?? []), text]);
  }
  return [...bySection].map(([section, texts]) => {
    const words = formula.size ? formula.size(texts) : counts(texts, () => 1).word;
    const minimum = formula.unit === 'characters' ? MIN_CHARACTERS : MIN_WORDS;
    const score = formula.score(texts);
    const judged = words >= minimum;
    return { section, words, score, judged, passes: !judged || formula.passes(score) };
  });
}

/**
 * For the languages measured by sentence length: every sentence of the pack's running text over
 * the language's cap, and every string (running text or not) with a word to avoid.
 */
export function sentenceProblems(pack, language, collectStrings) {
  const formula = readability[language];
  if (!formula.longest) return [];
  const strings = collectStrings(pack);
  const problems = [];
  for (const { path, body, text } of strings) {
    if (body) {
      for (const { sentence, length } of formula.sentences([text])) {
        if (length > formula.longest) problems.push(`${path}: a sentence of ${length} ${formula.unit} (at most ${formula.longest}): "${sentence}"`);
      }
    }
    for (const word of formula.avoid) if (text.toLowerCase().includes(word)) problems.push(`${path}: avoid "${word}": "${text}"`);
  }
  return problems;
}

/** Every object in a pack that names its sources, with its path. */
export function sourcedSections(pack) {
  const found = [];
  const walk = (node, path) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node.sources)) found.push({ path: path.join('.'), sources: node.sources });
    for (const [key, value] of Object.entries(node)) walk(value, [...path, key]);
  };
  walk(pack, []);
  return found;
}

const DAY = 24 * 60 * 60 * 1000;

/** Problems with an element's review dates, judged on `today` (YYYY-MM-DD). */
export function reviewProblems(review, today) {
  const problems = [];
  const last = Date.parse(review.lastReviewed);
  const next = Date.parse(review.nextReview);
  const latestNext = new Date(last);
  latestNext.setUTCFullYear(latestNext.getUTCFullYear() + 3);
  if (Number.isNaN(last) || Number.isNaN(next)) problems.push('a review date is not a valid YYYY-MM-DD date');
  if (last > Date.parse(today)) problems.push(`lastReviewed ${review.lastReviewed} is in the future`);
  if (next > latestNext.getTime()) problems.push(`nextReview ${review.nextReview} is more than 3 years after lastReviewed`);
  if (next < Date.parse(today)) problems.push(`nextReview ${review.nextReview} has passed: review the content`);
  if (next - last < DAY) problems.push('nextReview must come after lastReviewed');
  return problems;
}
