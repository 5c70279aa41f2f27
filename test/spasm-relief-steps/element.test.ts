// Browser tests for <spasm-relief-steps>, written the way a visitor uses it: render the steps,
// read them, move through guided mode with a real keyboard (Tab, Enter, Space through
// @web/test-runner-commands' sendKeys) or clicks (the shared harness, test/harness/spasm.ts, which
// the stories' play functions use too), run the heat-or-ice timer on a fake clock, and check what
// a person sees or a screen reader hears.
//
// Every string comes from the English text, so the tests follow content edits; the steps, the
// muscles, the timer's length and the get-help table come from the rule module (spasm-care.ts).
// The library de-duplicates console warnings per message for the page's lifetime: every test
// that counts warnings uses attribute values that no other test in this file uses.
import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { packs } from '../../src/lang/built-in.js';
import { sources, type Source } from '../../src/shared/sources.js';
import type { SpasmReliefSteps } from '../../src/spasm-relief-steps/define.js';
import '../../src/spasm-relief-steps/define.js';
import {
  HEAT_ICE_MINUTES,
  helpSignsAt,
  overdoseCall,
  spasmMuscles,
  spasmStepIds,
  US_POISON_CONTROL,
  type SpasmHelpLevel,
  type SpasmMuscle,
  type SpasmStepId,
} from '../../src/spasm-relief-steps/spasm-care.js';
import type { CautionText } from '../../src/spasm-relief-steps/spasm-content.js';
import type { SpasmStepChange, SpasmStepsComplete } from '../../src/spasm-relief-steps/spasm-relief-steps.js';
import type { TwitchRedflagCheck } from '../../src/twitch-redflag-check/define.js';
import '../../src/twitch-redflag-check/define.js';
import { renderWrapper } from '../fixtures/render.js';
import { spyOnWarnings, type WarningSpy } from '../fixtures/warnings.js';
import {
  currentStep,
  currentStepHeading,
  eased as pressEased,
  goToStep,
  nextStep,
  openCautionHeadings,
  previousStep,
  timerTimeLeft,
  toggleTimer,
} from '../harness/spasm.js';
import { settle, shownLanguage } from '../harness/widget.js';
import { press } from '../helpers/keyboard.js';
import { describeElement, isShown, q, qa, shadowOf, textOf } from '../helpers/shadow.js';
import { installFakeClock, type FakeClock } from '../helpers/spasm-clock.js';
import { blockTexts, buttonLabelled, focusedIn, mustButton, outlineOf, sourcesDisclosure, sourcesState } from '../helpers/spasm-view.js';

const text = packs.en.spasm;
const shared = packs.en.shared;
const { guided, timer } = text;
const painRelief = text.steps['pain-relief'];

const MINUTE = 60_000;
/** The clock the timer shows once `elapsedMs` of its time have gone, in English digits ("14:59"). */
function clockAfter(elapsedMs: number): string {
  const seconds = Math.ceil((HEAT_ICE_MINUTES * MINUTE - elapsedMs) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
/** The clock the timer starts from, formatted as the widget formats it ("15:00"). */
const FULL_CLOCK = clockAfter(0);

// ---------------------------------------------------------------------------------------------
// What the visitor sees, found the way they find it

function headingOf(id: SpasmStepId): string {
  return text.steps[id].heading;
}

/** The text a step shows under its heading; the stretch depends on the muscle. */
function stepTexts(id: SpasmStepId, muscle: SpasmMuscle = 'calf'): string[] {
  return blockTexts(id === 'stretch' ? text.steps.stretch.byMuscle[muscle] : text.steps[id].body);
}

/** The cautions a step shows beside it, in order. */
function cautionsOf(id: SpasmStepId): readonly CautionText[] {
  if (id === 'heat-ice') return [text.steps['heat-ice'].cautions];
  if (id === 'pain-relief') return painRelief.cautions;
  return [];
}

/** The acetaminophen caution, which ends with whom to call after taking too much. */
const acetaminophen = painRelief.cautions[1];

/** The acetaminophen caution's last line as the widget shows it with the emergency number `emergency`. */
function overdoseLine(emergency: string, pack = text): string {
  const { overdose } = pack.steps['pain-relief'].cautions[1];
  return overdose[overdoseCall(emergency)]({ poisonControl: US_POISON_CONTROL, emergency });
}

/** Every string of the pain-relief step: its heading, body and both cautions, with the overdose line. */
const painReliefStrings = [
  painRelief.heading,
  ...blockTexts(painRelief.body),
  ...painRelief.cautions.flatMap((caution) => [caution.heading, ...blockTexts(caution.body)]),
  overdoseLine('911'),
];
/** Sources only the pain-relief step cites. */
const painReliefOnlySources = painRelief.sources.filter(
  (id) => !spasmStepIds.some((other) => other !== 'pain-relief' && text.steps[other].sources.includes(id)),
);

/** The widget's whole text as a person reads it (hidden panels included). */
function allText(el: SpasmReliefSteps): string {
  return textOf(shadowOf(el));
}

/** The ordered list of list mode; throws when there is none. */
function stepList(el: SpasmReliefSteps): HTMLOListElement {
  return q<HTMLOListElement>(el, '[part~="steps"] ol');
}

/** The steps of the list, in order: each item's heading text. */
function listedHeadings(el: SpasmReliefSteps): string[] {
  return [...stepList(el).children].map((li) => textOf(li.querySelector('h1, h2, h3, h4, h5, h6')));
}

/** The list item whose heading is the step's. */
function listItemOf(el: SpasmReliefSteps, id: SpasmStepId): HTMLLIElement {
  const item = [...stepList(el).children].find((li) => textOf(li.querySelector('h1, h2, h3, h4, h5, h6')) === headingOf(id));
  if (!item) throw new Error(`no list item headed "${headingOf(id)}"`);
  return item as HTMLLIElement;
}

/** Guided mode: the "Step 2 of 5" line, or "" when none shows (aftercare). */
function stepCount(el: SpasmReliefSteps): string {
  return textOf(shadowOf(el).querySelector('[part~="steps"] .step-count'));
}

/** Where focus is inside the widget: the id and text of the focused element. */
function focusTarget(el: SpasmReliefSteps): { id: string; text: string } {
  const active = shadowOf(el).activeElement;
  return { id: active?.id ?? '(nothing focused)', text: textOf(active) };
}

interface CautionView {
  section: HTMLElement;
  heading: HTMLElement;
  button: HTMLButtonElement;
  panel: HTMLElement;
  label: string;
}

/**
 * Every collapsible caution inside `root` (default: the whole widget), in page order. The cramp
 * diary is a disclosure too, but not a caution (test/spasm-relief-steps/diary.test.ts).
 */
function cautionViews(el: SpasmReliefSteps, root: ParentNode = shadowOf(el)): CautionView[] {
  const sections = [...root.querySelectorAll<HTMLElement>('[part~="section"]')].filter((section) => !section.querySelector('#diary-button'));
  return sections.map((section) => {
    const heading = section.querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6');
    if (!heading) throw new Error('a caution has no heading');
    const button = heading.querySelector('button');
    if (!button) throw new Error(`caution heading "${textOf(heading)}" holds no button`);
    const panelId = button.getAttribute('aria-controls');
    const panel = panelId ? shadowOf(el).getElementById(panelId) : null;
    if (!panel) throw new Error(`the button "${textOf(button)}" controls no element (aria-controls=${panelId})`);
    return { section, heading, button, panel, label: textOf(button) };
  });
}

function expectExpanded(view: CautionView, expanded: boolean): void {
  expect(view.button.getAttribute('aria-expanded'), `aria-expanded of "${view.label}"`).to.equal(String(expanded));
  expect(view.panel.hidden, `panel of "${view.label}" has the hidden attribute`).to.equal(!expanded);
  expect(isShown(view.panel), `panel of "${view.label}" is visible`).to.equal(expanded);
}

/**
 * Opens each caution inside `root` with the keyboard (focus its button, Enter), checks its panel
 * shows the pack's text, then closes it with Space.
 */
async function expectCautionsByKeyboard(el: SpasmReliefSteps, expected: readonly CautionText[], root?: ParentNode): Promise<void> {
  const views = cautionViews(el, root);
  expect(views.map((view) => view.label), 'caution headings').to.deep.equal(expected.map((caution) => caution.heading));
  for (const [index, caution] of expected.entries()) {
    const view = cautionViews(el, root)[index];
    expectExpanded(view, false);
    view.button.focus();
    await press('Enter');
    await el.updateComplete;
    const open = cautionViews(el, root)[index];
    expectExpanded(open, true);
    const panelText = textOf(open.panel);
    for (const line of blockTexts(caution.body)) expect(panelText, `"${caution.heading}" panel`).to.contain(line);
    await press('Space');
    await el.updateComplete;
    expectExpanded(cautionViews(el, root)[index], false);
  }
}

/** The widget after a button placed before it, so tests can Tab into it like a visitor. */
async function stepsAfterButton(
  attributes: Record<string, string> = {},
): Promise<{ el: SpasmReliefSteps; before: HTMLButtonElement; wrapper: HTMLDivElement }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div><button type="button">Before the steps</button></div>`);
  const el = document.createElement('spasm-relief-steps');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  await el.updateComplete;
  return { el, before: wrapper.querySelector('button') as HTMLButtonElement, wrapper };
}

/** Presses Tab `times` times and returns where focus landed inside the widget after each. */
async function tabStops(el: SpasmReliefSteps, times: number): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < times; i += 1) {
    await press('Tab');
    stops.push(focusedIn(el));
  }
  return stops;
}

/** How a focused button reads in `focusedIn`. */
function buttonStop(label: string): string {
  return `button "${label}"`;
}

/** How a focused link reads in `focusedIn` (labels here are shorter than its 60-character cut). */
function linkStop(label: string): string {
  return `a "${label}"`;
}

/** The first tab stop of every widget: the emergency call link in "check first", above the steps. */
const checkFirstCallStop = linkStop(shared.callNumber({ number: '911' }));

/** Guided mode: clicks Next (the harness) until the step `id` shows, headed as the English text says. */
async function clickToStep(el: SpasmReliefSteps, id: SpasmStepId): Promise<void> {
  await goToStep(el, id);
  expect(shownLanguage(el), 'the widget speaks English').to.equal('en');
  expect(currentStepHeading(el), 'guided mode reached the step').to.equal(headingOf(id));
}

// The timer

function timerOf(el: SpasmReliefSteps): HTMLElement | null {
  return shadowOf(el).querySelector<HTMLElement>('[part~="timer"]');
}

function mustTimer(el: SpasmReliefSteps): HTMLElement {
  const found = timerOf(el);
  if (!found) throw new Error('no timer ([part~="timer"]) is shown');
  return found;
}

function timeLeft(el: SpasmReliefSteps): string {
  return textOf(mustTimer(el).querySelector('.time-left'));
}

function timerStatus(el: SpasmReliefSteps): HTMLElement {
  const status = mustTimer(el).querySelector<HTMLElement>('[role="status"]');
  if (!status) throw new Error('the timer has no role="status" element');
  return status;
}

/** The timer's buttons as `label (enabled|disabled)`, in order. */
function timerButtons(el: SpasmReliefSteps): string[] {
  return [...mustTimer(el).querySelectorAll('button')].map((b) => `${textOf(b)} (${b.disabled ? 'disabled' : 'enabled'})`);
}

function timerButton(el: SpasmReliefSteps, label: string): HTMLButtonElement {
  const button = [...mustTimer(el).querySelectorAll('button')].find((b) => textOf(b) === label);
  if (!button) throw new Error(`no timer button "${label}"; buttons: ${timerButtons(el).join(', ')}`);
  return button;
}

// ---------------------------------------------------------------------------------------------

describe('<spasm-relief-steps>', () => {
  let warnings: WarningSpy | undefined;

  afterEach(() => {
    warnings?.restore();
    warnings = undefined;
  });

  describe('list mode (the default)', () => {
    it('shows the five steps, in order, as an ordered list under the steps heading', async () => {
      warnings = spyOnWarnings();
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps></spasm-relief-steps>`);
      expect(spasmStepIds, 'the seed steps').to.deep.equal(['stretch', 'massage', 'walk', 'heat-ice', 'pain-relief']);
      const steps = q(el, '[part~="steps"]');
      expect(textOf(steps.querySelector('h1, h2, h3, h4, h5, h6'))).to.equal(text.stepsHeading);
      expect(stepList(el).localName).to.equal('ol');
      expect([...stepList(el).children].map((child) => child.localName)).to.deep.equal(spasmStepIds.map(() => 'li'));
      expect(listedHeadings(el)).to.deep.equal(spasmStepIds.map(headingOf));
      for (const id of spasmStepIds) {
        const itemText = textOf(listItemOf(el, id));
        for (const line of stepTexts(id)) expect(itemText, `the "${id}" step`).to.contain(line);
      }
      expect(describeElement(buttonLabelled(el, guided.next)), 'no guided buttons in list mode').to.equal('undefined');
      expect(stepCount(el)).to.equal('');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('shows the title, the intro, the help, prevention and the footer around the steps', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps></spasm-relief-steps>`);
      const all = allText(el);
      expect(textOf(q(el, '#title'))).to.equal(text.title);
      for (const line of [...blockTexts(text.intro), ...blockTexts(text.prevention.body)]) expect(all).to.contain(line);
      expect(all).to.contain(text.twitching.text);
      expect(textOf(q(el, '[part~="about"]'))).to.contain(shared.notDiagnosis);
    });

    it('says pain relief is for afterwards: the pack heading, after every other step', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps></spasm-relief-steps>`);
      const headings = listedHeadings(el);
      expect(headings.at(-1), 'pain relief comes last').to.equal(painRelief.heading);
      expect(headings.indexOf(painRelief.heading)).to.equal(spasmStepIds.length - 1);
      const item = textOf(listItemOf(el, 'pain-relief'));
      for (const line of blockTexts(painRelief.body)) expect(item).to.contain(line);
    });

    it('shows the heat-or-ice caution and both painkiller cautions, opened and closed by keyboard', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps></spasm-relief-steps>`);
      // Each caution sits right beside its own step.
      expect(cautionViews(el, listItemOf(el, 'heat-ice')).map((v) => v.label)).to.deep.equal([text.steps['heat-ice'].cautions.heading]);
      await expectCautionsByKeyboard(el, painRelief.cautions, listItemOf(el, 'pain-relief'));
      await expectCautionsByKeyboard(el, [...cautionsOf('heat-ice'), ...cautionsOf('pain-relief')]);
    });

    it('shows no timer in list mode', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps></spasm-relief-steps>`);
      expect(describeElement(timerOf(el))).to.equal('null');
      expect(allText(el)).not.to.contain(timer.heading({ minutes: HEAT_ICE_MINUTES }));
    });
  });

  describe('steps attribute', () => {
    beforeEach(() => {
      warnings = spyOnWarnings();
    });

    it('chooses and orders the steps', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps steps="walk, stretch,HEAT-ICE"></spasm-relief-steps>`);
      expect(listedHeadings(el)).to.deep.equal(['walk', 'stretch', 'heat-ice'].map((id) => headingOf(id as SpasmStepId)));
      expect(warnings?.messages).to.deep.equal([]);
    });

    it('ignores unknown names with one console warning that names them', async () => {
      const el = await fixture<SpasmReliefSteps>(
        html`<spasm-relief-steps steps="massage, not-a-step-a1, stretch, not-a-step-b2, massage"></spasm-relief-steps>`,
      );
      expect(listedHeadings(el)).to.deep.equal([headingOf('massage'), headingOf('stretch')]);
      expect(warnings?.messages).to.have.length(1);
      expect(warnings?.messages[0]).to.contain('steps').and.contain('not-a-step-a1').and.contain('not-a-step-b2');

      // Re-rendering does not warn again.
      el.setAttribute('mode', 'guided');
      await settle(el);
      await nextStep(el);
      expect(currentStep(el)).to.equal('stretch');
      expect(warnings?.messages).to.have.length(1);
    });

    it('always shows pain relief last, after the cramp, with one warning when placed earlier', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps steps="pain-relief,stretch,walk"></spasm-relief-steps>`);
      expect(listedHeadings(el)).to.deep.equal(['stretch', 'walk', 'pain-relief'].map((id) => headingOf(id as SpasmStepId)));
      expect(warnings?.messages).to.have.length(1);
      expect(warnings?.messages[0]).to.contain('pain-relief');
    });

    for (const value of ['', ' , ', 'not-a-step-c3']) {
      it(`shows all steps when steps=${JSON.stringify(value)}`, async () => {
        const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps steps=${value}></spasm-relief-steps>`);
        expect(listedHeadings(el)).to.deep.equal(spasmStepIds.map(headingOf));
        expect(warnings?.messages, 'a warning only for unknown names').to.have.length(value.includes('not-a-step') ? 1 : 0);
      });
    }

    it('leaves pain relief out when the clinic does: no painkiller text anywhere, in list or guided mode', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps steps="stretch,walk,heat-ice"></spasm-relief-steps>`);
      const expectNoPainkillers = (where: string): void => {
        const all = allText(el);
        for (const line of painReliefStrings) expect(all, where).not.to.contain(line);
        for (const id of painReliefOnlySources) expect(all, `${where}: source ${id}`).not.to.contain(sources[id].title);
        // A safety net beyond the pack's own strings: no medicine is named anywhere.
        expect(all, where).not.to.match(/ibuprofen|acetaminophen|paracetamol|NSAID|pain reliever|painkiller/i);
      };
      expect(listedHeadings(el)).to.deep.equal(['stretch', 'walk', 'heat-ice'].map((id) => headingOf(id as SpasmStepId)));
      expect(painReliefOnlySources.length, 'pain relief cites sources of its own').to.be.greaterThan(0);
      expectNoPainkillers('list mode');

      el.setAttribute('mode', 'guided');
      await settle(el);
      for (const id of ['stretch', 'walk', 'heat-ice'] as const) {
        expect(currentStepHeading(el)).to.equal(headingOf(id));
        expectNoPainkillers(`guided step ${id}`);
        mustButton(el, id === 'heat-ice' ? guided.finish : guided.next).click();
        await settle(el);
      }
      expect(currentStepHeading(el)).to.equal(guided.aftercareHeading);
      expectNoPainkillers('aftercare');
      expect(cautionViews(el).map((view) => view.label), 'aftercare has no painkiller cautions').to.deep.equal([]);
      expect(warnings?.messages).to.deep.equal([]);
    });
  });

  describe('muscle attribute', () => {
    beforeEach(() => {
      warnings = spyOnWarnings();
    });

    /** Checks the stretch step shows `muscle`'s instructions and none of the other muscles' own lines. */
    function expectStretchFor(muscle: SpasmMuscle, stretch: HTMLElement): void {
      const shown = textOf(stretch);
      const own = stepTexts('stretch', muscle);
      for (const line of own) expect(shown, `${muscle} stretch`).to.contain(line);
      for (const other of spasmMuscles.filter((m) => m !== muscle)) {
        for (const line of stepTexts('stretch', other).filter((l) => !own.includes(l))) {
          expect(shown, `the ${muscle} stretch shows no ${other} line`).not.to.contain(line);
        }
      }
    }

    it('shows the calf stretch by default', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps></spasm-relief-steps>`);
      expectStretchFor('calf', listItemOf(el, 'stretch'));
      expect(warnings?.messages).to.deep.equal([]);
    });

    for (const muscle of spasmMuscles.filter((m) => m !== 'calf')) {
      it(`muscle="${muscle}" shows the ${muscle} stretch, in list and guided mode`, async () => {
        const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps muscle=${muscle}></spasm-relief-steps>`);
        expect(listItemOf(el, 'stretch') === [...stepList(el).children][0], 'the stretch is still first').to.equal(true);
        expectStretchFor(muscle, listItemOf(el, 'stretch'));
        el.setAttribute('mode', 'guided');
        await settle(el);
        expect(currentStepHeading(el)).to.equal(headingOf('stretch'));
        expectStretchFor(muscle, q(el, '[part~="steps"]'));
        expect(warnings?.messages).to.deep.equal([]);
      });
    }

    it('an unknown muscle falls back to the calf, with one warning', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps muscle="elbow-m7"></spasm-relief-steps>`);
      expectStretchFor('calf', listItemOf(el, 'stretch'));
      expect(warnings?.messages).to.have.length(1);
      expect(warnings?.messages[0]).to.contain('muscle').and.contain('elbow-m7');
    });
  });

  describe('mode attribute', () => {
    it('an unknown mode falls back to the list, with one warning', async () => {
      warnings = spyOnWarnings();
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps mode="wizard-q5"></spasm-relief-steps>`);
      expect(listedHeadings(el)).to.deep.equal(spasmStepIds.map(headingOf));
      expect(describeElement(buttonLabelled(el, guided.next)), 'no guided buttons').to.equal('undefined');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('mode').and.contain('wizard-q5');
    });

    it('guided mode shows one step at a time, starting with the first', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps mode="guided"></spasm-relief-steps>`);
      expect(describeElement(shadowOf(el).querySelector('[part~="steps"] ol')), 'no list').to.equal('null');
      expect(stepCount(el)).to.equal(guided.stepCount({ step: 1, total: spasmStepIds.length }));
      expect(currentStepHeading(el)).to.equal(headingOf('stretch'));
      const shown = textOf(q(el, '[part~="steps"]'));
      for (const id of spasmStepIds.filter((other) => other !== 'stretch')) expect(shown).not.to.contain(headingOf(id));
      expect(describeElement(buttonLabelled(el, guided.back)), 'no Back on the first step').to.equal('undefined');
      expect(isShown(mustButton(el, guided.next))).to.equal(true);
      expect(isShown(mustButton(el, guided.eased))).to.equal(true);
    });
  });

  describe('guided mode by keyboard', () => {
    it('Tab reaches Next; Enter and Space move on, Back goes back, focus goes to each step heading, Finish reaches aftercare, Start over restarts', async () => {
      const { el, before } = await stepsAfterButton({ mode: 'guided' });
      const changes: SpasmStepChange[] = [];
      const completes: SpasmStepsComplete[] = [];
      const onChange = (event: Event): void => {
        changes.push((event as CustomEvent<SpasmStepChange>).detail);
      };
      const onComplete = (event: Event): void => {
        completes.push((event as CustomEvent<SpasmStepsComplete>).detail);
      };
      document.addEventListener('lhw-step-change', onChange);
      document.addEventListener('lhw-steps-complete', onComplete);
      const total = spasmStepIds.length;
      const expectOnStep = (id: SpasmStepId, position: number): void => {
        expect(stepCount(el), `step count on ${id}`).to.equal(guided.stepCount({ step: position, total }));
        expect(currentStepHeading(el)).to.equal(headingOf(id));
        expect(focusTarget(el), `focus on the "${id}" heading`).to.deep.equal({ id: 'step-heading', text: headingOf(id) });
      };
      try {
        before.focus();
        expect(await tabStops(el, 2), 'first Tabs, on step 1: the "check first" call link, then Next').to.deep.equal([
          checkFirstCallStop,
          buttonStop(guided.next),
        ]);
        await press('Enter');
        await settle(el);
        expectOnStep('massage', 2);

        expect(await tabStops(el, 3), 'Tab order on a middle step').to.deep.equal(
          [guided.back, guided.next, guided.eased].map(buttonStop),
        );
        q(el, '#step-heading').focus();
        expect(await tabStops(el, 2)).to.deep.equal([guided.back, guided.next].map(buttonStop));
        await press('Space');
        await settle(el);
        expectOnStep('walk', 3);

        expect(await tabStops(el, 1)).to.deep.equal([buttonStop(guided.back)]);
        await press('Enter');
        await settle(el);
        expectOnStep('massage', 2);

        await tabStops(el, 2);
        await press('Enter');
        await settle(el);
        expectOnStep('walk', 3);
        await tabStops(el, 2);
        await press('Enter');
        await settle(el);
        expectOnStep('heat-ice', 4);

        // The heat and cold safety rules stand open above the timer: no disclosure button to Tab to.
        expect(await tabStops(el, 4), 'Tab order on the heat-or-ice step (Reset is disabled)').to.deep.equal(
          [timer.start, guided.back, guided.next, guided.eased].map(buttonStop),
        );
        q(el, '#step-heading').focus();
        await tabStops(el, 3);
        await press('Enter');
        await settle(el);
        expectOnStep('pain-relief', 5);

        expect(describeElement(buttonLabelled(el, guided.eased)), 'no "Done, it eased" on the pain-relief step').to.equal('undefined');
        expect(describeElement(buttonLabelled(el, guided.next)), 'the last step has Finish, not Next').to.equal('undefined');
        expect(await tabStops(el, 4), 'Tab order on the last step').to.deep.equal(
          [...painRelief.cautions.map((c) => c.heading), guided.back, guided.finish].map(buttonStop),
        );
        await press('Enter');
        await settle(el);

        expect(focusTarget(el), 'focus on the aftercare heading').to.deep.equal({ id: 'step-heading', text: guided.aftercareHeading });
        expect(stepCount(el), 'no step count in aftercare').to.equal('');
        expect(textOf(q(el, '[part~="steps"]'))).to.contain(guided.aftercareIntro);
        expect(await tabStops(el, 3), 'Tab order in aftercare').to.deep.equal(
          [...painRelief.cautions.map((c) => c.heading), guided.startOver].map(buttonStop),
        );
        await press('Enter');
        await settle(el);
        expectOnStep('stretch', 1);

        expect(changes, 'one lhw-step-change per move').to.deep.equal([
          { step: 'massage', index: 1 },
          { step: 'walk', index: 2 },
          { step: 'massage', index: 1 },
          { step: 'walk', index: 2 },
          { step: 'heat-ice', index: 3 },
          { step: 'pain-relief', index: 4 },
          { step: 'stretch', index: 0 },
        ]);
        expect(completes).to.deep.equal([{ eased: false }]);
      } finally {
        document.removeEventListener('lhw-step-change', onChange);
        document.removeEventListener('lhw-steps-complete', onComplete);
      }
    });

    it('"Done, it eased" jumps to aftercare by keyboard, which shows pain relief and its cautions', async () => {
      const { el, before } = await stepsAfterButton({ mode: 'guided' });
      before.focus();
      expect(await tabStops(el, 3)).to.deep.equal([checkFirstCallStop, ...[guided.next, guided.eased].map(buttonStop)]);
      const completed = oneEvent<CustomEvent<SpasmStepsComplete>>(document, 'lhw-steps-complete');
      await press('Enter');
      const event = await completed;
      await settle(el);
      expect(event.detail).to.deep.equal({ eased: true });
      expect(focusTarget(el)).to.deep.equal({ id: 'step-heading', text: guided.aftercareHeading });
      expect(stepCount(el)).to.equal('');

      // Aftercare holds the pain-relief step, headed as the pack says, with both cautions.
      const steps = q(el, '[part~="steps"]');
      expect(outlineOf(steps).map(([, heading]) => heading)).to.include(painRelief.heading);
      for (const line of blockTexts(painRelief.body)) expect(textOf(steps)).to.contain(line);
      await expectCautionsByKeyboard(el, painRelief.cautions, steps);
    });

    it('shows both painkiller cautions on the guided pain-relief step, opened by keyboard', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps mode="guided"></spasm-relief-steps>`);
      await clickToStep(el, 'pain-relief');
      for (const line of blockTexts(painRelief.body)) expect(textOf(q(el, '[part~="steps"]'))).to.contain(line);
      await expectCautionsByKeyboard(el, painRelief.cautions);
    });

    it('counts and names only the chosen steps, and ends with Finish after the last of them', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps mode="guided" steps="heat-ice,stretch"></spasm-relief-steps>`);
      expect(stepCount(el)).to.equal(guided.stepCount({ step: 1, total: 2 }));
      expect(currentStepHeading(el)).to.equal(headingOf('heat-ice'));
      const changed = oneEvent<CustomEvent<SpasmStepChange>>(document, 'lhw-step-change');
      mustButton(el, guided.next).click();
      expect((await changed).detail).to.deep.equal({ step: 'stretch', index: 1 });
      await settle(el);
      expect(stepCount(el)).to.equal(guided.stepCount({ step: 2, total: 2 }));
      expect(isShown(mustButton(el, guided.finish))).to.equal(true);
      expect(isShown(mustButton(el, guided.eased)), 'eased still offered when pain relief is not the step').to.equal(true);
      mustButton(el, guided.finish).click();
      await settle(el);
      expect(currentStepHeading(el)).to.equal(guided.aftercareHeading);
      expect(allText(el)).not.to.contain(painRelief.heading);
    });
  });

  describe('events', () => {
    it('lhw-step-change reaches the document with exactly { step, index }', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps mode="guided"></spasm-relief-steps>`);
      const received = oneEvent<CustomEvent<SpasmStepChange>>(document, 'lhw-step-change');
      mustButton(el, guided.next).click();
      const event = await received;
      expect(event.bubbles, 'bubbles').to.equal(true);
      expect(event.composed, 'composed').to.equal(true);
      expect(event.target === el, 'the event comes from the widget').to.equal(true);
      expect(event.detail).to.deep.equal({ step: 'massage', index: 1 });
      expect(Object.keys(event.detail).sort()).to.deep.equal(['index', 'step']);
    });

    for (const eased of [true, false]) {
      it(`lhw-steps-complete reaches the document with exactly { eased: ${eased} }`, async () => {
        const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps mode="guided"></spasm-relief-steps>`);
        if (!eased) await clickToStep(el, 'pain-relief');
        const received = oneEvent<CustomEvent<SpasmStepsComplete>>(document, 'lhw-steps-complete');
        mustButton(el, eased ? guided.eased : guided.finish).click();
        const event = await received;
        expect(event.bubbles, 'bubbles').to.equal(true);
        expect(event.composed, 'composed').to.equal(true);
        expect(event.target === el, 'the event comes from the widget').to.equal(true);
        expect(event.detail).to.deep.equal({ eased });
        expect(Object.keys(event.detail)).to.deep.equal(['eased']);
      });
    }
  });

  describe('heat-or-ice timer (fake clock)', () => {
    let clock: FakeClock | undefined;

    beforeEach(() => {
      clock = installFakeClock();
    });

    afterEach(() => {
      // Remove the widgets while the fake clock is still installed, so the countdown clears its
      // fake interval with the fake clearInterval.
      fixtureCleanup();
      clock?.restore();
      clock = undefined;
    });

    async function guidedAtHeatIce(attributes: Record<string, string> = {}): Promise<{ el: SpasmReliefSteps; wrapper: HTMLDivElement }> {
      const { el, wrapper } = await stepsAfterButton({ mode: 'guided', ...attributes });
      await clickToStep(el, 'heat-ice');
      return { el, wrapper };
    }

    async function tick(el: SpasmReliefSteps, ms: number): Promise<void> {
      clock!.tick(ms);
      await el.updateComplete;
    }

    it('appears only in guided mode, on the heat-or-ice step', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps mode="guided"></spasm-relief-steps>`);
      for (const id of spasmStepIds) {
        expect(currentStepHeading(el)).to.equal(headingOf(id));
        expect(timerOf(el) !== null, `a timer on the "${id}" step`).to.equal(id === 'heat-ice');
        mustButton(el, id === 'pain-relief' ? guided.finish : guided.next).click();
        await settle(el);
      }
      expect(currentStepHeading(el)).to.equal(guided.aftercareHeading);
      expect(describeElement(timerOf(el)), 'no timer in aftercare').to.equal('null');
    });

    it('starts at the full time, counts down each second, pauses, resumes and resets', async () => {
      const { el } = await guidedAtHeatIce();
      const panel = mustTimer(el);
      expect(textOf(panel.querySelector('h1, h2, h3, h4, h5, h6'))).to.equal(timer.heading({ minutes: HEAT_ICE_MINUTES }));
      expect(timeLeft(el)).to.equal(timer.timeLeft({ clock: FULL_CLOCK }));
      expect(timerButtons(el)).to.deep.equal([`${timer.start} (enabled)`, `${timer.reset} (disabled)`]);

      timerButton(el, timer.start).focus();
      await press('Enter');
      await el.updateComplete;
      expect(timeLeft(el)).to.equal(timer.timeLeft({ clock: FULL_CLOCK }));
      expect(timerButtons(el)).to.deep.equal([`${timer.pause} (enabled)`, `${timer.reset} (enabled)`]);
      await tick(el, 1000);
      expect(timeLeft(el)).to.equal(timer.timeLeft({ clock: clockAfter(1000) }));
      await tick(el, 59_000);
      expect(timeLeft(el)).to.equal(timer.timeLeft({ clock: clockAfter(MINUTE) }));

      timerButton(el, timer.pause).click();
      await el.updateComplete;
      expect(timerButtons(el)).to.deep.equal([`${timer.resume} (enabled)`, `${timer.reset} (enabled)`]);
      expect(clock!.countTimers(), 'no interval while paused').to.equal(0);
      await tick(el, 5 * MINUTE);
      expect(timeLeft(el), 'paused: time does not move').to.equal(timer.timeLeft({ clock: clockAfter(MINUTE) }));

      timerButton(el, timer.resume).click();
      await el.updateComplete;
      await tick(el, 1000);
      expect(timeLeft(el)).to.equal(timer.timeLeft({ clock: clockAfter(MINUTE + 1000) }));

      timerButton(el, timer.reset).click();
      await el.updateComplete;
      expect(timeLeft(el)).to.equal(timer.timeLeft({ clock: FULL_CLOCK }));
      expect(timerButtons(el)).to.deep.equal([`${timer.start} (enabled)`, `${timer.reset} (disabled)`]);
      expect(clock!.countTimers()).to.equal(0);
      await tick(el, 3000);
      expect(timeLeft(el)).to.equal(timer.timeLeft({ clock: FULL_CLOCK }));
      expect(textOf(timerStatus(el)), 'nothing announced yet').to.equal('');
    });

    // A keyboard user presses Start, then wants to pause: the button under focus must survive
    // the change (one button whose label changes, not one button swapped for another).
    it('keeps keyboard focus on the start/pause button, so the same key pauses and resumes', async () => {
      const { el } = await guidedAtHeatIce();
      timerButton(el, timer.start).focus();
      await press('Enter');
      await settle(el);
      expect(focusedIn(el), 'after Start, focus is on Pause').to.equal(buttonStop(timer.pause));
      await tick(el, 1000);
      await press('Space');
      await settle(el);
      expect(timerButtons(el)[0]).to.equal(`${timer.resume} (enabled)`);
      expect(focusedIn(el), 'after Pause, focus is on Resume').to.equal(buttonStop(timer.resume));
      await press('Enter');
      await settle(el);
      expect(focusedIn(el), 'after Resume, focus is on Pause').to.equal(buttonStop(timer.pause));
    });

    it('keeps keyboard focus on an enabled timer button after Reset (which disables itself)', async () => {
      const { el } = await guidedAtHeatIce();
      timerButton(el, timer.start).click();
      await el.updateComplete;
      await tick(el, 1000);
      timerButton(el, timer.reset).focus();
      expect(focusedIn(el)).to.equal(buttonStop(timer.reset));
      await press('Enter');
      await settle(el);
      expect(timeLeft(el)).to.equal(timer.timeLeft({ clock: FULL_CLOCK }));
      const active = shadowOf(el).activeElement;
      expect(
        { inTimer: !!active && mustTimer(el).contains(active), enabled: active instanceof HTMLButtonElement && !active.disabled },
        `after Reset, focus (${describeElement(active)}) is on an enabled control of the timer`,
      ).to.deep.equal({ inTimer: true, enabled: true });
    });

    it('announces the end politely in a role="status" element and disables the start button', async () => {
      const { el } = await guidedAtHeatIce();
      const status = timerStatus(el);
      expect(status.getAttribute('aria-live') ?? 'polite', 'role="status" is polite (no assertive override)').to.equal('polite');
      expect(textOf(status)).to.equal('');
      timerButton(el, timer.start).click();
      await el.updateComplete;
      await tick(el, HEAT_ICE_MINUTES * MINUTE - 1000);
      expect(timeLeft(el)).to.equal(timer.timeLeft({ clock: '0:01' }));
      expect(textOf(timerStatus(el))).to.equal('');
      await tick(el, 1000);

      expect(timeLeft(el)).to.equal(timer.timeLeft({ clock: '0:00' }));
      expect(timerStatus(el) === status, 'the same live region, so screen readers announce the change').to.equal(true);
      expect(textOf(status)).to.equal(timer.ended);
      expect(clock!.countTimers(), 'the interval stops at the end').to.equal(0);
      // The start button (worded Resume once started) cannot start a finished timer; Reset can.
      const [startButton, resetButton] = [...mustTimer(el).querySelectorAll('button')];
      expect([timer.start, timer.resume]).to.include(textOf(startButton));
      expect(startButton.disabled, 'start button disabled').to.equal(true);
      expect(textOf(resetButton)).to.equal(timer.reset);
      expect(resetButton.disabled).to.equal(false);

      resetButton.click();
      await el.updateComplete;
      expect(timeLeft(el)).to.equal(timer.timeLeft({ clock: FULL_CLOCK }));
      expect(textOf(timerStatus(el))).to.equal('');
      expect(timerButtons(el)).to.deep.equal([`${timer.start} (enabled)`, `${timer.reset} (disabled)`]);
    });

    it('pauses when the visitor leaves the step, and keeps the time left', async () => {
      const { el } = await guidedAtHeatIce();
      timerButton(el, timer.start).click();
      await el.updateComplete;
      await tick(el, 2000);
      await nextStep(el);
      expect(currentStep(el)).to.equal('pain-relief');
      expect(clock!.countTimers(), 'no interval once off the step').to.equal(0);
      await tick(el, MINUTE);
      await previousStep(el);
      expect(currentStep(el)).to.equal('heat-ice');
      expect(timeLeft(el)).to.equal(timer.timeLeft({ clock: clockAfter(2000) }));
      expect(timerButtons(el)).to.deep.equal([`${timer.resume} (enabled)`, `${timer.reset} (enabled)`]);
    });

    // The page (not the visitor) takes the timer off the screen: a countdown nobody can see, stop
    // or hear end must not keep running.
    for (const [attribute, value] of [
      ['mode', 'list'],
      ['steps', 'stretch,massage,heat-ice'],
    ] as const) {
      it(`pauses when the page sets ${attribute}="${value}" while it runs`, async () => {
        const { el } = await guidedAtHeatIce();
        timerButton(el, timer.start).click();
        await el.updateComplete;
        await tick(el, 1000);
        el.setAttribute(attribute, value);
        await settle(el);
        expect(describeElement(timerOf(el)), 'the timer is no longer shown').to.equal('null');
        expect(clock!.countTimers(), 'no interval runs for a timer that is not shown').to.equal(0);
      });
    }

    it('leaves no interval behind when removed while running, and is paused when it comes back', async () => {
      const { el, wrapper } = await guidedAtHeatIce();
      expect(clock!.countTimers()).to.equal(0);
      timerButton(el, timer.start).click();
      await el.updateComplete;
      expect(clock!.countTimers(), 'one interval while running').to.equal(1);
      await tick(el, 1000);

      el.remove();
      expect(clock!.countTimers(), 'no interval once removed').to.equal(0);
      await new Promise((resolve) => setTimeout(resolve)); // removed for good: back only in a later task
      clock!.tick(5 * MINUTE);

      wrapper.append(el);
      await settle(el);
      expect(currentStepHeading(el)).to.equal(headingOf('heat-ice'));
      expect(timeLeft(el), 'the countdown paused at removal').to.equal(timer.timeLeft({ clock: clockAfter(1000) }));
      expect(timerButtons(el)).to.deep.equal([`${timer.resume} (enabled)`, `${timer.reset} (enabled)`]);
      expect(clock!.countTimers()).to.equal(0);
    });

    it('passes axe while running and once ended', async () => {
      const { el } = await guidedAtHeatIce();
      timerButton(el, timer.start).click();
      await el.updateComplete;
      await tick(el, 1000);
      expect(timeLeft(el)).to.equal(timer.timeLeft({ clock: clockAfter(1000) }));
      await expect(el).to.be.accessible();

      await tick(el, HEAT_ICE_MINUTES * MINUTE);
      expect(textOf(timerStatus(el))).to.equal(timer.ended);
      await expect(el).to.be.accessible();
    });
  });

  describe('heat and cold safety', () => {
    const safety = text.steps['heat-ice'].cautions;
    const rules = blockTexts(safety.body);

    /** The paragraphs, list items and terms inside `root` that say one of the safety rules. */
    function ruleLines(root: ParentNode): HTMLElement[] {
      return [...root.querySelectorAll<HTMLElement>('p, li, dt, dd')].filter((line) => rules.includes(textOf(line)));
    }

    /** Whether `a` ends above where `b` starts on the screen, and comes before it in the page. */
    function above(a: Element, b: Element): boolean {
      const inPage = (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      return inPage && a.getBoundingClientRect().bottom <= b.getBoundingClientRect().top + 0.5;
    }

    it('guided mode: "Heat and cold safety" and its rules stand open above the timer before it starts, with no disclosure button', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps mode="guided"></spasm-relief-steps>`);
      await clickToStep(el, 'heat-ice');
      const steps = q(el, '[part~="steps"]');
      const timerBox = mustTimer(el);
      // The timer has not started.
      expect(timerButtons(el)).to.deep.equal([`${timer.start} (enabled)`, `${timer.reset} (disabled)`]);
      expect(timerTimeLeft(el)).to.equal(timer.timeLeft({ clock: FULL_CLOCK }));

      expect(openCautionHeadings(el), 'the safety heading stands open on the step').to.deep.equal([safety.heading]);
      expect(outlineOf(steps), 'a heading of its own, beside the timer, under the step').to.deep.equal([
        ['h3', text.stepsHeading],
        ['h4', headingOf('heat-ice')],
        ['h5', safety.heading],
        ['h5', timer.heading({ minutes: HEAT_ICE_MINUTES })],
      ]);
      expect(cautionViews(el, steps).map((view) => view.label), 'no disclosure on the step').to.deep.equal([]);
      expect(qa(el, '[part~="steps"] [aria-expanded]').map(describeElement), 'no disclosure button').to.deep.equal([]);

      const heading = qa(el, '[part~="steps"] :is(h1, h2, h3, h4, h5, h6)').find((h) => textOf(h) === safety.heading);
      expect(describeElement(heading)).to.equal(`h5 "${safety.heading}"`);
      if (!heading) return;
      expect(isShown(heading)).to.equal(true);
      expect(above(heading, timerBox), 'the heading is above the timer').to.equal(true);
      const lines = ruleLines(steps);
      expect(lines.map(textOf), 'every rule, once, in order').to.deep.equal(rules);
      for (const line of lines) {
        const rule = textOf(line);
        expect(isShown(line), `"${rule}" is visible`).to.equal(true);
        expect(above(heading, line), `"${rule}" is under the heading`).to.equal(true);
        expect(above(line, timerBox), `"${rule}" is above the timer`).to.equal(true);
      }

      // They stay while the timer runs.
      await toggleTimer(el);
      expect(timerButtons(el)[0]).to.equal(`${timer.pause} (enabled)`);
      expect(ruleLines(steps).filter(isShown).map(textOf)).to.deep.equal(rules);
      await toggleTimer(el);
      await expect(el).to.be.accessible();
    });

    it('list mode: "Heat and cold safety" stays a closed disclosure beside its step, opened by keyboard, also after guided mode', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps></spasm-relief-steps>`);
      const expectClosedDisclosure = (when: string): void => {
        const item = listItemOf(el, 'heat-ice');
        const views = cautionViews(el, item);
        expect(views.map((view) => view.label), when).to.deep.equal([safety.heading]);
        expectExpanded(views[0], false);
        expect(ruleLines(item).filter(isShown).map(textOf), `${when}: no rule shows`).to.deep.equal([]);
        expect(openCautionHeadings(el), when).to.deep.equal([]);
      };
      expectClosedDisclosure('list mode');
      await expectCautionsByKeyboard(el, [safety], listItemOf(el, 'heat-ice'));

      el.setAttribute('mode', 'guided');
      await settle(el);
      await clickToStep(el, 'heat-ice');
      expect(openCautionHeadings(el)).to.deep.equal([safety.heading]);
      el.setAttribute('mode', 'list');
      await settle(el);
      expectClosedDisclosure('back in list mode');
    });

    it('guided mode: the pain-relief cautions stay disclosures, on the step and in aftercare', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps mode="guided"></spasm-relief-steps>`);
      await clickToStep(el, 'pain-relief');
      expect(openCautionHeadings(el)).to.deep.equal([]);
      expect(cautionViews(el).map((view) => view.label)).to.deep.equal(painRelief.cautions.map((caution) => caution.heading));
      mustButton(el, guided.finish).click();
      await settle(el);
      expect(currentStepHeading(el)).to.equal(guided.aftercareHeading);
      expect(openCautionHeadings(el)).to.deep.equal([]);
      expect(cautionViews(el).map((view) => view.label)).to.deep.equal(painRelief.cautions.map((caution) => caution.heading));
    });
  });

  describe('check first: a possible blood clot (clinical brief version 2)', () => {
    /** Whether `a` comes before `b` in the widget. */
    const before = (a: Element, b: Element): boolean => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

    for (const mode of ['list', 'guided'] as const) {
      it(`stands above the steps in ${mode} mode: do not rub or heat such a leg, get help today, call the emergency number`, async () => {
        const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps mode=${mode} emergency-number="112"></spasm-relief-steps>`);
        const box = q(el, '[part~="check-first"]');
        expect(isShown(box), 'visible').to.equal(true);
        expect(before(box, q(el, '[part~="steps"]')), 'before the steps').to.equal(true);
        expect(outlineOf(box).map(([, heading]) => heading)).to.deep.equal([text.checkFirst.heading]);
        const context = { clinic: shared.yourClinic, emergency: '112' };
        expect(textOf(box)).to.contain(text.checkFirst.text).and.contain(text.checkFirst.emergency(context));
        expect([...box.querySelectorAll('a')].map((a) => [a.getAttribute('href'), textOf(a)])).to.deep.equal([
          ['tel:112', shared.callNumber({ number: '112' })],
        ]);
      });
    }

    it('stays above the steps whichever steps the page chooses', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps steps="massage,heat-ice"></spasm-relief-steps>`);
      expect(before(q(el, '[part~="check-first"]'), q(el, '[part~="steps"]'))).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe('after too much acetaminophen (clinical brief version 2)', () => {
    /** Opens the acetaminophen caution of list mode; returns its panel's paragraphs. */
    async function openedOverdoseCaution(el: SpasmReliefSteps): Promise<string[]> {
      const view = cautionViews(el, listItemOf(el, 'pain-relief'))[1];
      expect(view.label).to.equal(acetaminophen.heading);
      view.button.click();
      await el.updateComplete;
      expectExpanded(cautionViews(el, listItemOf(el, 'pain-relief'))[1], true);
      return [...view.panel.querySelectorAll('p')].map(textOf);
    }

    it('names US Poison Control (1-800-222-1222) with the default 911, and 911 for feeling very unwell, as the caution\'s last line', async () => {
      expect(overdoseCall('911')).to.equal('poison-control');
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps></spasm-relief-steps>`);
      const lines = await openedOverdoseCaution(el);
      const line = acetaminophen.overdose['poison-control']({ poisonControl: US_POISON_CONTROL, emergency: '911' });
      expect(lines.at(-1)).to.equal(line);
      expect(line).to.contain('1-800-222-1222').and.contain('911');
      // The rest of the caution is still the pack's, before it.
      for (const paragraph of acetaminophen.body.flatMap((block) => ('paragraph' in block ? [block.paragraph] : []))) {
        expect(lines).to.include(paragraph);
      }
      await expect(el).to.be.accessible();
    });

    it('9-1-1 counts as the US too', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps emergency-number="9-1-1"></spasm-relief-steps>`);
      const last = (await openedOverdoseCaution(el)).at(-1);
      expect(last).to.equal(overdoseLine('9-1-1'));
      expect(last).to.contain(US_POISON_CONTROL);
    });

    for (const emergency of ['112', '999', '000']) {
      it(`names the page's own emergency number (${emergency}) elsewhere, and not Poison Control`, async () => {
        expect(overdoseCall(emergency)).to.equal('emergency');
        const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps emergency-number=${emergency}></spasm-relief-steps>`);
        const lines = await openedOverdoseCaution(el);
        expect(lines.at(-1)).to.equal(acetaminophen.overdose.emergency({ poisonControl: US_POISON_CONTROL, emergency }));
        expect(lines.at(-1)).to.contain(emergency);
        expect(allText(el)).not.to.contain(US_POISON_CONTROL);
      });
    }

    it('follows the emergency number when the page changes it, in guided aftercare too, and in Spanish', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps mode="guided" lang="es"></spasm-relief-steps>`);
      const es = packs.es.spasm;
      await goToStep(el, 'pain-relief');
      expect(allText(el)).to.contain(overdoseLine('911', es));
      el.setAttribute('emergency-number', '112');
      await el.updateComplete;
      expect(allText(el)).to.contain(overdoseLine('112', es)).and.not.contain(US_POISON_CONTROL);
    });
  });

  describe('prevention and stretches (clinical brief version 2)', () => {
    it('teaches the wall calf stretch and warns against quinine, even when the stretch step is left out', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps steps="walk" muscle="thigh"></spasm-relief-steps>`);
      const prevention = q(el, '.prevention');
      for (const line of blockTexts(text.prevention.body)) expect(textOf(prevention)).to.contain(line);
      expect(textOf(prevention)).to.match(/quinine/i);
    });

    it('gives a how-to for the back and the front of the thigh', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps muscle="thigh"></spasm-relief-steps>`);
      const steps = q(el, '[part~="steps"]');
      for (const line of blockTexts(text.steps.stretch.byMuscle.thigh)) expect(textOf(steps)).to.contain(line);
    });

    it('prevention teaches the calf stretch and both thigh stretches, as lists, whichever muscle the steps show', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps muscle="foot"></spasm-relief-steps>`);
      const prevention = q(el, '.prevention');
      const lists = text.prevention.body.flatMap((block) => ('list' in block ? [block.list] : []));
      expect(lists.length, 'the calf, the back of the thigh and the front of the thigh').to.equal(3);
      expect([...prevention.querySelectorAll('ul')].map((ul) => [...ul.querySelectorAll('li')].map(textOf))).to.deep.equal(lists);
      expect(text.prevention.sources).to.include.members(['hallegraeff-2012', 'nhs-leg-cramps', 'medlineplus-cramps']);
    });
  });

  describe('when to get help (care cards)', () => {
    function cards(el: SpasmReliefSteps): HTMLElement[] {
      return qa(el, '[part~="care-card"]');
    }

    function linksIn(node: ParentNode): [string | null, string][] {
      return [...node.querySelectorAll('a')].map((a) => [a.getAttribute('href'), textOf(a)]);
    }

    it('shows the urgent and the book-an-appointment card, with the pack text', async () => {
      warnings = spyOnWarnings();
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps></spasm-relief-steps>`);
      const [urgent, soon] = cards(el);
      expect(cards(el)).to.have.length(2);
      const context = { clinic: shared.yourClinic, emergency: '911' };
      expect(outlineOf(urgent).map(([, t]) => t)).to.deep.equal([
        `${text.help.urgent.label} ${text.help.urgent.heading}`,
        text.help.emergencyHeading(context),
      ]);
      expect(outlineOf(soon).map(([, t]) => t)).to.deep.equal([`${text.help.soon.label} ${text.help.soon.heading}`]);
      // Every row of the get-help table, in the card of its level; the emergency rows in the same-day card.
      const signsOf = (level: SpasmHelpLevel): string[] => helpSignsAt(level).map((id) => text.help.signs[id]);
      expect([...urgent.querySelectorAll('li')].map(textOf)).to.deep.equal([...signsOf('urgent'), ...signsOf('emergency')]);
      expect([...soon.querySelectorAll('li')].map(textOf)).to.deep.equal(signsOf('soon'));
      // Without clinic settings: only the emergency link.
      expect(linksIn(urgent)).to.deep.equal([['tel:911', shared.callNumber({ number: '911' })]]);
      expect(linksIn(soon)).to.deep.equal([]);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('shows the clinic phone (tel:) and booking links in both cards, and the emergency link', async () => {
      warnings = spyOnWarnings();
      const el = await fixture<SpasmReliefSteps>(
        html`<spasm-relief-steps clinic-name="Lakeside Clinic" clinic-phone="(555) 010-0199" booking-url="https://example.org/book"></spasm-relief-steps>`,
      );
      const contact: [string, string][] = [
        ['tel:5550100199', shared.callClinic({ clinic: 'Lakeside Clinic', phone: '(555) 010-0199' })],
        ['https://example.org/book', shared.bookAppointment({ clinic: 'Lakeside Clinic' })],
      ];
      const [urgent, soon] = cards(el);
      expect(linksIn(urgent)).to.deep.equal([...contact, ['tel:911', shared.callNumber({ number: '911' })]]);
      expect(linksIn(soon)).to.deep.equal(contact);
      for (const card of [urgent, soon]) {
        expect(card.querySelector('[part~="contact"]')?.getAttribute('aria-label')).to.equal(shared.contactLabel);
        for (const link of card.querySelectorAll('a')) expect(isShown(link), `"${textOf(link)}" is visible`).to.equal(true);
      }
      expect(warnings.messages).to.deep.equal([]);
    });

    it('dials a custom emergency-number and names it in the note', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps emergency-number="112"></spasm-relief-steps>`);
      const [urgent] = cards(el);
      expect(linksIn(urgent)).to.deep.equal([['tel:112', shared.callNumber({ number: '112' })]]);
      expect(textOf(urgent)).to.contain(text.help.emergencyHeading({ clinic: shared.yourClinic, emergency: '112' }));
      expect(allText(el)).not.to.contain('911');
    });

    it('shows no booking or phone link for invalid settings, with a warning for each', async () => {
      warnings = spyOnWarnings();
      const el = await fixture<SpasmReliefSteps>(
        html`<spasm-relief-steps booking-url="javascript:alert(1)" clinic-phone="call us"></spasm-relief-steps>`,
      );
      const links = [...shadowOf(el).querySelectorAll('a')];
      expect(links.filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? '')).map(describeElement), 'javascript: links').to.deep.equal([]);
      expect(links.filter((a) => textOf(a) === shared.bookAppointment({ clinic: shared.yourClinic })).map(describeElement), 'booking links').to.deep.equal([]);
      expect(
        links.filter((a) => (a.getAttribute('href') ?? '').startsWith('tel:')).map((a) => a.getAttribute('href')),
        'only the emergency number dials (in "check first" and in the same-day card)',
      ).to.deep.equal(['tel:911', 'tel:911']);
      expect(qa(el, '[part~="contact"]').map(describeElement), 'no contact list').to.deep.equal([]);
      expect(allText(el)).not.to.contain('call us');
      expect(warnings.messages.filter((m) => m.includes('booking-url') && m.includes('javascript:alert(1)'))).to.have.length(1);
      expect(warnings.messages.filter((m) => m.includes('clinic-phone') && m.includes('call us'))).to.have.length(1);
      expect(warnings.messages).to.have.length(2);
    });

    for (const mode of ['list', 'guided'] as const) {
      it(`the 911 links of the same-day card and of "check first" are plain links, not buttons (${mode} mode)`, async () => {
        const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps mode=${mode}></spasm-relief-steps>`);
        const [urgent] = cards(el);
        const look = (a: HTMLAnchorElement): { text: string; href: string | null; buttonLike: boolean; display: string } => ({
          text: textOf(a),
          href: a.getAttribute('href'),
          buttonLike: a.classList.contains('emergency-call'),
          display: getComputedStyle(a).display,
        });
        const plainCall = { text: shared.callNumber({ number: '911' }), href: 'tel:911', buttonLike: false, display: 'inline-block' };
        expect([...urgent.querySelectorAll('a')].map(look), 'same-day card').to.deep.equal([plainCall]);
        expect([...q(el, '[part~="check-first"]').querySelectorAll('a')].map(look), '"check first"').to.deep.equal([plainCall]);
        expect(qa(el, '.emergency-call').map(describeElement), 'no button-like call link anywhere').to.deep.equal([]);
        // It sits under the emergency signs it belongs to, last in the card.
        const emergencyHeading = [...urgent.querySelectorAll('h1, h2, h3, h4, h5, h6')].find(
          (h) => textOf(h) === text.help.emergencyHeading({ clinic: shared.yourClinic, emergency: '911' }),
        );
        const link = urgent.querySelector('a');
        expect(
          !!emergencyHeading && !!link && (emergencyHeading.compareDocumentPosition(link) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
          'the link comes after the emergency heading',
        ).to.equal(true);
        expect(describeElement(link?.closest('p')?.nextElementSibling), 'nothing after it in the card').to.equal('null');
      });
    }

    it('Tab order in list mode: the "check first" call link, the cautions, each card\'s links with 911 as a plain stop, the cramp diary, then "Sources"', async () => {
      const clinic = 'Lakeside';
      const { el, before } = await stepsAfterButton({ 'clinic-name': clinic, 'clinic-phone': '555 0100', 'booking-url': 'https://example.org/book' });
      const contact = [linkStop(shared.callClinic({ clinic, phone: '555 0100' })), linkStop(shared.bookAppointment({ clinic }))];
      const call = linkStop(shared.callNumber({ number: '911' }));
      const cautions = [...cautionsOf('heat-ice'), ...cautionsOf('pain-relief')].map((caution) => buttonStop(caution.heading));
      const expected = [call, ...cautions, ...contact, call, ...contact, buttonStop(text.diary.heading), buttonStop(shared.sourcesLabel)];
      before.focus();
      expect(await tabStops(el, expected.length)).to.deep.equal(expected);
    });
  });

  describe('the twitching note', () => {
    it('with a twitching check on the page, offers a button that moves focus to its title', async () => {
      const wrapper = await renderWrapper<HTMLDivElement>(
        html`<div><spasm-relief-steps></spasm-relief-steps><twitch-redflag-check></twitch-redflag-check></div>`,
      );
      const el = wrapper.querySelector('spasm-relief-steps') as SpasmReliefSteps;
      const check = wrapper.querySelector('twitch-redflag-check') as TwitchRedflagCheck;
      await el.updateComplete;
      const note = q(el, '.twitching');
      expect(textOf(note)).to.contain(text.twitching.text);
      expect(textOf(note)).not.to.contain(text.twitching.askClinician);
      const button = mustButton(el, text.twitching.goToCheck);
      expect(note.contains(button)).to.equal(true);

      button.focus();
      await press('Enter');
      await check.updateComplete;
      expect(describeElement(document.activeElement), 'focus left the steps for the check').to.equal('twitch-redflag-check');
      const active = shadowOf(check).activeElement;
      expect(active?.id, "the check's title has focus").to.equal('title');
      expect(textOf(active)).to.equal(packs.en.twitch.title);
    });

    it('without a twitching check, says to ask a clinician instead', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps></spasm-relief-steps>`);
      const note = textOf(q(el, '.twitching'));
      expect(note).to.contain(text.twitching.text);
      expect(note).to.contain(text.twitching.askClinician);
      expect(describeElement(buttonLabelled(el, text.twitching.goToCheck))).to.equal('undefined');
    });
  });

  describe('heading-level attribute', () => {
    /** The list-mode outline for a title at `level`. */
    function listOutline(level: number): [string, string][] {
      const h = (depth: number): string => `h${Math.min(6, level + depth)}`;
      return [
        [h(0), text.title],
        [h(1), text.checkFirst.heading],
        [h(1), text.stepsHeading],
        ...spasmStepIds.flatMap((id): [string, string][] => [
          [h(2), headingOf(id)],
          ...cautionsOf(id).map((caution): [string, string] => [h(3), caution.heading]),
        ]),
        [h(1), text.help.heading],
        [h(2), `${text.help.urgent.label} ${text.help.urgent.heading}`],
        [h(3), text.help.emergencyHeading({ clinic: shared.yourClinic, emergency: '911' })],
        [h(2), `${text.help.soon.label} ${text.help.soon.heading}`],
        [h(1), text.diary.heading],
        [h(2), shared.summary.heading],
        [h(1), text.prevention.heading],
        [h(1), shared.aboutHeading],
      ];
    }

    it('by default the title is h2, sections h3, steps h4 and cautions h5', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps></spasm-relief-steps>`);
      expect(outlineOf(shadowOf(el))).to.deep.equal(listOutline(2));
    });

    it('heading-level="3" moves every heading one level down', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps heading-level="3"></spasm-relief-steps>`);
      expect(outlineOf(shadowOf(el))).to.deep.equal(listOutline(3));
    });

    it('heading-level="3" in guided mode: the step is h5, its caution and the timer h6', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps heading-level="3" mode="guided"></spasm-relief-steps>`);
      await clickToStep(el, 'heat-ice');
      expect(outlineOf(q(el, '[part~="steps"]'))).to.deep.equal([
        ['h4', text.stepsHeading],
        ['h5', headingOf('heat-ice')],
        ['h6', text.steps['heat-ice'].cautions.heading],
        ['h6', timer.heading({ minutes: HEAT_ICE_MINUTES })],
      ]);
      await pressEased(el);
      expect(outlineOf(q(el, '[part~="steps"]'))).to.deep.equal([
        ['h4', text.stepsHeading],
        ['h5', guided.aftercareHeading],
        ['h5', painRelief.heading],
        ...painRelief.cautions.map((caution): [string, string] => ['h6', caution.heading]),
      ]);
    });
  });

  describe('sources and review footer', () => {
    /** The sources the widget cites with every step shown, in the order it lists them. */
    const cited = [
      ...new Set([
        ...text.checkFirst.sources,
        ...spasmStepIds.flatMap((id) => text.steps[id].sources),
        ...text.help.sources,
        ...text.prevention.sources,
      ]),
    ];

    it('keeps the sources behind a closed "Sources" disclosure, with the review dates visible', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps></spasm-relief-steps>`);
      expect(sourcesState(el)).to.deep.equal({
        label: shared.sourcesLabel,
        expanded: 'false',
        listHidden: true,
        listShown: false,
        linksShown: 0,
        datesShown: true,
      });
      const { list, dates } = sourcesDisclosure(el);
      expect([...list.querySelectorAll('li')].map(textOf), 'every cited source, hidden until opened').to.have.length(cited.length);
      expect([...dates.querySelectorAll('dt')].map(textOf)).to.deep.equal([shared.lastReviewedLabel, shared.nextReviewLabel]);
      expect([...dates.querySelectorAll('dd time')].map((t) => t.getAttribute('datetime'))).to.deep.equal([
        text.review.lastReviewed,
        text.review.nextReview,
      ]);
    });

    it('opens and closes the sources by keyboard', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps></spasm-relief-steps>`);
      sourcesDisclosure(el).button.focus();
      await press('Enter');
      await el.updateComplete;
      const withLinks = cited.filter((id) => (sources[id] as Source).url !== undefined).length;
      expect(sourcesState(el)).to.deep.equal({
        label: shared.sourcesLabel,
        expanded: 'true',
        listHidden: false,
        listShown: true,
        linksShown: withLinks,
        datesShown: true,
      });
      expect(focusedIn(el), 'focus stays on the button').to.equal(buttonStop(shared.sourcesLabel));
      await expect(el).to.be.accessible();
      await press('Space');
      await el.updateComplete;
      expect(sourcesState(el)).to.include({ expanded: 'false', listHidden: true, listShown: false, datesShown: true });
    });
  });

  describe('accessibility (axe)', () => {
    it('passes in list mode', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps></spasm-relief-steps>`);
      await expect(el).to.be.accessible();
    });

    it('passes in list mode with every caution open and clinic links', async () => {
      const el = await fixture<SpasmReliefSteps>(
        html`<spasm-relief-steps clinic-phone="555 0100" booking-url="https://example.org/book"></spasm-relief-steps>`,
      );
      for (const view of cautionViews(el)) view.button.click();
      await el.updateComplete;
      cautionViews(el).forEach((view) => expectExpanded(view, true));
      await expect(el).to.be.accessible();
    });

    it('passes in guided mode on a middle step', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps mode="guided"></spasm-relief-steps>`);
      await clickToStep(el, 'walk');
      expect(stepCount(el)).to.equal(guided.stepCount({ step: 3, total: spasmStepIds.length }));
      await expect(el).to.be.accessible();
    });

    it('passes in aftercare', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps mode="guided"></spasm-relief-steps>`);
      await pressEased(el);
      expect(currentStepHeading(el)).to.equal(guided.aftercareHeading);
      await expect(el).to.be.accessible();
    });

    // Two widgets on one page: each footer[part=about] is a page-level contentinfo landmark
    // (axe: landmark-no-duplicate-contentinfo). A clinic page with its own <footer> gets the same.
    it('passes beside a <twitch-redflag-check> on the same page (with the twitching-check button)', async () => {
      const wrapper = await renderWrapper<HTMLDivElement>(
        html`<div><spasm-relief-steps></spasm-relief-steps><twitch-redflag-check></twitch-redflag-check></div>`,
      );
      const el = wrapper.querySelector('spasm-relief-steps') as SpasmReliefSteps;
      expect(isShown(mustButton(el, text.twitching.goToCheck))).to.equal(true);
      await expect(el).to.be.accessible();
    });

    for (const mode of ['list', 'guided'] as const) {
      it(`passes in the dark theme (${mode} mode)`, async () => {
        const el = await fixture<SpasmReliefSteps>(
          html`<spasm-relief-steps theme="dark" mode=${mode} clinic-phone="555 0100" booking-url="https://example.org/book"></spasm-relief-steps>`,
        );
        expect(q(el, '[part~="base"]').classList.contains('theme-dark')).to.equal(true);
        if (mode === 'guided') await clickToStep(el, 'heat-ice');
        await expect(el).to.be.accessible();
      });
    }
  });
});
