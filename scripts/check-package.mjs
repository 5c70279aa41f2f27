// Checks the built package after `npm run build`: what package.json promises exists, every
// element has its define entry, the script-tag bundle is a classic script with a matching SRI
// hash and no way to send data off the page, and the manifest documents every element.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { languageAddOns } from '../rollup.config.mjs';
import { reactJsxTypes } from './cem/react-jsx-types.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];
const check = (ok, message) => ok || problems.push(message);

const targets = [pkg.main, pkg.types, pkg.customElements];
for (const target of Object.values(pkg.exports)) {
  targets.push(...(typeof target === 'string' ? [target] : Object.values(target)));
}
// A pattern (`./dist/lang/*.js`) promises every language add-on: each is checked below.
for (const target of targets.filter((path) => !path.includes('*'))) check(existsSync(target), `${target} is promised by package.json but was not built`);
for (const code of languageAddOns) {
  for (const file of [`dist/lang/${code}.js`, `dist/lang/${code}.js.sri`, `dist/types/lang/${code}.d.ts`]) {
    check(existsSync(file), `${file} (language add-on) was not built`);
  }
}

const elements = readdirSync('src').filter((name) => existsSync(`src/${name}/define.ts`));
const bundle = './dist/leg-health-widgets.js';
// The src/ globs keep define modules alive when this repo bundles its own sources (Storybook).
const expectedSideEffects = [
  ...elements.map((tag) => `./dist/${tag}.js`),
  bundle,
  './dist/lang/*.js',
  './src/*/define.ts',
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

if (problems.length > 0) {
  console.error(`Package check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`Package check passed: ${elements.length} element(s), ${targets.length} entry files, SRI ${sri.slice(0, 20)}…`);
