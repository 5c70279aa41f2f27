// "One warning means one" (issue 20, part 9): each problem a page author should fix is named once
// in the console, not zero times and not once per element or per render, and the library's
// memory of what it has said stays small on a page that runs for days.
//
// Warnings are de-duplicated per message for the page's lifetime (up to the bound tested below),
// so every test uses values and tags no other test in this file uses.
import { expect, fixture, html } from '@open-wc/testing';
import { registerLanguagePack } from '../../src/lang/language-pack.js';
import '../../src/rls-symptom-card/define.js';
import { defineElement } from '../../src/shared/registration.js';
import { VERSION } from '../../src/shared/version.js';
import { warnOnce } from '../../src/shared/warn.js';
import { BaseFixture } from '../fixtures/base-fixture.js';
import { testLanguage, testPack } from '../fixtures/lang/test-pack.js';
import { renderWrapper } from '../fixtures/render.js';
import { spyOnWarnings, type WarningSpy } from '../fixtures/warnings.js';
import { settle, shownLanguage } from '../harness/widget.js';

/** The library's warnings that mention `text`. */
function warningsAbout(warnings: WarningSpy, text: string): string[] {
  return warnings.messages.filter((message) => message.startsWith('[leg-health-widgets]') && message.includes(text));
}

describe('one warning means one', () => {
  let warnings: WarningSpy;

  beforeEach(() => {
    warnings = spyOnWarnings();
  });

  afterEach(() => {
    warnings.restore();
  });

  describe('a lang that is not a language tag', () => {
    for (const tag of ['_fr', '-fr', '__proto__']) {
      it(`lang="${tag}" shows English and warns once, across widgets and updates`, async () => {
        const wrapper = await renderWrapper(html`<div>
          <lhw-base-fixture lang=${tag}></lhw-base-fixture>
          <lhw-base-fixture lang=${tag} clinic-phone="555 0100"></lhw-base-fixture>
        </div>`);
        const widgets = [...wrapper.querySelectorAll<BaseFixture>('lhw-base-fixture')];
        for (const el of widgets) el.setAttribute('theme', 'dark');
        await settle(...widgets);
        expect(widgets.map(shownLanguage), 'languages shown').to.deep.equal(['en', 'en']);
        expect(warningsAbout(warnings, `lang=${JSON.stringify(tag)}`), 'warnings naming it').to.have.length(1);
      });
    }
  });

  describe('a language that is not there', () => {
    // Registering a language lasts for the page: this is the only test in the file that does.
    it('warns once, not again each time a language add-on arrives and the list of supported languages grows', async () => {
      const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<rls-symptom-card lang="qy-still-missing"></rls-symptom-card>`);
      expect(warningsAbout(warnings, 'lang="qy-still-missing"'), 'before the add-on').to.have.length(1);
      registerLanguagePack(testPack);
      await settle(el);
      expect(shownLanguage(el), 'still English').to.equal('en');
      expect(warningsAbout(warnings, 'lang="qy-still-missing"'), `after the "${testLanguage}" add-on arrived`).to.have.length(1);
    });
  });

  describe('the remembered warnings', () => {
    // The library remembers at most this many messages (src/shared/warn.ts).
    const remembered = 100;

    it('still says each message once while it keeps coming back', () => {
      warnOnce('bound test: recurring');
      for (let i = 0; i < remembered * 3; i += 1) {
        warnOnce(`bound test: one-off ${i}`);
        if (i % 50 === 0) warnOnce('bound test: recurring');
      }
      expect(warningsAbout(warnings, 'bound test: recurring'), 'a message that recurs among many others').to.have.length(1);
      expect(warningsAbout(warnings, 'bound test: one-off'), 'distinct messages').to.have.length(remembered * 3);
    });

    it(`forgets the oldest message once ${remembered} newer ones have come, so the memory does not grow without bound`, () => {
      warnOnce('forget test: first');
      for (let i = 0; i < remembered; i += 1) warnOnce(`forget test: later ${i}`);
      warnOnce(`forget test: later ${remembered - 1}`);
      warnOnce('forget test: first');
      expect(warningsAbout(warnings, 'forget test: first'), 'the oldest, forgotten, is said again').to.have.length(2);
      expect(warningsAbout(warnings, `forget test: later ${remembered - 1}`), 'a recent one is not').to.have.length(1);
    });
  });

  describe('two versions of the library on one page', () => {
    it('warns once when another version already defines every element, not once per element', () => {
      const tags = ['lhw-two-a', 'lhw-two-b', 'lhw-two-c'];
      for (const tag of tags) {
        // The other copy of the library (the script tag, say) defined its elements first.
        customElements.define(tag, class extends BaseFixture {
          static override readonly version = '0.0.7-other';
        });
      }
      // Then the npm build registers its own: each tag is taken by version 0.0.7-other.
      for (const tag of tags) BaseFixture.define(tag);
      for (const tag of tags) BaseFixture.define(tag);
      const messages = warningsAbout(warnings, '0.0.7-other');
      expect(messages, 'warnings naming the other version').to.have.length(1);
      expect(messages[0]).to.include(VERSION);
    });
  });

  describe("a page's own class under one of the library's tags", () => {
    it('is left in place, with a warning that says the page defined it and does not blame the library', async () => {
      class PagesOwnCard extends HTMLElement {
        connectedCallback() {
          this.textContent = "The page's own card";
        }
      }
      customElements.define('lhw-pages-own-card', PagesOwnCard);
      expect(() => defineElement('lhw-pages-own-card', BaseFixture)).not.to.throw();
      expect(() => BaseFixture.define('lhw-pages-own-card')).not.to.throw();
      expect(customElements.get('lhw-pages-own-card') === PagesOwnCard, 'the page class stays').to.equal(true);
      const el = await fixture(html`<lhw-pages-own-card></lhw-pages-own-card>`);
      expect(el.textContent).to.equal("The page's own card");
      expect(warningsAbout(warnings, 'lhw-pages-own-card')).to.deep.equal([
        '[leg-health-widgets] the page already defines <lhw-pages-own-card> with its own class; leg-health-widgets did not replace it.',
      ]);
    });
  });
});
