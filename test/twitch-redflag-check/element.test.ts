// Browser tests for <twitch-redflag-check>, written the way a visitor uses it: tick boxes and
// answer questions with a real keyboard (Tab, Space, arrow keys, Enter through
// @web/test-runner-commands' sendKeys) or with clicks on the labels, screen by screen, then
// check what a person sees or a screen reader hears: the care card, its links, where focus is,
// and what the live region says.
//
// Clicks, scenarios and reading the result come from the shared harness (test/harness/twitch.ts),
// which the other suites and the stories' play functions use too; the keyboard paths are here,
// since they use the test runner's keyboard. Screens and questions come from the rule module,
// every string from the English text, and every expected result from `assessTwitching`, so the
// tests follow content and rule edits.
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
  emergencySigns,
  escalationLevels,
  nextScreen,
  stepQuestions,
  twitchRules,
  twitchScreens,
  twitchSteps,
  twitchTriggers,
  type CareLevel,
  type EmergencyChoice,
  type EmergencySign,
  type StepQuestion,
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
  back,
  next,
  scenarioAnswers,
  scenarioResult,
  signBox,
  signChoices,
  signLabel,
  startAgain,
  tickSign,
  tickTrigger,
  triggerBox,
  twitchProblem,
  twitchResult,
  twitchScenarios,
  twitchScreen,
  type TwitchScenario,
} from '../harness/twitch.js';
import { settle } from '../harness/widget.js';
import { describeControl, labelOf } from '../helpers/controls.js';
import { chooseOption, deepActiveElement, press } from '../helpers/keyboard.js';
import { markdownTableAfter } from '../helpers/markdown.js';
import { describeElement, isShown, q, qa, shadowOf, textOf } from '../helpers/shadow.js';

const text = twitchTexts.in('en');
const shared = sharedTexts.in('en');
const check = text.check;
const signsText = text.emergencyScreen;
const lastStep = twitchSteps[twitchSteps.length - 1];

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

/** What has keyboard focus, looking into shadow roots, described for assertions. */
function focused(): string {
  return describeControl(deepActiveElement());
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

/** The form's submit button ("Next", or "See my result" on the last step). */
function submitButton(el: TwitchRedflagCheck): HTMLButtonElement {
  return q<HTMLButtonElement>(el, '[part~="check"] form button[type="submit"]');
}

function backButton(el: TwitchRedflagCheck): HTMLButtonElement | undefined {
  return buttonNamed(el, check.back);
}

function problem(el: TwitchRedflagCheck): HTMLElement | null {
  return shadowOf(el).querySelector<HTMLElement>('#problem');
}

function statusRegion(el: TwitchRedflagCheck): HTMLElement {
  return q(el, '[part~="check"] [role="status"]');
}

/** The first screen's checkboxes, in page order. */
function signBoxes(el: TwitchRedflagCheck): HTMLInputElement[] {
  return qa<HTMLInputElement>(el, 'fieldset.signs input[type="checkbox"]');
}

/** The labels of the ticked boxes on the first screen. */
function tickedSigns(el: TwitchRedflagCheck): string[] {
  return signBoxes(el)
    .filter((box) => box.checked)
    .map(labelOf);
}

function tickedTriggers(el: TwitchRedflagCheck): TwitchTrigger[] {
  return twitchTriggers.filter((trigger) => triggerBox(el, trigger).checked);
}

/** The names of the radio groups on the screen, in page order. */
function radioGroups(el: TwitchRedflagCheck): string[] {
  return [...new Set(qa<HTMLInputElement>(el, 'input[type="radio"]').map((r) => r.name))];
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

/** What the step screen must show checked for a scenario: its answer to each of the step's questions. */
function expectedAnswersOn(step: TwitchStep, scenario: TwitchScenario): Record<string, string[]> {
  const answers = scenarioAnswers(scenario);
  return Object.fromEntries(stepQuestions[step].map((question) => [question, answers[question] ? [answers[question]] : []]));
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
 * What the card must show, worked out here without the module's `resultAfter` (which the element
 * itself uses). After all steps: `assessTwitching` of the answers. When the first screen ends the
 * check, the questions it never asked must not count: the card names only the emergency signs
 * ticked, which is `assessTwitching` with the unasked questions answered "No".
 */
function shownAssessment(scenario: TwitchScenario): TwitchAssessment {
  const answers = scenarioAnswers(scenario);
  return assessTwitching(scenario.steps ? answers : { ...allNo, ...answers });
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
// Answering by keyboard

/** Tabs from the button before the widget, past the "about" button, to the first checkbox. */
async function tabIntoCheck(el: TwitchRedflagCheck, before: HTMLButtonElement): Promise<void> {
  before.focus();
  await press('Tab');
  expect(focused(), 'first Tab: the "about" section button').to.equal(describeElement(q(el, '#about-button')));
  await press('Tab');
  expect(focused(), 'second Tab: the first checkbox (the closed "about" panel has no tab stop)').to.equal(
    `checkbox "${signLabel(el, signChoices[0])}"`,
  );
}

/**
 * With focus on the first checkbox, Tabs through every box, ticking the chosen ones with Space,
 * on to the "Next" button, and presses Enter.
 */
async function tickSignsByKeyboard(el: TwitchRedflagCheck, choices: readonly EmergencyChoice[]): Promise<void> {
  for (const choice of signChoices) {
    expect(focused(), 'focus moves box by box').to.equal(`checkbox "${signLabel(el, choice)}"`);
    if (choices.includes(choice)) {
      await press('Space');
      await el.updateComplete;
    }
    await press('Tab');
  }
  expect(tickedSigns(el), 'ticked boxes').to.deep.equal(signChoices.filter((c) => choices.includes(c)).map((choice) => signLabel(el, choice)));
  expect(focused(), 'after the last box, Tab reaches "Next"').to.equal(describeElement(submitButton(el)));
  expect(textOf(submitButton(el))).to.equal(check.next);
  await press('Enter');
  await settle(el);
}

/**
 * On a step screen whose heading has focus: Tab to each question, pick the answer with Space or
 * the arrow keys, tick the triggers with Space, Tab past "Back" to the submit button and press
 * Enter.
 */
async function answerStepByKeyboard(el: TwitchRedflagCheck, step: TwitchStep, scenario: TwitchScenario): Promise<void> {
  expect(twitchScreen(el)).to.equal(step);
  expect(focusedId(el), `the "${text.steps[step]}" heading has focus`).to.equal('step-heading');
  await press('Tab');
  for (const question of stepQuestions[step]) {
    const value = scenarioAnswers(scenario)[question];
    if (!value) throw new Error(`the scenario has no answer to ${question}`);
    expect(focused(), `Tab reaches the first answer of "${question}"`).to.equal(
      `radio[name=${question}] "${shared.answers[answerValues[0]]}"`,
    );
    await chooseOption(answerValues.indexOf(value));
    await el.updateComplete;
    expect(shownAnswers(el)[question], `answer to ${question}`).to.deep.equal([value]);
    await press('Tab');
  }
  if (!nextScreen(step)) {
    const chosen = scenario.triggers ?? [];
    for (const trigger of twitchTriggers) {
      expect(focused()).to.equal(`checkbox "${text.triggers.options[trigger]}"`);
      if (chosen.includes(trigger)) {
        await press('Space');
        await el.updateComplete;
      }
      await press('Tab');
    }
    expect(tickedTriggers(el)).to.deep.equal(twitchTriggers.filter((t) => chosen.includes(t)));
  }
  expect(focused(), 'then "Back"').to.equal(describeElement(backButton(el)));
  await press('Tab');
  expect(focused(), 'then the submit button').to.equal(describeElement(submitButton(el)));
  expect(textOf(submitButton(el))).to.equal(nextScreen(step) ? check.next : check.showResult);
  await press('Enter');
  await settle(el);
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

/** A section's text as a reader meets it: each heading and paragraph, then each list item. */
function sectionText(elements: readonly Element[] | undefined): string[] {
  return (elements ?? []).flatMap((e) => (e.localName === 'ul' ? [...e.querySelectorAll('li')].map(textOf) : [textOf(e)]));
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
function expectResult(el: TwitchRedflagCheck, { level, shown, context = contextOf(), triggers = [], headingTag = 'h4' }: ResultExpectation): void {
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
  expect(shownResult.reasons, 'reasons').to.deep.equal(reasonTexts(text, shown.reasons));
  expect(sectionText(sections.get(text.moreHelp.label)), 'when to get more help').to.deep.equal(expectedMoreHelp(level, context));

  const named = level === 'emergency' ? [] : triggers.filter((t): t is Exclude<TwitchTrigger, 'none'> => t !== 'none');
  if (named.length > 0) {
    expect(itemsOf(sections.get(text.triggerAdviceLabel)), 'trigger advice').to.deep.equal(named.map((t) => text.triggerAdvice[t]));
  } else {
    expect([...sections.keys()], 'no trigger advice').not.to.include(text.triggerAdviceLabel);
  }
  expect(textOf(statusRegion(el)), 'the live region names the result').to.equal(`${card.label} ${card.heading(context)}`);
}

function expectSafetyNote(el: TwitchRedflagCheck, context = contextOf()): void {
  const note = q(el, '.safety-note');
  expect(textOf(note), `safety note on the ${twitchScreen(el)} screen`).to.equal(text.safetyNote(context));
  expect(isShown(note), `safety note visible on the ${twitchScreen(el)} screen`).to.equal(true);
}

// ---------------------------------------------------------------------------------------------

describe('<twitch-redflag-check>', () => {
  let warnings: WarningSpy | undefined;

  afterEach(() => {
    warnings?.restore();
    warnings = undefined;
  });

  it('scenarios give the levels their names promise', () => {
    for (const level of careLevels) {
      expect(shownAssessment(twitchScenarios[level]).level, level).to.equal(level);
      // The harness (and so the stories) expects what this file works out on its own.
      expect(scenarioResult(twitchScenarios[level]), `the harness's ${level} result`).to.deep.equal(shownAssessment(twitchScenarios[level]));
    }
  });

  describe('by keyboard alone', () => {
    for (const level of careLevels) {
      const scenario = twitchScenarios[level];
      const how = scenario.steps ? 'through every step' : 'from the first screen';
      it(`reaches the "${level}" result ${how} with Tab, Space, arrow keys and Enter`, async () => {
        const { el, before } = await checkAfterButton();
        const status = statusRegion(el);
        expect(textOf(status), 'the live region starts empty').to.equal('');
        await tabIntoCheck(el, before);
        await tickSignsByKeyboard(el, scenario.signs);
        if (scenario.steps) {
          for (const step of twitchSteps) await answerStepByKeyboard(el, step, scenario);
        }
        expect(statusRegion(el) === status, 'the same live region node, so screen readers announce the change').to.equal(true);
        expectResult(el, { level, shown: shownAssessment(scenario), triggers: scenario.triggers });
        // The card shows what the rules say for these answers.
        if (scenario.steps) {
          expect(shownAssessment(scenario)).to.deep.equal(assessTwitching(scenarioAnswers(scenario)));
        } else {
          const rules = assessTwitching(scenarioAnswers(scenario)).reasons.filter(
            (id) => twitchRules.find((rule) => rule.id === id)?.level === 'emergency',
          );
          expect(shownAssessment(scenario).reasons).to.deep.equal(rules);
        }
      });
    }

    it('"Start again" by keyboard clears everything and returns to the first screen\'s heading', async () => {
      const { el, before } = await checkAfterButton();
      await tabIntoCheck(el, before);
      await tickSignsByKeyboard(el, ['none']);
      for (const step of twitchSteps) await answerStepByKeyboard(el, step, twitchScenarios.soon);
      expectResult(el, { level: 'soon', shown: shownAssessment(twitchScenarios.soon), triggers: twitchScenarios.soon.triggers });

      // From the focused heading, Tab leaves the card's body links (none set) for "Start again".
      await press('Tab');
      expect(focused(), 'Tab from the result heading reaches "Start again"').to.equal(
        describeElement(buttonNamed(el, shared.startAgain)),
      );
      await press('Enter');
      await settle(el);

      expect(twitchScreen(el)).to.equal('signs');
      expect(focused(), 'focus goes back to the first screen\'s heading').to.equal(`h4 "${text.emergencyScreen.heading}"`);
      expect(tickedSigns(el), 'nothing is ticked').to.deep.equal([]);
      expect(textOf(statusRegion(el)), 'the live region is empty again').to.equal('');
      expect(describeElement(problem(el))).to.equal('null');
      expect(stepCount(el)).to.equal(stepCountOf('signs'));

      // No answer is left over on the next screens either.
      tickSign(el, 'none');
      await next(el);
      expect(shownAnswers(el)).to.deep.equal(Object.fromEntries(stepQuestions[twitchSteps[0]].map((question) => [question, []])));
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
      expect(focused()).to.equal(`checkbox "${signLabel(el, signChoices[0])}"`);
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
        expect(textOf(q(el, '#step-heading'))).to.equal(text.steps[step]);
        expect(radioGroups(el), `questions on ${step}`).to.deep.equal([...stepQuestions[step]]);
        expect(qa(el, 'fieldset legend').map(textOf), `legends on ${step}`).to.deep.equal([
          ...stepQuestions[step].map((question) => text.questions[question].legend),
          ...(nextScreen(step) ? [] : [text.triggers.legend]),
        ]);
        for (const question of stepQuestions[step]) {
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
        expect(focused()).to.equal(describeElement(q(el, '#step-heading')));
        await answerStepOn(el, step, twitchScenarios['self-care']);
        if (nextScreen(step)) await next(el);
      }
      for (const step of [...twitchSteps].reverse().slice(1)) {
        await back(el);
        expect([twitchScreen(el), focusedId(el)], `back to ${step}`).to.deep.equal([step, 'step-heading']);
      }
      await back(el);
      expect(twitchScreen(el)).to.equal('signs');
      expect(focused(), 'back on the first screen, focus is on its heading').to.equal(`h4 "${text.emergencyScreen.heading}"`);
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
      // muscles: first question "Yes"; course: first question "No". Both screens show their own.
      const el = await render();
      tickSign(el, 'none');
      await next(el);
      const scenario: TwitchScenario = {
        signs: ['none'],
        steps: { legSwollenWarmRed: 'yes', weakness: 'unsure', suddenOnset: 'no', longerThanTwoWeeks: 'yes' },
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
      // Every question answered but two: "Is the weakness getting worse?" and "thinner muscle".
      const left: StepQuestion[] = ['weaknessWorsening', 'muscleShrinking'];
      for (const question of stepQuestions.muscles.filter((question) => !left.includes(question))) {
        answerQuestion(el, question, question === 'lossOfTone' ? 'unsure' : 'no');
      }
      await el.updateComplete;
      await next(el);

      expect(twitchScreen(el), 'the screen stays').to.equal('muscles');
      const message = problem(el);
      expect(textOf(message)).to.equal(check.unanswered({ count: 2 }));
      expect(message?.getAttribute('role')).to.equal('alert');
      expect(focused(), 'focus is on the first answer of the first unanswered question').to.equal(
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
      expect(focused()).to.equal(`radio[name=muscleShrinking] "${shared.answers.yes}"`);

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
      expect(focused()).to.equal(`radio[name=${stepQuestions[lastStep][0]}] "${shared.answers.yes}"`);
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
        if (twitchScenarios[level].steps) {
          expect(textOf(statusRegion(el)), 'silent on the step screens').to.equal('');
          for (const step of twitchSteps) {
            await answerStepOn(el, step, twitchScenarios[level]);
            await next(el);
          }
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
    for (const level of ['urgent', 'soon', 'self-care'] as const) {
      it(`reaches the document with exactly { level, reasons } from assessTwitching (${level})`, async () => {
        const el = await render();
        const received = oneEvent(document, 'lhw-twitch-result');
        await answerScenario(el, twitchScenarios[level]);
        const event = (await received) as CustomEvent<TwitchAssessment>;
        expect(event.bubbles, 'bubbles').to.equal(true);
        expect(event.composed, 'composed').to.equal(true);
        expect(event.target === el, 'the event comes from the widget').to.equal(true);
        expect(Object.keys(event.detail).sort()).to.deep.equal(['level', 'reasons']);
        expect({ level: event.detail.level, reasons: [...event.detail.reasons] }).to.deep.equal(
          assessTwitching(scenarioAnswers(twitchScenarios[level])),
        );
        expect(event.detail.level).to.equal(level);
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
        for (const step of twitchSteps) {
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
        expectResult(el, { level, shown: shownAssessment(twitchScenarios[level]), context, triggers: twitchScenarios[level].triggers });
        const result = q(el, '[part~="result"]');
        expect(linksIn(result)).to.deep.equal([
          ['tel:5550100', shared.callClinic({ clinic: clinic['clinic-name'], phone: '555 0100' })],
          ['https://example.org/book', shared.bookAppointment({ clinic: clinic['clinic-name'] })],
        ]);
        const contact = q(el, '[part~="result"] [part~="contact"]');
        expect(contact.getAttribute('aria-label')).to.equal(shared.contactLabel);
        expect(cardSections(result).get(text.whatToDoLabel)?.includes(contact), 'the links are under "what to do"').to.equal(true);
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

    it('shows no advice for "None of these"', async () => {
      const el = await render();
      const scenario: TwitchScenario = { ...twitchScenarios['self-care'], triggers: ['none'] };
      await answerScenario(el, scenario);
      expectResult(el, { level: 'self-care', shown: shownAssessment(scenario), triggers: ['none'] });
      expect([...cardSections(q(el, '[part~="result"]')).keys()]).to.deep.equal([
        text.whatToDoLabel,
        text.reasonsLabel,
        text.moreHelp.label,
      ]);
    });

    for (const level of ['urgent', 'soon', 'self-care'] as const) {
      it(`never changes the level or the reasons (${level})`, async () => {
        const seen: TwitchAssessment[] = [];
        const shownReasons: string[][] = [];
        for (const triggers of [['none'], ['caffeine', 'stress', 'poorSleep', 'hardExercise']] as TwitchTrigger[][]) {
          const el = await render();
          const received = oneEvent(document, 'lhw-twitch-result');
          await answerScenario(el, { ...twitchScenarios[level], triggers });
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
    it('defaults to an h2 title, h3 sections and h4 step and result headings', async () => {
      const el = await render();
      expect(outline(el)).to.deep.equal([
        ['h2', text.title],
        ['h3', text.about.heading],
        ['h3', check.heading],
        ['h4', text.emergencyScreen.heading],
        ['h3', shared.aboutHeading],
      ]);
      await answerScenario(el, twitchScenarios.soon);
      expect(outline(el).slice(3, 5)).to.deep.equal([
        ['h4', `${text.results.soon.label} ${text.results.soon.heading(contextOf())}`],
        ['h5', text.whatToDoLabel],
      ]);
    });

    it('heading-level="3" makes the title h3, sections h4, step and result headings h5', async () => {
      const el = await render({ 'heading-level': '3' });
      expect(outline(el)).to.deep.equal([
        ['h3', text.title],
        ['h4', text.about.heading],
        ['h4', check.heading],
        ['h5', text.emergencyScreen.heading],
        ['h4', shared.aboutHeading],
      ]);
      tickSign(el, 'none');
      await next(el);
      for (const step of twitchSteps) {
        expect(outline(el), `outline on ${step}`).to.deep.equal([
          ['h3', text.title],
          ['h4', text.about.heading],
          ['h4', check.heading],
          ['h5', text.steps[step]],
          ['h4', shared.aboutHeading],
        ]);
        await answerStepOn(el, step, twitchScenarios['self-care']);
        await next(el);
      }
      const card = text.results['self-care'];
      expect(outline(el)).to.deep.equal([
        ['h3', text.title],
        ['h4', text.about.heading],
        ['h4', check.heading],
        ['h5', `${card.label} ${card.heading(contextOf())}`],
        ['h6', text.whatToDoLabel],
        ['h6', text.reasonsLabel],
        ['h6', text.moreHelp.label],
        // The lists under it would be a level deeper; h6 is the deepest there is.
        ...escalationLevels('self-care').map((higher): [string, string] => ['h6', text.moreHelp.headings[higher](contextOf())]),
        ['h6', text.triggerAdviceLabel],
        ['h4', shared.aboutHeading],
      ]);
      expectResult(el, {
        level: 'self-care',
        shown: shownAssessment(twitchScenarios['self-care']),
        triggers: twitchScenarios['self-care'].triggers,
        headingTag: 'h5',
      });
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
        await answerStepOn(el, step, twitchScenarios.urgent);
        await next(el);
      }
      expectSafetyNote(el, context);
      await startAgain(el);
      await answerScenario(el, twitchScenarios.emergency);
      expect(twitchScreen(el)).to.equal('result');
      expectSafetyNote(el, context);
      const note = q(el, '.safety-note');
      expect(note.compareDocumentPosition(q(el, '[part~="check"]')) & Node.DOCUMENT_POSITION_FOLLOWING, 'before the check').to.not.equal(0);
    });

    it('lists the sources of the about text and the check, with both review dates', async () => {
      const el = await render();
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

    it('passes on every screen of the check, and with the "about" section open', async () => {
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
    });

    it('passes with the problem message shown, on the first screen and on a step', async () => {
      const el = await render();
      await next(el);
      expect(twitchProblem(el)).to.equal(signsText.chooseOne);
      await expect(el).to.be.accessible();
      tickSign(el, 'none');
      await next(el);
      await next(el);
      expect(twitchProblem(el)).to.equal(check.unanswered({ count: stepQuestions.muscles.length }));
      await expect(el).to.be.accessible();
    });

    for (const level of careLevels) {
      it(`passes with the "${level}" result shown`, async () => {
        const el = await render(clinic);
        await answerScenario(el, twitchScenarios[level]);
        expectResult(el, {
          level,
          shown: shownAssessment(twitchScenarios[level]),
          context: contextOf({ clinic: clinic['clinic-name'] }),
          triggers: twitchScenarios[level].triggers,
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
