import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { kilobytes, sizesOf } from './scripts/lib/bytes.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

/**
 * The script-tag bundle runs once per page: a second copy (pasted twice, or another version)
 * stops before its own Lit starts, so nothing is defined twice and a Trusted Types policy named
 * in the page's CSP is not created twice. A different version says so once.
 */
const runOnce = `const loaded = globalThis[Symbol.for('leg-health-widgets')];
if (loaded) {
  if (loaded !== ${JSON.stringify(version)}) console.warn('[leg-health-widgets] version ' + loaded + ' is already on this page; version ${version} will not load.');
  return;
}
globalThis[Symbol.for('leg-health-widgets')] = ${JSON.stringify(version)};`;

/**
 * DOM clobbering. An element with an id (or a `name`, on a form, image, embed or frame) is a
 * property of `window`: `<div id="litHtmlVersions">` in a visitor's comment makes
 * `window.litHtmlVersions` that element (two make it a collection; `<iframe name>` a window).
 * Lit's modules read such globals when they run: their version lists (and push to them: an
 * element has no `push`, so the whole script stopped), the property metadata map, the polyfill
 * and hydration hooks (called when present), `ShadyCSS` (present but not native: `<style>`
 * elements, which a strict CSP blocks), `litNonce` and `trustedTypes`. In the script bundle each
 * Lit module reads globals through `lhwGlobals` instead of `globalThis`: an element, a collection
 * or a window reads as absent, and writes go nowhere, so Lit's version lists and metadata map
 * stay inside the script and it adds no name to `window`. A version list the page's own Lit made
 * is an array, so the script adds its versions to it as another copy of Lit would. The property
 * metadata map is the script's own (`lhwPropertyMetadata`): its elements use no decorators.
 */
const guardedLitGlobals = `export const lhwPropertyMetadata = new WeakMap();
export const lhwGlobals = new Proxy(globalThis, {
  get(page, name) {
    const value = page[name];
    // A window (also one of another origin) is its own .window; undefined reads as itself.
    return value instanceof Node || value instanceof HTMLCollection || value === value?.window ? undefined : value;
  },
  set: () => true,
});`;

const GUARDED_GLOBALS_ID = '\0lhw-lit-globals';
/** Lit's production modules, as node-resolve finds them. */
const LIT_MODULE = /[\\/]node_modules[\\/](?:lit|lit-html|lit-element|@lit[\\/][^\\/]+)[\\/].+\.js$/;
/** A global read other than through `lhwGlobals`: by a name of its own (`litPropertyMetadata.get`) or through `window` or `self`. */
const UNGUARDED = /(?<![\w$.])(window|self|globalThis|lit[A-Z]\w*|\w+(?:PolyfillSupport|HydrateSupport|Versions)|Shady[A-Z]+|trustedTypes)(?![\w$])/g;

/**
 * Points Lit's modules at `lhwGlobals` (see `guardedLitGlobals`). Same-length renames, and the
 * import added after the last line, so the code does not move and its source map stays right
 * (`map: null`). Fails the build when a Lit module reads a global some other way.
 */
function guardLitGlobals() {
  let rewritten = 0;
  return {
    name: 'guard-lit-globals',
    resolveId: (id) => (id === GUARDED_GLOBALS_ID ? id : null),
    load: (id) => (id === GUARDED_GLOBALS_ID ? guardedLitGlobals : null),
    transform(code, id) {
      if (!LIT_MODULE.test(id)) return null;
      if (/\blhw(?:Globals|PropertyMetadata)\b/.test(code)) this.error(`${id} already uses the name lhwGlobals or lhwPropertyMetadata`);
      const guarded = code
        .replace(/(?<![\w$.])globalThis(?![\w$])/g, 'lhwGlobals')
        .replace(/(?<![\w$.])litPropertyMetadata(?![\w$])/g, 'lhwPropertyMetadata');
      const unguarded = [...new Set([...guarded.matchAll(UNGUARDED)].map((match) => match[1]))];
      if (unguarded.length > 0) this.error(`${id} reads ${unguarded.join(', ')} unguarded: see guardedLitGlobals in rollup.config.mjs`);
      if (guarded === code) return null;
      rewritten += 1;
      return { code: `${guarded}\nimport { lhwGlobals, lhwPropertyMetadata } from ${JSON.stringify(GUARDED_GLOBALS_ID)};\n`, map: null };
    },
    buildEnd() {
      const litModules = [...this.getModuleIds()].filter((id) => LIT_MODULE.test(id));
      if (litModules.length > 0 && rewritten === 0) this.error('guard-lit-globals: Lit is in the bundle but none of its modules was rewritten');
    },
  };
}

/** Every element folder with a `define.ts` gets its own side-effect entry in the npm package. */
export const elements = readdirSync('src').filter((name) => existsSync(`src/${name}/define.ts`));

/**
 * Language add-ons: each `src/lang/<code>.ts` named by a language tag (`vi.ts`, `zh-Hant.ts`)
 * registers one language's text for every element. It is built as a classic script that imports
 * nothing, so the same file works pasted as `<script src>` (before or after the main script) and
 * imported from npm (`leg-health-widgets/lang/<code>.js`).
 */
export const languageAddOns = readdirSync('src/lang')
  .map((file) => /^([a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-[A-Z]{2})?)\.ts$/.exec(file)?.[1])
  .filter(Boolean);

const compile = () =>
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts'],
    compilerOptions: { noEmit: false, declaration: false, sourceMap: true, removeComments: true },
  });

/** Prints every output's size, and writes the script's SRI hash beside it. */
function reportSizes({ sri } = {}) {
  return {
    name: 'report-sizes',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const code = Buffer.from(file.code);
        const { raw, gzip, brotli } = sizesOf(code);
        console.log(`${file.fileName.padEnd(36)} ${kilobytes(raw).padStart(9)} raw ${kilobytes(gzip).padStart(9)} gzip ${kilobytes(brotli).padStart(9)} brotli`);
        if (sri) {
          const hash = `sha384-${createHash('sha384').update(code).digest('base64')}`;
          this.emitFile({ type: 'asset', fileName: `${file.fileName}.sri`, source: `${hash}\n` });
          console.log(`${file.fileName}.sri: ${hash}`);
        }
      }
    },
  };
}

/**
 * How code is shipped to browsers: Lit's production build with its globals guarded, the HTML and
 * CSS inside templates minified, then terser. The script bundle uses it, and so does the size check
 * (scripts/lib/sizes.mjs), so budgets are measured on the same bytes; `module` for ES module output.
 */
export function minifiedBrowserBuild({ module = false } = {}) {
  return [
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    guardLitGlobals(),
    minifyLiterals({
      include: ['src/**/*.ts'],
      failOnError: true,
    }),
    compile(),
    terser({ ecma: 2022, module, compress: { passes: 3 }, format: { comments: false } }),
  ];
}

export default [
  // The npm package: ES modules with Lit left to the consumer's bundler.
  {
    input: {
      index: 'src/index.ts',
      ...Object.fromEntries(elements.map((tag) => [tag, `src/${tag}/define.ts`])),
    },
    external: [/^lit(\/|$)/, /^@lit\//],
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins: [nodeResolve(), compile(), reportSizes()],
  },
  // The script tag: one classic script, Lit's production build inside, every element defined.
  {
    input: 'src/leg-health-widgets.ts',
    output: {
      file: 'dist/leg-health-widgets.js',
      format: 'iife',
      intro: runOnce,
      sourcemap: true,
    },
    plugins: [
      ...minifiedBrowserBuild(),
      reportSizes({ sri: true }),
    ],
  },
  ...languageAddOns.map((code) => ({
    input: `src/lang/${code}.ts`,
    output: { file: `dist/lang/${code}.js`, format: 'iife', sourcemap: true },
    plugins: [...minifiedBrowserBuild(), reportSizes({ sri: true })],
  })),
];
