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
//
// This file holds what is the card's own: where the panel sits, what the summary says for each
// pattern, and what Save writes. What every panel does the same way (under every result, Copy,
// Print, the full-screen view and the keyboard, the event, the `summary` attribute, axe, 320 px,
// forced colours) runs here from `describePanelBehaviour` (test/helpers/summary.ts), which the
// twitching check's summary tests and the cramp diary's tests run too. That suite counts console warnings once, with a `summary` value no test
// in this file uses: the library warns once per message for the page's lifetime.
// Only plain values (strings, numbers, booleans, arrays, plain objects) are passed to chai: a
// failing assertion on a DOM element can hang the test runner.
import { expect } from '@open-wc/testing';
import { packs } from '../../src/lang/built-in.js';
import type { RlsSymptomCard } from '../../src/rls-symptom-card/define.js';
import '../../src/rls-symptom-card/define.js';
import { assessRlsPattern, type RlsAssessment, type RlsFrequency, type RlsPattern, type RlsQuestionKey } from '../../src/rls-symptom-card/rls-pattern.js';
import type { Answer } from '../../src/shared/answer.js';
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
const patterns: readonly RlsPattern[] = ['matches', 'partial', 'unlikely'];

// ---------------------------------------------------------------------------------------------
// Rendering and answering the self-check, recording what the visitor answered

function render(attributes: Record<string, string> = {}): Promise<RlsSymptomCard> {
  return renderWidget<RlsSymptomCard>('rls-symptom-card', attributes);
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

/** The result's heading as it shows, without the label only screen readers hear. */
function shownResultHeading(el: RlsSymptomCard): string {
  return shownText(q(el, '[part~="result"] :is(h1, h2, h3, h4, h5, h6)'));
}

// ---------------------------------------------------------------------------------------------
// What the summary must say, from the language packs

/** An answer in words: a frequency in its own words, anything else as yes, no or not sure. */
function saidIn(lang: Lang, question: RlsQuestionKey, value: string): string {
  const { shared, rls } = packs[lang];
  return question === 'frequency' ? rls.selfCheck.frequencies[value as RlsFrequency] : shared.answers[value as Answer];
}

/** The summary of a visit in `lang`, as the packs word it. */
function expectedSummary(lang: Lang, visit: Visit, options: { clinic?: boolean; copyFor?: Lang } = {}): ExpectedSummary {
  const text = packs[lang].rls;
  const check = text.selfCheck;
  const { pattern, course, seeClinician, reasons } = visit.result;
  return {
    ...summaryFrame(lang, text, check.sources, visit, options),
    resultHeading: check.results[pattern].heading,
    resultText: [check.results[pattern].text, ...(course ? [check.courses[course]] : []), seeClinician ? check.seeClinician : check.noVisitNeeded],
    rows: visit.asked.map(([question, value]) => [check.questions[question].legend, saidIn(lang, question, value)]),
    reasonsLabel: check.reasonsLabel,
    reasons: reasons.map((id) => check.reasons[id]),
  };
}

// ---------------------------------------------------------------------------------------------

describe('<rls-symptom-card> "Take this to your appointment"', () => {
  const outside = stubsPerTest();

  describe('the panel', () => {
    for (const lang of languages) {
      it(`shows only under a result, after the form, headed "${packs[lang].shared.summary.heading}" with four buttons, and goes on "Start again" (${lang})`, async () => {
        const el = await render({ lang });
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
        // Title h2, sections h3, the result h4: the panel sits beside the result, an h4 too.
        expectFreshPanel(el, lang, 'h4');
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
  });

  describe('what the summary says', () => {
    for (const lang of languages) {
      for (const pattern of patterns) {
        it(`${pattern} (${lang}): title, date, clinic, result, every answer, reasons, questions to ask, notes, sources and footer${lang === 'en' ? '' : ', then an English copy'}`, async () => {
          const el = await render({ lang, ...clinicAttributes });
          const stubs = outside.stub(el);
          const visit = await answer(el, rlsFormScenarios[pattern]);
          expect(visit.result.pattern).to.equal(pattern);
          const check = packs[lang].rls.selfCheck;
          // The form shows the questions in the pack's words.
          expect(
            qa(el, 'form[part~="self-check"] legend').map(textOf),
            'the form asks what the pack says',
          ).to.deep.equal(visit.asked.map(([question]) => check.questions[question].legend));

          await act(el, 'show');
          const expected = [
            expectedSummary(lang, visit, { clinic: true }),
            ...(lang === 'en' ? [] : [expectedSummary('en', visit, { clinic: true, copyFor: lang })]),
          ];
          const inView = expectViewSays(el, expected);
          const { seen } = inView;

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
          const saved = await expectSaveAndCopyFollowView(el, stubs, inView, expected);
          if (lang !== 'en') {
            // Spanish first, then the English copy: its note, its title, its result heading.
            expectTextInOrder(
              saved,
              [packs[lang].rls.title.toUpperCase(), packs[lang].shared.summary.englishCopy, en.rls.title.toUpperCase(), en.rls.selfCheck.results[pattern].heading],
              'the saved text',
            );
          }
        });
      }
    }

    it('lists the medicine follow-up when it was asked, and leaves out the clinic line without clinic settings', async () => {
      const el = await render({ sections: 'self-check' });
      const answers: RlsFormAnswers = { ...rlsFormScenarios.matches, takesRlsMedicine: 'yes', onRlsMedicineWorsening: 'unsure' };
      const visit = await answer(el, answers);
      await act(el, 'show');
      const [seen] = readSummaryView(el);
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
      const [seen] = readSummaryView(el);
      expect(seen.resultHeading).to.equal(en.rls.selfCheck.results.matches.heading);
      expect(sectionNamed(seen, en.shared.summary.answersHeading).rows, 'the answers this result was given for').to.deep.equal(submitted);
    });
  });

  describe('Save', () => {
    for (const lang of languages) {
      it(`saves a text file named after the day of the result, from a blob: address, and says so (${lang})`, async () => {
        const el = await render({ lang, sections: 'self-check' });
        const stubs = outside.stub(el);
        const visit = await answer(el, rlsFormScenarios.partial);
        await act(el, 'save');
        const text = await expectSavedFile(el, stubs, { lang, fileName: packs[lang].rls.appointmentSummary.fileName, from: visit.from, to: visit.to });
        const { rls, shared } = packs[lang];
        expectTextHolds(
          text,
          [
            rls.title.toUpperCase(),
            rls.selfCheck.results.partial.heading,
            rls.selfCheck.questions.startsAtRest.legend,
            `${shared.summary.answerColumn}: ${shared.answers.unsure}`,
            ...rls.appointmentSummary.ask,
          ],
          'the saved text',
        );
        await act(el, 'show');
        const expected = [expectedSummary(lang, visit), ...(lang === 'en' ? [] : [expectedSummary('en', visit, { copyFor: lang })])];
        expectTextFollowsView(text, expectViewSays(el, expected), expected);
      });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// What every panel under a result does the same way: the suite the twitching check runs too, here
// with the card's patterns, its self-check's "Start again" button and its words. The tests about
// the panel alone show the self-check only (`sections="self-check"`).

describePanelBehaviour<RlsSymptomCard, RlsPattern>('<rls-symptom-card> "Take this to your appointment": what every panel does', {
  tag: 'rls-symptom-card',
  resultKind: 'pattern',
  results: patterns,
  panelOnly: { sections: 'self-check' },
  resultFor: {
    view: 'matches',
    keyboard: 'unlikely',
    event: 'partial',
    summaryOn: 'partial',
    again: 'partial',
    copy: 'matches',
    noClipboard: 'unlikely',
    print: 'partial',
    darkSpanish: 'matches',
    narrow: 'matches',
  },
  axeResults: patterns,
  reach: (el, pattern) => answer(el, rlsFormScenarios[pattern]),
  startAgain: startAgainSelfCheck,
  stopBeforePanel: { find: (el) => q<HTMLButtonElement>(el, 'form[part~="self-check"] .actions button[type="button"]'), name: `button "${en.shared.startAgain}"` },
  shownResultHeading,
  resultHeading: (pattern, lang) => packs[lang].rls.selfCheck.results[pattern].heading,
  title: (lang) => packs[lang].rls.title,
  reasonsLabel: en.rls.selfCheck.reasonsLabel,
  spanishQuestion: packs.es.rls.selfCheck.questions.urgeToMove.legend,
  copyHolds: [
    packs.es.rls.selfCheck.questions.urgeToMove.legend,
    `${packs.es.shared.summary.answerColumn}: ${packs.es.rls.selfCheck.frequencies['twice-weekly-or-more']}`,
  ],
});
