// The cramp diary of <spasm-relief-steps>, used as a visitor uses it: the "Keep a cramp diary"
// disclosure, closed at first and opened with the keyboard or a click; where the cramp was and
// how long it lasted (radio groups), what helped and which get-help signs they had (boxes); the
// advice for the highest level ticked, live in a status region, with a call link above the summary
// for an emergency sign; then "Take this to your appointment", read in its full-screen view (and
// once as the saved text file).
//
// What the summary says is checked in full for each advice level, in English and in Spanish (with
// its English copy), against the view, the saved file and the clipboard; what every summary panel
// does the same way (Copy, Print, the full-screen view by keyboard, the event, axe, 320 px, forced
// colours) runs here from `describePanelBehaviour` (test/helpers/summary.ts), as for the twitching
// check and the RLS card, with the diary filled in through the harness (`fillDiary`,
// test/harness/spasm.ts) as a visitor fills it.
//
// The levels come from the rule module (spasm-care.ts: `diaryLevel`, `diarySigns`,
// `crampDurations`), never from a copy of its table, and every string from the text packs, so the
// tests follow rule and content edits. Only plain values are passed to chai: a failing assertion
// on a DOM element can hang the test runner.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { packs } from '../../src/lang/built-in.js';
import type { SpasmReliefSteps } from '../../src/spasm-relief-steps/define.js';
import '../../src/spasm-relief-steps/define.js';
import {
  crampDurations,
  diaryLevel,
  diarySigns,
  spasmHelpLevels,
  spasmHelpSigns,
  spasmMuscles,
  spasmStepIds,
  type CrampDuration,
  type SpasmHelpLevel,
  type SpasmHelpSignId,
  type SpasmMuscle,
  type SpasmStepId,
} from '../../src/spasm-relief-steps/spasm-care.js';
import type { SpasmContent } from '../../src/spasm-relief-steps/spasm-content.js';
import type { CareContext, SharedContent } from '../../src/shared/text-types.js';
import { diaryAdvice, diaryLevels, diaryScenario, fillDiary, type DiaryEntry, type DiaryLevel } from '../harness/spasm.js';
import { settle } from '../harness/widget.js';
import { describeControl, labelOf } from '../helpers/controls.js';
import { chooseOption, deepActiveElement, press } from '../helpers/keyboard.js';
import { describeElement, isShown, q, qa, shadowOf, textOf } from '../helpers/shadow.js';
import {
  act,
  clinic,
  clinicAttributes,
  describePanelBehaviour,
  expectSaveAndCopyFollowView,
  expectSavedFile,
  expectTextInOrder,
  expectViewSays,
  languages,
  renderWidget,
  stubOutside,
  stubsPerTest,
  summaryFrame,
  type ExpectedSummary,
  type Lang,
} from '../helpers/summary.js';

const en = packs.en;
const text = en.spasm;
const shared = en.shared;
const notes = text.diary;
/** The care context of a widget with no clinic settings. */
const context: CareContext = { clinic: shared.yourClinic, emergency: '911' };

// ---------------------------------------------------------------------------------------------
// The rule module's levels, as the tests use them

/** The diary's level for one sign ticked, by the rule module. */
const levelOfSign = (sign: SpasmHelpSignId): SpasmHelpLevel | 'self-care' => diaryLevel({ signs: [sign] });

/** The first box (in the diary's order) whose sign is at `level`; throws when the table has none. */
function signAt(level: SpasmHelpLevel): SpasmHelpSignId {
  const sign = diarySigns.find((candidate) => levelOfSign(candidate) === level);
  if (!sign) throw new Error(`no diary box is at level ${level}`);
  return sign;
}

// ---------------------------------------------------------------------------------------------
// The diary, found the way a visitor finds it

function diaryButton(el: SpasmReliefSteps): HTMLButtonElement {
  return q<HTMLButtonElement>(el, '#diary-button');
}

/** The disclosure: its label, `aria-expanded`, and whether its panel and questions show. */
function diaryState(el: SpasmReliefSteps): { label: string; expanded: string | null; panelShown: boolean; questionsShown: number } {
  const button = diaryButton(el);
  const panel = shadowOf(el).getElementById(button.getAttribute('aria-controls') ?? '');
  return {
    label: textOf(button),
    expanded: button.getAttribute('aria-expanded'),
    panelShown: panel ? isShown(panel) : false,
    questionsShown: qa(el, '[part~="diary"] input').filter(isShown).length,
  };
}

async function openDiary(el: SpasmReliefSteps): Promise<void> {
  if (diaryButton(el).getAttribute('aria-expanded') === 'true') return;
  diaryButton(el).click();
  await settle(el);
}

/** The diary's fieldset whose legend is `legend`. */
function group(el: SpasmReliefSteps, legend: string): HTMLFieldSetElement {
  const found = qa<HTMLFieldSetElement>(el, '[part~="diary"] fieldset').find((fieldset) => textOf(fieldset.querySelector('legend')) === legend);
  if (!found) throw new Error(`the diary has no group "${legend}"`);
  return found;
}

/** The labels of a group's choices, in page order. */
function choices(el: SpasmReliefSteps, legend: string): string[] {
  return [...group(el, legend).querySelectorAll('input')].map(labelOf);
}

/** The ticked or picked choices of a group, by their labels. */
function chosen(el: SpasmReliefSteps, legend: string): string[] {
  return [...group(el, legend).querySelectorAll('input')].filter((input) => input.checked).map(labelOf);
}

/** Clicks the label `label` in the group `legend`, as a visitor does. */
async function choose(el: SpasmReliefSteps, legend: string, label: string): Promise<void> {
  const input = [...group(el, legend).querySelectorAll('input')].find((candidate) => labelOf(candidate) === label);
  const wrapping = input?.closest('label');
  if (!wrapping) throw new Error(`no choice "${label}" under "${legend}"`);
  wrapping.click();
  await settle(el);
}

/** The diary's call links, as `[href, text]`, and whether each stands before the summary panel. */
function diaryCallLinks(el: SpasmReliefSteps): { href: string; text: string; aboveSummary: boolean; shown: boolean }[] {
  const panel = shadowOf(el).querySelector('[part~="diary"] [part~="summary"]');
  return qa<HTMLAnchorElement>(el, '[part~="diary"] a[href^="tel:"]').map((link) => ({
    href: link.getAttribute('href') ?? '',
    text: textOf(link),
    aboveSummary: !!panel && (link.compareDocumentPosition(panel) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
    shown: isShown(link),
  }));
}

/** One page of the summary, as a reader reads it. */
interface SummaryPage {
  lang: string;
  copyNote: string;
  title: string;
  /** The advice heading, first under the title. */
  advice: string;
  rows: [string, string][];
  headings: string[];
  items: string[];
  footer: string;
}

function readPage(page: Element): SummaryPage {
  return {
    lang: page.getAttribute('lang') ?? '',
    copyNote: textOf(page.querySelector('.copy-note')),
    title: textOf(page.querySelector('h2')),
    advice: textOf(page.querySelector('h3')),
    rows: [...page.querySelectorAll('tbody tr')].map((tr) => [textOf(tr.querySelector('th')), textOf(tr.querySelector('td'))]),
    headings: [...page.querySelectorAll('h3')].map(textOf),
    items: [...page.querySelectorAll('li')].map(textOf),
    footer: textOf(page.querySelector('footer')),
  };
}

/**
 * Presses "Show full screen" in the diary's summary panel, reads the summary in the view, and
 * closes it with its Close button. Also says whether the view was open, and where focus went back.
 */
async function showSummary(el: SpasmReliefSteps, texts: SharedContent = shared): Promise<{ open: boolean; pages: SummaryPage[]; focusAfter: string }> {
  const show = q<HTMLButtonElement>(el, '[part~="diary"] [part~="summary"] #summary-show');
  expect(textOf(show), 'the full-screen button').to.equal(texts.summary.show);
  show.click();
  await settle(el);
  const dialog = q<HTMLDialogElement>(el, '[part~="diary"] dialog.summary-view');
  const open = dialog.open;
  const pages = [...dialog.querySelectorAll('.summary-page')].map(readPage);
  // The close event (which sends focus back) comes a task after the dialog closes.
  const closed = oneEvent(dialog, 'close');
  dialog.querySelector<HTMLButtonElement>('form button')?.click();
  await closed;
  await settle(el);
  return { open, pages, focusAfter: describeElement(shadowOf(el).activeElement) };
}

/** The answers table a diary's summary must show, in the language of `content`. */
function expectedRows(
  content: SpasmContent,
  diary: { muscle?: SpasmMuscle; duration?: CrampDuration; helped?: (SpasmStepId | 'nothing')[]; signs?: SpasmHelpSignId[] },
): [string, string][] {
  const d = content.diary;
  const list = (items: string[]) => (items.length > 0 ? items.join('; ') : d.none);
  return [
    [d.muscleLegend, diary.muscle ? d.muscles[diary.muscle] : d.notNoted],
    [d.durationLegend, diary.duration ? d.durations[diary.duration] : d.notNoted],
    [d.helpedLegend, list((diary.helped ?? []).map((step) => (step === 'nothing' ? d.nothingHelped : content.steps[step].heading)))],
    [d.signsLegend, list((diary.signs ?? []).map((sign) => content.help.signs[sign]))],
  ];
}

/**
 * The diary's summary in `lang` for `entry`, as the packs word it: the advice for the entry's level
 * (by the rule module) as its heading, the diary as its answers (each box ticked in one cell, or
 * "None"), no reasons section, and the sources of the get-help cards.
 */
function expectedDiarySummary(
  lang: Lang,
  entry: DiaryEntry,
  when: { from: Date; to: Date },
  options: { clinic?: boolean; copyFor?: Lang } = {},
): ExpectedSummary {
  const { shared: texts, spasm } = packs[lang];
  const d = spasm.diary;
  const context = { clinic: options.clinic ? clinic.name : texts.yourClinic, emergency: '911' };
  const listed = (items: string[]): string | string[] => (items.length > 0 ? items : d.none);
  const level: DiaryLevel = diaryLevel({ duration: entry.duration, signs: entry.signs ?? [] });
  return {
    ...summaryFrame(lang, { title: d.title, appointmentSummary: spasm.appointmentSummary, review: spasm.review }, spasm.help.sources, when, options),
    resultHeading: d.advice[level](context),
    resultText: [],
    rows: [
      [d.muscleLegend, entry.muscle ? d.muscles[entry.muscle] : d.notNoted],
      [d.durationLegend, entry.duration ? d.durations[entry.duration] : d.notNoted],
      [d.helpedLegend, listed((entry.helped ?? []).map((step) => (step === 'nothing' ? d.nothingHelped : spasm.steps[step].heading)))],
      [d.signsLegend, listed((entry.signs ?? []).map((sign) => spasm.help.signs[sign]))],
    ],
  };
}

// ---------------------------------------------------------------------------------------------

describe('<spasm-relief-steps> cramp diary', () => {
  describe('the disclosure', () => {
    it('is closed at first: the button says "Keep a cramp diary", aria-expanded="false", and no question shows', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps></spasm-relief-steps>`);
      expect(diaryState(el)).to.deep.equal({ label: notes.heading, expanded: 'false', panelShown: false, questionsShown: 0 });
      expect(describeElement(shadowOf(el).querySelector('[part~="diary"] [part~="summary"]')), 'the panel is in the closed disclosure').to.not.equal('null');
    });

    it('is reached with Tab after the get-help cards, opens with Enter, and its questions are answered with the keyboard', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps></spasm-relief-steps>`);
      // The last stop before the diary: the emergency call link in the same-day card.
      const lastHelpLink = qa(el, '.help a').at(-1);
      if (!lastHelpLink) throw new Error('no link in the get-help cards');
      lastHelpLink.focus();
      await press('Tab');
      expect(describeElement(deepActiveElement()), 'Tab lands on the diary button').to.equal(`button "${notes.heading}"`);

      await press('Enter');
      await settle(el);
      expect(diaryState(el), 'opened with Enter').to.deep.include({ expanded: 'true', panelShown: true });
      expect(describeElement(deepActiveElement()), 'focus stays on the button').to.equal(`button "${notes.heading}"`);

      // Into the first question: Tab lands on its first option; Space picks it.
      await press('Tab');
      expect(describeControl(deepActiveElement()), 'the first question').to.equal(
        `radio[name=diary-muscle] "${notes.muscles[spasmMuscles[0]]}"`,
      );
      await chooseOption(1); // ArrowDown: the second muscle
      await settle(el);
      expect(chosen(el, notes.muscleLegend), 'picked with an arrow key').to.deep.equal([notes.muscles[spasmMuscles[1]]]);

      // The next question, longest duration: advice shows at once.
      await press('Tab');
      const longest = crampDurations.length - 1;
      await chooseOption(longest);
      await settle(el);
      expect(chosen(el, notes.durationLegend)).to.deep.equal([notes.durations[crampDurations[longest]]]);
      const level = diaryLevel({ duration: crampDurations[longest], signs: [] });
      expect(diaryAdvice(el), `the advice for "${crampDurations[longest]}"`).to.equal(notes.advice[level](context));

      // Enter on the button again closes it; the answers stay.
      diaryButton(el).focus();
      await press('Enter');
      await settle(el);
      expect(diaryState(el), 'closed again').to.deep.include({ expanded: 'false', panelShown: false });
      await openDiary(el);
      expect(chosen(el, notes.muscleLegend), 'kept').to.deep.equal([notes.muscles[spasmMuscles[1]]]);
    });

    it('asks where, how long, what helped (each step shown, and "Nothing helped") and which get-help signs (every one but the duration)', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps></spasm-relief-steps>`);
      await openDiary(el);
      expect(textOf(q(el, '[part~="diary"] > p')), 'the intro').to.equal(notes.intro);
      expect(choices(el, notes.muscleLegend)).to.deep.equal(spasmMuscles.map((muscle) => notes.muscles[muscle]));
      expect(choices(el, notes.durationLegend)).to.deep.equal(crampDurations.map((duration) => notes.durations[duration]));
      expect(choices(el, notes.helpedLegend)).to.deep.equal([...spasmStepIds.map((id) => text.steps[id].heading), notes.nothingHelped]);
      expect(choices(el, notes.signsLegend)).to.deep.equal(diarySigns.map((sign) => text.help.signs[sign]));
      // The get-help table's signs that are not boxes are asked by the duration question instead.
      const notBoxes = spasmHelpSigns.map((sign) => sign.id).filter((id) => !diarySigns.includes(id));
      expect(
        notBoxes.map((id) => diaryLevel({ duration: 'over-ten-minutes', signs: [] }) === levelOfSign(id)),
        'each sign left out is what "over ten minutes" counts as',
      ).to.deep.equal(notBoxes.map(() => true));
    });

    it('offers only the steps the page chose, and "Nothing helped" and the steps exclude each other', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps steps="massage,stretch"></spasm-relief-steps>`);
      await openDiary(el);
      expect(choices(el, notes.helpedLegend)).to.deep.equal([text.steps.massage.heading, text.steps.stretch.heading, notes.nothingHelped]);
      await choose(el, notes.helpedLegend, text.steps.massage.heading);
      await choose(el, notes.helpedLegend, text.steps.stretch.heading);
      expect(chosen(el, notes.helpedLegend)).to.deep.equal([text.steps.massage.heading, text.steps.stretch.heading]);
      await choose(el, notes.helpedLegend, notes.nothingHelped);
      expect(chosen(el, notes.helpedLegend), '"Nothing helped" clears the steps').to.deep.equal([notes.nothingHelped]);
      await choose(el, notes.helpedLegend, text.steps.stretch.heading);
      expect(chosen(el, notes.helpedLegend), 'a step clears "Nothing helped"').to.deep.equal([text.steps.stretch.heading]);
    });
  });

  describe('the advice, for the highest level ticked', () => {
    it('with nothing ticked, the status region and the summary give the self-care advice', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps></spasm-relief-steps>`);
      await openDiary(el);
      expect(diaryLevel({ signs: [] }), 'the rule module').to.equal('self-care');
      expect(diaryAdvice(el), 'the status region').to.equal(notes.advice['self-care'](context));
      expect(diaryCallLinks(el), 'no call link').to.deep.equal([]);
      const { pages } = await showSummary(el);
      expect(pages.map((page) => page.advice)).to.deep.equal([notes.advice['self-care'](context)]);
    });

    for (const level of spasmHelpLevels) {
      it(`a "${level}" sign ticked (${signAt(level)}) shows the ${level} advice at once${level === 'emergency' ? ', with a call link above the summary' : ''}`, async () => {
        const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps emergency-number="999"></spasm-relief-steps>`);
        const here = { ...context, emergency: '999' };
        await openDiary(el);
        const sign = signAt(level);
        await choose(el, notes.signsLegend, text.help.signs[sign]);
        expect(diaryAdvice(el), 'the status region').to.equal(notes.advice[level](here));
        expect(qa(el, '[part~="diary"] .diary-advice strong').length, 'said in bold').to.equal(1);
        expect(diaryCallLinks(el), 'call links in the diary').to.deep.equal(
          level === 'emergency' ? [{ href: 'tel:999', text: shared.callNumber({ number: '999' }), aboveSummary: true, shown: true }] : [],
        );
        if (level === 'emergency') {
          expect(qa(el, '[part~="diary"] a.emergency-call').length, 'the call link is the large button-like one').to.equal(1);
        }
        const { pages } = await showSummary(el);
        expect(pages.map((page) => page.advice), "the summary's heading").to.deep.equal([notes.advice[level](here)]);
        // Unticked: back to the self-care advice, and the call link goes.
        await choose(el, notes.signsLegend, text.help.signs[sign]);
        expect(diaryAdvice(el), 'after unticking').to.equal(notes.advice['self-care'](here));
        expect(diaryCallLinks(el).length, 'call links after unticking').to.equal(0);
      });
    }

    it('a cramp over ten minutes counts as its get-help sign', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps></spasm-relief-steps>`);
      await openDiary(el);
      for (const duration of crampDurations) {
        await choose(el, notes.durationLegend, notes.durations[duration]);
        const level = diaryLevel({ duration, signs: [] });
        expect(diaryAdvice(el), duration).to.equal(notes.advice[level](context));
      }
      expect(diaryLevel({ duration: 'over-ten-minutes', signs: [] }), 'the rule module').to.not.equal('self-care');
    });

    it('with signs of several levels, gives the highest, and the next one down when that is unticked', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps></spasm-relief-steps>`);
      await openDiary(el);
      // Lowest first, so each tick raises the level.
      const ticked: SpasmHelpSignId[] = [];
      for (const level of [...spasmHelpLevels].reverse()) {
        const sign = signAt(level);
        await choose(el, notes.signsLegend, text.help.signs[sign]);
        ticked.push(sign);
        const expected = diaryLevel({ signs: ticked });
        expect(expected, 'the rule module: the highest ticked').to.equal(level);
        expect(diaryAdvice(el), `after ticking ${ticked.join(', ')}`).to.equal(notes.advice[level](context));
      }
      // Untick the highest: the advice drops one level, and the call link goes.
      const highest = ticked.pop() as SpasmHelpSignId;
      await choose(el, notes.signsLegend, text.help.signs[highest]);
      const now = diaryLevel({ signs: ticked });
      expect(now, 'the rule module').to.not.equal('self-care');
      expect(diaryAdvice(el)).to.equal(notes.advice[now](context));
      expect(diaryCallLinks(el).length, 'call links').to.equal(now === 'emergency' ? 1 : 0);
    });
  });

  describe('the summary', () => {
    it('answering nothing still gives a summary: "Not noted" and "None", the questions to ask, notes and sources', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps></spasm-relief-steps>`);
      await openDiary(el);
      const { open, pages, focusAfter } = await showSummary(el);
      expect(open, 'the full-screen view opened').to.equal(true);
      expect(pages.length, 'one page, in English').to.equal(1);
      const [page] = pages;
      expect({ lang: page.lang, copyNote: page.copyNote, title: page.title }).to.deep.equal({ lang: 'en', copyNote: '', title: notes.title });
      expect(page.rows).to.deep.equal(expectedRows(text, {}));
      expect(page.rows.map(([, answer]) => answer)).to.deep.equal([notes.notNoted, notes.notNoted, notes.none, notes.none]);
      expect(page.items, 'the questions to ask').to.deep.equal(text.appointmentSummary.ask);
      expect(page.headings).to.include.members([shared.summary.answersHeading, shared.summary.askHeading, shared.summary.notesHeading, shared.sourcesLabel]);
      expect(page.footer).to.contain(shared.notDiagnosis);
      expect(focusAfter, 'Close goes back to the button that opened the view').to.equal(`button "${shared.summary.show}"`);
    });

    it('holds the title, the muscle, the duration, what helped, the signs ticked and the questions to ask', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps clinic-name="Lakeside Clinic"></spasm-relief-steps>`);
      const here = { ...context, clinic: 'Lakeside Clinic' };
      await openDiary(el);
      const diary = {
        muscle: spasmMuscles[1],
        duration: crampDurations[1],
        helped: [spasmStepIds[0], spasmStepIds[2]],
        signs: [signAt('soon'), diarySigns.filter((sign) => levelOfSign(sign) === 'soon')[1] ?? signAt('soon')],
      };
      await choose(el, notes.muscleLegend, notes.muscles[diary.muscle]);
      await choose(el, notes.durationLegend, notes.durations[diary.duration]);
      for (const step of diary.helped) await choose(el, notes.helpedLegend, text.steps[step].heading);
      for (const sign of new Set(diary.signs)) await choose(el, notes.signsLegend, text.help.signs[sign]);
      const signs = [...new Set(diary.signs)];
      const level = diaryLevel({ duration: diary.duration, signs });

      const { pages } = await showSummary(el);
      expect(pages.length).to.equal(1);
      const [page] = pages;
      expect(page.title).to.equal(notes.title);
      expect(page.advice, 'the advice heading').to.equal(notes.advice[level](here));
      expect(page.rows, 'the diary').to.deep.equal(expectedRows(text, { ...diary, signs }));
      expect(page.items, 'the questions to ask').to.deep.equal(text.appointmentSummary.ask);
    });

    it('in Spanish (lang="es"): the summary in Spanish, then an English copy for the clinician', async () => {
      const es = packs.es;
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps lang="es"></spasm-relief-steps>`);
      expect(diaryState(el).label, 'the button').to.equal(es.spasm.diary.heading);
      await openDiary(el);
      const sign = signAt('urgent');
      const diary = { muscle: spasmMuscles[2], duration: crampDurations[0], helped: ['nothing' as const], signs: [sign] };
      await choose(el, es.spasm.diary.muscleLegend, es.spasm.diary.muscles[diary.muscle]);
      await choose(el, es.spasm.diary.durationLegend, es.spasm.diary.durations[diary.duration]);
      await choose(el, es.spasm.diary.helpedLegend, es.spasm.diary.nothingHelped);
      await choose(el, es.spasm.diary.signsLegend, es.spasm.help.signs[sign]);
      const level = diaryLevel({ duration: diary.duration, signs: diary.signs });
      if (level === 'self-care') throw new Error('the sign chosen should need more than self-care');
      const esContext = { clinic: es.shared.yourClinic, emergency: '911' };
      expect(diaryAdvice(el), 'the advice, in Spanish').to.equal(es.spasm.diary.advice[level](esContext));

      const { pages } = await showSummary(el, es.shared);
      expect(
        pages.map((page) => ({ lang: page.lang, copyNote: page.copyNote, title: page.title, advice: page.advice })),
        'Spanish, then the English copy',
      ).to.deep.equal([
        { lang: 'es', copyNote: '', title: es.spasm.diary.title, advice: es.spasm.diary.advice[level](esContext) },
        { lang: 'en', copyNote: es.shared.summary.englishCopy, title: notes.title, advice: notes.advice[level](context) },
      ]);
      expect(pages[0].rows, 'the Spanish answers').to.deep.equal(expectedRows(es.spasm, diary));
      expect(pages[0].items, 'the Spanish questions').to.deep.equal(es.spasm.appointmentSummary.ask);
      expect(pages[0].footer).to.contain(es.shared.notDiagnosis);
      expect(pages[1].rows, 'the English answers').to.deep.equal(expectedRows(text, diary));
      expect(pages[1].items, 'the English questions').to.deep.equal(text.appointmentSummary.ask);
      expect(pages[1].footer).to.contain(shared.notDiagnosis);
    });

    it('"Save" makes the same summary as a text file: Spanish first, then the English copy, named by the diary and the day', async () => {
      const es = packs.es;
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps lang="es"></spasm-relief-steps>`);
      await openDiary(el);
      await choose(el, es.spasm.diary.muscleLegend, es.spasm.diary.muscles.calf);

      // Save, stubbed (test/helpers/summary.ts): the file is kept, and the download link's click
      // is recorded instead of followed.
      const stubs = stubOutside(el);
      let file: string;
      try {
        const save = qa<HTMLButtonElement>(el, '[part~="diary"] [part~="summary"] button').find((b) => textOf(b) === es.shared.summary.save);
        if (!save) throw new Error('no "Guardar" button');
        const from = new Date();
        save.click();
        await settle(el);
        file = await expectSavedFile(el, stubs, { lang: 'es', fileName: es.spasm.appointmentSummary.fileName, from, to: new Date() });
      } finally {
        stubs.restore();
      }
      // In this order: the Spanish title and answer, the English copy's note, its title and answer.
      expectTextInOrder(
        file,
        [es.spasm.diary.title.toUpperCase(), es.spasm.diary.muscles.calf, es.shared.summary.englishCopy, notes.title.toUpperCase(), notes.muscles.calf],
        'the file',
      );
      expect(textOf(q(el, '[part~="diary"] .summary-status')), 'the status line').to.equal(es.shared.summary.saving);

      // A new answer makes the saved file out of date: the status line no longer says it was saved.
      await choose(el, es.spasm.diary.durationLegend, es.spasm.diary.durations['under-a-minute']);
      expect(textOf(q(el, '[part~="diary"] .summary-status')), 'the status line after a change').to.equal('');
    });
  });

  describe('what the summary says, for each advice level', () => {
    const outside = stubsPerTest();

    for (const lang of languages) {
      for (const level of diaryLevels) {
        it(`${level} (${lang}): title, date, clinic, advice, every answer, questions to ask, notes, sources and footer${lang === 'en' ? '' : ', then an English copy'}; Save and Copy say the same`, async () => {
          const el = await renderWidget<SpasmReliefSteps>('spasm-relief-steps', { lang, ...clinicAttributes });
          const stubs = outside.stub(el);
          const entry = diaryScenario(level);
          const from = new Date();
          await fillDiary(el, entry);
          const here = { clinic: clinic.name, emergency: '911' };
          expect(diaryAdvice(el), 'the advice the diary shows').to.equal(packs[lang].spasm.diary.advice[level](here));

          await act(el, 'show');
          const when = { from, to: new Date() };
          const expected = [
            expectedDiarySummary(lang, entry, when, { clinic: true }),
            ...(lang === 'en' ? [] : [expectedDiarySummary('en', entry, when, { clinic: true, copyFor: lang })]),
          ];
          const inView = expectViewSays(el, expected);
          expect(inView.seen[0].resultHeading, 'the advice as the diary shows it').to.equal(diaryAdvice(el));
          await expectSaveAndCopyFollowView(el, stubs, inView, expected);
        });
      }
    }
  });

  describe('summary="off"', () => {
    it('hides the summary panel, and with it the whole diary (as the README says); the get-help cards stay', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps summary="off"></spasm-relief-steps>`);
      expect(
        {
          diaryButton: describeElement(shadowOf(el).querySelector('#diary-button')),
          diary: describeElement(shadowOf(el).querySelector('[part~="diary"]')),
          summary: describeElement(shadowOf(el).querySelector('[part~="summary"]')),
        },
        'with summary="off"',
      ).to.deep.equal({ diaryButton: 'null', diary: 'null', summary: 'null' });
      expect(textOf(shadowOf(el)), 'no diary text').not.to.contain(notes.heading);
      expect(qa(el, '.help [part~="care-card"]').length, 'the get-help cards').to.equal(2);

      // Back on: the diary returns.
      el.setAttribute('summary', 'on');
      await settle(el);
      expect(diaryState(el)).to.deep.equal({ label: notes.heading, expanded: 'false', panelShown: false, questionsShown: 0 });
    });
  });

  describe('accessibility (axe)', () => {
    it('passes with the diary open and nothing answered', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps></spasm-relief-steps>`);
      await openDiary(el);
      await expect(el).to.be.accessible();
    });

    it('passes with the diary answered, an emergency sign ticked and its call link shown', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps clinic-name="Lakeside Clinic" clinic-phone="555 0100"></spasm-relief-steps>`);
      await openDiary(el);
      await choose(el, notes.muscleLegend, notes.muscles[spasmMuscles[0]]);
      await choose(el, notes.durationLegend, notes.durations[crampDurations[0]]);
      await choose(el, notes.helpedLegend, text.steps[spasmStepIds[0]].heading);
      await choose(el, notes.signsLegend, text.help.signs[signAt('emergency')]);
      expect(diaryCallLinks(el).length, 'the call link shows').to.equal(1);
      await expect(el).to.be.accessible();
    });
  });
});

// ---------------------------------------------------------------------------------------------
// What every summary panel does the same way: the suite the twitching check and the RLS card run
// too, here with the diary's advice levels as its results, reached by filling in the diary. The
// diary has no "Start again" (its panel shows from the start) and `summary="off"` takes the whole
// diary away (tested above): those two parts are left out.

/** The diary's last box: the last place Tab stops before the panel when no call link shows. */
const lastSign = diarySigns[diarySigns.length - 1];

describePanelBehaviour<SpasmReliefSteps, DiaryLevel>(
  '<spasm-relief-steps> cramp diary "Take this to your appointment": what every panel does',
  {
    tag: 'spasm-relief-steps',
    resultKind: 'advice level',
    results: diaryLevels,
    panelOnly: {},
    resultFor: {
      view: 'soon',
      keyboard: 'urgent',
      event: 'soon',
      summaryOn: 'self-care',
      again: 'soon',
      copy: 'soon',
      noClipboard: 'self-care',
      print: 'urgent',
      darkSpanish: 'emergency',
      narrow: 'emergency',
    },
    axeResults: ['self-care', 'emergency'],
    reach: (el, level) => fillDiary(el, diaryScenario(level)),
    stopBeforePanel: {
      find: (el) => {
        const boxes = [...group(el, notes.signsLegend).querySelectorAll('input')];
        const last = boxes[boxes.length - 1];
        if (!last) throw new Error('no boxes in the diary');
        return last;
      },
      name: `checkbox "${text.help.signs[lastSign]}"`,
    },
    shownResultHeading: diaryAdvice,
    resultHeading: (level, lang, clinicName) => packs[lang].spasm.diary.advice[level]({ clinic: clinicName ?? packs[lang].shared.yourClinic, emergency: '911' }),
    title: (lang) => packs[lang].spasm.diary.title,
    spanishQuestion: packs.es.spasm.diary.signsLegend,
    copyHolds: [packs.es.spasm.diary.muscleLegend, `${packs.es.shared.summary.answerColumn}: ${packs.es.spasm.diary.muscles[diaryScenario('soon').muscle ?? 'calf']}`],
  },
  { leaveOut: ['the panel', 'summary attribute'] },
);
