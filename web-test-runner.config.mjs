// @web/test-runner config: the component tests in test/**/*.test.ts, run in the browsers
// found on this machine (Chromium, Firefox ESR, WebKit's MiniBrowser; all from Debian).
//
// Run it through `npm run test:browsers` (scripts/test-browsers.mjs, a step of `npm test`): that
// script reports which browsers run (both find them with scripts/lib/browsers.mjs), and starts
// Xvfb + WebKitWebDriver for WebKit. Running `wtr` directly works for Chromium and Firefox;
// WebKit then needs LHW_WEBKIT_PORT pointing at a WebKitWebDriver that you started yourself
// (e.g. `xvfb-run -a WebKitWebDriver --port=4445`).
//
// Environment:
//   LHW_BROWSERS=chromium,firefox,webkit   run only these (default: all that are installed)
//   LHW_REQUIRE_ALL_BROWSERS=1             a selected browser that is missing is an error
//   LHW_COVERAGE=0                         no coverage (else on whenever Chromium runs)
//   and where the executables are: see scripts/lib/browsers.mjs
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { detectBrowsers } from './scripts/lib/browsers.mjs';
import { emulateMediaPlugin } from './scripts/lib/emulate-media.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));

/** Prints "N passed, N failed" at the end, counting every test in every browser. */
function closingLineReporter() {
  let counts;
  const walk = (suite, c) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) c.skipped += 1;
      else if (test.passed) c.passed += 1;
      else c.failed += 1;
    }
    for (const child of suite?.suites ?? []) walk(child, c);
  };
  return {
    onTestRunFinished({ sessions }) {
      counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = counts.failed;
        walk(session.testResults, counts);
        // A file that failed to load or threw outside a test has no failing test: count it.
        if (!session.passed && counts.failed === before) counts.failed += 1;
      }
    },
    stop() {
      // On exit, so that it comes after wtr's own summary as the last line.
      if (counts) {
        const { passed, failed, skipped } = counts;
        process.once('exit', () => console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`));
      }
    },
  };
}

/**
 * Makes Lit's dev-mode warnings fail the tests: every test file first imports
 * test/helpers/lit-dev-warnings.ts, which records them (from before Lit loads) and fails the test
 * during which one appears. The import goes on the file's first line, so line numbers in stack
 * traces stay the same. Lit's "dev mode" notice and the library's own warnings do not count.
 */
function litDevWarningsPlugin() {
  return {
    name: 'lhw-lit-dev-warnings',
    transform(context) {
      if (!/^\/test\/.+\.test\.ts$/.test(context.path) || typeof context.body !== 'string') return undefined;
      return { body: `import '/test/helpers/lit-dev-warnings.ts';${context.body}` };
    },
  };
}

class WebKitLauncher extends WebdriverLauncher {
  async initialize(config) {
    await super.initialize(config);
    this.name = 'WebKit';
  }
}

function createLaunchers(run, env) {
  const launchers = [];
  for (const { name, paths } of run) {
    if (name === 'chromium') {
      const launcher = chromeLauncher({
        launchOptions: {
          executablePath: paths.browser,
          headless: true,
          args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
        },
      });
      launcher.name = 'Chromium';
      launchers.push(launcher);
    } else if (name === 'firefox') {
      // puppeteer-core drives Firefox over WebDriver BiDi (no download: Debian's firefox-esr).
      launchers.push(
        chromeLauncher({
          puppeteer,
          launchOptions: { browser: 'firefox', executablePath: paths.browser, headless: true },
        }),
      );
    } else if (name === 'webkit') {
      launchers.push(
        new WebKitLauncher({
          hostname: '127.0.0.1',
          port: Number(env.LHW_WEBKIT_PORT),
          path: '/',
          logLevel: 'error',
          capabilities: {
            browserName: 'MiniBrowser',
            'wdio:enforceWebDriverClassic': true,
            'webkitgtk:browserOptions': { binary: paths.browser, args: ['--automation'] },
          },
        }),
      );
    }
  }
  return launchers;
}

function createConfig(env = process.env) {
  const detected = detectBrowsers(env);
  const fromScript = env.LHW_TEST_SCRIPT === '1'; // scripts/test-browsers.mjs already reported these
  const requireAll = env.LHW_REQUIRE_ALL_BROWSERS === '1';
  const missing = detected.filter((b) => b.selected && b.missing.length);
  if (requireAll && missing.length) {
    throw new Error(
      `LHW_REQUIRE_ALL_BROWSERS=1 but missing: ` +
        missing.map((b) => `${b.label} (${b.missing.join(', ')}; ${b.install})`).join('; '),
    );
  }
  const run = detected.filter((b) => b.selected && !b.missing.length);
  const webkit = run.find((b) => b.name === 'webkit');
  if (webkit && !env.LHW_WEBKIT_PORT) {
    const why = 'it needs a running WebKitWebDriver: use `npm run test:browsers`, or set LHW_WEBKIT_PORT';
    if (requireAll) throw new Error(`WebKit: ${why}`);
    console.log(`WebKit: skipped, ${why}`);
    run.splice(run.indexOf(webkit), 1);
  }
  if (!fromScript) {
    for (const b of missing) console.log(`${b.label}: skipped, not found: ${b.missing.join(', ')}; install: ${b.install}`);
  }
  if (!run.length) throw new Error('No browser to run the tests in (see the messages above).');
  const hasChromium = run.some((b) => b.name === 'chromium');

  return {
    rootDir: root,
    files: ['test/**/*.test.ts'],
    // Keeps Lit's development build (the default "development" export condition), so Lit's
    // dev-mode warnings show up in the test logs, and fail the test that caused them
    // (litDevWarningsPlugin).
    nodeResolve: true,
    plugins: [
      litDevWarningsPlugin(),
      // Forced colours for real (Chromium): test/helpers/summary.ts emulateForcedColours.
      emulateMediaPlugin(),
      esbuildPlugin({ ts: true, target: 'es2022', tsconfig: path.join(root, 'tsconfig.json') }),
    ],
    browsers: createLaunchers(run, env),
    // Silence only Lit's generic "Lit is in dev mode" notice; every other warning is shown.
    filterBrowserLogs: ({ args }) =>
      !args.some((arg) => typeof arg === 'string' && arg.includes('lit.dev/msg/dev-mode')),
    // One test file at a time per browser: with 2 pages in one Chromium, the page in the
    // background loses focus, so keyboard tests (sendKeys) time out and timers are throttled
    // (measured: 7 failures and 75 s, against 17 s at 1). It also makes the WebDriver launcher
    // use a plain session instead of iframes. The three browsers still run side by side.
    concurrency: 1,
    concurrentBrowsers: 3,
    // Coverage works in Chromium only (V8), and counts only the src/ files that the tests load.
    // Lines and statements must reach 90 %; functions and branches 80 %, because V8 counts every
    // arrow function in a Lit template (event handlers) as a function, and defensive defaults
    // add branches that are rarely worth a test each. LHW_COVERAGE=0 turns coverage off
    // (scripts/test-browsers.mjs does so when --files picks a subset of the tests).
    coverage: hasChromium && env.LHW_COVERAGE !== '0',
    coverageConfig: {
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.test.ts', 'test/**', 'node_modules/**'],
      threshold: { lines: 90, statements: 90, functions: 80, branches: 80 },
      reportDir: 'coverage',
      reporters: ['lcov', 'text-summary'],
    },
    testFramework: { config: { ui: 'bdd', timeout: 10000 } },
    browserStartTimeout: 120000,
    testsStartTimeout: 120000,
    testsFinishTimeout: 300000,
    // wtr's usual output, plus a closing "Tests: N passed, N failed, N skipped" line.
    reporters: [defaultReporter(), closingLineReporter()],
  };
}

export default createConfig();
