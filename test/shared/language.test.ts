import { expect, fixture, html } from '@open-wc/testing';
import { languages } from '../../src/lang/built-in.js';
import { inheritedLang, matchLanguage } from '../../src/shared/language.js';
import { sharedTexts } from '../../src/shared/lhw-element.js';
import type { BaseFixture } from '../fixtures/base-fixture.js';
import '../fixtures/base-fixture.js';
import { renderWrapper } from '../fixtures/render.js';
import { spyOnWarnings, type WarningSpy } from '../fixtures/warnings.js';
import { settle, shownLanguage } from '../harness/widget.js';
import { withoutIsolates } from '../helpers/shadow.js';

/**
 * The fixture speaks the built-in languages (English and Spanish); the tests below resolve tags to
 * English mostly. Which tag the widget resolved shows in the console: an unsupported tag is named
 * in a warning. Each test uses its own made-up tags (`qa-…`, `qb-…`: no real language), since the
 * library warns once per message for the page's lifetime. Language add-ons are tested in
 * language-add-ons.test.ts: a registration lasts for the page, so they have a page of their own.
 */
function langWarnings(warnings: WarningSpy, tag: string): string[] {
  return warnings.messages.filter((message) => message.includes(`lang="${tag}"`));
}

describe('language', () => {
  let warnings: WarningSpy;
  let htmlLang: string;

  beforeEach(() => {
    htmlLang = document.documentElement.lang;
    warnings = spyOnWarnings();
  });

  afterEach(() => {
    warnings.restore();
    document.documentElement.lang = htmlLang;
  });

  describe('inheritedLang', () => {
    it("returns the element's own lang first", async () => {
      const wrapper = await renderWrapper(html`<div lang="de"><span lang="pt-BR"></span></div>`);
      expect(inheritedLang(wrapper.querySelector('span')!)).to.equal('pt-BR');
    });

    it("returns the nearest ancestor's lang", async () => {
      const wrapper = await renderWrapper(html`<div lang="de"><section lang="nl"><p><span></span></p></section></div>`);
      expect(inheritedLang(wrapper.querySelector('span')!)).to.equal('nl');
    });

    it('returns <html lang> when no ancestor has one', async () => {
      document.documentElement.lang = 'sv';
      const wrapper = await renderWrapper(html`<div><span></span></div>`);
      expect(inheritedLang(wrapper.querySelector('span')!)).to.equal('sv');
    });

    it('passes over an empty lang="" to the next ancestor', async () => {
      const wrapper = await renderWrapper(html`<div lang="it"><p lang=""><span lang=""></span></p></div>`);
      expect(inheritedLang(wrapper.querySelector('span')!)).to.equal('it');
    });

    it('crosses shadow roots up to the host page', async () => {
      const wrapper = await renderWrapper(html`<div lang="fi"><div class="host"></div></div>`);
      const shadow = wrapper.querySelector('.host')!.attachShadow({ mode: 'open' });
      shadow.innerHTML = '<article><span></span></article>';
      expect(inheritedLang(shadow.querySelector('span')!)).to.equal('fi');
    });
  });

  describe('matchLanguage', () => {
    it('matches by the primary subtag, ignoring case and region', () => {
      expect(matchLanguage('es-MX', ['en', 'es'], 'en')).to.equal('es');
      expect(matchLanguage('ES', ['en', 'es'], 'en')).to.equal('es');
      expect(matchLanguage('en_GB', ['en', 'es'], 'es')).to.equal('en');
      expect(matchLanguage(' es ', ['en', 'es'], 'en')).to.equal('es');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('falls back for an unsupported tag with one warning naming it', () => {
      expect(matchLanguage('fr-CA', ['en', 'es'], 'en')).to.equal('en');
      expect(matchLanguage('fr-CA', ['en', 'es'], 'en')).to.equal('en');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('fr-CA').and.include('en, es');
    });

    it('matches Traditional Chinese by script, or by a region that writes it (Taiwan, Hong Kong, Macau)', () => {
      const supported = ['en', 'es', 'vi', 'zh-Hant'];
      for (const tag of ['zh-Hant', 'zh-hant', 'ZH-HANT-TW', 'zh-TW', 'zh_HK', 'zh-MO', 'zh-Hant-US']) {
        expect(matchLanguage(tag, supported, 'en'), tag).to.equal('zh-Hant');
      }
      expect(matchLanguage('vi-VN', supported, 'en')).to.equal('vi');
      expect(warnings.messages).to.deep.equal([]);
    });

    it('never shows Traditional text for Simplified Chinese: zh, zh-CN, zh-Hans and zh-SG fall back with a warning each', () => {
      const supported = ['en', 'es', 'vi', 'zh-Hant'];
      const simplified = ['zh', 'zh-CN', 'zh-Hans', 'zh-Hans-HK', 'zh-SG'];
      for (const tag of simplified) expect(matchLanguage(tag, supported, 'en'), tag).to.equal('en');
      expect(warnings.messages).to.have.length(simplified.length);
      for (const [index, tag] of simplified.entries()) expect(warnings.messages[index], tag).to.include(`"${tag}"`);
    });

    it('falls back quietly when there is no tag at all', () => {
      expect(matchLanguage('', ['en', 'es'], 'es')).to.equal('es');
      expect(matchLanguage('  ', ['en', 'es'], 'en')).to.equal('en');
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  describe('in a widget', () => {
    it('renders every supported language, matched by its primary subtag', async () => {
      expect(languages).to.include('en');
      for (const language of languages) {
        const el = await fixture<BaseFixture>(html`<lhw-base-fixture lang=${`${language}-ZZ`}></lhw-base-fixture>`);
        expect(shownLanguage(el), language).to.equal(language);
      }
      expect(warnings.messages).to.deep.equal([]);
    });

    it("uses its own lang, with a region subtag, over an ancestor's", async () => {
      const wrapper = await renderWrapper(html`<div lang="qa-ancestor">
        <lhw-base-fixture lang="en-GB"></lhw-base-fixture>
      </div>`);
      const el = wrapper.querySelector('lhw-base-fixture')!;
      await el.updateComplete;
      expect(shownLanguage(el)).to.equal('en');
      expect(warnings.messages, 'the ancestor lang was not used').to.deep.equal([]);
    });

    it("uses the nearest ancestor's lang over <html lang>", async () => {
      document.documentElement.lang = 'qb-html';
      const wrapper = await renderWrapper(html`<div lang="qb-outer">
        <section lang="en-US"><lhw-base-fixture></lhw-base-fixture></section>
      </div>`);
      const el = wrapper.querySelector('lhw-base-fixture')!;
      await el.updateComplete;
      expect(shownLanguage(el)).to.equal('en');
      expect(warnings.messages).to.deep.equal([]);
    });

    it("uses an unsupported ancestor's lang, so falls back to English and says so", async () => {
      const wrapper = await renderWrapper(html`<div lang="qc-ancestor"><lhw-base-fixture></lhw-base-fixture></div>`);
      const el = wrapper.querySelector('lhw-base-fixture')!;
      await el.updateComplete;
      expect(shownLanguage(el)).to.equal('en');
      expect(langWarnings(warnings, 'qc-ancestor')).to.have.length(1);
    });

    it('uses <html lang> when nothing closer has one', async () => {
      document.documentElement.lang = 'qd-html';
      const el = await fixture<BaseFixture>(html`<lhw-base-fixture></lhw-base-fixture>`);
      expect(shownLanguage(el)).to.equal('en');
      expect(langWarnings(warnings, 'qd-html')).to.have.length(1);
    });

    it('follows an ancestor across a shadow root', async () => {
      const wrapper = await renderWrapper(html`<div lang="qe-outside"><div class="host"></div></div>`);
      const shadow = wrapper.querySelector('.host')!.attachShadow({ mode: 'open' });
      shadow.innerHTML = '<div><lhw-base-fixture></lhw-base-fixture></div>';
      const el = shadow.querySelector('lhw-base-fixture')!;
      await el.updateComplete;
      expect(shownLanguage(el)).to.equal('en');
      expect(langWarnings(warnings, 'qe-outside')).to.have.length(1);
    });

    it('passes over an empty lang="" on itself and on ancestors', async () => {
      const wrapper = await renderWrapper(html`<div lang="qf-outer">
        <div lang=""><lhw-base-fixture lang=""></lhw-base-fixture></div>
      </div>`);
      const el = wrapper.querySelector('lhw-base-fixture')!;
      await el.updateComplete;
      expect(shownLanguage(el)).to.equal('en');
      expect(langWarnings(warnings, 'qf-outer')).to.have.length(1);
    });

    it('shows English for an unsupported lang, warning once across several widgets and updates', async () => {
      const wrapper = await renderWrapper(html`<div>
        <lhw-base-fixture lang="fr"></lhw-base-fixture>
        <lhw-base-fixture lang="fr"></lhw-base-fixture>
        <lhw-base-fixture lang="fr" theme="dark"></lhw-base-fixture>
      </div>`);
      const widgets = [...wrapper.querySelectorAll('lhw-base-fixture')];
      await Promise.all(widgets.map((el) => el.updateComplete));
      for (const el of widgets) el.setAttribute('clinic-phone', '555 0100');
      await Promise.all(widgets.map((el) => el.updateComplete));

      for (const el of widgets) {
        expect(shownLanguage(el)).to.equal('en');
        expect(withoutIsolates(el.shadowRoot?.textContent ?? '')).to.include('Call your clinic at 555 0100');
      }
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('lang="fr"').and.include('"en"');
    });

    it('re-renders when its own lang attribute changes', async () => {
      const el = await fixture<BaseFixture>(html`<lhw-base-fixture lang="en"></lhw-base-fixture>`);
      expect(warnings.messages).to.deep.equal([]);

      el.setAttribute('lang', 'qg-own');
      await el.updateComplete;
      expect(langWarnings(warnings, 'qg-own'), 'the widget resolved its new lang').to.have.length(1);
      expect(shownLanguage(el)).to.equal('en');

      el.setAttribute('lang', 'en-AU');
      await el.updateComplete;
      expect(shownLanguage(el)).to.equal(matchLanguage('en-AU', languages, 'en'));
      expect(warnings.messages).to.have.length(1);
    });

    it('re-renders in the new language when its lang switches between supported ones', async () => {
      const el = await fixture<BaseFixture>(html`<lhw-base-fixture lang="en" clinic-phone="555 0100"></lhw-base-fixture>`);
      const aboutHeading = () => el.shadowRoot?.querySelector('[part=about] [part=heading]')?.textContent;
      expect(aboutHeading()).to.equal(sharedTexts.in('en').aboutHeading);

      el.setAttribute('lang', 'es-419');
      await el.updateComplete;
      expect(shownLanguage(el)).to.equal('es');
      expect(aboutHeading()).to.equal(sharedTexts.in('es').aboutHeading);
      expect(withoutIsolates(el.shadowRoot?.querySelector('[part=contact] a')?.textContent ?? '')).to.equal(
        sharedTexts.in('es').callClinic({ clinic: sharedTexts.in('es').yourClinic, phone: '555 0100' }),
      );

      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect([shownLanguage(el), aboutHeading()]).to.deep.equal(['en', sharedTexts.in('en').aboutHeading]);
      expect(warnings.messages).to.deep.equal([]);
    });

    it("re-renders when an ancestor's lang changes", async () => {
      const wrapper = await renderWrapper(html`<div lang="en"><p><lhw-base-fixture></lhw-base-fixture></p></div>`);
      const el = wrapper.querySelector('lhw-base-fixture')!;
      await el.updateComplete;
      expect(warnings.messages).to.deep.equal([]);

      wrapper.setAttribute('lang', 'qh-ancestor');
      await settle(el);
      expect(langWarnings(warnings, 'qh-ancestor'), 'the widget noticed the change').to.have.length(1);
      expect(shownLanguage(el)).to.equal('en');
    });

    it('re-renders when <html lang> changes', async () => {
      document.documentElement.lang = 'en';
      const el = await fixture<BaseFixture>(html`<lhw-base-fixture></lhw-base-fixture>`);
      document.documentElement.lang = 'qi-html';
      await settle(el);
      expect(langWarnings(warnings, 'qi-html')).to.have.length(1);
    });
  });
});
