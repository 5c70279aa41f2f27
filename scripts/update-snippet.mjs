// Writes the built script's version and SRI hash into every copy-paste snippet (README's, and
// the WordPress example's), so the snippet a clinic copies always matches the file it loads.
// CI fails if a committed snippet differs from what the build writes.
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const sri = readFileSync('dist/leg-health-widgets.js.sri', 'utf8').trim();

const stamp = (snippet) =>
  snippet
    .replace(/leg-health-widgets@[^/]+\//, `leg-health-widgets@${version}/`)
    .replace(/integrity="[^"]*"/, `integrity="${sri}"`);

const files = {
  'README.md': (text) => text.replace(/<!-- snippet:start -->[\s\S]*?<!-- snippet:end -->/, stamp),
  'examples/wordpress/custom-html-block.html': stamp,
};
for (const [file, update] of Object.entries(files)) {
  const text = readFileSync(file, 'utf8');
  const updated = update(text);
  if (updated === text) continue;
  writeFileSync(file, updated);
  console.log(`${file}: snippet updated to ${version}, ${sri}`);
}
