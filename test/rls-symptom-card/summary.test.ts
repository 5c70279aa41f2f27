// Browser tests for "Take this to your appointment" under the <rls-symptom-card> self-check's
// result: the panel with Print, Save, Copy and "Show full screen", and the summary it makes.
// Written the way a visitor uses it: open the self-check, answer it and submit it by clicks (the
// shared harness, test/harness/rls.ts) or the keyboard, press the panel's buttons, then read what
// a person sees in the full-screen view, what lands in the saved file or on the clipboard, and
// what the status line says.
//
// What the summary must hold is worked out here from the language packs (src/lang/built-in.ts),
// from the rule module's assessment, and from what the visitor answered, read from the form
// itself (each question's legend and the radio button checked), never from the summary module.
// The file download, the clipboard and the print dialog are stubbed (and restored after each
// test): a test never downloads, copies or prints for real.
// Only plain values (strings, numbers, booleans, arrays, plain objects) are passed to chai: a
// failing assertion on a DOM element can hang the test runner.
// The library de-duplicates console warnings per message for the page's lifetime: the one test
// that counts warnings uses an attribute value that no other test in this file uses.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { packs } from '../../src/lang/built-in.js';
import type { RlsSymptomCard } from '../../src/rls-symptom-card/define.js';
import '../../src/rls-symptom-card/define.js';
import { assessRlsPattern, type RlsAssessment, type RlsFrequency, type RlsPattern, type RlsQuestionKey } from '../../src/rls-symptom-card/rls-pattern.js';
import type { Answer } from '../../src/shared/answer.js';
import { sources, type Source } from '../../src/shared/sources.js';
import { VERSION } from '../../src/shared/version.js';
import { spyOnWarnings, type WarningSpy } from '../fixtures/warnings.js';
import {
  assessedAnswers,
  fillSelfCheck,
  goToSelfCheck,
  openSelfCheck,
  rlsFormScenarios,
  rlsResult,
  startAgainSelfCheck,
  submitSelfCheck,
  type RlsFormAnswers,
} from '../harness/rls.js';
import { settle } from '../harness/widget.js';
import { deepActiveElement, press } from '../helpers/keyboard.js';
import { describeElement, isShown, q, qa, shadowOf, textOf } from '../helpers/shadow.js';

type Lang = keyof typeof packs;
const languages: readonly Lang[] = ['en', 'es'];
const en = packs.en;
const patterns: readonly RlsPattern[] = ['matches', 'partial', 'unlikely'];

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
// Rendering and answering the self-check, recording what the visitor answered

async function render(attributes: Record<string, string> = {}): Promise<RlsSymptomCard> {
  const wrapper = await fixture<HTMLDivElement>(html`<div><button type="button">Before the card</button></div>`);
  const el = document.createElement('rls-symptom-card');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

/** What the visitor answered, read from the form, and when. */
interface Visit {
  /** Each question the form showed, with the value of the radio button checked, in page order. */
  readonly asked: [RlsQuestionKey, string][];
  /** What the rule module says for those answers. */
  readonly result: RlsAssessment;
  /** Just before "See my result" and just after: the result's time lies between. */
  readonly from: Date;
  readonly to: Date;
}

/** Opens the self-check, answers it with clicks and submits it, recording what the form shows. */
async function answer(el: RlsSymptomCard, answers: RlsFormAnswers): Promise<Visit> {
  await openSelfCheck(el);
  await fillSelfCheck(el, answers);
  const asked = checkedAnswers(el);
  const from = new Date();
  await submitSelfCheck(el);
  return { asked, result: assessRlsPattern(assessedAnswers(answers)), from, to: new Date() };
}

/** The form's questions, by name, with the value checked, in page order. */
function checkedAnswers(el: RlsSymptomCard): [RlsQuestionKey, string][] {
  return qa(el, 'form[part~="self-check"] fieldset').map((fieldset): [RlsQuestionKey, string] => {
    const checked = fieldset.querySelector<HTMLInputElement>('input[type="radio"]:checked');
    const name = fieldset.querySelector<HTMLInputElement>('input[type="radio"]')?.name ?? '';
    return [name as RlsQuestionKey, checked?.value ?? '(none)'];
  });
}

// ---------------------------------------------------------------------------------------------
// The panel, as a person finds it

function panelOf(el: RlsSymptomCard): HTMLElement | null {
  return shadowOf(el).querySelector<HTMLElement>('section[part~="summary"]');
}

function panel(el: RlsSymptomCard): HTMLElement {
  return q(el, 'section[part~="summary"]');
}

function panelButtons(el: RlsSymptomCard): HTMLButtonElement[] {
  return qa<HTMLButtonElement>(el, 'section[part~="summary"] .actions button');
}

function actionButton(el: RlsSymptomCard, action: Action): HTMLButtonElement {
  const button = panelButtons(el)[actions.indexOf(action)];
  if (!button) throw new Error(`no "${action}" button in the summary panel`);
  return button;
}

function statusLine(el: RlsSymptomCard): string {
  return textOf(q(el, 'section[part~="summary"] p[role="status"].summary-status'));
}

function view(el: RlsSymptomCard): HTMLDialogElement {
  return q<HTMLDialogElement>(el, 'dialog.summary-view');
}

function isModal(dialog: HTMLDialogElement): boolean {
  try {
    return dialog.matches(':modal');
  } catch {
    return dialog.open;
  }
}

function panelSeen(el: RlsSymptomCard): { heading: [string, string]; buttons: string[]; labelledBy: string } {
  const section = panel(el);
  const heading = section.querySelector('h1, h2, h3, h4, h5, h6');
  return {
    heading: [heading?.localName ?? '', textOf(heading)],
    buttons: panelButtons(el).map(textOf),
    labelledBy: `${section.getAttribute('aria-labelledby')} -> ${heading?.id}`,
  };
}

async function act(el: RlsSymptomCard, action: Action): Promise<void> {
  const done = oneEvent(el, 'lhw-summary');
  actionButton(el, action).click();
  await done;
  await settle(el);
}

async function closeView(el: RlsSymptomCard): Promise<void> {
  const closed = oneEvent(view(el), 'close');
  q<HTMLButtonElement>(el, 'dialog.summary-view form[method="dialog"] button').click();
  // The close event comes a task later; the widget moves focus when it does.
  await closed;
  await settle(el);
}

/** Presses a key that should open or close the view, and waits until it has. */
async function pressFor(el: RlsSymptomCard, key: 'Enter' | 'Space' | 'Escape', outcome: 'opens' | 'closes'): Promise<void> {
  const done = outcome === 'opens' ? oneEvent(el, 'lhw-summary') : oneEvent(view(el), 'close');
  if (key === 'Escape') await sendKeys({ press: 'Escape' });
  else await press(key);
  await done;
  await settle(el);
}

/** The result's heading as it shows, without the label only screen readers hear. */
function shownResultHeading(el: RlsSymptomCard): string {
  const heading = q(el, '[part~="result"] :is(h1, h2, h3, h4, h5, h6)').cloneNode(true) as HTMLElement;
  for (const hidden of heading.querySelectorAll('.visually-hidden')) hidden.remove();
  return textOf(heading);
}

// ---------------------------------------------------------------------------------------------
// The full-screen view, read the way a person reads it

interface SeenSection {
  heading: string;
  columns: string[];
  rows: [string, string][];
  items: string[];
  paragraphs: string[];
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

function readView(el: RlsSymptomCard): SeenDocument[] {
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

interface Expected {
  language: Lang;
  copyNote: string;
  title: string;
  made: string[];
  clinicLine: string;
  resultHeading: string;
  resultText: string[];
  columns: string[];
  rows: [string, string][];
  reasons: string[];
  ask: string[];
  sourceTitles: string[];
  footer: string[];
}

/** An answer in words: a frequency in its own words, anything else as yes, no or not sure. */
function saidIn(lang: Lang, question: RlsQuestionKey, value: string): string {
  const { shared, rls } = packs[lang];
  return question === 'frequency' ? rls.selfCheck.frequencies[value as RlsFrequency] : shared.answers[value as Answer];
}

function expectedSummary(lang: Lang, visit: Visit, options: { clinic?: boolean; copy?: boolean } = {}): Expected {
  const { shared, rls: text } = packs[lang];
  const check = text.selfCheck;
  const { pattern, course, seeClinician, reasons } = visit.result;
  return {
    language: lang,
    copyNote: options.copy ? en.shared.summary.englishCopy : '',
    title: text.title,
    made: madeLines(lang, visit.from, visit.to),
    clinicLine: options.clinic ? shared.summary.clinic({ clinic: `${clinic.name}, ${clinic.phone}` }) : '',
    resultHeading: check.results[pattern].heading,
    resultText: [check.results[pattern].text, ...(course ? [check.courses[course]] : []), seeClinician ? check.seeClinician : check.noVisitNeeded],
    columns: [shared.summary.questionColumn, shared.summary.answerColumn],
    rows: visit.asked.map(([question, value]) => [check.questions[question].legend, saidIn(lang, question, value)]),
    reasons: reasons.map((id) => check.reasons[id]),
    ask: [...text.appointmentSummary.ask],
    sourceTitles: check.sources.map((id) => {
      const source: Source = sources[id];
      return (source.translations?.[lang] ?? source).title;
    }),
    footer: [shared.notDiagnosis, shared.summary.madeBy({ version: VERSION, reviewed: reviewedIn(lang, text.review.lastReviewed) })],
  };
}

function expectDocument(seen: SeenDocument, expected: Expected): string {
  const where = `the ${expected.language} summary`;
  const { shared, rls } = packs[expected.language];
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
  expect(
    seen.sections.map((section) => section.heading),
    `${where}: the sections`,
  ).to.deep.equal([summary.answersHeading, rls.selfCheck.reasonsLabel, summary.askHeading, summary.notesHeading, shared.sourcesLabel]);
  const answers = sectionNamed(seen, summary.answersHeading);
  expect(answers.columns, `${where}: the table's columns`).to.deep.equal(expected.columns);
  expect(answers.rows, `${where}: every question asked, with its answer`).to.deep.equal(expected.rows);
  expect(sectionNamed(seen, rls.selfCheck.reasonsLabel).items, `${where}: the reasons`).to.deep.equal(expected.reasons);
  expect(sectionNamed(seen, summary.askHeading).items, `${where}: the questions to ask`).to.deep.equal(expected.ask);
  expect(sectionNamed(seen, summary.notesHeading).lines, `${where}: lines to write notes on`).to.be.greaterThan(0);
  const cited = sectionNamed(seen, shared.sourcesLabel).paragraphs.join(' ');
  for (const title of expected.sourceTitles) expect(cited, `${where}: the sources`).to.contain(title);
  for (const line of expected.footer) expect(seen.footer, `${where}: the footer`).to.contain(line);
  return made ?? '';
}

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

// ---------------------------------------------------------------------------------------------
// Stubs for the file download, the clipboard and the print dialog (restored after each test)

interface Stubs {
  readonly files: { blob: Blob; url: string }[];
  readonly clicks: { download: string; href: string; inWidget: boolean }[];
  readonly copied: string[];
  readonly printed: { titles: string[]; languages: string[]; holders: number; sheetsAdded: number }[];
  refuseCopy: boolean;
  restore(): void;
}

function stubOutside(el: RlsSymptomCard): Stubs {
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
    dispatchEvent(new Event('afterprint'));
  });
  return stubs;
}

// ---------------------------------------------------------------------------------------------

describe('<rls-symptom-card> "Take this to your appointment"', () => {
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
      it(`shows only under a result, after the form, headed "${packs[lang].shared.summary.heading}" with four buttons, and goes on "Start again" (${lang})`, async () => {
        const el = await render({ lang });
        const summary = packs[lang].shared.summary;
        expect(describeElement(panelOf(el)), 'none on a fresh card').to.equal('null');
        await goToSelfCheck(el);
        expect(describeElement(panelOf(el)), 'none on the open self-check').to.equal('null');
        // Half the answers: the form flags the rest, and offers no summary.
        await fillSelfCheck(el, { urgeToMove: 'yes', startsAtRest: 'yes' });
        await submitSelfCheck(el);
        expect(rlsResult(el), 'no result yet').to.equal(null);
        expect(describeElement(panelOf(el)), 'none while questions are unanswered').to.equal('null');

        await fillSelfCheck(el, rlsFormScenarios.matches);
        await submitSelfCheck(el);
        expect(rlsResult(el)?.heading).to.contain(packs[lang].rls.selfCheck.results.matches.heading);
        expect(isShown(panel(el)), 'the panel shows with the result').to.equal(true);
        // Title h2, sections h3, the result h4: the panel sits beside the result, an h4 too.
        expect(panelSeen(el)).to.deep.equal({
          heading: ['h4', summary.heading],
          buttons: buttonTexts(lang),
          labelledBy: 'summary-heading -> summary-heading',
        });
        expect(textOf(panel(el).querySelector(':scope > p:not([role])')), 'what the panel offers').to.equal(summary.intro);
        expect(statusLine(el)).to.equal('');
        expect(view(el).open).to.equal(false);
        // After the form, outside it and outside its live region, inside the self-check's panel.
        const form = q(el, 'form[part~="self-check"]');
        expect(Boolean(form.compareDocumentPosition(panel(el)) & Node.DOCUMENT_POSITION_FOLLOWING), 'after the form').to.equal(true);
        expect(describeElement(form.querySelector('[part~="summary"]')), 'not inside the form').to.equal('null');
        expect(panel(el).parentElement?.id, 'in the self-check section').to.equal(q(el, '#self-check-button').getAttribute('aria-controls'));

        await startAgainSelfCheck(el);
        expect(rlsResult(el)).to.equal(null);
        expect(describeElement(panelOf(el)), 'gone after "Start again"').to.equal('null');
        expect(describeElement(shadowOf(el).querySelector('dialog')), 'the view is gone too').to.equal('null');
      });
    }

    it('shows under every pattern, and a new result starts with an empty status line', async () => {
      const el = await render({ sections: 'self-check' });
      stubs = stubOutside(el);
      for (const pattern of patterns) {
        await answer(el, rlsFormScenarios[pattern]);
        expect(shownResultHeading(el)).to.equal(en.rls.selfCheck.results[pattern].heading);
        expect(panelSeen(el).buttons, `the panel under the ${pattern} result`).to.deep.equal(buttonTexts('en'));
        await act(el, 'save');
        expect(statusLine(el)).to.equal(en.shared.summary.saving);
        await startAgainSelfCheck(el);
      }
      await answer(el, rlsFormScenarios.partial);
      expect(statusLine(el), "the last result's status does not carry over").to.equal('');
    });
  });

  describe('what the summary says', () => {
    for (const lang of languages) {
      for (const pattern of patterns) {
        it(`${pattern} (${lang}): title, date, clinic, result, every answer, reasons, questions to ask, notes, sources and footer${lang === 'en' ? '' : ', then an English copy'}`, async () => {
          const el = await render({ lang, ...clinicAttributes });
          stubs = stubOutside(el);
          const visit = await answer(el, rlsFormScenarios[pattern]);
          expect(visit.result.pattern).to.equal(pattern);
          const check = packs[lang].rls.selfCheck;
          // The form shows the questions in the pack's words.
          expect(
            qa(el, 'form[part~="self-check"] legend').map(textOf),
            'the form asks what the pack says',
          ).to.deep.equal(visit.asked.map(([question]) => check.questions[question].legend));

          await act(el, 'show');
          const seen = readView(el);
          const expected = [
            expectedSummary(lang, visit, { clinic: true }),
            ...(lang === 'en' ? [] : [expectedSummary('en', visit, { clinic: true, copy: true })]),
          ];
          expect(seen.map((doc) => doc.language), "the pages: the visitor's language, then English").to.deep.equal(expected.map((doc) => doc.language));
          const madeShown = seen.map((doc, i) => expectDocument(doc, expected[i]));

          // The visitor's page says what the result says, in the same words.
          const shown = rlsResult(el);
          expect(seen[0].resultHeading, 'the result heading as it shows').to.equal(shownResultHeading(el));
          expect(seen[0].resultText, 'the result and its advice as they show').to.deep.equal(shown?.paragraphs.slice(0, -1));
          expect(sectionNamed(seen[0], check.reasonsLabel).items, 'the reasons as the result lists them').to.deep.equal(shown?.reasons);
          // Every answer in words, "Not sure" and the frequency included.
          const rows = sectionNamed(seen[0], packs[lang].shared.summary.answersHeading).rows;
          expect(rows.map(([, said]) => said)).to.include(check.frequencies[rlsFormScenarios[pattern].frequency as RlsFrequency]);
          if (pattern === 'partial') expect(rows).to.deep.include([check.questions.startsAtRest.legend, packs[lang].shared.answers.unsure]);
          expect(rows.map(([question]) => question), 'the medicine follow-up is not asked after "No"').not.to.include(
            check.questions.onRlsMedicineWorsening.legend,
          );
          // The questions to ask: iron tests and medicines, in English too.
          const englishAsk = sectionNamed(seen[seen.length - 1], en.shared.summary.askHeading).items;
          expect(englishAsk.some((item) => /\biron\b/i.test(item)), `about iron: ${JSON.stringify(englishAsk)}`).to.equal(true);
          expect(englishAsk.some((item) => /\bmedicines?\b/i.test(item)), `about medicines: ${JSON.stringify(englishAsk)}`).to.equal(true);

          // The saved file says the same, in the same order; so does the clipboard.
          await closeView(el);
          await act(el, 'save');
          await act(el, 'copy');
          expect(stubs.files).to.have.length(1);
          const saved = await stubs.files[0].blob.text();
          expectTextFollowsView(saved, seen, expected, madeShown);
          expect(stubs.copied, 'the copied text is the saved text').to.deep.equal([saved]);
          if (lang !== 'en') {
            const order = [
              packs[lang].rls.title.toUpperCase(),
              en.shared.summary.englishCopy,
              en.rls.title.toUpperCase(),
              en.rls.selfCheck.results[pattern].heading,
            ].map((part) => saved.indexOf(part));
            expect(order.every((index) => index >= 0), `all four parts in the text: ${JSON.stringify(order)}`).to.equal(true);
            expect([...order].sort((a, b) => a - b), 'in that order').to.deep.equal(order);
          }
        });
      }
    }

    it('lists the medicine follow-up when it was asked, and leaves out the clinic line without clinic settings', async () => {
      const el = await render({ sections: 'self-check' });
      const answers: RlsFormAnswers = { ...rlsFormScenarios.matches, takesRlsMedicine: 'yes', onRlsMedicineWorsening: 'unsure' };
      const visit = await answer(el, answers);
      await act(el, 'show');
      const [seen] = readView(el);
      expectDocument(seen, expectedSummary('en', visit));
      const rows = sectionNamed(seen, en.shared.summary.answersHeading).rows;
      expect(rows.slice(-2)).to.deep.equal([
        [en.rls.selfCheck.questions.takesRlsMedicine.legend, en.shared.answers.yes],
        [en.rls.selfCheck.questions.onRlsMedicineWorsening.legend, en.shared.answers.unsure],
      ]);
      expect(seen.details).not.to.contain(clinic.name);
    });

    it('never pairs the result with answers it was not given for, when an answer changes after the result', async () => {
      const el = await render({ sections: 'self-check' });
      const visit = await answer(el, rlsFormScenarios.matches);
      const submitted = expectedSummary('en', visit).rows;
      // The visitor changes an answer without pressing "See my result" again.
      await fillSelfCheck(el, { urgeToMove: 'no' });
      await settle(el);
      const result = rlsResult(el);
      if (!result || !panelOf(el)) return; // the old result went away with its summary: nothing to mislead
      expect(shownResultHeading(el)).to.equal(en.rls.selfCheck.results.matches.heading);
      await act(el, 'show');
      const [seen] = readView(el);
      expect(seen.resultHeading).to.equal(en.rls.selfCheck.results.matches.heading);
      expect(sectionNamed(seen, en.shared.summary.answersHeading).rows, 'the answers this result was given for').to.deep.equal(submitted);
    });
  });

  describe('Save', () => {
    for (const lang of languages) {
      it(`saves a text file named after the day of the result, from a blob: address, and says so (${lang})`, async () => {
        const el = await render({ lang, sections: 'self-check' });
        stubs = stubOutside(el);
        const visit = await answer(el, rlsFormScenarios.partial);
        await act(el, 'save');
        expect(stubs.files, 'one file made').to.have.length(1);
        expect(stubs.clicks, 'one link clicked').to.have.length(1);
        const [{ blob, url }] = stubs.files;
        const [link] = stubs.clicks;
        const days = [visit.from, visit.to].map((date) =>
          [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((part) => String(part).padStart(2, '0')).join('-'),
        );
        const names = days.map((day) => `${packs[lang].rls.appointmentSummary.fileName}-${day}.txt`);
        expect(names, `the file name "${link.download}"`).to.include(link.download);
        expect(link.download).to.match(/^[a-z-]+-\d{4}-\d{2}-\d{2}\.txt$/);
        expect(link.href, 'a local blob: address').to.match(/^blob:/);
        expect(link.href, 'the address of the file made').to.equal(url);
        expect(link.inWidget, 'the link is made inside the card').to.equal(true);
        expect(qa(el, 'a[download]').map(describeElement), 'and taken away after the click').to.deep.equal([]);
        expect(blob.type.split(';')[0]).to.equal('text/plain');
        expect(statusLine(el)).to.equal(packs[lang].shared.summary.saving);

        const text = await blob.text();
        const { rls, shared } = packs[lang];
        for (const part of [
          rls.title.toUpperCase(),
          rls.selfCheck.results.partial.heading,
          rls.selfCheck.questions.startsAtRest.legend,
          `${shared.summary.answerColumn}: ${shared.answers.unsure}`,
          ...rls.appointmentSummary.ask,
        ]) {
          expect(text, 'the saved text').to.contain(part);
        }
        await act(el, 'show');
        const seen = readView(el);
        const expected = [expectedSummary(lang, visit)];
        if (lang !== 'en') expected.push(expectedSummary('en', visit, { copy: true }));
        const madeShown = seen.map((doc, i) => expectDocument(doc, expected[i]));
        expectTextFollowsView(text, seen, expected, madeShown);
      });
    }
  });

  describe('Copy', () => {
    it('copies the summary and says so; when the browser refuses, says to save or print instead', async () => {
      const el = await render({ lang: 'es', sections: 'self-check', ...clinicAttributes });
      stubs = stubOutside(el);
      await answer(el, rlsFormScenarios.matches);
      await act(el, 'copy');
      expect(stubs.copied).to.have.length(1);
      const [copied] = stubs.copied;
      expect(copied).to.contain(packs.es.rls.title.toUpperCase());
      expect(copied).to.contain(packs.es.rls.selfCheck.results.matches.heading);
      expect(copied).to.contain(`${clinic.name}, ${clinic.phone}`);
      expect(copied).to.contain(packs.es.rls.selfCheck.questions.urgeToMove.legend);
      expect(copied).to.contain(`${packs.es.shared.summary.answerColumn}: ${packs.es.rls.selfCheck.frequencies['twice-weekly-or-more']}`);
      expect(copied.indexOf(en.shared.summary.englishCopy), 'the English copy after the Spanish').to.be.greaterThan(
        copied.indexOf(packs.es.rls.title.toUpperCase()),
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
      const el = await render({ sections: 'self-check' });
      await answer(el, rlsFormScenarios.unlikely);
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
      const el = await render({ lang: 'es', sections: 'self-check' });
      stubs = stubOutside(el);
      await answer(el, rlsFormScenarios.partial);
      const sheetsBefore = document.adoptedStyleSheets.length;
      await act(el, 'print');
      expect(stubs.printed).to.deep.equal([{ titles: [packs.es.rls.title, en.rls.title], languages: ['es', 'en'], holders: 1, sheetsAdded: 1 }]);
      expect(statusLine(el)).to.equal('');
      dispatchEvent(new Event('afterprint'));
      expect(document.body.querySelectorAll('[data-lhw-print]').length, 'the printed copy is gone').to.equal(0);
      expect(document.adoptedStyleSheets.length, 'and so is the print sheet').to.equal(sheetsBefore);
    });
  });

  describe('the full-screen view', () => {
    it('opens as a modal dialog with headings and a real table, and Close brings focus back', async () => {
      const el = await render(clinicAttributes);
      await answer(el, rlsFormScenarios.matches);
      const dialog = view(el);
      await act(el, 'show');
      expect(dialog.open, 'open').to.equal(true);
      expect(isModal(dialog), 'modal').to.equal(true);
      expect(dialog.getAttribute('aria-label'), 'named after the summary').to.equal(en.rls.title);
      const rect = dialog.getBoundingClientRect();
      const page = document.documentElement;
      expect([Math.round(rect.width), Math.round(rect.height)], 'full screen').to.deep.equal([page.clientWidth, page.clientHeight]);
      expect(describeElement(deepActiveElement()), 'focus moves into the view, to Close').to.equal(`button "${en.shared.summary.close}"`);
      const headings = [...dialog.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => [h.localName, textOf(h)]);
      expect(headings[0]).to.deep.equal(['h2', en.rls.title]);
      expect(headings.slice(1).every(([tag]) => tag === 'h3'), `every other heading an h3: ${JSON.stringify(headings)}`).to.equal(true);
      expect(headings.map(([, words]) => words)).to.include.members([
        en.rls.selfCheck.results.matches.heading,
        en.shared.summary.answersHeading,
        en.rls.selfCheck.reasonsLabel,
        en.shared.summary.askHeading,
        en.shared.summary.notesHeading,
        en.shared.sourcesLabel,
      ]);
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
      const el = await render({ sections: 'self-check' });
      await answer(el, rlsFormScenarios.unlikely);
      const again = q<HTMLButtonElement>(el, 'form[part~="self-check"] .actions button[type="button"]');
      expect(textOf(again)).to.equal(en.shared.startAgain);
      again.focus();
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
      expect(readView(el).map((doc) => doc.title)).to.deep.equal([en.rls.title]);
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
      const el = await render({ lang: 'es', sections: 'self-check', ...clinicAttributes });
      stubs = stubOutside(el);
      await answer(el, rlsFormScenarios.partial);
      const events: { detail: unknown; keys: string[]; bubbles: boolean; composed: boolean; fromCard: boolean }[] = [];
      const listener = (event: Event): void => {
        const { detail } = event as CustomEvent<unknown>;
        events.push({ detail, keys: Object.keys(detail as object), bubbles: event.bubbles, composed: event.composed, fromCard: event.target === el });
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
        expect([event.bubbles, event.composed, event.fromCard]).to.deep.equal([true, true, true]);
      }
      const sent = JSON.stringify(events.map((event) => event.detail));
      for (const words of [packs.es.shared.answers.yes, packs.es.shared.answers.unsure, clinic.name, packs.es.rls.selfCheck.questions.urgeToMove.legend]) {
        expect(sent).not.to.contain(words);
      }
    });
  });

  describe('summary attribute', () => {
    it('summary="off" offers no summary under any result; switching it on brings the panel back', async () => {
      const el = await render({ summary: 'off', sections: 'self-check' });
      for (const pattern of patterns) {
        await answer(el, rlsFormScenarios[pattern]);
        expect(shownResultHeading(el)).to.equal(en.rls.selfCheck.results[pattern].heading);
        expect(describeElement(panelOf(el)), `no panel under the ${pattern} result`).to.equal('null');
        expect(describeElement(shadowOf(el).querySelector('dialog')), 'no view').to.equal('null');
        if (pattern !== 'unlikely') await startAgainSelfCheck(el);
      }
      el.setAttribute('summary', 'on');
      await settle(el);
      expect(panelSeen(el).buttons).to.deep.equal(buttonTexts('en'));
      el.setAttribute('summary', 'OFF');
      await settle(el);
      expect(describeElement(panelOf(el)), 'OFF in capitals is off').to.equal('null');
    });

    it('is on by default, and an invalid value falls back to on with one warning', async () => {
      const plain = await render({ sections: 'self-check' });
      expect(plain.getAttribute('summary')).to.equal(null);
      await answer(plain, rlsFormScenarios.partial);
      expect(panelSeen(plain).buttons).to.deep.equal(buttonTexts('en'));

      warnings = spyOnWarnings();
      const el = await render({ summary: 'maybe', sections: 'self-check' });
      await answer(el, rlsFormScenarios.partial);
      expect(panelSeen(el).buttons).to.deep.equal(buttonTexts('en'));
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('summary').and.contain('maybe');
    });
  });

  describe('accessibility (axe)', function () {
    // Four axe runs over the whole widget in one test: WebKit can take more than the usual 10 s.
    this.timeout(30000);

    for (const pattern of patterns) {
      it(`passes with the panel under the ${pattern} result, after each action, and with the view open`, async () => {
        const el = await render({ ...clinicAttributes, 'booking-url': 'https://example.org/book' });
        stubs = stubOutside(el);
        await answer(el, rlsFormScenarios[pattern]);
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
      await answer(el, rlsFormScenarios.matches);
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
          await answer(el, rlsFormScenarios.matches);
          expect(win.innerWidth, 'the page is 320 px wide').to.equal(320);
          const width = win.document.documentElement.clientWidth;
          expect(sideways(el, width, 'section[part~="summary"]')).to.deep.equal([]);
          expect(sideways(el, width, '[part~="base"]'), 'the card').to.deep.equal([]);
          const right = Math.max(...panelButtons(el).map((button) => button.getBoundingClientRect().right));
          expect(right, 'the buttons stay inside the page').to.be.at.most(width);

          await act(el, 'show');
          expect(view(el).open).to.equal(true);
          expect(Math.round(view(el).getBoundingClientRect().width), 'the view fills the width').to.equal(width);
          expect(sideways(el, width, 'dialog.summary-view')).to.deep.equal([]);
          expect(readView(el).map((page) => page.title)).to.deep.equal(lang === 'en' ? [en.rls.title] : [packs[lang].rls.title, en.rls.title]);
        } finally {
          await narrow.restore();
        }
      });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// At 320 px: the test runner sets the viewport where it can (Chromium and Firefox, driven by
// puppeteer); WebKit, driven over WebDriver, cannot, so there the card goes into a 320 px iframe,
// whose viewport is then 320 px wide.

interface NarrowPage {
  el: RlsSymptomCard;
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
    const el = await render({ lang, sections: 'self-check', ...clinicAttributes });
    return { el, win: window, restore: () => setViewport({ width, height }) };
  }
  const frame = document.createElement('iframe');
  frame.style.cssText = 'display: block; width: 320px; height: 640px; border: 0';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
    <script type="module" src="/src/rls-symptom-card/define.ts"></script></head>
    <body style="margin: 0"><rls-symptom-card lang="${lang}" sections="self-check" clinic-name="${clinic.name}" clinic-phone="${clinic.phone}"></rls-symptom-card></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow;
  if (!win) throw new Error('the 320 px iframe has no window');
  await win.customElements.whenDefined('rls-symptom-card');
  const el = win.document.querySelector('rls-symptom-card') as RlsSymptomCard;
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
