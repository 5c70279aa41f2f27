// `npm run review-pack`: the clinical review pack, generated from the code that ships, as
// dist/review-pack.html (self-contained) and dist/review-pack.pdf (printed by headless Chromium,
// found by scripts/lib/browsers.mjs), with one printed appointment summary per language
// (dist/review-pack.summary-<language>.pdf), as the widget prints it.
// The pure part lives in scripts/review-pack/ so the tests can build the pack without a browser.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromiumPath } from './lib/browsers.mjs';
import { loadReviewInputs, reviewPack } from './review-pack/index.mjs';
import { printSummaries } from './review-pack/summaries.mjs';

const HTML_FILE = 'dist/review-pack.html';
const PDF_FILE = 'dist/review-pack.pdf';

/** Every page names the version and hash, so a loose printed page still says what it belongs to. */
function footer(model) {
  return `<div style="font: 7px system-ui, sans-serif; width: 100%; margin: 0 14mm; display: flex; justify-content: space-between;">
    <span>leg-health-widgets ${model.version} · sha256:${model.hash}</span>
    <span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span>
  </div>`;
}

/** Prints the HTML to PDF; fails if the page asks for anything outside itself. */
async function printPdf(html, model) {
  const browser = await puppeteer.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    const outside = [];
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url().startsWith('data:') || request.url() === 'about:blank') return request.continue();
      outside.push(request.url());
      return request.abort();
    });
    await page.setContent(html, { waitUntil: 'load' });
    if (outside.length) throw new Error(`the review pack requested ${outside.join(', ')}: it must be self-contained`);
    await page.pdf({
      path: PDF_FILE,
      format: 'Letter',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footer(model),
    });
    await printSummaries(browser, { languages: model.languages.map((part) => part.language), outDir: 'dist' });
  } finally {
    await browser.close();
  }
}

async function main() {
  const today = new Date().toISOString().slice(0, 10);
  const { model, html } = reviewPack(await loadReviewInputs(), { today });
  mkdirSync('dist', { recursive: true });
  writeFileSync(HTML_FILE, html);
  await printPdf(html, model);
  const size = (file) => `${(statSync(file).size / 1024).toFixed(0)} kB`;
  console.log(`Review pack ${model.version}, content hash sha256:${model.hash}`);
  console.log(`  ${HTML_FILE} (${size(HTML_FILE)}), ${PDF_FILE} (${size(PDF_FILE)}); languages: ${model.languages.map((part) => part.language).join(', ')}`);
}

await main();
