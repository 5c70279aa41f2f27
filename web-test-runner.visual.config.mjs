// @web/test-runner config for the screenshot tests (test/visual/*.visual.ts), Chromium only:
//   npm run test:visual            compare every story with its baseline (test/visual/baselines/)
//   npm run test:visual:update     delete the baselines and take them all again
// Both go through scripts/test-browsers.mjs --visual; `wtr --config <this file>` works too.
// A failed comparison leaves the new shot and a diff image in test/visual/failed/ (ignored by git).
// Chromium is found by scripts/lib/browsers.mjs (CHROME_PATH, else chromium on PATH).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { chromiumPath } from './scripts/lib/browsers.mjs';
import { emulateMediaPlugin } from './scripts/lib/emulate-media.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));
const visualDir = path.join(root, 'test', 'visual');
const update = process.argv.includes('--update-visual-baseline');


// Updating rewrites every baseline, so one left by a renamed or removed story goes too.
if (update) fs.rmSync(path.join(visualDir, 'baselines'), { recursive: true, force: true });

/** Serves `<file>?raw` imports (Vite's syntax, used by the stories) as a module exporting the text. */
function rawImportPlugin() {
  return {
    name: 'lhw-raw-import',
    serve(context) {
      if (!context.URL.searchParams.has('raw')) return undefined;
      const file = path.join(root, decodeURIComponent(context.path));
      if (!file.startsWith(root + path.sep)) return undefined;
      return { body: `export default ${JSON.stringify(fs.readFileSync(file, 'utf8'))};`, type: 'js' };
    },
  };
}

/**
 * Serves @testing-library/dom (which storybook/test imports) as one ES module, as Vite's
 * dependency pre-bundling does for Storybook: its ES build imports aria-query and lz-string,
 * which are CommonJS and cannot load in a browser as they are.
 */
function bundleTestingLibraryPlugin() {
  const entry = 'node_modules/@testing-library/dom/dist/@testing-library/dom.esm.js';
  let bundled;
  return {
    name: 'lhw-bundle-testing-library',
    async serve(context) {
      if (!context.path.endsWith(entry)) return undefined;
      bundled ??= build({ entryPoints: [path.join(root, entry)], bundle: true, format: 'esm', write: false, logLevel: 'error' });
      return { body: (await bundled).outputFiles[0].text, type: 'js' };
    },
  };
}

export default {
  rootDir: root,
  files: ['test/visual/**/*.visual.ts'],
  // Lit's production build: its dev-mode notice and warnings are the component tests' business.
  nodeResolve: { exportConditions: ['production'] },
  plugins: [
    rawImportPlugin(),
    bundleTestingLibraryPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: path.join(root, 'tsconfig.json') }),
    emulateMediaPlugin(),
    visualRegressionPlugin({
      update,
      baseDir: visualDir,
      getBaselineName: ({ name }) => path.join('baselines', name),
      getFailedName: ({ name }) => path.join('failed', name),
      getDiffName: ({ name }) => path.join('failed', `${name}-diff`),
      // Any colour change counts (pixelmatch's default lets small ones pass): rendering here is
      // deterministic, so the only tolerance left is for anti-aliased edges.
      diffOptions: { threshold: 0 },
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath(),
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--font-render-hinting=none', '--force-color-profile=srgb'],
      },
    }),
  ],
  // The test page: Storybook's browser code reads process.env.NODE_ENV (Vite defines it); one
  // font from node_modules instead of the machine's; no caret; scrollbars take no width.
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <head>
        <script>globalThis.process = { env: { NODE_ENV: 'production' } };</script>
        ${['400', '400-italic', '700', '700-italic'].map((face) => `<link rel="stylesheet" href="/node_modules/@fontsource/atkinson-hyperlegible/${face}.css">`).join('')}
        <style>
          html { scrollbar-width: none; }
          body { margin: 0; font: 16px/1.5 'Atkinson Hyperlegible', sans-serif; caret-color: transparent; }
        </style>
      </head>
      <body><script type="module" src="${testFramework}"></script></body>
    </html>`,
  concurrency: 1,
  testFramework: { config: { ui: 'bdd', timeout: 30000 } },
  browserStartTimeout: 120000,
  testsFinishTimeout: 300000,
  reporters: [defaultReporter()],
};
