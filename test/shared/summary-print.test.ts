// "Take this to your appointment" → Print, through real widgets: the twitching check driven to a
// "book an appointment" (soon) result with the harness's canonical scenario, and the RLS card's
// self-check once.
//
// Print (src/shared/summary-panel.ts) puts the summary pages in `<div data-lhw-print>` (an open
// shadow root) at the end of <body>, adopts a sheet into `document.adoptedStyleSheets` that hides
// the rest of the page in print media and the summary in screen media, calls `window.print()`, and
// takes both away on `afterprint`. `window.print` is stubbed here: the stub records each call and,
// while the summary is in the page, what a print would show (the holder's place, its text, the
// extra sheet). Print media comes from @web/test-runner-commands' `emulateMedia`, which the
// Chromium launcher supports (puppeteer over CDP); the Firefox launcher (puppeteer over WebDriver
// BiDi) and the WebKit one (WebDriver classic) cannot emulate a media type, so there the
// print-media test is skipped, saying so, and a second test checks the same rules by switching
// the sheets' own `@media print` conditions on through the CSSOM (the rules as that engine parsed
// them, applied with nothing emulated).
//
// Every string comes from the English text and every answer from the harness's scenario, so the
// tests follow content edits. Only plain values are passed to chai: a failing assertion on a DOM
// element can hang the test runner.
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { packs } from '../../src/lang/built-in.js';
import type { RlsSymptomCard } from '../../src/rls-symptom-card/define.js';
import '../../src/rls-symptom-card/define.js';
import { assessRlsPattern, rlsQuestionsAsked, type RlsFrequency } from '../../src/rls-symptom-card/rls-pattern.js';
import { answerValues, type Answer } from '../../src/shared/answer.js';
import type { SummaryActionDetail } from '../../src/shared/summary-panel.js';
import { VERSION } from '../../src/shared/version.js';
import type { TwitchRedflagCheck } from '../../src/twitch-redflag-check/define.js';
import '../../src/twitch-redflag-check/define.js';
import { reasonTexts } from '../../src/twitch-redflag-check/twitch-content.js';
import { isAsked, stepQuestions, twitchSteps } from '../../src/twitch-redflag-check/twitch-rules.js';
import { answerSelfCheck, rlsFormScenarios, rlsScenarios } from '../harness/rls.js';
import { answerScenario, scenarioAnswers, scenarioResult, twitchResult, twitchScenarios } from '../harness/twitch.js';
import { settle } from '../harness/widget.js';
import { isShown, qa, textOf } from '../helpers/shadow.js';
import { isBlackish, printRulesOn } from '../helpers/summary.js';

const en = packs.en;
const shared = en.shared;
const twitch = en.twitch;
const rls = en.rls;

const CLINIC = 'Lakeside Clinic';
/** What the host page around the widget says; it must not print with the summary. */
const HOST_TEXT = 'The host page: opening hours, parking and the clinic news.';
const HOLDER = '[data-lhw-print]';

/** The twitching check's "book an appointment" result. */
const soon = twitchScenarios.soon;
const soonResult = scenarioResult(soon);

/** The review date as the footer writes it ("December 3, 2026"). */
function reviewedOn(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return shared.date({ day, month: shared.months[month - 1], year });
}

// ---------------------------------------------------------------------------------------------
// The host page: a <main> with its own text and the widget, both children of <body>

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const placed: Element[] = [];

async function hostPage<E extends Widget>(tag: string, attributes: Record<string, string> = {}): Promise<{ el: E; main: HTMLElement }> {
  const main = document.createElement('main');
  const p = document.createElement('p');
  p.textContent = HOST_TEXT;
  main.append(p);
  const el = document.createElement(tag) as E;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.append(main, el);
  placed.push(main, el);
  await settle(el);
  return { el, main };
}

// ---------------------------------------------------------------------------------------------
// window.print, stubbed

/** What the page held while `window.print()` ran: what a print would show. */
interface PrintCall {
  /** How many summary holders the page had. */
  holders: number;
  /** Whether the holder was a child of <body> (the sheet hides every other child). */
  holderInBody: boolean;
  /** Whether it was the last child of <body>. */
  holderLast: boolean;
  /** The sheets adopted by the document during the call that were not there before Print. */
  addedSheets: number;
  /** Whether the added sheet has an `@media print` and an `@media screen` rule. */
  sheetMedia: string[];
  /** The holder's computed `display` during the call (the test page is on screen: `none`). */
  holderDisplayOnScreen: string;
  /** The printed document, read from the holder's shadow root. */
  printed: Printed;
}

/** A printed summary as a reader reads it. */
interface Printed {
  /** The whole text. */
  text: string;
  /** Each page's title (`h2`). */
  titles: string[];
  /** Each `h3`, in order: the result heading first, then the sections. */
  headings: string[];
  /** The answer table's rows, question and answer. */
  rows: [string, string][];
  /** The items of every list. */
  items: string[];
  footer: string[];
}

function readPrinted(holder: Element | null): Printed {
  const root = holder?.shadowRoot;
  if (!root) return { text: '(no holder or no open shadow root)', titles: [], headings: [], rows: [], items: [], footer: [] };
  const all = (selector: string) => [...root.querySelectorAll(selector)];
  return {
    text: textOf(root),
    titles: all('h2').map(textOf),
    headings: all('h3').map(textOf),
    rows: all('tbody tr').map((tr) => [textOf(tr.querySelector('th')), textOf(tr.querySelector('td'))]),
    items: all('li').map(textOf),
    footer: all('footer').map(textOf),
  };
}

function mediaOf(sheet: CSSStyleSheet): string[] {
  return [...sheet.cssRules].filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule).map((rule) => rule.media.mediaText);
}

interface PrintStub {
  calls: PrintCall[];
  restore(): void;
}

let stub: PrintStub | undefined;

function stubPrint(): PrintStub {
  const original = window.print;
  const before = [...document.adoptedStyleSheets];
  const calls: PrintCall[] = [];
  window.print = () => {
    const holders = [...document.querySelectorAll(HOLDER)];
    const holder = holders[0] ?? null;
    const added = document.adoptedStyleSheets.filter((sheet) => !before.includes(sheet));
    calls.push({
      holders: holders.length,
      holderInBody: holder?.parentElement === document.body,
      holderLast: holder !== null && document.body.lastElementChild === holder,
      addedSheets: added.length,
      sheetMedia: added.flatMap(mediaOf),
      holderDisplayOnScreen: holder ? getComputedStyle(holder).display : '(no holder)',
      printed: readPrinted(holder),
    });
  };
  stub = { calls, restore: () => (window.print = original) };
  return stub;
}

/** The page's state once printing has ended, or before it began. */
function pageState(): { holders: number; adoptedSheets: number } {
  return { holders: document.querySelectorAll(HOLDER).length, adoptedSheets: document.adoptedStyleSheets.length };
}

/** The browser's "printing is over". */
function afterPrint(): void {
  window.dispatchEvent(new Event('afterprint'));
}

afterEach(async () => {
  // A failed test may leave the summary in the page: afterprint makes the widget take it away.
  if (document.querySelector(HOLDER)) afterPrint();
  stub?.restore();
  stub = undefined;
  for (const el of placed.splice(0)) el.remove();
});

// ---------------------------------------------------------------------------------------------
// The widgets

function summaryButton(el: Widget, label: string): HTMLButtonElement {
  const button = qa<HTMLButtonElement>(el, '[part~="summary"] button').find((b) => textOf(b) === label);
  if (!button) throw new Error(`no "${label}" button in <${el.localName}>'s summary panel`);
  return button;
}

/** Presses "Print" in the summary panel; returns the `lhw-summary` events it sent. */
async function pressPrint(el: Widget): Promise<SummaryActionDetail[]> {
  const events: SummaryActionDetail[] = [];
  const record = (event: Event) => events.push({ ...(event as CustomEvent<SummaryActionDetail>).detail });
  document.addEventListener('lhw-summary', record);
  try {
    summaryButton(el, shared.summary.print).click();
    await settle(el);
  } finally {
    document.removeEventListener('lhw-summary', record);
  }
  return events;
}

/** The twitching check on a host page, at its "book an appointment" result. */
async function twitchAtSoonResult(attributes: Record<string, string> = {}): Promise<{ el: TwitchRedflagCheck; main: HTMLElement }> {
  const page = await hostPage<TwitchRedflagCheck>('twitch-redflag-check', { 'clinic-name': CLINIC, ...attributes });
  await answerScenario(page.el, soon);
  return page;
}

/** The answer table the twitching summary must show for the "soon" scenario, by the rule module. */
function expectedTwitchRows(): [string, string][] {
  const answers = scenarioAnswers(soon);
  const screen = twitch.emergencyScreen;
  const rows: [string, string][] = [[screen.summaryLabel, screen.none]];
  for (const step of twitchSteps) {
    for (const question of stepQuestions[step]) {
      const answer = answers[question];
      if (answer && isAsked(question, answers)) rows.push([twitch.questions[question].legend, shared.answers[answer]]);
    }
  }
  rows.push([twitch.triggers.legend, (soon.triggers ?? []).map((trigger) => twitch.triggers.options[trigger]).join('; ')]);
  return rows;
}

function computed(el: Element): { display: string; fontSize: number; color: string } {
  const style = getComputedStyle(el);
  return { display: style.display, fontSize: Number.parseFloat(style.fontSize), color: style.color };
}

/** Each printed text element's font size and whether its colour is black-ish, as `tag: size px, black`. */
function printedTextStyles(holder: Element): string[] {
  const root = holder.shadowRoot;
  if (!root) return ['(no shadow root)'];
  return [...root.querySelectorAll('h2, h3, p, li, th, td')]
    .filter((node) => textOf(node) !== '')
    .map((node) => {
      const { fontSize, color } = computed(node);
      return `${node.localName}: ${fontSize >= 16 ? 'at least 16px' : `${fontSize}px`}, ${isBlackish(color) ? 'black' : color}`;
    });
}

/**
 * The summary page's font: Arial (first in the print rule's list) and its size. 12pt is also the
 * browser's default size, so the family is what shows that the print rule applies.
 */
function printFont(holder: Element): { family: string; size: string } {
  const page = holder.shadowRoot?.querySelector('.summary-page');
  if (!page) return { family: '(no .summary-page)', size: '' };
  const { fontFamily, fontSize } = getComputedStyle(page);
  const size = Number.parseFloat(fontSize);
  return { family: fontFamily.split(',')[0].replace(/["']/g, '').trim(), size: size >= 16 ? 'at least 16px' : `${size}px` };
}

/** What the page shows in the current media: the host page's parts and the summary. */
function shownParts(el: Widget, main: HTMLElement): Record<string, string> {
  const holder = document.querySelector(HOLDER);
  return {
    main: `${computed(main).display}${isShown(main) ? ', shown' : ', not shown'}`,
    widget: `${computed(el).display}${isShown(el) ? ', shown' : ', not shown'}`,
    summary: holder ? `${computed(holder).display}${isShown(holder) ? ', shown' : ', not shown'}` : '(no holder)',
  };
}

/** Emulates print media, or says why this browser's launcher cannot. */
async function emulatePrint(): Promise<string | undefined> {
  try {
    await emulateMedia({ media: 'print' });
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

// What the page shows on screen (the summary hidden), and what a print shows (the summary alone).
const onScreen = { main: 'block, shown', widget: 'block, shown', summary: 'none, not shown' };
const printing = { main: 'none, not shown', widget: 'none, not shown', summary: 'block, shown' };

/**
 * Checks what shows while the print rules apply (`when`: in print media, or with the rules switched
 * on through the CSSOM): the summary alone, every text of it in black at 12pt (16px) or larger, in
 * its print font (its print rule's, not the browser's default).
 */
function expectPrintsSummaryAlone(el: Widget, main: HTMLElement, holder: Element, when: string): void {
  expect(shownParts(el, main), when).to.deep.equal(printing);
  const styles = printedTextStyles(holder);
  expect(styles.length, `${when}: printed text elements`).to.be.greaterThan(10);
  expect(
    styles.filter((style) => !style.endsWith(': at least 16px, black')),
    `${when}: printed text smaller than 12pt or not black`,
  ).to.deep.equal([]);
  expect(printFont(holder), `${when}: the summary's print font`).to.deep.equal({ family: 'Arial', size: 'at least 16px' });
}

// ---------------------------------------------------------------------------------------------

describe('"Take this to your appointment": Print', () => {
  describe('from the twitching check\'s "book an appointment" result', () => {
    it('prints the summary alone: one print call, with the summary at the end of <body> and a sheet added for it', async () => {
      const { el } = await twitchAtSoonResult();
      expect(soonResult.level, 'the scenario').to.equal('soon');
      expect(twitchResult(el).level, 'the result card').to.equal('soon');
      const before = pageState();
      const print = stubPrint();

      const events = await pressPrint(el);

      expect(print.calls.length, 'window.print() calls').to.equal(1);
      const [call] = print.calls;
      expect(
        { holders: call.holders, holderInBody: call.holderInBody, holderLast: call.holderLast, addedSheets: call.addedSheets },
        'while printing',
      ).to.deep.equal({ holders: 1, holderInBody: true, holderLast: true, addedSheets: 1 });
      expect(call.sheetMedia, "the added sheet's media rules").to.include.members(['screen', 'print']);
      expect(call.holderDisplayOnScreen, 'the summary on screen while printing').to.equal('none');
      expect(events, 'lhw-summary events').to.deep.equal([{ action: 'print' }]);

      // Printing has not ended yet: the summary waits, hidden on screen.
      expect(pageState(), 'before afterprint').to.deep.equal({ holders: 1, adoptedSheets: before.adoptedSheets + 1 });

      afterPrint();
      expect(pageState(), 'after afterprint: the summary and its sheet are gone').to.deep.equal(before);
      // Still one call: nothing printed again on its own.
      expect(print.calls.length, 'window.print() calls after afterprint').to.equal(1);
    });

    it("prints the title, the date and clinic, the result, every answer, the reasons, the questions to ask and the footer", async () => {
      const { el } = await twitchAtSoonResult();
      const print = stubPrint();
      await pressPrint(el);
      const { printed } = print.calls[0];
      const context = { clinic: CLINIC, emergency: '911' };
      const card = twitch.results.soon;

      expect(printed.titles, 'one page, in English only').to.deep.equal([twitch.title]);
      expect(printed.headings[0], 'the result heading').to.equal(card.heading(context));
      expect(printed.text).to.contain(card.whatToDo(context));
      expect(printed.text).to.contain(shared.summary.clinic({ clinic: CLINIC, phone: '' }));
      expect(printed.text).to.contain(shared.summary.made({ date: '' }).trim());
      expect(printed.rows, 'the answers').to.deep.equal(expectedTwitchRows());
      expect(printed.items, 'the reasons, then the questions to ask').to.deep.equal([
        ...reasonTexts(twitch, soonResult.reasons, context),
        ...twitch.appointmentSummary.ask,
      ]);
      expect(printed.headings, 'the sections').to.include.members([
        shared.summary.answersHeading,
        twitch.reasonsLabel,
        shared.summary.askHeading,
        shared.summary.notesHeading,
        shared.sourcesLabel,
      ]);
      expect(printed.footer, 'the footer').to.deep.equal([
        `${shared.notDiagnosis} ${shared.summary.madeBy({ version: VERSION, reviewed: reviewedOn(twitch.review.lastReviewed) })}`,
      ]);
      expect(printed.text, 'nothing of the host page').not.to.contain(HOST_TEXT);
      afterPrint();
    });

    it('in print media, hides the host page and shows the summary in black, 12pt (16px) or larger; on screen, the other way round', async function () {
      const { el, main } = await twitchAtSoonResult();
      const print = stubPrint();
      await pressPrint(el);
      expect(print.calls.length, 'window.print() calls').to.equal(1);
      const holder = document.querySelector(HOLDER);
      if (!holder) throw new Error('no summary holder after Print');

      expect(shownParts(el, main), 'on screen, between Print and afterprint').to.deep.equal(onScreen);

      const cannot = await emulatePrint();
      if (cannot) {
        // The Firefox launcher (puppeteer over WebDriver BiDi: Emulation.setEmulatedMedia is CDP
        // only) and the WebKit one (WebDriver classic has no media emulation) refuse here. The
        // next test checks the same rules without emulation.
        afterPrint();
        this.skip();
      }
      try {
        expectPrintsSummaryAlone(el, main, holder, 'in print media');

        await emulateMedia({ media: 'screen' });
        expect(shownParts(el, main), 'back on screen, before afterprint').to.deep.equal(onScreen);

        afterPrint();
        expect(pageState().holders, 'holders after afterprint').to.equal(0);
        await emulateMedia({ media: 'print' });
        expect(shownParts(el, main), 'the page prints as it is again').to.deep.equal({
          main: 'block, shown',
          widget: 'block, shown',
          summary: '(no holder)',
        });
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it("prints the same with the print rules switched on through the CSSOM (every browser, no media emulation)", async () => {
      const { el, main } = await twitchAtSoonResult();
      const before = pageState();
      stubPrint();
      await pressPrint(el);
      const holder = document.querySelector(HOLDER);
      if (!holder?.shadowRoot) throw new Error('no summary holder after Print');
      const added = document.adoptedStyleSheets.slice(before.adoptedSheets);
      // The document's new sheet, and the summary's own sheets inside the holder.
      const sheets = [...added, ...holder.shadowRoot.adoptedStyleSheets];
      const restore = printRulesOn(sheets);
      try {
        expectPrintsSummaryAlone(el, main, holder, 'with the print rules on');
      } finally {
        restore();
      }
      expect(shownParts(el, main), 'the rules back as they were: on screen').to.deep.equal(onScreen);
      afterPrint();
      expect(pageState(), 'after afterprint').to.deep.equal(before);
    });

    it('prints again after a first print ended, with one summary and one sheet each time', async () => {
      const { el } = await twitchAtSoonResult();
      const before = pageState();
      const print = stubPrint();
      await pressPrint(el);
      afterPrint();
      await pressPrint(el);
      afterPrint();
      expect(
        print.calls.map((call) => ({ holders: call.holders, addedSheets: call.addedSheets, title: call.printed.titles[0] })),
        'two prints',
      ).to.deep.equal([
        { holders: 1, addedSheets: 1, title: twitch.title },
        { holders: 1, addedSheets: 1, title: twitch.title },
      ]);
      expect(pageState(), 'after both').to.deep.equal(before);
    });
  });

  describe('session-replay and analytics markers', () => {
    it("the printed copy carries the widget's class and data-* markers, so a tool told to skip the widget skips it too", async () => {
      // README's example markers for rrweb, PostHog, FullStory and Hotjar, and one of the page's own.
      const { el } = await twitchAtSoonResult({ class: 'rr-block ph-no-capture fs-exclude', 'data-hj-suppress': '', 'data-clinic-widget': 'twitching', title: 'not a marker' });
      const print = stubPrint();
      await pressPrint(el);
      const holder = document.querySelector(HOLDER);
      const markers = holder ? [...holder.attributes].map(({ name, value }) => `${name}=${value}`).sort() : ['(no holder)'];
      afterPrint();
      expect(markers, "the holder's attributes while printing").to.deep.equal(
        ['class=rr-block ph-no-capture fs-exclude', 'data-clinic-widget=twitching', 'data-hj-suppress=', 'data-lhw-print='].sort(),
      );
      const { el: unmarked } = await twitchAtSoonResult();
      await pressPrint(unmarked);
      const plain = document.querySelector(HOLDER);
      const unmarkedAttributes = plain ? [...plain.attributes].map(({ name }) => name) : ['(no holder)'];
      afterPrint();
      expect(unmarkedAttributes, 'a widget without markers: a holder without them').to.deep.equal(['data-lhw-print']);
      expect(print.calls.length, 'window.print() calls').to.equal(2);
    });
  });

  describe("from the RLS card's self-check", () => {
    it('prints the pattern, the answers and the footer, then tidies up on afterprint', async () => {
      const { el } = await hostPage<RlsSymptomCard>('rls-symptom-card');
      await answerSelfCheck(el, rlsScenarios.matches);
      const before = pageState();
      const print = stubPrint();

      const events = await pressPrint(el);

      expect(print.calls.length, 'window.print() calls').to.equal(1);
      const [{ printed, holderInBody, addedSheets }] = print.calls;
      expect({ holderInBody, addedSheets }, 'while printing').to.deep.equal({ holderInBody: true, addedSheets: 1 });
      const check = rls.selfCheck;
      const { pattern, reasons } = assessRlsPattern(rlsScenarios.matches);
      const form = rlsFormScenarios.matches;
      expect(printed.titles, 'the title').to.deep.equal([rls.title]);
      expect(printed.headings[0], 'the result heading').to.equal(check.results[pattern].heading);
      expect(printed.text).to.contain(check.results[pattern].text);
      const said = (value: string | undefined) =>
        answerValues.find((answer) => answer === value) ? shared.answers[value as Answer] : check.frequencies[value as RlsFrequency];
      expect(printed.rows, 'the answers').to.deep.equal(rlsQuestionsAsked(form).map((key) => [check.questions[key].legend, said(form[key])]));
      expect(printed.items, 'the reasons, then the questions to ask').to.deep.equal([
        ...reasons.map((id) => check.reasons[id]),
        ...rls.appointmentSummary.ask,
      ]);
      expect(printed.footer, 'the footer').to.deep.equal([
        `${shared.notDiagnosis} ${shared.summary.madeBy({ version: VERSION, reviewed: reviewedOn(rls.review.lastReviewed) })}`,
      ]);
      expect(events, 'lhw-summary events').to.deep.equal([{ action: 'print' }]);

      afterPrint();
      expect(pageState(), 'after afterprint').to.deep.equal(before);
    });
  });
});
