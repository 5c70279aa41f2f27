// Hostile host pages: the script-tag bundle (dist/leg-health-widgets.js, built by `rollup -c`
// before the browser tests) on the kinds of pages clinics really have. Each scenario is a page
// under test/host-page/, loaded in an <iframe> so that it has its own document, registry, CSP and
// stylesheets. test/host-page/probe.js runs first on every page and records errors, CSP
// violations, warnings, customElements.define calls, live intervals, live MutationObservers and
// window/document listeners; the tests read those back and compare plain values only (a failing
// assertion on an element or a function can hang the test runner).
//
// The iframe's elements belong to another realm: `instanceof` checks use the iframe's own
// constructors, and computed styles come from the iframe's window.
//
// What the test server (@web/dev-server, configured in web-test-runner.config.mjs) changes:
// - it appends `<script type="module" src="/__web-dev-server__web-socket.js">` to every HTML page
//   it serves. That script is external and same-origin, so the strict CSP allows it, and in an
//   iframe it reuses the test page's web socket, so it makes no connection (no connect-src
//   violation). It adds no window/document listener.
// - its esbuild plugin (target es2022) re-transpiles every .js file it serves, the built bundle
//   included, and its node-resolve rewrites bare imports (`lit`) in dist/*.js. So these pages run
//   a re-transpiled copy of dist/leg-health-widgets.js with the same behaviour, not its exact
//   bytes: an `integrity` attribute cannot be tested here.
import { expect } from '@open-wc/testing';
import { packs } from '../src/lang/built-in.js';
import { assessRlsPattern } from '../src/rls-symptom-card/rls-pattern.js';
import { spasmStepIds } from '../src/spasm-relief-steps/spasm-care.js';
import { twitchScreens } from '../src/twitch-redflag-check/twitch-rules.js';
import { fillSelfCheck, rlsScenarios, submitSelfCheck } from './harness/rls.js';
import { nextStep } from './harness/spasm.js';
import { answerStep, next, tickSign, twitchResult, twitchScenarios, twitchScreen, type TwitchScenario } from './harness/twitch.js';
import { settle } from './harness/widget.js';
import {
  byId,
  delay,
  openPage,
  rendered,
  waitFor,
  widgetsIn,
  widgetTags,
  within,
  type FrameWindow,
  type HostPage,
  type Probe,
  type Widget,
  type WidgetTag,
} from './helpers/host-frame.js';
import { markdownTableAfter } from './helpers/markdown.js';
import { nameOf, qa, shadowOf, textOf } from './helpers/shadow.js';

const en = packs.en;

/** What esm-beside.js and esm-then-script.js record in the probe of their pages. */
interface EsmProbe extends Probe {
  /** Set by esm-beside.js: the classes the ES module build exports. */
  esm?: Record<WidgetTag, CustomElementConstructor>;
  /** Set by esm-beside.js: where the import map sends `lit`, and what loads from there. */
  importMap?: { lit: string; LitElement: string };
  /** Set by esm-then-script.js once the script it adds after the modules has loaded. */
  scriptAfterModules?: string;
}

// ---------------------------------------------------------------------------------------------
// Pages in iframes

/** Adds a classic <script src> to the page and waits until it has run. */
async function addScript(page: HostPage, src: string): Promise<void> {
  const script = page.doc.createElement('script');
  script.src = src;
  const ran = new Promise<void>((resolve, reject) => {
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener('error', () => reject(new Error(`${page.path}: ${src} failed to load`)), { once: true });
  });
  page.doc.head.append(script);
  await within(ran, 5000, () => `${page.path}: ${src} did not load within 5 s`);
}

/** The library's own console warnings on the page. */
function libraryWarnings(page: HostPage): string[] {
  return page.probe.warnings.filter((message) => message.includes('[leg-health-widgets]'));
}

// ---------------------------------------------------------------------------------------------
// Inside a widget

function inside<E extends Element = HTMLElement>(el: Element, selector: string): E {
  const found = shadowOf(el).querySelector<E>(selector);
  if (!found) throw new Error(`nothing matches ${JSON.stringify(selector)} in <${el.localName}#${el.id}>`);
  return found;
}

function styleOf(el: Element, pseudo?: string): CSSStyleDeclaration {
  const view = el.ownerDocument.defaultView;
  if (!view) throw new Error('element has no window');
  return view.getComputedStyle(el, pseudo);
}

function px(value: string): number {
  return Number.parseFloat(value) || 0;
}

/** Whether the element takes up room on screen. */
function isRendered(el: Element): boolean {
  return el.getClientRects().length > 0 && styleOf(el).visibility !== 'hidden';
}

function buttonNamed(el: Widget, label: string): HTMLButtonElement {
  const button = qa<HTMLButtonElement>(el, 'button').find((b) => textOf(b) === label);
  if (!button) {
    const labels = qa(el, 'button').map((b) => JSON.stringify(textOf(b)));
    throw new Error(`no button "${label}" in <${el.localName}#${el.id}>; buttons: ${labels.join(', ')}`);
  }
  return button;
}

async function click(el: Widget, target: HTMLElement): Promise<void> {
  target.click();
  await settle(el);
}

/** Opens or closes the disclosure section labelled `label`; returns what it shows afterwards. */
async function toggleSection(el: Widget, label: string): Promise<{ expanded: string | null; panelShown: boolean }> {
  const button = buttonNamed(el, label);
  await click(el, button);
  const panel = shadowOf(el).getElementById(button.getAttribute('aria-controls') ?? '');
  return { expanded: button.getAttribute('aria-expanded'), panelShown: panel ? isRendered(panel) : false };
}

/** Answers the RLS self-check with the harness's "matches" answers and submits: the result's pattern. */
async function rlsSelfCheck(el: Widget): Promise<{ expected: string; shown: string; event: string }> {
  const answers = rlsScenarios.matches;
  await fillSelfCheck(el, answers);
  let event = 'no lhw-rls-result event';
  el.addEventListener('lhw-rls-result', (e) => (event = (e as CustomEvent<{ pattern: string }>).detail.pattern), { once: true });
  await submitSelfCheck(el);
  const result = shadowOf(el).querySelector('[part~="result"]');
  const shown = result ? ([...result.classList].find((c) => c.startsWith('result-'))?.slice('result-'.length) ?? '?') : 'no result';
  return { expected: assessRlsPattern(answers).pattern, shown, event };
}

/**
 * Walks the twitching check through a scenario of the harness, screen by screen. Returns the step
 * counts it saw, the result card's level and the event's level.
 */
async function twitchToResult(el: Widget, scenario: TwitchScenario): Promise<{ steps: string[]; card: string; event: string }> {
  const steps: string[] = [];
  const stepCount = () => textOf(shadowOf(el).querySelector('.step-count'));
  let event = 'no lhw-twitch-result event';
  el.addEventListener('lhw-twitch-result', (e) => (event = (e as CustomEvent<{ level: string }>).detail.level), { once: true });
  steps.push(stepCount());
  for (const choice of scenario.signs) tickSign(el, choice);
  await next(el);
  while (twitchScreen(el) !== 'result') {
    if (steps.length > twitchScreens.length) throw new Error(`the twitching check never showed a result (on ${twitchScreen(el)})`);
    steps.push(stepCount());
    await answerStep(el, scenario);
    await next(el);
  }
  return { steps, card: twitchResult(el).level, event };
}

/** Every step count of the check: "Step 1 of 4" to "Step 4 of 4". */
const twitchStepCounts = twitchScreens.map((_, index) => en.twitch.check.stepCount({ step: index + 1, total: twitchScreens.length }));

/** The guided spasm steps: Next to the heat or ice step, start its timer, then pause it. */
async function spasmGuided(page: HostPage, el: Widget): Promise<{ steps: string[]; heading: string; running: string; paused: string }> {
  const steps: string[] = [];
  const stepCount = () => textOf(shadowOf(el).querySelector('.step-count'));
  steps.push(stepCount());
  while (!shadowOf(el).querySelector('.timer')) {
    if (steps.length > spasmStepIds.length) throw new Error('no heat or ice step with a timer in guided mode');
    await nextStep(el);
    steps.push(stepCount());
  }
  const heading = textOf(inside(el, '#step-heading'));
  const toggle = inside<HTMLButtonElement>(el, '.timer-toggle');
  await click(el, toggle);
  const running = `${textOf(toggle)}, ${page.probe.intervals.size} interval(s)`;
  await click(el, toggle);
  const paused = `${textOf(toggle)}, ${page.probe.intervals.size} interval(s)`;
  return { steps, heading, running, paused };
}

/** The guided step counts up to the heat-or-ice step: "Step 1 of 5" to "Step 4 of 5". */
const spasmSteps = spasmStepIds
  .slice(0, spasmStepIds.indexOf('heat-ice') + 1)
  .map((_, index) => en.spasm.guided.stepCount({ step: index + 1, total: spasmStepIds.length }));

/** Uses all three widgets as a visitor would, and checks each one responded. */
async function useEveryWidget(page: HostPage): Promise<void> {
  const rls = byId(page, 'rls');
  expect(await toggleSection(rls, en.rls.sections.symptoms.heading), 'RLS: a closed section opens').to.deep.equal({
    expanded: 'true',
    panelShown: true,
  });
  await toggleSection(rls, en.rls.selfCheck.heading);
  const rlsResult = await rlsSelfCheck(rls);
  expect(rlsResult, 'RLS: the self-check gives its result').to.deep.equal({
    expected: rlsResult.expected,
    shown: rlsResult.expected,
    event: rlsResult.expected,
  });

  expect(await twitchToResult(byId(page, 'twitch'), twitchScenarios['self-care']), 'twitching check, self-care').to.deep.equal({
    steps: twitchStepCounts,
    card: 'self-care',
    event: 'self-care',
  });

  expect(await spasmGuided(page, byId(page, 'spasm')), 'spasm guided steps and timer').to.deep.equal({
    steps: spasmSteps,
    heading: en.spasm.steps['heat-ice'].heading,
    running: `${en.spasm.timer.pause}, 1 interval(s)`,
    paused: `${en.spasm.timer.resume}, 0 interval(s)`,
  });
}

// ---------------------------------------------------------------------------------------------
// The README, which documents the theming hooks the tests must cover

let readme: string | undefined;

async function readReadme(): Promise<string> {
  if (readme === undefined) {
    const response = await fetch('/README.md');
    if (!response.ok) throw new Error(`GET /README.md: ${response.status}`);
    readme = await response.text();
  }
  return readme;
}

/** The --lhw-* properties in the README's "Theming" table. */
async function documentedProperties(): Promise<string[]> {
  const rows = markdownTableAfter(await readReadme(), '## Theming');
  return rows.map(([name]) => name.replace(/`/g, '')).sort();
}

function backticked(text: string): string[] {
  return [...text.matchAll(/`([a-z-]+)`/g)].map((match) => match[1]);
}

/** The parts the README documents for `tag`: the shared ones, then the element's own "Parts:". */
async function documentedParts(tag: WidgetTag): Promise<string[]> {
  const text = await readReadme();
  const shared = /exposes these parts for deeper styling with `::part\(\)`:([\s\S]*?)plus its own parts/.exec(text);
  if (!shared) throw new Error('README: no sentence listing the shared parts');
  const section = text.split(/^## /m).find((s) => s.startsWith(`\`<${tag}>\``));
  if (!section) throw new Error(`README: no section for <${tag}>`);
  const own = /^Parts:([\s\S]*?)(?:\n\n|$)/m.exec(section);
  if (!own) throw new Error(`README: no "Parts:" paragraph for <${tag}>`);
  // Only names followed by a description or a separator: "`timer`, `section` (each ...)".
  return [...new Set([...backticked(shared[1]), ...backticked(own[1].split('. ')[0])])].sort();
}

// ---------------------------------------------------------------------------------------------

describe('on hostile host pages (the script-tag bundle in an iframe)', function () {
  this.timeout(20000);

  describe('the script included twice, and the ES modules beside it', () => {
    it('defines each tag once, with the first copy of the script, without an error or a warning, and the widgets work', async () => {
      const page = await openPage<FrameWindow<EsmProbe>>('twice.html');
      await rendered(page);
      await waitFor(() => page.probe.esm !== undefined || page.probe.errors.length > 0, 'esm-beside.js to run');
      expect(page.probe.errors, 'errors on the page').to.deep.equal([]);
      expect(libraryWarnings(page), 'the same version twice is not worth a warning').to.deep.equal([]);
      expect(page.probe.importMap, 'the import map resolves lit').to.deep.equal({ lit: '/node_modules/lit/index.js', LitElement: 'function' });
      const esm = page.probe.esm as Record<WidgetTag, CustomElementConstructor>;
      for (const tag of widgetTags) {
        const defines = page.probe.defines.filter((d) => d.tag === tag);
        expect(defines.map((d) => d.by), `customElements.define calls for <${tag}>`).to.deep.equal(['first']);
        const registered = page.win.customElements.get(tag);
        expect(registered === defines[0].constructor, `<${tag}> is the first copy's class`).to.equal(true);
        expect(registered === esm[tag], `<${tag}> is not the ES module's class`).to.equal(false);
        const upgraded = widgetsIn(page).filter((el) => el.localName === tag).map((el) => el.constructor === registered);
        expect(upgraded, `every <${tag}> is an instance of the registered class`).to.deep.equal([true]);
      }
      await useEveryWidget(page);
      expect(page.probe.errors, 'errors after using the widgets').to.deep.equal([]);
    });

    it('works the other way round too: the ES modules define the widgetTags first and the script yields', async () => {
      const page = await openPage<FrameWindow<EsmProbe>>('esm-first.html');
      await waitFor(() => page.probe.scriptAfterModules !== undefined, 'the script added after the modules');
      expect(page.probe.scriptAfterModules, 'the script after the modules').to.equal('ran');
      await rendered(page);
      expect(page.probe.errors, 'errors on the page').to.deep.equal([]);
      expect(libraryWarnings(page), 'library warnings').to.deep.equal([]);
      const esm = page.probe.esm;
      if (!esm) throw new Error('esm-beside.js did not run');
      for (const tag of widgetTags) {
        const defines = page.probe.defines.filter((d) => d.tag === tag);
        expect(defines.map((d) => d.by), `customElements.define calls for <${tag}>`).to.deep.equal(['module']);
        expect(page.win.customElements.get(tag) === esm[tag], `<${tag}> is the ES module's class`).to.equal(true);
      }
      await useEveryWidget(page);
      expect(page.probe.errors, 'errors after using the widgets').to.deep.equal([]);
    });
  });

  describe('a strict Content Security Policy', () => {
    /** The widgets' styles are in place: each box has its border and padding (1em at 16px). */
    function boxes(page: HostPage): string[] {
      return widgetsIn(page).map((el) => {
        const base = styleOf(inside(el, '[part~="base"]'));
        return `${el.localName}: ${base.borderTopStyle} border, ${base.paddingTop} padding`;
      });
    }

    it("renders, styles and runs every widget under script-src 'self' and style-src 'self', with no violation", async () => {
      const page = await openPage<FrameWindow & { inlineScriptRan?: boolean }>('csp.html');
      await rendered(page);
      expect(boxes(page), 'constructable stylesheets apply under the CSP').to.deep.equal(widgetTags.map((tag) => `${tag}: solid border, 16px padding`));
      await useEveryWidget(page);
      await delay(50); // violation events are queued as tasks
      expect(page.probe.violations, 'CSP violations').to.deep.equal([]);
      expect(page.probe.errors, 'errors').to.deep.equal([]);

      // The probe does see violations: an inline script, which this policy blocks, is reported.
      const inline = page.doc.createElement('script');
      inline.textContent = 'window.inlineScriptRan = true;';
      page.doc.body.append(inline);
      await waitFor(() => page.probe.violations.length > 0, 'the blocked inline script to be reported');
      expect(page.win.inlineScriptRan, 'the inline script was blocked').to.equal(undefined);
    });

    it('the one-tap call in the twitching check\'s safety line is a plain tel: link that the page lets through', async () => {
      const page = await openPage('csp.html');
      await rendered(page);
      const twitch = byId(page, 'twitch');
      const links = [...inside(twitch, '.safety-note').querySelectorAll('a')].map((a) => ({
        href: a.getAttribute('href'),
        text: textOf(a),
        target: a.getAttribute('target'),
        shown: isRendered(a),
        focusable: a.tabIndex === 0,
      }));
      expect(links, 'the safety line\'s link').to.deep.equal([
        { href: 'tel:911', text: en.shared.callNumber({ number: '911' }), target: null, shown: true, focusable: true },
      ]);

      // A tap: the click reaches the page (it is composed) with nothing of the widget's stopping
      // it, so the browser follows tel:911. The test stops it there, at the top, so the frame stays.
      const taps: { defaultPrevented: boolean; href: string }[] = [];
      const onClick = (event: Event): void => {
        const link = event.composedPath()[0] as Element;
        taps.push({ defaultPrevented: event.defaultPrevented, href: link.getAttribute?.('href') ?? '' });
        event.preventDefault();
      };
      page.win.addEventListener('click', onClick);
      try {
        inside<HTMLAnchorElement>(twitch, '.safety-note a').click();
        await settle(twitch);
      } finally {
        page.win.removeEventListener('click', onClick);
      }
      expect(taps, 'the tap reached the page, not cancelled by the widget').to.deep.equal([{ defaultPrevented: false, href: 'tel:911' }]);

      // Still there on every screen, with nothing the CSP refuses.
      await twitchToResult(twitch, twitchScenarios.urgent);
      expect(qa(twitch, '.safety-note a[href="tel:911"]').length, 'on the result too').to.equal(1);
      await delay(50);
      expect(page.probe.violations, 'CSP violations').to.deep.equal([]);
      expect(page.probe.errors, 'errors').to.deep.equal([]);
    });

    it('also runs with Trusted Types enforced (require-trusted-types-for), with no violation', async function () {
      // Trusted Types are a Chromium feature that other engines ship only in recent versions:
      // where this browser has no `trustedTypes`, the directive is ignored and there is nothing
      // to test.
      if (!('trustedTypes' in window)) this.skip();
      const page = await openPage('csp-trusted-types.html');
      await rendered(page);
      expect(boxes(page), 'styles apply under the CSP').to.deep.equal(widgetTags.map((tag) => `${tag}: solid border, 16px padding`));
      await useEveryWidget(page);
      await delay(50);
      expect(page.probe.violations, 'CSP and Trusted Types violations').to.deep.equal([]);
      expect(page.probe.errors, 'errors').to.deep.equal([]);

      // Trusted Types are really enforced on this page: a plain string into innerHTML is refused
      // (and reported), so the widgets above did render through a policy.
      let refused = false;
      try {
        page.doc.createElement('div').innerHTML = '<b>probe</b>';
      } catch {
        refused = true;
      }
      expect(refused, 'innerHTML with a plain string throws on this page').to.equal(true);
      await waitFor(() => page.probe.violations.length > 0, 'the refused innerHTML to be reported');
    });

    it("survives a second copy of the script when the CSP names the allowed policies (trusted-types lit-html)", async function () {
      // See the test above for why a browser without `trustedTypes` skips this.
      if (!('trustedTypes' in window)) this.skip();
      const page = await openPage('csp-trusted-types-twice.html');
      await rendered(page);
      expect(page.probe.defines.map((d) => `${d.tag} by ${d.by}`), 'definitions').to.deep.equal(widgetTags.map((tag) => `${tag} by first`));
      await useEveryWidget(page);
      await delay(50);
      // Lit creates its "lit-html" policy when its module runs, so a second copy of the bundle
      // asks for the same policy name again, which the CSP refuses unless it says 'allow-duplicates'.
      expect(page.probe.errors, 'errors').to.deep.equal([]);
      expect(page.probe.violations, 'CSP and Trusted Types violations').to.deep.equal([]);
    });
  });

  describe('hostile global CSS', () => {
    /** Properties whose computed value is a used length, which moves with layout, not style. */
    const layoutSized = new Set(['width', 'height', 'inline-size', 'block-size', 'perspective-origin', 'transform-origin']);

    /** Every computed property of the page's own elements (#page and all inside it). */
    function pageStyles(page: HostPage): Map<string, string> {
      const main = page.doc.getElementById('page');
      if (!main) throw new Error('no #page');
      const values = new Map<string, string>();
      for (const el of [main, ...main.querySelectorAll('*')]) {
        const style = styleOf(el);
        for (let i = 0; i < style.length; i += 1) {
          const name = style[i];
          if (!layoutSized.has(name)) values.set(`#${el.id} ${name}`, style.getPropertyValue(name));
        }
      }
      return values;
    }

    function differences(before: Map<string, string>, after: Map<string, string>): string[] {
      const keys = new Set([...before.keys(), ...after.keys()]);
      return [...keys].filter((key) => before.get(key) !== after.get(key)).map((key) => `${key}: ${before.get(key)} -> ${after.get(key)}`);
    }

    /** Adds the script to a page, checking that nothing of the page's own elements changes. */
    async function addWidgets(page: HostPage): Promise<void> {
      const before = pageStyles(page);
      const sheets = page.doc.styleSheets.length;
      await addScript(page, '/dist/leg-health-widgets.js');
      await rendered(page);
      await useEveryWidget(page);
      expect(differences(before, pageStyles(page)), `${page.path}: computed styles of the page's own elements`).to.deep.equal([]);
      expect(page.doc.styleSheets.length, 'stylesheets in the page').to.equal(sheets);
      expect(page.doc.adoptedStyleSheets.length, 'stylesheets adopted by the page').to.equal(0);
    }

    /** Font-independent styles of what a visitor sees in a widget, and sizes relative to its font. */
    const compared = ['color', 'background-color', 'display', 'visibility', 'text-transform', 'font-weight', 'font-style',
      'text-decoration-line', 'text-align', 'border-top-style', 'border-top-color', 'list-style-type', 'opacity'];

    function widgetLook(el: Widget): Record<string, string> {
      const look: Record<string, string> = {};
      const base = inside(el, '[part~="base"]');
      const baseFont = px(styleOf(base).fontSize);
      // Each sample that exists (the same ones do in both pages, after the same clicks).
      const samples: [string, Element | null][] = [
        ['base', base],
        ['title', shadowOf(el).querySelector('#title')],
        ['paragraph', shadowOf(el).querySelector('p')],
        ['link', shadowOf(el).querySelector('a')],
        ['button', shadowOf(el).querySelector('button')],
        ['primary button', shadowOf(el).querySelector('button.primary')],
        ['section button', shadowOf(el).querySelector('.disclosure-button')],
      ];
      for (const [name, sample] of samples) {
        if (!sample) continue;
        const style = styleOf(sample);
        for (const property of compared) look[`${name} ${property}`] = style.getPropertyValue(property);
        look[`${name} font-size / base font-size`] = (px(style.fontSize) / baseFont).toFixed(3);
      }
      look['base padding / font-size'] = (px(styleOf(base).paddingTop) / baseFont).toFixed(3);
      return look;
    }

    it('does not reach inside the widgets, and nothing of the widgets leaks into the page', async () => {
      const plain = await openPage('hostile-css.html');
      plain.doc.getElementById('hostile')?.remove();
      const hostile = await openPage('hostile-css.html');
      expect(styleOf(hostile.doc.getElementById('page-button') as Element).display, 'the hostile CSS applies to the page').to.equal('none');
      await addWidgets(plain);
      await addWidgets(hostile);

      for (const tag of widgetTags) {
        const [calm] = widgetsIn(plain).filter((el) => el.localName === tag);
        const [attacked] = widgetsIn(hostile).filter((el) => el.localName === tag);
        expect(widgetLook(attacked), `<${tag}> on the hostile page looks as on a plain page`).to.deep.equal(widgetLook(calm));
        const hiddenButtons = qa(attacked, 'button').filter((b) => styleOf(b).display === 'none').map(nameOf);
        expect(hiddenButtons, `<${tag}>: buttons with display: none`).to.deep.equal([]);
        const red = qa(attacked, '*').filter((e) => styleOf(e).color === 'rgb(255, 0, 0)').map(nameOf);
        expect(red, `<${tag}>: elements in the page's red`).to.deep.equal([]);
        const upper = qa(attacked, 'h2, h3, h4, h5, h6').filter((h) => styleOf(h).textTransform !== 'none').map(nameOf);
        expect(upper, `<${tag}>: headings with a text-transform`).to.deep.equal([]);
      }
      expect([...plain.probe.errors, ...hostile.probe.errors], 'errors').to.deep.equal([]);
    });
  });

  describe('theming from the page', () => {
    /** What each documented property sets, measured in the widgets of theming-props.html. */
    const propertyChecks: Record<string, { value: string; measure: (page: HostPage) => string[] }> = {
      '--lhw-color-text': { value: 'rgb(20, 30, 40)', measure: (page) => bases(page, 'color') },
      '--lhw-color-surface': { value: 'rgb(250, 245, 230)', measure: (page) => bases(page, 'background-color') },
      '--lhw-color-accent': {
        value: 'rgb(90, 20, 110)',
        measure: (page) => {
          const spasm = byId(page, 'spasm');
          return [
            styleOf(inside(spasm, 'button.primary')).backgroundColor,
            styleOf(inside(spasm, 'button.primary')).borderTopColor,
            styleOf(inside(spasm, '[part~="contact"] a')).color,
          ];
        },
      },
      '--lhw-color-border': { value: 'rgb(60, 120, 60)', measure: (page) => bases(page, 'border-top-color') },
      '--lhw-color-emergency': {
        value: 'rgb(150, 10, 30)',
        measure: (page) => [
          styleOf(inside(byId(page, 'twitch-emergency'), '.emergency-call')).backgroundColor,
          styleOf(inside(byId(page, 'twitch-emergency'), '.care-emergency .care-heading')).backgroundColor,
          styleOf(inside(byId(page, 'twitch'), '.safety-note')).borderLeftColor,
        ],
      },
      '--lhw-color-urgent': { value: 'rgb(140, 80, 10)', measure: (page) => [styleOf(inside(byId(page, 'spasm'), '.care-urgent')).borderTopColor] },
      '--lhw-color-soon': { value: 'rgb(10, 70, 140)', measure: (page) => [styleOf(inside(byId(page, 'spasm'), '.care-soon')).borderTopColor] },
      '--lhw-color-self-care': {
        value: 'rgb(10, 110, 70)',
        measure: (page) => [styleOf(inside(byId(page, 'twitch'), '.care-self-care')).borderTopColor],
      },
      '--lhw-radius': { value: '7px', measure: (page) => bases(page, 'border-top-left-radius') },
      '--lhw-space': { value: '13px', measure: (page) => bases(page, 'padding-top') },
    };

    function bases(page: HostPage, property: string): string[] {
      return widgetsIn(page).map((el) => styleOf(inside(el, '[part~="base"]')).getPropertyValue(property));
    }

    it('follows every documented --lhw-* custom property, set on :root, a container or the element', async () => {
      expect(Object.keys(propertyChecks).sort(), 'the properties this test sets are the README\'s').to.deep.equal(await documentedProperties());
      const page = await openPage('theming-props.html');
      await rendered(page);
      await twitchToResult(byId(page, 'twitch'), twitchScenarios['self-care']);
      await twitchToResult(byId(page, 'twitch-emergency'), twitchScenarios.emergency);
      const seen: Record<string, string[]> = {};
      const wanted: Record<string, string[]> = {};
      for (const [property, { value, measure }] of Object.entries(propertyChecks)) {
        seen[property] = measure(page);
        wanted[property] = seen[property].map(() => value);
      }
      expect(seen).to.deep.equal(wanted);
      expect(page.probe.errors, 'errors').to.deep.equal([]);
    });

    /** The colour theming-parts.css gives each part's outline. */
    const partColours: Record<string, string> = {
      base: 'rgb(1, 0, 1)',
      heading: 'rgb(2, 0, 2)',
      contact: 'rgb(3, 0, 3)',
      about: 'rgb(4, 0, 4)',
      section: 'rgb(5, 0, 5)',
      result: 'rgb(6, 0, 6)',
      'self-check': 'rgb(7, 0, 7)',
      check: 'rgb(8, 0, 8)',
      steps: 'rgb(9, 0, 9)',
      timer: 'rgb(10, 0, 10)',
      'care-card': 'rgb(11, 0, 11)',
      'check-first': 'rgb(12, 0, 12)',
      'setup-notice': 'rgb(13, 0, 13)',
      summary: 'rgb(14, 0, 14)',
      diary: 'rgb(15, 0, 15)',
    };

    it('follows every documented ::part, even where the widget sets the same property', async () => {
      // `?lhw-check`: the page is being checked, so each widget shows its setup notice too.
      const page = await openPage('theming-parts.html?lhw-check');
      await rendered(page);
      const rls = byId(page, 'rls');
      await rlsSelfCheck(rls);
      await twitchToResult(byId(page, 'twitch'), twitchScenarios['self-care']);
      const problems: string[] = [];
      // Each part must show in one of the page's widgets of that tag (the cramp steps' timer is
      // in guided mode, their collapsible cautions in list mode).
      for (const tag of widgetTags) {
        const widgets = widgetsIn(page).filter((el) => el.localName === tag);
        for (const part of await documentedParts(tag)) {
          const colour = partColours[part];
          if (!colour) {
            problems.push(`<${tag}>: the README documents part "${part}", which theming-parts.css does not style`);
            continue;
          }
          const elements = widgets.flatMap((el) => qa(el, `[part~="${part}"]`));
          if (elements.length === 0) problems.push(`<${tag}>: no element with part "${part}"`);
          for (const found of elements) {
            const style = styleOf(found);
            const outline = `${style.outlineStyle} ${style.outlineColor}`;
            if (outline !== `dashed ${colour}`) problems.push(`<${tag}> ::part(${part}) ${nameOf(found)}: outline ${outline}`);
          }
        }
      }
      for (const el of widgetsIn(page)) {
        const tag = el.localName as WidgetTag;
        const base = styleOf(inside(el, '[part~="base"]')).backgroundColor;
        if (base !== 'rgb(255, 250, 200)') problems.push(`<${tag}> ::part(base): background ${base}`);
        for (const heading of qa(el, '[part~="heading"]')) {
          const colour = styleOf(heading).color;
          if (colour !== 'rgb(120, 0, 120)') problems.push(`<${tag}> ::part(heading) ${nameOf(heading)}: colour ${colour}`);
        }
      }
      expect(problems).to.deep.equal([]);
      expect(page.probe.errors, 'errors').to.deep.equal([]);
    });
  });

  describe('the setup notice: for the clinic\'s editor, never for visitors', () => {
    /** Each widget's setup notice, by id: null when none shows, else its items. */
    function notices(page: HostPage): Record<string, string[] | null> {
      return Object.fromEntries(
        widgetsIn(page).map((el) => {
          const notice = shadowOf(el).querySelector('[part~="setup-notice"]');
          return [el.id, notice ? [...notice.querySelectorAll('li')].map((li) => textOf(li).split(' is not valid')[0].split(' has unknown')[0]) : null];
        }),
      );
    }

    /** What the page's widgets must list while the page is checked. */
    const rejected = {
      rls: ['<rls-symptom-card> clinic-phone="1-800-LAKESIDE"', '<rls-symptom-card> sections'],
      twitch: ['<twitch-redflag-check> booking-url="htps://lakesideclinic.com/book"', '<twitch-redflag-check> emergency-number="1-800-HELP-NOW"'],
      spasm: null,
    };

    it('a visitor\'s page shows none, though the widgets rejected values (and said so in the console)', async () => {
      const page = await openPage('setup-check.html');
      await rendered(page);
      expect(notices(page)).to.deep.equal({ rls: null, twitch: null, spasm: null });
      expect(libraryWarnings(page).length, 'console warnings for the rejected values').to.equal(4);
      // What the visitor gets instead: the number as text, the emergency link dialling 911.
      const rls = byId(page, 'rls');
      expect(qa(rls, '[part~="contact"] li').map(textOf)).to.deep.equal([en.shared.callClinic({ clinic: en.shared.yourClinic, phone: '1-800-LAKESIDE' })]);
      expect(qa(rls, '[part~="contact"] a').length, 'no phone link').to.equal(0);
      expect(inside(byId(page, 'twitch'), '.safety-note a').getAttribute('href')).to.equal('tel:911');
      expect(page.probe.errors, 'errors').to.deep.equal([]);
    });

    for (const query of ['?lhw-check', '?page_id=7&preview=true', '?utm_source=mail&lhw-check=1']) {
      it(`${query} in the address shows each widget's rejected values, and none where all are good`, async () => {
        const page = await openPage(`setup-check.html${query}`);
        await rendered(page);
        expect(notices(page)).to.deep.equal(rejected);
        for (const el of widgetsIn(page)) {
          const notice = shadowOf(el).querySelector('[part~="setup-notice"]');
          if (notice) expect([notice.getAttribute('role'), notice.getAttribute('lang'), isRendered(notice)], `${el.id}: a visible note`).to.deep.equal(['note', 'en', true]);
        }
        expect(page.probe.errors, 'errors').to.deep.equal([]);
      });
    }

    for (const query of ['?preview=false', '?lhw-checked', '#lhw-check']) {
      it(`${query} in the address shows none`, async () => {
        const page = await openPage(`setup-check.html${query}`);
        await rendered(page);
        expect(notices(page)).to.deep.equal({ rls: null, twitch: null, spasm: null });
      });
    }

    it('setup-check on one widget shows its notice only, and fixing the value takes it away', async () => {
      const page = await openPage('setup-check.html');
      await rendered(page);
      const twitch = byId(page, 'twitch');
      twitch.setAttribute('setup-check', '');
      await settle(twitch);
      expect(notices(page)).to.deep.equal({ ...rejected, rls: null });
      twitch.setAttribute('booking-url', 'lakesideclinic.com/book');
      twitch.setAttribute('emergency-number', '911');
      await settle(twitch);
      expect(notices(page).twitch, 'every value fixed').to.equal(null);
      expect(inside(twitch, '.safety-note a').getAttribute('href'), 'the emergency link dials the fixed number').to.equal('tel:911');
    });
  });

  describe('a right-to-left page', () => {
    /** The visible text inside `el` (first to last non-blank character), one box per line. */
    function textLines(el: Element): DOMRect[] {
      const doc = el.ownerDocument;
      const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const rects: DOMRect[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const start = text.search(/\S/);
        const parent = node.parentElement;
        if (start < 0 || !parent || !isRendered(parent) || parent.closest('.visually-hidden')) continue;
        const range = doc.createRange();
        range.setStart(node, start);
        range.setEnd(node, text.trimEnd().length);
        rects.push(...[...range.getClientRects()].filter((r) => r.width > 0));
      }
      if (rects.length === 0) throw new Error(`${nameOf(el)} shows no text`);
      const lines: DOMRect[] = [];
      for (const rect of rects) {
        const line = lines.find((l) => Math.abs(l.top - rect.top) < 2);
        if (!line) lines.push(DOMRect.fromRect(rect));
        else {
          const left = Math.min(line.left, rect.left);
          const right = Math.max(line.right, rect.right);
          line.x = left;
          line.width = right - left;
        }
      }
      return lines;
    }

    /** The box around all of the visible text inside `el`. */
    function textBox(el: Element): DOMRect {
      const lines = textLines(el);
      const left = Math.min(...lines.map((r) => r.left));
      const right = Math.max(...lines.map((r) => r.right));
      const top = Math.min(...lines.map((r) => r.top));
      const bottom = Math.max(...lines.map((r) => r.bottom));
      return new DOMRect(left, top, right - left, bottom - top);
    }

    /** Which way a disclosure chevron points: its corner (the bottom-right one) turned by the transform. */
    function chevron(button: Element): string {
      const transform = styleOf(button, '::before').transform;
      const match = /matrix\(([^)]+)\)/.exec(transform);
      if (!match) return `no transform (${transform})`;
      const [a, b, c, d] = match[1].split(',').map(Number);
      const [x, y] = [a + c, b + d];
      if (Math.abs(y) < 0.1) return x > 0 ? 'right' : 'left';
      if (Math.abs(x) < 0.1) return y > 0 ? 'down' : 'up';
      return `askew (${x.toFixed(2)}, ${y.toFixed(2)})`;
    }

    function overlaps(a: DOMRect, b: DOMRect): boolean {
      const tolerance = 0.5;
      return a.left < b.right - tolerance && b.left < a.right - tolerance && a.top < b.bottom - tolerance && b.top < a.bottom - tolerance;
    }

    /** Sibling boxes that intersect inside fieldsets, option rows, action rows and link lists. */
    function collisions(el: Widget): string[] {
      const found: string[] = [];
      for (const container of qa(el, 'fieldset, .options, .actions, .contact, .signs')) {
        if (!isRendered(container)) continue;
        const children = [...container.children].filter((child) => isRendered(child) && !child.matches('.visually-hidden'));
        children.forEach((a, i) => {
          for (const b of children.slice(i + 1)) {
            if (overlaps(a.getBoundingClientRect(), b.getBoundingClientRect())) found.push(`${nameOf(a)} overlaps ${nameOf(b)} in ${nameOf(container)}`);
          }
        });
      }
      // In each choice, the box sits beside its words, on the start side: the right.
      for (const input of qa<HTMLInputElement>(el, 'label > input')) {
        if (!isRendered(input)) continue;
        const box = input.getBoundingClientRect();
        const words = textBox(input.parentElement as Element);
        if (box.left < words.right - 0.5) found.push(`the box of ${nameOf(input.parentElement as Element)} is not right of its words`);
      }
      return found;
    }

    /** Rendered elements that stick out of the widget's box on either side. */
    function overflow(el: Widget): string[] {
      const base = inside(el, '[part~="base"]');
      const outer = base.getBoundingClientRect();
      const found = qa(el, '[part~="base"] *')
        .filter((child) => isRendered(child) && !child.closest('.visually-hidden'))
        .filter((child) => {
          const box = child.getBoundingClientRect();
          return box.width > 0 && (box.left < outer.left - 0.5 || box.right > outer.right + 0.5);
        })
        .map(nameOf);
      if (base.scrollWidth > base.clientWidth) found.push(`the base scrolls sideways (${base.scrollWidth} > ${base.clientWidth})`);
      return found;
    }

    /**
     * "right" when every line of the element's text ends at its right content edge and at least
     * one line stops well short of the left edge (else alignment cannot be told apart).
     */
    function rightAligned(el: Element): string {
      const box = el.getBoundingClientRect();
      const style = styleOf(el);
      const contentRight = box.right - px(style.paddingRight) - px(style.borderRightWidth);
      const contentLeft = box.left + px(style.paddingLeft) + px(style.borderLeftWidth);
      const lines = textLines(el);
      const off = lines.filter((line) => Math.abs(contentRight - line.right) > 1.5);
      if (off.length) return `a line ends ${(contentRight - off[0].right).toFixed(1)}px from the right edge`;
      if (!lines.some((line) => line.left - contentLeft > 20)) return 'every line fills the width: cannot tell';
      return 'right';
    }

    /** The RLS self-check, contact links and every source list opened, and the twitching check on step 2. */
    async function openForms(page: HostPage): Promise<void> {
      const rls = byId(page, 'rls');
      const twitch = byId(page, 'twitch');
      await toggleSection(rls, en.rls.selfCheck.heading);
      await toggleSection(rls, en.rls.sections['when-to-see'].heading);
      // Every widget's "Sources" list, opened: it is laid out right to left too.
      for (const el of widgetsIn(page)) await toggleSection(el, en.shared.sourcesLabel);
      await click(twitch, inside(twitch, '.signs label.choice.none input'));
      await click(twitch, inside(twitch, '.screen button[type=submit]'));
      expect(textOf(inside(twitch, '.step-count')), 'twitching check on step 2').to.equal(twitchStepCounts[1]);
    }

    function expectNoCollisionOrOverflow(page: HostPage): void {
      for (const el of widgetsIn(page)) {
        expect(collisions(el), `<${el.localName}#${el.id}>: overlapping boxes`).to.deep.equal([]);
        expect(overflow(el), `<${el.localName}#${el.id}>: boxes outside the widget`).to.deep.equal([]);
      }
    }

    it('mirrors the layout: start is right, indents and chevrons flip, nothing overlaps or overflows', async () => {
      const page = await openPage('rtl.html', { width: 640 });
      await rendered(page);
      const rls = byId(page, 'rls');
      const twitch = byId(page, 'twitch');
      const spasm = byId(page, 'spasm');
      const all = widgetsIn(page);

      expect(all.map((el) => styleOf(inside(el, '[part~="base"]')).direction), 'direction').to.deep.equal(all.map(() => 'rtl'));
      expect(
        all.map((el) => rightAligned(inside(el, '#title'))),
        'titles sit at the right (text-align: start)',
      ).to.deep.equal(all.map(() => 'right'));
      expect(rightAligned(inside(twitch, '.step-count')), 'the twitching check\'s step count').to.equal('right');

      // Disclosure buttons: the chevron comes first, on the right, and points left when closed.
      const chevrons = qa(rls, '.disclosure-button').map((b) => `${b.getAttribute('aria-expanded')} ${chevron(b)}`);
      expect(chevrons, 'RLS section chevrons (the first section starts open)').to.deep.equal(
        chevrons.map((_, i) => (i === 0 ? 'true down' : 'false left')),
      );
      expect(chevron(inside(twitch, '.disclosure-button')), 'twitching "about" chevron, closed').to.equal('left');
      expect(chevron(inside(spasm, '.disclosure-button')), 'spasm caution chevron, closed').to.equal('left');
      const sectionButton = inside(rls, '.disclosure-button');
      const gap = sectionButton.getBoundingClientRect().right - textBox(sectionButton).right;
      const em = px(styleOf(sectionButton).fontSize);
      expect(gap > 0.9 * em && gap < 1.5 * em, `room for the chevron right of the section label (${gap.toFixed(1)}px)`).to.equal(true);

      // Logical sides land on the right.
      const steps = styleOf(inside(spasm, '.step-list'));
      expect(`${steps.paddingLeft} / ${px(steps.paddingRight) > 0}`, 'spasm step list: padding left / padding right > 0').to.equal('0px / true');
      const about = styleOf(inside(rls, '[part~="about"] ul'));
      expect(`${about.paddingLeft} / ${px(about.paddingRight) > 0}`, 'RLS sources list: padding left / right > 0').to.equal('0px / true');
      const note = styleOf(inside(twitch, '.safety-note'));
      expect(`${note.borderLeftWidth} / ${px(note.borderRightWidth) > 0}`, 'twitching safety note: border left / right').to.equal('0px / true');
      const soon = styleOf(inside(spasm, '.care-soon'));
      expect(px(soon.borderRightWidth) > px(soon.borderLeftWidth), 'the "book" care card\'s thick edge is on the right').to.equal(true);

      // The forms and action rows: radio boxes right of their words, Back right of Next.
      await openForms(page);
      const back = buttonNamed(twitch, en.twitch.check.back).getBoundingClientRect();
      const next = buttonNamed(twitch, en.twitch.check.next).getBoundingClientRect();
      expect(back.left >= next.right - 0.5, 'Back (first in the row) is on the right of Next').to.equal(true);
      expectNoCollisionOrOverflow(page);
      expect(page.probe.errors, 'errors').to.deep.equal([]);
    });

    it('still has nothing overlapping or overflowing at 320 px, the narrowest width the README promises', async () => {
      const page = await openPage('rtl.html', { width: 320 });
      await rendered(page);
      await openForms(page);
      expectNoCollisionOrOverflow(page);
      expect(page.probe.errors, 'errors').to.deep.equal([]);
    });
  });

  describe('widgets created any way, moved and removed', () => {
    function upgraded(page: HostPage, el: Element): string {
      const registered = page.win.customElements.get(el.localName);
      const ok = registered !== undefined && el instanceof registered && el.shadowRoot?.querySelector('[part~="base"]') != null;
      return `${el.localName}#${el.id || '(no id)'} ${ok ? 'upgraded' : 'NOT upgraded'}`;
    }

    it('upgrades markup parsed before the script, createElement and innerHTML, and all keep working after a move', async () => {
      const page = await openPage('lifecycle.html');
      await rendered(page);
      const first = page.doc.getElementById('first') as HTMLElement;
      const second = page.doc.getElementById('second') as HTMLElement;
      const early = widgetsIn(page, first);
      expect(early.map((el) => upgraded(page, el)), 'parsed before the deferred script').to.deep.equal([
        'rls-symptom-card#early-rls upgraded',
        'twitch-redflag-check#early-twitch upgraded',
        'spasm-relief-steps#early-spasm upgraded',
      ]);

      const created = page.doc.createElement('twitch-redflag-check') as Widget;
      created.id = 'created-twitch';
      second.append(created);
      const holder = page.doc.createElement('div');
      holder.innerHTML = '<rls-symptom-card id="inner-rls"></rls-symptom-card><spasm-relief-steps id="inner-spasm" mode="guided"></spasm-relief-steps>';
      second.append(holder);
      const later = widgetsIn(page, second);
      for (const el of later) await settle(el);
      expect(later.map((el) => upgraded(page, el)), 'created by createElement and innerHTML').to.deep.equal([
        'twitch-redflag-check#created-twitch upgraded',
        'rls-symptom-card#inner-rls upgraded',
        'spasm-relief-steps#inner-spasm upgraded',
      ]);

      // Use each one a little, then swap the containers' widgets (appendChild moves a node).
      for (const rls of [byId(page, 'early-rls'), byId(page, 'inner-rls')]) {
        await toggleSection(rls, en.rls.sections.symptoms.heading);
      }
      for (const twitch of [byId(page, 'early-twitch'), byId(page, 'created-twitch')]) {
        await click(twitch, inside(twitch, '.signs label.choice.none input'));
        await click(twitch, inside(twitch, '.screen button[type=submit]'));
      }
      await click(byId(page, 'inner-spasm'), buttonNamed(byId(page, 'inner-spasm'), en.spasm.guided.next));
      for (const el of early) second.appendChild(el);
      for (const el of later) first.appendChild(el);
      for (const el of [...early, ...later]) await settle(el);
      expect(widgetsIn(page, first).map((el) => el.id), 'now in #first').to.deep.equal(['created-twitch', 'inner-rls', 'inner-spasm']);

      // State survived the move, and every widget still responds.
      for (const rls of [byId(page, 'early-rls'), byId(page, 'inner-rls')]) {
        const symptoms = buttonNamed(rls, en.rls.sections.symptoms.heading);
        expect(`${rls.id}: ${symptoms.getAttribute('aria-expanded')}`, 'the section opened before the move').to.equal(`${rls.id}: true`);
        expect(await toggleSection(rls, en.rls.sections.symptoms.heading), `${rls.id}: closes after the move`).to.deep.equal({
          expanded: 'false',
          panelShown: false,
        });
        expect(await toggleSection(rls, en.rls.sections.causes.heading), `${rls.id}: opens another after the move`).to.deep.equal({
          expanded: 'true',
          panelShown: true,
        });
      }
      for (const twitch of [byId(page, 'early-twitch'), byId(page, 'created-twitch')]) {
        expect(textOf(inside(twitch, '.step-count')), `${twitch.id}: still on step 2`).to.equal(twitchStepCounts[1]);
        for (const no of qa<HTMLInputElement>(twitch, '.screen input[type=radio][value=no]')) no.click();
        await settle(twitch);
        await click(twitch, inside(twitch, '.screen button[type=submit]'));
        expect(textOf(inside(twitch, '.step-count')), `${twitch.id}: goes on to step 3 after the move`).to.equal(twitchStepCounts[2]);
      }
      const innerSpasm = byId(page, 'inner-spasm');
      expect(textOf(inside(innerSpasm, '.step-count')), 'inner-spasm: still on step 2').to.equal(spasmSteps[1]);
      await click(innerSpasm, buttonNamed(innerSpasm, en.spasm.guided.back));
      expect(textOf(inside(innerSpasm, '.step-count')), 'inner-spasm: Back works after the move').to.equal(spasmSteps[0]);
      const earlySpasm = byId(page, 'early-spasm');
      await click(earlySpasm, inside(earlySpasm, '.timer-toggle'));
      expect(`${textOf(inside(earlySpasm, '.timer-toggle'))}, ${page.probe.intervals.size}`, 'early-spasm: its timer starts after the move').to.equal(
        `${en.spasm.timer.pause}, 1`,
      );
      expect(page.probe.errors, 'errors').to.deep.equal([]);
    });

    // Pages move nodes for their own reasons (a responsive layout moving a sidebar, a tabs or
    // carousel script re-parenting panels): appendChild disconnects and reconnects the widget in
    // one task. The timer should stop when the widget leaves the page, not when it is moved.
    it('keeps a running timer running when the page moves the widget', async () => {
      const page = await openPage('lifecycle.html');
      await rendered(page);
      const spasm = byId(page, 'early-spasm');
      await click(spasm, inside(spasm, '.timer-toggle'));
      expect(page.probe.intervals.size, 'live intervals while the timer runs').to.equal(1);
      (page.doc.getElementById('second') as HTMLElement).appendChild(spasm);
      await settle(spasm);
      expect(
        `${textOf(inside(spasm, '.timer-toggle'))}, ${page.probe.intervals.size} interval(s)`,
        'the visitor did not pause it: a move within the page is not leaving the page',
      ).to.equal(`${en.spasm.timer.pause}, 1 interval(s)`);
    });

    it('leaves no interval, page observer or page listener behind once removed', async () => {
      const page = await openPage('lifecycle.html');
      await rendered(page);
      const first = page.doc.getElementById('first') as HTMLElement;
      const second = page.doc.getElementById('second') as HTMLElement;
      expect(page.probe.pageWatchers(), 'one shared page watcher for three widgets').to.equal(1);

      const spasm = byId(page, 'early-spasm');
      await click(spasm, inside(spasm, '.timer-toggle'));
      expect(page.probe.intervals.size, 'live intervals while the timer runs').to.equal(1);
      spasm.remove();
      expect(page.probe.intervals.size, 'live intervals after removing the running widget').to.equal(0);
      expect(page.probe.pageWatchers(), 'the watcher stays while widgets remain').to.equal(1);

      first.remove(); // the container, with the other two widgets in it
      expect(widgetsIn(page).length, 'widgets left on the page').to.equal(0);
      expect(page.probe.pageWatchers(), 'page watchers once the last widget is gone').to.equal(0);
      expect(page.probe.liveListeners(), 'window and document listeners left behind').to.deep.equal([]);

      // A widget added afterwards gets a new watcher, which works: it follows <html lang>.
      const again = page.doc.createElement('rls-symptom-card') as Widget;
      second.append(again);
      await settle(again);
      expect(page.probe.pageWatchers(), 'a new widget installs the watcher again').to.equal(1);
      page.doc.documentElement.lang = 'es';
      await waitFor(() => textOf(shadowOf(again).querySelector('#title')) === packs.es.rls.title, 'the widget to follow <html lang="es">');

      const timer = page.doc.createElement('spasm-relief-steps') as Widget;
      timer.setAttribute('mode', 'guided');
      timer.setAttribute('steps', 'heat-ice');
      second.append(timer);
      await settle(timer);
      await click(timer, inside(timer, '.timer-toggle'));
      expect(page.probe.intervals.size, 'live intervals while the new timer runs').to.equal(1);
      second.replaceChildren();
      expect(page.probe.intervals.size, 'live intervals after replaceChildren()').to.equal(0);
      expect(page.probe.pageWatchers(), 'page watchers after replaceChildren()').to.equal(0);
      expect(page.probe.liveListeners(), 'window and document listeners left behind').to.deep.equal([]);
      expect(page.probe.errors, 'errors').to.deep.equal([]);
    });
  });
});
