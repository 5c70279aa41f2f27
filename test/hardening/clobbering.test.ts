// DOM clobbering (issue 20, part 3): an element with an id (or a `name`, for the elements that
// take one) becomes a property of `window` with that name. Clinic pages carry content the clinic
// does not write (a visitor's comment, a CMS block, an embed) that may have such ids. Lit reads
// a few globals when its modules run: its version lists, its property metadata map, the
// polyfill hooks, `ShadyCSS`, `litNonce` and `trustedTypes`. The script-tag bundle
// (dist/leg-health-widgets.js, built by `rollup -c` before the browser tests) must behave as if
// any of them were absent when the page's value is an element, a collection or a frame, and must
// add no global of its own to `window`.
//
// Each case is test/host-page/clobber-page.html (strict CSP with Trusted Types) with the case's
// elements put before the script (test/hardening/clobbering-content.js), in an iframe. Assertions compare plain
// values only (a failing assertion on an element can hang the test runner).
import { expect } from '@open-wc/testing';
import { settle } from '../harness/widget.js';
import { delay, openPage, widgetTags, type FrameWindow, type Widget } from '../helpers/host-frame.js';

/** clobber-page.html's window: record-globals.js notes the globals before the widgets' script runs. */
type ClobberedWindow = FrameWindow & { globalsBeforeWidgets: { names: string[]; symbols: string[] } };

/** The globals Lit's production modules read (lit-html, @lit/reactive-element, lit-element). */
const litGlobals = [
  'litHtmlVersions',
  'reactiveElementVersions',
  'litElementVersions',
  'litPropertyMetadata',
  'litHtmlPolyfillSupport',
  'reactiveElementPolyfillSupport',
  'litElementPolyfillSupport',
  'litElementHydrateSupport',
  'ShadyCSS',
  'litNonce',
  'trustedTypes',
] as const;

interface Case {
  readonly title: string;
  /** The page content, as clobbering-content.js reads it: `div#ShadyCSS,img[name=x]`. */
  readonly clobber: string;
  /** The globals it clobbers, and what `window[global]` then is. */
  readonly clobbers: readonly (readonly [string, string])[];
}

const cases: Case[] = [
  ...litGlobals.map((id) => ({
    title: `<div id="${id}">`,
    clobber: `div#${id}`,
    clobbers: [[id, 'HTMLDivElement']] as const,
  })),
  {
    title: 'two elements with id="litHtmlVersions" (a collection)',
    clobber: 'p#litHtmlVersions,p#litHtmlVersions',
    clobbers: [['litHtmlVersions', 'HTMLCollection']],
  },
  {
    title: '<img name="litElementPolyfillSupport">',
    clobber: 'img[name=litElementPolyfillSupport]',
    clobbers: [['litElementPolyfillSupport', 'HTMLImageElement']],
  },
  {
    // Some engines make <embed> and <object> callable (a legacy plugin hook): typeof says "function".
    title: '<embed name="litHtmlPolyfillSupport">',
    clobber: 'embed[name=litHtmlPolyfillSupport]',
    clobbers: [['litHtmlPolyfillSupport', 'HTMLEmbedElement']],
  },
  {
    title: '<form name="litPropertyMetadata"> with an <input name="get">',
    clobber: 'form[name=litPropertyMetadata]>input[name=get]',
    clobbers: [['litPropertyMetadata', 'HTMLFormElement']],
  },
  {
    title: '<iframe name="ShadyCSS"> (a window)',
    clobber: 'iframe[name=ShadyCSS]',
    clobbers: [['ShadyCSS', 'Window']],
  },
  {
    title: 'every one of them at once',
    clobber: litGlobals.map((id) => `span#${id}`).join(','),
    clobbers: litGlobals.map((id) => [id, 'HTMLSpanElement'] as const),
  },
];

/** What a global is, by its class: `HTMLDivElement`, `HTMLCollection`, `Window`, `undefined`. */
function kindOf(win: FrameWindow, name: string): string {
  const value = (win as unknown as Record<string, unknown>)[name];
  if (value === undefined) return 'undefined';
  return Object.prototype.toString.call(value).slice('[object '.length, -1);
}

/** Each widget: defined and rendered, its outer box styled, and how many <style> elements its shadow root has. */
async function widgetStates(win: FrameWindow, doc: Document): Promise<string[]> {
  const timeout = delay(3000).then(() => 'timeout');
  const defined = await Promise.race([Promise.all(widgetTags.map((tag) => win.customElements.whenDefined(tag))), timeout]);
  if (defined === 'timeout') return widgetTags.map((tag) => `${tag}: not defined`);
  const states: string[] = [];
  for (const tag of widgetTags) {
    const el = doc.querySelector<Widget>(tag);
    if (!el) throw new Error(`no <${tag}> on the page`);
    await settle(el);
    const base = el.shadowRoot?.querySelector('[part~="base"]');
    if (!base) {
      states.push(`${tag}: not rendered`);
      continue;
    }
    const style = win.getComputedStyle(base);
    const styleElements = el.shadowRoot?.querySelectorAll('style').length ?? 0;
    states.push(`${tag}: ${style.borderTopStyle} border, ${style.paddingTop} padding, ${styleElements} <style>`);
  }
  return states;
}

const styled = widgetTags.map((tag) => `${tag}: solid border, 16px padding, 0 <style>`);

/** Globals this test page's browser has natively: the page cannot clobber those. */
const native = new Set(litGlobals.filter((name) => name in window));

describe('DOM clobbering: page content with the ids of the globals Lit reads (the script-tag bundle)', function () {
  this.timeout(20000);

  for (const { title, clobber, clobbers } of cases) {
    it(`${title}: the widgets render, styled by constructed sheets, and work, with no error and no CSP violation`, async () => {
      const { win, doc } = await openPage<ClobberedWindow>(`clobber-page.html?clobber=${encodeURIComponent(clobber)}`);
      // The markup does clobber (except a global this browser has natively, such as trustedTypes in Chromium).
      expect(
        clobbers.map(([name]) => `${name}: ${kindOf(win, name)}`),
        'what the clobbered globals are on the page',
      ).to.deep.equal(clobbers.map(([name, kind]) => `${name}: ${native.has(name as (typeof litGlobals)[number]) ? kindOf(win, name) : kind}`));

      const widgets = await widgetStates(win, doc);
      expect({ errors: win.hostPageProbe.errors, widgets }, 'errors, and each widget').to.deep.equal({ errors: [], widgets: styled });

      // And it responds: the twitching check's "about" section opens.
      const twitch = doc.querySelector('twitch-redflag-check') as Widget;
      const disclosure = twitch.shadowRoot?.querySelector<HTMLButtonElement>('.disclosure-button');
      disclosure?.click();
      await settle(twitch);
      expect(disclosure?.getAttribute('aria-expanded') ?? 'no disclosure button', 'the "about" section opens').to.equal('true');

      await delay(50); // violation events are queued as tasks
      expect(win.hostPageProbe.errors, 'errors').to.deep.equal([]);
      expect(win.hostPageProbe.violations, 'CSP and Trusted Types violations').to.deep.equal([]);
    });
  }

  it('adds no name to window (Lit\'s version lists and metadata map stay inside the script), only its two registered symbols', async () => {
    const { win, doc } = await openPage<ClobberedWindow>('clobber-page.html');
    expect(await widgetStates(win, doc), 'each widget').to.deep.equal(styled);
    const before = win.globalsBeforeWidgets;
    const names = Object.keys(win).filter((name) => !before.names.includes(name) && name !== 'globalsBeforeWidgets');
    const symbols = Object.getOwnPropertySymbols(win)
      .map(String)
      .filter((symbol) => !before.symbols.includes(symbol));
    expect({ names, symbols }, 'globals the script added').to.deep.equal({
      names: [],
      symbols: ['Symbol(leg-health-widgets)', 'Symbol(leg-health-widgets/texts@1)'],
    });
  });

  it('joins a version list the page\'s own Lit already keeps, and creates none', async () => {
    // A page running its own Lit has real arrays there: the script adds its versions to them,
    // as another copy of Lit would, so Lit's tools can count every copy on the page.
    const { win, doc } = await openPage<ClobberedWindow>('clobber-page.html?page-lit');
    expect(await widgetStates(win, doc), 'each widget').to.deep.equal(styled);
    const versions = win as unknown as Record<string, string[]>;
    const litVersion = async (name: string) => ((await (await fetch(`/node_modules/${name}/package.json`)).json()) as { version: string }).version;
    const expected = {
      litHtmlVersions: ['page', await litVersion('lit-html')],
      reactiveElementVersions: ['page', await litVersion('@lit/reactive-element')],
      litElementVersions: ['page', await litVersion('lit-element')],
    };
    const shown = Object.fromEntries(Object.keys(expected).map((name) => [name, Array.isArray(versions[name]) ? [...versions[name]] : kindOf(win, name)]));
    expect(shown, 'the page\'s version lists').to.deep.equal(expected);
  });
});
