// Browser tests for <twitch-redflag-check>, written the way a visitor uses it: tick boxes and
// answer questions with a real keyboard (Tab, Space, arrow keys, Enter through
// @web/test-runner-commands' sendKeys) or with clicks on the labels, screen by screen, then
// check what a person sees or a screen reader hears: the care card, its links, where focus is,
// and what the live region says.
//
// Clicks, keyboard walks, scenarios and reading the result come from the shared harness
// (test/harness/twitch.ts), which the other suites and the stories' play functions use too.
// Screens and questions come from the rule module, every string from the English text, and every
// expected result from `assessTwitching`, so the tests follow content and rule edits. Which screens a visitor sees (the check ends once its
// level is settled, and asks a follow-up only when it applies) is worked out here from the issue's
// words, not from the module's `resultAfter`, and compared with the harness's walk.
// Only plain values (strings, numbers, booleans, arrays, plain objects) are passed to chai: a
// failing assertion on a DOM element can hang the test runner.
// The library de-duplicates console warnings per message for the page's lifetime: every test
// that counts warnings uses attribute values that no other test in this file uses.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { answerValues } from '../../src/shared/answer.js';
import { sharedTexts } from '../../src/shared/lhw-element.js';
import { sources, type Source, type SourceId } from '../../src/shared/sources.js';
import type { CareContext } from '../../src/shared/text-types.js';
import type { TwitchRedflagCheck } from '../../src/twitch-redflag-check/define.js';
import '../../src/twitch-redflag-check/define.js';
import { reasonTexts } from '../../src/twitch-redflag-check/twitch-content.js';
import { twitchTexts } from '../../src/twitch-redflag-check/twitch-redflag-check.js';
import {
  assessTwitching,
  careLevels,
  emergencyScreenAnswers,
  emergencySigns,
  escalationLevels,
  nextScreen,
  questionsOn,
  screenQuestions,
  stepQuestions,
  twitchQuestions,
  twitchRules,
  twitchScreens,
  twitchSteps,
  twitchTriggers,
  type CareLevel,
  type EmergencyChoice,
  type EmergencySign,
  type StepQuestion,
  type TwitchAnswers,
  type TwitchAssessment,
  type TwitchScreen,
  type TwitchStep,
  type TwitchTrigger,
} from '../../src/twitch-redflag-check/twitch-rules.js';
import { spyOnWarnings, type WarningSpy } from '../fixtures/warnings.js';
import {
  allNo,
  answerQuestion,
  answerScenario,
  answerStep,
  answerStepByKeyboard,
  back,
  next,
  scenarioAnswers,
  scenarioResult,
  scenarioScreens,
  shownQuestions,
  signBox,
  signBoxes,
  signChoices,
  signLabel,
  startAgain,
  submitButton,
  tickedSigns,
  tickedTriggers,
  tickSign,
  tickSignsByKeyboard,
  tickTrigger,
  twitchProblem,
  twitchResult,
  twitchScenarios,
  twitchScreen,
  urgentOnLastScreen,
  type Keyboard,
  type TwitchScenario,
} from '../harness/twitch.js';
import { settle } from '../harness/widget.js';
import { labelOf } from '../helpers/controls.js';
import { chooseOption, describeFocus, press } from '../helpers/keyboard.js';
import { markdownTableAfter } from '../helpers/markdown.js';
import { describeElement, isShown, q, qa, shadowOf, textOf } from '../helpers/shadow.js';

const text = twitchTexts.in('en');
const shared = sharedTexts.in('en');
const check = text.check;
const signsText = text.emergencyScreen;
const lastStep = twitchSteps[twitchSteps.length - 1];
/** The four tips, in the text's order: what a self-care result that names no trigger lists. */
const everyTip = twitchTriggers.filter((t): t is Exclude<TwitchTrigger, 'none'> => t !== 'none');

// ---------------------------------------------------------------------------------------------
// The check's screens, as the visitor meets them

/** "Step N of 4" as the text words it for a screen. */
function stepCountOf(screen: TwitchScreen): string {
  return check.stepCount({ step: twitchScreens.indexOf(screen) + 1, total: twitchScreens.length });
}

/** The care context the texts are filled with. */
function contextOf(options: { clinic?: string; emergency?: string } = {}): CareContext {
  return { clinic: options.clinic ?? shared.yourClinic, emergency: options.emergency ?? '911' };
}

/** The id of the element that has focus inside the widget's shadow root. */
function focusedId(el: TwitchRedflagCheck): string | undefined {
  return shadowOf(el).activeElement?.id;
}

function stepCount(el: TwitchRedflagCheck): string {
  return textOf(q(el, '.step-count'));
}

function buttonNamed(el: TwitchRedflagCheck, name: string): HTMLButtonElement | undefined {
  return qa<HTMLButtonElement>(el, 'button').find((b) => textOf(b) === name);
}

function backButton(el: TwitchRedflagCheck): HTMLButtonElement | undefined {
  return buttonNamed(el, check.back);
}

function problem(el: TwitchRedflagCheck): HTMLElement | null {
  return shadowOf(el).querySelector<HTMLElement>('#problem');
}

/** The check's own live region (the summary panel under a result has one of its own). */
function statusRegion(el: TwitchRedflagCheck): HTMLElement {
  return q(el, '[part~="check"] > [role="status"]');
}

/** The names of the radio groups on the screen, in page order. */
function radioGroups(el: TwitchRedflagCheck): string[] {
  return shownQuestions(el);
}

/** The checked answer of every radio group on the screen (as the page shows it). */
function shownAnswers(el: TwitchRedflagCheck): Record<string, string[]> {
  const shown: Record<string, string[]> = {};
  for (const name of radioGroups(el)) {
    shown[name] = qa<HTMLInputElement>(el, `input[type="radio"][name="${name}"]`)
      .filter((r) => r.checked)
      .map((r) => r.value);
  }
  return shown;
}

/** What the step screen must show checked for a scenario: its answer to each question it asks. */
function expectedAnswersOn(step: TwitchStep, scenario: TwitchScenario): Record<string, string[]> {
  const answers = scenarioAnswers(scenario);
  return Object.fromEntries(questionsOn(step, answers).map((question) => [question, answers[question] ? [answers[question]] : []]));
}

/** The card's outline: every heading's tag and text, in page order. */
function outline(el: TwitchRedflagCheck): [string, string][] {
  return qa(el, 'h1, h2, h3, h4, h5, h6').map((h) => [h.localName, textOf(h)]);
}

/** The widget after a button placed before it, so tests can Tab into it like a visitor. */
async function checkAfterButton(
  attributes: Record<string, string> = {},
): Promise<{ el: TwitchRedflagCheck; before: HTMLButtonElement }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div><button type="button">Before the check</button></div>`);
  const el = document.createElement('twitch-redflag-check');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  await el.updateComplete;
  return { el, before: wrapper.querySelector('button') as HTMLButtonElement };
}

async function render(attributes: Record<string, string> = {}): Promise<TwitchRedflagCheck> {
  return (await checkAfterButton(attributes)).el;
}

// ---------------------------------------------------------------------------------------------
// Scenarios (the harness's, one per care level) and what the check must then say

/**
 * Every answer the visitor of a scenario would give if the check asked everything, worked out
 * here: the first screen's ticks, then the steps (left out: "No"); "Is the weakness getting
 * worse?" is asked only after "Yes" or "Not sure" to weakness, and after a clear "No" counts as
 * "No" whatever the scenario says.
 */
function visitorAnswers(scenario: TwitchScenario): TwitchAnswers {
  const steps = { ...allNo, ...scenario.steps };
  if (steps.weakness === 'no') steps.weaknessWorsening = 'no';
  return { ...emergencyScreenAnswers(new Set(scenario.signs)), ...steps };
}

/**
 * The screens a scenario shows and the card it ends on, worked out here without the module's
 * `resultAfter` (which the element itself uses), from the words: "once an urgent rule
 * fires, nothing later can raise the level, so go straight to the result", and the result names
 * only what was asked, which is `assessTwitching` with the questions not asked answered "No".
 * A scenario without steps must end on the first screen.
 */
function walkOf(scenario: TwitchScenario): { screens: TwitchScreen[]; shown: TwitchAssessment } {
  const answers = visitorAnswers(scenario);
  const screens: TwitchScreen[] = [];
  for (const screen of twitchScreens) {
    screens.push(screen);
    const asked = new Set(screens.flatMap((done) => screenQuestions[done]));
    const soFar: TwitchAnswers = Object.fromEntries(twitchQuestions.map((question) => [question, asked.has(question) ? answers[question] : 'no']));
    const shown = assessTwitching(soFar);
    if (!scenario.steps || shown.level === 'emergency' || shown.level === 'urgent' || !nextScreen(screen)) return { screens, shown };
  }
  throw new Error('unreachable: the last screen always ends the check');
}

/** What the card must show for a scenario (see `walkOf`). */
function shownAssessment(scenario: TwitchScenario): TwitchAssessment {
  return walkOf(scenario).shown;
}

/** The step screens a scenario shows, in order (see `walkOf`). */
function stepsOf(scenario: TwitchScenario): TwitchStep[] {
  return walkOf(scenario).screens.filter((screen): screen is TwitchStep => screen !== 'signs');
}

/** The triggers a scenario ticks: none unless the check gets to the last screen, where they are asked. */
function triggersTicked(scenario: TwitchScenario): readonly TwitchTrigger[] {
  return walkOf(scenario).screens.includes(lastStep) ? (scenario.triggers ?? []) : [];
}

/** What `assessTwitching` says for every answer the visitor would have given (see `visitorAnswers`). */
function fullAssessment(scenario: TwitchScenario): TwitchAssessment {
  return assessTwitching(visitorAnswers(scenario));
}

/** The rule id each emergency sign fires alone. */
function ruleOfSign(sign: EmergencySign): string {
  const { reasons } = assessTwitching({ ...allNo, ...scenarioAnswers({ signs: [sign] }) });
  if (reasons.length !== 1) throw new Error(`${sign} alone fires ${reasons.join(', ')}`);
  return reasons[0];
}

/** Answers `step` by clicks as the scenario says, once the check shows that step. */
async function answerStepOn(el: TwitchRedflagCheck, step: TwitchStep, scenario: TwitchScenario): Promise<void> {
  expect(twitchScreen(el), 'the screen before answering it').to.equal(step);
  await answerStep(el, scenario);
}

// ---------------------------------------------------------------------------------------------
// Answering by keyboard (the harness walks the screens; the test runner's keyboard is passed in)

const keyboard: Keyboard = { press, chooseOption };

/**
 * Tabs from the button before the widget, past the safety note's call link, to the first
 * checkbox: nothing else comes first (the "about" section is after the check).
 */
async function tabIntoCheck(el: TwitchRedflagCheck, before: HTMLButtonElement): Promise<void> {
  before.focus();
  await press('Tab');
  expect(describeFocus(), 'first Tab: the safety note\'s call link').to.equal(describeElement(q(el, '.safety-note a')));
  await press('Tab');
  expect(describeFocus(), 'second Tab: the first checkbox').to.equal(`checkbox "${signLabel(el, signChoices[0])}"`);
}

// ---------------------------------------------------------------------------------------------
// The result

/** The headings that open a section of the care card's body. */
const sectionLabels = [text.whatToDoLabel, text.reasonsLabel, text.moreHelp.label, text.triggerAdviceLabel];

/**
 * The care card's body, split at its section headings: heading text to the elements under it,
 * the headings of the lists inside a section included.
 */
function cardSections(result: HTMLElement): Map<string, Element[]> {
  const sections = new Map<string, Element[]>();
  let current: Element[] | undefined;
  for (const child of result.querySelector('.care-body')?.children ?? []) {
    if (/^h[1-6]$/.test(child.localName) && sectionLabels.includes(textOf(child))) {
      current = [];
      sections.set(textOf(child), current);
    } else if (current) current.push(child);
  }
  return sections;
}

function itemsOf(elements: readonly Element[] | undefined): string[] {
  return (elements ?? []).filter((e) => e.localName === 'ul' && !e.matches('[part~="contact"]')).flatMap((ul) => [...ul.querySelectorAll('li')].map(textOf));
}

/** A section's text as a reader meets it: each heading and paragraph, then each list item (not the clinic's links). */
function sectionText(elements: readonly Element[] | undefined): string[] {
  return (elements ?? [])
    .filter((e) => !e.matches('[part~="contact"]'))
    .flatMap((e) => (e.localName === 'ul' ? [...e.querySelectorAll('li')].map(textOf) : [textOf(e)]));
}

/**
 * Where the clinic's links sit on a card: the section they are in, and the heading of the list
 * just before them ("" when they follow no list).
 */
function contactPlace(result: HTMLElement): { section: string; after: string } | undefined {
  const contact = result.querySelector('[part~="contact"]');
  if (!contact) return undefined;
  const section = [...cardSections(result)].find(([, elements]) => elements.includes(contact))?.[0] ?? 'none';
  const list = contact.previousElementSibling;
  const heading = list?.localName === 'ul' ? list.previousElementSibling : null;
  return { section, after: heading && /^h[1-6]$/.test(heading.localName) ? textOf(heading) : '' };
}

/** "When to get more help" as the pack words it for a level: one list per higher level, lowest first. */
function expectedMoreHelp(level: CareLevel, context: CareContext): string[] {
  if (level === 'emergency') return [text.results.emergency.whileWaiting(context)];
  const items = {
    soon: text.moreHelp.soonIf,
    urgent: text.moreHelp.urgentIf,
    emergency: emergencySigns.map((sign) => signsText.signs[sign].label),
  };
  const lists = escalationLevels(level).flatMap((higher) => [text.moreHelp.headings[higher](context), ...items[higher]]);
  return level === 'urgent' ? lists : [...lists, text.moreHelp.checkAgain];
}

function linksIn(node: ParentNode): [string | null, string][] {
  return [...node.querySelectorAll('a')].map((a) => [a.getAttribute('href'), textOf(a)]);
}

interface ResultExpectation {
  level: CareLevel;
  shown: TwitchAssessment;
  context?: CareContext;
  /** The triggers ticked, in tick order. */
  triggers?: readonly TwitchTrigger[];
  headingTag?: string;
}

/** Checks the care card as shown: level, heading, what to do, why, what to watch for, advice. */
function expectResult(el: TwitchRedflagCheck, { level, shown, context = contextOf(), triggers = [], headingTag = 'h3' }: ResultExpectation): void {
  expect(shown.level, 'the scenario itself gives the expected level').to.equal(level);
  expect(twitchScreen(el)).to.equal('result');
  const result = q(el, '[part~="result"]');
  expect(isShown(result), 'the care card is visible').to.equal(true);
  expect(
    careLevels.filter((l) => result.classList.contains(`care-${l}`)),
    'the card has the level class',
  ).to.deep.equal([level]);
  const card = text.results[level];
  const shownResult = twitchResult(el);
  expect(shownResult.level, 'the level the card shows').to.equal(level);

  const heading = q(el, '#result-heading');
  expect(heading.localName, 'result heading tag').to.equal(headingTag);
  expect(result.contains(heading), 'the heading is in the card').to.equal(true);
  expect(shownResult.heading, 'the heading as a screen reader reads it').to.equal(`${card.label} ${card.heading(context)}`);
  const hidden = heading.querySelector('.visually-hidden');
  expect(textOf(hidden), 'the visually hidden label').to.equal(card.label);
  const box = hidden?.getBoundingClientRect();
  expect(box !== undefined && box.width <= 1 && box.height <= 1, 'the label takes no visible room').to.equal(true);
  expect(heading.querySelector('.care-icon')?.getAttribute('aria-hidden'), 'the icon is hidden from screen readers').to.equal('true');
  expect(focusedId(el), 'focus is on the result heading').to.equal('result-heading');
  expect(heading.getAttribute('tabindex')).to.equal('-1');

  const sections = cardSections(result);
  const whatToDo = sections.get(text.whatToDoLabel);
  expect(whatToDo?.map(textOf), 'what to do').to.include(card.whatToDo(context));
  if (level === 'emergency') {
    const link = whatToDo?.map((e) => e.querySelector('a')).find(Boolean);
    expect(link?.getAttribute('href'), 'the emergency link').to.equal(`tel:${context.emergency.replace(/[^\d+]/g, '')}`);
    expect(textOf(link), 'the emergency link text').to.equal(shared.callNumber({ number: context.emergency }));
  }
  expect(shownResult.reasons, 'reasons').to.deep.equal(reasonTexts(text, shown.reasons, context));
  expect(sectionText(sections.get(text.moreHelp.label)), 'when to get more help').to.deep.equal(expectedMoreHelp(level, context));
  // The clinic's links (when the page set any) sit under the advice they belong to: "What to do"
  // when it says to contact the clinic, on self-care under "Book an appointment ... if".
  const place = contactPlace(result);
  if (place) {
    expect(level, 'no clinic links on an emergency card').not.to.equal('emergency');
    expect(place, 'where the clinic links sit').to.deep.equal(
      level === 'self-care' ? { section: text.moreHelp.label, after: text.moreHelp.headings.soon(context) } : { section: text.whatToDoLabel, after: '' },
    );
  }

  // The tips for the triggers named; a self-care result that names none lists every tip.
  const named = level === 'emergency' ? [] : triggers.filter((t): t is Exclude<TwitchTrigger, 'none'> => t !== 'none');
  const tips = level === 'self-care' && named.length === 0 ? everyTip : named;
  if (tips.length > 0) {
    expect(itemsOf(sections.get(text.triggerAdviceLabel)), 'trigger advice').to.deep.equal(tips.map((t) => text.triggerAdvice[t]));
  } else {
    expect([...sections.keys()], 'no trigger advice').not.to.include(text.triggerAdviceLabel);
  }
  // "What to do" says what to do, not the tips: none of them there.
  const whatToDoText = sectionText(whatToDo).join(' ');
  expect(everyTip.filter((t) => whatToDoText.includes(text.triggerAdvice[t])), 'no tip under "what to do"').to.deep.equal([]);
  expect(repeatedTexts(result), 'nothing is said twice on the card').to.deep.equal([]);
  expect(textOf(statusRegion(el)), 'the live region names the result').to.equal(`${card.label} ${card.heading(context)}`);
}

/**
 * Every sentence that a reader meets in more than one place on the card: the headings,
 * paragraphs and list items (a link is in one of them), each split into sentences.
 */
function repeatedTexts(result: HTMLElement): string[] {
  const places = new Map<string, number>();
  for (const block of [...result.querySelectorAll('h1, h2, h3, h4, h5, h6, p, li')].map(textOf)) {
    for (const sentence of new Set(block.split(/(?<=[.!?:])\s+/).filter(Boolean))) places.set(sentence, (places.get(sentence) ?? 0) + 1);
  }
  return [...places].filter(([, count]) => count > 1).map(([sentence]) => sentence);
}

/** The safety note: a plain line, then a link that dials the emergency number. */
/** Focus is on the first screen's one heading: the question, inside the legend of its boxes. */
function expectFirstScreenHeadingFocused(el: TwitchRedflagCheck): void {
  const heading = q(el, '#step-heading');
  expect(describeFocus(), 'focus is on the first screen\'s heading').to.equal(describeElement(heading));
  expect([heading.localName, textOf(heading), heading.parentElement?.localName], 'the heading is the question, in the legend').to.deep.equal([
    'h3',
    signsText.legend,
    'legend',
  ]);
}

function expectSafetyNote(el: TwitchRedflagCheck, context = contextOf()): void {
  const note = q(el, '.safety-note');
  const call = shared.callNumber({ number: context.emergency });
  expect(textOf(note), `safety note on the ${twitchScreen(el)} screen`).to.equal(`${text.safetyNote} ${call}`);
  expect(isShown(note), `safety note visible on the ${twitchScreen(el)} screen`).to.equal(true);
  expect(linksIn(note), `the safety note's one link, on the ${twitchScreen(el)} screen`).to.deep.equal([
    [`tel:${context.emergency.replace(/[^\d+]/g, '')}`, call],
  ]);
}

// ---------------------------------------------------------------------------------------------

describe('<twitch-redflag-check>', () => {
  let warnings: WarningSpy | undefined;

  afterEach(() => {
    warnings?.restore();
    warnings = undefined;
  });

  it('scenarios give the levels their names promise', () => {
    const all = { ...twitchScenarios, urgentOnLastScreen };
    for (const [name, scenario] of Object.entries(all)) {
      const level = name === 'urgentOnLastScreen' ? 'urgent' : name;
      expect(shownAssessment(scenario).level, name).to.equal(level);
      // The harness (and so the stories) expects what this file works out on its own.
      expect(scenarioResult(scenario), `the harness's ${name} result`).to.deep.equal(shownAssessment(scenario));
      expect(scenarioScreens(scenario), `the harness's ${name} screens`).to.deep.equal(walkOf(scenario).screens);
      expect(scenarioAnswers(scenario), `the harness's ${name} answers`).to.deep.equal({
        ...(scenario.steps ? visitorAnswers(scenario) : emergencyScreenAnswers(new Set(scenario.signs))),
        triggers: scenario.triggers ?? [],
      });
    }
    // The shortest paths: the emergency sign ends the check on the first screen, the swollen leg
    // on the first step; the others go through every screen.
    expect(Object.fromEntries(Object.entries(all).map(([name, scenario]) => [name, walkOf(scenario).screens]))).to.deep.equal({
      emergency: ['signs'],
      urgent: ['signs', 'muscles'],
      soon: [...twitchScreens],
      'self-care': [...twitchScreens],
      urgentOnLastScreen: [...twitchScreens],
    });
  });

  describe('by keyboard alone', () => {
    for (const level of careLevels) {
      const scenario = twitchScenarios[level];
      const steps = stepsOf(scenario);
      const how = steps.length === 0 ? 'from the first screen' : `through ${steps.length === twitchSteps.length ? 'every step' : steps.join(', ')}`;
      it(`reaches the "${level}" result ${how} with Tab, Space, arrow keys and Enter`, async () => {
        const { el, before } = await checkAfterButton();
        const status = statusRegion(el);
        expect(textOf(status), 'the live region starts empty').to.equal('');
        await tabIntoCheck(el, before);
        await tickSignsByKeyboard(el, scenario.signs, keyboard);
        for (const step of steps) await answerStepByKeyboard(el, step, scenario, keyboard);
        expect(statusRegion(el) === status, 'the same live region node, so screen readers announce the change').to.equal(true);
        expectResult(el, { level, shown: shownAssessment(scenario), triggers: triggersTicked(scenario) });
        // The card shows what the rules say for the answers given: all of them after the last
        // screen; after an earlier one, the level of every answer the visitor would have given,
        // naming only what was asked.
        const full = fullAssessment(scenario);
        if (steps.length === twitchSteps.length) {
          expect(shownAssessment(scenario)).to.deep.equal(full);
        } else {
          expect(shownAssessment(scenario).level).to.equal(full.level);
          expect(
            shownAssessment(scenario).reasons.filter((id) => !full.reasons.includes(id)),
            'no reason that all the answers would not give',
          ).to.deep.equal([]);
        }
      });
    }

    it('reaches "Is the weakness getting worse?" by Tab right after answering weakness, and leaves it out after "No"', async () => {
      const { el, before } = await checkAfterButton();
      await tabIntoCheck(el, before);
      await tickSignsByKeyboard(el, ['none'], keyboard);
      // Through "weakness": the follow-up is not there yet.
      expect(focusedId(el)).to.equal('step-heading');
      await press('Tab');
      await chooseOption(answerValues.indexOf('no'));
      await press('Tab');
      expect(describeFocus()).to.equal(`radio[name=weakness] "${shared.answers.yes}"`);
      expect(radioGroups(el), 'before weakness is answered').not.to.include('weaknessWorsening');
      await chooseOption(answerValues.indexOf('unsure'));
      await el.updateComplete;
      expect(radioGroups(el).slice(1, 3), 'the follow-up right after weakness').to.deep.equal(['weakness', 'weaknessWorsening']);
      await press('Tab');
      expect(describeFocus(), 'the next Tab stop is the follow-up').to.equal(`radio[name=weaknessWorsening] "${shared.answers.yes}"`);
      // Back to weakness, "No" (arrow keys move within the group): the follow-up goes away.
      qa<HTMLInputElement>(el, 'input[name="weakness"]').find((radio) => radio.checked)?.focus();
      await press('ArrowUp');
      await el.updateComplete;
      expect(shownAnswers(el).weakness).to.deep.equal(['no']);
      expect(radioGroups(el), 'after "No"').not.to.include('weaknessWorsening');
      await press('Tab');
      expect(describeFocus(), 'after "No", Tab goes on to the next question').to.equal(`radio[name=lossOfTone] "${shared.answers.yes}"`);
    });

    it('"Start again" by keyboard clears everything and returns to the first screen\'s heading', async () => {
      const { el, before } = await checkAfterButton();
      await tabIntoCheck(el, before);
      await tickSignsByKeyboard(el, ['none'], keyboard);
      for (const step of twitchSteps) await answerStepByKeyboard(el, step, twitchScenarios.soon, keyboard);
      expectResult(el, { level: 'soon', shown: shownAssessment(twitchScenarios.soon), triggers: twitchScenarios.soon.triggers });

      // From the focused heading, Tab leaves the card's body links (none set) for "Start again".
      await press('Tab');
      expect(describeFocus(), 'Tab from the result heading reaches "Start again"').to.equal(
        describeElement(buttonNamed(el, shared.startAgain)),
      );
      await press('Enter');
      await settle(el);

      expect(twitchScreen(el)).to.equal('signs');
      expectFirstScreenHeadingFocused(el);
      expect(tickedSigns(el), 'nothing is ticked').to.deep.equal([]);
      expect(textOf(statusRegion(el)), 'the live region is empty again').to.equal('');
      expect(describeElement(problem(el))).to.equal('null');
      expect(stepCount(el)).to.equal(stepCountOf('signs'));

      // No answer is left over on the next screens either, nor the follow-up that "Yes" to
      // weakness brought.
      tickSign(el, 'none');
      await next(el);
      expect(shownAnswers(el)).to.deep.equal(Object.fromEntries(questionsOn(twitchSteps[0], {}).map((question) => [question, []])));
      expect(radioGroups(el)).not.to.include('weaknessWorsening');
      for (const step of twitchSteps.slice(0, -1)) {
        await answerStepOn(el, step, twitchScenarios['self-care']);
        await next(el);
      }
      expect(tickedTriggers(el), 'no trigger is left ticked').to.deep.equal([]);
    });
  });

  describe('emergency signs end the check at once', () => {
    const singles: [string, EmergencyChoice[]][] = [
      ...emergencySigns.map((sign): [string, EmergencyChoice[]] => [sign, [sign]]),
      ['unsure', ['unsure']],
      ['unsure and chestPain', ['unsure', 'chestPain']],
      ['breathingTrouble and seizureOrCollapse', ['breathingTrouble', 'seizureOrCollapse']],
    ];
    for (const [name, choices] of singles) {
      it(`ticking ${name} shows the emergency card right after "Next"`, async () => {
        const el = await render();
        for (const choice of choices) tickSign(el, choice);
        await next(el);
        const scenario: TwitchScenario = { signs: choices };
        const shown = shownAssessment(scenario);
        expectResult(el, { level: 'emergency', shown });
        // The reasons name only the signs ticked, and "not sure" adds one reason of its own.
        const expectedIds = [
          ...emergencySigns.filter((s) => choices.includes(s)).map(ruleOfSign),
          ...(choices.includes('unsure') ? ['emergency-sign-unsure'] : []),
        ];
        expect(shown.reasons).to.deep.equal(expectedIds);
        expect(scenarioResult(scenario), "the harness's expected result").to.deep.equal(shown);
        expect(describeElement(shadowOf(el).querySelector('input[type="radio"]')), 'no question screen').to.equal('null');
        expect(describeElement(shadowOf(el).querySelector('#step-heading'))).to.equal('null');
      });
    }

    it('dials 911 by default', async () => {
      const el = await render();
      tickSign(el, 'cannotSwallow');
      await next(el);
      const links = linksIn(q(el, '[part~="result"]'));
      expect(links).to.deep.equal([['tel:911', shared.callNumber({ number: '911' })]]);
      expectSafetyNote(el);
    });

    it('dials a custom emergency-number and names it in the heading', async () => {
      warnings = spyOnWarnings();
      const el = await render({ 'emergency-number': '112' });
      expectSafetyNote(el, contextOf({ emergency: '112' }));
      tickSign(el, 'seizureOrCollapse');
      await next(el);
      const context = contextOf({ emergency: '112' });
      expectResult(el, { level: 'emergency', shown: shownAssessment({ signs: ['seizureOrCollapse'] }), context });
      expect(textOf(q(el, '#result-heading'))).to.contain('112');
      expect(linksIn(q(el, '[part~="result"]'))).to.deep.equal([['tel:112', shared.callNumber({ number: '112' })]]);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('falls back to 911 for an invalid emergency-number, with one warning', async () => {
      warnings = spyOnWarnings();
      const el = await render({ 'emergency-number': 'call us' });
      expectSafetyNote(el);
      tickSign(el, 'unsure');
      await next(el);
      expectResult(el, { level: 'emergency', shown: shownAssessment({ signs: ['unsure'] }) });
      expect(linksIn(q(el, '[part~="result"]'))).to.deep.equal([['tel:911', shared.callNumber({ number: '911' })]]);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('emergency-number').and.contain('call us');
    });

    it('names only the emergency signs, even when steps were answered before going back to tick one', async () => {
      const el = await render();
      tickSign(el, 'none');
      await next(el);
      const scenario = twitchScenarios.soon;
      for (const step of twitchSteps) {
        await answerStepOn(el, step, scenario);
        if (nextScreen(step)) await next(el);
      }
      for (let i = 0; i < twitchSteps.length; i += 1) await back(el);
      expect(twitchScreen(el)).to.equal('signs');
      tickSign(el, 'breathingTrouble');
      await next(el);
      expectResult(el, { level: 'emergency', shown: shownAssessment({ signs: ['breathingTrouble'] }), triggers: scenario.triggers });
      expect(twitchResult(el).reasons).to.deep.equal([
        text.signReason({ sign: signsText.signs.breathingTrouble.label }),
      ]);
    });
  });

  describe('the first screen', () => {
    it('asks about the emergency signs with "not sure" and "none", as step 1', async () => {
      const el = await render();
      expect(textOf(q(el, 'fieldset.signs legend'))).to.equal(signsText.legend);
      expect(signBoxes(el).map(labelOf)).to.deep.equal(signChoices.map((choice) => signLabel(el, choice)));
      expect(tickedSigns(el)).to.deep.equal([]);
      expect(stepCount(el)).to.equal(stepCountOf('signs'));
      expect(describeElement(backButton(el)), 'no "Back" on the first screen').to.equal('undefined');
      expect(textOf(submitButton(el))).to.equal(check.next);
      expect(q(el, 'fieldset.signs').getAttribute('aria-describedby')).to.equal('signs-hint');
      expect(textOf(q(el, '#signs-hint'))).to.equal(signsText.hint);
    });

    it('has one heading before the first box, the question, inside the legend; the title is the only one above it', async () => {
      const el = await render();
      const firstBox = signBoxes(el)[0];
      const before = qa(el, 'h1, h2, h3, h4, h5, h6').filter(
        (heading) => (heading.compareDocumentPosition(firstBox) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
      );
      expect(before.map((heading): [string, string] => [heading.localName, textOf(heading)]), 'headings before the first box').to.deep.equal([
        ['h2', text.title],
        ['h3', signsText.legend],
      ]);
      const question = q(el, '#step-heading');
      expect(question.parentElement?.matches('fieldset.signs > legend'), 'the question heading is the legend of the boxes').to.equal(true);
      expect([question.getAttribute('tabindex'), question.getAttribute('aria-describedby')]).to.deep.equal(['-1', 'step-count']);
      // The check is named for screen readers, with no visible heading of its own.
      const section = q(el, '[part~="check"]');
      expect([section.localName, section.getAttribute('aria-label')]).to.deep.equal(['section', check.heading]);
      expect(qa(el, 'h1, h2, h3, h4, h5, h6').map(textOf), 'no "check your twitching" heading').not.to.include(check.heading);
      // Between the title and the first box: the safety note, the step count, the question and its hint.
      const root = q(el, '[part~="base"]');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const words: string[] = [];
      for (let node = walker.nextNode(); node && (node.compareDocumentPosition(firstBox) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0; node = walker.nextNode()) {
        const piece = textOf(node);
        if (piece) words.push(piece);
      }
      expect(words.join(' ')).to.equal(
        [text.title, text.safetyNote, shared.callNumber({ number: '911' }), stepCountOf('signs'), signsText.legend, signsText.hint].join(' '),
      );
    });

    it('asks about now or the last 24 hours, and gives each sign a hint that describes its box', async () => {
      const el = await render();
      expect(signsText.legend).to.match(/24 hours/);
      const hints = emergencySigns.map((sign) => {
        const ids = (signBox(el, sign).getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
        return [sign, ids.map((id) => textOf(shadowOf(el).getElementById(id)))];
      });
      expect(hints).to.deep.equal(emergencySigns.map((sign) => [sign, [signsText.signs[sign].hint]]));
      for (const sign of emergencySigns) expect(isShown(q(el, `#${sign}-hint`)), `${sign} hint is visible`).to.equal(true);
    });

    it('"None of these" unticks the signs, and a sign or "not sure" unticks "None of these"', async () => {
      const el = await render();
      tickSign(el, 'chestPain');
      tickSign(el, 'unsure');
      await el.updateComplete;
      expect(tickedSigns(el)).to.deep.equal([signsText.signs.chestPain.label, signsText.unsure]);
      tickSign(el, 'none');
      await el.updateComplete;
      expect(tickedSigns(el)).to.deep.equal([signsText.none]);
      tickSign(el, 'breathingTrouble');
      await el.updateComplete;
      expect(tickedSigns(el)).to.deep.equal([signsText.signs.breathingTrouble.label]);
      tickSign(el, 'none');
      await el.updateComplete;
      tickSign(el, 'unsure');
      await el.updateComplete;
      expect(tickedSigns(el)).to.deep.equal([signsText.unsure]);
      // Unticking works too.
      tickSign(el, 'unsure');
      await el.updateComplete;
      expect(tickedSigns(el)).to.deep.equal([]);
    });

    it('with nothing ticked, "Next" shows an alert and moves focus to the first box', async () => {
      const el = await render();
      await next(el);
      expect(twitchScreen(el)).to.equal('signs');
      const message = problem(el);
      expect(textOf(message)).to.equal(signsText.chooseOne);
      expect(message?.getAttribute('role')).to.equal('alert');
      expect(message !== null && isShown(message), 'the message is visible').to.equal(true);
      expect(describeFocus()).to.equal(`checkbox "${signLabel(el, signChoices[0])}"`);
      expect(q(el, 'fieldset.signs').getAttribute('aria-describedby')?.split(' ')).to.deep.equal(['signs-hint', 'problem']);

      // A second try puts a new alert node in the page, which screen readers announce again.
      await next(el);
      const again = problem(el);
      expect(again !== null && again !== message, 'a new message node').to.equal(true);
      expect(textOf(again)).to.equal(signsText.chooseOne);

      tickSign(el, 'none');
      await next(el);
      expect(twitchScreen(el)).to.equal('muscles');
      expect(describeElement(problem(el))).to.equal('null');
    });
  });

  describe('the step screens', () => {
    it('show "Step N of 4", their heading, their questions and the right buttons', async () => {
      const el = await render();
      tickSign(el, 'none');
      await next(el);
      for (const step of twitchSteps) {
        expect(twitchScreen(el)).to.equal(step);
        expect(stepCount(el), `step count on ${step}`).to.equal(stepCountOf(step));
        expect([q(el, '#step-heading').localName, textOf(q(el, '#step-heading'))]).to.deep.equal(['h3', text.steps[step]]);
        // Every question of the screen, but a follow-up whose question before it is not answered yet.
        const asked = stepQuestions[step].filter((question) => question !== 'weaknessWorsening');
        expect(radioGroups(el), `questions on ${step}`).to.deep.equal(asked);
        expect(qa(el, 'fieldset legend').map(textOf), `legends on ${step}`).to.deep.equal([
          ...asked.map((question) => text.questions[question].legend),
          ...(nextScreen(step) ? [] : [text.triggers.legend]),
        ]);
        for (const question of asked) {
          expect(
            qa<HTMLInputElement>(el, `input[name="${question}"]`).map((r) => [r.value, labelOf(r)]),
            `answers offered for ${question}`,
          ).to.deep.equal(answerValues.map((value) => [value, shared.answers[value]]));
        }
        expect(describeElement(backButton(el)), `"Back" on ${step}`).not.to.equal('undefined');
        expect(textOf(submitButton(el))).to.equal(nextScreen(step) ? check.next : check.showResult);
        await answerStepOn(el, step, twitchScenarios['self-care']);
        await next(el);
      }
      expect(twitchScreen(el)).to.equal('result');
      expect(describeElement(shadowOf(el).querySelector('.step-count')), 'no step count on the result').to.equal('null');
    });

    it('moves focus to the heading of each new step screen, going on and going back', async () => {
      const el = await render();
      tickSign(el, 'none');
      await next(el);
      for (const step of twitchSteps) {
        expect(twitchScreen(el)).to.equal(step);
        expect(focusedId(el), `focus on ${step}`).to.equal('step-heading');
        expect(q(el, '#step-heading').getAttribute('tabindex')).to.equal('-1');
        expect(describeFocus()).to.equal(describeElement(q(el, '#step-heading')));
        await answerStepOn(el, step, twitchScenarios['self-care']);
        if (nextScreen(step)) await next(el);
      }
      for (const step of [...twitchSteps].reverse().slice(1)) {
        await back(el);
        expect([twitchScreen(el), focusedId(el)], `back to ${step}`).to.deep.equal([step, 'step-heading']);
      }
      await back(el);
      expect(twitchScreen(el)).to.equal('signs');
      expectFirstScreenHeadingFocused(el);
    });

    it('"Back" returns to the previous screen with its answers kept', async () => {
      const el = await render();
      tickSign(el, 'none');
      await next(el);
      const scenario = twitchScenarios.soon;
      const expectedOn = (step: TwitchStep): Record<string, string[]> => expectedAnswersOn(step, scenario);

      await answerStepOn(el, 'muscles', scenario);
      await next(el);
      await back(el);
      expect(shownAnswers(el), 'muscles after going back from course (course unanswered)').to.deep.equal(expectedOn('muscles'));
      await back(el);
      expect(twitchScreen(el)).to.equal('signs');
      expect(tickedSigns(el), '"None of these" is still ticked').to.deep.equal([signsText.none]);
      await next(el);
      expect(shownAnswers(el), 'muscles, after going back to the first screen and on again').to.deep.equal(expectedOn('muscles'));
      await next(el);
      await answerStepOn(el, 'course', scenario);
      await next(el);
      await answerStepOn(el, 'causes', scenario);
      await back(el);
      expect(shownAnswers(el), 'course after going back from causes').to.deep.equal(expectedOn('course'));
      await next(el);
      expect(shownAnswers(el), 'causes, after going back and on again').to.deep.equal(expectedOn('causes'));
      expect(tickedTriggers(el), 'triggers are kept').to.deep.equal(twitchTriggers.filter((t) => scenario.triggers?.includes(t)));
      await next(el);
      expectResult(el, { level: 'soon', shown: shownAssessment(scenario), triggers: scenario.triggers });
    });

    it('"Back" shows each kept answer, also when the screens before had other answers in the same places', async () => {
      // muscles: second question "Not sure", third "No"; course: second question "No", third "Yes".
      // Both screens show their own. (A "Yes" to the first question on muscles, a possible clot,
      // would end the check there.)
      const el = await render();
      tickSign(el, 'none');
      await next(el);
      const scenario: TwitchScenario = {
        signs: ['none'],
        steps: { weakness: 'unsure', stiffness: 'yes', suddenOnset: 'no', longerThanTwoWeeks: 'yes' },
      };
      await answerStepOn(el, 'muscles', scenario);
      await next(el);
      await answerStepOn(el, 'course', scenario);
      await back(el);
      expect(shownAnswers(el), 'the muscles screen shows the answers it holds').to.deep.equal(expectedAnswersOn('muscles', scenario));
      await next(el);
      expect(shownAnswers(el), 'the course screen shows the answers it holds').to.deep.equal(expectedAnswersOn('course', scenario));
    });

    it('names how many questions are unanswered and moves focus to the first of them', async () => {
      const el = await render();
      tickSign(el, 'none');
      await next(el);
      // Every question answered but two: "Is the weakness getting worse?" (asked, since weakness
      // is "Yes") and "thinner muscle".
      const left: StepQuestion[] = ['weaknessWorsening', 'muscleShrinking'];
      for (const question of stepQuestions.muscles.filter((question) => !left.includes(question))) {
        answerQuestion(el, question, question === 'lossOfTone' ? 'unsure' : question === 'weakness' ? 'yes' : 'no');
        await el.updateComplete;
      }
      await next(el);

      expect(twitchScreen(el), 'the screen stays').to.equal('muscles');
      const message = problem(el);
      expect(textOf(message)).to.equal(check.unanswered({ count: 2 }));
      expect(message?.getAttribute('role')).to.equal('alert');
      expect(describeFocus(), 'focus is on the first answer of the first unanswered question').to.equal(
        `radio[name=weaknessWorsening] "${shared.answers.yes}"`,
      );
      const flagged = qa(el, 'fieldset')
        .filter((f) => (f.getAttribute('aria-describedby') ?? '').split(' ').includes('problem'))
        .map((f) => f.querySelector('input')?.name);
      expect(flagged, 'the unanswered questions point at the message').to.deep.equal(['weaknessWorsening', 'muscleShrinking']);
      expect(
        qa(el, 'fieldset.missing').map((f) => f.querySelector('input')?.name),
        'and are marked',
      ).to.deep.equal(['weaknessWorsening', 'muscleShrinking']);

      // One left: the singular message, focus on it.
      answerQuestion(el, 'weaknessWorsening', 'no');
      await el.updateComplete;
      await next(el);
      expect(twitchProblem(el)).to.equal(check.unanswered({ count: 1 }));
      expect(describeFocus()).to.equal(`radio[name=muscleShrinking] "${shared.answers.yes}"`);

      answerQuestion(el, 'muscleShrinking', 'no');
      await el.updateComplete;
      await next(el);
      expect(twitchScreen(el)).to.equal('course');
      expect(describeElement(problem(el))).to.equal('null');

      // Also on the last step.
      await answerStepOn(el, 'course', twitchScenarios['self-care']);
      await next(el);
      await next(el);
      expect(twitchScreen(el)).to.equal(lastStep);
      expect(twitchProblem(el)).to.equal(check.unanswered({ count: stepQuestions[lastStep].length }));
      expect(describeFocus()).to.equal(`radio[name=${stepQuestions[lastStep][0]}] "${shared.answers.yes}"`);
    });

    it('"None" among the triggers unticks the others, and another trigger unticks "None"', async () => {
      const again = await render();
      tickSign(again, 'none');
      await next(again);
      for (const step of twitchSteps.slice(0, -1)) {
        await answerStepOn(again, step, twitchScenarios['self-care']);
        await next(again);
      }
      expect(twitchScreen(again)).to.equal(lastStep);
      tickTrigger(again, 'caffeine');
      tickTrigger(again, 'hardExercise');
      await again.updateComplete;
      expect(tickedTriggers(again)).to.deep.equal(['caffeine', 'hardExercise']);
      tickTrigger(again, 'none');
      await again.updateComplete;
      expect(tickedTriggers(again)).to.deep.equal(['none']);
      tickTrigger(again, 'stress');
      await again.updateComplete;
      expect(tickedTriggers(again)).to.deep.equal(['stress']);
    });
  });

  describe('the follow-up "Is the weakness getting worse?"', () => {
    const followUp = 'weaknessWorsening';

    /** On the muscles screen: every question but weakness and its follow-up answered "No". */
    async function musclesScreen(): Promise<TwitchRedflagCheck> {
      const el = await render();
      tickSign(el, 'none');
      await next(el);
      expect(twitchScreen(el)).to.equal('muscles');
      for (const question of stepQuestions.muscles.filter((question) => question !== 'weakness' && question !== followUp)) {
        answerQuestion(el, question, 'no');
      }
      await el.updateComplete;
      return el;
    }

    async function answerWeakness(el: TwitchRedflagCheck, value: 'yes' | 'no' | 'unsure'): Promise<void> {
      answerQuestion(el, 'weakness', value);
      await el.updateComplete;
    }

    it('is not shown until weakness is answered "Yes" or "Not sure", then right after it; "No" takes it away', async () => {
      const el = await musclesScreen();
      const withoutFollowUp = stepQuestions.muscles.filter((question) => question !== followUp);
      expect(radioGroups(el), 'weakness not answered yet').to.deep.equal(withoutFollowUp);
      const shown: [string, string[]][] = [];
      for (const value of ['yes', 'no', 'unsure', 'no'] as const) {
        await answerWeakness(el, value);
        shown.push([value, radioGroups(el)]);
      }
      expect(shown).to.deep.equal([
        ['yes', [...stepQuestions.muscles]],
        ['no', withoutFollowUp],
        ['unsure', [...stepQuestions.muscles]],
        ['no', withoutFollowUp],
      ]);
      expect(stepQuestions.muscles.indexOf(followUp), 'the follow-up comes right after weakness').to.equal(stepQuestions.muscles.indexOf('weakness') + 1);
    });

    it('is a question of its own when shown: its legend, its hint, three answers, nothing picked', async () => {
      const el = await musclesScreen();
      await answerWeakness(el, 'unsure');
      const radios = qa<HTMLInputElement>(el, `input[name="${followUp}"]`);
      const fieldset = radios[0]?.closest('fieldset');
      expect(textOf(fieldset?.querySelector('legend')), 'a screen reader names the group by its legend').to.equal(text.questions[followUp].legend);
      expect(radios.map((radio) => [radio.value, labelOf(radio), radio.checked])).to.deep.equal(
        answerValues.map((value) => [value, shared.answers[value], false]),
      );
      expect(fieldset !== null && fieldset !== undefined && isShown(fieldset), 'visible').to.equal(true);
      const hint = text.questions[followUp].hint;
      if (hint) {
        expect((fieldset?.getAttribute('aria-describedby') ?? '').split(' '), 'its hint describes it').to.include(`${followUp}-hint`);
      }
    });

    it('once shown and unanswered, "Next" names it as unanswered; after "No" to weakness it is gone and never blocks "Next"', async () => {
      const el = await musclesScreen();
      await answerWeakness(el, 'yes');
      await next(el);
      expect([twitchScreen(el), twitchProblem(el)], 'the shown follow-up needs an answer').to.deep.equal(['muscles', check.unanswered({ count: 1 })]);
      expect(describeFocus()).to.equal(`radio[name=${followUp}] "${shared.answers.yes}"`);
      await answerWeakness(el, 'no');
      expect(radioGroups(el)).not.to.include(followUp);
      await next(el);
      expect([twitchScreen(el), twitchProblem(el)], 'after "No" to weakness, "Next" goes on').to.deep.equal(['course', '']);
    });

    it('with weakness "No" from the start, "Next" goes on with the follow-up never asked', async () => {
      const el = await musclesScreen();
      await answerWeakness(el, 'no');
      await next(el);
      expect([twitchScreen(el), twitchProblem(el)]).to.deep.equal(['course', '']);
    });

    it('an answer to it no longer counts once weakness is changed to "No"', async () => {
      // "Yes" to worsening weakness alone would end the check with "Get medical help today".
      const el = await musclesScreen();
      const received: string[] = [];
      el.addEventListener('lhw-twitch-result', (event) => received.push(event.detail.level));
      await answerWeakness(el, 'yes');
      answerQuestion(el, followUp, 'yes');
      await answerWeakness(el, 'no');
      await next(el);
      expect(twitchScreen(el), 'on to the next screen, not an urgent result').to.equal('course');
      await answerStep(el, twitchScenarios['self-care']);
      await next(el);
      await answerStep(el, twitchScenarios['self-care']);
      await next(el);
      expectResult(el, { level: 'self-care', shown: shownAssessment(twitchScenarios['self-care']), triggers: twitchScenarios['self-care'].triggers });
      expect(received).to.deep.equal(['self-care']);
    });

    for (const weakness of ['yes', 'unsure'] as const) {
      for (const worse of ['yes', 'unsure'] as const) {
        it(`weakness "${weakness}", getting worse "${worse}": "Get medical help today" right after the muscles screen`, async () => {
          const scenario: TwitchScenario = { signs: ['none'], steps: { weakness, weaknessWorsening: worse, longerThanTwoWeeks: 'yes' } };
          const el = await render();
          await answerScenario(el, scenario);
          const shown = shownAssessment(scenario);
          expect(walkOf(scenario).screens).to.deep.equal(['signs', 'muscles']);
          expect(shown.reasons).to.deep.equal(['weakness-worsening', 'weakness']);
          expectResult(el, { level: 'urgent', shown });
        });
      }
    }
  });

  describe('the check ends once the level is settled', () => {
    /**
     * Where an urgent rule fires, and the screens the visitor sees before the card. Every case
     * also answers "Yes" to later questions that would add reasons (and a trigger), which the
     * check never asks once the level is settled.
     */
    const cases: { name: string; steps: TwitchScenario['steps']; screens: TwitchStep[] }[] = [
      { name: '"Yes" to the clot question', steps: { legSwollenWarmRed: 'yes' }, screens: ['muscles'] },
      { name: '"Not sure" to the clot question', steps: { legSwollenWarmRed: 'unsure' }, screens: ['muscles'] },
      { name: 'weakness that spreads', steps: { spreadingWeaknessOrNumbness: 'yes' }, screens: ['muscles', 'course'] },
      { name: 'a sudden start with a weak muscle', steps: { weakness: 'yes', suddenOnset: 'yes' }, screens: ['muscles', 'course'] },
      { name: '"Yes" to muscle symptoms on a statin', steps: { statinMuscleSymptoms: 'yes' }, screens: [...twitchSteps] },
      { name: '"Yes" to dark urine', steps: { darkUrine: 'yes' }, screens: [...twitchSteps] },
    ];
    const later: TwitchScenario['steps'] = { longerThanTwoWeeks: 'yes', spreading: 'unsure', newMedicine: 'yes' };

    for (const { name, steps, screens } of cases) {
      it(`${name}: the "Get medical help today" card after ${screens[screens.length - 1]}, at the level of every answer`, async () => {
        const scenario: TwitchScenario = { signs: ['none'], steps: { ...later, ...steps }, triggers: ['caffeine'] };
        const el = await render();
        const received = oneEvent(document, 'lhw-twitch-result');
        tickSign(el, 'none');
        await next(el);
        const seen: string[] = [];
        while (twitchScreen(el) !== 'result' && seen.length <= twitchSteps.length) {
          seen.push(twitchScreen(el));
          await answerStep(el, scenario);
          await next(el);
        }
        expect(seen, 'the screens shown').to.deep.equal(screens);
        expect(walkOf(scenario).screens, 'as worked out here').to.deep.equal(['signs', ...screens]);
        const event = (await received) as CustomEvent<TwitchAssessment>;
        const full = fullAssessment(scenario);
        // The level is the one every answer the visitor would have given gets.
        expect([event.detail.level, full.level], 'the event\'s level, and that of every answer').to.deep.equal(['urgent', 'urgent']);
        expect(event.detail.level).to.equal(assessTwitching(scenarioAnswers(scenario)).level);
        // The card and the event name only what was asked, and nothing every answer would not.
        const shown = shownAssessment(scenario);
        expect([...event.detail.reasons], 'the event\'s reasons').to.deep.equal([...shown.reasons]);
        expect(shown.reasons.filter((id) => !full.reasons.includes(id))).to.deep.equal([]);
        const stopped = screens.length < twitchSteps.length;
        expect(shown.reasons.length < full.reasons.length, 'fewer reasons when the check stopped early').to.equal(stopped);
        expectResult(el, { level: 'urgent', shown, triggers: triggersTicked(scenario) });
        expect(triggersTicked(scenario).length === 0, 'no trigger asked when the check stopped early').to.equal(stopped);
      });
    }

    it('after an early result, "Start again" goes through every screen again', async () => {
      const el = await render();
      await answerScenario(el, twitchScenarios.urgent);
      expect(twitchScreen(el)).to.equal('result');
      expect(describeElement(backButton(el)), 'no "Back" on a result').to.equal('undefined');
      await startAgain(el);
      await answerScenario(el, twitchScenarios['self-care']);
      expectResult(el, { level: 'self-care', shown: shownAssessment(twitchScenarios['self-care']), triggers: twitchScenarios['self-care'].triggers });
    });
  });

  describe('clinical brief version 2, as a visitor meets it', () => {
    /** The level the brief's table gives each of these answers alone ("Yes", everything else "No"). */
    const alone: [StepQuestion, CareLevel, string][] = [
      ['legSwollenWarmRed', 'urgent', 'leg-swollen-warm-red'],
      ['spreadingWeaknessOrNumbness', 'urgent', 'spreading-weakness-or-numbness'],
      ['statinMuscleSymptoms', 'urgent', 'statin-muscle-symptoms'],
      ['darkUrine', 'urgent', 'dark-urine'],
      ['stiffness', 'soon', 'stiffness'],
      ['numbnessOrTingling', 'soon', 'numbness-or-tingling'],
      ['suddenOnset', 'self-care', 'sudden-onset-alone'],
    ];
    for (const [question, level, rule] of alone) {
      for (const answer of ['yes', 'unsure'] as const) {
        it(`"${answer}" to ${question} alone gives the ${level} card, with its own reason`, async () => {
          const el = await render();
          const scenario: TwitchScenario = { signs: ['none'], steps: { [question]: answer } };
          await answerScenario(el, scenario);
          const shown = shownAssessment(scenario);
          expect(shown).to.deep.equal({ level, reasons: [rule] });
          expectResult(el, { level, shown });
        });
      }
    }

    for (const emergency of ['911', '112']) {
      it(`dark urine: the reason sends a visitor who feels very unwell to the page's emergency number (${emergency})`, async () => {
        const el = await render({ 'emergency-number': emergency });
        const scenario: TwitchScenario = { signs: ['none'], steps: { darkUrine: 'yes' } };
        await answerScenario(el, scenario);
        const context = contextOf({ emergency });
        const reason = text.reasons['dark-urine'](context);
        expect(reason).to.contain(emergency);
        expect(twitchResult(el).reasons).to.deep.equal([reason]);
        expectResult(el, { level: 'urgent', shown: shownAssessment(scenario), context });
      });
    }

    it('"Not sure" on the first screen: the emergency card says the visitor was not sure, and names no sign', async () => {
      const el = await render();
      tickSign(el, 'unsure');
      await next(el);
      const shown = shownAssessment({ signs: ['unsure'] });
      expect(shown).to.deep.equal({ level: 'emergency', reasons: ['emergency-sign-unsure'] });
      expectResult(el, { level: 'emergency', shown });
      const reasons = twitchResult(el).reasons;
      expect(reasons).to.deep.equal([text.reasons['emergency-sign-unsure']]);
      for (const sign of emergencySigns) {
        expect(textOf(q(el, '[part~="result"] .care-body')), `the card does not name "${sign}"`).not.to.contain(
          signsText.signs[sign].label,
        );
      }
    });

    it('the hints about sudden weakness and sudden speech trouble name the emergency number', async () => {
      const el = await render({ 'emergency-number': '112' });
      const context = contextOf({ emergency: '112' });
      tickSign(el, 'none');
      await next(el);
      await answerStepOn(el, 'muscles', twitchScenarios['self-care']);
      await next(el);
      const hintOf = (question: StepQuestion): string => textOf(q(el, `#${question}-hint`));
      for (const question of ['suddenOnset', 'gradualSpeechOrSwallowChange'] as const) {
        const hint = text.questions[question].hint;
        expect(typeof hint, `${question} hint is worded with the page's number`).to.equal('function');
        expect(hintOf(question)).to.equal(typeof hint === 'function' ? hint(context) : hint);
        expect(hintOf(question)).to.contain('112');
      }
    });
  });

  describe('the live region', () => {
    for (const level of careLevels) {
      it(`says the label and heading of the "${level}" result, and nothing before it`, async () => {
        const el = await render({ 'emergency-number': '999' });
        const status = statusRegion(el);
        expect(status.classList.contains('visually-hidden'), 'visually hidden').to.equal(true);
        expect(textOf(status)).to.equal('');
        tickSign(el, twitchScenarios[level].signs[0]);
        await next(el);
        for (const step of stepsOf(twitchScenarios[level])) {
          expect(textOf(statusRegion(el)), `silent on the ${step} screen`).to.equal('');
          await answerStepOn(el, step, twitchScenarios[level]);
          await next(el);
        }
        const card = text.results[level];
        expect(statusRegion(el) === status, 'the same region node').to.equal(true);
        expect(textOf(status)).to.equal(`${card.label} ${card.heading(contextOf({ emergency: '999' }))}`);
        expect(focusedId(el)).to.equal('result-heading');

        await startAgain(el);
        expect(textOf(statusRegion(el)), 'empty again after "Start again"').to.equal('');
      });
    }
  });

  describe('lhw-twitch-result event', () => {
    for (const [name, scenario] of Object.entries({
      urgent: twitchScenarios.urgent,
      'urgent on the last screen': urgentOnLastScreen,
      soon: twitchScenarios.soon,
      'self-care': twitchScenarios['self-care'],
    })) {
      it(`reaches the document with exactly { level, reasons }, the level of assessTwitching (${name})`, async () => {
        const el = await render();
        const received = oneEvent(document, 'lhw-twitch-result');
        await answerScenario(el, scenario);
        const event = (await received) as CustomEvent<TwitchAssessment>;
        expect(event.bubbles, 'bubbles').to.equal(true);
        expect(event.composed, 'composed').to.equal(true);
        expect(event.target === el, 'the event comes from the widget').to.equal(true);
        expect(Object.keys(event.detail).sort()).to.deep.equal(['level', 'reasons']);
        const detail = { level: event.detail.level, reasons: [...event.detail.reasons] };
        // The level of every answer the visitor would have given; the reasons of what was asked
        // (every answer, when the check went through every screen).
        expect(detail.level).to.equal(assessTwitching(scenarioAnswers(scenario)).level);
        expect(detail.level).to.equal(fullAssessment(scenario).level);
        expect(detail).to.deep.equal(shownAssessment(scenario));
        if (stepsOf(scenario).length === twitchSteps.length) expect(detail).to.deep.equal(fullAssessment(scenario));
        expect(detail.level).to.equal(name.split(' ')[0]);
      });
    }

    it('reaches the document with exactly { level, reasons } for the emergency screen', async () => {
      const el = await render();
      const received = oneEvent(document, 'lhw-twitch-result');
      await answerScenario(el, twitchScenarios.emergency);
      const event = (await received) as CustomEvent<TwitchAssessment>;
      expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
      expect(Object.keys(event.detail).sort()).to.deep.equal(['level', 'reasons']);
      expect(event.detail.level).to.equal('emergency');
    });

    it('after the emergency screen, names the same reasons as the card: only the signs ticked', async () => {
      // The visitor was never asked the later questions; the event must not report rules about
      // them (weakness, new medicine, ...) as if they had fired.
      const el = await render();
      const received = oneEvent(document, 'lhw-twitch-result');
      await answerScenario(el, twitchScenarios.emergency);
      const event = (await received) as CustomEvent<TwitchAssessment>;
      expect([...event.detail.reasons]).to.deep.equal([...shownAssessment(twitchScenarios.emergency).reasons]);
    });

    it('is sent once per result: not for problems, steps, "Back" or "Start again"', async () => {
      const el = await render();
      const levels: string[] = [];
      const listener = (event: Event): void => {
        levels.push((event as CustomEvent<TwitchAssessment>).detail.level);
      };
      document.addEventListener('lhw-twitch-result', listener);
      try {
        await next(el); // nothing ticked
        tickSign(el, 'none');
        await next(el);
        await next(el); // unanswered
        await back(el);
        await next(el);
        expect(levels, 'nothing sent before a result').to.deep.equal([]);
        for (const step of stepsOf(twitchScenarios.urgent)) {
          await answerStepOn(el, step, twitchScenarios.urgent);
          await next(el);
        }
        expect(levels).to.deep.equal(['urgent']);
        await startAgain(el);
        expect(levels, 'nothing sent on "Start again"').to.deep.equal(['urgent']);
        await answerScenario(el, twitchScenarios.emergency);
        await settle(el);
        expect(levels).to.deep.equal(['urgent', 'emergency']);
      } finally {
        document.removeEventListener('lhw-twitch-result', listener);
      }
    });
  });

  describe('contact links in the result', () => {
    const clinic = { 'clinic-name': 'Lakeside Family Clinic', 'clinic-phone': '555 0100', 'booking-url': 'https://example.org/book' };
    const context = contextOf({ clinic: clinic['clinic-name'] });

    for (const level of ['urgent', 'soon', 'self-care'] as const) {
      it(`the ${level} card shows the clinic's phone and booking links`, async () => {
        const el = await render(clinic);
        await answerScenario(el, twitchScenarios[level]);
        expectResult(el, { level, shown: shownAssessment(twitchScenarios[level]), context, triggers: triggersTicked(twitchScenarios[level]) });
        const result = q(el, '[part~="result"]');
        expect(linksIn(result)).to.deep.equal([
          ['tel:5550100', shared.callClinic({ clinic: clinic['clinic-name'], phone: '555 0100' })],
          ['https://example.org/book', shared.bookAppointment({ clinic: clinic['clinic-name'] })],
        ]);
        const contact = q(el, '[part~="result"] [part~="contact"]');
        expect(contact.getAttribute('aria-label')).to.equal(shared.contactLabel);
        expect(qa(el, '[part~="result"] [part~="contact"]'), 'one list of links').to.have.length(1);
        // Under the advice they belong to: "What to do" says to contact the clinic on an urgent
        // or "book" card; on self-care, "Book an appointment with ... if you have:" does.
        expect(contactPlace(result), 'where the links sit').to.deep.equal(
          level === 'self-care'
            ? { section: text.moreHelp.label, after: text.moreHelp.headings.soon(context) }
            : { section: text.whatToDoLabel, after: '' },
        );
        if (level === 'self-care') {
          expect(sectionText(cardSections(result).get(text.whatToDoLabel)), 'self-care "what to do": the advice alone').to.deep.equal([
            text.results['self-care'].whatToDo(context),
          ]);
        }
        for (const link of result.querySelectorAll('a')) expect(isShown(link), `"${textOf(link)}" is visible`).to.equal(true);
      });
    }

    it('the emergency card shows only the emergency link, even with clinic links set', async () => {
      const el = await render(clinic);
      await answerScenario(el, twitchScenarios.emergency);
      expectResult(el, { level: 'emergency', shown: shownAssessment(twitchScenarios.emergency), context });
      expect(linksIn(q(el, '[part~="result"]'))).to.deep.equal([['tel:911', shared.callNumber({ number: '911' })]]);
      expect(describeElement(shadowOf(el).querySelector('[part~="contact"]'))).to.equal('null');
    });

    it('shows no contact list when none is set', async () => {
      const el = await render();
      await answerScenario(el, twitchScenarios.urgent);
      expect(linksIn(q(el, '[part~="result"]'))).to.deep.equal([]);
      expect(describeElement(shadowOf(el).querySelector('[part~="contact"]'))).to.equal('null');
    });

    it('never shows a link for a javascript: booking-url, anywhere in the widget', async () => {
      warnings = spyOnWarnings();
      const el = await render({ 'booking-url': 'javascript:alert(1)', 'clinic-phone': '555 0177' });
      for (const level of ['urgent', 'soon'] as const) {
        await answerScenario(el, twitchScenarios[level]);
        expect(twitchScreen(el)).to.equal('result');
        const all = [...shadowOf(el).querySelectorAll('a')];
        expect(
          all.filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? '')).map(describeElement),
          'javascript: links',
        ).to.deep.equal([]);
        expect(all.filter((a) => textOf(a) === shared.bookAppointment({ clinic: shared.yourClinic })).map(describeElement), 'booking links').to.deep.equal([]);
        expect(linksIn(q(el, '[part~="result"]')), `${level}: only the phone link`).to.deep.equal([
          ['tel:5550177', shared.callClinic({ clinic: shared.yourClinic, phone: '555 0177' })],
        ]);
        await startAgain(el);
      }
      expect(warnings.messages.filter((m) => m.includes('booking-url'))).to.have.length(1);
    });
  });

  describe('trigger advice', () => {
    it('shows advice for the triggers chosen, in a self-care result', async () => {
      const el = await render();
      const scenario: TwitchScenario = { ...twitchScenarios['self-care'], triggers: ['caffeine', 'stress'] };
      await answerScenario(el, scenario);
      expectResult(el, { level: 'self-care', shown: shownAssessment(scenario), triggers: scenario.triggers });
      expect(itemsOf(cardSections(q(el, '[part~="result"]')).get(text.triggerAdviceLabel))).to.deep.equal([
        text.triggerAdvice.caffeine,
        text.triggerAdvice.stress,
      ]);
    });

    it('shows advice for the triggers chosen, in a soon result', async () => {
      const el = await render();
      const scenario: TwitchScenario = { ...twitchScenarios.soon, triggers: ['poorSleep', 'hardExercise'] };
      await answerScenario(el, scenario);
      expectResult(el, { level: 'soon', shown: shownAssessment(scenario), triggers: scenario.triggers });
      expect(itemsOf(cardSections(q(el, '[part~="result"]')).get(text.triggerAdviceLabel))).to.deep.equal([
        text.triggerAdvice.poorSleep,
        text.triggerAdvice.hardExercise,
      ]);
    });

    it('shows no advice for "None of these", in a soon result', async () => {
      const el = await render();
      const scenario: TwitchScenario = { ...twitchScenarios.soon, triggers: ['none'] };
      await answerScenario(el, scenario);
      expectResult(el, { level: 'soon', shown: shownAssessment(scenario), triggers: ['none'] });
      expect([...cardSections(q(el, '[part~="result"]')).keys()]).to.deep.equal([
        text.whatToDoLabel,
        text.reasonsLabel,
        text.moreHelp.label,
      ]);
    });

    for (const [name, triggers] of [
      ['"None of these"', ['none']],
      ['no trigger ticked', []],
    ] as [string, TwitchTrigger[]][]) {
      it(`with ${name}, a self-care result lists all four tips once, and "What to do" none of them`, async () => {
        const el = await render();
        const scenario: TwitchScenario = { ...twitchScenarios['self-care'], triggers };
        await answerScenario(el, scenario);
        expectResult(el, { level: 'self-care', shown: shownAssessment(scenario), triggers });
        const result = q(el, '[part~="result"]');
        const sections = cardSections(result);
        expect([...sections.keys()]).to.deep.equal([text.whatToDoLabel, text.reasonsLabel, text.moreHelp.label, text.triggerAdviceLabel]);
        expect(itemsOf(sections.get(text.triggerAdviceLabel))).to.deep.equal(everyTip.map((tip) => text.triggerAdvice[tip]));
        expect(sectionText(sections.get(text.whatToDoLabel)), '"What to do": its one line').to.deep.equal([
          text.results['self-care'].whatToDo(contextOf()),
        ]);
        // Each tip once on the whole card.
        const cardText = textOf(result);
        expect(everyTip.map((tip) => cardText.split(text.triggerAdvice[tip]).length - 1)).to.deep.equal(everyTip.map(() => 1));
      });
    }

    const scenarios = { urgent: urgentOnLastScreen, soon: twitchScenarios.soon, 'self-care': twitchScenarios['self-care'] };
    for (const level of ['urgent', 'soon', 'self-care'] as const) {
      it(`never changes the level or the reasons (${level})`, async () => {
        const seen: TwitchAssessment[] = [];
        const shownReasons: string[][] = [];
        for (const triggers of [['none'], ['caffeine', 'stress', 'poorSleep', 'hardExercise']] as TwitchTrigger[][]) {
          const el = await render();
          const received = oneEvent(document, 'lhw-twitch-result');
          await answerScenario(el, { ...scenarios[level], triggers });
          const event = (await received) as CustomEvent<TwitchAssessment>;
          seen.push({ level: event.detail.level, reasons: [...event.detail.reasons] });
          shownReasons.push(twitchResult(el).reasons);
          expect(careLevels.filter((l) => q(el, '[part~="result"]').classList.contains(`care-${l}`))).to.deep.equal([level]);
        }
        expect(seen[0]).to.deep.equal(seen[1]);
        expect(seen[0].level).to.equal(level);
        expect(shownReasons[0]).to.deep.equal(shownReasons[1]);
      });
    }
  });

  describe('heading-level attribute', () => {
    /** The headings after the check: the "about" section's, then the footer's. */
    const after = (level: number): [string, string][] => [
      [`h${level}`, text.about.heading],
      [`h${level}`, shared.aboutHeading],
    ];

    it('defaults to an h2 title; h3 for the question, each step and the result; h4 for the card\'s blocks, h5 for its lists', async () => {
      const el = await render();
      expect(outline(el)).to.deep.equal([['h2', text.title], ['h3', signsText.legend], ...after(3)]);
      tickSign(el, 'none');
      await next(el);
      expect(outline(el)).to.deep.equal([['h2', text.title], ['h3', text.steps.muscles], ...after(3)]);
      const fresh = await render();
      await answerScenario(fresh, twitchScenarios.soon);
      const context = contextOf();
      expect(outline(fresh)).to.deep.equal([
        ['h2', text.title],
        ['h3', `${text.results.soon.label} ${text.results.soon.heading(context)}`],
        ['h4', text.whatToDoLabel],
        ['h4', text.reasonsLabel],
        ['h4', text.moreHelp.label],
        ...escalationLevels('soon').map((higher): [string, string] => ['h5', text.moreHelp.headings[higher](context)]),
        ['h4', text.triggerAdviceLabel],
        ['h3', shared.summary.heading],
        ...after(3),
      ]);
    });

    it('heading-level="3" makes the title h3, the question, steps and result h4, the card\'s blocks h5 and its lists h6', async () => {
      const el = await render({ 'heading-level': '3' });
      expect(outline(el)).to.deep.equal([['h3', text.title], ['h4', signsText.legend], ...after(4)]);
      tickSign(el, 'none');
      await next(el);
      for (const step of twitchSteps) {
        expect(outline(el), `outline on ${step}`).to.deep.equal([['h3', text.title], ['h4', text.steps[step]], ...after(4)]);
        await answerStepOn(el, step, twitchScenarios['self-care']);
        await next(el);
      }
      const card = text.results['self-care'];
      expect(outline(el)).to.deep.equal([
        ['h3', text.title],
        ['h4', `${card.label} ${card.heading(contextOf())}`],
        ['h5', text.whatToDoLabel],
        ['h5', text.reasonsLabel],
        ['h5', text.moreHelp.label],
        ...escalationLevels('self-care').map((higher): [string, string] => ['h6', text.moreHelp.headings[higher](contextOf())]),
        ['h5', text.triggerAdviceLabel],
        ['h4', shared.summary.heading],
        ...after(4),
      ]);
      expectResult(el, {
        level: 'self-care',
        shown: shownAssessment(twitchScenarios['self-care']),
        triggers: twitchScenarios['self-care'].triggers,
        headingTag: 'h4',
      });
    });

    it('heading-level="5": the blocks and their lists would be a level deeper than h6, the deepest there is', async () => {
      const el = await render({ 'heading-level': '5' });
      await answerScenario(el, twitchScenarios.urgent);
      const card = text.results.urgent;
      expect(outline(el)).to.deep.equal([
        ['h5', text.title],
        ['h6', `${card.label} ${card.heading(contextOf())}`],
        ['h6', text.whatToDoLabel],
        ['h6', text.reasonsLabel],
        ['h6', text.moreHelp.label],
        ['h6', text.moreHelp.headings.emergency(contextOf())],
        ['h6', shared.summary.heading],
        ...after(6),
      ]);
    });
  });

  describe('safety note and sources', () => {
    it('shows the safety note on every screen, the problem message and every result', async () => {
      const el = await render({ 'emergency-number': '000' });
      const context = contextOf({ emergency: '000' });
      expectSafetyNote(el, context);
      await next(el);
      expect(twitchProblem(el)).to.equal(signsText.chooseOne);
      expectSafetyNote(el, context);
      tickSign(el, 'none');
      await next(el);
      for (const step of twitchSteps) {
        expectSafetyNote(el, context);
        await answerStepOn(el, step, urgentOnLastScreen);
        await next(el);
      }
      expectResult(el, { level: 'urgent', shown: shownAssessment(urgentOnLastScreen), context, triggers: urgentOnLastScreen.triggers });
      expectSafetyNote(el, context);
      await startAgain(el);
      await answerScenario(el, twitchScenarios.emergency);
      expect(twitchScreen(el)).to.equal('result');
      expectSafetyNote(el, context);
      const note = q(el, '.safety-note');
      expect(note.compareDocumentPosition(q(el, '[part~="check"]')) & Node.DOCUMENT_POSITION_FOLLOWING, 'before the check').to.not.equal(0);
    });

    it('makes "call 911" in the safety note a link that dials the number, 911 by default', async () => {
      const el = await render();
      expectSafetyNote(el);
      const link = q<HTMLAnchorElement>(el, '.safety-note a');
      expect([link.getAttribute('href'), textOf(link), isShown(link)]).to.deep.equal(['tel:911', shared.callNumber({ number: '911' }), true]);
      // A plain link in the line, not the emergency result's big call button.
      expect(link.classList.contains('emergency-call')).to.equal(false);
    });

    it('dials a custom emergency-number from the safety note, spaces and all', async () => {
      const el = await render({ 'emergency-number': '0800 111 999' });
      expectSafetyNote(el, contextOf({ emergency: '0800 111 999' }));
      expect(q(el, '.safety-note a').getAttribute('href')).to.equal('tel:0800111999');
    });

    it('puts the "about leg twitching" section after the check, and the footer last', async () => {
      const el = await render();
      const order = ['.safety-note', '[part~="check"]', '#about-button', 'footer[part~="about"]'].map((selector) => q(el, selector));
      const inOrder = order.slice(1).map((node, i) => (order[i].compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
      expect(inOrder, 'safety note, check, "about", footer').to.deep.equal([true, true, true]);
      expect(q(el, '[part~="check"]').contains(q(el, '#about-button')), 'not inside the check').to.equal(false);
      // Also on a result.
      await answerScenario(el, twitchScenarios.emergency);
      expect(
        (q(el, '[part~="result"]').compareDocumentPosition(q(el, '#about-button')) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
        'the result comes before "about"',
      ).to.equal(true);
    });

    it('lists the sources of the about text and the check, with both review dates', async () => {
      const el = await render();
      q<HTMLButtonElement>(el, '#sources-button').click();
      await el.updateComplete;
      const footer = q(el, 'footer[part~="about"]');
      const ids: SourceId[] = [...new Set([...text.about.sources, ...text.check.sources])];
      expect(ids).to.include.members(['nhs-stroke', 'nhs-dvt', 'nhs-twitching', 'medlineplus-fasciculations']);
      const items = [...footer.querySelectorAll('li')];
      expect(items, 'one item per source').to.have.length(ids.length);
      items.forEach((item, index) => {
        const label = `${sources[ids[index]].publisher}: ${sources[ids[index]].title}`;
        expect(textOf(item).startsWith(label), `item ${index} "${textOf(item)}" names ${label}`).to.equal(true);
      });
      items.forEach((item, index) => {
        const source: Source = sources[ids[index]];
        expect(item.querySelector('a')?.getAttribute('href') ?? undefined, `link of ${ids[index]}`).to.equal(source.url);
      });
      expect([...footer.querySelectorAll('dt')].map(textOf)).to.deep.equal([shared.lastReviewedLabel, shared.nextReviewLabel]);
      const dates = [text.review.lastReviewed, text.review.nextReview];
      const inWords = (date: string): string =>
        new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
      expect([...footer.querySelectorAll('dd')].map(textOf)).to.deep.equal(dates.map(inWords));
      expect([...footer.querySelectorAll('dd time')].map((t) => t.getAttribute('datetime'))).to.deep.equal(dates);
      expect(textOf(footer)).to.contain(shared.notDiagnosis);
      expect(isShown(footer)).to.equal(true);
    });

    it('keeps the sources behind a closed "Sources" button, with the review dates in view', async () => {
      const el = await render();
      const button = q<HTMLButtonElement>(el, 'footer[part~="about"] #sources-button');
      const panel = q(el, '#sources-panel');
      expect([textOf(button), button.getAttribute('aria-expanded'), button.getAttribute('aria-controls')]).to.deep.equal([
        shared.sourcesLabel,
        'false',
        'sources-panel',
      ]);
      expect([isShown(button), isShown(panel)], 'the button shows, the list does not').to.deep.equal([true, false]);
      expect(panel.localName).to.equal('ul');
      expect(qa(el, '#sources-panel a').filter(isShown), 'no source link in view').to.have.length(0);
      const dates = qa(el, 'footer[part~="about"] dd');
      expect(dates.map((date) => [textOf(date), isShown(date)]), 'the review dates stay visible').to.deep.equal(
        [text.review.lastReviewed, text.review.nextReview].map((date) => {
          const [year, month, day] = date.split('-').map(Number);
          return [shared.date({ day, month: shared.months[month - 1], year }), true];
        }),
      );
      expect(qa(el, 'footer[part~="about"] h1, footer[part~="about"] h2, footer[part~="about"] h3').map(textOf), 'no heading for the sources').to.deep.equal([
        shared.aboutHeading,
      ]);
    });

    it('opens and closes the sources by keyboard, and lists them when open', async () => {
      const el = await render();
      const button = q<HTMLButtonElement>(el, '#sources-button');
      button.focus();
      expect(describeFocus()).to.equal(describeElement(button));
      await press('Enter');
      await el.updateComplete;
      const ids: SourceId[] = [...new Set([...text.about.sources, ...text.check.sources])];
      expect([button.getAttribute('aria-expanded'), isShown(q(el, '#sources-panel'))], 'open after Enter').to.deep.equal(['true', true]);
      const items = qa(el, '#sources-panel li');
      expect(items.map((item, i) => [textOf(item).startsWith(`${sources[ids[i]]?.publisher}: ${sources[ids[i]]?.title}`), isShown(item)])).to.deep.equal(
        ids.map(() => [true, true]),
      );
      // Tab goes from the button into the list: its first link.
      await press('Tab');
      expect(describeFocus(), 'Tab reaches the first source').to.equal(describeElement(qa(el, '#sources-panel a')[0]));
      button.focus();
      await press('Space');
      await el.updateComplete;
      expect([button.getAttribute('aria-expanded'), isShown(q(el, '#sources-panel'))], 'closed after Space').to.deep.equal(['false', false]);
      expect(describeFocus(), 'focus stays on the button').to.equal(describeElement(button));
    });

    it('opens and closes the "about twitching" section', async () => {
      const el = await render();
      const button = q<HTMLButtonElement>(el, '#about-button');
      const panel = q(el, '#about-panel');
      expect([button.getAttribute('aria-expanded'), isShown(panel)]).to.deep.equal(['false', false]);
      button.click();
      await el.updateComplete;
      expect([button.getAttribute('aria-expanded'), isShown(panel)]).to.deep.equal(['true', true]);
      const first = text.about.body[0];
      expect(textOf(panel)).to.contain('paragraph' in first ? first.paragraph : '');
      button.click();
      await el.updateComplete;
      expect([button.getAttribute('aria-expanded'), isShown(panel)]).to.deep.equal(['false', false]);
    });
  });

  describe('accessibility (axe)', () => {
    const clinic = { 'clinic-name': 'Lakeside Family Clinic', 'clinic-phone': '555 0100', 'booking-url': 'https://example.org/book' };

    it('passes on every screen of the check, and with the "about" section and the sources open', async () => {
      const el = await render(clinic);
      expect(twitchScreen(el)).to.equal('signs');
      await expect(el).to.be.accessible();
      tickSign(el, 'none');
      await next(el);
      for (const step of twitchSteps) {
        expect(twitchScreen(el)).to.equal(step);
        await expect(el).to.be.accessible();
        await answerStepOn(el, step, twitchScenarios['self-care']);
        if (nextScreen(step)) await next(el);
      }
      q<HTMLButtonElement>(el, '#about-button').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      q<HTMLButtonElement>(el, '#sources-button').click();
      await el.updateComplete;
      expect(isShown(q(el, '#sources-panel'))).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('passes with the follow-up shown, answered and flagged as unanswered', async () => {
      const el = await render(clinic);
      tickSign(el, 'none');
      await next(el);
      answerQuestion(el, 'weakness', 'unsure');
      await el.updateComplete;
      expect(radioGroups(el)).to.include('weaknessWorsening');
      await expect(el).to.be.accessible();
      await next(el);
      expect(qa(el, 'fieldset.missing').map((f) => f.querySelector('input')?.name)).to.include('weaknessWorsening');
      await expect(el).to.be.accessible();
      answerQuestion(el, 'weaknessWorsening', 'no');
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('passes with the problem message shown, on the first screen and on a step', async () => {
      const el = await render();
      await next(el);
      expect(twitchProblem(el)).to.equal(signsText.chooseOne);
      await expect(el).to.be.accessible();
      tickSign(el, 'none');
      await next(el);
      await next(el);
      expect(twitchProblem(el)).to.equal(check.unanswered({ count: questionsOn('muscles', {}).length }));
      await expect(el).to.be.accessible();
    });

    const results: [string, CareLevel, TwitchScenario][] = [
      ...careLevels.map((level): [string, CareLevel, TwitchScenario] => [level, level, twitchScenarios[level]]),
      ['urgent, from the last screen', 'urgent', urgentOnLastScreen],
    ];
    for (const [name, level, scenario] of results) {
      it(`passes with the "${name}" result shown`, async () => {
        const el = await render(clinic);
        expect(await answerScenario(el, scenario), 'the screens shown').to.deep.equal(walkOf(scenario).screens);
        expectResult(el, {
          level,
          shown: shownAssessment(scenario),
          context: contextOf({ clinic: clinic['clinic-name'] }),
          triggers: triggersTicked(scenario),
        });
        await expect(el).to.be.accessible();
      });
    }

    it('passes in the dark theme: first screen, problem message, emergency and urgent results', async () => {
      const el = await render({ ...clinic, theme: 'dark' });
      expect(q(el, '[part~="base"]').classList.contains('theme-dark')).to.equal(true);
      await expect(el).to.be.accessible();
      await next(el);
      await expect(el).to.be.accessible();
      await answerScenario(el, twitchScenarios.emergency);
      await expect(el).to.be.accessible();
      await startAgain(el);
      await answerScenario(el, twitchScenarios.urgent);
      expect(twitchScreen(el)).to.equal('result');
      await expect(el).to.be.accessible();
    });
  });

  describe('README', () => {
    it('has one row per rule in its rules table, with the rule id and its level', async () => {
      const response = await fetch('/README.md');
      expect(response.ok, 'the test server serves README.md').to.equal(true);
      const rows = markdownTableAfter(await response.text(), '### The rules');
      const documented = rows.map(([level, id]) => ({
        level: /^(emergency|urgent|soon|self-care)\b/.exec(level)?.[1] ?? `unknown level "${level}"`,
        id: /^`([^`]+)`$/.exec(id)?.[1] ?? `not a rule id: ${id}`,
      }));
      expect(documented).to.deep.equal(twitchRules.map(({ id, level }) => ({ level, id })));
    });
  });
});
