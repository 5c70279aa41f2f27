/**
 * "Take this to your appointment", as the element tests of the twitching check, the RLS card and
 * the cramp diary use it: the panel's buttons and status line, the full-screen view read into plain
 * data, what every summary page must say (from the language packs), checks on the saved text, the
 * stubs that keep Save, Copy and Print from leaving the page, and `describePanelBehaviour`, the
 * suite of what every panel does the same way (keyboard, events, `summary`, print, axe, 320 px,
 * forced colours), run once per element from that element's test file.
 *
 * Everything here reads the page as a person does (text, headings, buttons, the status line) and
 * hands chai plain values only: a failing assertion on a DOM element can hang the test runner.
 * Nothing here knows a widget's questions or results; each element's file passes those in.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { packs } from '../../src/lang/built-in.js';
import { sources, type Source, type SourceId } from '../../src/shared/sources.js';
import type { ElementSummaryText, ReviewDates } from '../../src/shared/text-types.js';
import { VERSION } from '../../src/shared/version.js';
import { spyOnWarnings, type WarningSpy } from '../fixtures/warnings.js';
import { settle, type Updating } from '../harness/widget.js';
import { describeControl } from './controls.js';
import { deepActiveElement, press } from './keyboard.js';
import { describeElement, isShown, q, qa, shadowOf, textOf, withoutIsolates } from './shadow.js';

export type Lang = keyof typeof packs;
export const languages: readonly Lang[] = ['en', 'es'];
const en = packs.en;

/** A widget with a summary panel: a Lit element in the page. */
export type Widget = HTMLElement & Updating;

/** The clinic settings most tests give: the summary prints them under its date. */
export const clinic = { name: 'Lakeside Family Clinic', phone: '555 0100' };
export const clinicAttributes = { 'clinic-name': clinic.name, 'clinic-phone': clinic.phone };

/** The panel's four actions, in page order. */
export const actions = ['print', 'save', 'copy', 'show'] as const;
export type Action = (typeof actions)[number];

/** The text of the panel's four buttons in `lang`, in page order. */
export function buttonTexts(lang: Lang): string[] {
  const { print, save, copy, show } = packs[lang].shared.summary;
  return [print, save, copy, show];
}

/**
 * Renders `<tag>` with `attributes` after a button of the host page, so that there is something
 * to Tab from, and waits for its first render.
 */
export async function renderWidget<E extends Widget>(tag: string, attributes: Record<string, string> = {}): Promise<E> {
  const wrapper = await fixture<HTMLDivElement>(html`<div><button type="button">Before the widget</button></div>`);
  const el = document.createElement(tag) as E;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

/** Text as it shows, without the labels only screen readers hear (`.visually-hidden`). */
export function shownText(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
  return textOf(copy);
}

// ---------------------------------------------------------------------------------------------
// The panel, as a person finds it (one panel per widget: the diary's, or the one under a result)

const PANEL = 'section[part~="summary"]';

/** The panel, or null where the widget shows none. */
export function panelOf(el: Element): HTMLElement | null {
  return shadowOf(el).querySelector<HTMLElement>(PANEL);
}

export function panel(el: Element): HTMLElement {
  return q(el, PANEL);
}

export function panelButtons(el: Element): HTMLButtonElement[] {
  return qa<HTMLButtonElement>(el, `${PANEL} .actions button`);
}

export function actionButton(el: Element, action: Action): HTMLButtonElement {
  const button = panelButtons(el)[actions.indexOf(action)];
  if (!button) throw new Error(`no "${action}" button in the summary panel`);
  return button;
}

/** What the panel's status line says ("" before any action). */
export function statusLine(el: Element): string {
  return textOf(q(el, `${PANEL} p[role="status"].summary-status`));
}

/** The full-screen view: always in the panel, open or not. */
export function view(el: Element): HTMLDialogElement {
  return q<HTMLDialogElement>(el, 'dialog.summary-view');
}

/** Whether the dialog is shown as a modal (`:modal`), where the browser can tell. */
export function isModal(dialog: HTMLDialogElement): boolean {
  try {
    return dialog.matches(':modal');
  } catch {
    return dialog.open;
  }
}

/** The panel as a person reads it: its heading (tag and text), its buttons, and what names it. */
export function panelSeen(el: Element): { heading: [string, string]; buttons: string[]; labelledBy: string } {
  const section = panel(el);
  const heading = section.querySelector('h1, h2, h3, h4, h5, h6');
  return {
    heading: [heading?.localName ?? '', textOf(heading)],
    buttons: panelButtons(el).map(textOf),
    labelledBy: `${section.getAttribute('aria-labelledby')} -> ${heading?.id}`,
  };
}

/**
 * Checks the panel as it first shows under a result, in `lang`: named by its heading (an `h3` or
 * `h4`, the level that fits where it sits), its intro, the four buttons (plain buttons: none
 * submits a form), nothing in the status line yet, and the view closed.
 */
export function expectFreshPanel(el: Element, lang: Lang, headingTag: string): void {
  const summary = packs[lang].shared.summary;
  expect(isShown(panel(el)), 'the panel shows with the result').to.equal(true);
  expect(panelSeen(el)).to.deep.equal({
    heading: [headingTag, summary.heading],
    buttons: buttonTexts(lang),
    labelledBy: 'summary-heading -> summary-heading',
  });
  expect(textOf(panel(el).querySelector(':scope > p:not([role])')), 'what the panel offers').to.equal(summary.intro);
  expect(statusLine(el), 'nothing to report yet').to.equal('');
  expect(panelButtons(el).map((button) => button.type)).to.deep.equal(['button', 'button', 'button', 'button']);
  expect(view(el).open, 'the view starts closed').to.equal(false);
}

/** Presses one of the panel's buttons and waits for its `lhw-summary` event and the update. */
export async function act(el: Widget, action: Action): Promise<void> {
  const done = oneEvent(el, 'lhw-summary');
  actionButton(el, action).click();
  await done;
  await settle(el);
}

/** Closes the full-screen view with its Close button and waits. */
export async function closeView(el: Widget): Promise<void> {
  const closed = oneEvent(view(el), 'close');
  q<HTMLButtonElement>(el, 'dialog.summary-view form[method="dialog"] button').click();
  // The close event comes a task later; the widget moves focus when it does.
  await closed;
  await settle(el);
}

/** Presses a key that should open or close the view, and waits until it has. */
export async function pressFor(el: Widget, key: 'Enter' | 'Space' | 'Escape', outcome: 'opens' | 'closes'): Promise<void> {
  const done = outcome === 'opens' ? oneEvent(el, 'lhw-summary') : oneEvent(view(el), 'close');
  // Escape is not a key the keyboard helper sends (its WebDriver keys are for moving and picking).
  if (key === 'Escape') await sendKeys({ press: 'Escape' });
  else await press(key);
  await done;
  await settle(el);
}

// ---------------------------------------------------------------------------------------------
// The full-screen view, read the way a person reads it

export interface SeenSection {
  heading: string;
  columns: string[];
  rows: [string, string][];
  items: string[];
  paragraphs: string[];
  /** Text marked with its language inside the paragraphs, as "lang: text" (the source titles). */
  marked: string[];
  /** Ruled lines to write on. */
  lines: number;
}

/** One page of the view: the visitor's language first, then the English copy. */
export interface SeenDocument {
  language: string;
  copyNote: string;
  title: string;
  /** The date line, and the clinic's name and phone where the page has them. */
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
    marked: [...section.querySelectorAll(':scope > p [lang]')].map((part) => `${part.getAttribute('lang')}: ${textOf(part)}`),
    lines: section.querySelectorAll('.write-on > div').length,
  };
}

/** Every page of the open view, in order, as plain data. */
export function readSummaryView(el: Element): SeenDocument[] {
  return readPages(view(el));
}

/** Every summary page under `root` (the view, or the printed copy's shadow root), in order. */
export function readPages(root: ParentNode): SeenDocument[] {
  return [...root.querySelectorAll('article.summary-page')].map((article) => {
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

/** The page's section headed `heading`; throws naming the sections there are. */
export function sectionNamed(doc: SeenDocument, heading: string): SeenSection {
  const found = doc.sections.find((section) => section.heading === heading);
  if (!found) throw new Error(`no section "${heading}" in the ${doc.language} summary; it has ${doc.sections.map((s) => `"${s.heading}"`).join(', ')}`);
  return found;
}

// ---------------------------------------------------------------------------------------------
// What a summary page must say, from the language packs

/** What one page of the summary must say. */
export interface ExpectedSummary {
  language: Lang;
  copyNote: string;
  title: string;
  /** "Date: ..." for every minute in which the result may have been made. */
  made: string[];
  clinicLine: string;
  resultHeading: string;
  resultText: string[];
  columns: string[];
  /** Each question with its answer in words, or the several boxes ticked (between separators). */
  rows: [string, string | readonly string[]][];
  /**
   * The heading of the reasons section (each widget words it its own way) and its items; both left
   * out where the summary has no reasons section (the cramp diary).
   */
  reasonsLabel?: string;
  reasons?: string[];
  ask: string[];
  /** Each source's title in the language shown, else in English, as "lang: title". */
  sourceTitles: string[];
  footer: string[];
}

/** The part of a summary page that is the same for every widget: all but the result and answers. */
export type SummaryFrame = Omit<ExpectedSummary, 'resultHeading' | 'resultText' | 'rows' | 'reasonsLabel' | 'reasons'>;

/** What a widget's text gives its summary: its title, questions to ask and review date. */
export interface SummaryText {
  readonly title: string;
  readonly appointmentSummary: ElementSummaryText;
  readonly review: ReviewDates;
}

/** "Date: ..." as the summary words it, for every minute from `from` to `to`. */
export function madeLines(lang: Lang, from: Date, to: Date): string[] {
  const format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' });
  const lines: string[] = [];
  const minute = 60_000;
  for (let t = Math.floor(from.getTime() / minute) * minute; t <= to.getTime(); t += minute) {
    lines.push(packs[lang].shared.summary.made({ date: format.format(new Date(t)) }));
  }
  return lines;
}

/** A review date (YYYY-MM-DD) as the footer writes it in `lang`. */
export function reviewedIn(lang: Lang, date: string): string {
  const shared = packs[lang].shared;
  const [year, month, day] = date.split('-').map(Number);
  return shared.date({ day, month: shared.months[month - 1], year });
}

/**
 * The frame of a summary page in `lang`: `text` is the widget's text in that language, `cited`
 * the sources its result rests on, and `when` the minutes around the result.
 */
export function summaryFrame(
  lang: Lang,
  text: SummaryText,
  cited: readonly SourceId[],
  when: { from: Date; to: Date },
  options: { clinic?: boolean; copyFor?: Lang } = {},
): SummaryFrame {
  const shared = packs[lang].shared;
  return {
    language: lang,
    copyNote: options.copyFor ? packs[options.copyFor].shared.summary.englishCopy : '',
    title: text.title,
    made: madeLines(lang, when.from, when.to),
    clinicLine: options.clinic ? shared.summary.clinic({ clinic: clinic.name, phone: clinic.phone }) : '',
    columns: [shared.summary.questionColumn, shared.summary.answerColumn],
    ask: [...text.appointmentSummary.ask],
    sourceTitles: cited.map((id) => {
      const source: Source = sources[id];
      const translation = source.translations?.[lang];
      return translation ? `${lang}: ${translation.title}` : `en: ${source.title}`;
    }),
    footer: [shared.notDiagnosis, shared.summary.madeBy({ version: VERSION, reviewed: reviewedIn(lang, text.review.lastReviewed) })],
  };
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

/** Checks one page of the view against what it must say; returns the date line it shows. */
export function expectDocument(seen: SeenDocument, expected: ExpectedSummary): string {
  const where = `the ${expected.language} summary`;
  const shared = packs[expected.language].shared;
  const summary = shared.summary;
  expect(seen.language, `${where}: its lang`).to.equal(expected.language);
  expect(seen.copyNote, `${where}: the copy note`).to.equal(expected.copyNote);
  expect(seen.title, `${where}: the title`).to.equal(expected.title);
  const made = expected.made.find((line) => seen.details.includes(line));
  expect(made, `${where}: the date line, one of ${JSON.stringify(expected.made)}, in "${seen.details}"`).to.be.a('string');
  if (expected.clinicLine) expect(seen.details, `${where}: the clinic's name and phone`).to.contain(expected.clinicLine);
  else expect(seen.details, `${where}: the date line alone, without a clinic`).to.equal(made);
  expect(seen.resultHeading, `${where}: the result heading`).to.equal(expected.resultHeading);
  expect(seen.resultText, `${where}: what the result says`).to.deep.equal(expected.resultText);
  const reasons = expected.reasonsLabel === undefined ? [] : [expected.reasonsLabel];
  expect(
    seen.sections.map((section) => section.heading),
    `${where}: the sections`,
  ).to.deep.equal([summary.answersHeading, ...reasons, summary.askHeading, summary.notesHeading, shared.sourcesLabel]);

  const answers = sectionNamed(seen, summary.answersHeading);
  expect(answers.columns, `${where}: the table's columns`).to.deep.equal(expected.columns);
  expect(answers.rows.map(([question]) => question), `${where}: the questions asked, in order`).to.deep.equal(expected.rows.map(([question]) => question));
  answers.rows.forEach(([question, cell], i) => {
    const said = expected.rows[i][1];
    if (typeof said === 'string') expect(cell, `${where}: the answer to "${question}"`).to.equal(said);
    else expect(listsExactly(cell, said), `${where}: "${question}" answered "${cell}", expected ${JSON.stringify(said)}`).to.equal(true);
  });

  if (expected.reasonsLabel !== undefined) {
    expect(sectionNamed(seen, expected.reasonsLabel).items, `${where}: the reasons`).to.deep.equal(expected.reasons ?? []);
  }
  expect(sectionNamed(seen, summary.askHeading).items, `${where}: the questions to ask`).to.deep.equal(expected.ask);
  expect(sectionNamed(seen, summary.notesHeading).lines, `${where}: lines to write notes on`).to.be.greaterThan(0);
  // Every title is there, marked with the language it is in (so screen readers say it in that language).
  expect(sectionNamed(seen, shared.sourcesLabel).marked, `${where}: the sources`).to.have.members(expected.sourceTitles);
  for (const line of expected.footer) expect(seen.footer, `${where}: the footer`).to.contain(line);
  return made ?? '';
}

/** The open view as a test saw it: its pages, and the date line each showed. */
export interface ShownSummary {
  readonly seen: SeenDocument[];
  readonly madeShown: string[];
}

/**
 * Reads the open view and checks its pages against `expected`, in order (the visitor's language,
 * then the English copy).
 */
export function expectViewSays(el: Element, expected: ExpectedSummary[]): ShownSummary {
  const seen = readSummaryView(el);
  expect(
    seen.map((doc) => doc.language),
    "the pages: the visitor's language, then English",
  ).to.deep.equal(expected.map((doc) => doc.language));
  return { seen, madeShown: seen.map((doc, i) => expectDocument(doc, expected[i])) };
}

/** Checks the saved or copied text: every page of the view, in the same order, in plain lines. */
export function expectTextFollowsView(saved: string, { seen, madeShown }: ShownSummary, expected: ExpectedSummary[]): void {
  const lines = withoutIsolates(saved).split('\n').map((line) => line.trim());
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
    for (const line of doc.resultText) expectNext(line, `${where}: what the result says`);
    for (const section of doc.sections) {
      expectNext(section.heading, `${where}: a section heading`);
      for (const [question, said] of section.rows) {
        expectNext(question, `${where}: a question`);
        expectNext(said, `${where}: its answer`);
      }
      for (const item of section.items) expectNext(item, `${where}: a list item`);
      for (const paragraph of section.paragraphs) expectNext(paragraph, `${where}: a paragraph`);
    }
    for (const line of expected[d].footer) expectNext(line, `${where}: the footer`);
  });
}

/** Checks that `text` (a saved file, the clipboard) holds every one of `parts`, naming any missing. */
export function expectTextHolds(text: string, parts: readonly string[], what = 'the text'): void {
  text = withoutIsolates(text);
  expect(
    parts.filter((part) => !text.includes(part)),
    `${what}: missing parts of:\n${text}`,
  ).to.deep.equal([]);
}

/**
 * Checks that `text` holds every one of `parts`, in that order: the way a reader checks that the
 * visitor's language comes first and the English copy after it.
 */
export function expectTextInOrder(text: string, parts: readonly string[], what = 'the text'): void {
  text = withoutIsolates(text);
  const positions = parts.map((part) => text.indexOf(part));
  expect(
    parts.filter((_, i) => positions[i] < 0),
    `${what}: missing parts`,
  ).to.deep.equal([]);
  expect([...positions].sort((a, b) => a - b), `${what}: in the order ${JSON.stringify(parts)}`).to.deep.equal(positions);
}

// ---------------------------------------------------------------------------------------------
// Stubs for the file download, the clipboard and the print dialog: a test never downloads, copies
// or prints for real. Restore them after each test (`afterEach`), so a failing test leaves none.

export interface Stubs {
  /** What `URL.createObjectURL` was given (the file) and returned. */
  readonly files: { blob: Blob; url: string }[];
  /** Each link clicked: its `download` name, `href`, and whether it sat in the widget's shadow root. */
  readonly clicks: { download: string; href: string; inWidget: boolean }[];
  /** Each text written to the clipboard. */
  readonly copied: string[];
  /** What was on the page each time `print()` ran, with the printed pages read as a person reads them. */
  readonly printed: { titles: string[]; languages: string[]; holders: number; sheetsAdded: number; pages: SeenDocument[] }[];
  /** Makes the clipboard refuse (as an insecure page or a browser that says no does). */
  refuseCopy: boolean;
  restore(): void;
}

/** Stubs the file download, the clipboard and `print()` for the widget `el`, recording each use. */
export function stubOutside(el: Element): Stubs {
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

  // The blob: address stays real, so a test can compare it with the link's href.
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = (object: Blob | MediaSource): string => {
    const url = createObjectURL.call(URL, object);
    if (object instanceof Blob) stubs.files.push({ blob: object, url });
    return url;
  };
  restorers.push(() => {
    URL.createObjectURL = createObjectURL;
  });

  // A download is a click on a link: recorded instead of followed.
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

  // Some test pages have no clipboard at all (not a secure context): one is lent for the test.
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

  // print() reads what a print would show; the summary stays in the page until "afterprint".
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
        pages: holders.flatMap((holder) => (holder.shadowRoot ? readPages(holder.shadowRoot) : [])),
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

/**
 * Stubs for the tests of one `describe`: call it in the `describe`'s body, then
 * `const stubs = outside.stub(el)` in a test. They are restored after each test, passed or failed.
 */
export function stubsPerTest(): { stub(el: Element): Stubs } {
  let current: Stubs | undefined;
  afterEach(() => {
    current?.restore();
    current = undefined;
  });
  return {
    stub(el) {
      current?.restore();
      current = stubOutside(el);
      return current;
    },
  };
}

/**
 * Checks the one file Save made for a result reached between `from` and `to`: named after the
 * widget's file name and the day, downloaded from a blob: address by a link inside the widget that
 * then goes away, plain text, with "saving" in the status line. Returns the file's text.
 */
export async function expectSavedFile(el: Widget, stubs: Stubs, saved: { lang: Lang; fileName: string; from: Date; to: Date }): Promise<string> {
  expect(stubs.files, 'one file made').to.have.length(1);
  expect(stubs.clicks, 'one link clicked').to.have.length(1);
  const [{ blob, url }] = stubs.files;
  const [link] = stubs.clicks;
  const days = [saved.from, saved.to].map((date) =>
    [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((part) => String(part).padStart(2, '0')).join('-'),
  );
  const names = days.map((day) => `${saved.fileName}-${day}.txt`);
  expect(names, `the file name "${link.download}"`).to.include(link.download);
  expect(link.download).to.match(/^[a-z-]+-\d{4}-\d{2}-\d{2}\.txt$/);
  expect(link.href, 'a local blob: address').to.match(/^blob:/);
  expect(link.href, 'the address of the file made').to.equal(url);
  expect(link.inWidget, 'the link is made inside the widget').to.equal(true);
  expect(qa(el, 'a[download]').map(describeElement), 'and taken away after the click').to.deep.equal([]);
  expect(blob.type.split(';')[0]).to.equal('text/plain');
  expect(statusLine(el)).to.equal(packs[saved.lang].shared.summary.saving);
  return blob.text();
}

/**
 * Closes the open view and presses Save, then Copy: the file must say what the view said, in the
 * same order, and the clipboard must get the same text. Returns it.
 */
export async function expectSaveAndCopyFollowView(el: Widget, stubs: Stubs, shown: ShownSummary, expected: ExpectedSummary[]): Promise<string> {
  await closeView(el);
  await act(el, 'save');
  await act(el, 'copy');
  expect(stubs.files).to.have.length(1);
  const saved = await stubs.files[0].blob.text();
  expectTextFollowsView(saved, shown, expected);
  expect(stubs.copied, 'the copied text is the saved text').to.deep.equal([saved]);
  return saved;
}

// ---------------------------------------------------------------------------------------------
// At 320 px: the test runner sets the viewport where it can (Chromium and Firefox, driven by
// puppeteer); WebKit, driven over WebDriver, cannot, so there the widget goes into a 320 px
// iframe, whose viewport is then 320 px wide.

export interface NarrowPage<E extends Widget> {
  el: E;
  win: Window;
  restore(): Promise<void>;
}

/** `<tag>` with `attributes` on a page 320 px wide; `restore()` puts the page back. */
export async function narrowPage<E extends Widget>(tag: string, attributes: Record<string, string>): Promise<NarrowPage<E>> {
  const { innerWidth: width, innerHeight: height } = window;
  let viewportSet = true;
  try {
    await setViewport({ width: 320, height: 640 });
  } catch {
    viewportSet = false;
  }
  if (viewportSet) {
    const el = await renderWidget<E>(tag, attributes);
    return { el, win: window, restore: () => setViewport({ width, height }) };
  }
  const frame = document.createElement('iframe');
  frame.style.cssText = 'display: block; width: 320px; height: 640px; border: 0';
  // Each element's folder under src/ is named after its tag.
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
    <script type="module" src="/src/${tag}/define.ts"></script></head><body style="margin: 0"></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow;
  if (!win) throw new Error('the 320 px iframe has no window');
  await win.customElements.whenDefined(tag);
  const el = win.document.createElement(tag) as E;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  win.document.body.append(el);
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
export function sideways(el: Element, width: number, selector: string): string[] {
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

// ---------------------------------------------------------------------------------------------
// What every panel does the same way

/**
 * One widget with a summary panel, as `describePanelBehaviour` needs it: how to render it and
 * reach a result by clicks, and the words its summary uses. `R` names its results (the twitching
 * check's care levels, the RLS card's patterns, the cramp diary's advice levels).
 */
export interface PanelWidget<E extends Widget, R extends string> {
  /** The element's tag. */
  readonly tag: string;
  /** What its results are, in test names: "care level", "pattern". */
  readonly resultKind: string;
  /** Every result, in the order the tests go through them. */
  readonly results: readonly R[];
  /**
   * Attributes for the tests about the panel alone, which need only the part of the widget it
   * sits in (the RLS card: `sections="self-check"`); the full-screen view and axe tests render
   * the whole widget.
   */
  readonly panelOnly: Readonly<Record<string, string>>;
  /**
   * The result each single-result test stands on: spread over the results, so that the shared
   * tests do not all see the same one.
   */
  readonly resultFor: Readonly<Record<'view' | 'keyboard' | 'event' | 'summaryOn' | 'again' | 'copy' | 'noClipboard' | 'print' | 'darkSpanish' | 'narrow', R>>;
  /** The results the axe tests run under, one test each. */
  readonly axeResults: readonly R[];
  /** Takes a fresh or restarted widget to `result` by clicks, as a visitor does. */
  reach(el: E, result: R): Promise<unknown>;
  /**
   * Presses "Start again" under the result. Left out where the widget has none (the cramp diary,
   * whose panel is always there): the tests that go from one result to the next must then be left
   * out too (`leaveOut: ['the panel', 'summary attribute']`).
   */
  startAgain?(el: E): Promise<void>;
  /**
   * Under the `resultFor.keyboard` result: the last place Tab stops before the panel's first
   * button ("Start again" under a result), and its name as `describeControl` gives it
   * (`button "Start again"`, `checkbox "..."`).
   */
  readonly stopBeforePanel: { find(el: E): HTMLElement; readonly name: string };
  /** The result heading as it shows, without the label only screen readers hear. */
  shownResultHeading(el: E): string;
  /** The heading of `result` in `lang`, without clinic settings or with a clinic named. */
  resultHeading(result: R, lang: Lang, clinicName?: string): string;
  /** The summary's title in `lang`. */
  title(lang: Lang): string;
  /** The heading of the summary's reasons section, in English; left out where it has none (the cramp diary). */
  readonly reasonsLabel?: string;
  /**
   * A question of the `resultFor.event` result in Spanish: what the visitor answered must never
   * travel in an `lhw-summary` event.
   */
  readonly spanishQuestion: string;
  /**
   * What the Spanish summary of the `resultFor.copy` result must hold of the visitor's answers
   * (a question, an answer in words as the text file writes it).
   */
  readonly copyHolds: readonly string[];
}

/** The parts of `describePanelBehaviour`, by the name of their `describe`, for `leaveOut`. */
export const panelParts = [
  'the panel',
  'Copy',
  'Print',
  'the full-screen view',
  'lhw-summary event',
  'summary attribute',
  'accessibility (axe)',
  'at 320 px',
  'forced colours',
] as const;
export type PanelPart = (typeof panelParts)[number];

export interface PanelSuiteOptions {
  /**
   * Parts that do not apply to the widget, each tested in its own file instead: the cramp diary
   * has no "Start again" (its panel shows from the start), and `summary="off"` takes the whole
   * diary away.
   */
  readonly leaveOut?: readonly PanelPart[];
}

/**
 * The tests of what every summary panel does the same way, for one widget: under every result,
 * Copy (also refused, and without a clipboard; the same text as Save), Print (what it prints and
 * how), the full-screen view (also by keyboard), the `lhw-summary` event, the `summary` attribute,
 * axe, 320 px and forced colours. What a summary says and where its panel sits stay in each
 * element's own file.
 */
export function describePanelBehaviour<E extends Widget, R extends string>(name: string, widget: PanelWidget<E, R>, options: PanelSuiteOptions = {}): void {
  const render = (attributes: Record<string, string> = {}): Promise<E> => renderWidget<E>(widget.tag, attributes);
  const { resultFor, panelOnly } = widget;
  const leftOut = new Set<PanelPart>(options.leaveOut ?? []);
  const part = (title: PanelPart, tests: (this: Mocha.Suite) => void): void => {
    if (!leftOut.has(title)) describe(title, tests);
  };
  const startAgain = async (el: E): Promise<void> => {
    if (!widget.startAgain) throw new Error(`<${widget.tag}> has no "Start again": leave out the parts that need it`);
    await widget.startAgain(el);
  };

  describe(name, () => {
    const outside = stubsPerTest();
    let warnings: WarningSpy | undefined;

    afterEach(() => {
      warnings?.restore();
      warnings = undefined;
    });

    part('the panel', () => {
      it(`shows under every ${widget.resultKind}, and a new result starts with an empty status line`, async () => {
        const el = await render({ ...panelOnly });
        outside.stub(el); // Save makes no file
        for (const result of widget.results) {
          await widget.reach(el, result);
          expect(widget.shownResultHeading(el), `the ${result} result`).to.equal(widget.resultHeading(result, 'en'));
          expect(panelSeen(el).buttons, `the panel under the ${result} result`).to.deep.equal(buttonTexts('en'));
          await act(el, 'save');
          expect(statusLine(el)).to.equal(en.shared.summary.saving);
          await startAgain(el);
        }
        await widget.reach(el, resultFor.again);
        expect(statusLine(el), "the last result's status does not carry over").to.equal('');
      });
    });

    part('Copy', () => {
      it('copies the summary and says so; when the browser refuses, says to save or print instead', async () => {
        const el = await render({ lang: 'es', ...panelOnly, ...clinicAttributes });
        const stubs = outside.stub(el);
        await widget.reach(el, resultFor.copy);
        expect(widget.shownResultHeading(el), 'the result the summary is about').to.equal(widget.resultHeading(resultFor.copy, 'es', clinic.name));
        await act(el, 'copy');
        expect(stubs.copied).to.have.length(1);
        const [copied] = stubs.copied;
        expectTextHolds(
          copied,
          [widget.title('es').toUpperCase(), widget.resultHeading(resultFor.copy, 'es', clinic.name), `${clinic.name}, ${clinic.phone}`, ...widget.copyHolds],
          'the copied text',
        );
        expectTextInOrder(copied, [widget.title('es').toUpperCase(), packs.es.shared.summary.englishCopy], 'the English copy after the Spanish');
        expect(statusLine(el)).to.equal(packs.es.shared.summary.copied);

        stubs.refuseCopy = true;
        await act(el, 'copy');
        expect(stubs.copied, 'nothing more copied').to.have.length(1);
        expect(statusLine(el)).to.equal(packs.es.shared.summary.copyFailed);
        const status = q(el, `${PANEL} .summary-status`);
        expect(isShown(status), 'the failure is visible').to.equal(true);
        expect(status.getAttribute('role'), 'and announced').to.equal('status');
      });

      it('copies exactly the text that Save writes to the file', async () => {
        const el = await render({ lang: 'es', ...panelOnly, ...clinicAttributes });
        const stubs = outside.stub(el);
        await widget.reach(el, resultFor.copy);
        await act(el, 'save');
        await act(el, 'copy');
        expect(stubs.files, 'one file saved').to.have.length(1);
        const saved = await stubs.files[0].blob.text();
        expectTextHolds(saved, [widget.title('es').toUpperCase(), widget.title('en').toUpperCase(), ...widget.copyHolds], 'the saved text');
        expect(stubs.copied, 'the copied text is the saved text').to.deep.equal([saved]);
      });

      it('says to save or print instead where the page has no clipboard at all', async () => {
        const el = await render({ ...panelOnly });
        await widget.reach(el, resultFor.noClipboard);
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

    part('Print', () => {
      it('prints the summary alone, in both languages, and cleans up when printing ends', async () => {
        const el = await render({ lang: 'es', ...panelOnly });
        const stubs = outside.stub(el);
        await widget.reach(el, resultFor.print);
        const sheetsBefore = document.adoptedStyleSheets.length;
        await act(el, 'print');
        expect(stubs.printed.map(({ titles, languages, holders, sheetsAdded }) => ({ titles, languages, holders, sheetsAdded }))).to.deep.equal([
          { titles: [widget.title('es'), widget.title('en')], languages: ['es', 'en'], holders: 1, sheetsAdded: 1 },
        ]);
        expect(statusLine(el), 'printing has its own dialog: no status').to.equal('');
        dispatchEvent(new Event('afterprint'));
        expect(document.body.querySelectorAll('[data-lhw-print]').length, 'the printed copy is gone').to.equal(0);
        expect(document.adoptedStyleSheets.length, 'and so is the print sheet').to.equal(sheetsBefore);
      });

      it('prints what the full-screen view shows, and with the print rules on: the summary alone, in black, 12pt (16px) or larger, in Arial', async () => {
        const el = await render({ lang: 'es', ...panelOnly, ...clinicAttributes });
        const stubs = outside.stub(el);
        await widget.reach(el, resultFor.print);
        await act(el, 'print');
        const holder = document.body.querySelector('[data-lhw-print]');
        const root = holder?.shadowRoot;
        if (!holder || !root) throw new Error('no printed copy (with an open shadow root) in the page after Print');
        expect(isShown(holder), 'the printed copy, on screen').to.equal(false);
        // The rules as this engine parsed them, switched on through the CSSOM: no media emulated
        // (test/shared/summary-print.test.ts also prints in emulated print media, in Chromium).
        const undo = printRulesOn([...document.adoptedStyleSheets, ...root.adoptedStyleSheets]);
        let printing: { widget: boolean; copy: boolean; font: string; texts: number; notBlack12pt: string[] };
        try {
          const texts = [...root.querySelectorAll('h2, h3, p, li, th, td')].filter((node) => textOf(node) !== '');
          printing = {
            widget: isShown(el),
            copy: isShown(holder),
            font: getComputedStyle(root.querySelector('.summary-page') ?? holder).fontFamily.split(',')[0].replace(/["']/g, '').trim(),
            texts: texts.length,
            notBlack12pt: texts.flatMap((node) => {
              const { color, fontSize } = getComputedStyle(node);
              return isBlackish(color) && Number.parseFloat(fontSize) >= 16 ? [] : [`${node.localName} "${textOf(node).slice(0, 30)}": ${color}, ${fontSize}`];
            }),
          };
        } finally {
          undo();
        }
        expect({ ...printing, texts: printing.texts > 10 }, 'what the print rules show').to.deep.equal({
          widget: false,
          copy: true,
          font: 'Arial',
          texts: true,
          notBlack12pt: [],
        });
        dispatchEvent(new Event('afterprint'));

        await act(el, 'show');
        // The date line may have moved on a minute between Print and "Show full screen".
        const timeless = (pages: SeenDocument[]): SeenDocument[] => pages.map((page) => ({ ...page, details: page.details.replace(/\d+/g, '#') }));
        const shown = readSummaryView(el);
        expect(shown.map((page) => page.title)).to.deep.equal([widget.title('es'), widget.title('en')]);
        expect(timeless(stubs.printed[0]?.pages ?? []), 'the printed pages say what the view says').to.deep.equal(timeless(shown));
      });
    });

    part('the full-screen view', () => {
      it('opens as a modal dialog with headings and a real table, and Close brings focus back', async () => {
        const el = await render(clinicAttributes);
        await widget.reach(el, resultFor.view);
        const dialog = view(el);
        expect(dialog.open).to.equal(false);
        await act(el, 'show');
        expect(dialog.open, 'open').to.equal(true);
        expect(isModal(dialog), 'modal').to.equal(true);
        expect(dialog.getAttribute('aria-label'), 'named after the summary').to.equal(widget.title('en'));
        const rect = dialog.getBoundingClientRect();
        // The viewport, less any scroll bar the page itself has (Firefox shows one).
        const page = document.documentElement;
        expect([Math.round(rect.width), Math.round(rect.height)], 'full screen').to.deep.equal([page.clientWidth, page.clientHeight]);
        expect(describeElement(deepActiveElement()), 'focus moves into the view, to Close').to.equal(`button "${en.shared.summary.close}"`);
        // Headings: the title h2, the result and every section h3.
        const headings = [...dialog.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => [h.localName, textOf(h)]);
        expect(headings[0]).to.deep.equal(['h2', widget.title('en')]);
        expect(headings.slice(1).every(([tag]) => tag === 'h3'), `every other heading an h3: ${JSON.stringify(headings)}`).to.equal(true);
        expect(headings.map(([, words]) => words)).to.include.members([
          widget.resultHeading(resultFor.view, 'en', clinic.name),
          en.shared.summary.answersHeading,
          ...(widget.reasonsLabel === undefined ? [] : [widget.reasonsLabel]),
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
        const el = await render({ ...panelOnly });
        await widget.reach(el, resultFor.keyboard);
        const before = widget.stopBeforePanel.find(el);
        expect(describeControl(before), 'the last stop before the panel').to.equal(widget.stopBeforePanel.name);
        before.focus();
        const stops: string[] = [];
        for (let i = 0; i < actions.length; i += 1) {
          await press('Tab');
          stops.push(describeElement(deepActiveElement()));
        }
        expect(stops, `after ${widget.stopBeforePanel.name}, the four buttons in order`).to.deep.equal(buttonTexts('en').map((words) => `button "${words}"`));
        expect(shadowOf(el).activeElement?.id).to.equal('summary-show');

        await pressFor(el, 'Enter', 'opens');
        expect(view(el).open, 'Enter opens it').to.equal(true);
        expect(isModal(view(el))).to.equal(true);
        expect(readSummaryView(el).map((doc) => doc.title)).to.deep.equal([widget.title('en')]);
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

    part('lhw-summary event', () => {
      it('is sent once per action, with exactly { action }, bubbling out of the shadow root, with no answers', async () => {
        const el = await render({ lang: 'es', ...panelOnly, ...clinicAttributes });
        outside.stub(el); // every action runs, none leaves the page
        await widget.reach(el, resultFor.event);
        const events: { detail: unknown; keys: string[]; bubbles: boolean; composed: boolean; fromWidget: boolean }[] = [];
        const listener = (event: Event): void => {
          const { detail } = event as CustomEvent<unknown>;
          events.push({ detail, keys: Object.keys(detail as object), bubbles: event.bubbles, composed: event.composed, fromWidget: event.target === el });
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
        for (const words of [packs.es.shared.answers.yes, packs.es.shared.answers.unsure, clinic.name, widget.spanishQuestion]) {
          expect(sent).not.to.contain(words);
        }
      });
    });

    part('summary attribute', () => {
      it('summary="off" offers no summary under any result; switching it on brings the panel back', async () => {
        const el = await render({ summary: 'off', ...panelOnly });
        const last = widget.results[widget.results.length - 1];
        for (const result of widget.results) {
          await widget.reach(el, result);
          expect(widget.shownResultHeading(el), `the ${result} result`).to.equal(widget.resultHeading(result, 'en'));
          expect(describeElement(panelOf(el)), `no panel under the ${result} result`).to.equal('null');
          expect(describeElement(shadowOf(el).querySelector('dialog')), 'no view').to.equal('null');
          if (result !== last) await startAgain(el);
        }
        el.setAttribute('summary', 'on');
        await settle(el);
        expect(panelSeen(el).buttons).to.deep.equal(buttonTexts('en'));
        el.setAttribute('summary', 'OFF');
        await settle(el);
        expect(describeElement(panelOf(el)), 'OFF in capitals is off').to.equal('null');
      });

      // The library warns once per message for the page's lifetime: no other test of the file
      // may use the value "maybe".
      it('is on by default, and an invalid value falls back to on with one warning', async () => {
        const plain = await render({ ...panelOnly });
        expect(plain.getAttribute('summary')).to.equal(null);
        await widget.reach(plain, resultFor.summaryOn);
        expect(panelSeen(plain).buttons).to.deep.equal(buttonTexts('en'));

        warnings = spyOnWarnings();
        const el = await render({ summary: 'maybe', ...panelOnly });
        await widget.reach(el, resultFor.summaryOn);
        expect(panelSeen(el).buttons).to.deep.equal(buttonTexts('en'));
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('summary').and.contain('maybe');
      });
    });

    part('accessibility (axe)', function () {
      // Four axe runs over the whole widget in one test: WebKit can take more than the usual 10 s.
      this.timeout(30000);

      for (const result of widget.axeResults) {
        it(`passes with the panel under the ${result} result, after each action, and with the view open`, async () => {
          const el = await render({ ...clinicAttributes, 'booking-url': 'https://example.org/book' });
          const stubs = outside.stub(el);
          await widget.reach(el, result);
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
        await widget.reach(el, resultFor.darkSpanish);
        await expect(el).to.be.accessible();
        await act(el, 'show');
        await expect(el).to.be.accessible();
      });
    });

    part('at 320 px', () => {
      for (const lang of languages) {
        it(`neither the panel nor the open view scrolls sideways (${lang})`, async () => {
          const narrow = await narrowPage<E>(widget.tag, { lang, ...panelOnly, ...clinicAttributes });
          try {
            const { el, win } = narrow;
            await widget.reach(el, resultFor.narrow);
            expect(win.innerWidth, 'the page is 320 px wide').to.equal(320);
            const width = win.document.documentElement.clientWidth;
            expect(sideways(el, width, PANEL)).to.deep.equal([]);
            expect(sideways(el, width, '[part~="base"]'), 'the widget').to.deep.equal([]);
            // The buttons stay on the page, one above the other if need be.
            const right = Math.max(...panelButtons(el).map((button) => button.getBoundingClientRect().right));
            expect(right, 'the buttons stay inside the page').to.be.at.most(width);

            await act(el, 'show');
            expect(view(el).open).to.equal(true);
            expect(Math.round(view(el).getBoundingClientRect().width), 'the view fills the width').to.equal(width);
            expect(sideways(el, width, 'dialog.summary-view')).to.deep.equal([]);
            expect(readSummaryView(el).map((page) => page.title)).to.deep.equal(lang === 'en' ? [widget.title('en')] : [widget.title(lang), widget.title('en')]);
          } finally {
            await narrow.restore();
          }
        });
      }
    });

    part('forced colours', () => {
      it('in forced colours, the open view keeps its edge, headings, table borders, note lines and buttons, in system colours', async function () {
        const el = await render({ ...panelOnly, ...clinicAttributes });
        await widget.reach(el, resultFor.view);
        const cannot = await emulateForcedColours(true);
        if (cannot) {
          // Only Chromium can force colours, through the DevTools protocol: with the runner's
          // `lhw-emulate-media` command (web-test-runner.visual.config.mjs has it). The next test
          // checks what forced colours keep, in every browser, without them.
          this.skip();
        }
        try {
          expect(unseenInForcedColours(el, 'forced'), 'the panel, before the view opens').to.deep.equal([]);
          await act(el, 'show');
          expect(view(el).open).to.equal(true);
          expect(unseenInForcedColours(el, 'forced'), 'the open view').to.deep.equal([]);
        } finally {
          await emulateForcedColours(false);
        }
      });

      it('with its forced-colours rules on (every browser, no colours forced), the open view still draws its edge, table borders, note lines and button borders', async () => {
        const el = await render({ ...panelOnly, ...clinicAttributes });
        await widget.reach(el, resultFor.view);
        await act(el, 'show');
        expect(view(el).open).to.equal(true);
        const undo = forcedColourRulesOn(sheetsOf(shadowOf(el)), el.ownerDocument.defaultView ?? window);
        let unseen: string[];
        try {
          unseen = unseenInForcedColours(el, 'rules');
        } finally {
          undo();
        }
        expect(unseen).to.deep.equal([]);
      });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Forced colours (Windows' contrast themes and the like): the browser paints every text, border
// and background in a few system colours, so only what has a text, a border or an outline shows.
// Border styles and widths stay as the page set them.

/** System colours a forced palette uses, as this browser computes them now. */
const SYSTEM_COLOURS = ['Canvas', 'CanvasText', 'ButtonFace', 'ButtonText', 'ButtonBorder', 'LinkText', 'Highlight', 'HighlightText', 'GrayText', 'Field', 'FieldText'] as const;

/** Each system colour's computed value (`rgb(...)`), in the forced palette while colours are forced. */
export function systemColours(): Record<string, string> {
  const probe = document.createElement('div');
  probe.style.forcedColorAdjust = 'none';
  document.body.append(probe);
  try {
    return Object.fromEntries(
      SYSTEM_COLOURS.map((name) => {
        probe.style.color = name;
        return [name, getComputedStyle(probe).color];
      }),
    );
  } finally {
    probe.remove();
  }
}

/**
 * Turns forced colours on or off, or says why it cannot. Only Chromium can, through the DevTools
 * protocol, and only with the runner's own `lhw-emulate-media` command: `emulateMedia` of
 * @web/test-runner-commands takes `forcedColors` but hands it to Playwright only (under puppeteer,
 * as here, it is left out without a word), and puppeteer's own media emulation refuses it.
 */
export async function emulateForcedColours(active: boolean): Promise<string | undefined> {
  try {
    await executeServerCommand('lhw-emulate-media', { forcedColors: active ? 'active' : 'none' });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const now = matchMedia('(forced-colors: active)').matches;
  return now === active ? undefined : `forced-colors is still ${now ? 'active' : 'none'}`;
}

/** A root's style sheets: adopted, then its `<style>` elements'. */
export function sheetsOf(root: ShadowRoot | Document): CSSStyleSheet[] {
  const styles = [...root.querySelectorAll('style')].flatMap((style) => (style.sheet ? [style.sheet] : []));
  return [...root.adoptedStyleSheets, ...styles];
}

/**
 * Switches the `@media (forced-colors: active)` rules of `sheets` to `all`: the page's own rules
 * for forced colours, with no colour forced (every browser can); returns the undo.
 */
export function forcedColourRulesOn(sheets: readonly CSSStyleSheet[], realm: Window & typeof globalThis = window): () => void {
  const changed: { rule: CSSMediaRule; was: string }[] = [];
  for (const sheet of sheets) {
    for (const rule of sheet.cssRules) {
      if (!(rule instanceof realm.CSSMediaRule) || !/^\(\s*forced-colors\s*:\s*active\s*\)$/.test(rule.media.mediaText)) continue;
      changed.push({ rule, was: rule.media.mediaText });
      rule.media.mediaText = 'all';
    }
  }
  if (changed.length === 0) throw new Error('no @media (forced-colors: active) rule in these sheets');
  return () => {
    for (const { rule, was } of changed) rule.media.mediaText = was;
  };
}

/** A computed colour's alpha (1 for `rgb(...)`). */
function alphaOf(color: string): number {
  const channels = color.match(/[\d.]+/g)?.map(Number) ?? [];
  return channels.length >= 4 ? channels[3] : channels.length === 3 ? 1 : 0;
}

/**
 * What a person could not see of the panel's buttons and, when it is open, of the full-screen view,
 * one line per problem: a view that neither fills the screen (hiding the page behind it) nor draws
 * its edge; a heading that does not show; a table cell, a line to write on or a button without a
 * drawn border. `forced`: colours really forced, so also every colour: headings in CanvasText, the
 * view on Canvas, borders in a system colour other than Canvas, button text in ButtonText.
 * `rules`: the widget's own forced-colours rules switched on with no colour forced, so the colours
 * only where those rules set them (buttons: ButtonText borders; the primary one ButtonText on
 * ButtonFace).
 */
export function unseenInForcedColours(el: Element, mode: 'forced' | 'rules'): string[] {
  const system = systemColours();
  const forced = mode === 'forced';
  const nameOf = (color: string): string => SYSTEM_COLOURS.find((name) => system[name] === color) ?? color;
  const problems: string[] = [];
  const label = (node: Element): string => `${node.localName}${node.className ? `.${String(node.className).trim().split(/\s+/).join('.')}` : ''} "${textOf(node).slice(0, 30)}"`;
  /** The sides of `node` that draw no border a person can see. */
  const undrawn = (node: Element, sides: readonly ('Top' | 'Right' | 'Bottom' | 'Left')[]): string[] => {
    const style = getComputedStyle(node);
    return sides.flatMap((side) => {
      const lineStyle = style.getPropertyValue(`border-${side.toLowerCase()}-style`);
      const width = Number.parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`));
      const color = style.getPropertyValue(`border-${side.toLowerCase()}-color`);
      if (lineStyle === 'none' || lineStyle === 'hidden' || !(width > 0)) return [`${side.toLowerCase()} ${lineStyle} ${width}px`];
      // A system colour counts as the browser gives it (WebKitGTK's ButtonText is 80 % black);
      // any other colour must be opaque.
      const isSystem = SYSTEM_COLOURS.some((name) => system[name] === color);
      if (alphaOf(color) === 0 || (!isSystem && alphaOf(color) < 1)) return [`${side.toLowerCase()} in ${color}`];
      if (forced && (!isSystem || color === system.Canvas)) return [`${side.toLowerCase()} in ${nameOf(color)}`];
      return [];
    });
  };
  const allSides = ['Top', 'Right', 'Bottom', 'Left'] as const;

  const buttons = [...panelButtons(el), ...qa<HTMLButtonElement>(el, 'dialog.summary-view[open] form[method="dialog"] button')];
  for (const button of buttons) {
    const missing = undrawn(button, allSides);
    if (missing.length > 0) problems.push(`${label(button)}: no border (${missing.join(', ')})`);
    const style = getComputedStyle(button);
    if (forced && style.color !== system.ButtonText) problems.push(`${label(button)}: text in ${nameOf(style.color)}, not ButtonText`);
    if (!forced && style.borderTopColor !== system.ButtonText) problems.push(`${label(button)}: border in ${style.borderTopColor}, not ButtonText`);
    if (!forced && button.classList.contains('primary') && [style.color, style.backgroundColor].join(' on ') !== [system.ButtonText, system.ButtonFace].join(' on ')) {
      problems.push(`${label(button)}: ${style.color} on ${style.backgroundColor}, not ButtonText on ButtonFace`);
    }
  }

  const dialog = view(el);
  if (!dialog.open) return problems;
  const win = el.ownerDocument.defaultView ?? window;
  const page = el.ownerDocument.documentElement;
  const box = dialog.getBoundingClientRect();
  const fills = [box.left, box.top].every((at) => Math.abs(at) < 1) && box.width >= page.clientWidth - 1 && box.height >= page.clientHeight - 1;
  const background = win.getComputedStyle(dialog).backgroundColor;
  if (fills) {
    if (alphaOf(background) < 1) problems.push(`the view fills the screen, but the page shows through it (${background})`);
    else if (forced && background !== system.Canvas) problems.push(`the view's background is ${nameOf(background)}, not Canvas`);
  } else {
    const missing = undrawn(dialog, allSides);
    if (missing.length > 0) problems.push(`the view leaves part of the page in sight and draws no edge (${missing.join(', ')})`);
  }
  if (forced && win.getComputedStyle(dialog).color !== system.CanvasText) problems.push(`the view's text is ${nameOf(win.getComputedStyle(dialog).color)}, not CanvasText`);

  const headings = [...dialog.querySelectorAll('h2, h3')];
  if (headings.length < 4) problems.push(`only ${headings.length} headings in the view`);
  for (const heading of headings) {
    const style = getComputedStyle(heading);
    if (!isShown(heading) || style.opacity !== '1') problems.push(`${label(heading)}: not shown (opacity ${style.opacity})`);
    if (forced && style.color !== system.CanvasText) problems.push(`${label(heading)}: in ${nameOf(style.color)}, not CanvasText`);
  }
  const cells = [...dialog.querySelectorAll('th, td')];
  if (cells.length < 4) problems.push(`only ${cells.length} table cells in the view`);
  for (const cell of cells) {
    const missing = undrawn(cell, allSides);
    if (missing.length > 0) problems.push(`${label(cell)}: border not drawn (${missing.join(', ')})`);
  }
  const lines = [...dialog.querySelectorAll('.write-on > div')];
  if (lines.length === 0) problems.push('no lines to write on in the view');
  for (const line of lines) {
    const missing = undrawn(line, ['Bottom']);
    if (missing.length > 0) problems.push(`a line to write on: not drawn (${missing.join(', ')})`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Print rules, without a print dialog

/** Whether a computed colour is black or nearly (every channel at most 0x33, opaque). */
export function isBlackish(color: string): boolean {
  const channels = color.match(/[\d.]+/g)?.map(Number) ?? [];
  const [r, g, b, a = 1] = channels;
  return channels.length >= 3 && [r, g, b].every((c) => c <= 0x33) && a === 1;
}

/**
 * Switches the `@media print` rules of `sheets` to `all` and the `@media screen` ones to `not all`,
 * so that a page shows what it would print in browsers that cannot emulate print media (their
 * engines' own parse of the rules, nothing emulated); returns the undo. `realm` is the window the
 * sheets belong to (an iframe's rules are its own window's `CSSMediaRule`s).
 */
export function printRulesOn(sheets: readonly CSSStyleSheet[], realm: Window & typeof globalThis = window): () => void {
  const changed: { rule: CSSMediaRule; was: string }[] = [];
  for (const sheet of sheets) {
    for (const rule of sheet.cssRules) {
      if (!(rule instanceof realm.CSSMediaRule)) continue;
      const was = rule.media.mediaText;
      if (was !== 'print' && was !== 'screen') continue;
      rule.media.mediaText = was === 'print' ? 'all' : 'not all';
      changed.push({ rule, was });
    }
  }
  return () => {
    for (const { rule, was } of changed) rule.media.mediaText = was;
  };
}
