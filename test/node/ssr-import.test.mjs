// Server-side rendering (Next.js, Remix, Astro, ...) imports a client component's modules in Node,
// where there is no DOM: importing a define module there must not throw. Lit's Node build (the
// "node" export condition of lit and @lit/reactive-element) brings a minimal HTMLElement and
// customElements, so the element class is created and registered; nothing renders. Each module
// is imported alone, in a fresh Node process without a DOM.
//
// The modules are built from src/ as rollup builds the npm package (ES modules, Lit left to the
// consumer, here resolved from node_modules with Node's own conditions), so this test needs no
// earlier build: `npm test` runs the Node tests before `rollup -c`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// Inside node_modules, so that the built files resolve `lit` from the repository's node_modules.
const outdir = path.join(repo, 'node_modules', '.cache', 'lhw-ssr-import');
const tags = readdirSync(path.join(repo, 'src')).filter((name) => existsSync(path.join(repo, 'src', name, 'define.ts')));

/** Imports `file` in a fresh Node process with no DOM; returns what the process reports. */
function importAlone(file, tag) {
  const script = `
    if (typeof document !== 'undefined' || typeof window !== 'undefined') throw new Error('this Node has a DOM');
    const module = await import(${JSON.stringify(pathToFileURL(file).href)});
    console.log(JSON.stringify({
      exports: Object.keys(module).sort(),
      defined: ${tag ? `typeof customElements.get(${JSON.stringify(tag)})` : "'not asked'"},
    }));
  `;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repo, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stderr: result.stderr.trim(), report: result.status === 0 ? JSON.parse(result.stdout) : null };
}

describe('importing the package in Node without a DOM (server-side rendering)', () => {
  before(async () => {
    rmSync(outdir, { recursive: true, force: true });
    await build({
      entryPoints: { index: path.join(repo, 'src/index.ts'), ...Object.fromEntries(tags.map((tag) => [tag, path.join(repo, 'src', tag, 'define.ts')])) },
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      external: ['lit', 'lit/*', '@lit/*'],
      outdir,
      logLevel: 'error',
    });
  });

  after(() => rmSync(outdir, { recursive: true, force: true }));

  test('finds the define modules', () => {
    for (const tag of ['rls-symptom-card', 'spasm-relief-steps', 'twitch-redflag-check']) assert.ok(tags.includes(tag), tag);
  });

  for (const tag of tags) {
    test(`leg-health-widgets/${tag}.js imports, registers <${tag}> and prints nothing`, () => {
      const { status, stderr, report } = importAlone(path.join(outdir, `${tag}.js`), tag);
      assert.equal(stderr, '', 'nothing on stderr');
      assert.equal(status, 0);
      assert.equal(report.defined, 'function', `<${tag}> is registered in Lit's server-side registry`);
    });
  }

  test('the main entry imports without registering anything', () => {
    const { status, stderr, report } = importAlone(path.join(outdir, 'index.js'), tags[0]);
    assert.equal(stderr, '', 'nothing on stderr');
    assert.equal(status, 0);
    assert.equal(report.defined, 'undefined', 'the main entry has no side effects');
    assert.ok(report.exports.includes('TwitchRedflagCheck'));
  });
});
