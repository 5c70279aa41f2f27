#!/usr/bin/env node
// The package as a user gets it: `npm pack`, then a fresh project in the system's temporary folder
// (outside the repo, so nothing resolves from the repo's node_modules) installs the tarball, and
//   1. Vite builds one page per npm entry (every "exports" key of the INSTALLED package.json, a
//      pattern such as ./lang/*.js expanded to the files it matches), and Debian's Chromium opens
//      each page: the main entry defines no element (no side effects), an element's entry defines
//      that element only, the script-tag bundle defines all, a language add-on fills the shared
//      text store; every defined element renders into its shadow root; no error is logged;
//   2. `tsc --noEmit` (moduleResolution bundler with every shipped .d.ts checked, then nodenext)
//      checks a file against the shipped types: each tag gives its class (document.createElement),
//      each event its detail type (addEventListener), the React JSX types; `@ts-expect-error`
//      lines prove wrong uses are refused;
//   3. a plain HTML page loads node_modules/leg-health-widgets/dist/leg-health-widgets.js (and
//      each add-on) with the SRI hash shipped beside it, in headless Chromium: every element is
//      defined and renders, nothing is logged as an error; a copy with a wrong hash must be
//      refused (the control that shows the SRI check is live).
// Run after `npm run build` (CI: its own step after the build). Installs vite, typescript and
// @types/react at the versions in this repo's node_modules with --prefer-offline, so the npm
// cache that `npm ci` filled serves them.
// Options: --keep leaves the temporary folder for a look. Env: CHROME_PATH (scripts/lib/browsers.mjs).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumPath } from './lib/browsers.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const repo = path.resolve(fileURLToPath(import.meta.url), '../..');
const keep = process.argv.includes('--keep');
const started = performance.now();
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const results = [];
/** Records one check: `problems` empty means it passed. */
const record = (name, problems, detail = '', time = '') => {
  results.push({ name, ok: problems.length === 0 });
  console.log(`  ${problems.length ? '✗' : '✓'} ${name}${detail ? `: ${detail}` : ''}${time ? ` (${time})` : ''}`);
  for (const problem of problems) console.log(`      - ${problem}`);
};

/** npm without the variables `npm run` hands its scripts, so the inner npm sees the temp project. */
function cleanEnv() {
  const keepNames = new Set(['npm_config_cache', 'npm_config_registry', 'npm_config_userconfig', 'npm_config_globalconfig']);
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_') || keepNames.has(name.toLowerCase())));
}

/** Runs a command; resolves to { status, output } (stdout and stderr together). */
function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: cleanEnv(), ...options });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ status: -1, output: String(error) }));
    child.on('close', (status) => resolve({ status, output }));
  });
}
const indent = (text, lines = 40) => text.trim().split('\n').slice(-lines).map((line) => `        ${line}`).join('\n');
const repoVersion = (name) => JSON.parse(readFileSync(path.join(repo, 'node_modules', name, 'package.json'), 'utf8')).version;

// ---------------------------------------------------------------------------------------------
const repoPkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8'));
if (!existsSync(path.join(repo, 'dist/leg-health-widgets.js'))) {
  console.error('dist/ is not built: run `npm run build` first.');
  process.exit(1);
}
const root = mkdtempSync(path.join(tmpdir(), 'lhw-smoke-'));
const project = path.join(root, 'project');
mkdirSync(project);
let server;
let browser;

try {
  console.log(`Package smoke test: ${repoPkg.name} ${repoPkg.version}, in ${root}`);

  // 1. Pack.
  let time = performance.now();
  const packed = spawnSync('npm', ['pack', '--json', '--pack-destination', root], { cwd: repo, encoding: 'utf8', env: cleanEnv() });
  if (packed.status !== 0) throw new Error(`npm pack failed:\n${packed.stderr}`);
  const [{ filename, files, size }] = JSON.parse(packed.stdout);
  const tarball = path.join(root, path.basename(filename));
  record('npm pack', [], `${path.basename(tarball)}, ${files.length} files, ${(size / 1024).toFixed(0)} KiB`, seconds(time));

  // 2. A fresh project that installs the tarball (and the tools a user would have).
  time = performance.now();
  const tools = { vite: repoVersion('vite'), typescript: repoVersion('typescript'), '@types/react': repoVersion('@types/react') };
  writeFileSync(
    path.join(project, 'package.json'),
    JSON.stringify({ name: 'lhw-smoke', private: true, type: 'module', dependencies: { [repoPkg.name]: `file:${tarball}` }, devDependencies: tools }, null, 2),
  );
  const install = await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: project });
  if (install.status !== 0) {
    record('npm install', [`npm install failed:\n${indent(install.output)}`]);
    throw new Error('cannot go on without an install');
  }
  record('npm install (fresh project)', [], Object.entries(tools).map(([name, version]) => `${name} ${version}`).join(', '), seconds(time));

  // 3. The entries, from the installed package.json.
  const installed = path.join(project, 'node_modules', repoPkg.name);
  const pkg = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8'));
  const entries = [];
  const entryProblems = [];
  // Subpaths mapped to null are closed, even where a pattern below would match them.
  const closed = Object.keys(pkg.exports).filter((key) => pkg.exports[key] === null);
  for (const [key, value] of Object.entries(pkg.exports)) {
    if (value === null) continue;
    const conditions = typeof value === 'string' ? { default: value } : value;
    const target = conditions.default ?? conditions.import ?? conditions.browser;
    const add = (subpath, file, types) => {
      const kind = !file ? 'types' : file.endsWith('.json') ? 'json' : 'js';
      entries.push({ key, subpath, specifier: pkg.name + subpath.slice(1), file, types, kind });
    };
    if (!key.includes('*')) {
      add(key, target, conditions.types);
      continue;
    }
    // A pattern: the files it matches in the installed package (one directory level, as here).
    const pattern = target ?? conditions.types;
    const [prefix, suffix] = pattern.split('*');
    const dir = path.posix.dirname(`${prefix}x`);
    const start = prefix.slice(dir.length + 1);
    const names = existsSync(path.join(installed, dir)) ? readdirSync(path.join(installed, dir)) : [];
    const stars = names.filter((name) => name.startsWith(start) && name.endsWith(suffix) && name.length > start.length + suffix.length).map((name) => name.slice(start.length, name.length - suffix.length));
    if (!stars.length) entryProblems.push(`"${key}" (${pattern}) matches no file in the installed package`);
    for (const star of stars.filter((star) => !closed.includes(key.replace('*', star)))) add(key.replace('*', star), target?.replace('*', star), conditions.types?.replace('*', star));
  }
  console.log(`\nEntries of the installed package.json "exports" (${entries.length}):`);
  for (const entry of entries) console.log(`    ${entry.subpath.padEnd(34)} ${entry.kind === 'types' ? 'types only' : entry.kind}${entry.key !== entry.subpath ? ` (from ${entry.key})` : ''}`);
  if (entryProblems.length) record('entries', entryProblems);

  const manifest = JSON.parse(readFileSync(path.join(installed, pkg.customElements), 'utf8'));
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement && d.tagName);
  const tags = elements.map((element) => element.tagName).sort();
  const bundleKey = `./${pkg.name}.js`;
  const addOnKey = Object.keys(pkg.exports).find((key) => key.includes('*') && key.startsWith('./lang/'));
  const runtimeEntries = entries.filter((entry) => entry.kind !== 'types');

  // 4. The Vite pages (one per runtime entry) and the TypeScript checks, written into the project.
  const pageOf = (entry, index) => `entry-${String(index).padStart(2, '0')}`;
  const input = {};
  runtimeEntries.forEach((entry, index) => {
    const name = pageOf(entry, index);
    input[name] = `${name}.html`;
    const code =
      entry.kind === 'json'
        ? `import data from '${entry.specifier}';\nwindow.__entry = { loaded: true, keys: Object.keys(data) };\n`
        : `import * as entry from '${entry.specifier}';\nwindow.__entry = { loaded: true, keys: Object.keys(entry) };\n`;
    writeFileSync(path.join(project, `${name}.js`), code);
    writeFileSync(
      path.join(project, `${name}.html`),
      `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${entry.specifier}</title></head>\n<body><script type="module" src="./${name}.js"></script></body>\n</html>\n`,
    );
  });
  writeFileSync(
    path.join(project, 'vite.config.mjs'),
    `export default { base: './', logLevel: 'warn', build: { outDir: 'vite-dist', target: 'es2022', rolldownOptions: { input: ${JSON.stringify(input)} } } };\n`,
  );

  // TypeScript: the tag map and the event map, from the manifest, checked against the shipped types.
  const detailOf = (event) => /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '')?.[1];
  const typeNames = new Set(elements.map((element) => element.name));
  const tagLines = [];
  const eventLines = [];
  let eventCount = 0;
  for (const element of elements) {
    tagLines.push(`exactly<${element.name}>()(document.createElement('${element.tagName}'));`);
    tagLines.push(`exactly<${element.name} | null>()(document.querySelector('${element.tagName}'));`);
    for (const event of element.events ?? []) {
      const detail = detailOf(event);
      if (!detail) continue;
      typeNames.add(detail);
      eventCount += 1;
      eventLines.push(`document.createElement('${element.tagName}').addEventListener('${event.name}', (event) => exactly<${detail}>()(event.detail));`);
    }
  }
  for (const name of ['CareLevel', 'SpasmStepChange']) typeNames.add(name);
  const sideEffectImports = entries.filter((entry) => entry.kind === 'js' && entry.subpath !== '.').map((entry) => `import '${entry.specifier}';`);
  const expectErrors = [
    ['the result has no `score`', `check.addEventListener('lhw-twitch-result', (event) => event.detail.score);`],
    ['a listener for another event detail is refused', `check.addEventListener('lhw-twitch-result', (event: CustomEvent<SpasmStepChange>) => event.detail);`],
    ['`level` is a care level, not a number', `check.addEventListener('lhw-twitch-result', (event) => { const n: number = event.detail.level; return n; });`],
    ['the tag map gives the element class, which is no <div>', `export const notADiv: HTMLDivElement = document.createElement('twitch-redflag-check');`],
    ['an unknown event name gives a plain Event, without `detail`', `check.addEventListener('lhw-twitch-results', (event) => event.detail);`],
    // A language add-on is a classic script: importing it adds the language and gives nothing.
    ...entries
      .filter((entry) => entry.key === addOnKey)
      .map((entry) => ['a language add-on exports nothing', `export { vi as pack } from '${entry.specifier}';`]),
    ...closed.map((key) => [`${key} is not an entry of the package`, `import '${pkg.name}${key.slice(1)}';`]),
  ];
  mkdirSync(path.join(project, 'types'));
  writeFileSync(
    path.join(project, 'types', 'check.ts'),
    [
      `// Written by scripts/smoke-package.mjs: the shipped types as a TypeScript project gets them.`,
      ...sideEffectImports,
      `import type { ${[...typeNames].sort().join(', ')} } from '${pkg.name}';`,
      ``,
      `type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;`,
      `function exactly<T>() {`,
      `  return <V extends T>(value: V, ...notExactly: Equal<V, T> extends true ? [] : [never]): V => notExactly && value;`,
      `}`,
      ``,
      `// Tag map: every element of custom-elements.json.`,
      ...tagLines,
      `// Event map: every event of custom-elements.json, with its detail type.`,
      ...eventLines,
      ``,
      `const check = document.createElement('twitch-redflag-check');`,
      `check.addEventListener('lhw-twitch-result', (event) => { const level: CareLevel = event.detail.level; return level; });`,
      ...expectErrors.flatMap(([why, line]) => [`// @ts-expect-error: ${why}`, line]),
      ``,
    ].join('\n'),
  );
  writeFileSync(
    path.join(project, 'types', 'react.tsx'),
    [
      `// React 19 JSX types from '${pkg.name}/react'.`,
      `import type {} from '${pkg.name}/react';`,
      `import type { CareLevel } from '${pkg.name}';`,
      ``,
      `export const ok = <twitch-redflag-check clinic-phone="555 0100" onlhw-twitch-result={(event) => { const level: CareLevel = event.detail.level; return level; }} />;`,
      `// @ts-expect-error: variant is 'full' or 'compact'`,
      `export const badVariant = <rls-symptom-card variant="tiny" />;`,
      ``,
    ].join('\n'),
  );
  // Bundler resolution also checks every shipped .d.ts (skipLibCheck off); nodenext checks that the
  // same imports resolve the way Node's ESM resolution does.
  const tsconfig = (module, moduleResolution, skipLibCheck) => ({
    compilerOptions: {
      target: 'ES2022',
      module,
      moduleResolution,
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      jsx: 'react-jsx',
      strict: true,
      noEmit: true,
      skipLibCheck,
      // A side-effect import (`import 'leg-health-widgets/…'`) must resolve too (TypeScript 5.6+).
      noUncheckedSideEffectImports: true,
      types: [],
    },
    include: ['types'],
  });
  writeFileSync(path.join(project, 'tsconfig.bundler.json'), JSON.stringify(tsconfig('ESNext', 'Bundler', false), null, 2));
  writeFileSync(path.join(project, 'tsconfig.nodenext.json'), JSON.stringify(tsconfig('NodeNext', 'NodeNext', true), null, 2));

  // Vite and both tsc runs at once.
  console.log('\nBuild and types:');
  const timed = async (promise) => {
    const since = performance.now();
    const result = await promise;
    return { ...result, time: seconds(since) };
  };
  const bin = (name) => path.join(project, 'node_modules', '.bin', name);
  const [vite, tscBundler, tscNodeNext] = await Promise.all([
    timed(run(bin('vite'), ['build'], { cwd: project })),
    timed(run(bin('tsc'), ['-p', 'tsconfig.bundler.json'], { cwd: project })),
    timed(run(bin('tsc'), ['-p', 'tsconfig.nodenext.json'], { cwd: project })),
  ]);
  record('vite build', vite.status === 0 ? [] : [`vite build failed:\n${indent(vite.output)}`], `${runtimeEntries.length} pages, one per runtime entry`, vite.time);
  const typeDetail = `${elements.length} tags typed, ${eventCount} event details typed, React JSX, ${expectErrors.length + 1} wrong uses refused`;
  for (const [label, tsc] of [['bundler, .d.ts files checked', tscBundler], ['nodenext', tscNodeNext]]) {
    record(`tsc --noEmit (moduleResolution ${label})`, tsc.status === 0 ? [] : [`tsc failed:\n${indent(tsc.output)}`], tsc.status === 0 ? typeDetail : '', tsc.time);
  }

  // 5. Pages in Chromium.
  const sri = (file) => readFileSync(path.join(installed, `${file}.sri`), 'utf8').trim();
  const bundleFile = entries.find((entry) => entry.subpath === bundleKey)?.file ?? `./dist/${pkg.name}.js`;
  const addOns = entries.filter((entry) => entry.key === addOnKey);
  const languageOf = (subpath) => path.posix.basename(subpath, '.js');
  const attributes = 'clinic-name="Lakeside Clinic" clinic-phone="555 0100" booking-url="https://example.com/book"';
  const scriptTag = (file, integrity) =>
    `<script src="/node_modules/${pkg.name}/${file.slice(2)}" integrity="${integrity}" crossorigin="anonymous" defer></script>`;
  const plainPage = (integrity) =>
    [
      `<!doctype html>`,
      `<html lang="en">`,
      `<head>`,
      `<meta charset="utf-8"><link rel="icon" href="data:,"><title>Plain page</title>`,
      scriptTag(bundleFile, integrity),
      ...addOns.map((addOn) => scriptTag(addOn.file, sri(addOn.file))),
      `</head>`,
      `<body>`,
      ...tags.map((tag) => `<${tag} ${attributes}></${tag}>`),
      // The same elements in each add-on's language: they must not show the English text.
      ...addOns.flatMap(({ subpath }) => tags.map((tag) => `<${tag} lang="${languageOf(subpath)}" data-smoke-lang ${attributes}></${tag}>`)),
      `</body>`,
      `</html>`,
      ``,
    ].join('\n');
  writeFileSync(path.join(project, 'plain.html'), plainPage(sri(bundleFile)));
  const wrongHash = `sha384-${createHash('sha384').update('not the script').digest('base64')}`;
  writeFileSync(path.join(project, 'plain-wrong-sri.html'), plainPage(wrongHash));

  server = await startStaticServer(project);
  const origin = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });

  /** Opens a page; returns what it logged and what the widgets show. */
  async function visit(url, { render = [] } = {}) {
    const page = await browser.newPage();
    const errors = [];
    const warnings = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
      if (message.type() === 'warn' || message.type() === 'warning') warnings.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
    page.on('response', (response) => response.status() >= 400 && errors.push(`HTTP ${response.status()}: ${response.url()}`));
    page.on('request', (request) => !request.url().startsWith(origin) && !request.url().startsWith('data:') && errors.push(`request outside the page's server: ${request.url()}`));
    await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
    const state = await page.evaluate(
      async ({ tags, render }) => {
        for (const tag of render) if (!document.querySelector(tag)) document.body.append(document.createElement(tag));
        await new Promise((resolve) => setTimeout(resolve, 50));
        const shown = {};
        for (const tag of render) {
          const element = document.querySelector(tag);
          await element?.updateComplete;
          const text = element?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
          shown[tag] = { elements: element?.shadowRoot?.querySelectorAll('*').length ?? 0, text };
        }
        const translated = [];
        for (const element of document.querySelectorAll('[data-smoke-lang]')) {
          await element.updateComplete;
          translated.push({ tag: element.localName, lang: element.lang, text: element.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '' });
        }
        return {
          translated,
          entry: window.__entry ?? null,
          defined: tags.filter((tag) => customElements.get(tag)),
          textStore: Symbol.for('leg-health-widgets/texts@1') in globalThis,
          shown,
        };
      },
      { tags, render },
    );
    await page.close();
    return { ...state, errors, warnings };
  }
  const renderProblems = (state, rendered) =>
    rendered.flatMap((tag) => (state.shown[tag]?.elements > 0 && state.shown[tag].text ? [] : [`<${tag}> rendered nothing into its shadow root`]));
  const logProblems = (state) => [...state.errors.map((error) => `console error: ${error}`)];
  const sameList = (a, b) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

  console.log(`\nVite-built pages in Chromium (${origin}):`);
  for (const [index, entry] of runtimeEntries.entries()) {
    time = performance.now();
    const elementTag = tags.find((tag) => entry.subpath === `./${tag}.js`);
    let expected = [];
    if (elementTag) expected = [elementTag];
    else if (entry.subpath === bundleKey) expected = tags;
    const state = await visit(`${origin}/vite-dist/${pageOf(entry, index)}.html`, { render: expected });
    const problems = [...logProblems(state)];
    if (!state.entry?.loaded) problems.push('the entry module did not run');
    if (!sameList(state.defined, expected)) problems.push(`defines ${state.defined.join(', ') || 'nothing'}; expected ${expected.join(', ') || 'nothing'}`);
    problems.push(...renderProblems(state, expected));
    if (entry.key === addOnKey && !state.textStore) problems.push('the add-on did not register its text (no Symbol.for("leg-health-widgets/texts@1") store)');
    let detail;
    if (entry.subpath === '.') detail = `defines nothing (no side effects), ${state.entry?.keys.length ?? 0} exports`;
    else if (entry.kind === 'json') detail = `JSON, ${state.entry?.keys.length ?? 0} keys`;
    else if (entry.key === addOnKey) detail = `language add-on, text store ${state.textStore ? 'filled' : 'missing'}`;
    else detail = `defines ${state.defined.map((tag) => `<${tag}>`).join(' ') || 'nothing'}${expected.length ? ', rendered' : ''}`;
    if (state.warnings.length) detail += `; ${state.warnings.length} warning(s): ${state.warnings.join(' | ').slice(0, 200)}`;
    record(entry.specifier, problems, detail, seconds(time));
  }

  console.log('\nPlain HTML page with SRI (node_modules/…/dist/leg-health-widgets.js):');
  time = performance.now();
  const plain = await visit(`${origin}/plain.html`, { render: tags });
  const plainProblems = [...logProblems(plain)];
  if (!sameList(plain.defined, tags)) plainProblems.push(`defines ${plain.defined.join(', ') || 'nothing'}; expected ${tags.join(', ')}`);
  plainProblems.push(...renderProblems(plain, tags));
  if (addOns.length && !plain.textStore) plainProblems.push('the language add-ons did not register their text');
  for (const { tag, lang, text } of plain.translated) {
    if (!text) plainProblems.push(`<${tag} lang="${lang}"> rendered nothing`);
    else if (text === plain.shown[tag]?.text) plainProblems.push(`<${tag} lang="${lang}"> shows the English text: the add-on's language was not used`);
  }
  const shownText = [
    ...tags.map((tag) => `<${tag}> "${plain.shown[tag]?.text.slice(0, 24) ?? ''}…"`),
    ...plain.translated.filter(({ tag }) => tag === 'twitch-redflag-check').map(({ tag, lang, text }) => `<${tag} lang="${lang}"> "${text.slice(0, 24)}…"`),
  ].join(', ');
  record(
    `bundle ${sri(bundleFile).slice(0, 17)}… + ${addOns.length} add-on(s) with SRI`,
    plainProblems,
    `${plain.defined.length}/${tags.length} defined, rendered in English and ${addOns.map(({ subpath }) => languageOf(subpath)).join(', ') || 'no other language'}: ${shownText}${plain.warnings.length ? `; warnings: ${plain.warnings.join(' | ')}` : ''}`,
    seconds(time),
  );

  time = performance.now();
  const refused = await visit(`${origin}/plain-wrong-sri.html`);
  const refusedProblems = [];
  if (refused.defined.length) refusedProblems.push(`the script ran despite a wrong integrity hash (defined ${refused.defined.join(', ')})`);
  if (!refused.errors.some((error) => /integrity/i.test(error))) refusedProblems.push(`Chromium reported no integrity failure (errors: ${refused.errors.join(' | ') || 'none'})`);
  record('control: a wrong SRI hash is refused', refusedProblems, refusedProblems.length ? '' : 'script blocked, integrity error logged', seconds(time));
} catch (error) {
  record('smoke test', [error.stack ?? String(error)]);
} finally {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  if (keep) console.log(`\nKept ${root}`);
  else rmSync(root, { recursive: true, force: true });
}

const failed = results.filter((result) => !result.ok).length;
console.log(`\nPackage smoke test ${failed ? 'FAILED' : 'passed'} in ${seconds(started)}`);
console.log(`smoke: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
