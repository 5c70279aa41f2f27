#!/usr/bin/env node
// How far a worried patient on a phone has to go: taps, screens and words from a widget's first
// screen to each result, at 390×844, in English and Spanish (issue 16). A script, not a test: it
// asserts nothing about the figures, it writes them down so a change to the flow can be compared
// with the one before it.
//
//   node scripts/measure-paths.mjs [--out FILE]        (default: bench/paths.md)
//
// It needs the script-tag bundle (`npx rollup -c --silent` writes dist/leg-health-widgets.js),
// Debian's Chromium (found by scripts/lib/browsers.mjs) and puppeteer-core. The repository root is
// served on localhost; each measurement loads a generated page holding the script tag and one
// widget after it, as a clinic would paste them, with clinic-name, clinic-phone and booking-url.
//
// The widgets are driven generically, from what the page shows, not from the rule modules, so the
// script keeps working when questions are added, split, reordered or shown only as follow-ups:
//   - a question is a group of radio buttons, known by its `name` (the question key);
//   - every visible question is answered "No" unless it is the path's question ("Yes");
//     after each answer the questions are read again, so a follow-up that appears is answered too;
//   - the twitching check's emergency screen is the one with `fieldset.signs`;
//   - the screen's submit button is pressed until a result shows, with a guard against loops.
// Every tap is a touch tap on what a person would tap (a radio's or box's label, a button).
//
// Words are counted in `innerText`, which is what the browser lays out: hidden panels are left
// out, visually-hidden text for screen readers is kept. A word is a run of non-space characters
// holding a letter or a digit, so "→", "|" or "·" are not words.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumPath } from './lib/browsers.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = '/dist/leg-health-widgets.js';
const languages = ['en', 'es'];
// The phone of the UX review of December 2026, section 2 ("A worried patient on a phone").
const viewport = { width: 390, height: 844, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
// The clinic as it would write itself on an English and on a Spanish page.
const clinics = {
  en: { name: 'Lakeside Family Clinic', phone: '555 0100', booking: 'https://example.org/book' },
  es: { name: 'Clínica Familiar Lakeside', phone: '555 0100', booking: 'https://example.org/book' },
};
// No real flow comes near these; reaching one means the script is going round in circles.
const MAX_SCREENS = 15;
const MAX_TAPS_PER_SCREEN = 60;

function parseArgs(argv) {
  const options = { out: path.join(root, 'bench', 'paths.md') };
  for (let i = 0; i < argv.length; i += 1) {
    const [name, inline] = argv[i].split('=', 2);
    if (name === '--out') options.out = path.resolve(inline ?? argv[(i += 1)]);
    else throw new Error(`unknown option ${name} (use --out FILE)`);
  }
  return options;
}

/** Counts words as the report defines them (kept in step with `words` in pageHelpers). */
function countWords(text) {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

// ---------------------------------------------------------------------------------------------
// The pages

function widgetPage(tag, lang, extraAttributes = '') {
  const clinic = clinics[lang];
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${tag}</title></head>
<body>
<main>
<script defer src="${bundle}"></script>
<${tag} clinic-name="${clinic.name}" clinic-phone="${clinic.phone}" booking-url="${clinic.booking}"${extraAttributes}></${tag}>
</main>
</body>
</html>`;
}

/** The widget pages, by path on the server: one per element (and mode) and language. */
const variants = {
  rls: { tag: 'rls-symptom-card', attributes: '', label: '`<rls-symptom-card>`' },
  twitch: { tag: 'twitch-redflag-check', attributes: '', label: '`<twitch-redflag-check>`' },
  spasm: { tag: 'spasm-relief-steps', attributes: '', label: '`<spasm-relief-steps>` (list, the default)' },
  guided: { tag: 'spasm-relief-steps', attributes: ' mode="guided"', label: '`<spasm-relief-steps mode="guided">`' },
};
const pageUrl = (variant, lang) => `/paths/${variant}.${lang}.html`;

function generatedPages() {
  const pages = new Map();
  for (const [variant, { tag, attributes }] of Object.entries(variants)) {
    for (const lang of languages) pages.set(pageUrl(variant, lang), widgetPage(tag, lang, attributes));
  }
  return pages;
}

/**
 * Runs in every page before its scripts (so it must not close over anything here): helpers on
 * `window.lhwMeasure` that read the one widget on the page and find what to tap.
 */
function pageHelpers() {
  const words = (text) => (text ?? '').split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
  const widget = () => [...document.querySelectorAll('main > *')].find((el) => el.localName.includes('-'));
  const shadow = () => widget().shadowRoot;
  const visible = (el) => el.checkVisibility();
  const labelText = (input) => (input.closest('label')?.innerText ?? '').trim();
  // The emergency screen's boxes: the signs, "I'm not sure" and "None of these". By class where
  // the markup says so, else by the label's words (English and Spanish).
  const signChoice = (input) => {
    const text = labelText(input);
    if (input.closest('label')?.classList.contains('none') || /^(none of these|ninguna de estas)/i.test(text)) return 'none';
    if (/not sure|no sé|no estoy segur/i.test(text)) return 'unsure';
    return 'sign';
  };

  window.lhwMeasure = {
    async ready() {
      await customElements.whenDefined(widget().localName);
      await this.settle();
    },
    /** Waits for the widget's update and for the focus move that follows it (a task later). */
    async settle() {
      await widget().updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      await widget().updateComplete;
    },
    /** Words of the first element matching `selector` in the shadow root (0 if none). */
    words(selector) {
      const el = shadow().querySelector(selector);
      return el ? words(el.innerText) : 0;
    },
    text(selector) {
      return (shadow().querySelector(selector)?.innerText ?? '').trim().replace(/\s+/g, ' ');
    },
    /** The visible questions under `scope`, in page order: `{ name, values, answered }`. */
    questions(scope) {
      const container = scope ? shadow().querySelector(scope) : shadow();
      if (!container) return [];
      const names = [];
      for (const input of container.querySelectorAll('input[type="radio"]')) {
        if (visible(input) && !names.includes(input.name)) names.push(input.name);
      }
      return names.map((name) => {
        const radios = [...container.querySelectorAll(`input[type="radio"][name="${CSS.escape(name)}"]`)];
        return { name, values: radios.map((radio) => radio.value), answered: radios.some((radio) => radio.checked) };
      });
    },
    /**
     * What a person taps for `spec`: `{ css }` (a button, or an input, for which its label is
     * tapped), `{ signs: 'sign' | 'unsure' | 'none' }` (a box on the emergency screen; 'sign' is
     * the first sign) or `{ trigger: true }` (the first named trigger on the last screen).
     * Returns `{ target, input }`; `input` is checked afterwards to tell a missed tap.
     */
    tapTarget(spec) {
      const root = shadow();
      let input = null;
      let target = null;
      if (spec.css) {
        target = [...root.querySelectorAll(spec.css)].find(visible) ?? null;
      } else if (spec.signs) {
        const boxes = [...root.querySelectorAll('fieldset.signs input[type="checkbox"]')].filter(visible);
        target = boxes.find((box) => signChoice(box) === spec.signs) ?? null;
      } else if (spec.trigger) {
        // The optional triggers: boxes in a fieldset that is not the emergency screen's.
        const boxes = [...root.querySelectorAll('fieldset:not(.signs) input[type="checkbox"]')].filter(visible);
        target = boxes.find((box) => signChoice(box) !== 'none') ?? null;
      }
      if (target instanceof HTMLInputElement) {
        input = target;
        target = target.closest('label') ?? target;
      }
      return { target, input };
    },
    checked(input) {
      return input.checked;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Driving a page

class Visit {
  constructor(page) {
    this.page = page;
    this.taps = 0;
  }

  /** Calls one of the page's `window.lhwMeasure` helpers (arguments must be JSON). */
  helper(name, ...args) {
    return this.page.evaluate((n, a) => window.lhwMeasure[n](...a), name, args);
  }

  /** Taps what `spec` names (see tapTarget), counts the tap and waits for the widget to settle. */
  async tap(spec) {
    const found = await this.page.evaluateHandle((s) => window.lhwMeasure.tapTarget(s), spec);
    const target = (await found.getProperty('target')).asElement();
    const input = (await found.getProperty('input')).asElement();
    if (!target) throw new Error(`nothing to tap for ${JSON.stringify(spec)}`);
    const before = input ? await input.evaluate((el) => el.checked) : undefined;
    await target.tap();
    this.taps += 1;
    await this.helper('settle');
    // A tap that lands beside the control (or on something covering it) changes nothing.
    if (input && (await input.evaluate((el) => el.checked)) === before) throw new Error(`the tap on ${JSON.stringify(spec)} did not change it`);
    await found.dispose();
  }

  /**
   * Answers every visible question under `scope`, one tap each: "Yes" to `yes`, "No" to the
   * others (or `choose(question)` when given). After each answer the questions are read again,
   * so follow-ups that appear get answered. Returns the names answered, in order.
   */
  async answerAll(scope, { yes, choose } = {}) {
    const answered = [];
    for (let guard = 0; guard < MAX_TAPS_PER_SCREEN; guard += 1) {
      const open = (await this.helper('questions', scope)).find((question) => !question.answered);
      if (!open) return answered;
      // A question without "No" (a how-often one) gets its last option, the mildest by convention.
      const value = choose ? choose(open) : open.name === yes ? 'yes' : open.values.includes('no') ? 'no' : open.values.at(-1);
      await this.tap({ css: `input[type="radio"][name="${open.name}"][value="${value}"]` });
      answered.push(open.name);
    }
    throw new Error(`still unanswered questions after ${MAX_TAPS_PER_SCREEN} taps`);
  }
}

async function openPage(browser, origin, variant, lang) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  await page.evaluateOnNewDocument(pageHelpers);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(origin + pageUrl(variant, lang), { waitUntil: 'load' });
  await page.evaluate(() => window.lhwMeasure.ready());
  if (errors.length) throw new Error(`${variant} (${lang}): ${errors.join('; ')}`);
  return new Visit(page);
}

// ---------------------------------------------------------------------------------------------
// <twitch-redflag-check>

/**
 * The paths of the review: what to tick on the emergency screen, the one question answered
 * "Yes", whether a trigger is ticked, and the care level the path should reach.
 */
const twitchPaths = [
  { id: 'emergency', label: 'emergency (one sign ticked)', signs: 'sign', expect: 'emergency' },
  { id: 'unsure', label: '"not sure"', signs: 'unsure', expect: 'emergency' },
  { id: 'urgent', label: 'urgent ("Yes" to `legSwollenWarmRed`, a possible clot)', signs: 'none', yes: 'legSwollenWarmRed', expect: 'urgent' },
  { id: 'book', label: 'book an appointment ("Yes" to `longerThanTwoWeeks`)', signs: 'none', yes: 'longerThanTwoWeeks', expect: 'soon' },
  { id: 'self-care', label: 'self-care (all "No", no trigger)', signs: 'none', expect: 'self-care' },
  { id: 'self-care-trigger', label: 'self-care (all "No", one trigger ticked)', signs: 'none', trigger: true, expect: 'self-care' },
];

/** The twitching check's screen as shown now. */
function readTwitchScreen(visit) {
  return visit.page.evaluate(() => {
    const m = window.lhwMeasure;
    const root = document.querySelector('twitch-redflag-check').shadowRoot;
    const result = root.querySelector('[part~="result"]');
    return {
      // The care card's classes are "care-card care-<level>".
      level: result ? ([...result.classList].map((c) => /^care-(.+)$/.exec(c)?.[1]).find((l) => l && l !== 'card') ?? 'unknown') : null,
      signs: Boolean(root.querySelector('fieldset.signs')),
      // What tells one screen from the next: its count, heading and questions.
      signature: [m.text('#step-count'), m.text('#step-heading'), ...m.questions('[part~="check"]').map((q) => q.name)].join('|'),
      problem: m.text('[role="alert"], .problem'),
      words: m.words('[part~="base"]'),
      checkWords: m.words('[part~="check"]'),
    };
  });
}

async function walkTwitch(browser, origin, lang, route) {
  const visit = await openPage(browser, origin, 'twitch', lang);
  const screens = [];
  let yesShown = false;
  let triggerTicked = false;
  try {
    for (let count = 0; ; count += 1) {
      if (count >= MAX_SCREENS) throw new Error(`no result after ${MAX_SCREENS} screens`);
      const screen = await readTwitchScreen(visit);
      if (screen.level) {
        screens.push(screen);
        break;
      }
      if (screen.signs) {
        // A screen without a "None of these" box (say, one that asks yes/no per sign) needs no
        // tick for it; the questions below then answer it. A path's own box must be there.
        const has = await visit.page.evaluate((signs) => Boolean(window.lhwMeasure.tapTarget({ signs }).target), route.signs);
        if (has) await visit.tap({ signs: route.signs });
        else if (route.signs !== 'none') throw new Error(`no "${route.signs}" box on the emergency screen`);
      }
      const answered = await visit.answerAll('[part~="check"]', { yes: route.yes });
      if (route.yes && answered.includes(route.yes)) yesShown = true;
      if (route.trigger && !triggerTicked && !screen.signs) {
        // The triggers are optional boxes on the last questions screen, when it shows them.
        const has = await visit.page.evaluate(() => Boolean(window.lhwMeasure.tapTarget({ trigger: true }).target));
        if (has) {
          await visit.tap({ trigger: true });
          triggerTicked = true;
        }
      }
      // Counted after answering: follow-ups that appeared are part of what was read.
      screens.push(await readTwitchScreen(visit));
      await visit.tap({ css: '[part~="check"] form button[type="submit"]' });
      const after = await readTwitchScreen(visit);
      if (!after.level && after.signature === screen.signature) {
        throw new Error(`the submit button stayed on the screen "${screen.signature}"${after.problem ? `: "${after.problem}"` : ''}`);
      }
    }
  } finally {
    await visit.page.close();
  }
  const result = screens.at(-1);
  const notes = [];
  if (result.level !== route.expect) notes.push(`reached "${result.level}", expected "${route.expect}"`);
  if (route.yes && !yesShown) notes.push(`\`${route.yes}\` was never asked`);
  if (route.trigger && !triggerTicked) notes.push('no trigger box was shown');
  return { route, lang, level: result.level, taps: visit.taps, screens, notes };
}

// ---------------------------------------------------------------------------------------------
// <rls-symptom-card>

// One answer set per pattern, by the form's question keys (the test harness's canonical sets,
// test/harness/rls.ts `rlsFormScenarios`). A question not listed (added or split later) gets "No",
// or its last option when "No" is not offered; the pattern the page then shows is checked and
// reported. Before issue 16 the form asked `explainedByOther` and `onRlsMedicineWorsening` of
// everyone; an old key the page no longer shows is simply not answered.
const rlsPatterns = {
  matches: {
    urgeToMove: 'yes',
    startsAtRest: 'yes',
    reliefWithMovement: 'yes',
    worseEvening: 'yes',
    explainedByOther: 'no',
    hardPainfulCramp: 'no',
    goesWithPositionChange: 'no',
    frequency: 'twice-weekly-or-more',
    sleepAffected: 'yes',
    takesRlsMedicine: 'no',
    onRlsMedicineWorsening: 'no',
  },
  partial: {
    urgeToMove: 'yes',
    startsAtRest: 'unsure',
    reliefWithMovement: 'no',
    worseEvening: 'no',
    explainedByOther: 'yes',
    hardPainfulCramp: 'yes',
    goesWithPositionChange: 'no',
    frequency: 'less-often',
    sleepAffected: 'no',
    takesRlsMedicine: 'no',
    onRlsMedicineWorsening: 'no',
  },
  unlikely: {
    urgeToMove: 'no',
    startsAtRest: 'no',
    reliefWithMovement: 'no',
    worseEvening: 'no',
    explainedByOther: 'no',
    hardPainfulCramp: 'no',
    goesWithPositionChange: 'no',
    frequency: 'less-often',
    sleepAffected: 'no',
    takesRlsMedicine: 'no',
    onRlsMedicineWorsening: 'no',
  },
};

const SELF_CHECK = 'form[part~="self-check"]';

/** Opens whatever hides the self-check (its section; in compact mode also "show more"), one tap each. */
async function openSelfCheck(visit) {
  for (let guard = 0; guard < 5; guard += 1) {
    const control = await visit.page.evaluate((form) => {
      const root = document.querySelector('rls-symptom-card').shadowRoot;
      const el = root.querySelector(form);
      if (!el) throw new Error('the card shows no self-check form');
      if (el.checkVisibility()) return null;
      // The outermost hidden ancestor, and the button that controls it.
      let hidden = null;
      for (let node = el; node && node !== root; node = node.parentNode) if (node.hidden) hidden = node;
      return hidden?.id ? `button[aria-controls="${hidden.id}"]` : null;
    }, SELF_CHECK);
    if (!control) return;
    await visit.tap({ css: control });
  }
  throw new Error('the self-check stayed hidden');
}

async function walkRls(browser, origin, lang, pattern) {
  const visit = await openPage(browser, origin, 'rls', lang);
  try {
    await openSelfCheck(visit);
    const formWords = await visit.helper('words', SELF_CHECK);
    const answers = rlsPatterns[pattern];
    const answered = await visit.answerAll(SELF_CHECK, {
      choose: ({ name, values }) => (values.includes(answers[name]) ? answers[name] : values.includes('no') ? 'no' : values.at(-1)),
    });
    await visit.tap({ css: `${SELF_CHECK} button[type="submit"]` });
    const shown = await visit.page.evaluate(() => {
      const m = window.lhwMeasure;
      const result = document.querySelector('rls-symptom-card').shadowRoot.querySelector('[part~="result"]');
      return {
        pattern: result ? (/\bresult-([\w-]+)/.exec(result.className)?.[1] ?? 'unknown') : null,
        resultWords: m.words('[part~="result"]'),
        words: m.words('[part~="base"]'),
      };
    });
    const notes = [];
    if (shown.pattern !== pattern) notes.push(`showed "${shown.pattern}", expected "${pattern}"`);
    const unknown = answered.filter((name) => !(name in answers));
    if (unknown.length) notes.push(`questions the script had no answer for: ${unknown.join(', ')}`);
    return { pattern, lang, taps: visit.taps, questions: answered.length, formWords, ...shown, notes };
  } finally {
    await visit.page.close();
  }
}

/** Words of the card on first load, and with every section (and "show more") opened. */
async function rlsOpenings(browser, origin, lang) {
  const visit = await openPage(browser, origin, 'rls', lang);
  try {
    const first = await visit.helper('words', '[part~="base"]');
    // Opening a section can reveal more closed ones, so look again after each tap.
    for (let guard = 0; guard < 30; guard += 1) {
      const closed = await visit.page.evaluate(() => {
        const root = document.querySelector('rls-symptom-card').shadowRoot;
        return [...root.querySelectorAll('button[aria-expanded="false"]')].some((button) => button.checkVisibility());
      });
      if (!closed) break;
      await visit.tap({ css: 'button[aria-expanded="false"]' });
    }
    return { lang, first, allOpen: await visit.helper('words', '[part~="base"]'), opened: visit.taps };
  } finally {
    await visit.page.close();
  }
}

// ---------------------------------------------------------------------------------------------
// <spasm-relief-steps mode="guided">

const STEPS = '[part~="steps"]';

function readSpasmStep(visit) {
  return visit.page.evaluate((steps) => {
    const m = window.lhwMeasure;
    const root = document.querySelector('spasm-relief-steps').shadowRoot;
    const primary = [...root.querySelectorAll(`${steps} .actions button.primary`)].find((b) => b.checkVisibility());
    return {
      heading: m.text('#step-heading'),
      // Aftercare is the screen with no Next or Finish.
      aftercare: !primary,
      words: m.words('[part~="base"]'),
      stepWords: m.words(steps),
    };
  }, STEPS);
}

async function walkSpasm(browser, origin, lang) {
  const visit = await openPage(browser, origin, 'guided', lang);
  const steps = [];
  try {
    for (let count = 0; ; count += 1) {
      if (count >= MAX_SCREENS) throw new Error(`no aftercare after ${MAX_SCREENS} steps`);
      const step = await readSpasmStep(visit);
      steps.push(step);
      if (step.aftercare) break;
      await visit.tap({ css: `${STEPS} .actions button.primary` });
    }
  } finally {
    await visit.page.close();
  }
  // The short way: "Done, it eased" on the first step (the button after Next).
  const eased = await openPage(browser, origin, 'guided', lang);
  let easedTaps = null;
  try {
    await eased.tap({ css: `${STEPS} .actions button.primary + button` });
    if ((await readSpasmStep(eased)).aftercare) easedTaps = eased.taps;
  } finally {
    await eased.page.close();
  }
  return { lang, steps, taps: visit.taps, easedTaps };
}

// ---------------------------------------------------------------------------------------------
// First load and the sources footer

async function firstLoad(browser, origin, variant, lang) {
  const visit = await openPage(browser, origin, variant, lang);
  try {
    return { variant, lang, words: await visit.helper('words', '[part~="base"]'), footer: await visit.helper('words', '[part~="about"]') };
  } finally {
    await visit.page.close();
  }
}

// ---------------------------------------------------------------------------------------------
// README.md

/** Words of the README before the first occurrence of each landmark an editor looks for. */
function measureReadme() {
  const text = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const before = (index) => (index < 0 ? null : countWords(text.slice(0, index)));
  const firstOf = (...needles) => {
    for (const needle of needles) {
      const index = text.indexOf(needle);
      if (index >= 0) return { index, needle };
    }
    return { index: -1, needle: needles[0] };
  };
  const landmarks = [
    ['`clinic-name`', firstOf('clinic-name')],
    ['`booking-url`', firstOf('booking-url')],
    ['the shared attributes table', firstOf('<!-- generated:attributes:shared:start -->', 'Settings every element shares')],
    ['the first copy-ready snippet', firstOf('<!-- snippet:start -->', '```html')],
  ];
  return {
    total: countWords(text),
    rows: landmarks.map(([label, { index, needle }]) => ({
      label,
      found: needle,
      words: before(index),
      line: index < 0 ? null : text.slice(0, index).split('\n').length,
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// The report

const sum = (values) => values.reduce((total, value) => total + value, 0);
/** A Markdown table; a column of numbers is right-aligned. */
function table(head, rows) {
  const align = head.map((_, i) => (rows.every((row) => typeof row[i] === 'number') ? '---:' : '---'));
  return [head, align, ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}
const percent = (part, whole) => (whole ? `${Math.round((100 * part) / whole)} %` : '–');

/** Which code was measured: the bundle's SHA-384, as in the snippet's `integrity` (dist/ may be older or newer than the commit). */
function bundleHash() {
  return `sha384-${crypto.createHash('sha384').update(fs.readFileSync(path.join(root, bundle))).digest('base64')}`;
}

function commitOf() {
  try {
    return execFileSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

function report({ twitch, rls, openings, spasm, loads, readme }) {
  const lines = [];
  const notes = [];
  lines.push(
    '# Paths to a result, for a patient on a phone',
    '',
    `Measured by \`scripts/measure-paths.mjs\` in a checkout of commit ${commitOf()}, on the script-tag bundle found there (\`${bundleHash()}\`), ` +
      'at 390×844 (touch), one widget per page after the script tag, with `clinic-name`, `clinic-phone` and `booking-url` set. ' +
      'Taps: every tap (a box, a radio, a button). Words: runs of characters with a letter or digit in the `innerText` of the widget (hidden panels left out, screen-reader-only text kept). ' +
      'A screen\'s words are counted when its answers are given (so follow-ups that appeared are in), the result\'s when it shows; "total read" is their sum.',
    '',
    '## `<twitch-redflag-check>`',
    '',
    'Each screen: "Yes" to the path\'s question if shown, "No" to every other question shown, "None of these" on the emergency screen unless the path ticks a sign or "not sure"; then the screen\'s submit button. ' +
      'The widget\'s words include its title, safety note and sources footer on every screen; the check section\'s words are the part that changes (`[part~="check"]`).',
    '',
  );
  lines.push(
    table(
      ['path', 'lang', 'result', 'screens to result', 'taps to result', 'widget words per screen (… → result)', 'total read', 'check-section words per screen', 'total read (check section)'],
      twitch.map(({ route, lang, level, taps, screens, notes: own }) => {
        notes.push(...own.map((note) => `twitching, ${route.id} (${lang}): ${note}`));
        return [
          route.label,
          lang,
          level,
          screens.length,
          taps,
          screens.map((s) => s.words).join(' → '),
          sum(screens.map((s) => s.words)),
          screens.map((s) => s.checkWords).join(' → '),
          sum(screens.map((s) => s.checkWords)),
        ];
      }),
    ),
    '',
    '## `<rls-symptom-card>`',
    '',
    'Open the self-check if closed, answer every question shown (radio groups read from the page), submit. "Total read" is the form plus its result, as in the review.',
    '',
    table(
      ['result', 'lang', 'taps to result', 'questions answered', 'form words', 'result words', 'total read (form + result)', 'widget words with the result'],
      rls.map(({ pattern, lang, taps, questions, formWords, resultWords, words, notes: own }) => {
        notes.push(...own.map((note) => `RLS, ${pattern} (${lang}): ${note}`));
        return [pattern, lang, taps, questions, formWords, resultWords, formWords + resultWords, words];
      }),
    ),
    '',
    table(
      ['lang', 'words on first load', 'words with every section open', 'taps to open them all'],
      openings.map(({ lang, first, allOpen, opened }) => [lang, first, allOpen, opened]),
    ),
    '',
    '## `<spasm-relief-steps mode="guided">`',
    '',
    'Next on every step, then Finish, to the aftercare screen. Words of the steps part (`[part~="steps"]`), and of the whole widget.',
    '',
    table(
      ['lang', 'taps to aftercare', 'taps by "Done, it eased"', 'steps part: words per step → aftercare', 'total read (steps part)', 'widget words per step → aftercare', 'total read (widget)'],
      spasm.map(({ lang, steps, taps, easedTaps }) => {
        if (easedTaps === null) notes.push(`cramp (${lang}): "Done, it eased" did not lead to aftercare`);
        return [
          lang,
          taps,
          easedTaps ?? '–',
          steps.map((s) => s.stepWords).join(' / '),
          sum(steps.map((s) => s.stepWords)),
          steps.map((s) => s.words).join(' / '),
          sum(steps.map((s) => s.words)),
        ];
      }),
    ),
    '',
    spasm.map(({ lang, steps }) => `Steps (${lang}): ${steps.map((s) => s.heading || '(no heading)').join(' → ')}.`).join('  \n'),
    '',
    '## First load: words shown and the sources footer',
    '',
    'Default attributes besides the clinic. The footer is `[part~="about"]`: the disclaimer, the sources and the review dates.',
    '',
    table(
      ['widget', 'lang', 'words on first load', 'of which in the footer', 'footer share'],
      loads.map(({ variant, lang, words, footer }) => [variants[variant].label, lang, words, footer, percent(footer, words)]),
    ),
    '',
    '## README.md: words before what an editor needs',
    '',
    `Words of the raw Markdown (the same definition of a word) before the first occurrence; the README has ${readme.total} words in all.`,
    '',
    table(
      ['landmark', 'found by', 'words before it', 'line'],
      readme.rows.map(({ label, found, words, line }) => [label, `\`${found.replace(/`/g, '')}\``, words ?? 'not found', line ?? '–']),
    ),
    '',
  );
  if (notes.length) lines.push('## Notes', '', ...notes.map((note) => `- ${note}`), '');
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  const options = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(root, bundle))) throw new Error(`${bundle} is missing: build it first (npx rollup -c --silent)`);
  const readme = measureReadme();
  const server = await startStaticServer(root, { pages: generatedPages() });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    // The two languages run side by side (each page is its own tab); the rest in order, so the
    // report lists them in a fixed order whatever finishes first.
    const perLanguage = await Promise.all(
      languages.map(async (lang) => {
        const twitch = [];
        for (const route of twitchPaths) twitch.push(await walkTwitch(browser, origin, lang, route));
        const rls = [];
        for (const pattern of Object.keys(rlsPatterns)) rls.push(await walkRls(browser, origin, lang, pattern));
        const openings = await rlsOpenings(browser, origin, lang);
        const spasm = await walkSpasm(browser, origin, lang);
        const loads = [];
        for (const variant of Object.keys(variants)) loads.push(await firstLoad(browser, origin, variant, lang));
        return { twitch, rls, openings, spasm, loads };
      }),
    );
    // Rows grouped by path (or widget), English first, then Spanish.
    const interleave = (key) => perLanguage[0][key].flatMap((row, i) => perLanguage.map((results) => results[key][i]));
    const markdown = report({
      twitch: interleave('twitch'),
      rls: interleave('rls'),
      openings: perLanguage.map((results) => results.openings),
      spasm: perLanguage.map((results) => results.spasm),
      loads: interleave('loads'),
      readme,
    });
    fs.mkdirSync(path.dirname(options.out), { recursive: true });
    fs.writeFileSync(options.out, markdown);
    process.stdout.write(`${markdown}\n`);
    // On stderr, not in the report: two runs of the same code write the same file.
    process.stderr.write(`Wrote ${path.relative(process.cwd(), options.out)} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
