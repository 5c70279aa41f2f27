// "What a visitor takes to an appointment": the printed summary of one typical twitching result,
// one PDF per language (built-in and add-on), for the clinical review pack (its section says which answers
// produced it: SUMMARY in ./model.mjs).
//
// Printed by the real widget, as a visitor's browser prints it: <twitch-redflag-check>, built from
// src/ by esbuild with Lit's production build, runs in headless Chromium (found by
// scripts/lib/browsers.mjs); the test harness (test/harness/twitch.ts) walks it by clicks through
// the canonical "book an appointment" answers; "Print" is pressed with window.print stubbed, which
// puts the summary in its print box with the widget's print sheet; Chromium then prints the page
// (print media, the sheet's own @page margins) to PDF, on Letter (the file) and on A4 (only counted:
// SUMMARY_PAPERS), and `afterprint` takes the box away. The page asks for nothing outside itself.
// The clock stands still at SUMMARY.madeAt.
//
//   node scripts/review-pack/summaries.mjs [folder]   writes <folder>/review-pack.summary-<language>.pdf
//                                                     (default folder: dist)
// `printSummaries` does the same for a caller that already has a browser (the review-pack build).
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { chromiumPath } from '../lib/browsers.mjs';
import { SUMMARY, summaryCopies, summaryFileName } from './model.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The page's script: the widget and the harness's walk, and `printSummary(language)`, which walks
 * a new widget to a result and presses Print. Runs in the page, so it names nothing from Node.
 */
const addOnImports = readdirSync(path.join(root, 'src/lang'))
  .filter((file) => /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-[A-Z]{2})?\.ts$/.test(file))
  .map((file) => `import './src/lang/${file}';`)
  .join('\n');
const DRIVER = `
import './src/${SUMMARY.element}/define.ts';
${addOnImports}
import { answerScenario, twitchScenarios } from './test/harness/twitch.ts';

let printCalls = 0;

/** Presses Print in the widget's summary panel; says what went into the print box. */
globalThis.pressPrint = () => {
  document.querySelector('${SUMMARY.element}').shadowRoot.querySelector('[part~="summary"] .actions button').click();
  const holder = document.querySelector('[data-lhw-print]');
  const pages = [...(holder?.shadowRoot?.querySelectorAll('article.summary-page') ?? [])];
  return {
    printCalls,
    copies: pages.map((page) => page.getAttribute('lang')),
    titles: pages.map((page) => page.querySelector('h2')?.textContent.trim()),
  };
};

globalThis.printSummary = async ({ language, scenario, madeAt }) => {
  // A clock that stands still: the widget stamps the result with new Date().
  const RealDate = Date;
  const now = new RealDate(madeAt).getTime();
  globalThis.Date = class extends RealDate {
    constructor(...args) {
      super(...(args.length ? args : [now]));
    }
    static now() {
      return now;
    }
  };
  window.print = () => {
    printCalls += 1;
  };
  const widget = document.createElement('${SUMMARY.element}');
  widget.setAttribute('lang', language);
  document.body.append(widget);
  await widget.updateComplete;
  await answerScenario(widget, twitchScenarios[scenario]);
  const card = widget.shadowRoot.querySelector('[part~="result"]');
  const level = [...(card?.classList ?? [])].find((name) => name.startsWith('care-') && name !== 'care-card')?.slice(5);
  return { level, ...globalThis.pressPrint() };
};
`;

/** The page's script, bundled once per run. */
let driverScript;
async function pageScript() {
  driverScript ??= build({
    stdin: { contents: DRIVER, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['production'],
    write: false,
    logLevel: 'error',
  }).then(({ outputFiles }) => outputFiles[0].text);
  return driverScript;
}

/**
 * The papers each summary is printed on: SUMMARY.paper (Letter), the one written to a file, and A4,
 * printed only to count its pages (`pagesOn` in what `printSummaries` returns).
 */
export const SUMMARY_PAPERS = Object.freeze([SUMMARY.paper, 'A4']);

/** Pages in a PDF, by its page objects. */
export function pdfPageCount(bytes) {
  return (Buffer.from(bytes).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/**
 * The same bytes for the same summary: Chromium stamps a PDF with the time it was printed and
 * numbers its tags by DOM node, which differ from run to run. The stamps become the summary's
 * fixed time and the numbers count from 1 in the same order, each as long as before, so no byte
 * offset in the file moves.
 */
export function reproduciblePdf(bytes, madeAt = SUMMARY.madeAt) {
  const stamp = `(D:${madeAt.replace(/\D/g, '').slice(0, 14)}+00'00')`;
  let text = Buffer.from(bytes).toString('latin1');
  text = text.replace(/\(D:\d{14}[+-]\d\d'\d\d'\)/g, stamp);
  const ids = [...new Set(text.match(/\(node\d{8}\)/g) ?? [])].sort();
  const renumbered = new Map(ids.map((id, index) => [id, `(node${String(index + 1).padStart(8, '0')})`]));
  return Buffer.from(text.replace(/\(node\d{8}\)/g, (id) => renumbered.get(id)), 'latin1');
}

/** Prints one language's summary to `file`; says what the widget showed and printed. */
async function printOne(browser, language, file) {
  const page = await browser.newPage();
  try {
    const outside = [];
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url().startsWith('data:') || request.url() === 'about:blank') return request.continue();
      outside.push(request.url());
      return request.abort();
    });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Summary</title></head><body></body></html>');
    await page.addScriptTag({ content: await pageScript(), type: 'module' });
    await page.waitForFunction((tag) => typeof globalThis.printSummary === 'function' && customElements.get(tag), {}, SUMMARY.element);
    const shown = await page.evaluate((options) => globalThis.printSummary(options), {
      language,
      scenario: SUMMARY.scenario,
      madeAt: SUMMARY.madeAt,
    });
    if (errors.length) throw new Error(`the summary page failed: ${errors.join('; ')}`);
    if (outside.length) throw new Error(`the summary page requested ${outside.join(', ')}`);
    const expected = summaryCopies(language);
    await page.emulateMediaType('print');
    // One Print per paper: Chromium fires `afterprint` once it has made a PDF, and the widget then
    // takes its print box away (a second page.pdf would print the page, i.e. the widget, instead).
    // Papers other than SUMMARY.paper are printed only to count their pages.
    const pagesOn = {};
    let pdf;
    for (const [index, paper] of SUMMARY_PAPERS.entries()) {
      const pressed = index === 0 ? shown : await page.evaluate(() => globalThis.pressPrint());
      if (pressed.printCalls !== index + 1 || pressed.copies.join() !== expected.join() || !(await page.$('[data-lhw-print]'))) {
        throw new Error(`Print ${index + 1} (${paper}) in ${language} gave ${JSON.stringify(pressed)}; expected print ${index + 1} of ${expected.join(', ')}`);
      }
      const bytes = Buffer.from(await page.pdf({ format: paper, printBackground: true, preferCSSPageSize: true }));
      await page.evaluate(() => dispatchEvent(new Event('afterprint')));
      if (await page.$('[data-lhw-print]')) throw new Error('the print box stayed after afterprint');
      pagesOn[paper] = pdfPageCount(bytes);
      if (paper === SUMMARY.paper) pdf = reproduciblePdf(bytes);
    }
    writeFileSync(file, pdf);
    return { ...shown, printCalls: SUMMARY_PAPERS.length, language, file, pages: pagesOn[SUMMARY.paper], pagesOn };
  } finally {
    await page.close();
  }
}

/**
 * Prints each language's summary to `<outDir>/review-pack.summary-<language>.pdf` with `browser`
 * (a puppeteer browser), and on each paper of SUMMARY_PAPERS to count its pages. Returns, per
 * language: the file, its page count (`pages`), the page count on each paper (`pagesOn`, e.g.
 * `{ Letter: 1, A4: 1 }`), the level the widget showed, and the languages and titles of the
 * summaries it printed.
 */
export async function printSummaries(browser, { languages, outDir }) {
  mkdirSync(outDir, { recursive: true });
  const printed = [];
  for (const language of languages) printed.push(await printOne(browser, language, path.join(outDir, summaryFileName(language))));
  return printed;
}

/** As `printSummaries`, in a Chromium of its own. */
export async function printSummariesInChromium(options) {
  const browser = await puppeteer.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
  try {
    return await printSummaries(browser, options);
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const outDir = process.argv[2] ?? 'dist';
  const { loadReviewInputs } = await import('./load.mjs');
  const languages = Object.keys((await loadReviewInputs()).packs);
  for (const item of await printSummariesInChromium({ languages, outDir })) {
    const onPapers = Object.entries(item.pagesOn).map(([paper, pages]) => `${pages} on ${paper}`).join(', ');
    console.log(`  ${item.file}: ${item.pages} page${item.pages === 1 ? '' : 's'} (${onPapers}; ${item.copies.join(' then ')}), level ${item.level}`);
  }
  console.log(`Summaries printed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
