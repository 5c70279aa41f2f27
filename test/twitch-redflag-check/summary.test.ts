// Browser tests for "Take this to your appointment" under a <twitch-redflag-check> result: the
// panel with Print, Save, Copy and "Show full screen", and the summary it makes. Written the way
// a visitor uses it: go through the check by clicks (the shared harness, test/harness/twitch.ts)
// or the keyboard, press the panel's buttons, then read what a person sees in the full-screen
// view, what lands in the saved file or on the clipboard, and what the status line says.
//
// What the summary must hold is worked out here from the language packs (src/lang/built-in.ts)
// and from what the visitor did, read from the page as they did it (the boxes ticked, the radio
// buttons checked on each screen), never from the summary module itself. The file download, the
// clipboard and the print dialog are stubbed (and restored after each test): a test never
// downloads, copies or prints for real.
// Only plain values (strings, numbers, booleans, arrays, plain objects) are passed to chai: a
// failing assertion on a DOM element can hang the test runner.
// The library de-duplicates console warnings per message for the page's lifetime: the one test
// that counts warnings uses an attribute value that no other test in this file uses.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { packs } from '../../src/lang/built-in.js';
import type { Answer } from '../../src/shared/answer.js';
import { sources, type Source } from '../../src/shared/sources.js';
import type { CareContext } from '../../src/shared/text-types.js';
import { VERSION } from '../../src/shared/version.js';
import type { TwitchRedflagCheck } from '../../src/twitch-redflag-check/define.js';
import '../../src/twitch-redflag-check/define.js';
import { reasonTexts } from '../../src/twitch-redflag-check/twitch-content.js';
import {
  careLevels,
  nextScreen,
  twitchTriggers,
  type EmergencyChoice,
  type StepQuestion,
  type TwitchAssessment,
  type TwitchTrigger,
} from '../../src/twitch-redflag-check/twitch-rules.js';
import { spyOnWarnings, type WarningSpy } from '../fixtures/warnings.js';
import {
  answerStep,
  back,
  next,
  scenarioResult,
  signBox,
  signChoices,
  startAgain,
  tickSign,
  triggerBox,
  twitchResult,
  twitchScenarios,
  twitchScreen,
  type TwitchScenario,
} from '../harness/twitch.js';
import { settle } from '../harness/widget.js';
import { deepActiveElement, press } from '../helpers/keyboard.js';
import { describeElement, isShown, q, qa, shadowOf, textOf } from '../helpers/shadow.js';

type Lang = keyof typeof packs;
const languages: readonly Lang[] = ['en', 'es'];
const en = packs.en;

const clinic = { name: 'Lakeside Family Clinic', phone: '555 0100' };
const clinicAttributes = { 'clinic-name': clinic.name, 'clinic-phone': clinic.phone };

/** The panel's four actions, in page order, and the text of their buttons. */
const actions = ['print', 'save', 'copy', 'show'] as const;
type Action = (typeof actions)[number];

function buttonTexts(lang: Lang): string[] {
  const { print, save, copy, show } = packs[lang].shared.summary;
  return [print, save, copy, show];
}

// ---------------------------------------------------------------------------------------------
// Rendering and walking the check, recording what the visitor did as they did it

async function render(attributes: Record<string, string> = {}): Promise<TwitchRedflagCheck> {
  const wrapper = await fixture<HTMLDivElement>(html`<div><button type="button">Before the check</button></div>`);
  const el = document.createElement('twitch-redflag-check');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

/** What the visitor ticked and answered, read from the page screen by screen, and when. */
interface Visit {
  readonly ticked: EmergencyChoice[];
  /** Each question shown with a radio button checked, in page order, screen by screen. */
  readonly asked: [StepQuestion, Answer][];
  /** The triggers ticked on the last screen, or none when the check ended before it. */
  readonly triggers: TwitchTrigger[];
  /** Just before the first "Next" and just after the result: the result's time lies between. */
  readonly from: Date;
  readonly to: Date;
}

/** Goes through the check as `scenario` says, by clicks, recording every screen's answers. */
async function walk(el: TwitchRedflagCheck, scenario: TwitchScenario): Promise<Visit> {
  const from = new Date();
  for (const choice of scenario.signs) tickSign(el, choice);
  await el.updateComplete;
  const ticked = signChoices.filter((choice) => signBox(el, choice).checked);
  const asked: [StepQuestion, Answer][] = [];
  let triggers: TwitchTrigger[] = [];
  await next(el);
  for (let screen = twitchScreen(el); screen !== 'result'; screen = twitchScreen(el)) {
    if (screen === 'signs' || screen === 'unknown') throw new Error(`the check went to the ${screen} screen`);
    await answerStep(el, scenario);
    for (const radio of qa<HTMLInputElement>(el, '[part~="check"] form input[type="radio"]:checked')) {
      asked.push([radio.name as StepQuestion, radio.value as Answer]);
    }
    if (!nextScreen(screen)) triggers = twitchTriggers.filter((trigger) => triggerBox(el, trigger).checked);
    await next(el);
    if (twitchScreen(el) === screen) throw new Error(`"Next" stayed on the ${screen} screen`);
  }
  return { ticked, asked, triggers, from, to: new Date() };
}

// ---------------------------------------------------------------------------------------------
// The panel, as a person finds it

function panelOf(el: TwitchRedflagCheck): HTMLElement | null {
  return shadowOf(el).querySelector<HTMLElement>('section[part~="summary"]');
}

function panel(el: TwitchRedflagCheck): HTMLElement {
  return q(el, 'section[part~="summary"]');
}

function panelButtons(el: TwitchRedflagCheck): HTMLButtonElement[] {
  return qa<HTMLButtonElement>(el, 'section[part~="summary"] .actions button');
}

function actionButton(el: TwitchRedflagCheck, action: Action): HTMLButtonElement {
  const button = panelButtons(el)[actions.indexOf(action)];
  if (!button) throw new Error(`no "${action}" button in the summary panel`);
  return button;
}

function statusLine(el: TwitchRedflagCheck): string {
  return textOf(q(el, 'section[part~="summary"] p[role="status"].summary-status'));
}

function view(el: TwitchRedflagCheck): HTMLDialogElement {
  return q<HTMLDialogElement>(el, 'dialog.summary-view');
}

/** Whether the dialog is shown as a modal (`:modal`), where the browser can tell. */
function isModal(dialog: HTMLDialogElement): boolean {
  try {
    return dialog.matches(':modal');
  } catch {
    return dialog.open;
  }
}

/** The panel as a person reads it: its heading (tag and text), intro, buttons and status. */
function panelSeen(el: TwitchRedflagCheck): { heading: [string, string]; buttons: string[]; labelledBy: string } {
  const section = panel(el);
  const heading = section.querySelector('h1, h2, h3, h4, h5, h6');
  return {
    heading: [heading?.localName ?? '', textOf(heading)],
    buttons: panelButtons(el).map(textOf),
    labelledBy: `${section.getAttribute('aria-labelledby')} -> ${heading?.id}`,
  };
}

/** Presses one of the panel's buttons and waits for its `lhw-summary` event and the update. */
async function act(el: TwitchRedflagCheck, action: Action): Promise<void> {
  const done = oneEvent(el, 'lhw-summary');
  actionButton(el, action).click();
  await done;
  await settle(el);
}

/** Closes the full-screen view with its Close button and waits. */
async function closeView(el: TwitchRedflagCheck): Promise<void> {
  const closed = oneEvent(view(el), 'close');
  q<HTMLButtonElement>(el, 'dialog.summary-view form[method="dialog"] button').click();
  // The close event comes a task later; the widget moves focus when it does.
  await closed;
  await settle(el);
}

/** Presses a key that should open or close the view, and waits until it has. */
async function pressFor(el: TwitchRedflagCheck, key: 'Enter' | 'Space' | 'Escape', outcome: 'opens' | 'closes'): Promise<void> {
  const done = outcome === 'opens' ? oneEvent(el, 'lhw-summary') : oneEvent(view(el), 'close');
  if (key === 'Escape') await sendKeys({ press: 'Escape' });
  else await press(key);
  await done;
  await settle(el);
}

/** The visible text of the card's heading, without the label only screen readers hear. */
function shownResultHeading(el: TwitchRedflagCheck): string {
  const heading = q(el, '#result-heading').cloneNode(true) as HTMLElement;
  for (const hidden of heading.querySelectorAll('.visually-hidden')) hidden.remove();
  return textOf(heading);
}

/** The paragraph under "What to do" on the card. */
function shownWhatToDo(el: TwitchRedflagCheck, lang: Lang): string {
  const label = packs[lang].twitch.whatToDoLabel;
  const heading = qa(el, '[part~="result"] .care-body > *').find((child) => textOf(child) === label);
  return textOf(heading?.nextElementSibling);
}

// ---------------------------------------------------------------------------------------------
// The full-screen view, read the way a person reads it

interface SeenSection {
  heading: string;
  columns: string[];
  rows: [string, string][];
  items: string[];
  paragraphs: string[];
  /** Ruled lines to write on. */
  lines: number;
}

interface SeenDocument {
  language: string;
  copyNote: string;
  title: string;
  details: string;
  resultHeading: string;
  resultText: string[];
  sections: SeenSection[];
  footer: string;
}

function readSection(section: Element): SeenSection {
  return {
    heading: textOf(section.querySelector('h3')),
    columns: [...section.querySelectorAll('thead th')].map(textOf),
    rows: [...section.querySelectorAll('tbody tr')].map((row) => [textOf(row.querySelector('th')), textOf(row.querySelector('td'))]),
    items: [...section.querySelectorAll('li')].map(textOf),
    paragraphs: [...section.querySelectorAll(':scope > p')].map(textOf),
    lines: section.querySelectorAll('.write-on > div').length,
  };
}

/** Every page of the open view, in order. */
function readView(el: TwitchRedflagCheck): SeenDocument[] {
  return [...view(el).querySelectorAll('article.summary-page')].map((article) => {
    const [details, ...resultText] = [...article.querySelectorAll(':scope > p:not(.copy-note)')].map(textOf);
    return {
      language: article.getAttribute('lang') ?? '',
      copyNote: textOf(article.querySelector(':scope > .copy-note')),
      title: textOf(article.querySelector(':scope > h2')),
      details: details ?? '',
      resultHeading: textOf(article.querySelector(':scope > h3')),
      resultText,
      sections: [...article.querySelectorAll('section')].map(readSection),
      footer: textOf(article.querySelector('footer')),
    };
  });
}

function sectionNamed(doc: SeenDocument, heading: string): SeenSection {
  const found = doc.sections.find((section) => section.heading === heading);
  if (!found) throw new Error(`no section "${heading}" in the ${doc.language} summary; it has ${doc.sections.map((s) => `"${s.heading}"`).join(', ')}`);
  return found;
}

// ---------------------------------------------------------------------------------------------
// What the summary must say, from the language packs

/** "Date: ..." as the summary words it, for every minute from `from` to `to`. */
function madeLines(lang: Lang, from: Date, to: Date): string[] {
  const format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' });
  const lines: string[] = [];
  const minute = 60_000;
  for (let t = Math.floor(from.getTime() / minute) * minute; t <= to.getTime(); t += minute) {
    lines.push(packs[lang].shared.summary.made({ date: format.format(new Date(t)) }));
  }
  return lines;
}

function reviewedIn(lang: Lang, date: string): string {
  const shared = packs[lang].shared;
  const [year, month, day] = date.split('-').map(Number);
  return shared.date({ day, month: shared.months[month - 1], year });
}

/** A cell that lists several things: each of `parts` in order, and nothing but separators between. */
function listsExactly(cell: string, parts: readonly string[]): boolean {
  let rest = cell;
  let at = 0;
  for (const part of parts) {
    const found = rest.indexOf(part, at);
    if (found < 0) return false;
    rest = `${rest.slice(0, found)}${' '.repeat(part.length)}${rest.slice(found + part.length)}`;
    at = found + part.length;
  }
  return /^[\s;,·|/]*$/.test(rest);
}

interface Expected {
  language: Lang;
  copyNote: string;
  title: string;
  made: string[];
  clinicLine: string;
  resultHeading: string;
  resultText: string[];
  columns: string[];
  /** Each question with the answer or answers (several, for the ticked boxes) in words. */
  rows: [string, string[]][];
  reasons: string[];
  ask: string[];
  sourceTitles: string[];
  footer: string[];
}

function contextIn(lang: Lang, clinicName: string | undefined): CareContext {
  return { clinic: clinicName ?? packs[lang].shared.yourClinic, emergency: '911' };
}

function signIn(lang: Lang, choice: EmergencyChoice): string {
  const screen = packs[lang].twitch.emergencyScreen;
  return choice === 'unsure' || choice === 'none' ? screen[choice] : screen.signs[choice].label;
}

/** The summary of a visit and its result in `lang`, as the packs word it. */
function expectedSummary(
  lang: Lang,
  visit: Visit,
  result: TwitchAssessment,
  options: { clinic?: boolean; copy?: boolean } = {},
): Expected {
  const { shared, twitch: text } = packs[lang];
  const context = contextIn(lang, options.clinic ? clinic.name : undefined);
  const card = text.results[result.level];
  const rows: [string, string[]][] = [
    [text.emergencyScreen.summaryLabel, visit.ticked.map((choice) => signIn(lang, choice))],
    ...visit.asked.map(([question, answer]): [string, string[]] => [text.questions[question].legend, [shared.answers[answer]]]),
  ];
  if (visit.triggers.length > 0) rows.push([text.triggers.legend, visit.triggers.map((trigger) => text.triggers.options[trigger])]);
  return {
    language: lang,
    copyNote: options.copy ? en.shared.summary.englishCopy : '',
    title: text.title,
    made: madeLines(lang, visit.from, visit.to),
    clinicLine: options.clinic ? shared.summary.clinic({ clinic: `${clinic.name}, ${clinic.phone}` }) : '',
    resultHeading: card.heading(context),
    resultText: result.level === 'emergency' ? [card.whatToDo(context), text.results.emergency.whileWaiting(context)] : [card.whatToDo(context)],
    columns: [shared.summary.questionColumn, shared.summary.answerColumn],
    rows,
    reasons: reasonTexts(text, result.reasons),
    ask: [...text.appointmentSummary.ask],
    sourceTitles: text.check.sources.map((id) => {
      const source: Source = sources[id];
      return (source.translations?.[lang] ?? source).title;
    }),
    footer: [shared.notDiagnosis, shared.summary.madeBy({ version: VERSION, reviewed: reviewedIn(lang, text.review.lastReviewed) })],
  };
}

/** Checks one page of the view against what it must say; returns the date line it shows. */
function expectDocument(seen: SeenDocument, expected: Expected): string {
  const where = `the ${expected.language} summary`;
  const summary = packs[expected.language].shared.summary;
  const shared = packs[expected.language].shared;
  expect(seen.language, `${where}: its lang`).to.equal(expected.language);
  expect(seen.copyNote, `${where}: the copy note`).to.equal(expected.copyNote);
  expect(seen.title, `${where}: the title`).to.equal(expected.title);
  const made = expected.made.find((line) => seen.details.includes(line));
  expect(made, `${where}: the date line, one of ${JSON.stringify(expected.made)}, in "${seen.details}"`).to.be.a('string');
  if (expected.clinicLine) expect(seen.details, `${where}: the clinic's name and phone`).to.contain(expected.clinicLine);
  else expect(seen.details, `${where}: the date line alone, without a clinic`).to.equal(made);
  expect(seen.resultHeading, `${where}: the result heading`).to.equal(expected.resultHeading);
  expect(seen.resultText, `${where}: what to do`).to.deep.equal(expected.resultText);
  expect(
    seen.sections.map((section) => section.heading),
    `${where}: the sections`,
  ).to.deep.equal([summary.answersHeading, packs[expected.language].twitch.reasonsLabel, summary.askHeading, summary.notesHeading, shared.sourcesLabel]);

  const answers = sectionNamed(seen, summary.answersHeading);
  expect(answers.columns, `${where}: the table's columns`).to.deep.equal(expected.columns);
  expect(answers.rows.map(([question]) => question), `${where}: the questions asked, in order`).to.deep.equal(expected.rows.map(([question]) => question));
  answers.rows.forEach(([question, cell], i) => {
    const said = expected.rows[i][1];
    expect(listsExactly(cell, said), `${where}: "${question}" answered "${cell}", expected ${JSON.stringify(said)}`).to.equal(true);
  });

  expect(sectionNamed(seen, packs[expected.language].twitch.reasonsLabel).items, `${where}: the reasons`).to.deep.equal(expected.reasons);
  expect(sectionNamed(seen, summary.askHeading).items, `${where}: the questions to ask`).to.deep.equal(expected.ask);
  expect(sectionNamed(seen, summary.notesHeading).lines, `${where}: lines to write notes on`).to.be.greaterThan(0);
  const cited = sectionNamed(seen, shared.sourcesLabel).paragraphs.join(' ');
  for (const title of expected.sourceTitles) expect(cited, `${where}: the sources`).to.contain(title);
  for (const line of expected.footer) expect(seen.footer, `${where}: the footer`).to.contain(line);
  return made ?? '';
}

/** Checks the saved or copied text: every page of the view, in the same order, in plain lines. */
function expectTextFollowsView(saved: string, seen: SeenDocument[], expected: Expected[], madeShown: string[]): void {
  const lines = saved.split('\n').map((line) => line.trim());
  let at = -1;
  const expectNext = (wanted: string, what: string): void => {
    const found = lines.findIndex((line, i) => i > at && line.includes(wanted));
    expect(found, `${what}: "${wanted}" after line ${at} of the text:\n${saved}`).to.be.greaterThan(at);
    at = found;
  };
  seen.forEach((doc, d) => {
    const where = `the ${doc.language} part of the text`;
    if (doc.copyNote) expectNext(doc.copyNote, `${where}: the copy note`);
    expectNext(doc.title.toUpperCase(), `${where}: the title`);
    expectNext(madeShown[d], `${where}: the date line`);
    if (expected[d].clinicLine) expectNext(expected[d].clinicLine, `${where}: the clinic`);
    expectNext(doc.resultHeading, `${where}: the result heading`);
    for (const line of doc.resultText) expectNext(line, `${where}: what to do`);
    for (const section of doc.sections) {
      expectNext(section.heading, `${where}: a section heading`);
      for (const [question, answer] of section.rows) {
        expectNext(question, `${where}: a question`);
        expectNext(answer, `${where}: its answer`);
      }
      for (const item of section.items) expectNext(item, `${where}: a list item`);
      for (const paragraph of section.paragraphs) expectNext(paragraph, `${where}: a paragraph`);
    }
    for (const line of expected[d].footer) expectNext(line, `${where}: the footer`);
  });
}

// ---------------------------------------------------------------------------------------------
// Stubs for the file download, the clipboard and the print dialog (restored after each test)

interface Stubs {
  /** What `URL.createObjectURL` was given (the file) and returned. */
  readonly files: { blob: Blob; url: string }[];
  /** Each link clicked: its `download` name, `href`, and whether it sat in the widget's shadow root. */
  readonly clicks: { download: string; href: string; inWidget: boolean }[];
  /** Each text written to the clipboard. */
  readonly copied: string[];
  /** What was on the page each time `print()` ran. */
  readonly printed: { titles: string[]; languages: string[]; holders: number; sheetsAdded: number }[];
  /** Makes the clipboard refuse (as an insecure page or a browser that says no does). */
  refuseCopy: boolean;
  restore(): void;
}

function stubOutside(el: TwitchRedflagCheck): Stubs {
  const restorers: (() => void)[] = [];
  const stubs: Stubs = {
    files: [],
    clicks: [],
    copied: [],
    printed: [],
    refuseCopy: false,
    restore: () => {
      for (const restore of restorers.reverse()) restore();
    },
  };

  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = (object: Blob | MediaSource): string => {
    const url = createObjectURL.call(URL, object);
    if (object instanceof Blob) stubs.files.push({ blob: object, url });
    return url;
  };
  restorers.push(() => {
    URL.createObjectURL = createObjectURL;
  });

  const click = Object.getOwnPropertyDescriptor(HTMLAnchorElement.prototype, 'click');
  Object.defineProperty(HTMLAnchorElement.prototype, 'click', {
    configurable: true,
    writable: true,
    value(this: HTMLAnchorElement) {
      stubs.clicks.push({ download: this.download, href: this.href, inWidget: this.getRootNode() === el.shadowRoot });
    },
  });
  restorers.push(() => {
    if (click) Object.defineProperty(HTMLAnchorElement.prototype, 'click', click);
    else delete (HTMLAnchorElement.prototype as { click?: unknown }).click;
  });

  const writeText = async (text: string): Promise<void> => {
    if (stubs.refuseCopy) throw new DOMException('Write permission denied.', 'NotAllowedError');
    stubs.copied.push(text);
  };
  if (navigator.clipboard) {
    const clipboard = navigator.clipboard;
    Object.defineProperty(clipboard, 'writeText', { configurable: true, writable: true, value: writeText });
    restorers.push(() => {
      delete (clipboard as { writeText?: unknown }).writeText;
    });
  } else {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    restorers.push(() => {
      delete (navigator as { clipboard?: unknown }).clipboard;
    });
  }

  const sheetsBefore = document.adoptedStyleSheets.length;
  const print = Object.getOwnPropertyDescriptor(window, 'print');
  Object.defineProperty(window, 'print', {
    configurable: true,
    writable: true,
    value: () => {
      const holders = [...document.body.querySelectorAll('[data-lhw-print]')];
      const pages = holders.flatMap((holder) => [...(holder.shadowRoot?.querySelectorAll('article.summary-page') ?? [])]);
      stubs.printed.push({
        titles: pages.map((page) => textOf(page.querySelector('h2'))),
        languages: pages.map((page) => page.getAttribute('lang') ?? ''),
        holders: holders.length,
        sheetsAdded: document.adoptedStyleSheets.length - sheetsBefore,
      });
    },
  });
  restorers.push(() => {
    if (print) Object.defineProperty(window, 'print', print);
    // A print that never ended (a failed test) leaves nothing behind for the next test.
    dispatchEvent(new Event('afterprint'));
  });
  return stubs;
}

// ---------------------------------------------------------------------------------------------

describe('<twitch-redflag-check> "Take this to your appointment"', () => {
  let warnings: WarningSpy | undefined;
  let stubs: Stubs | undefined;

  afterEach(() => {
    warnings?.restore();
    warnings = undefined;
    stubs?.restore();
    stubs = undefined;
  });

  describe('the panel', () => {
    for (const lang of languages) {
      it(`shows only under a result, headed "${packs[lang].shared.summary.heading}" with four buttons, and goes on "Start again" (${lang})`, async () => {
        const el = await render({ lang });
        const summary = packs[lang].shared.summary;
        const scenario = twitchScenarios.soon;
        // Never on a screen of the check, before a result.
        tickSign(el, 'none');
        await next(el);
        for (let screen = twitchScreen(el); screen !== 'result'; screen = twitchScreen(el)) {
          expect(describeElement(panelOf(el)), `no panel on the ${screen} screen`).to.equal('null');
          await answerStep(el, scenario);
          await next(el);
        }
        expect(twitchScreen(el)).to.equal('result');
        expect(isShown(panel(el)), 'the panel shows with the result').to.equal(true);
        expect(panelSeen(el)).to.deep.equal({
          heading: ['h3', summary.heading],
          buttons: buttonTexts(lang),
          labelledBy: 'summary-heading -> summary-heading',
        });
        expect(textOf(panel(el).querySelector(':scope > p:not([role])')), 'what the panel offers').to.equal(summary.intro);
        expect(statusLine(el), 'nothing to report yet').to.equal('');
        expect(panelButtons(el).map((button) => button.type)).to.deep.equal(['button', 'button', 'button', 'button']);
        expect(view(el).open, 'the view starts closed').to.equal(false);
        // After the card and "Start again", not inside the card.
        const card = q(el, '[part~="result"]');
        expect(describeElement(card.querySelector('[part~="summary"]')), 'not inside the card').to.equal('null');
        expect(Boolean(card.compareDocumentPosition(panel(el)) & Node.DOCUMENT_POSITION_FOLLOWING), 'after the card').to.equal(true);
        const again = q(el, 'p.actions button');
        expect(textOf(again)).to.equal(packs[lang].shared.startAgain);
        expect(Boolean(again.compareDocumentPosition(panel(el)) & Node.DOCUMENT_POSITION_FOLLOWING), 'after "Start again"').to.equal(true);

        await startAgain(el);
        expect(twitchScreen(el)).to.equal('signs');
        expect(describeElement(panelOf(el)), 'gone after "Start again"').to.equal('null');
        expect(describeElement(shadowOf(el).querySelector('dialog')), 'the view is gone too').to.equal('null');
      });
    }

    it('shows under every care level, and a new result starts with an empty status line', async () => {
      const el = await render();
      stubs = stubOutside(el);
      for (const level of careLevels) {
        await walk(el, twitchScenarios[level]);
        expect(twitchResult(el).level).to.equal(level);
        expect(panelSeen(el).buttons, `the panel under the ${level} result`).to.deep.equal(buttonTexts('en'));
        await act(el, 'save');
        expect(statusLine(el)).to.equal(en.shared.summary.saving);
        await startAgain(el);
      }
      await walk(el, twitchScenarios.urgent);
      expect(statusLine(el), "the last result's status does not carry over").to.equal('');
    });

    it('sits below the call button on the emergency result: calling comes first', async () => {
      const el = await render(clinicAttributes);
      await walk(el, twitchScenarios.emergency);
      expect(twitchResult(el).level).to.equal('emergency');
      const call = q<HTMLAnchorElement>(el, '[part~="result"] a.emergency-call');
      expect([call.getAttribute('href'), textOf(call)]).to.deep.equal(['tel:911', en.shared.callNumber({ number: '911' })]);
      const summary = panel(el);
      expect(Boolean(call.compareDocumentPosition(summary) & Node.DOCUMENT_POSITION_FOLLOWING), 'the panel comes after the call button').to.equal(true);
      // Every link that dials comes before the panel, and the panel holds none.
      const dialling = qa<HTMLAnchorElement>(el, 'a[href^="tel:"]');
      expect(dialling.map((link) => Boolean(link.compareDocumentPosition(summary) & Node.DOCUMENT_POSITION_FOLLOWING))).to.deep.equal(
        dialling.map(() => true),
      );
      expect(qa(el, 'section[part~="summary"] a').map(describeElement)).to.deep.equal([]);
      // On screen too: the call button is above the panel.
      expect(call.getBoundingClientRect().bottom <= summary.getBoundingClientRect().top, 'the call button is above the panel').to.equal(true);
      // Tab order: the call button, then "Start again", then the panel's buttons.
      call.focus();
      await press('Tab');
      expect(describeElement(deepActiveElement())).to.equal(`button "${en.shared.startAgain}"`);
      await press('Tab');
      expect(describeElement(deepActiveElement())).to.equal(`button "${en.shared.summary.print}"`);
    });
  });

  describe('what the summary says', () => {
    for (const lang of languages) {
      for (const level of careLevels) {
        it(`${level} (${lang}): title, date, clinic, result, every answer, reasons, questions to ask, notes, sources and footer${lang === 'en' ? '' : ', then an English copy'}`, async () => {
          const el = await render({ lang, ...clinicAttributes });
          stubs = stubOutside(el);
          const scenario = twitchScenarios[level];
          const visit = await walk(el, scenario);
          const result = scenarioResult(scenario);
          expect(twitchResult(el).level).to.equal(level);

          // What the card shows is what the summary repeats.
          const context = contextIn(lang, clinic.name);
          expect(shownResultHeading(el), 'the card heading').to.equal(packs[lang].twitch.results[level].heading(context));
          expect(twitchResult(el).reasons, 'the reasons on the card').to.deep.equal(reasonTexts(packs[lang].twitch, result.reasons));

          await act(el, 'show');
          const seen = readView(el);
          const expected = [
            expectedSummary(lang, visit, result, { clinic: true }),
            ...(lang === 'en' ? [] : [expectedSummary('en', visit, result, { clinic: true, copy: true })]),
          ];
          expect(seen.map((doc) => doc.language), 'the pages: the visitor\'s language, then English').to.deep.equal(expected.map((doc) => doc.language));
          const madeShown = seen.map((doc, i) => expectDocument(doc, expected[i]));

          // The visitor's page says what the card says, in the same words.
          expect(seen[0].resultHeading, 'the result heading as the card shows it').to.equal(shownResultHeading(el));
          expect(seen[0].resultText[0], '"What to do" as the card says it').to.equal(shownWhatToDo(el, lang));
          expect(sectionNamed(seen[0], packs[lang].twitch.reasonsLabel).items, 'the reasons as the card lists them').to.deep.equal(twitchResult(el).reasons);

          // What the scenario makes sure of: what the check asked, and the triggers where it got that far.
          const answersTable = sectionNamed(seen[0], packs[lang].shared.summary.answersHeading);
          const questions = answersTable.rows.map(([question]) => question);
          const triggersLegend = packs[lang].twitch.triggers.legend;
          if (level === 'emergency') {
            expect(questions, 'the emergency screen ends the check: its row alone').to.deep.equal([packs[lang].twitch.emergencyScreen.summaryLabel]);
            expect(answersTable.rows[0][1]).to.equal(signIn(lang, 'chestPain'));
          } else {
            expect(answersTable.rows[0], 'the emergency screen: none of these').to.deep.equal([packs[lang].twitch.emergencyScreen.summaryLabel, signIn(lang, 'none')]);
          }
          if (level === 'urgent') {
            expect(visit.asked.length, 'the urgent check ends after the first step').to.be.greaterThan(0);
            expect(questions, 'no triggers: the check ended before their screen').not.to.include(triggersLegend);
            expect(questions, 'nothing from the screens never shown').not.to.include(packs[lang].twitch.questions.longerThanTwoWeeks.legend);
          }
          if (level === 'soon' || level === 'self-care') {
            expect(questions[questions.length - 1], 'the triggers ticked, last').to.equal(triggersLegend);
            expect(visit.triggers).to.deep.equal(scenario.triggers);
          }
          if (level === 'soon') {
            // "Not sure" in the visitor's words, and the follow-up that "Yes" to weakness brought.
            expect(answersTable.rows).to.deep.include([packs[lang].twitch.questions.newMedicine.legend, packs[lang].shared.answers.unsure]);
            expect(answersTable.rows).to.deep.include([packs[lang].twitch.questions.weaknessWorsening.legend, packs[lang].shared.answers.no]);
          }
          if (level === 'self-care') {
            expect(questions, 'the follow-up that "No" to weakness skips').not.to.include(packs[lang].twitch.questions.weaknessWorsening.legend);
          }

          // The saved file says the same, in the same order; so does the clipboard.
          await closeView(el);
          await act(el, 'save');
          await act(el, 'copy');
          expect(stubs.files).to.have.length(1);
          const saved = await stubs.files[0].blob.text();
          expectTextFollowsView(saved, seen, expected, madeShown);
          expect(stubs.copied, 'the copied text is the saved text').to.deep.equal([saved]);
          if (lang !== 'en') {
            // Spanish first, then the English copy: its note, its title, its result heading.
            const order = [
              packs[lang].twitch.title.toUpperCase(),
              en.shared.summary.englishCopy,
              en.twitch.title.toUpperCase(),
              en.twitch.results[level].heading(contextIn('en', clinic.name)),
            ].map((part) => saved.indexOf(part));
            expect(order.every((index) => index >= 0), `all four parts in the text: ${JSON.stringify(order)}`).to.equal(true);
            expect([...order].sort((a, b) => a - b), 'in that order').to.deep.equal(order);
          }
        });
      }
    }

    it('without clinic settings: no clinic line, and "your clinic" in what to do', async () => {
      const el = await render();
      const visit = await walk(el, twitchScenarios.urgent);
      await act(el, 'show');
      const [seen] = readView(el);
      expectDocument(seen, expectedSummary('en', visit, scenarioResult(twitchScenarios.urgent)));
      expect(seen.resultText[0]).to.contain(en.shared.yourClinic);
      expect(seen.details).not.to.contain(clinic.name);
    });

    it('with a custom emergency number, the emergency summary names it as the card does', async () => {
      const el = await render({ 'emergency-number': '112' });
      await walk(el, { signs: ['unsure'] });
      await act(el, 'show');
      const [seen] = readView(el);
      const context = { clinic: en.shared.yourClinic, emergency: '112' };
      expect(seen.resultHeading).to.equal(en.twitch.results.emergency.heading(context));
      expect(seen.resultHeading).to.equal(shownResultHeading(el));
      expect(seen.resultText).to.deep.equal([en.twitch.results.emergency.whatToDo(context), en.twitch.results.emergency.whileWaiting(context)]);
      expect(sectionNamed(seen, en.shared.summary.answersHeading).rows).to.deep.equal([[en.twitch.emergencyScreen.summaryLabel, en.twitch.emergencyScreen.unsure]]);
    });

    it('after going back from the step screens to tick an emergency sign, lists only what the emergency result came from', async () => {
      const el = await render();
      tickSign(el, 'none');
      await next(el);
      const scenario = twitchScenarios.soon;
      for (let screen = twitchScreen(el); screen !== 'result'; screen = twitchScreen(el)) {
        if (screen === 'signs' || screen === 'unknown') throw new Error(`on the ${screen} screen`);
        await answerStep(el, scenario);
        if (!nextScreen(screen)) break;
        await next(el);
      }
      while (twitchScreen(el) !== 'signs') await back(el);
      tickSign(el, 'breathingTrouble');
      await next(el);
      expect(twitchResult(el).level).to.equal('emergency');
      // The card names only the emergency sign; the summary must not list the step answers or
      // the triggers of the screens that this result skipped.
      await act(el, 'show');
      const [seen] = readView(el);
      expect(sectionNamed(seen, en.shared.summary.answersHeading).rows).to.deep.equal([
        [en.twitch.emergencyScreen.summaryLabel, en.twitch.emergencyScreen.signs.breathingTrouble.label],
      ]);
    });
  });

  describe('Save', () => {
    for (const lang of languages) {
      it(`saves a text file named after the day of the result, from a blob: address, and says so (${lang})`, async () => {
        const el = await render({ lang });
        stubs = stubOutside(el);
        const visit = await walk(el, twitchScenarios['self-care']);
        await act(el, 'save');
        expect(stubs.files, 'one file made').to.have.length(1);
        expect(stubs.clicks, 'one link clicked').to.have.length(1);
        const [{ blob, url }] = stubs.files;
        const [link] = stubs.clicks;
        const days = [visit.from, visit.to].map((date) =>
          [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((part) => String(part).padStart(2, '0')).join('-'),
        );
        const names = days.map((day) => `${packs[lang].twitch.appointmentSummary.fileName}-${day}.txt`);
        expect(names, `the file name "${link.download}"`).to.include(link.download);
        expect(link.download).to.match(/^[a-z-]+-\d{4}-\d{2}-\d{2}\.txt$/);
        expect(link.href, 'a local blob: address').to.match(/^blob:/);
        expect(link.href, 'the address of the file made').to.equal(url);
        expect(link.inWidget, 'the link is made inside the widget').to.equal(true);
        expect(qa(el, 'a[download]').map(describeElement), 'and taken away after the click').to.deep.equal([]);
        expect(blob.type.split(';')[0]).to.equal('text/plain');
        expect(statusLine(el)).to.equal(packs[lang].shared.summary.saving);

        const text = await blob.text();
        const { twitch } = packs[lang];
        for (const part of [
          twitch.title.toUpperCase(),
          twitch.results['self-care'].heading(contextIn(lang, undefined)),
          twitch.questions.weakness.legend,
          `${packs[lang].shared.summary.answerColumn}: ${packs[lang].shared.answers.no}`,
          ...twitch.appointmentSummary.ask,
        ]) {
          expect(text, 'the saved text').to.contain(part);
        }
        // The same as the view shows.
        await act(el, 'show');
        const seen = readView(el);
        const expected = [expectedSummary(lang, visit, scenarioResult(twitchScenarios['self-care']))];
        if (lang !== 'en') expected.push(expectedSummary('en', visit, scenarioResult(twitchScenarios['self-care']), { copy: true }));
        const madeShown = seen.map((doc, i) => expectDocument(doc, expected[i]));
        expectTextFollowsView(text, seen, expected, madeShown);
      });
    }
  });

  describe('Copy', () => {
    it('copies the summary and says so; when the browser refuses, says to save or print instead', async () => {
      const el = await render({ lang: 'es', ...clinicAttributes });
      stubs = stubOutside(el);
      await walk(el, twitchScenarios.soon);
      await act(el, 'copy');
      expect(stubs.copied).to.have.length(1);
      const [copied] = stubs.copied;
      expect(copied).to.contain(packs.es.twitch.title.toUpperCase());
      expect(copied).to.contain(packs.es.twitch.results.soon.heading(contextIn('es', clinic.name)));
      expect(copied).to.contain(`${clinic.name}, ${clinic.phone}`);
      expect(copied).to.contain(packs.es.twitch.questions.newMedicine.legend);
      expect(copied).to.contain(`${packs.es.shared.summary.answerColumn}: ${packs.es.shared.answers.unsure}`);
      expect(copied.indexOf(en.shared.summary.englishCopy), 'the English copy after the Spanish').to.be.greaterThan(
        copied.indexOf(packs.es.twitch.title.toUpperCase()),
      );
      expect(statusLine(el)).to.equal(packs.es.shared.summary.copied);

      stubs.refuseCopy = true;
      await act(el, 'copy');
      expect(stubs.copied, 'nothing more copied').to.have.length(1);
      expect(statusLine(el)).to.equal(packs.es.shared.summary.copyFailed);
      const status = q(el, 'section[part~="summary"] .summary-status');
      expect(isShown(status), 'the failure is visible').to.equal(true);
      expect(status.getAttribute('role'), 'and announced').to.equal('status');
    });

    it('says to save or print instead where the page has no clipboard at all', async () => {
      const el = await render();
      await walk(el, twitchScenarios.urgent);
      const clipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
      try {
        await act(el, 'copy');
      } finally {
        if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard);
        else delete (navigator as { clipboard?: unknown }).clipboard;
      }
      expect(statusLine(el)).to.equal(en.shared.summary.copyFailed);
    });
  });

  describe('Print', () => {
    it('prints the summary alone, in both languages, and cleans up when printing ends', async () => {
      const el = await render({ lang: 'es' });
      stubs = stubOutside(el);
      await walk(el, twitchScenarios.urgent);
      const sheetsBefore = document.adoptedStyleSheets.length;
      await act(el, 'print');
      expect(stubs.printed).to.deep.equal([
        { titles: [packs.es.twitch.title, en.twitch.title], languages: ['es', 'en'], holders: 1, sheetsAdded: 1 },
      ]);
      expect(statusLine(el), 'printing has its own dialog: no status').to.equal('');
      dispatchEvent(new Event('afterprint'));
      expect(document.body.querySelectorAll('[data-lhw-print]').length, 'the printed copy is gone').to.equal(0);
      expect(document.adoptedStyleSheets.length, 'and so is the print sheet').to.equal(sheetsBefore);
    });
  });

  describe('the full-screen view', () => {
    it('opens as a modal dialog with headings and a real table, and Close brings focus back', async () => {
      const el = await render(clinicAttributes);
      await walk(el, twitchScenarios.soon);
      const dialog = view(el);
      expect(dialog.open).to.equal(false);
      await act(el, 'show');
      expect(dialog.open, 'open').to.equal(true);
      expect(isModal(dialog), 'modal').to.equal(true);
      expect(dialog.getAttribute('aria-label'), 'named after the summary').to.equal(en.twitch.title);
      const rect = dialog.getBoundingClientRect();
      // The viewport, less any scroll bar the page itself has (Firefox shows one).
      const page = document.documentElement;
      expect([Math.round(rect.width), Math.round(rect.height)], 'full screen').to.deep.equal([page.clientWidth, page.clientHeight]);
      expect(describeElement(deepActiveElement()), 'focus moves into the view, to Close').to.equal(`button "${en.shared.summary.close}"`);
      // Headings: the title h2, the result and every section h3.
      const headings = [...dialog.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => [h.localName, textOf(h)]);
      expect(headings[0]).to.deep.equal(['h2', en.twitch.title]);
      expect(headings.slice(1).every(([tag]) => tag === 'h3'), `every other heading an h3: ${JSON.stringify(headings)}`).to.equal(true);
      expect(headings.map(([, words]) => words)).to.include.members([
        en.twitch.results.soon.heading(contextIn('en', clinic.name)),
        en.shared.summary.answersHeading,
        en.twitch.reasonsLabel,
        en.shared.summary.askHeading,
        en.shared.summary.notesHeading,
        en.shared.sourcesLabel,
      ]);
      // The answers table: column headers, then one row header per question.
      const table = dialog.querySelector('table');
      expect([...(table?.querySelectorAll('thead th') ?? [])].map((th) => [th.getAttribute('scope'), textOf(th)])).to.deep.equal([
        ['col', en.shared.summary.questionColumn],
        ['col', en.shared.summary.answerColumn],
      ]);
      const rowHeaders = [...(table?.querySelectorAll('tbody tr') ?? [])].map((row) => [
        row.querySelector('th')?.getAttribute('scope'),
        row.querySelectorAll('td').length,
      ]);
      expect(rowHeaders.length).to.be.greaterThan(3);
      expect(rowHeaders.every(([scope, cells]) => scope === 'row' && cells === 1), JSON.stringify(rowHeaders)).to.equal(true);

      await closeView(el);
      expect(dialog.open, 'closed').to.equal(false);
      expect(shadowOf(el).activeElement?.id, 'focus back on "Show full screen"').to.equal('summary-show');
      expect(dialog.querySelectorAll('article').length, 'its pages are dropped').to.equal(0);
    });

    it('by keyboard: Tab reaches "Show full screen", Enter and Space open it, Escape and Close close it', async () => {
      const el = await render();
      await walk(el, twitchScenarios.urgent);
      q<HTMLButtonElement>(el, 'p.actions button').focus();
      const stops: string[] = [];
      for (let i = 0; i < actions.length; i += 1) {
        await press('Tab');
        stops.push(describeElement(deepActiveElement()));
      }
      expect(stops, 'after "Start again", the four buttons in order').to.deep.equal(buttonTexts('en').map((words) => `button "${words}"`));
      expect(shadowOf(el).activeElement?.id).to.equal('summary-show');

      await pressFor(el, 'Enter', 'opens');
      expect(view(el).open, 'Enter opens it').to.equal(true);
      expect(isModal(view(el))).to.equal(true);
      expect(readView(el).map((doc) => doc.title)).to.deep.equal([en.twitch.title]);
      await pressFor(el, 'Escape', 'closes');
      expect(view(el).open, 'Escape closes it').to.equal(false);
      expect(shadowOf(el).activeElement?.id, 'focus back on the button').to.equal('summary-show');

      await pressFor(el, 'Space', 'opens');
      expect(view(el).open, 'Space opens it').to.equal(true);
      expect(describeElement(deepActiveElement())).to.equal(`button "${en.shared.summary.close}"`);
      await pressFor(el, 'Enter', 'closes');
      expect(view(el).open, 'Enter on Close closes it').to.equal(false);
      expect(shadowOf(el).activeElement?.id, 'focus back on the button').to.equal('summary-show');
    });
  });

  describe('lhw-summary event', () => {
    it('is sent once per action, with exactly { action }, bubbling out of the shadow root, with no answers', async () => {
      const el = await render({ lang: 'es', ...clinicAttributes });
      stubs = stubOutside(el);
      await walk(el, twitchScenarios.soon);
      const events: { detail: unknown; keys: string[]; bubbles: boolean; composed: boolean; fromWidget: boolean }[] = [];
      const listener = (event: Event): void => {
        const { detail } = event as CustomEvent<unknown>;
        events.push({
          detail,
          keys: Object.keys(detail as object),
          bubbles: event.bubbles,
          composed: event.composed,
          fromWidget: event.target === el,
        });
      };
      document.addEventListener('lhw-summary', listener);
      try {
        for (const action of actions) {
          await act(el, action);
          if (action === 'show') await closeView(el);
        }
        await settle(el);
      } finally {
        document.removeEventListener('lhw-summary', listener);
      }
      expect(events.map((event) => event.detail)).to.deep.equal(actions.map((action) => ({ action })));
      for (const event of events) {
        expect(event.keys).to.deep.equal(['action']);
        expect([event.bubbles, event.composed, event.fromWidget]).to.deep.equal([true, true, true]);
      }
      const sent = JSON.stringify(events.map((event) => event.detail));
      for (const words of [packs.es.shared.answers.yes, packs.es.shared.answers.unsure, clinic.name, packs.es.twitch.questions.weakness.legend]) {
        expect(sent).not.to.contain(words);
      }
    });
  });

  describe('summary attribute', () => {
    it('summary="off" offers no summary under any result; switching it on brings the panel back', async () => {
      const el = await render({ summary: 'off' });
      for (const level of careLevels) {
        await walk(el, twitchScenarios[level]);
        expect(twitchResult(el).level).to.equal(level);
        expect(describeElement(panelOf(el)), `no panel under the ${level} result`).to.equal('null');
        expect(describeElement(shadowOf(el).querySelector('dialog')), 'no view').to.equal('null');
        if (level !== 'self-care') await startAgain(el);
      }
      el.setAttribute('summary', 'on');
      await settle(el);
      expect(panelSeen(el).buttons).to.deep.equal(buttonTexts('en'));
      el.setAttribute('summary', 'OFF');
      await settle(el);
      expect(describeElement(panelOf(el)), 'OFF in capitals is off').to.equal('null');
    });

    it('is on by default, and an invalid value falls back to on with one warning', async () => {
      const plain = await render();
      expect(plain.getAttribute('summary')).to.equal(null);
      await walk(plain, twitchScenarios.urgent);
      expect(panelSeen(plain).buttons).to.deep.equal(buttonTexts('en'));

      warnings = spyOnWarnings();
      const el = await render({ summary: 'maybe' });
      await walk(el, twitchScenarios.urgent);
      expect(panelSeen(el).buttons).to.deep.equal(buttonTexts('en'));
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('summary').and.contain('maybe');
    });
  });

  describe('accessibility (axe)', function () {
    // Four axe runs over the whole widget in one test: WebKit can take more than the usual 10 s.
    this.timeout(30000);

    for (const level of ['emergency', 'soon'] as const) {
      it(`passes with the panel under the ${level} result, after each action, and with the view open`, async () => {
        const el = await render({ ...clinicAttributes, 'booking-url': 'https://example.org/book' });
        stubs = stubOutside(el);
        await walk(el, twitchScenarios[level]);
        await expect(el).to.be.accessible();
        await act(el, 'save');
        await expect(el).to.be.accessible();
        stubs.refuseCopy = true;
        await act(el, 'copy');
        await expect(el).to.be.accessible();
        await act(el, 'show');
        expect(view(el).open).to.equal(true);
        await expect(el).to.be.accessible();
      });
    }

    it('passes in Spanish and in the dark theme with the view open', async () => {
      const el = await render({ lang: 'es', theme: 'dark', ...clinicAttributes });
      await walk(el, twitchScenarios.urgent);
      await expect(el).to.be.accessible();
      await act(el, 'show');
      await expect(el).to.be.accessible();
    });
  });

  describe('at 320 px', () => {
    for (const lang of languages) {
      it(`neither the panel nor the open view scrolls sideways (${lang})`, async () => {
        const narrow = await narrowPage(lang);
        try {
          const { el, win } = narrow;
          await walk(el, twitchScenarios.soon);
          expect(win.innerWidth, 'the page is 320 px wide').to.equal(320);
          const width = win.document.documentElement.clientWidth;
          expect(sideways(el, width, 'section[part~="summary"]')).to.deep.equal([]);
          expect(sideways(el, width, '[part~="base"]'), 'the widget').to.deep.equal([]);
          // The buttons stay on the page, one above the other if need be.
          const right = Math.max(...panelButtons(el).map((button) => button.getBoundingClientRect().right));
          expect(right, 'the buttons stay inside the page').to.be.at.most(width);

          await act(el, 'show');
          expect(view(el).open).to.equal(true);
          const rect = view(el).getBoundingClientRect();
          expect(Math.round(rect.width), 'the view fills the width').to.equal(width);
          expect(sideways(el, width, 'dialog.summary-view')).to.deep.equal([]);
          for (const page of readView(el)) expect(page.title.length).to.be.greaterThan(0);
        } finally {
          await narrow.restore();
        }
      });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// At 320 px: the test runner sets the viewport where it can (Chromium and Firefox, driven by
// puppeteer); WebKit, driven over WebDriver, cannot, so there the widget goes into a 320 px
// iframe, whose viewport is then 320 px wide.

interface NarrowPage {
  el: TwitchRedflagCheck;
  win: Window;
  restore(): Promise<void>;
}

async function narrowPage(lang: Lang): Promise<NarrowPage> {
  const { innerWidth: width, innerHeight: height } = window;
  let viewportSet = true;
  try {
    await setViewport({ width: 320, height: 640 });
  } catch {
    viewportSet = false;
  }
  if (viewportSet) {
    const el = await render({ lang, ...clinicAttributes });
    return { el, win: window, restore: () => setViewport({ width, height }) };
  }
  const frame = document.createElement('iframe');
  frame.style.cssText = 'display: block; width: 320px; height: 640px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
    <script type="module" src="/src/twitch-redflag-check/define.ts"></script></head>
    <body style="margin: 0"><twitch-redflag-check lang="${lang}" clinic-name="${clinic.name}" clinic-phone="${clinic.phone}"></twitch-redflag-check></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow;
  if (!win) throw new Error('the 320 px iframe has no window');
  await win.customElements.whenDefined('twitch-redflag-check');
  const el = win.document.querySelector('twitch-redflag-check') as TwitchRedflagCheck;
  await el.updateComplete;
  return {
    el,
    win,
    restore: async () => {
      frame.remove();
    },
  };
}

/**
 * Boxes matching `selector` that scroll sideways, and anything in them that sticks out of the page
 * or out of the box's visible width (its client area: inside its borders and any scroll bar).
 */
function sideways(el: Element, width: number, selector: string): string[] {
  const found: string[] = [];
  const name = (node: Element): string => `${node.localName}${node.className ? `.${String(node.className).trim().split(/\s+/).join('.')}` : ''}`;
  for (const box of qa(el, selector)) {
    if (box.scrollWidth > box.clientWidth) found.push(`${name(box)} scrolls sideways (${box.scrollWidth} > ${box.clientWidth})`);
    const outer = box.getBoundingClientRect();
    const right = Math.min(width, outer.left + box.clientLeft + box.clientWidth);
    for (const inner of box.querySelectorAll('*')) {
      const rect = inner.getBoundingClientRect();
      if (rect.width > 0 && !inner.closest('.visually-hidden') && (rect.left < -0.5 || rect.right > right + 0.5)) {
        found.push(`${name(inner)} spans ${Math.round(rect.left)}..${Math.round(rect.right)} px, past ${Math.round(right)} px`);
      }
    }
  }
  return found;
}
