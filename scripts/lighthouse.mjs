#!/usr/bin/env node
// Lighthouse 12 on the demo clinic page (demo/clinic.html), mobile and desktop, printed as a
// table of category scores and key metrics.
//
//   npm run bundle && node scripts/lighthouse.mjs [--runs N] [--out DIR] [--page PATH]
//
// It builds nothing: it needs dist/leg-health-widgets.js. It serves the repository root on a
// free localhost port (a small static server with content types, Cache-Control and gzip, like a
// real host or CDN), launches headless Chromium (found by scripts/lib/browsers.mjs) and runs
// Lighthouse through its Node API.
//
//   --runs N     N runs per form factor (default 3); the median run (Lighthouse's pick) is printed
//   --out DIR    also write each printed run's HTML report to DIR
//   --page PATH  another page under the repository root (default /demo/clinic.html)
//   --form-factor mobile|desktop   only one of the two
//
// Timing figures are printed, never asserted: they vary with the machine. The exit code is 1
// only when accessibility or best practices is below 100 in any form factor (or on an error),
// and the failing audits are listed.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { chromiumPath } from './lib/browsers.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Lighthouse is not a project dependency: one of its own dependencies is pinned to a moving
// "latest" tag, which would make `npm ci` fail whenever that package publishes. This script
// installs Lighthouse 12 (the last line for Node 20) into a cache folder the first time it runs.
const lighthouseDir = path.join(root, 'node_modules', '.cache', 'lighthouse-12');
const lighthouseRoot = path.join(lighthouseDir, 'node_modules', 'lighthouse');
if (!fs.existsSync(lighthouseRoot)) {
  console.log('Installing lighthouse@12.8.2 for this script (once)…');
  fs.mkdirSync(lighthouseDir, { recursive: true });
  execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefix', lighthouseDir, 'lighthouse@12.8.2'], {
    stdio: 'inherit',
  });
}
const { default: lighthouse, desktopConfig } = await import(pathToFileURL(path.join(lighthouseRoot, 'core', 'index.js')).href);
const { computeMedianRun } = await import(pathToFileURL(path.join(lighthouseRoot, 'core', 'lib', 'median-run.js')).href);
// chrome-launcher as Lighthouse itself uses it (its own dependency, nested or hoisted).
const requireFromLighthouse = createRequire(path.join(lighthouseRoot, 'package.json'));
const chromeLauncher = await import(pathToFileURL(requireFromLighthouse.resolve('chrome-launcher')).href);

const categories = [
  ['performance', 'Performance'],
  ['accessibility', 'Accessibility'],
  ['best-practices', 'Best practices'],
  ['seo', 'SEO'],
];
/** Categories that must score 100: anything less makes the exit code 1. */
const required = ['accessibility', 'best-practices'];

const metrics = [
  ['first-contentful-paint', 'FCP', 'ms'],
  ['largest-contentful-paint', 'LCP', 'ms'],
  ['total-blocking-time', 'TBT', 'ms'],
  ['cumulative-layout-shift', 'CLS', 'unitless'],
  ['speed-index', 'Speed Index', 'ms'],
];

const formFactors = [
  ['mobile', undefined], // Lighthouse's default: a mid-range phone, slow 4G, 4x CPU slowdown
  ['desktop', desktopConfig],
];

function parseArgs(argv) {
  const options = { runs: 3, out: undefined, page: '/demo/clinic.html', formFactor: undefined };
  for (let i = 0; i < argv.length; i += 1) {
    const [name, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (name === '--runs') options.runs = Number(value());
    else if (name === '--out') options.out = path.resolve(value());
    else if (name === '--page') options.page = value();
    else if (name === '--form-factor') options.formFactor = value();
    else if (name === '--help' || name === '-h') {
      console.log('usage: node scripts/lighthouse.mjs [--runs N] [--out DIR] [--page PATH] [--form-factor mobile|desktop]');
      process.exit(0);
    } else throw new Error(`unknown argument ${argv[i]} (see --help)`);
  }
  if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error('--runs needs a whole number of at least 1');
  if (!options.page.startsWith('/')) options.page = `/${options.page}`;
  if (options.formFactor && !formFactors.some(([name]) => name === options.formFactor)) {
    throw new Error('--form-factor is mobile or desktop');
  }
  return options;
}

function pad(text, width, alignRight = true) {
  const s = String(text);
  return alignRight ? s.padStart(width) : s.padEnd(width);
}

function formatMetric(audit, unit) {
  if (!audit || audit.numericValue === undefined) return 'n/a';
  if (unit === 'unitless') return audit.numericValue.toFixed(3);
  return audit.numericValue >= 1000 ? `${(audit.numericValue / 1000).toFixed(2)} s` : `${Math.round(audit.numericValue)} ms`;
}

function score(category) {
  return category?.score == null ? 'n/a' : String(Math.round(category.score * 100));
}

function printTable(results) {
  const names = Object.keys(results);
  const first = 16;
  const col = 10;
  console.log(`\n${pad('', first, false)}${names.map((n) => pad(n, col)).join('')}`);
  for (const [id, label] of categories) {
    console.log(`${pad(label, first, false)}${names.map((n) => pad(score(results[n].categories[id]), col)).join('')}`);
  }
  for (const [id, label, unit] of metrics) {
    console.log(`${pad(label, first, false)}${names.map((n) => pad(formatMetric(results[n].audits[id], unit), col)).join('')}`);
  }
}

/**
 * Loads the page once before measuring. A freshly started Chromium spends 100-150 ms (600 ms with
 * Lighthouse's 4x CPU slowdown) on one-off start-up work in its first page, which would count as
 * blocking time against the page; a visitor's browser is already running.
 */
async function warmUp(port, url) {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
  try {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.close();
  } finally {
    await browser.disconnect();
  }
}

/** Audits that lose points in a category: those with weight and a score below 1. */
function failingAudits(lhr, categoryId) {
  const category = lhr.categories[categoryId];
  if (!category) return [];
  return category.auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map((audit) => `${audit.id} (${Math.round(audit.score * 100)}): ${audit.title}${audit.displayValue ? `, ${audit.displayValue}` : ''}`);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const bundle = path.join(root, 'dist', 'leg-health-widgets.js');
  if (!fs.existsSync(bundle)) throw new Error('dist/leg-health-widgets.js is missing: build first (npm run bundle)');
  if (!fs.existsSync(path.join(root, options.page))) throw new Error(`${options.page} does not exist under ${root}`);

  const executablePath = chromiumPath();
  const server = await startStaticServer(root);
  const url = `http://127.0.0.1:${server.address().port}${options.page}`;
  let chrome;
  try {
    chrome = await chromeLauncher.launch({
      chromePath: executablePath,
      // chrome-launcher adds its defaults too (no background networking, component updates,
      // sync or first-run UI); root needs --no-sandbox.
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
      logLevel: 'silent',
    });
    console.log(`Lighthouse ${lighthouseVersion()} on ${url}`);
    console.log(`Chrome: ${executablePath}, ${options.runs} run(s) per form factor`);
    await warmUp(chrome.port, url);

    const results = {};
    for (const [name, config] of formFactors) {
      if (options.formFactor && name !== options.formFactor) continue;
      const runs = [];
      for (let i = 0; i < options.runs; i += 1) {
        const result = await lighthouse(
          url,
          {
            port: chrome.port,
            output: options.out ? 'html' : 'json',
            logLevel: 'error',
            onlyCategories: categories.map(([id]) => id),
          },
          config,
        );
        if (!result) throw new Error(`Lighthouse returned no result for ${name}`);
        if (result.lhr.runtimeError) throw new Error(`${name}: ${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`);
        runs.push(result);
        process.stdout.write(`  ${name} run ${i + 1}: performance ${score(result.lhr.categories.performance)}\n`);
      }
      const median = computeMedianRun(runs.map((r) => r.lhr));
      const chosen = runs.find((r) => r.lhr === median) ?? runs[0];
      results[name] = chosen.lhr;
      if (options.out) {
        fs.mkdirSync(options.out, { recursive: true });
        const file = path.join(options.out, `${path.basename(options.page, '.html')}-${name}.report.html`);
        fs.writeFileSync(file, chosen.report);
        console.log(`  ${name} report: ${path.relative(process.cwd(), file)}`);
      }
    }

    printTable(results);
    const benchmarks = Object.entries(results).map(([name, lhr]) => `${name} ${Math.round(lhr.environment.benchmarkIndex)}`);
    const cores = os.availableParallelism?.() ?? os.cpus().length;
    console.log(`\nCPU benchmark index: ${benchmarks.join(', ')}; load average ${os.loadavg()[0].toFixed(1)} on ${cores} cores`);
    if (os.loadavg()[0] > cores) console.log('The machine is busy: timings (performance, FCP, LCP, TBT) are pessimistic.');

    let failed = false;
    console.log('');
    for (const [name, lhr] of Object.entries(results)) {
      for (const [id, label] of categories) {
        const failing = failingAudits(lhr, id);
        if (!failing.length) continue;
        const gate = required.includes(id) && lhr.categories[id].score < 1;
        failed ||= gate;
        console.log(`${name}, ${label}${gate ? ' (must be 100)' : ''}: audits that lose points`);
        for (const line of failing) console.log(`  - ${line}`);
      }
      for (const warning of lhr.runWarnings ?? []) console.log(`${name}: Lighthouse warning: ${warning}`);
    }
    if (!failed) console.log(`Accessibility and best practices: 100 in ${Object.keys(results).join(' and ')}.`);
    return failed ? 1 : 0;
  } finally {
    await chrome?.kill();
    await new Promise((resolve) => server.close(resolve));
  }
}

function lighthouseVersion() {
  return JSON.parse(fs.readFileSync(path.join(lighthouseRoot, 'package.json'), 'utf8')).version;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
