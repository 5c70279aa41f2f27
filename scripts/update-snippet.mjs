// Writes the built script's version and SRI hash into README's copy-paste snippet, so the
// snippet a clinic copies always matches the file it loads. CI fails if the committed README
// differs from what the build writes.
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const sri = readFileSync('dist/leg-health-widgets.js.sri', 'utf8').trim();
const readme = readFileSync('README.md', 'utf8');
const updated = readme.replace(/(<!-- snippet:start -->[\s\S]*?<!-- snippet:end -->)/, (snippet) =>
  snippet
    .replace(/leg-health-widgets@[^/]+\//, `leg-health-widgets@${version}/`)
    .replace(/integrity="[^"]*"/, `integrity="${sri}"`),
);
if (updated !== readme) {
  writeFileSync('README.md', updated);
  console.log(`README.md snippet updated: ${version}, ${sri}`);
}
