// Browser tests for <rls-symptom-card>, written the way a visitor uses it: render the card,
// read its headings, open sections and fill in the self-check with a real keyboard (Tab, arrow
// keys, Space, Enter through @web/test-runner-commands' sendKeys) or clicks (the shared harness,
// test/harness/rls.ts, which the stories' play functions use too), then check what a person sees
// or a screen reader hears.
//
// Every string comes from the English text, so the tests follow content edits; the question
// order and the canonical answers come from the rule module and the harness.
// The library de-duplicates console warnings per message for the page's lifetime: every test
// that counts warnings uses attribute values that no other test in this file uses.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { packs } from '../../src/lang/built-in.js';
import { rlsSectionIds, type RlsSectionId } from '../../src/rls-symptom-card/rls-content.js';
import {
  assessRlsPattern,
  rlsFrequencies,
  rlsQuestionOrder,
  type RlsAnswers,
  type RlsAssessment,
  type RlsPattern,
  type RlsQuestionKey,
} from '../../src/rls-symptom-card/rls-pattern.js';
import type { RlsSymptomCard } from '../../src/rls-symptom-card/define.js';
import '../../src/rls-symptom-card/define.js';
import { answerValues } from '../../src/shared/answer.js';
import { sources, type Source, type SourceId } from '../../src/shared/sources.js';
import type { Block } from '../../src/shared/text-types.js';
import { spyOnWarnings, type WarningSpy } from '../fixtures/warnings.js';
import {
  answerSelfCheck,
  expectedRlsResult,
  fillSelfCheck,
  rlsResult,
  rlsScenarios,
  startAgainSelfCheck,
  submitSelfCheck,
} from '../harness/rls.js';
import { settle, shownLanguage } from '../harness/widget.js';
import { chooseOption, deepActiveElement, press } from '../helpers/keyboard.js';
import { describeElement, isShown, q, qa, shadowOf, textOf } from '../helpers/shadow.js';

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
 * With focus on the first of `keys`' radio groups, answers each question by keyboard (a question
 * without an answer in `answers` is skipped) and Tabs on, checking that focus moves from
 * question to question. After the last question, focus is on the submit button.
 */
async function answerByKeyboard(
  el: RlsSymptomCard,
  answers: Partial<RlsAnswers>,
  keys: readonly RlsQuestionKey[] = rlsQuestionOrder,
): Promise<void> {
  for (const key of keys) {
    const active = shadowOf(el).activeElement as HTMLInputElement | null;
    expect(active?.name, `focus is on the "${key}" question`).to.equal(key);
    const value = answers[key];
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
 * and heading, text, course, advice and reasons as the rule module decides for `answers`.
 */
function expectResult(el: RlsSymptomCard, pattern: RlsPattern, answers: RlsAnswers, headingTag = 'h4'): void {
  expect(assessRlsPattern(answers).pattern, 'the scenario itself gives the expected pattern').to.equal(pattern);
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
  expect(shown?.heading).to.equal(`${check.resultLabel}: ${check.results[pattern].heading}`);
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
      const answers = rlsScenarios.matches;
      await answerByKeyboard(el, { [first]: answers[first], [second]: answers[second] });
      expect(focused()).to.equal(describeElement(submitButton(el)));
      await press('Enter');
      await settle(el);

      const unanswered = check.unanswered({ count: rlsQuestionOrder.length - 2 });
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
      expect(textOf(statusRegion(el))).to.equal(check.unanswered({ count: rlsQuestionOrder.length }));
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
      const answers = rlsScenarios.unlikely;
      const last = rlsQuestionOrder[rlsQuestionOrder.length - 1];
      await fillSelfCheck(el, { ...answers, [last]: undefined });
      expect(checkedRadios(el).map((radio) => radio.name)).to.deep.equal(rlsQuestionOrder.slice(0, -1));
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
      expect(checkedRadios(el).map(describeElement)).to.have.length(rlsQuestionOrder.length);

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
        await fillSelfCheck(el, { [rlsQuestionOrder[0]]: 'yes' });
        await submitSelfCheck(el);
        expect(textOf(statusRegion(el))).to.equal(check.unanswered({ count: rlsQuestionOrder.length - 1 }));
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

    it('offers the crisis line 988 beside the mood advice by default', async () => {
      const el = await fixture<RlsSymptomCard>(html`<rls-symptom-card></rls-symptom-card>`);
      const section = sectionNamed(el, 'complications');
      section.button.click();
      await el.updateComplete;
      const line = crisisLine(el);
      expect(line?.text).to.contain(text.crisisLine);
      expect(line?.links).to.deep.equal([['tel:988', shared.callNumber({ number: '988' })]]);
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
      expect(crisisLine(el)?.links).to.deep.equal([['tel:988', shared.callNumber({ number: '988' })]]);
      el.removeAttribute('crisis-number');
      await el.updateComplete;
      expect(crisisLine(el)?.links, 'a removed attribute means the default').to.deep.equal([['tel:988', shared.callNumber({ number: '988' })]]);
      expect(warnings.messages.filter((m) => m.includes('crisis-number') && m.includes('help me'))).to.have.length(1);
      expect(warnings.messages).to.have.length(1);
    });

    it('all four signs "yes" but a "yes" to the cramp question: part of the pattern, with the one reason that says why', async () => {
      const el = await fixture<RlsSymptomCard>(html`<rls-symptom-card></rls-symptom-card>`);
      for (const mimic of ['yes', 'unsure'] as const) {
        const answers: RlsAnswers = { ...rlsScenarios.matches, explainedByOther: mimic };
        await answerSelfCheck(el, answers);
        expectResult(el, 'partial', answers);
        const reasons = shownReasons(el);
        expect(reasons[0]).to.equal(check.reasons['all-criteria-other-cause']);
        expect(reasons, `mimic ${mimic}`).not.to.include(check.reasons['some-criteria']);
        expect(reasons, `mimic ${mimic}`).not.to.include(check.reasons['other-cause-possible']);
        await startAgainSelfCheck(el);
        expect(rlsResult(el), 'start again clears the result').to.equal(null);
      }
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
                ['h6', `${check.resultLabel}: ${check.results.matches.heading}`],
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
      expect(textOf(statusRegion(el))).to.equal(check.unanswered({ count: rlsQuestionOrder.length }));
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
  });
});
