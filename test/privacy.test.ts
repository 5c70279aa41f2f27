// The library's promise "nothing a visitor does leaves the page", tested in the browser: every
// API that could send data off the page, make the browser fetch something, or keep data on the
// device is wrapped before the widgets are imported (./helpers/privacy-watch.ts, imported first),
// and a PerformanceObserver keeps every resource entry. Then a visitor goes through all three
// widgets, every section, screen, step, button and result (the "Sources" lists, "Check your
// symptoms", the follow-up questions, an early stop and the one-tap call included), and the tests
// check that nothing was called, fetched or stored, and that the widgets' events carry only their
// documented details.
//
// Only plain values (strings, numbers, booleans, arrays, plain objects) are passed to chai: a
// failing assertion on a DOM element can hang the test runner.
import { privacyWatch, FETCHING_CSS, type Call, type DeviceState, type Mark } from './helpers/privacy-watch.js';
import { expect, fixtureCleanup, html } from '@open-wc/testing';
import { packs } from '../src/lang/built-in.js';
import { rlsRules } from '../src/rls-symptom-card/rls-pattern.js';
import type { RlsSymptomCard } from '../src/rls-symptom-card/define.js';
import '../src/rls-symptom-card/define.js';
import { spasmStepIds } from '../src/spasm-relief-steps/spasm-care.js';
import type { SpasmReliefSteps } from '../src/spasm-relief-steps/define.js';
import '../src/spasm-relief-steps/define.js';
import type { TwitchRedflagCheck } from '../src/twitch-redflag-check/define.js';
import '../src/twitch-redflag-check/define.js';
import { twitchRules } from '../src/twitch-redflag-check/twitch-rules.js';
import { renderWrapper } from './fixtures/render.js';
import { fillSelfCheck, goToSelfCheck, rlsScenarios, shownRlsQuestions, startAgainSelfCheck, submitSelfCheck } from './harness/rls.js';
import { currentStepHeading, eased, nextStep, previousStep, startOver } from './harness/spasm.js';
import {
  answerQuestion,
  answerScenario,
  answerStep,
  back,
  next,
  scenarioScreens,
  shownQuestions,
  startAgain,
  tickSign,
  twitchResult,
  twitchScenarios,
  twitchScreen,
} from './harness/twitch.js';
import { settle } from './harness/widget.js';
import { shadowCssTexts, shadowElements, tagNamesIn } from './helpers/dom-inventory.js';
import { q, qa, shadowOf, textOf } from './helpers/shadow.js';
import { buttonLabelled, mustButton } from './helpers/spasm-view.js';

const twitchText = packs.en.twitch;
const spasmText = packs.en.spasm;

const clinic = {
  'clinic-name': 'Lakeside Family Clinic',
  'clinic-phone': '555 0100',
  'booking-url': 'https://example.org/book',
  'emergency-number': '112',
};

/** Elements that make the browser fetch something, were any of them to appear. */
const FETCHING_TAGS = ['img', 'picture', 'source', 'script', 'link', 'iframe', 'frame', 'embed', 'object', 'video', 'audio', 'track', 'image', 'use', 'svg', 'style'];

/** The events the widgets send, with the `detail` keys each one documents (README). */
const EVENT_KEYS: Readonly<Record<string, readonly string[]>> = {
  'lhw-rls-result': ['course', 'pattern', 'reasons', 'seeClinician'],
  'lhw-twitch-result': ['level', 'reasons'],
  'lhw-step-change': ['index', 'step'],
  'lhw-steps-complete': ['eased'],
  'lhw-summary': ['action'],
};
const EVENT_TYPES = Object.keys(EVENT_KEYS);

/** An event as a plain record, for assertions. */
interface SeenEvent {
  type: string;
  bubbles: boolean;
  composed: boolean;
  /** Whether the same event object reached a listener on `document`. */
  reachedDocument: boolean;
  keys: string[];
  /** Whether `detail` is plain data: primitives, arrays and plain objects only. */
  plainData: boolean;
  detail: Record<string, unknown>;
}

function isPlainData(value: unknown, depth = 0): boolean {
  if (depth > 10) return false;
  if (value === null || value === undefined) return true;
  if (['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (Array.isArray(value)) return value.every((item) => isPlainData(item, depth + 1));
  if (typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.values(value as object).every((item) => isPlainData(item, depth + 1));
}

// ---------------------------------------------------------------------------------------------
// What was seen during the interaction

interface Recording {
  before: DeviceState;
  after: DeviceState;
  mark: Mark;
  during: { calls: Call[]; observed: string[]; timingEntries: string[] };
  /** Every call recorded since the watchers were installed, before the widgets were imported. */
  allCalls: Call[];
  events: SeenEvent[];
  /** Every tag name seen in any widget's shadow DOM, after any step of the interaction. */
  tagsSeen: Set<string>;
  /** Inline style attributes seen that would fetch something. */
  fetchingStyles: string[];
  /** Submit events whose default (a real form submission) was not prevented. */
  unpreventedSubmits: string[];
  /** What the visitor reached, to prove the interaction went everywhere. */
  reached: string[];
  cssTexts: Record<string, string[]>;
}

/** Everything `interact()` walks through, so the recording can also scan it after each step. */
interface Widgets {
  rls: RlsSymptomCard;
  twitch: TwitchRedflagCheck;
  spasm: SpasmReliefSteps;
}

function scan(widgets: Widgets, recording: Pick<Recording, 'tagsSeen' | 'fetchingStyles'>): void {
  for (const el of Object.values(widgets)) {
    for (const tag of tagNamesIn(el)) recording.tagsSeen.add(tag);
    for (const node of shadowElements(el)) {
      const style = node.getAttribute('style');
      if (style && FETCHING_CSS.test(style)) recording.fetchingStyles.push(`<${el.localName}> ${node.localName} style="${style}"`);
    }
  }
}

/** Opens a widget's "Sources" list in its footer. */
async function openSources(el: Widget, what: string, step: (what: string) => void): Promise<void> {
  q<HTMLButtonElement>(el, '#sources-button').click();
  await settle(el);
  if (q(el, '#sources-button').getAttribute('aria-expanded') === 'true' && !q(el, '#sources-panel').hidden) step(`${what}: sources open`);
}

type Widget = RlsSymptomCard | TwitchRedflagCheck | SpasmReliefSteps;

/**
 * "Take this to your appointment": Print, Save, Copy and the full-screen view, each pressed once.
 * The browser's print dialog and the file download are the only things stubbed (a test cannot
 * answer a dialog or keep a file); each stub checks what the widget handed to the browser: a
 * summary in the page for printing, a local `blob:` address for the file. Copy uses the real
 * clipboard, which may refuse a script's click: either way the text stays on the device.
 */
async function useSummary(el: Widget, what: string, step: (what: string) => void): Promise<void> {
  const panel = q(el, '[part~="summary"]');
  const button = (index: number): HTMLButtonElement => panel.querySelectorAll<HTMLButtonElement>('.actions button')[index];
  const { print } = window;
  const sheetsBefore = document.adoptedStyleSheets.length;
  let printed = '';
  window.print = () => {
    const holder = document.querySelector('[data-lhw-print]');
    printed = holder?.shadowRoot ? `${[...tagNamesIn(holder)].filter((tag) => FETCHING_TAGS.includes(tag)).length} fetching elements` : 'no summary in the page';
    dispatchEvent(new Event('afterprint'));
  };
  try {
    button(0).click();
    await settle(el);
  } finally {
    window.print = print;
  }
  const cleanedUp = !document.querySelector('[data-lhw-print]') && document.adoptedStyleSheets.length === sheetsBefore;
  if (printed === '0 fetching elements' && cleanedUp) step(`${what}: summary printed`);

  const { click } = HTMLAnchorElement.prototype;
  let saved = '';
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (!this.download) return click.call(this);
    saved = new URL(this.href).protocol;
  };
  try {
    button(1).click();
    await settle(el);
  } finally {
    HTMLAnchorElement.prototype.click = click;
  }
  if (saved === 'blob:') step(`${what}: summary saved`);

  button(2).click();
  await new Promise((resolve) => setTimeout(resolve, 200));
  await settle(el);
  if (textOf(panel.querySelector('[role="status"]')) !== '') step(`${what}: summary copied`);

  button(3).click();
  await settle(el);
  const view = panel.querySelector('dialog');
  if (view?.open) step(`${what}: summary shown`);
  view?.querySelector<HTMLButtonElement>('form button')?.click();
  await settle(el);
}

// RLS: "Check your symptoms", every section open, the sources, the medicine follow-up, the
// self-check to two results (the harness's canonical answers), and "Start again".

async function rlsInteraction(el: RlsSymptomCard, step: (what: string) => void): Promise<void> {
  await goToSelfCheck(el);
  if (q(el, '#self-check-button').getAttribute('aria-expanded') === 'true') step('rls: "Check your symptoms"');
  await openSources(el, 'rls', step);
  for (const button of qa<HTMLButtonElement>(el, '[part~="section"] .disclosure-button')) {
    if (button.getAttribute('aria-expanded') !== 'true') {
      button.click();
      await settle(el);
    }
  }
  const closed = qa(el, '[part~="section"] .disclosure-button').filter((b) => b.getAttribute('aria-expanded') !== 'true');
  if (closed.length === 0) step('rls: every section open');
  await submitSelfCheck(el); // nothing answered: the "unanswered" message
  if (shadowOf(el).querySelector('#unanswered')) step('rls: unanswered message');
  await fillSelfCheck(el, { takesRlsMedicine: 'yes' });
  if (shownRlsQuestions(el).includes('onRlsMedicineWorsening')) step('rls: medicine follow-up');
  for (const pattern of ['unlikely', 'matches'] as const) {
    await fillSelfCheck(el, rlsScenarios[pattern]);
    await submitSelfCheck(el);
    if (shadowOf(el).querySelector(`[part~="result"].result-${pattern}`)) step(`rls: result ${pattern}`);
    if (pattern === 'matches') await useSummary(el, 'rls', step);
    await startAgainSelfCheck(el);
    if (!shadowOf(el).querySelector('[part~="result"]')) step(`rls: start again after ${pattern}`);
  }
}

// Twitching check: the one-tap call, "about" and the sources open, every screen (with Back), the
// harness's self-care, soon (with the weakness follow-up), urgent (stopped early) and emergency
// scenarios.

async function twitchInteraction(el: TwitchRedflagCheck, step: (what: string) => void): Promise<void> {
  // A tap on "Call 112" in the safety line: a plain tel: link. The test cancels the navigation
  // once the click has gone through the widget, so the page stays; the widget itself does nothing.
  const stopNavigation = (event: Event): void => {
    if (!event.defaultPrevented) step('twitch: one-tap call tapped');
    event.preventDefault();
  };
  window.addEventListener('click', stopNavigation);
  try {
    q<HTMLAnchorElement>(el, '.safety-note a[href^="tel:"]').click();
    await settle(el);
  } finally {
    window.removeEventListener('click', stopNavigation);
  }
  q<HTMLButtonElement>(el, '#about-button').click();
  await settle(el);
  if (q(el, '#about-button').getAttribute('aria-expanded') === 'true') step('twitch: about open');
  await openSources(el, 'twitch', step);
  await next(el); // nothing ticked: the problem message
  if (shadowOf(el).querySelector('#problem')) step('twitch: problem message');
  const selfCare = twitchScenarios['self-care'];
  for (const choice of selfCare.signs) tickSign(el, choice);
  await next(el);
  let screens = 0;
  let wentBack = false;
  while (twitchScreen(el) !== 'result' && screens < 10) {
    screens += 1;
    step(`twitch: step "${textOf(q(el, '#step-heading'))}"`);
    await answerStep(el, selfCare);
    if (!wentBack && screens === 2) {
      wentBack = true;
      await back(el);
      step('twitch: back');
    }
    await next(el);
  }
  step(`twitch: result ${twitchResult(el).level}`);
  await startAgain(el);

  // "Is the weakness getting worse?" appears once weakness is answered "Yes".
  const soon = twitchScenarios.soon;
  for (const choice of soon.signs) tickSign(el, choice);
  await next(el);
  answerQuestion(el, 'weakness', 'yes');
  await settle(el);
  if (shownQuestions(el).includes('weaknessWorsening')) step('twitch: weakness follow-up');
  for (let screens = 0; twitchScreen(el) !== 'result' && screens < 10; screens += 1) {
    await answerStep(el, soon);
    await next(el);
  }
  step(`twitch: result ${twitchResult(el).level}`);
  await useSummary(el, 'twitch', step);
  await startAgain(el);

  // A swollen leg ends the check after the first step screen.
  await answerScenario(el, twitchScenarios.urgent);
  if (scenarioScreens(twitchScenarios.urgent).length < 4 && twitchResult(el).level === 'urgent') step('twitch: early urgent stop');
  await startAgain(el);
  await answerScenario(el, twitchScenarios.emergency);
  if (shadowOf(el).querySelector('[part~="result"].care-emergency a.emergency-call')) step('twitch: result emergency');
  await startAgain(el);
  if (shadowOf(el).querySelector('fieldset.signs')) step('twitch: start again');
}

// Spasm steps: list mode with every caution open, the twitching button, then guided mode through
// every step (with Back, every caution, the timer started, paused, resumed and reset), Finish,
// Start over, "Done, it eased".

async function openCautions(el: SpasmReliefSteps): Promise<void> {
  for (const button of qa<HTMLButtonElement>(el, '[part~="section"] .disclosure-button')) {
    if (button.getAttribute('aria-expanded') !== 'true') {
      button.click();
      await settle(el);
    }
  }
}

async function spasmInteraction(el: SpasmReliefSteps, step: (what: string) => void): Promise<void> {
  const { guided, timer, twitching } = spasmText;
  await openSources(el, 'spasm', step);
  await openCautions(el);
  step(`spasm: list mode, ${qa(el, '[part~="section"] .disclosure-button[aria-expanded="true"]').length} cautions open`);
  // The cramp diary (opened with the cautions): a muscle, a duration, what helped, a sign.
  for (const group of qa<HTMLFieldSetElement>(el, '[part~="diary"] fieldset')) group.querySelector('input')?.click();
  await settle(el);
  if (textOf(q(el, '[part~="diary"] [role="status"]')) !== '') step('spasm: diary filled in');
  await useSummary(el, 'spasm', step);
  mustButton(el, twitching.goToCheck).click();
  await settle(el);
  step('spasm: twitching button');
  el.setAttribute('mode', 'guided');
  await settle(el);
  let wentBack = false;
  for (let index = 0; index < spasmStepIds.length; index += 1) {
    step(`spasm: guided "${currentStepHeading(el)}"`);
    await openCautions(el);
    if (shadowOf(el).querySelector('[part~="timer"]')) {
      for (const label of [timer.start, timer.pause, timer.resume]) {
        mustButton(el, label).click();
        await settle(el);
      }
      q<HTMLButtonElement>(el, '.timer-reset').click();
      await settle(el);
      if (buttonLabelled(el, timer.start)) step('spasm: timer started, paused, resumed and reset');
    }
    if (index === 1 && !wentBack) {
      wentBack = true;
      await previousStep(el);
      await nextStep(el);
      step('spasm: back and next');
    }
    await nextStep(el); // Next, or Finish on the last step
  }
  if (currentStepHeading(el) === guided.aftercareHeading) step('spasm: finished');
  await startOver(el);
  await eased(el);
  if (currentStepHeading(el) === guided.aftercareHeading) step('spasm: eased');
  await startOver(el);
}

// ---------------------------------------------------------------------------------------------

describe('privacy: nothing a visitor does leaves the page', () => {
  let rec: Recording;

  before(async function () {
    this.timeout(60000);
    const wrapper = await renderWrapper<HTMLDivElement>(html`<div>
      <rls-symptom-card
        clinic-name=${clinic['clinic-name']}
        clinic-phone=${clinic['clinic-phone']}
        booking-url=${clinic['booking-url']}
      ></rls-symptom-card>
      <twitch-redflag-check
        clinic-name=${clinic['clinic-name']}
        clinic-phone=${clinic['clinic-phone']}
        booking-url=${clinic['booking-url']}
        emergency-number=${clinic['emergency-number']}
      ></twitch-redflag-check>
      <spasm-relief-steps
        clinic-name=${clinic['clinic-name']}
        clinic-phone=${clinic['clinic-phone']}
        booking-url=${clinic['booking-url']}
        emergency-number=${clinic['emergency-number']}
      ></spasm-relief-steps>
    </div>`);
    const widgets: Widgets = {
      rls: wrapper.querySelector('rls-symptom-card') as RlsSymptomCard,
      twitch: wrapper.querySelector('twitch-redflag-check') as TwitchRedflagCheck,
      spasm: wrapper.querySelector('spasm-relief-steps') as SpasmReliefSteps,
    };
    // Let the first paint and anything it might start settle before taking the snapshot.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));

    const events: SeenEvent[] = [];
    const reached = new WeakSet<Event>();
    const onDocument = (event: Event): void => {
      reached.add(event);
    };
    const seen: Array<{ event: CustomEvent; record: SeenEvent }> = [];
    const onHost = (event: Event): void => {
      const detail = (event as CustomEvent).detail as Record<string, unknown>;
      const record: SeenEvent = {
        type: event.type,
        bubbles: event.bubbles,
        composed: event.composed,
        reachedDocument: false,
        keys: detail && typeof detail === 'object' ? Object.keys(detail).sort() : [`(detail is ${typeof detail})`],
        plainData: isPlainData(detail),
        detail: JSON.parse(JSON.stringify(detail ?? {})) as Record<string, unknown>,
      };
      seen.push({ event: event as CustomEvent, record });
      events.push(record);
    };
    const unpreventedSubmits: string[] = [];
    const onSubmit = (event: Event): void => {
      // The widget's own listener on the form runs first (target phase); this one on the shadow
      // root runs as the event bubbles, so the default is already prevented or never will be.
      // A `method="dialog"` form (the summary view's Close) only closes its dialog: no request.
      const dialogForm = (event.target as HTMLFormElement).method === 'dialog';
      if (!event.defaultPrevented && !dialogForm) unpreventedSubmits.push(`submit in <${((event.currentTarget as ShadowRoot).host).localName}>`);
    };
    for (const type of EVENT_TYPES) document.addEventListener(type, onDocument);
    for (const el of Object.values(widgets)) {
      for (const type of EVENT_TYPES) el.addEventListener(type, onHost);
      shadowOf(el).addEventListener('submit', onSubmit);
    }

    const partial: Pick<Recording, 'tagsSeen' | 'fetchingStyles'> = { tagsSeen: new Set(), fetchingStyles: [] };
    const steps: string[] = [];
    const step = (what: string): void => {
      steps.push(what);
      scan(widgets, partial);
    };

    const before = privacyWatch.deviceState();
    const mark = privacyWatch.mark();
    try {
      scan(widgets, partial);
      await rlsInteraction(widgets.rls, step);
      await twitchInteraction(widgets.twitch, step);
      await spasmInteraction(widgets.spasm, step);
      // A request started during the interaction may finish a little later: wait for it.
      await new Promise((resolve) => setTimeout(resolve, 500));
    } finally {
      for (const type of EVENT_TYPES) document.removeEventListener(type, onDocument);
      for (const el of Object.values(widgets)) {
        for (const type of EVENT_TYPES) el.removeEventListener(type, onHost);
        shadowOf(el).removeEventListener('submit', onSubmit);
      }
    }
    for (const { event, record } of seen) record.reachedDocument = reached.has(event);

    rec = {
      before,
      after: privacyWatch.deviceState(),
      mark,
      during: privacyWatch.since(mark),
      allCalls: privacyWatch.allCalls(),
      events,
      ...partial,
      unpreventedSubmits,
      reached: steps,
      cssTexts: Object.fromEntries(Object.values(widgets).map((el) => [el.localName, shadowCssTexts(el)])),
    };
  });

  after(() => {
    fixtureCleanup();
  });

  it('the visitor went through every section, screen, step and result', () => {
    const { reached } = rec;
    const expected = [
      'rls: "Check your symptoms"',
      'rls: sources open',
      'rls: every section open',
      'rls: unanswered message',
      'rls: medicine follow-up',
      'rls: result unlikely',
      'rls: start again after unlikely',
      'rls: result matches',
      'rls: start again after matches',
      'twitch: one-tap call tapped',
      'twitch: about open',
      'twitch: sources open',
      'twitch: problem message',
      ...['muscles', 'course'].map((s) => `twitch: step "${twitchText.steps[s as 'muscles' | 'course']}"`),
      'twitch: back',
      'twitch: result self-care',
      'twitch: weakness follow-up',
      'twitch: result soon',
      ...['printed', 'saved', 'copied', 'shown'].flatMap((action) => ['rls', 'twitch', 'spasm'].map((what) => `${what}: summary ${action}`)),
      'spasm: diary filled in',
      'twitch: early urgent stop',
      'twitch: result emergency',
      'twitch: start again',
      'spasm: sources open',
      'spasm: twitching button',
      ...spasmStepIds.map((id) => `spasm: guided "${spasmText.steps[id].heading}"`),
      'spasm: timer started, paused, resumed and reset',
      'spasm: back and next',
      'spasm: finished',
      'spasm: eased',
    ];
    expect(reached).to.include.members(expected);
    expect(reached.filter((s) => s.startsWith('twitch: step')), 'every step screen of the twitching check').to.include(
      `twitch: step "${twitchText.steps.causes}"`,
    );
    const list = reached.find((s) => s.startsWith('spasm: list mode'));
    expect(list, 'cautions opened in list mode').to.match(/^spasm: list mode, [1-9]\d* cautions open$/);
  });

  it('calls no network API: fetch, XMLHttpRequest, sendBeacon, WebSocket, EventSource, WebRTC, workers, window.open', () => {
    const network = /^(fetch|XMLHttpRequest|navigator\.sendBeacon|new (WebSocket|EventSource|RTCPeerConnection|Worker|SharedWorker)|(WebSocket|EventSource)$|window\.open|form\.submit)/;
    // From before the widgets were imported to the end of the interaction.
    expect(rec.allCalls.filter((c) => network.test(c.api))).to.deep.equal([]);
  });

  it('loads no image or font: no Image, <img> or other resource element src, no url() or @font-face, no FontFace', () => {
    const loading = /^(new (Image|Audio|FontFace)|img\.|script\.src|link\.href|iframe\.src|<.*> setAttribute|CSSStyleSheet\.|style\.setProperty|document\.fonts)/;
    expect(rec.allCalls.filter((c) => loading.test(c.api))).to.deep.equal([]);
    expect(FETCHING_TAGS.filter((tag) => rec.tagsSeen.has(tag)), 'resource-loading elements seen in a shadow root').to.deep.equal([]);
    expect(rec.fetchingStyles, 'inline styles with url()').to.deep.equal([]);
    for (const [tag, texts] of Object.entries(rec.cssTexts)) {
      expect(texts.length, `<${tag}> has style sheets`).to.be.greaterThan(0);
      expect(texts.filter((text) => FETCHING_CSS.test(text)), `<${tag}> CSS that fetches`).to.deep.equal([]);
    }
  });

  it('makes no request at all during the interaction (resource timing)', () => {
    // Firefox fetches the test page's /favicon.ico for its tab, at a moment of its choosing, and
    // reports it as a resource entry of the page: the browser's request, not the widgets'.
    const favicon = new URL('/favicon.ico', location.href).href;
    const requests = (names: string[]): string[] => names.filter((name) => name !== favicon);
    expect(privacyWatch.observing(), 'PerformanceObserver for resource entries runs').to.equal(true);
    expect(requests(rec.during.observed), 'resource entries seen by the PerformanceObserver').to.deep.equal([]);
    expect(requests(rec.during.timingEntries), "performance.getEntriesByType('resource'), new entries").to.deep.equal([]);
    expect(rec.during.calls, 'any watched call during the interaction').to.deep.equal([]);
  });

  it('sets no cookie', () => {
    expect(rec.after.cookie).to.equal(rec.before.cookie);
    expect(rec.allCalls.filter((c) => c.api.startsWith('document.cookie') || c.api.startsWith('cookieStore'))).to.deep.equal([]);
  });

  it('does not touch localStorage or sessionStorage', () => {
    expect([rec.after.localStorageLength, rec.after.sessionStorageLength]).to.deep.equal([
      rec.before.localStorageLength,
      rec.before.sessionStorageLength,
    ]);
    expect(rec.allCalls.filter((c) => c.api.startsWith('Storage.'))).to.deep.equal([]);
  });

  it('opens no IndexedDB database, cache or service worker', () => {
    expect(rec.allCalls.filter((c) => /^(indexedDB|caches|navigator\.serviceWorker)\./.test(c.api))).to.deep.equal([]);
  });

  it('never submits a form: every submit is handled on the page (or only closes a dialog)', () => {
    expect(rec.unpreventedSubmits).to.deep.equal([]);
  });

  describe('events carry only their documented detail, bubble and are composed', () => {
    for (const type of EVENT_TYPES) {
      it(type, () => {
        const events = rec.events.filter((e) => e.type === type);
        expect(events.length, `${type} was sent`).to.be.greaterThan(0);
        for (const [index, event] of events.entries()) {
          const which = `${type} #${index + 1} ${JSON.stringify(event.detail)}`;
          expect(event.keys, `${which}: detail keys`).to.deep.equal(EVENT_KEYS[type]);
          expect(event.plainData, `${which}: detail is plain data`).to.equal(true);
          expect([event.bubbles, event.composed, event.reachedDocument], `${which}: bubbles, composed, reached document`).to.deep.equal([
            true,
            true,
            true,
          ]);
        }
      });
    }

    it('lhw-rls-result: a pattern, a course or undefined, seeClinician, and rule ids only', () => {
      const events = rec.events.filter((e) => e.type === 'lhw-rls-result');
      const ruleIds: string[] = rlsRules.map((rule) => rule.id);
      expect(events.map((e) => e.detail.pattern)).to.deep.equal(['unlikely', 'matches']);
      for (const { detail } of events) {
        expect([undefined, 'chronic-persistent', 'intermittent']).to.include(detail.course);
        expect(typeof detail.seeClinician).to.equal('boolean');
        expect(Array.isArray(detail.reasons)).to.equal(true);
        expect((detail.reasons as unknown[]).filter((id) => !ruleIds.includes(id as string)), 'unknown reasons').to.deep.equal([]);
      }
      expect(events[1].detail.course).to.equal('chronic-persistent');
    });

    it('lhw-twitch-result: a care level and rule ids only', () => {
      const events = rec.events.filter((e) => e.type === 'lhw-twitch-result');
      const ruleIds: string[] = twitchRules.map((rule) => rule.id);
      expect(events.map((e) => e.detail.level)).to.deep.equal(['self-care', 'soon', 'urgent', 'emergency']);
      for (const { detail } of events) {
        expect(Array.isArray(detail.reasons)).to.equal(true);
        expect((detail.reasons as unknown[]).filter((id) => !ruleIds.includes(id as string)), 'unknown reasons').to.deep.equal([]);
      }
    });

    it('lhw-step-change: the step shown and its index; lhw-steps-complete: finished, then eased', () => {
      const changes = rec.events.filter((e) => e.type === 'lhw-step-change').map((e) => e.detail);
      for (const { step, index } of changes) {
        expect(Number.isInteger(index), `index ${String(index)}`).to.equal(true);
        expect(spasmStepIds[index as number], `step at index ${String(index)}`).to.equal(step);
      }
      expect(changes.map((c) => c.index)).to.include.members([0, 1, 2, 3, 4]);
      expect(rec.events.filter((e) => e.type === 'lhw-steps-complete').map((e) => e.detail.eased)).to.deep.equal([false, true]);
    });
  });

  // Proves the watchers work in this browser: the same checks do see a request and storage.
  it('control: the watchers do see a fetch, an image, a cookie and a storage write', async () => {
    const mark = privacyWatch.mark();
    const image = new Image();
    const loaded = new Promise((resolve) => {
      image.onload = image.onerror = resolve;
    });
    image.src = `/README.md?privacy-control-image=${Date.now()}`;
    await fetch(`/README.md?privacy-control-fetch=${Date.now()}`).then((response) => response.text());
    await loaded;
    document.cookie = 'lhw-privacy-control=1; path=/';
    document.cookie = 'lhw-privacy-control=; path=/; max-age=0';
    localStorage.setItem('lhw-privacy-control', '1');
    localStorage.removeItem('lhw-privacy-control');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { calls, observed, timingEntries } = privacyWatch.since(mark);
    expect([...new Set(calls.map((c) => c.api))]).to.include.members(['new Image', 'img.src', 'fetch', 'document.cookie =', 'Storage.setItem', 'Storage.removeItem']);
    expect(observed.filter((name) => name.includes('privacy-control-fetch')).length, 'observer saw the fetch').to.equal(1);
    expect(observed.filter((name) => name.includes('privacy-control-image')).length, 'observer saw the image').to.equal(1);
    expect(timingEntries.filter((name) => name.includes('privacy-control')).length, 'resource timing has both').to.equal(2);
  });
});
