// Real printing of "Take this to your appointment" → Print, in Chromium and in Firefox: not a
// simulation of the print rules, the browser's own print to PDF.
//
// The browser tests check the page in print media through the CSSOM in every browser (and through
// print-media emulation in Chromium; test/summary-print-csp.test.ts); the review pack prints
// summaries in Chromium only. This script prints the strict-CSP host page
// (test/host-page/csp-print.html: host text around a <twitch-redflag-check>, served here by
// scripts/lib/static-server.mjs with the built dist/leg-health-widgets.js) in each browser:
//   1. walks the check by clicks (puppeteer's real input) to the "book an appointment" result of
//      the harness's `twitchScenarios.soon`, the answers the review pack prints;
//   2. control: prints the page without pressing Print; the PDF must be the page as it is (the
//      host page's text and the widget), so the check below can fail;
//   3. stubs window.print (so the print box and the print sheet stay in place, as between Print
//      and `afterprint`), presses the summary panel's Print button, and prints the page to PDF on
//      Letter, then, pressing Print again (both browsers fire `afterprint` once they have made a
//      PDF, and the widget then takes its box away), on A4; each PDF must hold the summary's
//      title, result heading and answers, none of the host page's own text nor the widget as on
//      screen, on one page (read with pdftotext and pdfinfo, from poppler-utils).
// Firefox's print honours the sheet the widget adopts into the document and the one in the print
// box's shadow root: without the first the host page prints, without the second the summary
// prints unstyled on two pages.
// Chromium is driven by puppeteer-core over CDP, Firefox ESR by puppeteer-core over WebDriver
// BiDi (page.pdf is BiDi's browsingContext.print). WebKit is not checked: WebKitWebDriver (2.50)
// answers the W3C "Print Page" command (POST /session/{id}/print) with "unknown command" and
// offers no BiDi session.
//
//   node scripts/check-print.mjs [--keep]   --keep: leave the PDFs in a temporary folder and say where
// Env: LHW_BROWSERS=chromium,firefox chooses the browsers (scripts/lib/browsers.mjs finds them).
// Exits 1 when a check fails or a selected browser is missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { detectBrowsers } from './lib/browsers.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HOST_PAGE = '/test/host-page/csp-print.html';
const BUNDLE = 'dist/leg-health-widgets.js';
const PAPERS = ['Letter', 'A4'];
const HOLDER = '[data-lhw-print]';
/** The widget on the host page, and selectors into its shadow root (puppeteer's `>>>`). */
const WIDGET = '#twitch';
const inWidget = (selector) => `${WIDGET} >>> ${selector}`;
const RESULT = inWidget('[part~="result"]');
const STEP_TIMEOUT = 15000;

const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);
const normalise = (text) => text.replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();

/**
 * What the check follows and expects, from the sources the tests use: the harness's "soon"
 * scenario as boxes to tick and answers to pick, its level by the rule module, and the English
 * texts the summary must print (built by esbuild from src/ and test/harness/, run here in Node).
 */
async function expectations() {
  const entry = `
import { packs } from './src/lang/built-in.ts';
import { twitchTriggers } from './src/twitch-redflag-check/twitch-rules.ts';
import { scenarioAnswers, scenarioResult, signChoices, twitchScenarios } from './test/harness/twitch.ts';
const soon = twitchScenarios.soon;
export const scenario = {
  signBoxes: soon.signs.map((choice) => signChoices.indexOf(choice)),
  answers: scenarioAnswers(soon),
  triggerBoxes: (soon.triggers ?? []).map((trigger) => twitchTriggers.indexOf(trigger)),
};
export const result = scenarioResult(soon);
export const en = packs.en;
`;
  const { outputFiles } = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'error',
  });
  const { scenario, result, en } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
  const twitch = en.twitch;
  const { triggers, ...answers } = scenario.answers;
  const context = { clinic: 'Lakeside Family Clinic', emergency: '911' };
  // Every answer other than "No" is printed with its question; the ticked triggers by name.
  const answerTexts = Object.entries(answers)
    .filter(([, answer]) => answer !== 'no')
    .flatMap(([question, answer]) => [twitch.emergencyScreen.signs[question]?.label ?? twitch.questions[question].legend, en.shared.answers[answer]]);
  return {
    scenario,
    level: result.level,
    printLabel: en.shared.summary.print,
    /** The widget's own line above its check, on screen and in a plain print; never in the summary. */
    widgetText: normalise(twitch.safetyNote),
    summaryTexts: [twitch.title, twitch.results[result.level].heading(context), ...answerTexts, ...triggers.map((trigger) => twitch.triggers.options[trigger])].map(normalise),
  };
}

/** Builds the script bundle when it is missing (the host page loads it). */
function ensureBundle() {
  if (existsSync(path.join(root, BUNDLE))) return;
  console.log(`${BUNDLE} is missing: building it (rollup -c --silent)`);
  const run = spawnSync('npx', ['rollup', '-c', '--silent'], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0 || !existsSync(path.join(root, BUNDLE))) throw new Error(`could not build ${BUNDLE}`);
}

// ---------------------------------------------------------------------------------------------
// The page, through puppeteer

/** Clicks `handle` (real input: puppeteer moves the mouse there and clicks). */
async function click(handle) {
  await handle.click();
  await handle.dispose();
}

/** Resolves once the widget has rendered and moved its focus (a task after its update). */
async function settled(page) {
  await page.evaluate(async (selector) => {
    const el = document.querySelector(selector);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
  }, WIDGET);
}

/** The check's "Step n of m" line (the form stays; its content is made again for each screen). */
const stepCount = (page) => page.evaluate((widget) => document.querySelector(widget).shadowRoot.querySelector('#step-count')?.textContent ?? '', WIDGET);

/** Presses the screen's submit button and waits for the next screen or the result. */
async function submit(page) {
  const before = await stepCount(page);
  const button = await page.$(inWidget('[part~="check"] form button[type="submit"]'));
  if (!button) throw new Error('no submit button on the check');
  await click(button);
  try {
    await page.waitForFunction(
      (widget, shown) => {
        const shadow = document.querySelector(widget).shadowRoot;
        return Boolean(shadow.querySelector('[part~="result"]')) || shadow.querySelector('#step-count')?.textContent !== shown;
      },
      { timeout: STEP_TIMEOUT },
      WIDGET,
      before,
    );
  } catch (error) {
    const problem = await page.evaluate((widget) => document.querySelector(widget).shadowRoot.querySelector('#problem')?.textContent ?? '', WIDGET);
    throw new Error(`the check stayed on "${before}" after its submit button${problem ? `: "${problem.trim()}"` : ''} (${error.message})`);
  }
  await settled(page);
}

/**
 * Walks the check by clicks as `scenario` says: the first screen's boxes, then on each step
 * screen every radio group in page order (a follow-up appears once the question before it is
 * answered, so the groups are read again after each answer) and the trigger boxes. Returns the
 * number of screens and the result's level.
 */
async function walkToResult(page, scenario) {
  await page.waitForSelector(inWidget('fieldset.signs input[type="checkbox"]'), { timeout: STEP_TIMEOUT });
  await settled(page);
  const signs = await page.$$(inWidget('fieldset.signs input[type="checkbox"]'));
  for (const index of scenario.signBoxes) await click(signs[index]);
  await settled(page);
  await submit(page);
  let screens = 1;
  while (!(await page.$(RESULT))) {
    screens += 1;
    if (screens > 10) throw new Error('the check gave no result after 10 screens');
    const answered = new Set();
    for (;;) {
      const radios = await page.$$(inWidget('[part~="check"] form input[type="radio"]'));
      const fields = await Promise.all(radios.map((radio) => radio.evaluate((input) => ({ name: input.name, value: input.value }))));
      const name = fields.map((field) => field.name).find((candidate) => !answered.has(candidate));
      if (name === undefined) break;
      answered.add(name);
      const value = scenario.answers[name];
      const index = fields.findIndex((field) => field.name === name && field.value === value);
      if (index < 0) throw new Error(`no answer "${value}" to "${name}" on screen ${screens}`);
      await click(radios[index]);
      await settled(page);
    }
    const boxes = await page.$$(inWidget('[part~="check"] form input[type="checkbox"]'));
    if (boxes.length > 0) for (const index of scenario.triggerBoxes) await click(boxes[index]);
    await settled(page);
    await submit(page);
  }
  const level = await page.$eval(RESULT, (card) => [...card.classList].find((name) => name.startsWith('care-') && name !== 'care-card')?.slice(5) ?? 'none');
  return { screens, level };
}

/** What the page holds for printing now: the print box, the sheets, and the window.print calls. */
function printState(page) {
  return page.evaluate((holderSelector) => {
    const holders = document.querySelectorAll(holderSelector);
    return {
      holders: holders.length,
      holderLast: holders.length === 1 && document.body.lastElementChild === holders[0],
      documentSheets: document.adoptedStyleSheets.length,
      holderSheets: holders[0]?.shadowRoot?.adoptedStyleSheets.length ?? 0,
      printCalls: globalThis.lhwPrintCalls ?? 0,
    };
  }, HOLDER);
}

/** Presses the summary panel's Print button (by its label), by a click. */
async function pressPrint(page, label) {
  const buttons = await page.$$(inWidget('[part~="summary"] button'));
  const labels = await Promise.all(buttons.map((button) => button.evaluate((b) => b.textContent.replace(/\s+/g, ' ').trim())));
  const index = labels.indexOf(label);
  if (index < 0) throw new Error(`no "${label}" button in the summary panel (${labels.join(', ')})`);
  await click(buttons[index]);
  await settled(page);
}

// ---------------------------------------------------------------------------------------------
// PDFs

/** The text and page count of a PDF, by pdftotext and pdfinfo. */
function readPdf(bytes, file) {
  writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return {
    text: normalise(text),
    pages: Number(info.match(/^Pages:\s+(\d+)/m)?.[1]),
    size: info.match(/^Page size:\s+(.*)$/m)?.[1].trim(),
  };
}

/** Collects failed expectations of one browser. */
function checker(label) {
  const failures = [];
  return {
    failures,
    expect(ok, what) {
      if (!ok) failures.push(`${label}: ${what}`);
      return ok;
    },
  };
}

// ---------------------------------------------------------------------------------------------

async function launch(name, executablePath) {
  if (name === 'chromium') return puppeteer.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
  return puppeteer.launch({ browser: 'firefox', executablePath, headless: true });
}

/** The whole check in one browser; returns its report lines and failures. */
async function checkBrowser({ name, label, paths }, { origin, expected, outDir }) {
  const started = Date.now();
  const lines = [];
  const { failures, expect } = checker(label);
  const browser = await launch(name, paths.browser);
  try {
    const version = await browser.version();
    lines.push(`${label} (${version}):`);
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}${HOST_PAGE}`, { waitUntil: 'load' });
    // The host page's own text: its paragraph (its heading is the clinic's name, which the summary prints too).
    const hostText = normalise(await page.$eval('#page-text', (p) => p.textContent));

    const walk = await walkToResult(page, expected.scenario);
    expect(walk.level === expected.level, `the check ended at "${walk.level}", expected "${expected.level}"`);
    lines.push(`  walked by clicks through ${walk.screens} screens to the result: ${walk.level} (${seconds(started)} s since launch)`);

    // The control: without Print the page prints as it is, host text and widget and all.
    let mark = Date.now();
    const control = readPdf(await page.pdf({ format: 'Letter', printBackground: true }), path.join(outDir, `${name}-control-Letter.pdf`));
    const controlHost = expect(control.text.includes(hostText), 'control (no Print): the PDF lacks the host page\'s text');
    const controlWidget = expect(control.text.includes(expected.widgetText), 'control (no Print): the PDF lacks the widget\'s own text');
    lines.push(
      `  control, Print not pressed, Letter: ${control.pages} page(s); host text ${controlHost ? 'printed' : 'MISSING (FAIL)'}; widget as on screen ${controlWidget ? 'printed' : 'MISSING (FAIL)'} (${seconds(mark)} s)`,
    );

    // Print, as between Print and afterprint: window.print does nothing.
    await page.evaluate(() => {
      globalThis.lhwPrintCalls = 0;
      window.print = () => {
        globalThis.lhwPrintCalls += 1;
      };
    });
    const sheetsBefore = (await printState(page)).documentSheets;
    for (const [index, paper] of PAPERS.entries()) {
      mark = Date.now();
      await pressPrint(page, expected.printLabel);
      const before = await printState(page);
      expect(
        before.holders === 1 && before.holderLast && before.documentSheets === sheetsBefore + 1 && before.holderSheets > 0 && before.printCalls === index + 1,
        `${paper}: after Print the page holds ${JSON.stringify(before)}; expected one print box last in <body>, one more document sheet, a styled shadow root, ${index + 1} print call(s)`,
      );
      const pdf = readPdf(await page.pdf({ format: paper, printBackground: true, preferCSSPageSize: true }), path.join(outDir, `${name}-summary-${paper}.pdf`));
      const after = await printState(page);
      const missing = expected.summaryTexts.filter((text) => !pdf.text.includes(text));
      const summaryOk = expect(missing.length === 0, `${paper}: the summary PDF lacks ${missing.map((text) => JSON.stringify(text)).join(', ')}`);
      const hostOk = expect(!pdf.text.includes(hostText), `${paper}: the summary PDF holds the host page's text`);
      const widgetOk = expect(!pdf.text.includes(expected.widgetText), `${paper}: the summary PDF holds the widget as on screen`);
      const pagesOk = expect(pdf.pages === 1, `${paper}: the summary PDF has ${pdf.pages} pages, expected 1`);
      lines.push(
        `  Print pressed, ${paper} (${pdf.size}): ${pdf.pages} page(s)${pagesOk ? '' : ' (FAIL)'}; summary title, heading and answers ${summaryOk ? 'printed' : 'MISSING (FAIL)'}; host text ${hostOk ? 'absent' : 'PRINTED (FAIL)'}; widget as on screen ${widgetOk ? 'absent' : 'PRINTED (FAIL)'}; print box after page.pdf: ${after.holders ? 'still there' : 'gone (the browser fired afterprint)'} (${seconds(mark)} s)`,
      );
      // Printing has ended (whether or not the browser said so): the widget takes its box away.
      await page.evaluate(() => dispatchEvent(new Event('afterprint')));
      const ended = await printState(page);
      expect(ended.holders === 0 && ended.documentSheets === sheetsBefore, `${paper}: after afterprint the page holds ${JSON.stringify(ended)}`);
    }
    // What test/host-page/probe.js heard. Firefox asks for /favicon.ico by itself (the page is a
    // top-level page here, not the tests' iframe), which default-src 'none' refuses: not the widget's.
    const heard = await page.evaluate(() => ({ violations: [...(window.hostPageProbe?.violations ?? [])], errors: [...(window.hostPageProbe?.errors ?? [])] }));
    const favicon = (entry) => entry.includes('/favicon.ico');
    const violations = heard.violations.filter((entry) => !favicon(entry));
    const pageErrors = [...heard.errors, ...errors].filter((entry) => !favicon(entry));
    expect(violations.length === 0, `CSP / Trusted Types violations: ${violations.join('; ')}`);
    expect(pageErrors.length === 0, `page errors: ${pageErrors.join('; ')}`);
    const ignored = [...heard.violations, ...heard.errors, ...errors].filter(favicon).length;
    lines.push(`  CSP and Trusted Types violations: ${violations.length}; page errors: ${pageErrors.length}${ignored ? ` (not counted: ${ignored} report(s) of the browser's own /favicon.ico request)` : ''}`);
  } catch (error) {
    failures.push(`${label}: ${error.stack ?? error}`);
  } finally {
    await browser.close();
  }
  lines.push(`  ${failures.length ? 'FAILED' : 'ok'} in ${seconds(started)} s`);
  return { lines, failures };
}

async function main() {
  const started = Date.now();
  const keep = process.argv.includes('--keep');
  ensureBundle();
  const expected = await expectations();
  const browsers = detectBrowsers().filter((browser) => browser.name !== 'webkit' && browser.selected);
  if (browsers.length === 0) throw new Error('no browser to check: LHW_BROWSERS names neither chromium nor firefox');
  const server = await startStaticServer(root);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const outDir = mkdtempSync(path.join(tmpdir(), 'lhw-print-'));
  const failures = [];
  console.log(`Printing "${expected.printLabel}" from ${HOST_PAGE} (strict CSP, Trusted Types), papers ${PAPERS.join(' and ')}:`);
  try {
    for (const browser of browsers) {
      if (browser.missing.length) {
        console.log(`${browser.label}: MISSING (${browser.missing.join(', ')}; ${browser.install})`);
        failures.push(`${browser.label}: not found`);
        continue;
      }
      const report = await checkBrowser(browser, { origin, expected, outDir });
      for (const line of report.lines) console.log(line);
      failures.push(...report.failures);
    }
  } finally {
    server.close();
    if (keep) console.log(`PDFs kept in ${outDir}`);
    else rmSync(outDir, { recursive: true, force: true });
  }
  console.log('WebKit: not checked (WebKitWebDriver has no Print Page command and no BiDi)');
  for (const failure of failures) console.error(`FAIL ${failure}`);
  console.log(`Print check ${failures.length ? `FAILED (${failures.length})` : 'passed'} in ${seconds(started)} s`);
  return failures.length ? 1 : 0;
}

process.exitCode = await main();
