// Before and without JavaScript: the fallback content a clinic puts inside each element, and the
// `:not(:defined)` snippet from the README that reserves room while the script loads.
//
// Each case loads a fixture page in an iframe (as `srcdoc`), built from one template
// (`fixturePage` below): a clinic page with the three elements and their fallback content, which
// differs only in whether it has the snippet and how the built script-tag bundle
// dist/leg-health-widgets.js arrives. Its style sheets and scripts come from the test server (which
// serves the repository root): test/no-js/page.css, the snippet /demo/widgets-fallback.css,
// test/no-js/layout-shifts.js and load-late.js. `npm test` builds the bundle first; alone, run
// `npx rollup -c --silent` before these tests.
//
//   fallback          fallback content and the snippet, no widget script
//   upgraded          the same with the widget script (defer)
//   late              the script arrives 300 ms after the page shows, with the snippet
//   late-no-snippet   the same without the snippet: the counter-example
//
// Assertions compare strings and numbers, never elements: a failing `expect(element)` makes the
// runner serialize a whole DOM graph (here: another window's), which can hang the run.
import { expect } from '@open-wc/testing';

const tags = ['rls-symptom-card', 'twitch-redflag-check', 'spasm-relief-steps'] as const;
type Tag = (typeof tags)[number];

/**
 * What each fixture page puts inside the element: its fallback heading, and a paragraph (HTML)
 * holding a phrase and a link that the tests look for.
 */
const fallback: Record<Tag, { heading: string; paragraph: string; phrase: string; link: string }> = {
  'rls-symptom-card': {
    heading: 'Restless legs syndrome (RLS)',
    paragraph: `RLS gives you a strong urge to move your legs when you sit or lie down, most of all in
          the evening. Moving helps for a while.
          <a href="https://www.nhs.uk/conditions/restless-legs-syndrome/">Read about restless legs syndrome</a>`,
    phrase: 'a strong urge to move your legs when you sit or lie down',
    link: 'https://www.nhs.uk/conditions/restless-legs-syndrome/',
  },
  'twitch-redflag-check': {
    heading: 'Leg twitching: check your symptoms',
    paragraph: `Most leg twitches are harmless and stop on their own. If you have trouble breathing,
          chest pain, or sudden weakness on one side, <a href="tel:911">call 911 now</a>.`,
    phrase: 'Most leg twitches are harmless and stop on their own.',
    link: 'tel:911',
  },
  'spasm-relief-steps': {
    heading: 'Ease a leg cramp',
    paragraph: `Stretch the tight muscle gently, rub it, then walk a few steps. Warmth can help it relax.
          <a href="https://www.nhs.uk/conditions/leg-cramps/">Read about leg cramps</a>`,
    phrase: 'Stretch the tight muscle gently, rub it, then walk a few steps.',
    link: 'https://www.nhs.uk/conditions/leg-cramps/',
  },
};

/** How a fixture page gets the widget script: not at all, with `defer`, or 300 ms after the page has shown. */
type ScriptLoading = 'none' | 'defer' | 'late';

interface FixturePage {
  readonly title: string;
  /** Whether the page links the `:not(:defined)` snippet (/demo/widgets-fallback.css). */
  readonly snippet: boolean;
  readonly script: ScriptLoading;
}

/** The fixture pages, all made by `fixturePage`. */
const pages = {
  fallback: { title: 'Fallback content, no script', snippet: true, script: 'none' },
  upgraded: { title: 'Fallback content, with the script', snippet: true, script: 'defer' },
  late: { title: 'Script loads late, with the snippet', snippet: true, script: 'late' },
  'late-no-snippet': { title: 'Script loads late, without the snippet', snippet: false, script: 'late' },
} as const satisfies Record<string, FixturePage>;
type PageName = keyof typeof pages;

const clinicAttributes = 'clinic-name="Lakeside Family Clinic" clinic-phone="555 0100"';

/** One element with its fallback content, as a clinic pastes it. */
function widgetWithFallback(tag: Tag): string {
  const { heading, paragraph } = fallback[tag];
  return `<${tag} ${clinicAttributes}>
        <h2>${heading}</h2>
        <p>
          ${paragraph}
        </p>
      </${tag}>`;
}

/**
 * The one template of every fixture page: a plain clinic page with the three elements and their
 * fallback content, a paragraph between the first two (#between) and one after them (#after).
 * Addresses are absolute (from the repository root): a `srcdoc` page resolves them against the
 * test page, not test/no-js/.
 */
function fixturePage({ title, snippet, script }: FixturePage): string {
  const head = [
    '<link rel="stylesheet" href="/test/no-js/page.css" />',
    snippet ? '<link rel="stylesheet" href="/demo/widgets-fallback.css" />' : '',
    script === 'defer' ? '<script src="/dist/leg-health-widgets.js" defer></script>' : '',
    // Records layout shifts from the start, then requests the widget script 300 ms after load.
    script === 'late' ? '<script src="/test/no-js/layout-shifts.js"></script>\n    <script src="/test/no-js/load-late.js" defer></script>' : '',
  ].filter(Boolean);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    ${head.join('\n    ')}
  </head>
  <body>
    <main>
      <h1>Leg health at Lakeside Family Clinic</h1>
      <p id="intro">Three short guides about restless legs, leg twitching and leg cramps.</p>

      ${widgetWithFallback('rls-symptom-card')}

      <p id="between">Not sure which guide fits? Our nurses answer questions by phone every weekday.</p>

      ${widgetWithFallback('twitch-redflag-check')}

      ${widgetWithFallback('spasm-relief-steps')}

      <p id="after">Opening hours: Monday to Friday, 8 am to 6 pm.</p>
    </main>
  </body>
</html>`;
}

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
 * Loads a page in an iframe of the given size (its viewport), fixed at the top left so that it is
 * on screen and rendered: a fixture page by name (made by `fixturePage`, as `srcdoc`), or a path
 * from the repository root. `sandbox` without `allow-scripts` turns JavaScript off.
 */
async function openFixture(
  page: PageName | `/${string}`,
  { width = 375, height = 560, sandbox }: { width?: number; height?: number; sandbox?: string } = {},
): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.title = page;
  iframe.style.cssText = `position: fixed; inset: 0 auto auto 0; border: 0; width: ${width}px; height: ${height}px;`;
  if (sandbox !== undefined) iframe.setAttribute('sandbox', sandbox);
  const fixture = page.startsWith('/') ? undefined : fixturePage(pages[page as PageName]);
  const expectedUrl = fixture === undefined ? undefined : 'about:srcdoc';
  // The load event of the page itself (not of an initial about:blank some browsers report first).
  const loaded = new Promise<void>((resolve) => {
    const onLoad = (): void => {
      if (expectedUrl !== undefined && iframe.contentDocument?.URL !== expectedUrl) return;
      iframe.removeEventListener('load', onLoad);
      resolve();
    };
    iframe.addEventListener('load', onLoad);
  });
  if (fixture === undefined) iframe.src = page;
  else iframe.srcdoc = fixture;
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
      const frame = await openFixture('fallback');
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
      const frame = await openFixture('fallback');
      if (!knowsScriptingFeature(frame.win)) this.skip(); // the snippet's @media (scripting: enabled)
      const between = frame.doc.getElementById('between');
      if (!between) throw new Error('the fallback page has no #between paragraph');
      const viewport = frame.win.innerHeight;
      // min(100vh, 70em): a viewport's height here, since 70em is taller than the iframe.
      expect(frame.win.getComputedStyle(frame.widget('rls-symptom-card')).minHeight).to.equal(`${viewport}px`);
      expect(between.getBoundingClientRect().top, 'top of the paragraph after the first widget').to.be.at.least(viewport);
    });

    it('with JavaScript off (a sandboxed iframe), shows the fallback and reserves no room', async () => {
      // The "upgraded" page has the widget script, but a sandbox without allow-scripts runs nothing.
      const frame = await openFixture('upgraded', { sandbox: 'allow-same-origin' });
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
      const frame = await openFixture('upgraded');
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
      const frame = await openFixture('upgraded');
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
    async function lateLoadShift(page: PageName, size: { width: number; height: number }): Promise<number> {
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
        const cls = await lateLoadShift('late', size);
        expect(cls, `CLS with the snippet at ${at}`).to.be.below(0.01);
      });

      it(`without the snippet, the page jumps (CLS above 0) at ${at}`, async () => {
        const cls = await lateLoadShift('late-no-snippet', size);
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
