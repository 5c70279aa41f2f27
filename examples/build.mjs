#!/usr/bin/env node
// Builds the examples that need a build step: React (React 19 ships CommonJS only, so the browser
// cannot import it directly). Run after `rollup -c`: the React example imports the package's
// ES modules from dist/. Output: examples/react/dist/ (git-ignored), which
// test/examples.test.ts loads. The plain HTML, Vue and WordPress examples need no build.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const examples = ['react'];

if (!existsSync(fileURLToPath(new URL('../dist/twitch-redflag-check.js', import.meta.url)))) {
  console.error('examples/build.mjs: dist/ is missing; run `npm run bundle` first.');
  process.exit(1);
}

for (const name of examples) {
  const started = Date.now();
  await build({ configFile: fileURLToPath(new URL(`./${name}/vite.config.mjs`, import.meta.url)) });
  console.log(`examples/${name}/dist built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
