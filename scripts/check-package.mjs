// Checks the built package after `npm run build` (its last step; `npm run check:package` alone).
//
// What the ecosystem's tools check, they check, on the tarball `npm pack` makes (the files a user
// gets, not the working tree):
// - publint: package.json against the packed files: every `main`, `module`, `types` and `exports`
//   target exists and ships, a pattern such as `./lang/*.js` matches files, conditions are in an
//   order resolvers honour, `type` and file extensions agree.
// - @arethetypeswrong/cli (attw): every entry resolves to JavaScript and to its types, as
//   TypeScript's node16 (from ESM) and bundler resolution see them. Profile `esm-only`: this
//   package is ESM only on purpose (`"type": "module"`, no `require` condition), so attw's
//   node10 and node16-from-CommonJS columns ("resolution failed", "ESM (dynamic import only)")
//   are expected and not counted. attw does not expand `./lang/*.js`: each built add-on is named.
//
// This script checks the rest, which those tools cannot know: the fields they do not read
// (`customElements`, `web-types`); every element has its define entry and side effects; every
// language add-on is built and packed with its SRI file and types; the script-tag bundle is a
// classic script with a matching SRI hash and no way to send data off the page; the manifest
// documents every element; React's JSX types equal what the manifest gives; the tarball carries
// LICENSE and README.md and leaves the review pack out.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { languageAddOns } from '../rollup.config.mjs';
import { reactJsxTypes } from './cem/react-jsx-types.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];
const check = (ok, message) => ok || problems.push(message);

// Fields publint does not read.
for (const field of ['customElements', 'web-types']) {
  check(pkg[field] && existsSync(pkg[field]), `package.json "${field}" (${pkg[field]}) was not built`);
}
for (const code of languageAddOns) {
  // attw checks the add-on's .js and .d.ts (--include-entrypoints below); its hash is ours.
  check(existsSync(`dist/lang/${code}.js.sri`), `dist/lang/${code}.js.sri (language add-on) was not built`);
}

const elements = readdirSync('src').filter((name) => existsSync(`src/${name}/define.ts`));
const bundle = './dist/leg-health-widgets.js';
// The src/ globs keep define modules and language add-ons alive when this repo bundles its own
// sources (Storybook, the review pack's printed summaries).
const expectedSideEffects = [
  ...elements.map((tag) => `./dist/${tag}.js`),
  bundle,
  './dist/lang/*.js',
  './src/*/define.ts',
  './src/lang/*.ts',
  './src/leg-health-widgets.ts',
].sort();
check(
  JSON.stringify([...pkg.sideEffects].sort()) === JSON.stringify(expectedSideEffects),
  `sideEffects should list exactly ${expectedSideEffects.join(', ')}`,
);
for (const tag of elements) {
  check(pkg.exports[`./${tag}.js`]?.default === `./dist/${tag}.js`, `exports lacks "./${tag}.js"`);
}

const code = readFileSync(bundle, 'utf8');
try {
  new Function(code); // a module (import/export) would not parse as a function body
} catch (error) {
  problems.push(`${bundle} is not a classic script: ${error.message}`);
}
const entry = readFileSync('src/leg-health-widgets.ts', 'utf8');
for (const tag of elements) check(entry.includes(`./${tag}/define.js`), `the bundle does not define <${tag}>`);
for (const api of ['fetch(', 'XMLHttpRequest', 'sendBeacon', 'WebSocket', 'localStorage', 'sessionStorage', 'indexedDB', 'document.cookie']) {
  check(!code.includes(api), `${bundle} mentions ${api}: nothing may leave the page`);
}
const sri = readFileSync(`${bundle}.sri`, 'utf8').trim();
check(sri === `sha384-${createHash('sha384').update(code).digest('base64')}`, `${bundle}.sri does not match the script`);

const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8'));
const declared = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement);
for (const tag of elements) {
  const element = declared.find((d) => d.tagName === tag);
  check(element, `custom-elements.json does not declare <${tag}>`);
  check(element?.attributes?.some((a) => a.name === 'clinic-phone'), `custom-elements.json lacks <${tag}>'s inherited attributes`);
}

// React's JSX types (the types-only entry "./react"): what the manifest gives, byte for byte, so
// they cannot go stale; examples/build.mjs type-checks a TSX example against them.
const jsxTypes = 'dist/types/jsx.d.ts';
check(
  JSON.stringify(pkg.exports['./react']) === JSON.stringify({ types: `./${jsxTypes}` }),
  `exports["./react"] should be { "types": "./${jsxTypes}" } (types only)`,
);
if (existsSync(jsxTypes)) {
  const written = readFileSync(jsxTypes, 'utf8');
  check(written === reactJsxTypes(manifest), `${jsxTypes} differs from what ${pkg.customElements} gives (scripts/cem/react-jsx-types.mjs)`);
  for (const tag of elements) check(written.includes(`\n  '${tag}': `), `${jsxTypes} does not type <${tag}>`);
}

// The tarball: what `npm pack` puts in it, then publint and attw on that very file.
const packDir = mkdtempSync(path.join(tmpdir(), 'lhw-check-package-'));
const tools = [];
try {
  const packed = spawnSync('npm', ['pack', '--json', '--pack-destination', packDir], { encoding: 'utf8' });
  if (packed.status !== 0) throw new Error(`npm pack failed:\n${packed.stderr}`);
  const [{ filename, files, size }] = JSON.parse(packed.stdout);
  const tarball = path.join(packDir, path.basename(filename));
  const shipped = new Set(files.map((file) => file.path));
  for (const file of ['package.json', 'README.md', 'LICENSE', `${bundle.slice(2)}.sri`]) check(shipped.has(file), `the tarball lacks ${file}`);
  for (const code of languageAddOns) check(shipped.has(`dist/lang/${code}.js.sri`), `the tarball lacks dist/lang/${code}.js.sri`);
  for (const file of shipped) {
    check(!/^dist\/review-pack\./.test(file), `the tarball carries ${file}: the review pack is for clinicians, not for npm`);
    check(!/^(src|test|stories|scripts|node_modules)\//.test(file), `the tarball carries ${file}`);
  }
  console.log(`npm pack: ${files.length} files, ${(size / 1024).toFixed(0)} KiB packed`);

  const bin = (name) => path.resolve('node_modules/.bin', name);
  const run = (name, args) => {
    console.log(`\n$ ${name} ${args.join(' ').replace(tarball, path.basename(tarball))}`);
    const started = performance.now();
    const { status } = spawnSync(bin(name), args, { stdio: 'inherit' });
    tools.push(`${name} ${status === 0 ? 'passed' : 'FAILED'} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    check(status === 0, `${name} found problems in the packed package (see its output above)`);
  };
  run('publint', ['run', tarball, '--strict']);
  const addOnEntries = languageAddOns.map((code) => `./lang/${code}.js`);
  run('attw', [
    tarball,
    '--profile', 'esm-only',
    ...(addOnEntries.length ? ['--include-entrypoints', ...addOnEntries] : []),
    '--format', 'table-flipped',
  ]);
} finally {
  rmSync(packDir, { recursive: true, force: true });
}

if (problems.length > 0) {
  console.error(`\nPackage check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`\nPackage check passed: ${elements.length} element(s), ${languageAddOns.length} language add-on(s), ${tools.join(', ')}, SRI ${sri.slice(0, 20)}…`);
