// `npm run build` step (after `cem analyze`): writes README's tables of attributes, events, parts,
// CSS properties (from dist/custom-elements.json) and rules (from the doc comments of the rule
// modules, scripts/lib/rule-modules.mjs) and the languages with their review status (from the
// language packs) between their <!-- generated:...:start/end --> markers.
//   node scripts/update-readme-tables.mjs           write README.md
//   node scripts/update-readme-tables.mjs --check   write nothing; exit 1 if README.md is stale
// Edit the sources (JSDoc in src/, the rule modules' tables), never the blocks themselves.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadContent } from './lib/content-quality.mjs';
import { cssFallbacks, docCommentTable, markdownTable, manifestBlocks, replaceBlocks } from './lib/readme-tables.mjs';
import { ruleModulePath, ruleModules } from './lib/rule-modules.mjs';

const README = 'README.md';
const MANIFEST = 'dist/custom-elements.json';
const check = process.argv.includes('--check');

if (!existsSync(MANIFEST)) {
  console.error(`${MANIFEST} is missing: run \`npm run build\` (or \`npm run analyze\`) first.`);
  process.exit(1);
}
const styles = readdirSync('src', { recursive: true })
  .filter((file) => file.endsWith('.ts'))
  .map((file) => readFileSync(path.join('src', file), 'utf8'));
const blocks = manifestBlocks(JSON.parse(readFileSync(MANIFEST, 'utf8')), cssFallbacks(styles));
for (const tag of Object.keys(ruleModules)) {
  const file = ruleModulePath(tag);
  blocks[`rules:${tag}`] = `From the doc comment of \`${file}\`:\n\n${docCommentTable(readFileSync(file, 'utf8'), file)}`;
}

// Every language with its review status, from the packs themselves (src/lang/).
const { packs, builtInPacks } = await loadContent();
const languageName = (code) => new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
blocks.languages = markdownTable(
  ['language', '`lang`', 'how it loads', 'clinical review'],
  Object.values(packs).map((pack) => [
    languageName(pack.language),
    `\`${pack.language}\``,
    pack.language in builtInPacks ? 'built in' : `add-on: \`dist/lang/${pack.language}.js\``,
    pack.review.status === 'reviewed' ? `reviewed ${pack.review.date} by a ${pack.review.reviewer}` : '**draft**: not yet reviewed by a clinician who reads it',
  ]),
);

const readme = readFileSync(README, 'utf8');
const { text, missing, unknown, changed } = replaceBlocks(readme, blocks);
const problems = [
  ...missing.map((name) => `no <!-- generated:${name}:start --> ... <!-- generated:${name}:end --> block`),
  ...unknown.map((name) => `a generated:${name} block that nothing generates: remove its markers`),
];
if (problems.length) {
  console.error(`${README}:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
if (check) {
  if (changed.length) {
    console.error(`${README} is stale: ${changed.join(', ')}. Run \`npm run build\` and commit ${README}.`);
    process.exit(1);
  }
  console.log(`${README}: ${Object.keys(blocks).length} generated blocks are current.`);
} else if (changed.length) {
  writeFileSync(README, text);
  console.log(`${README}: updated ${changed.join(', ')}`);
}
