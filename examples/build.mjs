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
//
// The Angular example (examples/angular/, docs/frameworks.md's component) is compiled, not built:
// `ngc -p examples/angular/tsconfig.json`, ahead of time with strictTemplates, must pass; then the
// same component without CUSTOM_ELEMENTS_SCHEMA (a copy in examples/angular/dist/no-schema/) must
// fail with NG8001, "'twitch-redflag-check' is not a known element", and nothing else.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const repo = fileURLToPath(new URL('..', import.meta.url));
const { resolve } = createRequire(import.meta.url);
const tsc = resolve('typescript/bin/tsc');
const ngcPackage = resolve('@angular/compiler-cli/package.json');
const ngc = path.join(path.dirname(ngcPackage), JSON.parse(readFileSync(ngcPackage, 'utf8')).bin.ngc);
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

run('examples/angular compiled (ngc, strictTemplates, CUSTOM_ELEMENTS_SCHEMA)', process.execPath, [ngc, '-p', 'examples/angular/tsconfig.json']);
{
  const started = Date.now();
  const component = 'twitch-check.component.ts';
  const source = readFileSync(path.join(repo, 'examples/angular', component), 'utf8');
  const withoutSchema = source.replace('import { Component, CUSTOM_ELEMENTS_SCHEMA }', 'import { Component }').replace('  schemas: [CUSTOM_ELEMENTS_SCHEMA],\n', '');
  if (withoutSchema.includes('CUSTOM_ELEMENTS_SCHEMA')) {
    console.error(`examples/build.mjs: could not take CUSTOM_ELEMENTS_SCHEMA out of examples/angular/${component}`);
    process.exit(1);
  }
  const folder = path.join(repo, 'examples/angular/dist/no-schema');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, component), withoutSchema);
  writeFileSync(path.join(folder, 'tsconfig.json'), JSON.stringify({ extends: '../../tsconfig.json', files: [component] }));
  const result = spawnSync(process.execPath, [ngc, '-p', path.join(folder, 'tsconfig.json')], { cwd: repo, encoding: 'utf8' });
  // eslint-disable-next-line no-control-regex
  const output = `${result.stdout}${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  const errors = output.match(/error (?:NG|TS)\d+/g) ?? [];
  const expected = "error NG8001: 'twitch-redflag-check' is not a known element";
  if (result.status === 0 || !output.includes(expected) || errors.some((error) => error !== 'error NG8001')) {
    process.stdout.write(output);
    console.error(`examples/build.mjs: without CUSTOM_ELEMENTS_SCHEMA, ngc should fail with "${expected}" only (exit status ${result.status})`);
    process.exit(1);
  }
  console.log(`examples/angular without CUSTOM_ELEMENTS_SCHEMA refused by ngc as expected (${expected.slice(6)}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

for (const name of examples) {
  const started = Date.now();
  await build({ configFile: fileURLToPath(new URL(`./${name}/vite.config.mjs`, import.meta.url)) });
  console.log(`examples/${name}/dist built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
