// Writes the built script's tag, with its version and SRI hash, into every copy-paste snippet, so
// the snippet a clinic copies always matches the file it loads:
// - README.md and docs/*.md: every script tag that loads leg-health-widgets.js (or a language
//   add-on, dist/lang/<code>.js, with its own hash) between a
//   `<!-- snippet:start -->` or `<!-- snippet:<name>:start -->` marker and its `:end` marker
//   (README's quick start, and one block per widget in "For clinic websites");
// - examples/wordpress/custom-html-block.html: its script tag.
// Each tag is written whole and the same way (`defer`, `src`, `integrity`, `crossorigin`), so no
// copy can lose `defer` or keep a placeholder hash. CI fails if a committed snippet differs from
// what the build writes. A script tag with a placeholder hash outside the markers is reported.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const sriOf = (file) => readFileSync(`dist/${file}.sri`, 'utf8').trim();
const sri = sriOf('leg-health-widgets.js');

/**
 * The script tag every snippet carries for `file` (the bundle, or a language add-on such as
 * `lang/vi.js`), indented by `indent` after its first line.
 */
const scriptTag = (indent, file) =>
  [
    '<script',
    '  defer',
    `  src="https://cdn.jsdelivr.net/npm/leg-health-widgets@${version}/dist/${file}"`,
    `  integrity="${sriOf(file)}"`,
    '  crossorigin="anonymous"',
    '></script>',
  ].join(`\n${indent}`);

/** A script tag (at the start of a line, maybe indented) that loads the bundle or an add-on from the CDN. */
const SCRIPT_TAG =
  /^([ \t]*)<script\b[^>]*\bsrc="https:\/\/cdn\.jsdelivr\.net\/npm\/leg-health-widgets@[^"/]*\/dist\/(leg-health-widgets\.js|lang\/[A-Za-z-]+\.js)"[^>]*>\s*<\/script>/gm;
const SNIPPET = /(<!-- snippet(?::([\w-]+))?:start -->)([\s\S]*?)(<!-- snippet(?::[\w-]+)?:end -->)/g;

const problems = [];

/** Stamps every script tag in `text`; `where` names the place for a problem. */
function stampTags(text, where) {
  let found = 0;
  const stamped = text.replace(SCRIPT_TAG, (_, indent, file) => {
    found += 1;
    return `${indent}${scriptTag(indent, file)}`;
  });
  if (found === 0) problems.push(`${where}: no script tag loading leg-health-widgets.js from the CDN`);
  return stamped;
}

/** Stamps the script tags inside every snippet block of a Markdown file. */
function stampMarkdown(text, file) {
  return text.replace(SNIPPET, (_, start, name, body, end) => {
    const endName = /<!-- snippet(?::([\w-]+))?:end -->/.exec(end)[1];
    if (endName !== name) problems.push(`${file}: ${start} is closed by ${end}`);
    return `${start}${stampTags(body, `${file}, ${start}`)}${end}`;
  });
}

/** Script tags outside the snippet blocks whose `integrity` is not a real hash ("sha384-…"). */
function placeholdersOutsideSnippets(text, file) {
  const outside = text.replace(SNIPPET, (block) => block.replace(/[^\n]/g, ''));
  const lines = outside.split('\n');
  return lines.flatMap((line, index) =>
    /integrity="(?!sha384-[A-Za-z0-9+/]{64}")[^"]*"/.test(line)
      ? [`${file}:${index + 1}: a placeholder integrity hash; put the script tag between <!-- snippet:<name>:start --> and <!-- snippet:<name>:end --> markers so the build stamps it`]
      : [],
  );
}

const markdown = ['README.md', ...readdirSync('docs').filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
const files = {
  ...Object.fromEntries(markdown.map((file) => [file, (text) => stampMarkdown(text, file)])),
  'examples/wordpress/custom-html-block.html': (text) => stampTags(text, 'examples/wordpress/custom-html-block.html'),
};
const warnings = [];
for (const [file, update] of Object.entries(files)) {
  const text = readFileSync(file, 'utf8');
  const updated = update(text);
  if (file.endsWith('.md')) warnings.push(...placeholdersOutsideSnippets(updated, file));
  if (updated === text) continue;
  writeFileSync(file, updated);
  console.log(`${file}: snippets updated to ${version}, ${sri}`);
}
for (const warning of warnings) console.warn(`warning: ${warning}`);
if (problems.length > 0) {
  console.error(`Snippet stamping failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
