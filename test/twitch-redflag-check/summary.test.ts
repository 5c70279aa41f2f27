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
//
// This file holds what is the twitching check's own: where the panel sits, what the summary says
// for each care level, and what Save writes. What every panel does the same way (under every
// result, Copy, Print, the full-screen view and the keyboard, the event, the `summary` attribute,
// axe, 320 px, forced colours) runs here from `describePanelBehaviour` (test/helpers/summary.ts),
// which the RLS card's summary tests and the cramp diary's tests run too. That suite counts console warnings once, with a `summary` value
// no test in this file uses: the library warns once per message for the page's lifetime.
// Only plain values (strings, numbers, booleans, arrays, plain objects) are passed to chai: a
// failing assertion on a DOM element can hang the test runner.
import { expect } from '@open-wc/testing';
import { packs } from '../../src/lang/built-in.js';
import type { Answer } from '../../src/shared/answer.js';
import type { CareContext } from '../../src/shared/text-types.js';
import type { TwitchRedflagCheck } from '../../src/twitch-redflag-check/define.js';
import '../../src/twitch-redflag-check/define.js';
import { reasonTexts } from '../../src/twitch-redflag-check/twitch-content.js';
import {
  careLevels,
  nextScreen,
  twitchTriggers,
  type CareLevel,
  type EmergencyChoice,
  type StepQuestion,
  type TwitchAssessment,
  type TwitchTrigger,
} from '../../src/twitch-redflag-check/twitch-rules.js';
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
import { deepActiveElement, press } from '../helpers/keyboard.js';
import { describeElement, q, qa, shadowOf, textOf } from '../helpers/shadow.js';
import {
  act,
  clinic,
  clinicAttributes,
  describePanelBehaviour,
  expectDocument,
  expectFreshPanel,
  expectSaveAndCopyFollowView,
  expectSavedFile,
  expectTextFollowsView,
  expectTextHolds,
  expectTextInOrder,
  expectViewSays,
  languages,
  panel,
  panelOf,
  readSummaryView,
  renderWidget,
  sectionNamed,
  shownText,
  stubsPerTest,
  summaryFrame,
  type ExpectedSummary,
  type Lang,
} from '../helpers/summary.js';

const en = packs.en;

// ---------------------------------------------------------------------------------------------
// Rendering and walking the check, recording what the visitor did as they did it

function render(attributes: Record<string, string> = {}): Promise<TwitchRedflagCheck> {
  return renderWidget<TwitchRedflagCheck>('twitch-redflag-check', attributes);
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
// The card, as a person reads it

/** The visible text of the card's heading, without the label only screen readers hear. */
function shownResultHeading(el: TwitchRedflagCheck): string {
  return shownText(q(el, '#result-heading'));
}

/** The paragraph under "What to do" on the card. */
function shownWhatToDo(el: TwitchRedflagCheck, lang: Lang): string {
  const label = packs[lang].twitch.whatToDoLabel;
  const heading = qa(el, '[part~="result"] .care-body > *').find((child) => textOf(child) === label);
  return textOf(heading?.nextElementSibling);
}

// ---------------------------------------------------------------------------------------------
// What the summary must say, from the language packs

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
  options: { clinic?: boolean; copyFor?: Lang } = {},
): ExpectedSummary {
  const { shared, twitch: text } = packs[lang];
  const context = contextIn(lang, options.clinic ? clinic.name : undefined);
  const card = text.results[result.level];
  // The boxes ticked share a cell; every other question has one answer.
  const rows: ExpectedSummary['rows'] = [
    [text.emergencyScreen.summaryLabel, visit.ticked.map((choice) => signIn(lang, choice))],
    ...visit.asked.map(([question, answer]): [string, string] => [text.questions[question].legend, shared.answers[answer]]),
  ];
  if (visit.triggers.length > 0) rows.push([text.triggers.legend, visit.triggers.map((trigger) => text.triggers.options[trigger])]);
  return {
    ...summaryFrame(lang, text, text.check.sources, visit, options),
    resultHeading: card.heading(context),
    resultText: result.level === 'emergency' ? [card.whatToDo(context), text.results.emergency.whileWaiting(context)] : [card.whatToDo(context)],
    rows,
    reasonsLabel: text.reasonsLabel,
    reasons: reasonTexts(text, result.reasons, context),
  };
}

// ---------------------------------------------------------------------------------------------

describe('<twitch-redflag-check> "Take this to your appointment"', () => {
  const outside = stubsPerTest();

  describe('the panel', () => {
    for (const lang of languages) {
      it(`shows only under a result, headed "${packs[lang].shared.summary.heading}" with four buttons, and goes on "Start again" (${lang})`, async () => {
        const el = await render({ lang });
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
        expectFreshPanel(el, lang, 'h3');
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
          const stubs = outside.stub(el);
          const scenario = twitchScenarios[level];
          const visit = await walk(el, scenario);
          const result = scenarioResult(scenario);
          expect(twitchResult(el).level).to.equal(level);

          // What the card shows is what the summary repeats.
          const context = contextIn(lang, clinic.name);
          expect(shownResultHeading(el), 'the card heading').to.equal(packs[lang].twitch.results[level].heading(context));
          expect(twitchResult(el).reasons, 'the reasons on the card').to.deep.equal(reasonTexts(packs[lang].twitch, result.reasons, context));

          await act(el, 'show');
          const expected = [
            expectedSummary(lang, visit, result, { clinic: true }),
            ...(lang === 'en' ? [] : [expectedSummary('en', visit, result, { clinic: true, copyFor: lang })]),
          ];
          const inView = expectViewSays(el, expected);
          const { seen } = inView;

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
          const saved = await expectSaveAndCopyFollowView(el, stubs, inView, expected);
          if (lang !== 'en') {
            // Spanish first, then the English copy: its note, its title, its result heading.
            expectTextInOrder(
              saved,
              [
                packs[lang].twitch.title.toUpperCase(),
                packs[lang].shared.summary.englishCopy,
                en.twitch.title.toUpperCase(),
                en.twitch.results[level].heading(contextIn('en', clinic.name)),
              ],
              'the saved text',
            );
          }
        });
      }
    }

    it('without clinic settings: no clinic line, and "your clinic" in what to do', async () => {
      const el = await render();
      const visit = await walk(el, twitchScenarios.urgent);
      await act(el, 'show');
      const [seen] = readSummaryView(el);
      expectDocument(seen, expectedSummary('en', visit, scenarioResult(twitchScenarios.urgent)));
      expect(seen.resultText[0]).to.contain(en.shared.yourClinic);
      expect(seen.details).not.to.contain(clinic.name);
    });

    it('with a custom emergency number, the emergency summary names it as the card does', async () => {
      const el = await render({ 'emergency-number': '112' });
      await walk(el, { signs: ['unsure'] });
      await act(el, 'show');
      const [seen] = readSummaryView(el);
      const context = { clinic: en.shared.yourClinic, emergency: '112' };
      expect(seen.resultHeading).to.equal(en.twitch.results.emergency.heading(context));
      expect(seen.resultHeading).to.equal(shownResultHeading(el));
      expect(seen.resultText).to.deep.equal([en.twitch.results.emergency.whatToDo(context), en.twitch.results.emergency.whileWaiting(context)]);
      expect(sectionNamed(seen, en.shared.summary.answersHeading).rows).to.deep.equal([[en.twitch.emergencyScreen.summaryLabel, en.twitch.emergencyScreen.unsure]]);
    });

    for (const lang of ['en', 'es'] as const) {
      it(`dark urine with a custom emergency number: the summary's reason names it, as the card does (${lang})`, async () => {
        const el = await render({ lang, 'emergency-number': '112' });
        await walk(el, { signs: ['none'], steps: { darkUrine: 'yes' } });
        const reason = packs[lang].twitch.reasons['dark-urine']({ clinic: packs[lang].shared.yourClinic, emergency: '112' });
        expect(reason).to.contain('112');
        expect(twitchResult(el).reasons, 'the card').to.deep.equal([reason]);
        await act(el, 'show');
        const [seen] = readSummaryView(el);
        expect(sectionNamed(seen, packs[lang].twitch.reasonsLabel).items, 'the summary').to.deep.equal([reason]);
        expect(JSON.stringify(seen)).not.to.contain('911');
      });
    }

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
      const [seen] = readSummaryView(el);
      expect(sectionNamed(seen, en.shared.summary.answersHeading).rows).to.deep.equal([
        [en.twitch.emergencyScreen.summaryLabel, en.twitch.emergencyScreen.signs.breathingTrouble.label],
      ]);
    });
  });

  describe('Save', () => {
    for (const lang of languages) {
      it(`saves a text file named after the day of the result, from a blob: address, and says so (${lang})`, async () => {
        const el = await render({ lang });
        const stubs = outside.stub(el);
        const visit = await walk(el, twitchScenarios['self-care']);
        await act(el, 'save');
        const text = await expectSavedFile(el, stubs, { lang, fileName: packs[lang].twitch.appointmentSummary.fileName, from: visit.from, to: visit.to });
        const { twitch } = packs[lang];
        expectTextHolds(
          text,
          [
            twitch.title.toUpperCase(),
            twitch.results['self-care'].heading(contextIn(lang, undefined)),
            twitch.questions.weakness.legend,
            `${packs[lang].shared.summary.answerColumn}: ${packs[lang].shared.answers.no}`,
            ...twitch.appointmentSummary.ask,
          ],
          'the saved text',
        );
        // The same as the view shows.
        await act(el, 'show');
        const result = scenarioResult(twitchScenarios['self-care']);
        const expected = [expectedSummary(lang, visit, result), ...(lang === 'en' ? [] : [expectedSummary('en', visit, result, { copyFor: lang })])];
        expectTextFollowsView(text, expectViewSays(el, expected), expected);
      });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// What every panel under a result does the same way: the suite the RLS card runs too, here with
// the check's care levels, its "Start again" button and its words.

describePanelBehaviour<TwitchRedflagCheck, CareLevel>('<twitch-redflag-check> "Take this to your appointment": what every panel does', {
  tag: 'twitch-redflag-check',
  resultKind: 'care level',
  results: careLevels,
  panelOnly: {},
  resultFor: {
    view: 'soon',
    keyboard: 'urgent',
    event: 'soon',
    summaryOn: 'urgent',
    again: 'urgent',
    copy: 'soon',
    noClipboard: 'urgent',
    print: 'urgent',
    darkSpanish: 'urgent',
    narrow: 'soon',
  },
  axeResults: ['emergency', 'soon'],
  reach: (el, level) => walk(el, twitchScenarios[level]),
  startAgain,
  stopBeforePanel: { find: (el) => q<HTMLButtonElement>(el, 'p.actions button'), name: `button "${en.shared.startAgain}"` },
  shownResultHeading,
  resultHeading: (level, lang, clinicName) => packs[lang].twitch.results[level].heading(contextIn(lang, clinicName)),
  title: (lang) => packs[lang].twitch.title,
  reasonsLabel: en.twitch.reasonsLabel,
  spanishQuestion: packs.es.twitch.questions.weakness.legend,
  copyHolds: [packs.es.twitch.questions.newMedicine.legend, `${packs.es.shared.summary.answerColumn}: ${packs.es.shared.answers.unsure}`],
});
