#!/usr/bin/env node
// Builds the examples that need a build step, React (React 19 ships CommonJS only, so the browser
// cannot import it directly) and React with TypeScript, and type-checks the TypeScript one. Run
// after `rollup -c`: the examples import the package's ES modules from dist/. Output:
// examples/react/dist/ and examples/react-ts/dist/ (git-ignored), which test/examples.test.ts
// loads. The plain HTML, Vue and WordPress examples need no build.
//
// The TypeScript check sees the package as an app that installed it does: examples/react-ts/
// imports `leg-health-widgets/...` by name, which TypeScript resolves through package.json
// "exports" (a package may import itself) to the declarations in dist/types/, React's JSX types
// included (`leg-health-widgets/react`, dist/types/jsx.d.ts). `npm test` runs this step before
// any `npm run build`, so it first builds those files the way `npm run build` does: the
// declarations (`tsc -p tsconfig.build.json`) and the manifest, whose analyzer run writes
// jsx.d.ts (`npm run analyze`). Then `tsc` checks the example twice, with "moduleResolution"
// "bundler" (its tsconfig.json) and "node16", and Vite builds it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const repo = fileURLToPath(new URL('..', import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const examples = ['react', 'react-ts'];
const typeChecked = { 'react-ts': ['bundler', 'node16'] };

if (!existsSync(fileURLToPath(new URL('../dist/twitch-redflag-check.js', import.meta.url)))) {
  console.error('examples/build.mjs: dist/ is missing; run `npm run bundle` first.');
  process.exit(1);
}

/** Runs a command from the repository root; exits with its status when it fails. */
function run(what, command, args) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: repo, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '');
    console.error(`examples/build.mjs: ${what} failed${result.error ? `: ${result.error.message}` : ''}`);
    process.exit(result.status || 1);
  }
  console.log(`${what} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

run('dist/types/ (tsc -p tsconfig.build.json)', process.execPath, [tsc, '-p', 'tsconfig.build.json']);
run('dist/custom-elements.json and dist/types/jsx.d.ts (npm run analyze)', 'npm', ['run', '--silent', 'analyze']);

for (const [name, resolutions] of Object.entries(typeChecked)) {
  for (const resolution of resolutions) {
    const options = resolution === 'bundler' ? [] : ['--module', resolution, '--moduleResolution', resolution];
    run(`examples/${name} type-checked (moduleResolution ${resolution})`, process.execPath, [
      tsc,
      '-p',
      `examples/${name}/tsconfig.json`,
      ...options,
    ]);
  }
}

for (const name of examples) {
  const started = Date.now();
  await build({ configFile: fileURLToPath(new URL(`./${name}/vite.config.mjs`, import.meta.url)) });
  console.log(`examples/${name}/dist built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
