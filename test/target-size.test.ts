// WCAG 2.2 target size (2.5.8, AA): every link, button and answer a visitor taps is at least 24 by
// 24 CSS px, on any host page. The widgets size their text in `em` so they follow the page's font;
// a page whose root font is small (`html { font-size: 10px }`, or the common 62.5%) must not
// shrink a target below the floor. Each widget is walked to the states that show its targets:
// every section and the sources open, the first screen of questions, a result with the clinic's
// links and the summary's actions, the cramp steps' cautions, diary and guided step with its timer.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../src/rls-symptom-card/define.js';
import '../src/spasm-relief-steps/define.js';
import '../src/twitch-redflag-check/define.js';
import { answerSelfCheck, goToSelfCheck, rlsScenarios } from './harness/rls.js';
import { answerScenario, twitchScenarios } from './harness/twitch.js';
import { openAllDisclosures, settle, type Updating } from './harness/widget.js';
import { shadowOf, textOf } from './helpers/shadow.js';

const MIN = 24;
const clinic = { 'clinic-name': 'Lakeside', 'clinic-phone': '555 0100', 'booking-url': 'https://example.org/book' };

/**
 * Every visible target under 24 px in either direction, as "tag "name" width x height". A checkbox
 * or radio button is tapped through its whole label, so the label is what is measured.
 */
function smallTargets(el: Element): string[] {
  const targets = [...shadowOf(el).querySelectorAll<HTMLElement>('a[href], button, input')].map((target) =>
    target instanceof HTMLInputElement ? (target.closest('label') ?? target) : target,
  );
  return targets.flatMap((target) => {
    const { width, height } = target.getBoundingClientRect();
    if (width === 0 && height === 0) return []; // not shown in this state
    return width < MIN || height < MIN ? [`${target.localName} "${textOf(target).slice(0, 40)}" ${Math.round(width)}x${Math.round(height)}`] : [];
  });
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
      await goToSelfCheck(el);
      await answerSelfCheck(el, rlsScenarios.matches);
      await openAllDisclosures(el);
      expect({ unanswered, result: smallTargets(el) }).to.deep.equal({ unanswered: [], result: [] });
    });

    it('<twitch-redflag-check>: the first screen, a result with the clinic\'s links and the summary', async () => {
      const el = await mount(html`<twitch-redflag-check clinic-phone=${clinic['clinic-phone']} booking-url=${clinic['booking-url']}></twitch-redflag-check>`);
      await openAllDisclosures(el);
      const first = smallTargets(el);
      await answerScenario(el, twitchScenarios.soon);
      await openAllDisclosures(el);
      expect({ first, result: smallTargets(el) }).to.deep.equal({ first: [], result: [] });
    });

    it('<spasm-relief-steps>: the list with its cautions and diary, and a guided step with its timer', async () => {
      const list = await mount(html`<spasm-relief-steps clinic-phone=${clinic['clinic-phone']} booking-url=${clinic['booking-url']}></spasm-relief-steps>`);
      await openAllDisclosures(list);
      const guided = await mount(html`<spasm-relief-steps mode="guided" steps="heat-ice,pain-relief"></spasm-relief-steps>`);
      await openAllDisclosures(guided);
      expect({ list: smallTargets(list), guided: smallTargets(guided) }).to.deep.equal({ list: [], guided: [] });
    });
  });
}
