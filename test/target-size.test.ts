// WCAG 2.2 target size (2.5.8, AA): every link, button and answer a visitor taps is at least 24 by
// 24 CSS px, on any host page. The widgets size their text in `em` so they follow the page's font;
// a page whose root font is small (`html { font-size: 10px }`, or the common 62.5%) must not
// shrink a target below the floor. Each widget is walked to the states that show its targets:
// every section and the sources open, the first screen of questions, a result with the clinic's
// links and the summary's actions, the cramp steps' cautions, diary and guided step with its timer.
// A target of 0 by 0 is not shown in that state and is skipped; so that a list that never opened
// cannot pass unmeasured, each state also counts the source links it measured: one for every
// source the widget lists with an address (src/shared/sources.ts), and at least one.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../src/rls-symptom-card/define.js';
import '../src/spasm-relief-steps/define.js';
import '../src/twitch-redflag-check/define.js';
import { sources, type Source } from '../src/shared/sources.js';
import { answerSelfCheck, goToSelfCheck, rlsScenarios } from './harness/rls.js';
import { answerScenario, twitchScenarios } from './harness/twitch.js';
import { openAllDisclosures, settle, type Updating } from './harness/widget.js';
import { isShown, qa, shadowOf, textOf } from './helpers/shadow.js';

const MIN = 24;
const clinic = { 'clinic-name': 'Lakeside', 'clinic-phone': '555 0100', 'booking-url': 'https://example.org/book' };

/**
 * Every visible target under 24 px in either direction, as "tag "name" width x height". A checkbox
 * or radio button is tapped through its whole label, so the label is what is measured.
 */
function smallTargets(el: Element): string[] {
  return measure(el).small;
}

/**
 * Measures every target of `el` as `smallTargets` does: the ones under 24 px, and how many links
 * of the sources list were measured (a target of 0 by 0 is skipped as not shown in this state, so
 * a list that never opened would pass unmeasured without this count).
 */
function measure(el: Element): { small: string[]; sourceLinks: number } {
  const targets = [...shadowOf(el).querySelectorAll<HTMLElement>('a[href], button, input')].map((target) =>
    target instanceof HTMLInputElement ? (target.closest('label') ?? target) : target,
  );
  let sourceLinks = 0;
  const small = targets.flatMap((target) => {
    const { width, height } = target.getBoundingClientRect();
    if (width === 0 && height === 0) return []; // not shown in this state
    if (target.matches('#sources-panel a[href]')) sourceLinks += 1;
    return width < MIN || height < MIN ? [`${target.localName} "${textOf(target).slice(0, 40)}" ${Math.round(width)}x${Math.round(height)}`] : [];
  });
  return { small, sourceLinks };
}

/** Every source, by the text its list item shows in English: "Publisher: Title" and " (citation)". */
const sourceByItemText = new Map(
  Object.values(sources).map((source: Source) => [`${source.publisher}: ${source.title}${source.citation ? ` (${source.citation})` : ''}`, source]),
);

/**
 * The guard: how many links of the sources list were measured, against the sources the widget
 * shows there (each found in src/shared/sources.ts by its text) and those of them that have an
 * address, so must be links. Plain values for chai.
 */
function sourcesMeasured(el: Element): { measured: number; shown: number; withAddress: number; unknown: string[] } {
  const items = qa(el, '#sources-panel li').filter((li) => isShown(li));
  const known = items.map((li) => sourceByItemText.get(textOf(li)));
  return {
    measured: measure(el).sourceLinks,
    shown: items.length,
    withAddress: known.filter((source) => source?.url).length,
    unknown: items.filter((_, index) => !known[index]).map((li) => textOf(li).slice(0, 60)),
  };
}

/**
 * Asserts that the sources list is open with some sources, and that every one of them with an
 * address was measured as a link (a source without one, such as a journal article cited without
 * a stable web address, shows as text and is no target).
 */
function expectSourcesMeasured(el: Element, state: string): void {
  const found = sourcesMeasured(el);
  expect(found.shown, `${state}: sources shown`).to.be.above(0);
  expect(found.withAddress, `${state}: sources shown with an address`).to.be.above(0);
  expect(found, `${state}: source links measured`).to.deep.equal({ measured: found.withAddress, shown: found.shown, withAddress: found.withAddress, unknown: [] });
}

for (const rootFont of ['10px', '62.5%']) {
  describe(`target size: at least ${MIN} by ${MIN} CSS px, with html { font-size: ${rootFont} }`, () => {
    let before: string;

    beforeEach(() => {
      before = document.documentElement.style.fontSize;
      document.documentElement.style.fontSize = rootFont;
    });

    afterEach(() => {
      document.documentElement.style.fontSize = before;
      fixtureCleanup();
    });

    /** A widget in a box that inherits the page's root font size, as a clinic's page does. */
    async function mount(markup: ReturnType<typeof html>): Promise<Updating> {
      const box = await fixture<HTMLDivElement>(html`<div style="font-size: 1rem; inline-size: 390px">${markup}</div>`);
      const el = box.firstElementChild as Updating;
      await settle(el);
      return el;
    }

    it('<rls-symptom-card>: sections, sources, the self-check and its result with the summary', async () => {
      const el = await mount(html`<rls-symptom-card clinic-name=${clinic["clinic-name"]} clinic-phone=${clinic['clinic-phone']} booking-url=${clinic['booking-url']}></rls-symptom-card>`);
      await openAllDisclosures(el);
      const unanswered = smallTargets(el);
      expectSourcesMeasured(el, 'unanswered');
      await goToSelfCheck(el);
      await answerSelfCheck(el, rlsScenarios.matches);
      await openAllDisclosures(el);
      expectSourcesMeasured(el, 'result');
      expect({ unanswered, result: smallTargets(el) }).to.deep.equal({ unanswered: [], result: [] });
    });

    it('<twitch-redflag-check>: the first screen, a result with the clinic\'s links and the summary', async () => {
      const el = await mount(html`<twitch-redflag-check clinic-phone=${clinic['clinic-phone']} booking-url=${clinic['booking-url']}></twitch-redflag-check>`);
      await openAllDisclosures(el);
      const first = smallTargets(el);
      expectSourcesMeasured(el, 'first screen');
      await answerScenario(el, twitchScenarios.soon);
      await openAllDisclosures(el);
      expectSourcesMeasured(el, 'result');
      expect({ first, result: smallTargets(el) }).to.deep.equal({ first: [], result: [] });
    });

    it('<spasm-relief-steps>: the list with its cautions and diary, and a guided step with its timer', async () => {
      const list = await mount(html`<spasm-relief-steps clinic-phone=${clinic['clinic-phone']} booking-url=${clinic['booking-url']}></spasm-relief-steps>`);
      await openAllDisclosures(list);
      const guided = await mount(html`<spasm-relief-steps mode="guided" steps="heat-ice,pain-relief"></spasm-relief-steps>`);
      await openAllDisclosures(guided);
      expectSourcesMeasured(list, 'list');
      expectSourcesMeasured(guided, 'guided');
      expect({ list: smallTargets(list), guided: smallTargets(guided) }).to.deep.equal({ list: [], guided: [] });
    });
  });
}
