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
  });

  describe('theme="auto" follows the host page', () => {
    // `auto` is dark only where the page supports a dark colour scheme (its root's `color-scheme`,
    // inherited by the widget, or `<meta name="color-scheme">`) AND the system is dark. The page
    // is read when the widget connects, so each test sets the page up before it mounts a widget.
    let rootScheme: string;
    let emulating = false;
    const metas: HTMLMetaElement[] = [];

    /** Emulates the system's colour scheme; false when this browser's launcher cannot. */
    async function system(colorScheme: 'light' | 'dark'): Promise<boolean> {
      try {
        await emulateMedia({ colorScheme });
        emulating = true;
        return true;
      } catch {
        return false; // e.g. Firefox over BiDi
      }
    }

    function addMeta(content: string): void {
      const meta = document.createElement('meta');
      meta.name = 'color-scheme';
      meta.content = content;
      document.head.append(meta);
      metas.push(meta);
    }

    /** The outer box's background with `theme` forced, for comparison. */
    async function forced(theme: 'light' | 'dark'): Promise<string> {
      return baseStyle(await fixture<BaseFixture>(html`<lhw-base-fixture theme=${theme}></lhw-base-fixture>`)).backgroundColor;
    }

    beforeEach(() => {
      rootScheme = document.documentElement.style.colorScheme;
    });

    afterEach(async () => {
      document.documentElement.style.colorScheme = rootScheme;
      for (const meta of metas.splice(0)) meta.remove();
      if (emulating) await emulateMedia({ colorScheme: 'light' });
      emulating = false;
    });

    /** The outer box's theme class and the colour scheme it computes to. */
    function look(el: Element): { theme: string; colorScheme: string } {
      const base = shadow(el).querySelector('[part=base]');
      const theme = [...(base?.classList ?? [])].filter((name) => name.startsWith('theme-')).join(' ');
      return { theme, colorScheme: baseStyle(el).colorScheme };
    }

    // What the page allows decides the outer box's own colour scheme, in every browser (no
    // emulation needed): `light` alone, or `light dark` to follow the system.
    for (const { page, meta, theme, expected } of [
      { page: '', meta: undefined, theme: 'auto', expected: { theme: 'theme-light', colorScheme: 'light' } },
      { page: 'light', meta: undefined, theme: 'auto', expected: { theme: 'theme-light', colorScheme: 'light' } },
      { page: 'only light', meta: undefined, theme: 'auto', expected: { theme: 'theme-light', colorScheme: 'light' } },
      { page: 'light dark', meta: undefined, theme: 'auto', expected: { theme: 'theme-auto', colorScheme: 'light dark' } },
      { page: '', meta: 'light dark', theme: 'auto', expected: { theme: 'theme-auto', colorScheme: 'light dark' } },
      { page: '', meta: 'light', theme: 'auto', expected: { theme: 'theme-light', colorScheme: 'light' } },
      // The root's own colour scheme wins over the meta element, as it does for the page.
      { page: 'light', meta: 'light dark', theme: 'auto', expected: { theme: 'theme-light', colorScheme: 'light' } },
      { page: '', meta: undefined, theme: 'dark', expected: { theme: 'theme-dark', colorScheme: 'dark' } },
      { page: 'light dark', meta: undefined, theme: 'light', expected: { theme: 'theme-light', colorScheme: 'light' } },
    ] as const) {
      const where = `${page ? `color-scheme: ${page}` : 'no color-scheme'}${meta ? ` and <meta content="${meta}">` : ''}`;
      it(`theme="${theme}" on a page with ${where} gives ${expected.theme}`, async () => {
        document.documentElement.style.colorScheme = page;
        if (meta) addMeta(meta);
        const el = await fixture<BaseFixture>(html`<lhw-base-fixture theme=${theme}></lhw-base-fixture>`);
        expect(look(el)).to.deep.equal(expected);
      });
    }

    it('stays light on a page that sets no colour scheme, even when the system is dark', async function () {
      if (!(await system('dark'))) this.skip();
      document.documentElement.style.colorScheme = '';
      expect(getComputedStyle(document.documentElement).colorScheme, 'the test page sets none').to.equal('normal');
      const auto = await fixture<BaseFixture>(html`<lhw-base-fixture theme="auto"></lhw-base-fixture>`);
      expect(baseStyle(auto).backgroundColor, 'system dark, page without a scheme').to.equal(await forced('light'));
      const byDefault = await fixture<BaseFixture>(html`<lhw-base-fixture></lhw-base-fixture>`);
      expect(baseStyle(byDefault).backgroundColor, 'no theme attribute').to.equal(await forced('light'));
    });

    it('stays light on a page whose root says color-scheme: light, even when the system is dark', async function () {
      if (!(await system('dark'))) this.skip();
      document.documentElement.style.colorScheme = 'light';
      const auto = await fixture<BaseFixture>(html`<lhw-base-fixture theme="auto"></lhw-base-fixture>`);
      expect(baseStyle(auto).backgroundColor).to.equal(await forced('light'));
    });

    it('follows the system on a page whose root says color-scheme: light dark', async function () {
      if (!(await system('dark'))) this.skip();
      document.documentElement.style.colorScheme = 'light dark';
      const auto = await fixture<BaseFixture>(html`<lhw-base-fixture theme="auto"></lhw-base-fixture>`);
      expect(baseStyle(auto).backgroundColor, 'system dark').to.equal(await forced('dark'));

      await system('light');
      expect(baseStyle(auto).backgroundColor, 'system light').to.equal(await forced('light'));
    });

    it('follows the system on a page with <meta name="color-scheme" content="light dark">', async function () {
      if (!(await system('dark'))) this.skip();
      document.documentElement.style.colorScheme = '';
      addMeta('light dark');
      const auto = await fixture<BaseFixture>(html`<lhw-base-fixture theme="auto"></lhw-base-fixture>`);
      expect(baseStyle(auto).backgroundColor, 'system dark').to.equal(await forced('dark'));

      await system('light');
      expect(baseStyle(auto).backgroundColor, 'system light').to.equal(await forced('light'));
    });

    it('stays light with <meta name="color-scheme" content="light">, even when the system is dark', async function () {
      if (!(await system('dark'))) this.skip();
      document.documentElement.style.colorScheme = '';
      addMeta('light');
      const auto = await fixture<BaseFixture>(html`<lhw-base-fixture theme="auto"></lhw-base-fixture>`);
      expect(baseStyle(auto).backgroundColor).to.equal(await forced('light'));
    });

    it('follows a container of the widget that says color-scheme: light dark (it is inherited)', async function () {
      if (!(await system('dark'))) this.skip();
      document.documentElement.style.colorScheme = '';
      const wrapper = await renderWrapper(html`<div style="color-scheme: light dark"><lhw-base-fixture theme="auto"></lhw-base-fixture></div>`);
      expect(baseStyle(wrapper.querySelector('lhw-base-fixture')!).backgroundColor).to.equal(await forced('dark'));
    });

    it('theme="light" and theme="dark" force one, whatever the page and the system say', async function () {
      if (!(await system('dark'))) this.skip();
      const light = await forced('light');
      const dark = await forced('dark');
      expect(light).not.to.equal(dark);

      document.documentElement.style.colorScheme = 'light dark';
      expect(await forced('light'), 'light on a light-dark page, system dark').to.equal(light);
      await system('light');
      expect(await forced('dark'), 'dark on a light-dark page, system light').to.equal(dark);
      document.documentElement.style.colorScheme = 'light';
      expect(await forced('dark'), 'dark on a light-only page').to.equal(dark);
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
