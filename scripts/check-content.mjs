// `npm run check:content`, a step of `npm test`: the shipped text reads at the agreed level in
// every language, every section names real sources, every source can be found, and no review date
// is overdue.
import { loadContent, readability, reviewProblems, sectionScores, sentenceProblems, sourcedSections, spanishSyllables } from './lib/content-quality.mjs';

const { packs, sources, collectStrings } = await loadContent();
const today = new Date().toISOString().slice(0, 10);
const problems = [];

// The Spanish syllable counter is ours: check it on words with diphthongs, hiatus and silent u.
const syllableChecks = { agua: 2, una: 2, país: 2, ciudad: 2, pierna: 2, inquietas: 3, síndrome: 3, día: 2, queso: 2, guerra: 2, pingüino: 3, leer: 2, aéreo: 4, muy: 1, hay: 1, calambre: 3 };
for (const [word, expected] of Object.entries(syllableChecks)) {
  if (spanishSyllables(word) !== expected) problems.push(`spanishSyllables("${word}") is ${spanishSyllables(word)}, not ${expected}`);
}

// The review-date rule itself: an overdue or over-long review must fail.
if (reviewProblems({ lastReviewed: '2020-01-01', nextReview: '2023-01-01' }, today).length === 0) {
  problems.push('reviewProblems does not flag a review date that has passed');
}
if (reviewProblems({ lastReviewed: today, nextReview: '2999-01-01' }, today).length === 0) {
  problems.push('reviewProblems does not flag a review cycle longer than three years');
}

for (const [language, pack] of Object.entries(packs)) {
  const formula = readability[language];
  if (!formula) {
    problems.push(`no reading-level formula for "${language}": add one to scripts/lib/content-quality.mjs`);
    continue;
  }
  const atMost = formula.name.includes('grade') || formula.longest;
  const status = pack.review.status === 'reviewed' ? `reviewed ${pack.review.date} by a ${pack.review.reviewer}` : 'draft: not yet reviewed by a clinician who reads it';
  console.log(`\n${language} (${status}): ${formula.name} per section (${atMost ? 'at most' : 'at least'} ${formula.limit}${formula.longest ? `, no sentence over ${formula.longest}` : ''})`);
  for (const { section, words, score, judged, passes } of sectionScores(pack, language, collectStrings)) {
    const verdict = !judged ? 'short' : passes ? 'ok' : 'FAIL';
    console.log(`  ${verdict.padEnd(5)} ${score.toFixed(1).padStart(6)}  ${String(words).padStart(4)} ${formula.unit ?? 'words'}  ${section}`);
    if (!passes) problems.push(`${language} ${section}: ${formula.name} ${score.toFixed(1)} (limit ${formula.limit}): rewrite it`);
  }
  for (const problem of sentenceProblems(pack, language, collectStrings)) problems.push(`${language} ${problem}`);
  for (const { path, sources: ids } of sourcedSections(pack)) {
    if (ids.length === 0) problems.push(`${language} ${path} names no source`);
    for (const id of ids) if (!(id in sources)) problems.push(`${language} ${path} names unknown source "${id}"`);
  }
  for (const [element, content] of Object.entries(pack)) {
    if (!content?.review) continue;
    for (const problem of reviewProblems(content.review, today)) problems.push(`${language} ${element}: ${problem}`);
  }
}
for (const [id, source] of Object.entries(sources)) {
  if (!source.title) problems.push(`source ${id} has no title`);
  if (!source.url && !source.citation) problems.push(`source ${id} has neither an address nor a citation`);
}

if (problems.length > 0) {
  console.error(`\nContent check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`\nContent check passed: ${Object.keys(packs).join(', ')}; ${Object.keys(sources).length} sources; reviewed content current on ${today}.`);
