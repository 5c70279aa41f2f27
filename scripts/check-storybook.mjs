#!/usr/bin/env node
// Checks the built Storybook (run after `npm run build-storybook`): serves storybook-static/ on
// a free localhost port (scripts/lib/static-server.mjs) and opens every story of index.json in
// Debian's Chromium, alone in its own page (iframe.html?id=<id>&viewMode=story). A story passes
// when Storybook reports it finished without error (play function and a11y checks included:
// preview.ts sets a11y.test = 'error'), the card has rendered a heading in its shadow root, the
// page logged no error (nor a widget or Lit warning), and it asked for nothing outside this
// server (the widgets promise no network request).
// Result stories must also show the self-check's result. Docs pages get the same checks on
// every card they show. Each widget's docs page (stories/widget-docs.ts) must open with its
// "Load it" section, as rendered: the script tag with this build's integrity hash (the one in
// dist/leg-health-widgets.js.sri) and the npm import of the widget's own module; and its
// "Events" section must show the `interface` of each event's detail that the manifest
// (dist/custom-elements.json) names. Prints one line per entry and exits 1 when any fails.
// Env: STORYBOOK_DIR (default storybook-static), CHROME_PATH (see scripts/lib/browsers.mjs),
//      STORYBOOK_URL (check a running Storybook instead, e.g. http://localhost:6006 for `npm start`).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumPath } from './lib/browsers.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const repo = path.resolve(fileURLToPath(import.meta.url), '../..');
const root = path.resolve(repo, process.env.STORYBOOK_DIR ?? 'storybook-static');
const TIMEOUT = 30_000;

/**
 * What each widget's docs page must show: the script's integrity hash of this build, and, by tag,
 * the `detail` types of its events in the manifest (`CustomEvent<RlsAssessment>` -> RlsAssessment).
 */
async function docsExpectations() {
  const sri = (await readFile(path.join(repo, 'dist/leg-health-widgets.js.sri'), 'utf8')).trim();
  if (!/^sha384-[A-Za-z0-9+/]+={0,2}$/.test(sri)) throw new Error(`dist/leg-health-widgets.js.sri holds no sha384 hash: ${JSON.stringify(sri)}`);
  const manifest = JSON.parse(await readFile(path.join(repo, 'dist/custom-elements.json'), 'utf8'));
  const widgets = new Map();
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
    if (!declaration.tagName) continue;
    const details = (declaration.events ?? []).map((event) => {
      const detail = /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '')?.[1];
      if (!detail) throw new Error(`manifest: <${declaration.tagName}>'s ${event.name} has no CustomEvent<Detail> type`);
      return { event: event.name, detail };
    });
    widgets.set(declaration.tagName, details);
  }
  if (widgets.size === 0) throw new Error('dist/custom-elements.json declares no element');
  return { sri, widgets };
}

// Runs in the page: the docs page's headings (h2) in order, and the text under each (up to the
// next h2), as a reader sees it (the code blocks' text included).
function readDocsSections() {
  const docs = document.querySelector('#storybook-docs') ?? document.body;
  const headings = [...docs.querySelectorAll('h2')];
  return headings.map((heading, index) => {
    const range = document.createRange();
    range.setStartAfter(heading);
    if (headings[index + 1]) range.setEndBefore(headings[index + 1]);
    else range.setEndAfter(docs.lastChild ?? docs);
    return { heading: heading.textContent.trim(), text: range.toString() };
  });
}

/** What a widget's docs page is missing of its "Load it" and "Events" sections (empty when nothing). */
function docsProblems(tag, sections, { sri, widgets }) {
  const problems = [];
  const details = widgets.get(tag);
  if (!details) return [`no element <${tag}> in dist/custom-elements.json for this docs page`];
  // The heading widget-docs.ts writes: "## Load it", the first section of the page.
  const LOAD = 'Load it';
  if (sections[0]?.heading !== LOAD) {
    problems.push(`the docs page opens with ${sections[0] ? `"${sections[0].heading}"` : 'no section'}, not "${LOAD}" (headings: ${sections.map((s) => s.heading).join(' | ')})`);
  }
  const load = sections.find((section) => section.heading === LOAD)?.text ?? '';
  if (load) {
    const integrity = /<script\b[^>]*\sintegrity="(sha384-[^"]*)"/.exec(load)?.[1];
    if (!integrity) problems.push(`"${LOAD}" shows no <script ... integrity="sha384-..."> tag`);
    else if (integrity !== sri) problems.push(`"${LOAD}" shows integrity="${integrity}", but this build's script is ${sri} (dist/leg-health-widgets.js.sri)`);
    if (!load.includes(`<${tag}`)) problems.push(`"${LOAD}" shows no <${tag}> element`);
    const npm = `import 'leg-health-widgets/${tag}.js';`;
    if (!load.includes(npm)) problems.push(`"${LOAD}" shows no npm import ${npm}`);
  }
  // Each event of the manifest, with the interface of its detail written out.
  const events = sections.find((section) => section.heading === 'Events')?.text ?? '';
  if (details.length > 0 && !events) problems.push('no "Events" section');
  for (const { event, detail } of details) {
    if (events && !events.includes(event)) problems.push(`"Events" does not name ${event}`);
    if (events && !new RegExp(`\\binterface ${detail} \\{[^}]*\\w+\\??:`).test(events)) {
      problems.push(`"Events" does not show ${event}'s detail shape (interface ${detail} { ... })`);
    }
  }
  return problems;
}

// Runs in the page before Storybook: records what its channel reports, as it happens.
function recordStorybookEvents() {
  window.__check = { finished: null, docsRendered: false, errors: [] };
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      value.on('storyFinished', (event) => (window.__check.finished = event));
      value.on('docsRendered', () => (window.__check.docsRendered = true));
      for (const name of ['storyErrored', 'storyThrewException', 'playFunctionThrewException', 'storyMissing']) {
        value.on(name, (error) => window.__check.errors.push(`${name}: ${error?.message ?? error?.title ?? error ?? ''}`));
      }
    },
  });
}

// Runs in the page: whether every widget of the library (an element whose class carries the
// library's static `version`) has rendered a heading yet.
function cardsRendered() {
  const cards = [...document.querySelectorAll('*')].filter((el) => customElements.get(el.localName)?.version);
  return cards.length > 0 && cards.every((card) => card.shadowRoot?.querySelector('h2, h3, h4, h5, h6'));
}

// Runs in the page: what every widget shows.
async function readCards() {
  const cards = [...document.querySelectorAll('*')].filter((el) => customElements.get(el.localName)?.version);
  await Promise.all(cards.map((card) => card.updateComplete));
  return cards.map((card) => ({
    heading: card.shadowRoot?.querySelector('h2, h3, h4, h5, h6')?.textContent.trim() ?? '',
    result: card.shadowRoot?.querySelector('[part=result] [part=heading]')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
  }));
}

/** Opens one index entry; returns a list of problems (empty when it passed). */
async function check(browser, origin, entry, expectations) {
  const problems = [];
  const page = await browser.newPage();
  try {
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      // A story should set only valid attributes (unless it is tagged to expect widget warnings),
      // and Lit (in `npm start`) should not complain.
      const unexpected = entry.tags?.includes('widget-warnings-expected') ? /lit\.dev\/msg\/(?!dev-mode)/ : /\[leg-health-widgets\]|lit\.dev\/msg\/(?!dev-mode)/;
      if (message.type() === 'warn' && unexpected.test(message.text())) {
        problems.push(`console warning: ${message.text()}`);
      }
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
    });
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      // Chromium asks for /favicon.ico by itself; Storybook has none, and that is no page error.
      if (url === `${origin}/favicon.ico`) return request.respond({ status: 204 });
      if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return request.continue();
      problems.push(`request outside the page's server: ${url}`);
      return request.abort();
    });
    await page.evaluateOnNewDocument(recordStorybookEvents);
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${entry.type}`);

    // Storybook ends every story with storyFinished (after the play function and the a11y check)
    // and every docs page with docsRendered; an unknown id gets storyMissing instead.
    const done = entry.type === 'story' ? 'window.__check.finished' : 'window.__check.docsRendered';
    await page.waitForFunction(`${done} || window.__check.errors.some((e) => e.startsWith('storyMissing'))`, {
      timeout: TIMEOUT,
    });
    const { finished, errors } = await page.evaluate(() => window.__check);
    problems.push(...errors);
    // A widget's docs page (title "Widgets/<tag>") opens with how to load it.
    if (entry.type === 'docs' && entry.title.startsWith('Widgets/')) {
      // Storybook draws the code blocks after docsRendered (a lazy syntax highlighter): wait until
      // every block on the page shows its code, then read.
      await page
        .waitForFunction(
          () => {
            const blocks = [...document.querySelectorAll('#storybook-docs pre')];
            return blocks.length > 0 && blocks.every((pre) => pre.innerText.trim());
          },
          { timeout: 5_000, polling: 100 },
        )
        .catch(() => {});
      problems.push(...docsProblems(entry.title.slice('Widgets/'.length), await page.evaluate(readDocsSections), expectations));
    }
    // Docs pages render stories too, but without play functions or a11y checks: stories only.
    if (entry.type === 'story') {
      if (finished?.status !== 'success') problems.push(`Storybook reports "${finished?.status ?? 'no end'}"`);
      const reports = finished?.reporters ?? [];
      if (finished && !reports.some((report) => report.type === 'a11y')) problems.push('no a11y report');
      for (const report of reports) {
        for (const violation of report.result?.violations ?? []) {
          problems.push(`${report.type}: ${violation.id} (${violation.impact}) on ${violation.nodes.length} node(s): ${violation.help}`);
        }
        if (report.result?.error) problems.push(`${report.type}: ${report.result.error.message ?? report.result.error}`);
      }
    }

    await page.waitForFunction(cardsRendered, { timeout: 5_000, polling: 100 }).catch(() => {});
    const cards = await page.evaluate(readCards);
    // A widget's story shows that widget alone; other stories (the clinic page) at least one.
    const alone = entry.title.startsWith('Widgets/');
    if (entry.type === 'story' && (alone ? cards.length !== 1 : cards.length < 1)) {
      problems.push(`expected ${alone ? 'one widget' : 'widgets'}, found ${cards.length}`);
    }
    cards.filter((card) => !card.heading).forEach(() => problems.push('a card rendered no heading in its shadow root'));
    if (entry.name.startsWith('Result') && !cards[0]?.result) problems.push('no result ([part=result]) is shown');
    return { problems, cards };
  } catch (error) {
    return { problems: [...problems, error.message], cards: [] };
  } finally {
    await page.close().catch(() => {});
  }
}

async function main() {
  const url = process.env.STORYBOOK_URL?.replace(/\/$/, '');
  const index = url
    ? await fetch(`${url}/index.json`).then((response) => response.json())
    : JSON.parse(await readFile(path.join(root, 'index.json'), 'utf8'));
  // Storybook opens on its first entry: it must be the Introduction, not a widget's story.
  const first = Object.keys(index.entries)[0];
  if (first !== 'introduction--docs') throw new Error(`Storybook would open on "${first}", not on the Introduction`);
  // No Storybook "get started" checklist in the sidebar of a site made for clinics.
  const manager = url ? await fetch(`${url}/index.html`).then((response) => response.text()) : await readFile(path.join(root, 'index.html'), 'utf8');
  if (!/"sidebarOnboardingChecklist":\s*false/.test(manager)) throw new Error('the sidebar onboarding checklist is on (features.sidebarOnboardingChecklist)');
  const entries = Object.values(index.entries).sort((a, b) => (a.type === b.type ? 0 : a.type === 'story' ? -1 : 1));
  if (!entries.some((entry) => entry.type === 'story')) throw new Error(`${url ?? root}/index.json lists no story`);
  // Every element of the manifest has its docs page, where the "Load it" checks run.
  const expectations = await docsExpectations();
  const withDocs = entries.filter((entry) => entry.type === 'docs' && entry.title.startsWith('Widgets/')).map((entry) => entry.title.slice('Widgets/'.length));
  const withoutDocs = [...expectations.widgets.keys()].filter((tag) => !withDocs.includes(tag));
  if (withoutDocs.length > 0) throw new Error(`no docs page (Widgets/<tag>, Docs) for ${withoutDocs.map((tag) => `<${tag}>`).join(', ')}`);

  const server = url ? null : await startStaticServer(root);
  const origin = url ?? `http://127.0.0.1:${server.address().port}`;
  let browser;
  const stop = async () => {
    await browser?.close().catch(() => {});
    server?.closeAllConnections();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  };
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => stop().finally(() => process.exit(130)));

  let failed = 0;
  try {
    browser = await puppeteer.launch({
      executablePath: chromiumPath(),
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    for (const entry of entries) {
      const started = Date.now();
      const { problems, cards } = await check(browser, origin, entry, expectations);
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const shown = entry.type === 'docs' ? `${cards.length} card(s)` : cards.map((card) => card.result || card.heading).join(' | ');
      console.log(`${problems.length ? 'FAIL' : 'OK  '} ${entry.type.padEnd(5)} ${entry.id} (${seconds} s)${shown ? `: ${shown}` : ''}`);
      for (const problem of problems) console.log(`       - ${problem}`);
      if (problems.length) failed += 1;
    }
  } finally {
    await stop();
  }
  console.log(failed ? `\n${failed} of ${entries.length} failed` : `\nall ${entries.length} passed`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
