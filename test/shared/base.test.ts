import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sharedTexts } from '../../src/shared/lhw-element.js';
import type { BaseFixture } from '../fixtures/base-fixture.js';
import '../fixtures/base-fixture.js';
import { renderWrapper } from '../fixtures/render.js';
import { spyOnWarnings, type WarningSpy } from '../fixtures/warnings.js';
import { settle, shownLanguage } from '../harness/widget.js';
import { shadowOf as shadow, textOf as text } from '../helpers/shadow.js';

describe('LhwElement basics', () => {
  describe('accessibility (axe)', () => {
    for (const theme of ['light', 'dark']) {
      it(`passes in its default state, ${theme} theme`, async () => {
        const el = await fixture<BaseFixture>(html`<lhw-base-fixture theme=${theme}></lhw-base-fixture>`);
        await expect(el).to.be.accessible();
      });

      it(`passes with clinic settings, ${theme} theme`, async () => {
        const el = await fixture<BaseFixture>(html`<lhw-base-fixture
          theme=${theme}
          clinic-name="Riverside Leg Clinic"
          clinic-phone="+1 (555) 010-0100"
          booking-url="https://clinic.example/book"
          emergency-number="112"
          heading-level="3"
        ></lhw-base-fixture>`);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('about footer', () => {
    it('names each source by publisher and title, as a link', async () => {
      const el = await fixture<BaseFixture>(html`<lhw-base-fixture></lhw-base-fixture>`);
      const links = [...shadow(el).querySelectorAll('[part=about] li a')].map((a) => ({
        text: text(a),
        href: a.getAttribute('href'),
      }));
      expect(links).to.deep.equal([
        { text: 'NHS: Restless legs syndrome', href: 'https://www.nhs.uk/conditions/restless-legs-syndrome/' },
      ]);
    });

    it('says it is not a diagnosis, under its own heading', async () => {
      const el = await fixture<BaseFixture>(html`<lhw-base-fixture></lhw-base-fixture>`);
      const about = shadow(el).querySelector('[part=about]');
      expect(text(about?.querySelector('[part=heading]'))).to.equal('About this information');
      expect(text(about)).to.include(sharedTexts.in('en').notDiagnosis);
    });

    it('shows both review dates as <time datetime>, written out in words', async () => {
      const el = await fixture<BaseFixture>(html`<lhw-base-fixture></lhw-base-fixture>`);
      const rows = [...shadow(el).querySelectorAll('[part=about] dt')].map((dt) => {
        const time = dt.nextElementSibling?.querySelector('time');
        return { label: text(dt), datetime: time?.getAttribute('datetime'), shown: text(time) };
      });
      expect(rows).to.deep.equal([
        { label: 'Last reviewed', datetime: '2025-11-27', shown: 'November 27, 2025' },
        { label: 'Next review due', datetime: '2026-05-27', shown: 'May 27, 2026' },
      ]);
    });
  });

  describe('page watcher', () => {
    let warnings: WarningSpy;
    let htmlLang: string;
    const pageErrors: string[] = [];
    const onError = (event: ErrorEvent) => pageErrors.push(event.message);

    beforeEach(() => {
      htmlLang = document.documentElement.lang;
      document.documentElement.lang = 'en';
      pageErrors.length = 0;
      window.addEventListener('error', onError);
      warnings = spyOnWarnings();
    });

    afterEach(() => {
      warnings.restore();
      window.removeEventListener('error', onError);
      document.documentElement.lang = htmlLang;
    });

    it('keeps following the page while any widget is connected', async () => {
      const wrapper = await renderWrapper(html`<div lang="en">
        <lhw-base-fixture id="first"></lhw-base-fixture><lhw-base-fixture id="second"></lhw-base-fixture>
      </div>`);
      const [first, second] = wrapper.querySelectorAll('lhw-base-fixture');
      first.remove();
      wrapper.setAttribute('lang', 'qk-still-watched');
      await settle(first, second);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('qk-still-watched');
    });

    it('changing <html lang> with no widget connected does not throw or update them', async () => {
      const wrapper = await renderWrapper(html`<div>
        <lhw-base-fixture></lhw-base-fixture><lhw-base-fixture theme="dark"></lhw-base-fixture>
      </div>`);
      const widgets = [...wrapper.querySelectorAll('lhw-base-fixture')];
      fixtureCleanup();
      expect(widgets.map((el) => el.isConnected)).to.deep.equal([false, false]);

      expect(() => {
        document.documentElement.lang = 'ql-nobody-home';
      }).not.to.throw();
      await settle(...widgets);
      expect(pageErrors).to.deep.equal([]);
      expect(warnings.messages, 'no disconnected widget re-rendered').to.deep.equal([]);
    });

    it('reconnecting a widget re-renders it in the language the page has now', async () => {
      const el = await fixture<BaseFixture>(html`<lhw-base-fixture></lhw-base-fixture>`);
      fixtureCleanup();
      expect(el.isConnected).to.equal(false);

      document.documentElement.lang = 'qm-while-away';
      await settle(el);
      expect(warnings.messages).to.deep.equal([]);

      const host = await renderWrapper(html`<div></div>`);
      host.append(el);
      await settle(el);
      expect(shownLanguage(el)).to.equal('en');
      expect(warnings.messages, 'the reconnected widget resolved the new <html lang>').to.have.length(1);
      expect(warnings.messages[0]).to.include('qm-while-away');
    });
  });
});
