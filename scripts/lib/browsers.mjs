// The one place that finds the browsers: the browser tests (scripts/test-browsers.mjs and both
// web-test-runner configs) and every script that drives Chromium (benchmark, Lighthouse,
// Storybook check, review pack) ask here. All come from Debian:
//   chromium   apt-get install -y chromium                      CHROME_PATH
//   firefox    apt-get install -y firefox-esr                   FIREFOX_PATH
//   webkit     apt-get install -y webkit2gtk-driver xvfb        WEBKIT_DRIVER_PATH (WebKitWebDriver),
//              (MiniBrowser under Xvfb, driven by WebKitWebDriver)   MINIBROWSER_PATH, XVFB_PATH
// Each variable names one executable and overrides where it is looked for (default: on PATH;
// MiniBrowser under /usr/lib/<multiarch>/webkit2gtk-4.1/). These are the only names read.
// LHW_BROWSERS=chromium,firefox,webkit chooses which of them run (default: all).
import fs from 'node:fs';
import path from 'node:path';

export const BROWSERS = {
  chromium: { label: 'Chromium', install: 'apt-get install -y chromium' },
  firefox: { label: 'Firefox ESR', install: 'apt-get install -y firefox-esr' },
  webkit: { label: 'WebKit (MiniBrowser)', install: 'apt-get install -y webkit2gtk-driver xvfb' },
};

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** First executable called `name` on PATH, or the bare name (then reported as missing). */
function which(name, env) {
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  return dirs.map((dir) => path.join(dir, name)).find(isExecutable) ?? name;
}

/** MiniBrowser ships in libwebkit2gtk-4.1-0, under /usr/lib/<multiarch triplet>/. */
function findMiniBrowser() {
  const dirs = fs.existsSync('/usr/lib') ? fs.readdirSync('/usr/lib') : [];
  const candidates = dirs.map((dir) => `/usr/lib/${dir}/webkit2gtk-4.1/MiniBrowser`);
  return candidates.find(isExecutable) ?? '/usr/lib/<arch>/webkit2gtk-4.1/MiniBrowser';
}

/** The executables each browser needs, from the environment or found on this machine. */
function executables(name, env) {
  if (name === 'chromium') return { browser: env.CHROME_PATH || which('chromium', env) };
  if (name === 'firefox') return { browser: env.FIREFOX_PATH || which('firefox-esr', env) };
  return {
    driver: env.WEBKIT_DRIVER_PATH || which('WebKitWebDriver', env),
    browser: env.MINIBROWSER_PATH || findMiniBrowser(),
    xvfb: env.XVFB_PATH || which('Xvfb', env),
  };
}

/**
 * One entry per browser: { name, label, install, selected, paths, missing: [paths] }.
 * A browser runs when it is selected (LHW_BROWSERS, default all) and nothing is missing.
 */
export function detectBrowsers(env = process.env) {
  const names = Object.keys(BROWSERS);
  const wanted = env.LHW_BROWSERS
    ? env.LHW_BROWSERS.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean)
    : names;
  const unknown = wanted.filter((name) => !names.includes(name));
  if (unknown.length) {
    throw new Error(`LHW_BROWSERS: unknown ${unknown.join(', ')} (known: ${names.join(',')})`);
  }
  return names.map((name) => {
    const paths = executables(name, env);
    return {
      name,
      ...BROWSERS[name],
      selected: wanted.includes(name),
      paths,
      missing: Object.values(paths).filter((file) => !isExecutable(file)),
    };
  });
}

/** Chromium's executable, for the scripts that drive it through puppeteer; throws when missing. */
export function chromiumPath(env = process.env) {
  const { paths, missing, install } = detectBrowsers({ ...env, LHW_BROWSERS: 'chromium' })[0];
  if (missing.length) throw new Error(`Chromium not found (${missing.join(', ')}): ${install}, or set CHROME_PATH`);
  return paths.browser;
}
