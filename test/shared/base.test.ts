import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { sharedTexts } from '../../src/shared/lhw-element.js';
import type { BaseFixture } from '../fixtures/base-fixture.js';
import '../fixtures/base-fixture.js';
import { renderWrapper } from '../fixtures/render.js';
import { spyOnWarnings, type WarningSpy } from '../fixtures/warnings.js';
import { settle, shownLanguage } from '../harness/widget.js';
import { press } from '../helpers/keyboard.js';
import { isShown as shown, shadowOf as shadow, textOf as text } from '../helpers/shadow.js';

/** The "Sources" button's state and whether its list is hidden. */
function sourcesState(el: BaseFixture): { expanded: string | null; hidden: boolean } {
  return {
    expanded: shadow(el).querySelector('#sources-button')?.getAttribute('aria-expanded') ?? null,
    hidden: shadow(el).querySelector('#sources-panel')?.hasAttribute('hidden') ?? false,
  };
}

/** Presses "Sources" in the footer. */
async function openSources(el: BaseFixture): Promise<void> {
  shadow(el).querySelector<HTMLButtonElement>('#sources-button')?.click();
  await el.updateComplete;
}

/** Whether a person can see `element` (false when there is none). */
function isShown(element: Element | null): boolean {
  return element !== null && shown(element);
}

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

      it(`passes with "Sources" opened, ${theme} theme`, async () => {
        const el = await fixture<BaseFixture>(html`<lhw-base-fixture theme=${theme}></lhw-base-fixture>`);
        await openSources(el);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('about footer', () => {
    it('names each source by publisher and title, as a link, once "Sources" is opened', async () => {
      const el = await fixture<BaseFixture>(html`<lhw-base-fixture></lhw-base-fixture>`);
      await openSources(el);
      expect(sourcesState(el)).to.deep.equal({ expanded: 'true', hidden: false });
      const links = [...shadow(el).querySelectorAll('[part=about] li a')].map((a) => ({
        text: text(a),
        href: a.getAttribute('href'),
      }));
      expect(links).to.deep.equal([
        { text: 'NHS: Restless legs syndrome', href: 'https://www.nhs.uk/conditions/restless-legs-syndrome/' },
      ]);
    });

    it('keeps the sources behind a closed "Sources" disclosure, which opens and closes', async () => {
      const el = await fixture<BaseFixture>(html`<lhw-base-fixture></lhw-base-fixture>`);
      const button = shadow(el).querySelector('[part=about] #sources-button');
      expect(text(button)).to.equal(sharedTexts.in('en').sourcesLabel);
      expect(button?.localName, 'a real button').to.equal('button');
      expect(button?.getAttribute('aria-controls')).to.equal('sources-panel');
      expect(shadow(el).querySelector('#sources-panel')?.localName, 'it controls the source list').to.equal('ul');
      expect(sourcesState(el), 'closed at first').to.deep.equal({ expanded: 'false', hidden: true });
      expect(isShown(shadow(el).querySelector('#sources-panel li')), 'no source shows').to.equal(false);

      await openSources(el);
      expect(sourcesState(el), 'opened').to.deep.equal({ expanded: 'true', hidden: false });
      expect(isShown(shadow(el).querySelector('#sources-panel li')), 'the sources show').to.equal(true);

      await openSources(el);
      expect(sourcesState(el), 'closed again').to.deep.equal({ expanded: 'false', hidden: true });
    });

    it('opens "Sources" from the keyboard (Enter and Space on the button)', async () => {
      const el = await fixture<BaseFixture>(html`<lhw-base-fixture></lhw-base-fixture>`);
      const button = shadow(el).querySelector<HTMLButtonElement>('#sources-button')!;
      button.focus();
      await press('Enter');
      await el.updateComplete;
      expect(sourcesState(el)).to.deep.equal({ expanded: 'true', hidden: false });
      await press('Space');
      await el.updateComplete;
      expect(sourcesState(el)).to.deep.equal({ expanded: 'false', hidden: true });
    });

    it('shows the review dates while the sources are closed', async () => {
      const el = await fixture<BaseFixture>(html`<lhw-base-fixture></lhw-base-fixture>`);
      expect(sourcesState(el).hidden).to.equal(true);
      expect([...shadow(el).querySelectorAll('[part=about] time')].map(isShown)).to.deep.equal([true, true]);
    });

    it('prints the source list even while it is closed', async function () {
      const el = await fixture<BaseFixture>(html`<lhw-base-fixture></lhw-base-fixture>`);
      try {
        await emulateMedia({ media: 'print' });
      } catch {
        this.skip(); // this browser's launcher cannot emulate print media
      }
      try {
        expect(isShown(shadow(el).querySelector('#sources-panel li')), 'printed').to.equal(true);
        expect(getComputedStyle(shadow(el).querySelector('#sources-panel')!).display).to.equal('block');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
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
