// Content quality, measured on the very packs that ship: reading level per section, sources,
// and review dates. Used by `npm test` (scripts/check-content.mjs) and by the review pack
// (scripts/review-pack/).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/**
 * Loads the TypeScript content modules as plain data (bundled by esbuild, run by Node). `more`
 * adds export lines, e.g. the rule modules the review pack renders, to the same bundle.
 */
export async function loadContent(more = []) {
  const { outputFiles } = await build({
    stdin: {
      contents: [
        "export { packs } from './src/lang/built-in.ts';",
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
    return await import(pathToFileURL(file).href);
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

/** Sections too short to score meaningfully are reported but not judged. */
export const MIN_WORDS = 25;

/**
 * Reading level of every section of a pack: `{ section, words, score, passes }`. `collectStrings`
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
    const words = counts(texts, () => 1).word;
    const score = formula.score(texts);
    return { section, words, score, passes: words < MIN_WORDS || formula.passes(score) };
  });
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
