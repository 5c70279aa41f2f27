#!/usr/bin/env node
// `npm run bench`: what the widgets cost a visitor's browser, printed as a table and written to
// bench/results.md. A script, not a test: timings depend on the machine, so nothing is asserted
// here (the byte budgets are asserted by scripts/check-sizes.mjs in `npm test`).
//
//   npm run bench [-- --runs N] [-- --out FILE]
//
// It writes bench/results.md and the same tables into docs/size-and-speed.md (between
// <!-- bench:start --> and <!-- bench:end -->); with --out it writes only that file.
//
// It needs dist/ (`npm run bench` builds it first), Debian's Chromium (found by
// scripts/lib/browsers.mjs) and puppeteer-core. Pages are made here and served from localhost
// with gzip:
//   - the widget page: N of each element and the script tag, as a clinic would paste them;
//   - the floor: the same elements' final markup, styles and text as plain HTML (declarative
//     shadow DOM, no script), captured from the widget page in the same run.
// Every page load happens in a fresh browser context (empty cache), and the median of the runs
// is reported.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumPath } from './lib/browsers.mjs';
import { startStaticServer } from './lib/static-server.mjs';
import { bundledSizes, elementCodeSizes, kilobytes, litFloorSource, scriptSizes, textSizes } from './lib/sizes.mjs';
import { elements } from '../rollup.config.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manyCount = 50;

function parseArgs(argv) {
  const options = { runs: 15, out: path.join(root, 'bench', 'results.md'), docs: true };
  for (let i = 0; i < argv.length; i += 1) {
    const [name, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[(i += 1)];
    if (name === '--runs') options.runs = Math.max(1, Number.parseInt(value(), 10) || options.runs);
    else if (name === '--out') {
      options.out = path.resolve(value());
      options.docs = false; // a trial run elsewhere leaves the published figures alone
    } else throw new Error(`unknown option ${name} (use --runs N, --out FILE)`);
  }
  return options;
}

const clinicAttributes = 'clinic-name="Lakeside Family Clinic" clinic-phone="555 0100" booking-url="https://example.org/book"';

function pageShell(title, body) {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}

/**
 * N of each element and the script tag after them, timed from the script's arrival to all
 * elements rendered: upgrading and the first render happen while the script runs (and in the
 * microtasks right after it), and reading the layout makes style and layout count too.
 */
function widgetPage(count) {
  const markup = Array.from({ length: count }, () => elements.map((tag) => `<${tag} ${clinicAttributes}></${tag}>`).join('\n')).join('\n');
  return pageShell(
    `Widgets x${count}`,
    `${markup}
<script>performance.mark('script-start');</script>
<script src="/dist/leg-health-widgets.js"></script>
<script>
  Promise.all([...document.querySelectorAll('${elements.join(', ')}')].map((el) => el.updateComplete)).then(() => {
    document.body.getBoundingClientRect();
    const rendered = performance.now();
    // From when the script's last byte arrived (or its tag was reached, if later): the download
    // is the network's time, not the main thread's.
    const [script] = performance.getEntriesByName(new URL('/dist/leg-health-widgets.js', location.href).href);
    const start = Math.max(performance.getEntriesByName('script-start')[0].startTime, script?.responseEnd ?? 0);
    window.benchRendered = rendered - start;
  });
</script>`,
  );
}

/** The same elements as plain HTML: their rendered shadow trees and styles, with no script. */
function floorPage(captured, count) {
  const markup = Array.from({ length: count }, () =>
    captured.map(({ tag, css, html }) => `<${tag}><template shadowrootmode="open"><style>${css}</style>${html}</template></${tag}>`).join('\n'),
  ).join('\n');
  return pageShell(`Plain HTML floor x${count}`, markup);
}

/** Runs in the widget page: each element's rendered shadow tree and its styles, as text. */
function captureRendered(tags) {
  return tags.map((tag) => {
    const root = document.querySelector(tag).shadowRoot;
    const css = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
    // Lit's markers are comments; they are not content.
    const html = root.innerHTML.replace(/<!--[^]*?-->/g, '');
    return { tag, css, html };
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Loads `url` in a fresh context; returns the main thread's busy time and, on a widget page, benchRendered. */
async function loadOnce(browser, url) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => document.readyState === 'complete' && (!document.querySelector('script') || window.benchRendered !== undefined));
    // Let the first frame be produced, so its style and layout are counted too.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => metrics.find((entry) => entry.name === name)?.value ?? 0;
    return {
      mainThread: metric('TaskDuration') * 1000,
      rendered: await page.evaluate(() => window.benchRendered ?? null),
    };
  } finally {
    await context.close();
  }
}

async function loadMedians(browser, url, runs) {
  const samples = [];
  for (let run = 0; run < runs; run += 1) samples.push(await loadOnce(browser, url));
  const of = (key) => median(samples.map((sample) => sample[key]).filter((value) => value !== null));
  return { mainThread: of('mainThread'), rendered: samples[0].rendered === null ? null : of('rendered') };
}

/**
 * Interaction costs on the one-of-each page, each from the moment it starts to the moment the
 * DOM is updated and laid out (what must happen before the next paint):
 *   - lang: the host sets lang="es" (then back to "en") on all three elements;
 *   - answer: a visitor clicks an answer (real mouse input) in the twitching check.
 * The click's own Event Timing entry (input to next paint, reported by Chromium only at 16 ms or
 * more) is kept too.
 */
async function interactionCosts(browser, url, runs) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.benchRendered !== undefined);
    await page.evaluate(() => {
      window.benchEvents = [];
      new PerformanceObserver((list) => window.benchEvents.push(...list.getEntries().filter((e) => e.interactionId > 0).map((e) => e.duration))).observe({
        type: 'event',
        durationThreshold: 16,
      });
    });
    const lang = [];
    for (let run = 0; run < runs; run += 1) {
      for (const code of ['es', 'en']) {
        lang.push(
          await page.evaluate(async (tags, value) => {
            const widgets = [...document.querySelectorAll(tags)];
            const start = performance.now();
            for (const widget of widgets) widget.setAttribute('lang', value);
            await Promise.all(widgets.map((widget) => widget.updateComplete));
            document.body.getBoundingClientRect();
            return performance.now() - start;
          }, elements.join(', '), code),
        );
      }
    }
    // Into the twitching check's first questions: tick "None of these", then Next.
    const check = await page.$('twitch-redflag-check');
    await page.evaluate((el) => {
      const boxes = el.shadowRoot.querySelectorAll('.signs input');
      boxes[boxes.length - 1].click();
      el.shadowRoot.querySelector('form button[type=submit]').click();
    }, check);
    await page.waitForFunction((el) => el.shadowRoot.querySelector('input[type=radio]'), {}, check);
    const answer = [];
    for (let run = 0; run < runs; run += 1) {
      // Alternate Yes and No of the first question, so every click changes the answer.
      const radio = await page.evaluateHandle((el, index) => el.shadowRoot.querySelectorAll('input[type=radio]')[index], check, run % 2);
      await radio.evaluate((input) => input.scrollIntoView({ block: 'center' }));
      const timing = page.evaluate(
        (el) =>
          new Promise((resolve) => {
            // change is not composed: listen where it happens, inside the shadow root.
            el.shadowRoot.addEventListener(
              'change',
              async (event) => {
                await el.updateComplete;
                document.body.getBoundingClientRect();
                resolve(performance.now() - event.timeStamp);
              },
              { once: true },
            );
          }),
        check,
      );
      await radio.click();
      answer.push(await timing);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    }
    const events = await page.evaluate(() => window.benchEvents);
    return { lang: median(lang), answer: median(answer), eventTiming: events.length ? median(events) : null };
  } finally {
    await context.close();
  }
}

/**
 * JavaScript heap and DOM nodes (each after garbage collection): with the script loaded and no
 * widget, after 50 of each are rendered, after they are removed, and after a second round of
 * rendering and removing. The first removal keeps what Lit caches for good (one parsed template
 * per template literal, the style sheets); a leak would show as growth in the second round.
 */
async function heapCosts(browser, url) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const cdp = await page.createCDPSession();
    await page.goto(url, { waitUntil: 'load' });
    const measure = async () => {
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
      for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
      return { heap: usedSize, nodes, listeners: jsEventListeners };
    };
    const renderAll = () =>
      page.evaluate(
        async (tags, count, attributes) => {
          const holder = document.createElement('div');
          holder.id = 'bench-holder';
          holder.innerHTML = Array.from({ length: count }, () => tags.map((tag) => `<${tag} ${attributes}></${tag}>`).join('')).join('');
          document.body.append(holder);
          await Promise.all([...holder.children].map((el) => el.updateComplete));
        },
        elements,
        manyCount,
        clinicAttributes,
      );
    const removeAll = () => page.evaluate(() => document.getElementById('bench-holder').remove());
    const before = await measure();
    await renderAll();
    const rendered = await measure();
    await removeAll();
    const removed = await measure();
    await renderAll();
    await removeAll();
    const removedAgain = await measure();
    return { before, rendered, removed, removedAgain };
  } finally {
    await context.close();
  }
}

/** Puts the results into docs/size-and-speed.md, between its two markers. */
function stampDocs(markdown) {
  const file = path.join(root, 'docs', 'size-and-speed.md');
  const page = fs.readFileSync(file, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const from = page.indexOf(start);
  const to = page.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/size-and-speed.md has no ${start} … ${end} block for the results`);
  // The page's sections are at the results file's level: only its title goes.
  const body = markdown.replace(/^# Benchmark results\n\n/, '');
  fs.writeFileSync(file, `${page.slice(0, from + start.length)}\n${body}\n${page.slice(to)}`);
  console.log('docs/size-and-speed.md updated');
}

function machineLine(browserVersion) {
  const cpus = os.cpus();
  let debian = '';
  try {
    debian = fs.readFileSync('/etc/debian_version', 'utf8').trim();
  } catch {
    // not Debian: leave it out
  }
  return [
    `${cpus[0]?.model?.trim() ?? 'unknown CPU'} (${cpus.length} cores), ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM`,
    `${os.type()} ${os.release()}${debian ? `, Debian ${debian}` : ''}`,
    `${browserVersion} (headless), Node ${process.version}`,
  ].join('; ');
}

const ms = (value) => (value === null ? 'n/a' : `${value.toFixed(1)} ms`);
const sizeCells = ({ raw, gzip, brotli }) => `${kilobytes(raw)} | ${kilobytes(gzip)} | ${kilobytes(brotli)}`;

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(root, 'dist', 'leg-health-widgets.js'))) throw new Error('dist/leg-health-widgets.js is missing: run `npm run bench` (it builds first)');
  const executablePath = chromiumPath();

  console.log('Measuring bytes…');
  const litFloor = await bundledSizes(litFloorSource);
  const entries = {};
  for (const tag of elements) entries[tag] = await bundledSizes(`import './dist/${tag}.js';`);
  const everything = await bundledSizes(`import './dist/index.js'; ${elements.map((tag) => `import './dist/${tag}.js';`).join(' ')}`);
  const ownCode = await elementCodeSizes();
  const text = await textSizes();
  const script = scriptSizes();

  const pages = new Map();
  const server = await startStaticServer(root, { pages });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath, headless: true, protocolTimeout: 60_000, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const browserVersion = await browser.version();
    for (const count of [1, manyCount]) pages.set(`/bench/widgets-${count}.html`, widgetPage(count));
    // The floor is captured from the widget page itself, so it always carries the same text.
    const capturePage = await browser.newPage();
    await capturePage.goto(`${origin}/bench/widgets-1.html`, { waitUntil: 'load' });
    await capturePage.waitForFunction(() => window.benchRendered !== undefined);
    const captured = await capturePage.evaluate(captureRendered, elements);
    await capturePage.close();
    for (const count of [1, manyCount]) pages.set(`/bench/floor-${count}.html`, floorPage(captured, count));

    const loads = {};
    for (const count of [1, manyCount]) {
      console.log(`Loading ${count} of each element, ${options.runs} runs each for the widget page and the floor…`);
      // Interleaved warm-up, so neither page pays for the browser's first start.
      await loadOnce(browser, `${origin}/bench/widgets-${count}.html`);
      await loadOnce(browser, `${origin}/bench/floor-${count}.html`);
      loads[count] = {
        widgets: await loadMedians(browser, `${origin}/bench/widgets-${count}.html`, options.runs),
        floor: await loadMedians(browser, `${origin}/bench/floor-${count}.html`, options.runs),
      };
    }
    console.log('Measuring interactions and memory…');
    const interactions = await interactionCosts(browser, `${origin}/bench/widgets-1.html`, options.runs);
    pages.set('/bench/empty.html', pageShell('Script only', '<script src="/dist/leg-health-widgets.js"></script>'));
    const heap = await heapCosts(browser, `${origin}/bench/empty.html`);

    const commit = (() => {
      try {
        return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
      } catch {
        return 'unknown';
      }
    })();
    const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(2)} MB`;
    const lines = [
      '# Benchmark results',
      '',
      `Made by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} at commit ${commit}, ${options.runs} runs per page (median).`,
      `Machine: ${machineLine(browserVersion)}.`,
      '',
      '## Bytes',
      '',
      'Minified; gzip at level 9 and brotli at quality 11, as a server would precompress them. "Own code"',
      'is an element\'s class, styles and rules with the shared base, without Lit or text; the text rows',
      'are each part\'s text per language. npm entries are bundled with Lit\'s production build by esbuild,',
      'as a front-end developer\'s bundler would ship them: each carries its own element\'s text in English',
      'and Spanish, the shared strings and the source list.',
      '',
      '| What | Raw | Gzip | Brotli |',
      '| --- | ---: | ---: | ---: |',
      `| \`dist/leg-health-widgets.js\` (script tag: Lit, 3 elements, en + es) | ${sizeCells(script)} |`,
      `| Floor: Lit alone, one minimal element | ${sizeCells(litFloor)} |`,
      ...elements.map((tag) => `| npm \`leg-health-widgets/${tag}.js\` with Lit | ${sizeCells(entries[tag])} |`),
      `| npm, all three elements with Lit | ${sizeCells(everything)} |`,
      ...elements.map((tag) => `| \`<${tag}>\` own code | ${sizeCells(ownCode[tag])} |`),
      ...text.map(({ label, sizes }) => `| Text: ${label} | ${sizeCells(sizes)} |`),
      '',
      '## Main-thread time to render',
      '',
      '"Script to rendered" runs from the moment the script has arrived until every element has rendered',
      'and the page has been laid out. "Main thread, whole load" is Chromium\'s busy time for the whole',
      'page load (parsing, script, style, layout, first paint). The floor is the same elements\' final',
      'markup, styles and text as plain HTML with no script; the ratio is widget page / floor.',
      '',
      '| Page | Script to rendered | Main thread, whole load | Floor, whole load | Ratio |',
      '| --- | ---: | ---: | ---: | ---: |',
      ...[1, manyCount].map((count) => {
        const { widgets, floor } = loads[count];
        return `| ${count} of each element (${count * elements.length}) | ${ms(widgets.rendered)} | ${ms(widgets.mainThread)} | ${ms(floor.mainThread)} | ${(widgets.mainThread / floor.mainThread).toFixed(2)}x |`;
      }),
      '',
      '## Interactions (one of each element)',
      '',
      'From the start of the interaction until the DOM is updated and laid out, ready for the next paint.',
      '',
      '| Interaction | Median |',
      '| --- | ---: |',
      `| Host sets \`lang\` on all three elements (en to es, es to en) | ${ms(interactions.lang)} |`,
      `| Visitor clicks an answer in the twitching check (input to rendered) | ${ms(interactions.answer)} |`,
      `| The same clicks, Event Timing duration (input to next paint) | ${interactions.eventTiming === null ? 'under 16 ms (below what Event Timing reports)' : ms(interactions.eventTiming)} |`,
      '',
      '## Memory',
      '',
      `JavaScript heap after garbage collection, and DOM nodes, on a page with the script loaded: before any`,
      `element, after ${manyCount} of each are rendered, after they are removed, and after a second round.`,
      '',
      '| State | JS heap | DOM nodes | Event listeners |',
      '| --- | ---: | ---: | ---: |',
      ...[
        ['Script loaded, no widget', heap.before],
        [`${manyCount} of each rendered`, heap.rendered],
        ['All removed', heap.removed],
        ['Rendered and removed a second time', heap.removedAgain],
      ].map(([label, state]) => `| ${label} | ${mb(state.heap)} | ${state.nodes} | ${state.listeners} |`),
      '',
      `After the first removal, ${kilobytes(heap.removed.heap - heap.before.heap)} of heap and ${heap.removed.nodes - heap.before.nodes} DOM nodes`,
      'stay: Lit\'s template cache and the shared style sheets, kept for the next widget. The second round',
      `adds ${kilobytes(heap.removedAgain.heap - heap.removed.heap)} of heap and ${heap.removedAgain.nodes - heap.removed.nodes} DOM nodes; widgets kept alive would add about what`,
      `${manyCount * elements.length} widgets hold (${mb(heap.rendered.heap - heap.removed.heap)} and ${heap.rendered.nodes - heap.removed.nodes} nodes).`,
      '',
    ];
    const markdown = lines.join('\n');
    fs.mkdirSync(path.dirname(options.out), { recursive: true });
    fs.writeFileSync(options.out, markdown);
    console.log(`\n${markdown}\nWritten to ${path.relative(root, options.out)}`);
    if (options.docs) stampDocs(markdown);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
