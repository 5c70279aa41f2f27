// Language add-ons, registered BEFORE the widgets render: a page loads an add-on for a language
// no element ships, and every widget speaks it, in every state, as if it were built in.
//
// The add-on is a test-only pack (test/fixtures/lang/test-pack.ts): the English text with every
// string «wrapped», under the code `fr`, so a test sees at once whether a widget shows the add-on's
// text. A registration lasts as long as the page (one store on globalThis), so these tests have a
// page of their own; registering AFTER widgets rendered is language-add-ons-late.test.ts.
//
// Only plain values go to chai: a failing assertion on an element can hang the test runner.
import { expect, fixtureCleanup, html } from '@open-wc/testing';
import { registerLanguagePack } from '../../src/lang/language-pack.js';
import '../../src/rls-symptom-card/define.js';
import { rlsTexts, type RlsSymptomCard } from '../../src/rls-symptom-card/rls-symptom-card.js';
import { sharedTexts } from '../../src/shared/lhw-element.js';
import '../../src/spasm-relief-steps/define.js';
import { spasmTexts, type SpasmReliefSteps } from '../../src/spasm-relief-steps/spasm-relief-steps.js';
import '../../src/twitch-redflag-check/define.js';
import { stepQuestions } from '../../src/twitch-redflag-check/twitch-rules.js';
import { twitchTexts, type TwitchRedflagCheck } from '../../src/twitch-redflag-check/twitch-redflag-check.js';
import { textOutsideTestPack } from '../fixtures/lang/outside-test-pack.js';
import { makeTestPack, testLanguage, testPack, wrapped } from '../fixtures/lang/test-pack.js';
import { renderWrapper } from '../fixtures/render.js';
import { spyOnWarnings, type WarningSpy } from '../fixtures/warnings.js';
import { answerSelfCheck, rlsResult, rlsScenarios, shownRlsText } from '../harness/rls.js';
import { currentStepHeading, goToStep, shownSpasmText } from '../harness/spasm.js';
import {
  answerQuestion,
  answerScenario,
  expectedReasons,
  next,
  shownQuestions,
  shownTwitchText,
  startAgain,
  tickSign,
  twitchResult,
  twitchScenarios,
  twitchScreen,
} from '../harness/twitch.js';
import { settle, shownLanguage } from '../harness/widget.js';
import { q, textOf } from '../helpers/shadow.js';
import { sourcesState } from '../helpers/spasm-view.js';

type Widget = RlsSymptomCard | TwitchRedflagCheck | SpasmReliefSteps;

const clinic = { 'clinic-name': 'Lakeside Family Clinic', 'clinic-phone': '555 0100', 'booking-url': 'https://example.org/book' };

/** Puts the three widgets on the page, each with the clinic settings and `lang`, once they have rendered. */
async function mountAll(lang: string): Promise<{ rls: RlsSymptomCard; twitch: TwitchRedflagCheck; spasm: SpasmReliefSteps }> {
  const wrapper = await renderWrapper<HTMLDivElement>(html`<div>
    <rls-symptom-card lang=${lang} clinic-name=${clinic['clinic-name']} clinic-phone=${clinic['clinic-phone']} booking-url=${clinic['booking-url']}></rls-symptom-card>
    <twitch-redflag-check lang=${lang} clinic-name=${clinic['clinic-name']} clinic-phone=${clinic['clinic-phone']} booking-url=${clinic['booking-url']}></twitch-redflag-check>
    <spasm-relief-steps lang=${lang} mode="guided" clinic-name=${clinic['clinic-name']} clinic-phone=${clinic['clinic-phone']} booking-url=${clinic['booking-url']}></spasm-relief-steps>
  </div>`);
  const find = <K extends Widget['localName'] & keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] => {
    const el = wrapper.querySelector(tag);
    if (!el) throw new Error(`no <${tag}> on the page`);
    return el;
  };
  return { rls: find('rls-symptom-card'), twitch: find('twitch-redflag-check'), spasm: find('spasm-relief-steps') };
}

/** The title a widget shows, and the titles it has in English and in the add-on. */
function titles(el: Widget): { shown: string; english: string; addOn: string } {
  const source = el.localName === 'rls-symptom-card' ? rlsTexts : el.localName === 'twitch-redflag-check' ? twitchTexts : spasmTexts;
  return { shown: textOf(q(el, '#title')), english: source.in('en').title, addOn: wrapped(source.in('en').title) };
}

function unsupportedWarnings(warnings: WarningSpy): string[] {
  return warnings.messages.filter((message) => message.includes('is not supported'));
}

describe('language add-ons: a pack registered before the widgets render', () => {
  let warnings: WarningSpy;
  let htmlLang: string;

  before(() => {
    // As an add-on loaded before the page's widgets: none is on the page yet.
    expect(document.querySelectorAll('rls-symptom-card, twitch-redflag-check, spasm-relief-steps').length).to.equal(0);
    registerLanguagePack(testPack);
  });

  beforeEach(() => {
    htmlLang = document.documentElement.lang;
    warnings = spyOnWarnings();
  });

  afterEach(() => {
    warnings.restore();
    document.documentElement.lang = htmlLang;
    fixtureCleanup();
  });

  it('the test pack is the English text, every string wrapped', () => {
    // Guards the fixture itself: strings, lists and content functions are wrapped; data is not.
    expect(testPack.language).to.equal('fr');
    expect(testPack.twitch.title).to.equal(wrapped(twitchTexts.in('en').title));
    expect(testPack.rls.sections.overview.body[0]).to.deep.equal(
      Object.fromEntries(Object.entries(rlsTexts.in('en').sections.overview.body[0]).map(([key, text]) => [key, wrapped(text as string)])),
    );
    expect(testPack.shared.callNumber({ number: '112' })).to.equal(wrapped(sharedTexts.in('en').callNumber({ number: '112' })));
    expect(testPack.spasm.review).to.deep.equal(spasmTexts.in('en').review);
    expect(testPack.twitch.check.sources).to.deep.equal(twitchTexts.in('en').check.sources);
  });

  it('every element shows the add-on text for lang="fr", with no "unsupported language" warning', async () => {
    const widgets = Object.values(await mountAll(testLanguage));
    expect(widgets.map(shownLanguage)).to.deep.equal(['fr', 'fr', 'fr']);
    for (const el of widgets) {
      const { shown, addOn } = titles(el);
      expect(shown, `<${el.localName}> title`).to.equal(addOn);
      expect(textOutsideTestPack(el), `<${el.localName}>: text that is not the add-on's`).to.deep.equal([]);
    }
    expect(twitchTexts.in('fr'), 'the element text source serves the add-on').to.equal(testPack.twitch);
    expect(unsupportedWarnings(warnings)).to.deep.equal([]);
  });

  it('speaks the add-on in the states a visitor reaches: a twitching result and follow-up, an RLS result, a guided cramp step, the sources', async () => {
    const { rls, twitch, spasm } = await mountAll(testLanguage);

    const scenario = twitchScenarios.urgent;
    await answerScenario(twitch, scenario);
    const result = twitchResult(twitch);
    const text = shownTwitchText(twitch);
    expect(result.level).to.equal('urgent');
    expect(result.heading).to.include(text.results.urgent.heading({ clinic: clinic['clinic-name'], emergency: '911' }));
    expect(result.heading, 'the English heading is not shown').to.include('«');
    expect(result.reasons).to.deep.equal(expectedReasons(twitch, scenario));
    expect(textOutsideTestPack(twitch), 'twitching check, urgent result').to.deep.equal([]);

    // The follow-up question, asked once weakness is answered "Yes".
    await startAgain(twitch);
    tickSign(twitch, 'none');
    await next(twitch);
    answerQuestion(twitch, 'weakness', 'yes');
    await settle(twitch);
    expect(shownQuestions(twitch), 'the follow-up shows').to.include('weaknessWorsening');
    expect(textOutsideTestPack(twitch), 'twitching check, the weakness follow-up').to.deep.equal([]);

    await answerSelfCheck(rls, rlsScenarios.matches);
    const check = shownRlsText(rls).selfCheck;
    expect(check.results.matches.heading, 'the harness reads the add-on').to.equal(wrapped(rlsTexts.in('en').selfCheck.results.matches.heading));
    expect(rlsResult(rls)?.heading).to.equal(`${check.resultLabel} ${check.results.matches.heading}`);
    expect(textOutsideTestPack(rls), 'RLS card, "matches" result').to.deep.equal([]);

    await goToStep(spasm, 'heat-ice');
    expect(currentStepHeading(spasm)).to.equal(shownSpasmText(spasm).steps['heat-ice'].heading);
    expect(currentStepHeading(spasm)).to.equal(wrapped(spasmTexts.in('en').steps['heat-ice'].heading));
    expect(textOutsideTestPack(spasm), 'cramp steps, the heat-or-ice step with its timer').to.deep.equal([]);

    // Each footer's "Sources" list, opened: its button speaks the add-on (the sources themselves
    // are the publishers' titles, not the pack's).
    for (const el of [rls, twitch, spasm]) {
      q<HTMLButtonElement>(el, '#sources-button').click();
      await settle(el);
      expect(sourcesState(el), `<${el.localName}> sources`).to.include({ label: wrapped(sharedTexts.in('en').sourcesLabel), expanded: 'true', listShown: true });
      expect(textOutsideTestPack(el), `<${el.localName}>, sources open`).to.deep.equal([]);
    }

    expect(unsupportedWarnings(warnings)).to.deep.equal([]);
  });

  it('matches region tags and follows lang changes: fr-CA and <html lang="fr"> speak the add-on, en and es stay built in', async () => {
    const { rls, twitch, spasm } = await mountAll('fr-CA');
    expect([rls, twitch, spasm].map(shownLanguage)).to.deep.equal(['fr', 'fr', 'fr']);

    twitch.setAttribute('lang', 'es');
    rls.setAttribute('lang', 'en');
    spasm.removeAttribute('lang');
    document.documentElement.lang = 'fr';
    await settle(rls, twitch, spasm);
    expect([rls, twitch, spasm].map(shownLanguage)).to.deep.equal(['en', 'es', 'fr']);
    expect(titles(twitch).shown).to.equal(twitchTexts.in('es').title);
    expect(titles(rls).shown).to.equal(titles(rls).english);
    expect(titles(spasm).shown).to.equal(titles(spasm).addOn);
    expect(unsupportedWarnings(warnings)).to.deep.equal([]);
  });

  it('registering it twice, or a fresh copy of it, is harmless: same text, no error, nothing redone that shows', async () => {
    const { rls, twitch, spasm } = await mountAll(testLanguage);
    // A visitor is halfway through the check: on the first step screen, one question answered.
    tickSign(twitch, 'none');
    await next(twitch);
    answerQuestion(twitch, stepQuestions.muscles[0], 'no');
    await settle(twitch);
    const widgets = [rls, twitch, spasm];
    const before = widgets.map((el) => el.shadowRoot?.innerHTML);
    const screen = twitchScreen(twitch);

    const seen: string[] = [];
    const onEvent = (event: Event): void => {
      if (event.type.startsWith('lhw-')) seen.push(event.type);
    };
    const errors: string[] = [];
    const onError = (event: ErrorEvent): void => {
      errors.push(event.message);
    };
    const eventTypes = ['lhw-rls-result', 'lhw-twitch-result', 'lhw-step-change', 'lhw-steps-complete'];
    for (const type of eventTypes) document.addEventListener(type, onEvent);
    window.addEventListener('error', onError);
    const mutations: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) mutations.push(`${record.type} in <${(record.target.getRootNode() as ShadowRoot).host?.localName}>`);
    });
    for (const el of widgets) observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
    const focused = document.activeElement?.localName ?? 'none';
    try {
      expect(() => registerLanguagePack(testPack)).not.to.throw();
      expect(() => registerLanguagePack(makeTestPack())).not.to.throw();
      await settle(...widgets);
      mutations.push(...observer.takeRecords().map((record) => record.type));
    } finally {
      observer.disconnect();
      for (const type of eventTypes) document.removeEventListener(type, onEvent);
      window.removeEventListener('error', onError);
    }

    expect(widgets.map((el) => el.shadowRoot?.innerHTML === before[widgets.indexOf(el)]), 'each widget shows the same').to.deep.equal([true, true, true]);
    expect(mutations, 'changes to the widgets\' DOM').to.deep.equal([]);
    expect(twitchScreen(twitch), 'the check stays where the visitor was').to.equal(screen);
    expect(screen).to.equal('muscles');
    expect(seen, 'events sent').to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    expect(document.activeElement?.localName ?? 'none', 'focus').to.equal(focused);
    expect(warnings.messages).to.deep.equal([]);
    for (const source of [sharedTexts, rlsTexts, twitchTexts, spasmTexts]) {
      expect(source.languages, 'each language listed once').to.deep.equal(['en', 'es', 'fr']);
    }
  });

  it('lang="de", which no add-on brings, still falls back to English with one warning', async () => {
    const widgets = Object.values(await mountAll('de'));
    expect(widgets.map(shownLanguage)).to.deep.equal(['en', 'en', 'en']);
    for (const el of widgets) {
      expect(titles(el).shown, `<${el.localName}> title`).to.equal(titles(el).english);
      // Also guards the audit the other tests use: it does see English.
      expect(textOutsideTestPack(el).length, `<${el.localName}>: English strings seen`).to.be.greaterThan(10);
    }
    for (const el of widgets) el.setAttribute('clinic-phone', '555 0199');
    await settle(...widgets);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.include('lang="de"').and.include('en, es, fr').and.include('"en"');
  });
});
