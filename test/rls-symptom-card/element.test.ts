// Browser tests for <rls-symptom-card>, written the way a visitor uses it: render the card,
// read its headings, open sections and fill in the self-check with a real keyboard (Tab, arrow
// keys, Space, Enter through @web/test-runner-commands' sendKeys) or clicks (the shared harness,
// test/harness/rls.ts, which the stories' play functions use too), then check what a person sees
// or a screen reader hears.
//
// Every string comes from the English text, so the tests follow content edits; the question
// order, which questions the form asks (the medicine follow-up only after "Yes" or "Not sure"
// to taking RLS medicine) and the canonical answers come from the rule module and the harness.
// The library de-duplicates console warnings per message for the page's lifetime: every test
// that counts warnings uses attribute values that no other test in this file uses.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { packs } from '../../src/lang/built-in.js';
import { rlsSectionIds, type RlsSectionId } from '../../src/rls-symptom-card/rls-content.js';
import {
  assessRlsPattern,
  crisisLineTakesTexts,
  isRlsQuestionAsked,
  rlsCriteria,
  rlsFrequencies,
  rlsQuestionOrder,
  rlsQuestionsAsked,
  type RlsAnswers,
  type RlsAssessment,
  type RlsPattern,
  type RlsQuestionKey,
} from '../../src/rls-symptom-card/rls-pattern.js';
import type { RlsSymptomCard } from '../../src/rls-symptom-card/define.js';
import '../../src/rls-symptom-card/define.js';
import { answerValues, type Answer } from '../../src/shared/answer.js';
import { sources, type Source, type SourceId } from '../../src/shared/sources.js';
import type { Block } from '../../src/shared/text-types.js';
import { spyOnWarnings, type WarningSpy } from '../fixtures/warnings.js';
import {
  answerSelfCheck,
  asFormAnswers,
  assessedAnswers,
  expectedRlsResult,
  fillSelfCheck,
  goToSelfCheck,
  rlsFormScenarios,
  rlsResult,
  rlsScenarios,
  selfCheckShortcut,
  shownRlsQuestions,
  startAgainSelfCheck,
  submitSelfCheck,
  type RlsFormAnswers,
  type SelfCheckAnswers,
} from '../harness/rls.js';
import { settle, shownLanguage } from '../harness/widget.js';
import { chooseOption, deepActiveElement, press } from '../helpers/keyboard.js';
import { describeElement, isShown, q, qa, shadowOf, textOf } from '../helpers/shadow.js';
import { sourcesDisclosure, sourcesState } from '../helpers/spasm-view.js';

const text = packs.en.rls;
const shared = packs.en.shared;
const check = text.selfCheck;

// ---------------------------------------------------------------------------------------------
// What the visitor sees, found the way they find it

/** A section's heading as the pack words it. */
function headingOf(id: RlsSectionId): string {
  return id === 'self-check' ? check.heading : text.sections[id].heading;
}

interface SectionView {
  section: HTMLElement;
  heading: HTMLElement;
  button: HTMLButtonElement;
  panel: HTMLElement;
  label: string;
}

/** Every collapsible section, in page order: its heading, the heading's button and its panel. */
function sectionsOf(el: RlsSymptomCard): SectionView[] {
  return qa(el, '[part~="section"]').map((section) => {
    const heading = section.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6');
    if (!heading) throw new Error('a section has no heading');
    const button = heading.querySelector('button');
    if (!button) throw new Error(`section heading "${textOf(heading)}" holds no button`);
    const panelId = button.getAttribute('aria-controls');
    const panel = panelId ? shadowOf(el).getElementById(panelId) : null;
    if (!panel) throw new Error(`the button "${textOf(button)}" controls no element (aria-controls=${panelId})`);
    return { section, heading, button, panel, label: textOf(button) };
  });
}

function sectionNamed(el: RlsSymptomCard, id: RlsSectionId): SectionView {
  const found = sectionsOf(el).find((view) => view.label === headingOf(id));
  if (!found) throw new Error(`no section headed "${headingOf(id)}"`);
  return found;
}

/** The card's outline: every heading's tag and text, in page order. */
function outline(el: RlsSymptomCard): [string, string][] {
  return qa(el, 'h1, h2, h3, h4, h5, h6').map((h) => [h.localName, textOf(h)]);
}

/** The first words a section's body shows, whatever kind of block comes first. */
function firstWords(body: readonly Block[]): string {
  const [block] = body;
  if (!block) throw new Error('empty section body');
  if ('paragraph' in block) return block.paragraph;
  if ('list' in block) return block.list[0];
  return block.terms[0].term;
}

/** What has keyboard focus, looking into shadow roots, described for assertions. */
function focused(): string {
  return describeElement(deepActiveElement());
}

function expectExpanded(view: SectionView, expanded: boolean): void {
  expect(view.button.getAttribute('aria-expanded'), `aria-expanded of "${view.label}"`).to.equal(String(expanded));
  expect(view.panel.hidden, `panel of "${view.label}" has the hidden attribute`).to.equal(!expanded);
  expect(isShown(view.panel), `panel of "${view.label}" is visible`).to.equal(expanded);
}

/** The card after a button placed before it, so tests can Tab into the card like a visitor. */
async function cardAfterButton(attributes: Record<string, string> = {}): Promise<{ el: RlsSymptomCard; before: HTMLButtonElement }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div><button type="button">Before the card</button></div>`);
  const el = document.createElement('rls-symptom-card');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  await el.updateComplete;
  return { el, before: wrapper.querySelector('button') as HTMLButtonElement };
}

// ---------------------------------------------------------------------------------------------
// The self-check (by clicks: the harness; by keyboard: below)

/** Where each answer sits in its radio group, first to last, as the card renders them. */
function optionIndex(key: RlsQuestionKey, value: string): number {
  const options: readonly string[] = key === 'frequency' ? rlsFrequencies : answerValues;
  const index = options.indexOf(value);
  if (index < 0) throw new Error(`no option ${value} for ${key}`);
  return index;
}

const patterns = Object.keys(rlsScenarios) as RlsPattern[];

function submitButton(el: RlsSymptomCard): HTMLButtonElement {
  const button = qa<HTMLButtonElement>(el, 'form[part~="self-check"] button').find((b) => textOf(b) === check.submit);
  if (!button) throw new Error(`no "${check.submit}" button`);
  return button;
}

function startAgainButton(el: RlsSymptomCard): HTMLButtonElement | undefined {
  return qa<HTMLButtonElement>(el, 'form[part~="self-check"] button').find((b) => textOf(b) === shared.startAgain);
}

function statusRegion(el: RlsSymptomCard): HTMLElement {
  return q(el, 'form[part~="self-check"] [role="status"]');
}

function checkedRadios(el: RlsSymptomCard): HTMLInputElement[] {
  return qa<HTMLInputElement>(el, 'input[type="radio"]').filter((input) => input.checked);
}

/** The reasons the shown result lists. */
function shownReasons(el: RlsSymptomCard): string[] {
  return rlsResult(el)?.reasons ?? [];
}

/**
 * With focus on the first of `keys`' radio groups, answers each question the form asks by
 * keyboard (a question without an answer in `answers` is skipped; the medicine follow-up is
 * asked only after "Yes" or "Not sure" to taking RLS medicine) and Tabs on, checking that focus
 * moves from question to question. After the last question, focus is on the submit button.
 */
async function answerByKeyboard(
  el: RlsSymptomCard,
  answers: SelfCheckAnswers,
  keys: readonly RlsQuestionKey[] = rlsQuestionOrder,
): Promise<void> {
  const form = asFormAnswers(answers);
  for (const key of keys.filter((question) => isRlsQuestionAsked(question, form))) {
    const active = shadowOf(el).activeElement as HTMLInputElement | null;
    expect(active?.name, `focus is on the "${key}" question`).to.equal(key);
    const value = form[key];
    if (value !== undefined) {
      await chooseOption(optionIndex(key, value));
      await el.updateComplete;
      expect(checkedRadios(el).filter((r) => r.name === key).map((r) => r.value), `answer to ${key}`).to.deep.equal([value]);
    }
    await press('Tab');
  }
}

/** Tabs from the button before the card to the self-check's button, then to the first question. */
async function tabIntoSelfCheck(el: RlsSymptomCard, before: HTMLButtonElement): Promise<void> {
  before.focus();
  await press('Tab');
  expect(focused(), 'first Tab lands on the self-check heading button').to.equal(describeElement(sectionNamed(el, 'self-check').button));
  expectExpanded(sectionNamed(el, 'self-check'), true);
  await press('Tab');
}

/**
 * Checks the result as shown: inside the live region and visible, one heading at `headingTag`,
 * and heading, text, course, advice and reasons as the rule module decides for `answers` (the
 * rule module's, or the form's through `completeRlsAnswers`).
 */
function expectResult(el: RlsSymptomCard, pattern: RlsPattern, answers: SelfCheckAnswers, headingTag = 'h4'): void {
  expect(assessRlsPattern(assessedAnswers(answers)).pattern, 'the scenario itself gives the expected pattern').to.equal(pattern);
  expect(shownLanguage(el), 'the card speaks English').to.equal('en');
  const result = statusRegion(el).querySelector<HTMLElement>('[part~="result"]');
  expect(describeElement(result), 'the result is inside the role="status" live region').not.to.equal('null');
  if (!result) return;
  expect(isShown(result), 'the result is visible').to.equal(true);
  expect(result.classList.contains(`result-${pattern}`), `the result is styled as "${pattern}"`).to.equal(true);
  const headings = [...result.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  expect(headings.map((h) => h.localName), 'result heading level').to.deep.equal([headingTag]);
  expect(rlsResult(el)).to.deep.equal(expectedRlsResult(el, answers));
  // The same, spelled out in English words for the three parts a reader acts on.
  const shown = rlsResult(el);
  expect(shown?.heading).to.equal(`${check.resultLabel} ${check.results[pattern].heading}`);
  expect(shown?.paragraphs).to.include(check.results[pattern].text);
  if (pattern !== 'matches') for (const course of Object.values(check.courses)) expect(shown?.paragraphs).not.to.include(course);
}

// ---------------------------------------------------------------------------------------------

describe('<rls-symptom-card>', () => {
  let warnings: WarningSpy | undefined;

  afterEach(() => {
    warnings?.restore();
    warnings = undefined;
  });

  describe('sections and headings', () => {
    it('shows every section in the default order as h3 headings under an h2 title, with the footer heading last', async () => {
      const el = await fixture<RlsSymptomCard>(html`<rls-symptom-card></rls-symptom-card>`);
      expect(outline(el)).to.deep.equal([
        ['h2', text.title],
        ...rlsSectionIds.map((id): [string, string] => ['h3', headingOf(id)]),
        ['h3', shared.aboutHeading],
      ]);
      expect(sectionsOf(el).map((view) => view.label)).to.deep.equal(rlsSectionIds.map(headingOf));
      expect(textOf(q(el, 'p.summary'))).to.equal(text.summary);
    });

    it('opens only the first section; each section heading is a button that controls its panel', async () => {
      const el = await fixture<RlsSymptomCard>(html`<rls-symptom-card></rls-symptom-card>`);
      const views = sectionsOf(el);
      expect(views).to.have.length(rlsSectionIds.length);
      views.forEach((view, index) => {
        expect(view.heading.contains(view.button)).to.equal(true);
        expect(isShown(view.button), `"${view.label}" button is visible`).to.equal(true);
        expectExpanded(view, index === 0);
      });
    });

    it('opens and closes a section with a click', async () => {
      const el = await fixture<RlsSymptomCard>(html`<rls-symptom-card></rls-symptom-card>`);
      sectionNamed(el, 'causes').button.click();
      await el.updateComplete;
      expectExpanded(sectionNamed(el, 'causes'), true);
      expect(textOf(sectionNamed(el, 'causes').panel)).to.contain(firstWords(text.sections.causes.body));
      expectExpanded(sectionNamed(el, 'overview'), true); // others keep their state

      sectionNamed(el, 'overview').button.click();
      await el.updateComplete;
      expectExpanded(sectionNamed(el, 'overview'), false);
      expectExpanded(sectionNamed(el, 'causes'), true);
    });

    it('opens sections with Enter and Space, reached with Tab; closed panels hold no tab stops', async () => {
      // clinic-phone puts a link in the closed "When to see a clinician" panel: Tab must skip it.
      const { el, before } = await cardAfterButton({ 'clinic-phone': '555 0199' });
      before.focus();
      await press('Tab');
      expect(focused(), 'the first stop is "Check your symptoms" near the title').to.equal(describeElement(selfCheckShortcut(el)));
      await press('Tab');
      expect(focused()).to.equal(describeElement(sectionNamed(el, 'overview').button));
      await press('Tab');
      expect(focused()).to.equal(describeElement(sectionNamed(el, 'symptoms').button));
      await press('Enter');
      await el.updateComplete;
      expectExpanded(sectionNamed(el, 'symptoms'), true);

      await press('Tab');
      expect(focused()).to.equal(describeElement(sectionNamed(el, 'sensations').button));
      await press('Space');
      await el.updateComplete;
      expectExpanded(sectionNamed(el, 'sensations'), true);

      await press('Tab');
      expect(focused(), 'Tab goes to the next heading button, not into the closed panel').to.equal(
        describeElement(sectionNamed(el, 'when-to-see').button),
      );
      await press('Tab');
      expect(focused()).to.equal(describeElement(sectionNamed(el, 'causes').button));

      // And closes again.
      sectionNamed(el, 'symptoms').button.focus();
      await press('Enter');
      await el.updateComplete;
      expectExpanded(sectionNamed(el, 'symptoms'), false);
    });
  });

  describe('sections attribute', () => {
    beforeEach(() => {
      warnings = spyOnWarnings();
    });

    it('shows the chosen sections in the chosen order, opening the first of them', async () => {
      const el = await fixture<RlsSymptomCard>(html`<rls-symptom-card sections="self-check, overview,causes"></rls-symptom-card>`);
      const views = sectionsOf(el);
      expect(views.map((view) => view.label)).to.deep.equal(['self-check', 'overview', 'causes'].map((id) => headingOf(id as RlsSectionId)));
      views.forEach((view, index) => expectExpanded(view, index === 0));
      expect(warnings?.messages).to.deep.equal([]);
    });

    it('ignores unknown names with one console warning that names them', async () => {
      const el = await fixture<RlsSymptomCard>(
        html`<rls-symptom-card sections="overview, not-a-section-a1, symptoms, not-a-section-b2"></rls-symptom-card>`,
      );
      expect(sectionsOf(el).map((view) => view.label)).to.deep.equal([headingOf('overview'), headingOf('symptoms')]);
      expect(warnings?.messages).to.have.length(1);
      expect(warnings?.messages[0]).to.contain('sections').and.contain('not-a-section-a1').and.contain('not-a-section-b2');

      // Using the card does not warn again.
      sectionNamed(el, 'symptoms').button.click();
      await el.updateComplete;
      expect(warnings?.messages).to.have.length(1);
    });

    for (const value of ['', ' , ']) {
      it(`shows all sections when sections=${JSON.stringify(value)}`, async () => {
        const el = await fixture<RlsSymptomCard>(html`<rls-symptom-card sections=${value}></rls-symptom-card>`);
        expect(sectionsOf(el).map((view) => view.label)).to.deep.equal(rlsSectionIds.map(headingOf));
        expect(warnings?.messages).to.deep.equal([]);
      });
    }
  });

  describe('variant attribute', () => {
    const compactIds: RlsSectionId[] = ['overview', 'symptoms', 'self-check'];

    function visibleSections(el: RlsSymptomCard): string[] {
      return sectionsOf(el)
        .filter((view) => isShown(view.button))
        .map((view) => view.label);
    }

    function showMoreButton(el: RlsSymptomCard): HTMLButtonElement | undefined {
      return qa<HTMLButtonElement>(el, 'button').find((b) => [text.showMore, text.showLess].includes(textOf(b)));
    }

    it('compact shows only overview, symptoms and the self-check, and a toggle reveals the rest by keyboard', async () => {
      const el = await fixture<RlsSymptomCard>(html`<rls-symptom-card variant="compact"></rls-symptom-card>`);
      expect(visibleSections(el)).to.deep.equal(compactIds.map(headingOf));

      const toggle = showMoreButton(el);
      expect(toggle, 'a "show more" button').to.exist;
      if (!toggle) return;
      expect(textOf(toggle)).to.equal(text.showMore);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      const controlled = shadowOf(el).getElementById(toggle.getAttribute('aria-controls') ?? '');
      expect(controlled, 'aria-controls names an element in the card').to.exist;

      toggle.focus();
      await press('Enter');
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(textOf(toggle)).to.equal(text.showLess);
      const rest = rlsSectionIds.filter((id) => !compactIds.includes(id));
      expect(visibleSections(el)).to.deep.equal([...compactIds, ...rest].map(headingOf));
      expect(controlled && isShown(controlled)).to.equal(true);

      await press('Space');
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(textOf(toggle)).to.equal(text.showMore);
      expect(visibleSections(el)).to.deep.equal(compactIds.map(headingOf));
    });

    it('compact opens the first section it shows, even when a hidden one is named first', async () => {
      const el = await fixture<RlsSymptomCard>(
        html`<rls-symptom-card variant="compact" sections="causes,symptoms,overview"></rls-symptom-card>`,
      );
      expect(visibleSections(el)).to.deep.equal([headingOf('symptoms'), headingOf('overview')]);
      expect(sectionNamed(el, 'symptoms').button.getAttribute('aria-expanded')).to.equal('true');
      expect(sectionNamed(el, 'causes').button.getAttribute('aria-expanded')).to.equal('false');
    });

    it('an unknown variant falls back to full, with one warning', async () => {
      warnings = spyOnWarnings();
      const el = await fixture<RlsSymptomCard>(html`<rls-symptom-card variant="tiny-d4"></rls-symptom-card>`);
      expect(visibleSections(el)).to.deep.equal(rlsSectionIds.map(headingOf));
      expect(describeElement(showMoreButton(el)), 'no "show more" button in the full card').to.equal('undefined');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('variant').and.contain('tiny-d4');
    });
  });

  describe('self-check by keyboard alone', () => {
    for (const pattern of patterns) {
      it(`reaches the "${pattern}" result with Tab, arrow keys, Space and Enter`, async () => {
        const { el, before } = await cardAfterButton({ sections: 'self-check' });
        const status = statusRegion(el);
        expect(textOf(status), 'the live region starts empty').to.equal('');

        await tabIntoSelfCheck(el, before);
        await answerByKeyboard(el, rlsScenarios[pattern]);
        expect(focused(), 'after the last question, Tab reaches the submit button').to.equal(describeElement(submitButton(el)));
        await press(pattern === 'partial' ? 'Space' : 'Enter');
        await settle(el);

        expect(statusRegion(el) === status, 'the same live region, so screen readers announce the change').to.equal(true);
        expectResult(el, pattern, rlsScenarios[pattern]);
      });
    }

    it('names how many questions are unanswered and moves focus to the first of them', async () => {
      const { el, before } = await cardAfterButton({ sections: 'self-check' });
      await tabIntoSelfCheck(el, before);
      // Answer the first two questions, then Tab past the others to the submit button.
      const [first, second, firstUnanswered] = rlsQuestionOrder;
      const answers = rlsFormScenarios.matches;
      const firstTwo: RlsFormAnswers = { [first]: answers[first], [second]: answers[second] };
      await answerByKeyboard(el, firstTwo);
      expect(focused()).to.equal(describeElement(submitButton(el)));
      await press('Enter');
      await settle(el);

      // The medicine follow-up is not asked yet (no answer to taking RLS medicine): not counted.
      expect(shownRlsQuestions(el), 'the questions shown').to.deep.equal(rlsQuestionsAsked(firstTwo));
      const unanswered = check.unanswered({ count: rlsQuestionsAsked(firstTwo).length - 2 });
      expect(textOf(statusRegion(el))).to.equal(unanswered);
      expect(describeElement(statusRegion(el).querySelector('[part~="result"]'))).to.equal('null');
      const active = shadowOf(el).activeElement as HTMLInputElement | null;
      expect(describeElement(active), 'focus is on the first unanswered question').to.match(
        new RegExp(`^input\\[type=radio\\]\\[name=${firstUnanswered}\\]`),
      );

      // Carry on from there by keyboard: the message goes and the result comes.
      await answerByKeyboard(el, answers, rlsQuestionOrder.slice(2));
      await press('Enter');
      await settle(el);
      expect(textOf(statusRegion(el))).not.to.contain(unanswered);
      expect(describeElement(statusRegion(el).querySelector('#unanswered'))).to.equal('null');
      expectResult(el, 'matches', answers);
    });

    it('announces the unanswered message again on a second try, and ties it to the unanswered questions', async () => {
      const el = await fixture<RlsSymptomCard>(html`<rls-symptom-card sections="self-check"></rls-symptom-card>`);
      await submitSelfCheck(el);
      const first = statusRegion(el).querySelector('#unanswered');
      expect(textOf(statusRegion(el))).to.equal(check.unanswered({ count: rlsQuestionsAsked({}).length }));
      await submitSelfCheck(el);
      const second = statusRegion(el).querySelector('#unanswered');
      expect(second !== null && second !== first, 'a new message node, which live regions announce').to.equal(true);
      const fieldsets = qa(el, 'fieldset');
      expect(fieldsets.every((f) => (f.getAttribute('aria-describedby') ?? '').split(' ').includes('unanswered'))).to.equal(
        true,
      );
    });

    it('uses the singular message for one unanswered question', async () => {
      const el = await fixture<RlsSymptomCard>(html`<rls-symptom-card sections="self-check"></rls-symptom-card>`);
      const answers = rlsFormScenarios.unlikely;
      const asked = rlsQuestionsAsked(answers);
      const last = asked[asked.length - 1];
      await fillSelfCheck(el, { ...answers, [last]: undefined });
      expect(checkedRadios(el).map((radio) => radio.name)).to.deep.equal(asked.slice(0, -1));
      submitButton(el).focus();
      await press('Enter');
      await settle(el);
      expect(textOf(statusRegion(el))).to.equal(check.unanswered({ count: 1 }));
      expect((shadowOf(el).activeElement as HTMLInputElement | null)?.name).to.equal(last);
    });

    it('"Start again" clears the answers and the result', async () => {
      const { el, before } = await cardAfterButton({ sections: 'self-check' });
      expect(describeElement(startAgainButton(el)), 'no "Start again" before a result').to.equal('undefined');
      await tabIntoSelfCheck(el, before);
      await answerByKeyboard(el, rlsScenarios.partial);
      await press('Enter');
      await settle(el);
      expectResult(el, 'partial', rlsScenarios.partial);
      expect(checkedRadios(el).map(describeElement)).to.have.length(rlsQuestionsAsked(rlsFormScenarios.partial).length);

      await press('Tab');
      expect(focused(), 'Tab from submit reaches "Start again"').to.equal(describeElement(startAgainButton(el)));
      await press('Enter');
      await settle(el);

      expect(checkedRadios(el).map(describeElement), 'no answer is left checked').to.deep.equal([]);
      expect(describeElement(statusRegion(el).querySelector('[part~="result"]'))).to.equal('null');
      expect(textOf(statusRegion(el))).to.equal('');
      expect(describeElement(startAgainButton(el))).to.equal('undefined');
      const active = shadowOf(el).activeElement as HTMLInputElement | null;
      expect(active?.name, 'focus goes back to the first question').to.equal(rlsQuestionOrder[0]);

      // The check works again from scratch.
      await answerByKeyboard(el, rlsScenarios.unlikely);
      await press('Enter');
      await settle(el);
      expectResult(el, 'unlikely', rlsScenarios.unlikely);
    });
  });

  describe('lhw-rls-result event', () => {
    for (const pattern of patterns) {
      it(`reaches the document with the assessment only (${pattern})`, async () => {
        const el = await fixture<RlsSymptomCard>(html`<rls-symptom-card sections="self-check"></rls-symptom-card>`);
        const received = oneEvent<CustomEvent<RlsAssessment>>(document, 'lhw-rls-result');
        await answerSelfCheck(el, rlsScenarios[pattern]);
        const event = await received;
        expect(event.bubbles, 'bubbles').to.equal(true);
        expect(event.composed, 'composed').to.equal(true);
        expect(event.target === el, 'the event comes from the card').to.equal(true);
        expect(event.detail).to.deep.equal(assessRlsPattern(rlsScenarios[pattern]));
        expect(event.detail.pattern).to.equal(pattern);
        expect(Object.keys(event.detail).sort()).to.deep.equal(['course', 'pattern', 'reasons', 'seeClinician']);
        expect(event.detail).not.to.have.property('answers');
      });
    }

    it('is not sent while questions are unanswered', async () => {
      const el = await fixture<RlsSymptomCard>(html`<rls-symptom-card sections="self-check"></rls-symptom-card>`);
      let count = 0;
      const listener = (): void => {
        count += 1;
      };
      document.addEventListener('lhw-rls-result', listener);
      try {
        const one: RlsFormAnswers = { [rlsQuestionOrder[0]]: 'yes' };
        await fillSelfCheck(el, one);
        await submitSelfCheck(el);
        expect(textOf(statusRegion(el))).to.equal(check.unanswered({ count: rlsQuestionsAsked(one).length - 1 }));
        expect(count).to.equal(0);
        await answerSelfCheck(el, rlsScenarios.partial);
        expect(count, 'sent once the form is complete').to.equal(1);
      } finally {
        document.removeEventListener('lhw-rls-result', listener);
      }
    });
  });

  describe('contact links in the result', () => {
    function linksIn(node: ParentNode): HTMLAnchorElement[] {
      return [...node.querySelectorAll('a')];
    }

    it('shows the booking and phone links when the result advises a visit', async () => {
      const el = await fixture<RlsSymptomCard>(
        html`<rls-symptom-card booking-url="https://example.org/book" clinic-phone="555 0100"></rls-symptom-card>`,
      );
      await answerSelfCheck(el, rlsScenarios.matches);
      expect(assessRlsPattern(rlsScenarios.matches).seeClinician).to.equal(true);
      const result = q(el, '[role="status"] [part~="result"]');
      const links = linksIn(result).map((a) => [a.getAttribute('href'), textOf(a)]);
      expect(links).to.deep.include(['https://example.org/book', shared.bookAppointment({ clinic: shared.yourClinic })]);
      expect(links).to.deep.include(['tel:5550100', shared.callClinic({ clinic: shared.yourClinic, phone: '555 0100' })]);
      for (const link of linksIn(result)) expect(isShown(link), `"${textOf(link)}" is visible`).to.equal(true);
    });

    it('shows no contact links when the result does not advise a visit', async () => {
      const el = await fixture<RlsSymptomCard>(
        html`<rls-symptom-card booking-url="https://example.org/book" clinic-phone="555 0100"></rls-symptom-card>`,
      );
      await answerSelfCheck(el, rlsScenarios.unlikely);
      expect(assessRlsPattern(rlsScenarios.unlikely).seeClinician).to.equal(false);
      expect(linksIn(q(el, '[role="status"] [part~="result"]')).map(describeElement)).to.deep.equal([]);
    });

    it('never shows a booking link for a javascript: address, anywhere in the card', async () => {
      warnings = spyOnWarnings();
      const el = await fixture<RlsSymptomCard>(
        html`<rls-symptom-card booking-url="javascript:alert(1)" clinic-phone="555 0100"></rls-symptom-card>`,
      );
      sectionNamed(el, 'when-to-see').button.click();
      await answerSelfCheck(el, rlsScenarios.matches);

      const all = linksIn(shadowOf(el));
      expect(all.filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? '')).map(describeElement), 'javascript: links').to.deep.equal([]);
      expect(all.filter((a) => textOf(a) === shared.bookAppointment({ clinic: shared.yourClinic })).map(describeElement), 'booking links').to.deep.equal([]);
      // The phone link is still there, in the result and in "When to see a clinician".
      expect(all.filter((a) => a.getAttribute('href') === 'tel:5550100').map(describeElement)).to.have.length(2);
      expect(linksIn(q(el, '[role="status"] [part~="result"]')).map((a) => a.getAttribute('href'))).to.deep.equal([
        'tel:5550100',
      ]);
      expect(warnings.messages.filter((m) => m.includes('booking-url'))).to.have.length(1);
    });
  });

  describe('clinical brief version 2', () => {
    /** The crisis line under "How it can affect you": its text and its links. */
    function crisisLine(el: RlsSymptomCard): { text: string; links: [string | null, string][] } | null {
      const line = shadowOf(el).querySelector('.crisis-line');
      return line && { text: textOf(line), links: [...line.querySelectorAll('a')].map((a) => [a.getAttribute('href'), textOf(a)]) };
    }

    it('offers the crisis line 988 beside the mood advice by default: "call or text", dialling tel:988', async () => {
      const el = await fixture<RlsSymptomCard>(html`<rls-symptom-card></rls-symptom-card>`);
      const section = sectionNamed(el, 'complications');
      section.button.click();
      await el.updateComplete;
      const line = crisisLine(el);
      expect(line?.text).to.contain(text.crisisLine);
      expect(line?.links).to.deep.equal([['tel:988', text.callOrText({ number: '988' })]]);
      expect(text.callOrText({ number: '988' })).to.match(/\bcall\b.*\btext\b/i);
      expect(section.panel.contains(shadowOf(el).querySelector('.crisis-line')), 'in "How it can affect you"').to.equal(true);
      expect(isShown(section.panel)).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('crisis-number sets the line, an empty value hides it, and an invalid one falls back to 988 with one warning', async () => {
      warnings = spyOnWarnings();
      const el = await fixture<RlsSymptomCard>(html`<rls-symptom-card crisis-number="116 123"></rls-symptom-card>`);
      expect(crisisLine(el)?.links).to.deep.equal([['tel:116123', shared.callNumber({ number: '116 123' })]]);
      el.setAttribute('crisis-number', '');
      await el.updateComplete;
      expect(crisisLine(el), 'hidden by an empty value').to.equal(null);
      el.setAttribute('crisis-number', 'help me');
      await el.updateComplete;
      expect(crisisLine(el)?.links).to.deep.equal([['tel:988', text.callOrText({ number: '988' })]]);
      el.removeAttribute('crisis-number');
      await el.updateComplete;
      expect(crisisLine(el)?.links, 'a removed attribute means the default').to.deep.equal([['tel:988', text.callOrText({ number: '988' })]]);
      expect(warnings.messages.filter((m) => m.includes('crisis-number') && m.includes('help me'))).to.have.length(1);
      expect(warnings.messages).to.have.length(1);
    });

    it('says "call or text" only for 988: set by the page as 988 too, in Spanish too; other lines say "call"', async () => {
      expect([crisisLineTakesTexts('988'), crisisLineTakesTexts('116 123'), crisisLineTakesTexts('13 11 14')]).to.deep.equal([true, false, false]);
      const el = await fixture<RlsSymptomCard>(html`<rls-symptom-card crisis-number="988"></rls-symptom-card>`);
      expect(crisisLine(el)?.links).to.deep.equal([['tel:988', text.callOrText({ number: '988' })]]);
      el.setAttribute('lang', 'es');
      await el.updateComplete;
      expect(crisisLine(el)?.links, 'es').to.deep.equal([['tel:988', packs.es.rls.callOrText({ number: '988' })]]);
      expect(packs.es.rls.callOrText({ number: '988' })).to.match(/\bllame\b.*\btexto\b/i);
      el.setAttribute('lang', 'en');
      el.setAttribute('crisis-number', '13 11 14');
      await el.updateComplete;
      expect(crisisLine(el)?.links).to.deep.equal([['tel:131114', shared.callNumber({ number: '13 11 14' })]]);
      // The emergency number's links stay "Call": the crisis line alone may be texted.
      expect(shared.callNumber({ number: '911' })).to.equal('Call 911');
    });

    it('all four signs "yes" but "Yes" or "Not sure" to a look-alike question: part of the pattern, with the one reason that says why', async () => {
      const el = await fixture<RlsSymptomCard>(html`<rls-symptom-card></rls-symptom-card>`);
      // Every pair of answers to the two look-alike questions but "No" to both.
      const pairs = answerValues.flatMap((cramp) => answerValues.map((position): [Answer, Answer] => [cramp, position]));
      for (const [cramp, position] of pairs.filter((pair) => pair.join() !== 'no,no')) {
        const answers: RlsFormAnswers = { ...rlsFormScenarios.matches, hardPainfulCramp: cramp, goesWithPositionChange: position };
        const label = `cramp ${cramp}, position ${position}`;
        await answerSelfCheck(el, answers);
        expectResult(el, 'partial', answers);
        const reasons = shownReasons(el);
        expect(reasons[0], label).to.equal(check.reasons['all-criteria-other-cause']);
        expect(reasons, label).not.to.include(check.reasons['some-criteria']);
        expect(reasons, label).not.to.include(check.reasons['other-cause-possible']);
        await startAgainSelfCheck(el);
        expect(rlsResult(el), 'start again clears the result').to.equal(null);
      }
    });

    it('all four signs "yes" and "No" to both look-alike questions: the answers match the pattern', async () => {
      const el = await fixture<RlsSymptomCard>(html`<rls-symptom-card sections="self-check"></rls-symptom-card>`);
      const answers: RlsFormAnswers = { ...rlsFormScenarios.matches, hardPainfulCramp: 'no', goesWithPositionChange: 'no' };
      expect(rlsCriteria.map((criterion) => answers[criterion]), 'all four signs').to.deep.equal(rlsCriteria.map(() => 'yes'));
      await answerSelfCheck(el, answers);
      expectResult(el, 'matches', answers);
      expect(shownReasons(el)[0]).to.equal(check.reasons['all-criteria']);
    });

    it('says what makes RLS worse and that RLS medicine must not be stopped suddenly', async () => {
      const el = await fixture<RlsSymptomCard>(html`<rls-symptom-card></rls-symptom-card>`);
      for (const id of ['causes', 'when-to-see'] as const) {
        sectionNamed(el, id).button.click();
        await el.updateComplete;
      }
      const causes = textOf(sectionNamed(el, 'causes').panel);
      expect(causes).to.match(/sleep aids/i).and.match(/do not stop/i);
      expect(textOf(sectionNamed(el, 'when-to-see').panel)).to.match(/keep taking it/i);
      const answers: RlsAnswers = { ...rlsScenarios.unlikely, onRlsMedicineWorsening: 'yes' };
      await answerSelfCheck(el, answers);
      expect(shownReasons(el)).to.include(check.reasons['medicine-worsening']);
      expect(check.reasons['medicine-worsening']).to.match(/keep taking it/i);
    });
  });

  describe('the look-alike questions', () => {
    it('asks two plain questions after the four signs: a hard, painful cramp, and relief from only changing position', async () => {
      const el = await fixture<RlsSymptomCard>(html`<rls-symptom-card sections="self-check"></rls-symptom-card>`);
      const shown = shownRlsQuestions(el);
      expect(shown.slice(0, rlsCriteria.length), 'the four signs come first').to.deep.equal([...rlsCriteria]);
      expect(shown.slice(rlsCriteria.length, rlsCriteria.length + 2)).to.deep.equal(['hardPainfulCramp', 'goesWithPositionChange']);
      const legends = qa(el, 'form[part~="self-check"] fieldset legend').map(textOf);
      expect(legends, 'one legend per question, in the pack words').to.deep.equal(shown.map((key) => check.questions[key as RlsQuestionKey].legend));
      expect(check.questions.hardPainfulCramp.legend).to.match(/cramp/i);
      expect(check.questions.goesWithPositionChange.legend).to.match(/position/i);
      // Each is its own yes / no / not sure question: "No" fits RLS.
      for (const key of ['hardPainfulCramp', 'goesWithPositionChange'] as const) {
        const values = qa<HTMLInputElement>(el, `input[type="radio"][name="${key}"]`).map((radio) => radio.value);
        expect(values, key).to.deep.equal([...answerValues]);
      }
    });
  });

  describe('the medicine question and its follow-up', () => {
    const takesMedicine = 'takesRlsMedicine' satisfies RlsQuestionKey;
    const followUp = 'onRlsMedicineWorsening' satisfies RlsQuestionKey;

    /** The follow-up's fieldset as a person finds it: its legend and whether it shows. */
    function followUpView(el: RlsSymptomCard): { legend: string; shown: boolean } | null {
      const fieldset = qa(el, 'form[part~="self-check"] fieldset').find((f) => f.querySelector(`input[name="${followUp}"]`));
      return fieldset ? { legend: textOf(fieldset.querySelector('legend')), shown: isShown(fieldset) } : null;
    }

    it('hides the follow-up until "Yes" or "Not sure" to taking RLS medicine, shows it right after, and drops it for "No"', async () => {
      const el = await fixture<RlsSymptomCard>(html`<rls-symptom-card sections="self-check"></rls-symptom-card>`);
      expect(shownRlsQuestions(el), 'before any answer').to.deep.equal(rlsQuestionsAsked({}));
      expect(shownRlsQuestions(el)).to.include(takesMedicine).and.not.include(followUp);
      expect(followUpView(el)).to.equal(null);

      for (const answer of ['yes', 'no', 'unsure', 'no', 'yes'] as const) {
        await fillSelfCheck(el, { [takesMedicine]: answer });
        const shown = shownRlsQuestions(el);
        expect(shown, `after "${answer}"`).to.deep.equal(rlsQuestionsAsked({ [takesMedicine]: answer }));
        if (answer === 'no') {
          expect(shown, 'no follow-up after "No"').not.to.include(followUp);
          expect(followUpView(el)).to.equal(null);
        } else {
          expect(shown.indexOf(followUp), `the follow-up comes right after the medicine question ("${answer}")`).to.equal(
            shown.indexOf(takesMedicine) + 1,
          );
          expect(followUpView(el)).to.deep.equal({ legend: check.questions[followUp].legend, shown: true });
        }
      }
      await expect(el).to.be.accessible();
    });

    it('never blocks the result while hidden, and an answer it had before "No" does not count', async () => {
      const el = await fixture<RlsSymptomCard>(html`<rls-symptom-card sections="self-check"></rls-symptom-card>`);
      // The canonical answers take no RLS medicine: every question shown is answered.
      const answers = rlsFormScenarios.unlikely;
      expect(answers[takesMedicine]).to.equal('no');
      await fillSelfCheck(el, { ...answers, [takesMedicine]: 'yes', [followUp]: 'yes' });
      expect(shownRlsQuestions(el)).to.include(followUp);
      await fillSelfCheck(el, { [takesMedicine]: 'no' });
      expect(shownRlsQuestions(el)).not.to.include(followUp);
      await submitSelfCheck(el);
      expect(describeElement(statusRegion(el).querySelector('#unanswered')), 'no "unanswered" message').to.equal('null');
      expectResult(el, 'unlikely', answers);
      expect(shownReasons(el)).not.to.include(check.reasons['medicine-worsening']);
      expect(rlsResult(el)?.paragraphs).to.include(check.noVisitNeeded);
    });

    it('once shown, asks for an answer like any question, and Tab goes from the medicine question to it by keyboard', async () => {
      const { el, before } = await cardAfterButton({ sections: 'self-check' });
      await tabIntoSelfCheck(el, before);
      // "Not sure" to taking RLS medicine, and the follow-up left unanswered.
      const answers: RlsFormAnswers = { ...rlsFormScenarios.unlikely, [takesMedicine]: 'unsure' };
      await answerByKeyboard(el, answers);
      expect(focused(), 'after the follow-up, Tab reaches the submit button').to.equal(describeElement(submitButton(el)));
      await press('Enter');
      await settle(el);
      expect(textOf(statusRegion(el))).to.equal(check.unanswered({ count: 1 }));
      const active = shadowOf(el).activeElement as HTMLInputElement | null;
      expect(active?.name, 'focus is on the follow-up').to.equal(followUp);

      await chooseOption(optionIndex(followUp, 'yes'));
      await el.updateComplete;
      submitButton(el).focus();
      await press('Enter');
      await settle(el);
      const complete: RlsFormAnswers = { ...answers, [followUp]: 'yes' };
      expectResult(el, 'unlikely', complete);
      expect(shownReasons(el)).to.include(check.reasons['medicine-worsening']);
    });

    for (const worsening of answerValues) {
      it(`its "${worsening}" ${worsening === 'no' ? 'gives no' : 'gives the'} medicine-worsening reason`, async () => {
        const el = await fixture<RlsSymptomCard>(html`<rls-symptom-card sections="self-check"></rls-symptom-card>`);
        const answers: RlsFormAnswers = { ...rlsFormScenarios.unlikely, [takesMedicine]: 'yes', [followUp]: worsening };
        await answerSelfCheck(el, answers);
        expectResult(el, 'unlikely', answers);
        const reasons = shownReasons(el);
        if (worsening === 'no') {
          expect(reasons).not.to.include(check.reasons['medicine-worsening']);
          expect(rlsResult(el)?.paragraphs).to.include(check.noVisitNeeded);
        } else {
          expect(reasons).to.include(check.reasons['medicine-worsening']);
          expect(rlsResult(el)?.paragraphs, 'see a doctor or nurse').to.include(check.seeClinician);
        }
      });
    }
  });

  describe('"Check your symptoms" near the title', () => {
    /** Where the shortcut sits: after the summary, before the first section, and not a heading. */
    function expectShortcutPlace(el: RlsSymptomCard): void {
      const shortcut = selfCheckShortcut(el);
      expect(describeElement(shortcut)).to.equal(`button "${check.heading}"`);
      if (!shortcut) return;
      const follows = (a: Node, b: Node): boolean => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      expect(follows(q(el, 'p.summary'), shortcut), 'after the summary').to.equal(true);
      expect(follows(shortcut, sectionsOf(el)[0].section), 'before the first section').to.equal(true);
      expect(describeElement(shortcut.closest('h1, h2, h3, h4, h5, h6')), 'not a heading').to.equal('null');
      expect(isShown(shortcut), 'visible').to.equal(true);
    }

    /** Presses the shortcut by keyboard: Tab to it from the button before the card, then Enter. */
    async function pressShortcutByKeyboard(el: RlsSymptomCard, before: HTMLButtonElement): Promise<void> {
      before.focus();
      await press('Tab');
      expect(focused(), 'the first Tab stop').to.equal(describeElement(selfCheckShortcut(el)));
      await press('Enter');
      await settle(el);
    }

    /** The self-check is open, and focus is on its heading button. */
    function expectAtSelfCheck(el: RlsSymptomCard): void {
      expectExpanded(sectionNamed(el, 'self-check'), true);
      expect(focused(), "focus is on the self-check's heading button").to.equal(describeElement(q(el, '#self-check-button')));
      expect(shadowOf(el).activeElement?.id).to.equal('self-check-button');
      expect(isShown(q(el, 'form[part~="self-check"]')), 'the form shows').to.equal(true);
    }

    it('opens the self-check by keyboard and moves focus to its heading button; the first section stays open', async () => {
      const { el, before } = await cardAfterButton();
      expectShortcutPlace(el);
      expectExpanded(sectionNamed(el, 'self-check'), false);
      await pressShortcutByKeyboard(el, before);
      expectAtSelfCheck(el);
      expectExpanded(sectionNamed(el, 'overview'), true);
      // From there the questions are the next Tab stops.
      await press('Tab');
      expect((shadowOf(el).activeElement as HTMLInputElement | null)?.name).to.equal(rlsQuestionOrder[0]);
      await expect(el).to.be.accessible();
    });

    it('keeps an open self-check open, and moves focus there again', async () => {
      const el = await fixture<RlsSymptomCard>(html`<rls-symptom-card></rls-symptom-card>`);
      sectionNamed(el, 'self-check').button.click();
      await el.updateComplete;
      expectExpanded(sectionNamed(el, 'self-check'), true);
      await goToSelfCheck(el);
      expectAtSelfCheck(el);
      await goToSelfCheck(el);
      expectAtSelfCheck(el);
    });

    it('works in variant="compact", where the self-check already shows (closed), and leaves "show all sections" closed', async () => {
      const { el, before } = await cardAfterButton({ variant: 'compact' });
      expectShortcutPlace(el);
      expect(isShown(sectionNamed(el, 'self-check').button), 'the self-check shows in compact').to.equal(true);
      expectExpanded(sectionNamed(el, 'self-check'), false);
      await pressShortcutByKeyboard(el, before);
      expectAtSelfCheck(el);
      expect(q(el, 'button[aria-controls="more"]').getAttribute('aria-expanded'), '"show all sections" stays closed').to.equal('false');
      await expect(el).to.be.accessible();
    });

    for (const [name, attributes] of [
      ['sections puts the self-check last', { sections: 'causes, overview, self-check' }],
      ['sections puts the self-check last, in compact', { sections: 'causes, overview, symptoms, self-check', variant: 'compact' }],
    ] as const) {
      it(`opens the self-check when ${name}`, async () => {
        const { el, before } = await cardAfterButton(attributes);
        const visible = sectionsOf(el).filter((view) => isShown(view.button));
        expect(visible.at(-1)?.label, 'the self-check is the last section shown').to.equal(check.heading);
        expectShortcutPlace(el);
        await pressShortcutByKeyboard(el, before);
        expectAtSelfCheck(el);
        // And the self-check answers from there, by clicks.
        await fillSelfCheck(el, rlsScenarios.matches);
        await submitSelfCheck(el);
        expectResult(el, 'matches', rlsScenarios.matches);
      });
    }

    // "Show all sections" holds only what compact leaves out, and compact always keeps the
    // self-check: wherever the page puts it, it is never behind that toggle.
    it('in compact, the self-check is never inside "show all sections", wherever sections puts it', async () => {
      const others = rlsSectionIds.filter((id) => id !== 'self-check');
      for (let place = 0; place <= others.length; place += 1) {
        const order = [...others.slice(0, place), 'self-check', ...others.slice(place)];
        const el = await fixture<RlsSymptomCard>(html`<rls-symptom-card variant="compact" sections=${order.join(',')}></rls-symptom-card>`);
        const more = q(el, '#more');
        expect(more.contains(q(el, '#self-check-button')), `self-check at ${place}: inside "show all sections"`).to.equal(false);
        expect(isShown(q(el, '#self-check-button')), `self-check at ${place}: its heading shows`).to.equal(true);
      }
    });

    for (const [name, sections] of [
      ['the self-check comes first', 'self-check, overview'],
      ['the self-check is not among the sections', 'overview, causes'],
    ] as const) {
      it(`is not shown when ${name}`, async () => {
        const el = await fixture<RlsSymptomCard>(html`<rls-symptom-card sections=${sections}></rls-symptom-card>`);
        expect(describeElement(selfCheckShortcut(el))).to.equal('undefined');
        expect(qa(el, 'button').filter((b) => textOf(b) === check.heading).map((b) => b.id)).to.deep.equal(
          sections.startsWith('self-check') ? ['self-check-button'] : [],
        );
      });
    }
  });

  describe('heading-level attribute', () => {
    it('heading-level="4" makes the title h4, sections h5 and the result h6', async () => {
      const el = await fixture<RlsSymptomCard>(html`<rls-symptom-card heading-level="4"></rls-symptom-card>`);
      await answerSelfCheck(el, rlsScenarios.matches);
      expect(outline(el)).to.deep.equal([
        ['h4', text.title],
        ...rlsSectionIds.flatMap((id): [string, string][] =>
          id === 'self-check'
            ? [
                ['h5', headingOf(id)],
                ['h6', `${check.resultLabel} ${check.results.matches.heading}`],
                ['h6', shared.summary.heading],
              ]
            : [['h5', headingOf(id)]],
        ),
        ['h5', shared.aboutHeading],
      ]);
      expectResult(el, 'matches', rlsScenarios.matches, 'h6');
    });
  });

  describe('accessibility (axe)', () => {
    it('passes in the default state', async () => {
      const el = await fixture<RlsSymptomCard>(html`<rls-symptom-card></rls-symptom-card>`);
      await expect(el).to.be.accessible();
    });

    it('passes in the compact state, folded and unfolded', async () => {
      const el = await fixture<RlsSymptomCard>(html`<rls-symptom-card variant="compact"></rls-symptom-card>`);
      await expect(el).to.be.accessible();
      const toggle = qa<HTMLButtonElement>(el, 'button').find((b) => textOf(b) === text.showMore);
      expect(describeElement(toggle)).to.equal(`button "${text.showMore}"`);
      toggle?.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('passes with unanswered questions flagged', async () => {
      const el = await fixture<RlsSymptomCard>(html`<rls-symptom-card sections="self-check"></rls-symptom-card>`);
      await submitSelfCheck(el);
      expect(textOf(statusRegion(el))).to.equal(check.unanswered({ count: rlsQuestionsAsked({}).length }));
      await expect(el).to.be.accessible();
    });

    for (const pattern of patterns) {
      it(`passes with the "${pattern}" result shown`, async () => {
        const el = await fixture<RlsSymptomCard>(
          html`<rls-symptom-card booking-url="https://example.org/book" clinic-phone="555 0100"></rls-symptom-card>`,
        );
        await answerSelfCheck(el, rlsScenarios[pattern]);
        expectResult(el, pattern, rlsScenarios[pattern]);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('sources and review footer', () => {
    function footer(el: RlsSymptomCard): HTMLElement {
      return q(el, 'footer[part~="about"]');
    }

    function citedBy(ids: readonly RlsSectionId[]): SourceId[] {
      const cited = ids.flatMap((id) => (id === 'self-check' ? check.sources : text.sections[id].sources));
      return [...new Set(cited)];
    }

    function expectSourceList(el: RlsSymptomCard, ids: readonly SourceId[]): void {
      const items = [...footer(el).querySelectorAll('li')];
      expect(items.map(textOf), 'listed sources').to.deep.equal(
        ids.map((id) => {
          const source: Source = sources[id];
          return `${source.publisher}: ${source.title}${source.citation ? ` (${source.citation})` : ''}`;
        }),
      );
      items.forEach((item, index) => {
        const source: Source = sources[ids[index]];
        const link = item.querySelector('a');
        expect(link?.getAttribute('href') ?? undefined, `link of source ${ids[index]}`).to.equal(source.url);
      });
    }

    it('lists the sources of all sections by default', async () => {
      const el = await fixture<RlsSymptomCard>(html`<rls-symptom-card></rls-symptom-card>`);
      const expected = citedBy(rlsSectionIds);
      expect(expected).to.include.members(['mayo-rls', 'irlssg-2014']);
      expectSourceList(el, expected);
    });

    it('lists only the sources of the shown sections', async () => {
      const el = await fixture<RlsSymptomCard>(html`<rls-symptom-card sections="self-help, overview"></rls-symptom-card>`);
      const expected = citedBy(['self-help', 'overview']);
      expect(expected).not.to.include('irlssg-2014');
      expectSourceList(el, expected);
      expect(textOf(footer(el))).not.to.contain(sources['irlssg-2014'].title);
    });

    it('shows both review dates, labelled, in words and as machine-readable dates', async () => {
      const el = await fixture<RlsSymptomCard>(html`<rls-symptom-card></rls-symptom-card>`);
      const about = footer(el);
      expect([...about.querySelectorAll('dt')].map(textOf)).to.deep.equal([shared.lastReviewedLabel, shared.nextReviewLabel]);
      const dates = [text.review.lastReviewed, text.review.nextReview];
      const inWords = (date: string): string =>
        new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
      expect([...about.querySelectorAll('dd')].map(textOf)).to.deep.equal(dates.map(inWords));
      expect([...about.querySelectorAll('dd time')].map((t) => t.getAttribute('datetime'))).to.deep.equal(dates);
      expect(textOf(about)).to.contain(shared.notDiagnosis);
    });

    it('keeps the sources behind a "Sources" disclosure, closed by default, with the review dates visible', async () => {
      const el = await fixture<RlsSymptomCard>(html`<rls-symptom-card></rls-symptom-card>`);
      expect(sourcesState(el)).to.deep.equal({
        label: shared.sourcesLabel,
        expanded: 'false',
        listHidden: true,
        listShown: false,
        linksShown: 0,
        datesShown: true,
      });
      const { button, list } = sourcesDisclosure(el);
      expect(button.getAttribute('aria-controls')).to.equal(list.id);
      expect(describeElement(button.closest('h1, h2, h3, h4, h5, h6')), 'a plain button, not a heading').to.equal('null');
      expect(outline(el).at(-1), "the footer's one heading").to.deep.equal(['h3', shared.aboutHeading]);
      for (const link of list.querySelectorAll('a')) expect(isShown(link), `"${textOf(link)}" is hidden`).to.equal(false);
    });

    it('opens and closes the sources by keyboard, reached with Tab after the last section', async () => {
      const { el } = await cardAfterButton();
      const last = sectionsOf(el).at(-1);
      expect(last?.label).to.equal(check.heading);
      last?.button.focus();
      await press('Tab');
      expect(focused(), 'Tab from the last (closed) section reaches "Sources"').to.equal(describeElement(sourcesDisclosure(el).button));
      await press('Enter');
      await el.updateComplete;
      const withLinks = citedBy(rlsSectionIds).filter((id) => (sources[id] as Source).url).length;
      expect(withLinks).to.be.greaterThan(0);
      expect(sourcesState(el)).to.deep.equal({
        label: shared.sourcesLabel,
        expanded: 'true',
        listHidden: false,
        listShown: true,
        linksShown: withLinks,
        datesShown: true,
      });
      await press('Tab');
      expect(focused(), 'the first source link is the next stop').to.equal(describeElement(sourcesDisclosure(el).list.querySelector('a')));
      await expect(el).to.be.accessible();

      sourcesDisclosure(el).button.focus();
      await press('Space');
      await el.updateComplete;
      expect(sourcesState(el)).to.include({ expanded: 'false', listHidden: true, listShown: false, datesShown: true });
    });

    it('prints the sources while they are closed on screen', async function () {
      const el = await fixture<RlsSymptomCard>(html`<rls-symptom-card></rls-symptom-card>`);
      try {
        await emulateMedia({ media: 'print' });
      } catch {
        this.skip(); // this browser's launcher cannot emulate print media
      }
      try {
        expect(sourcesState(el)).to.include({ expanded: 'false', listShown: true, datesShown: true });
        expect(isShown(sourcesDisclosure(el).button), 'the "Sources" label prints above the list').to.equal(true);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });
});
