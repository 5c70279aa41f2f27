// Language add-ons, registered AFTER the widgets rendered: a widget asked for a language nobody
// had loaded yet shows English (with one warning), and switches to the add-on's text by itself
// the moment the add-on registers, keeping where the visitor was.
//
// The add-on is the test-only pack of test/fixtures/lang/test-pack.ts (`fr`, the English text
// «wrapped»). A registration lasts as long as the page, so this file has a page of its own; see
// language-add-ons.test.ts for add-ons registered before the widgets render.
//
// Only plain values go to chai: a failing assertion on an element can hang the test runner.
import { expect, fixtureCleanup, html } from '@open-wc/testing';
import { registerLanguagePack } from '../../src/lang/language-pack.js';
import '../../src/rls-symptom-card/define.js';
import { rlsTexts } from '../../src/rls-symptom-card/rls-symptom-card.js';
import '../../src/spasm-relief-steps/define.js';
import { spasmTexts } from '../../src/spasm-relief-steps/spasm-relief-steps.js';
import '../../src/twitch-redflag-check/define.js';
import { twitchTexts } from '../../src/twitch-redflag-check/twitch-redflag-check.js';
import { stepQuestions } from '../../src/twitch-redflag-check/twitch-rules.js';
import { textOutsideTestPack } from '../fixtures/lang/outside-test-pack.js';
import { testLanguage, testPack, wrapped } from '../fixtures/lang/test-pack.js';
import { renderWrapper } from '../fixtures/render.js';
import { spyOnWarnings, type WarningSpy } from '../fixtures/warnings.js';
import { answerQuestion, next, tickSign, twitchScreen } from '../harness/twitch.js';
import { settle, shownLanguage, type Updating } from '../harness/widget.js';
import { q, textOf } from '../helpers/shadow.js';

const tags = ['rls-symptom-card', 'twitch-redflag-check', 'spasm-relief-steps'] as const;
const sources = { 'rls-symptom-card': rlsTexts, 'twitch-redflag-check': twitchTexts, 'spasm-relief-steps': spasmTexts };

function titleOf(el: Element): string {
  return textOf(q(el, '#title'));
}

describe('language add-ons: a pack registered after the widgets rendered', () => {
  let warnings: WarningSpy;

  beforeEach(() => {
    warnings = spyOnWarnings();
  });

  afterEach(() => {
    warnings.restore();
    fixtureCleanup();
  });

  it('widgets shown in English for lang="fr" (one warning) re-render in the add-on language when it registers, as they were', async () => {
    // lang="fr" on the elements themselves, and on an ancestor of a second set.
    const wrapper = await renderWrapper<HTMLDivElement>(html`<div>
      <div>
        <rls-symptom-card lang=${testLanguage}></rls-symptom-card>
        <twitch-redflag-check lang=${testLanguage}></twitch-redflag-check>
        <spasm-relief-steps lang=${testLanguage} mode="guided"></spasm-relief-steps>
      </div>
      <div lang="fr-CA">
        <rls-symptom-card></rls-symptom-card>
        <twitch-redflag-check></twitch-redflag-check>
        <spasm-relief-steps></spasm-relief-steps>
      </div>
    </div>`);
    const widgets = [...wrapper.querySelectorAll<HTMLElement & Updating>(tags.join(', '))];
    expect(widgets.length).to.equal(6);
    expect(widgets.map(shownLanguage)).to.deep.equal(['en', 'en', 'en', 'en', 'en', 'en']);
    expect(widgets.map(titleOf)).to.deep.equal(widgets.map((el) => sources[el.localName as (typeof tags)[number]].in('en').title));
    const langWarnings = () => warnings.messages.filter((message) => /lang="fr(-CA)?"/.test(message));
    expect(langWarnings().length, 'warnings for lang="fr" and lang="fr-CA"').to.equal(2);
    expect(langWarnings()[0]).to.include('lang="fr"').and.include('"en"');

    // A visitor is on the check's first step screen, with one question answered, and on the
    // second guided cramp step.
    const twitch = widgets[1];
    tickSign(twitch, 'none');
    await next(twitch);
    const question = stepQuestions.muscles[0];
    answerQuestion(twitch, question, 'yes');
    await settle(twitch);
    const spasm = widgets[2];
    q<HTMLButtonElement>(spasm, '[part~="steps"] .actions button.primary').click();
    await settle(spasm);
    const stepCount = () => textOf(q(spasm, '.step-count'));
    const englishCount = stepCount();

    registerLanguagePack(testPack);
    // Nothing else: the widgets hear of the new language themselves.
    await settle(...widgets);

    expect(widgets.map(shownLanguage)).to.deep.equal(['fr', 'fr', 'fr', 'fr', 'fr', 'fr']);
    expect(widgets.map(titleOf)).to.deep.equal(widgets.map((el) => wrapped(sources[el.localName as (typeof tags)[number]].in('en').title)));
    for (const el of widgets) expect(textOutsideTestPack(el), `<${el.localName}>: text that is not the add-on's`).to.deep.equal([]);
    expect(twitchScreen(twitch), 'the check stays on its screen').to.equal('muscles');
    expect(q<HTMLInputElement>(twitch, `input[name="${question}"][value="yes"]`).checked, 'the answer stays').to.equal(true);
    expect(stepCount(), 'the guided steps stay on step 2').to.equal(wrapped(englishCount));
    expect(langWarnings().length, 'no new warning').to.equal(2);
  });
});
