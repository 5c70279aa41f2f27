import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { BaseFixture } from '../fixtures/base-fixture.js';
import '../fixtures/base-fixture.js';
import { renderWrapper } from '../fixtures/render.js';

function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error('the widget has no shadow root');
  return el.shadowRoot;
}

/** The computed style of the widget's outer box, `[part=base]`. */
function baseStyle(el: Element): CSSStyleDeclaration {
  const base = shadow(el).querySelector('[part=base]');
  if (!base) throw new Error('no [part=base]');
  return getComputedStyle(base);
}

/** The computed colour of the widget's emergency link. */
function linkColor(el: Element): string {
  const link = shadow(el).querySelector('a.emergency-call');
  if (!link) throw new Error('no emergency link');
  return getComputedStyle(link).color;
}

/** Relative luminance (WCAG) of a computed `rgb(…)` colour. */
function luminance(color: string): number {
  const channels = color.match(/[\d.]+/g)?.slice(0, 3).map(Number);
  if (!channels || channels.length < 3) throw new Error(`not an rgb colour: ${color}`);
  const [r, g, b] = channels.map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const tokens = {
  '--lhw-color-text': 'rgb(1, 2, 3)',
  '--lhw-color-accent': 'rgb(4, 5, 6)',
  '--lhw-radius': '7px',
  '--lhw-space': '13px',
};
const tokenStyle = Object.entries(tokens)
  .map(([name, value]) => `${name}: ${value}`)
  .join('; ');

/** What the four tokens above should do to the widget. */
function expectTokensApplied(el: Element): void {
  const style = baseStyle(el);
  expect(style.color, '--lhw-color-text').to.equal('rgb(1, 2, 3)');
  expect(linkColor(el), '--lhw-color-accent').to.equal('rgb(4, 5, 6)');
  expect(style.borderTopLeftRadius, '--lhw-radius').to.equal('7px');
  expect(style.paddingTop, '--lhw-space').to.equal('13px');
}

describe('theme', () => {
  describe('custom properties', () => {
    let rootStyle: string | null;

    beforeEach(() => {
      rootStyle = document.documentElement.getAttribute('style');
    });

    afterEach(() => {
      if (rootStyle === null) document.documentElement.removeAttribute('style');
      else document.documentElement.setAttribute('style', rootStyle);
    });

    it('have defaults that differ from the values the tests set', async () => {
      const el = await fixture<BaseFixture>(html`<lhw-base-fixture></lhw-base-fixture>`);
      const style = baseStyle(el);
      expect(style.color).not.to.equal('rgb(1, 2, 3)');
      expect(linkColor(el)).not.to.equal('rgb(4, 5, 6)');
      expect(style.borderTopLeftRadius).not.to.equal('7px');
      expect(style.paddingTop).not.to.equal('13px');
    });

    it('reach the shadow root when set on the element', async () => {
      const el = await fixture<BaseFixture>(html`<lhw-base-fixture style=${tokenStyle}></lhw-base-fixture>`);
      expectTokensApplied(el);
    });

    it('reach the shadow root when set on a wrapping container', async () => {
      const wrapper = await renderWrapper(html`<div style=${tokenStyle}>
        <section><lhw-base-fixture></lhw-base-fixture></section>
      </div>`);
      expectTokensApplied(wrapper.querySelector('lhw-base-fixture')!);
    });

    it('reach the shadow root when set on :root', async () => {
      for (const [name, value] of Object.entries(tokens)) document.documentElement.style.setProperty(name, value);
      const el = await fixture<BaseFixture>(html`<lhw-base-fixture></lhw-base-fixture>`);
      expectTokensApplied(el);
    });

    it('set on the element win over the same ones on a container', async () => {
      const wrapper = await renderWrapper(html`<div style="--lhw-color-text: rgb(200, 0, 0)">
        <lhw-base-fixture style="--lhw-color-text: rgb(0, 0, 200)"></lhw-base-fixture>
      </div>`);
      expect(baseStyle(wrapper.querySelector('lhw-base-fixture')!).color).to.equal('rgb(0, 0, 200)');
    });

    it('win over the dark theme defaults', async () => {
      const el = await fixture<BaseFixture>(html`<lhw-base-fixture theme="dark" style=${tokenStyle}></lhw-base-fixture>`);
      expectTokensApplied(el);
    });
  });

  describe('light and dark', () => {
    it('theme="dark" and theme="light" give different colours', async () => {
      const light = baseStyle(await fixture<BaseFixture>(html`<lhw-base-fixture theme="light"></lhw-base-fixture>`));
      const dark = baseStyle(await fixture<BaseFixture>(html`<lhw-base-fixture theme="dark"></lhw-base-fixture>`));
      expect(dark.color).not.to.equal(light.color);
      expect(dark.backgroundColor).not.to.equal(light.backgroundColor);
    });

    it('dark has light text on a dark surface, light the other way round', async () => {
      const light = baseStyle(await fixture<BaseFixture>(html`<lhw-base-fixture theme="light"></lhw-base-fixture>`));
      const dark = baseStyle(await fixture<BaseFixture>(html`<lhw-base-fixture theme="dark"></lhw-base-fixture>`));
      expect(luminance(light.backgroundColor)).to.be.above(luminance(light.color));
      expect(luminance(dark.backgroundColor)).to.be.below(luminance(dark.color));
      expect(luminance(dark.backgroundColor)).to.be.below(luminance(light.backgroundColor));
    });

    it('theme="auto" follows the system colour scheme', async function () {
      try {
        await emulateMedia({ colorScheme: 'dark' });
      } catch {
        this.skip(); // this browser's launcher cannot emulate prefers-color-scheme (Firefox over BiDi)
      }
      try {
        const forcedDark = baseStyle(await fixture<BaseFixture>(html`<lhw-base-fixture theme="dark"></lhw-base-fixture>`));
        const forcedLight = baseStyle(await fixture<BaseFixture>(html`<lhw-base-fixture theme="light"></lhw-base-fixture>`));
        const auto = await fixture<BaseFixture>(html`<lhw-base-fixture theme="auto"></lhw-base-fixture>`);
        expect(baseStyle(auto).backgroundColor, 'system dark').to.equal(forcedDark.backgroundColor);

        await emulateMedia({ colorScheme: 'light' });
        expect(baseStyle(auto).backgroundColor, 'system light').to.equal(forcedLight.backgroundColor);
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });
  });

  describe('styles', () => {
    it('are adopted stylesheets, with no <style> element in the shadow root', async () => {
      const el = await fixture<BaseFixture>(html`<lhw-base-fixture></lhw-base-fixture>`);
      expect(shadow(el).adoptedStyleSheets.length).to.be.above(0);
      expect(shadow(el).querySelectorAll('style').length).to.equal(0);
    });

    it('let the page style the outer box through ::part(base)', async () => {
      const style = document.createElement('style');
      style.textContent = 'lhw-base-fixture.branded::part(base) { background-color: rgb(7, 8, 9); border-top-width: 5px; }';
      document.head.append(style);
      try {
        const plain = await fixture<BaseFixture>(html`<lhw-base-fixture></lhw-base-fixture>`);
        const branded = await fixture<BaseFixture>(html`<lhw-base-fixture class="branded"></lhw-base-fixture>`);
        expect(baseStyle(plain).backgroundColor).not.to.equal('rgb(7, 8, 9)');
        expect(baseStyle(branded).backgroundColor).to.equal('rgb(7, 8, 9)');
        expect(baseStyle(branded).borderTopWidth).to.equal('5px');
      } finally {
        style.remove();
      }
    });
  });
});
