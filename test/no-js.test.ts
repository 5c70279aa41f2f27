// Before and without JavaScript: the fallback content a clinic puts inside each element, and the
// `:not(:defined)` snippet from the README that reserves room while the script loads.
//
// Each case loads a fixture page from test/no-js/ in an iframe, from the test server (which
// serves the repository root), with the built script-tag bundle dist/leg-health-widgets.js:
// `npm test` builds it first; alone, run `npx rollup -c --silent` before these tests.
//
//   fallback.html          fallback content and the snippet, no widget script
//   upgraded.html          the same with the widget script (defer)
//   late.html              the script arrives 300 ms after the page shows, with the snippet
//   late-no-snippet.html   the same without the snippet: the counter-example
//
// Assertions compare strings and numbers, never elements: a failing `expect(element)` makes the
// runner serialize a whole DOM graph (here: another window's), which can hang the run.
import { expect } from '@open-wc/testing';

const tags = ['rls-symptom-card', 'twitch-redflag-check', 'spasm-relief-steps'] as const;
type Tag = (typeof tags)[number];

/** What each fixture page puts inside the element: its fallback heading, a phrase and link. */
const fallback: Record<Tag, { heading: string; phrase: string; link: string }> = {
  'rls-symptom-card': {
    heading: 'Restless legs syndrome (RLS)',
    phrase: 'a strong urge to move your legs when you sit or lie down',
    link: 'https://www.nhs.uk/conditions/restless-legs-syndrome/',
  },
  'twitch-redflag-check': {
    heading: 'Leg twitching: check your symptoms',
    phrase: 'Most leg twitches are harmless and stop on their own.',
    link: 'tel:911',
  },
  'spasm-relief-steps': {
    heading: 'Ease a leg cramp',
    phrase: 'Stretch the tight muscle gently, rub it, then walk a few steps.',
    link: 'https://www.nhs.uk/conditions/leg-cramps/',
  },
};

/** A layout-shift entry (Layout Instability API, Chromium only; not in TypeScript's DOM types). */
interface LayoutShiftEntry extends PerformanceEntry {
  readonly value: number;
  readonly hadRecentInput: boolean;
}

type FrameWindow = Window & typeof globalThis & { layoutShifts?: LayoutShiftEntry[]; layoutShiftsSupported?: boolean };
type Widget = HTMLElement & { updateComplete?: Promise<unknown> };

interface Frame {
  readonly win: FrameWindow;
  readonly doc: Document;
  widget(tag: Tag): Widget;
}

const frames: HTMLIFrameElement[] = [];

afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

/**
 * Loads a fixture page (a name in test/no-js/, or a path from the repository root) in an iframe of
 * the given size (its viewport), fixed at the top left so that it is on screen and rendered. `sandbox` without `allow-scripts` turns JavaScript off.
 */
async function openFixture(
  page: string,
  { width = 375, height = 560, sandbox }: { width?: number; height?: number; sandbox?: string } = {},
): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.title = page;
  iframe.style.cssText = `position: fixed; inset: 0 auto auto 0; border: 0; width: ${width}px; height: ${height}px;`;
  if (sandbox !== undefined) iframe.setAttribute('sandbox', sandbox);
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = page.startsWith('/') ? page : `/test/no-js/${page}`;
  document.body.append(iframe);
  frames.push(iframe);
  await loaded;
  const win = iframe.contentWindow as FrameWindow | null;
  const doc = iframe.contentDocument;
  if (!win || !doc) throw new Error(`${page}: no access to the iframe's document`);
  return {
    win,
    doc,
    widget(tag) {
      const found = doc.querySelector<Widget>(tag);
      if (!found) throw new Error(`${page} has no <${tag}>`);
      return found;
    },
  };
}

/** Waits until every widget of the page is defined and rendered, then for two frames to paint. */
async function upgraded(frame: Frame): Promise<void> {
  await Promise.all(tags.map((tag) => frame.win.customElements.whenDefined(tag)));
  await Promise.all(tags.map((tag) => frame.widget(tag).updateComplete));
  await nextFrames(frame.win);
}

async function nextFrames(win: Window, count = 2): Promise<void> {
  for (let i = 0; i < count; i += 1) await new Promise((resolve) => win.requestAnimationFrame(resolve));
}

/** Text as a person reads it: whitespace collapsed, trimmed. */
function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The element's border box, as a plain object that assertions can print. */
function box(el: Element): { width: number; height: number } {
  const { width, height } = el.getBoundingClientRect();
  return { width, height };
}

/**
 * Whether the browser draws the element: it has a box of non-zero size, and `checkVisibility()`
 * agrees where the browser has it (it is false for an element without a box, such as a shadow
 * host's child that no slot shows).
 */
function isRendered(el: Element): boolean {
  const { width, height } = box(el);
  const hasBox = el.getClientRects().length > 0 && width > 0 && height > 0;
  if (typeof el.checkVisibility !== 'function') return hasBox;
  return hasBox && el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
}

/** Whether the browser knows the `scripting` media feature (a query it does not know is `not all`). */
function knowsScriptingFeature(win: Window): boolean {
  return win.matchMedia('(scripting)').media !== 'not all';
}

describe('fallback content and the :not(:defined) snippet', () => {
  describe('(a) without the widget script', () => {
    it('shows every fallback heading, text and link as ordinary content', async () => {
      const frame = await openFixture('fallback.html');
      for (const tag of tags) {
        const el = frame.widget(tag);
        expect(frame.win.customElements.get(tag), `${tag} is not defined`).to.equal(undefined);
        expect(el.matches(':defined'), `<${tag}> matches :defined`).to.equal(false);
        expect(el.shadowRoot, `<${tag}> has a shadow root`).to.equal(null);
        const heading = el.querySelector('h2');
        const paragraph = el.querySelector('p');
        const link = el.querySelector('a');
        if (!heading || !paragraph || !link) throw new Error(`<${tag}>: the fixture's fallback is incomplete`);
        expect(textOf(heading)).to.equal(fallback[tag].heading);
        expect(textOf(paragraph)).to.include(fallback[tag].phrase);
        expect(link.getAttribute('href')).to.equal(fallback[tag].link);
        for (const part of [heading, paragraph, link]) {
          expect(isRendered(part), `<${tag}> fallback ${part.localName} is rendered (box ${JSON.stringify(box(part))})`).to.equal(true);
        }
        // What a reader gets (innerText only holds rendered text): the fallback text.
        expect(frame.doc.body.innerText.replace(/\s+/g, ' ')).to.include(fallback[tag].phrase);
      }
    });

    it('reserves room below the first element while scripting is on, so what follows starts below the fold', async function () {
      const frame = await openFixture('fallback.html');
      if (!knowsScriptingFeature(frame.win)) this.skip(); // the snippet's @media (scripting: enabled)
      const between = frame.doc.getElementById('between');
      if (!between) throw new Error('fallback.html has no #between paragraph');
      const viewport = frame.win.innerHeight;
      // min(100vh, 70em): a viewport's height here, since 70em is taller than the iframe.
      expect(frame.win.getComputedStyle(frame.widget('rls-symptom-card')).minHeight).to.equal(`${viewport}px`);
      expect(between.getBoundingClientRect().top, 'top of the paragraph after the first widget').to.be.at.least(viewport);
    });

    it('with JavaScript off (a sandboxed iframe), shows the fallback and reserves no room', async () => {
      // upgraded.html has the widget script, but a sandbox without allow-scripts runs nothing.
      const frame = await openFixture('upgraded.html', { sandbox: 'allow-same-origin' });
      for (const tag of tags) {
        const el = frame.widget(tag);
        expect(el.shadowRoot, `<${tag}> has a shadow root`).to.equal(null);
        expect(isRendered(el.querySelector('h2') ?? el), `<${tag}> fallback heading is rendered`).to.equal(true);
        expect(isRendered(el.querySelector('p') ?? el), `<${tag}> fallback text is rendered`).to.equal(true);
      }
      for (const tag of tags) {
        // `scripting: enabled` does not match (nor does anything in a browser that does not know
        // the feature): the element is only as tall as its fallback.
        const el = frame.widget(tag);
        const style = frame.win.getComputedStyle(el);
        expect(style.minHeight, `<${tag}> min-height`).to.equal('0px');
        const first = el.firstElementChild?.getBoundingClientRect();
        const last = el.lastElementChild?.getBoundingClientRect();
        if (!first || !last) throw new Error(`<${tag}> has no fallback`);
        const frameAround = ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth'] as const;
        const content = last.bottom - first.top + frameAround.reduce((sum, key) => sum + parseFloat(style[key]), 0);
        expect(el.getBoundingClientRect().height, `<${tag}> height against its fallback's`).to.be.closeTo(content, 1);
      }
    });
  });

  describe('(b) with the widget script', () => {
    it('shows the widgets, no longer renders the fallback, and keeps its text in the DOM', async () => {
      const frame = await openFixture('upgraded.html');
      await upgraded(frame);
      for (const tag of tags) {
        const el = frame.widget(tag);
        expect(el.matches(':defined'), `<${tag}> matches :defined`).to.equal(true);
        const base = el.shadowRoot?.querySelector('[part=base]');
        const title = el.shadowRoot?.querySelector('#title');
        expect(base && isRendered(base), `<${tag}> renders its widget`).to.equal(true);
        expect(title && isRendered(title), `<${tag}> renders its title`).to.equal(true);
        // The shadow root has no <slot>: the light-DOM fallback is not drawn at all.
        expect(el.shadowRoot?.querySelector('slot'), `<${tag}> has a slot`).to.equal(null);
        for (const part of el.querySelectorAll('h2, p, a')) {
          const label = `<${tag}> fallback ${part.localName}`;
          expect(part.getClientRects().length, `${label}: boxes`).to.equal(0);
          expect(box(part), `${label}: size`).to.deep.equal({ width: 0, height: 0 });
          if (typeof part.checkVisibility === 'function') expect(part.checkVisibility(), `${label}: checkVisibility()`).to.equal(false);
        }
        // For search engines and anything reading the DOM: the fallback is still there.
        const content = textOf(el);
        expect(content).to.include(fallback[tag].heading);
        expect(content).to.include(fallback[tag].phrase);
        expect(el.querySelector('a')?.getAttribute('href')).to.equal(fallback[tag].link);
      }
    });

    it('drops the reserved room once defined: the element is as tall as its widget', async () => {
      const frame = await openFixture('upgraded.html');
      await upgraded(frame);
      for (const tag of tags) {
        const el = frame.widget(tag);
        const base = el.shadowRoot?.querySelector('[part=base]');
        if (!base) throw new Error(`<${tag}> rendered no [part=base]`);
        expect(frame.win.getComputedStyle(el).minHeight, `<${tag}> min-height`).to.be.oneOf(['0px', 'auto']);
        expect(Math.round(el.getBoundingClientRect().height), `<${tag}> height`).to.equal(Math.round(base.getBoundingClientRect().height));
      }
    });
  });

  describe('(c) layout shift when the script arrives late', () => {
    /** The page's cumulative layout shift: every shift not caused by input, summed (≥ CLS). */
    async function lateLoadShift(page: string, size: { width: number; height: number }): Promise<number> {
      const frame = await openFixture(page, size);
      expect(frame.win.layoutShiftsSupported, 'the fixture observes layout shifts').to.equal(true);
      // The script is requested 300 ms after the page's load event: the fallback shows first.
      expect(frame.widget('rls-symptom-card').matches(':defined'), 'defined before the late script').to.equal(false);
      await upgraded(frame);
      // Layout-shift entries are queued when a frame paints; give the observer time to hear them.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const shifts = frame.win.layoutShifts ?? [];
      return shifts.filter((entry) => !entry.hadRecentInput).reduce((sum, entry) => sum + entry.value, 0);
    }

    // Layout-shift entries (the Layout Instability API) exist only in Chromium: Firefox and
    // WebKit skip these; the geometry checks in (a) cover the reserved room in every browser.
    beforeEach(function () {
      if (!PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) this.skip();
    });

    for (const size of [
      { width: 375, height: 560 },
      { width: 1024, height: 700 },
    ]) {
      const at = `${size.width}×${size.height}`;

      it(`with the snippet, nothing moves (CLS below 0.01) at ${at}`, async () => {
        const cls = await lateLoadShift('late.html', size);
        expect(cls, `CLS with the snippet at ${at}`).to.be.below(0.01);
      });

      it(`without the snippet, the page jumps (CLS above 0) at ${at}`, async () => {
        const cls = await lateLoadShift('late-no-snippet.html', size);
        expect(cls, `CLS without the snippet at ${at}`).to.be.above(0);
      });
    }
  });

  describe('the demo page', () => {
    it('uses the fixtures\' snippet file, whose rules the README shows', async () => {
      const normalise = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').trim();
      const [snippet, demo, readme] = await Promise.all(
        ['/demo/widgets-fallback.css', '/demo/clinic.html', '/README.md'].map((url) => fetch(url).then((r) => r.text())),
      );
      const page = new DOMParser().parseFromString(demo, 'text/html');
      const sheets = [...page.querySelectorAll('link[rel=stylesheet]')].map((link) => link.getAttribute('href'));
      expect(sheets, 'demo/clinic.html stylesheets').to.include('widgets-fallback.css');
      // A boolean, so that a failure names the files instead of printing both texts.
      const documented = normalise(readme).includes(normalise(snippet));
      expect(documented, 'README.md shows the rules of demo/widgets-fallback.css').to.equal(true);
    });

    it('upgrades every widget and keeps each fallback in the DOM', async () => {
      const iframe = await openFixture('/demo/clinic.html', { width: 375, height: 560 });
      await upgraded(iframe);
      for (const tag of tags) {
        const el = iframe.widget(tag);
        expect(el.shadowRoot?.querySelector('#title') != null, `<${tag}> rendered`).to.equal(true);
        const heading = el.querySelector('h2');
        expect(textOf(heading), `<${tag}> fallback heading`).to.not.equal('');
        expect(heading?.getClientRects().length, `<${tag}> fallback heading boxes`).to.equal(0);
      }
    });
  });
});
