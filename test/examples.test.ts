// Runs every example under examples/ the way a visitor meets it: the page loads in an iframe
// from the test server (which serves the repository root), the widgets render, the test answers
// once, and the page's own code (plain script, React, Vue) must have received the result event.
//
// The examples load the built files: dist/ from `rollup -c` (npm test runs it first) and
// examples/react/dist/ from `node examples/build.mjs`. Widget text comes from the English
// text, so content edits do not break these tests; the twitching check is answered with its
// harness's canonical scenarios (test/harness/twitch.ts).
//
// Only plain values are passed to chai: a failing assertion on a DOM element can hang the runner.
import { expect, waitUntil } from '@open-wc/testing';
import { packs } from '../src/lang/built-in.js';
import { answerSelfCheck, rlsScenarios } from './harness/rls.js';
import { eased, nextStep } from './harness/spasm.js';
import { answerScenario, twitchScenarios } from './harness/twitch.js';
import type { Updating } from './harness/widget.js';
import { textOf } from './helpers/shadow.js';

const twitchText = packs.en.twitch;
const spasmText = packs.en.spasm;
const TIMEOUT = 15000;

const frames: HTMLIFrameElement[] = [];

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

/** Fails early, and says what to run, when a build the examples load is missing. */
async function requireBuilt(url: string, command: string): Promise<void> {
  const response = await fetch(url, { method: 'HEAD' });
  if (!response.ok) throw new Error(`${url} is missing (HTTP ${response.status}): run \`${command}\` first`);
}

/** Loads a page (by address, or as the HTML itself) in a new iframe and waits for its load event. */
async function loadPage(page: { src: string } | { srcdoc: string }): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  if ('src' in page) frame.src = page.src;
  else frame.srcdoc = page.srcdoc;
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  if (!frame.contentDocument) throw new Error('the example page is not same-origin');
  return frame.contentDocument;
}

/** The widget `tag` in `doc`, once it has rendered its shadow root with a heading. */
async function renderedWidget(doc: Document, tag: string): Promise<HTMLElement> {
  await waitUntil(
    () => doc.querySelector(tag)?.shadowRoot?.querySelector('[part~="heading"]'),
    `<${tag}> did not render a heading in its shadow root`,
    { timeout: TIMEOUT },
  );
  return doc.querySelector(tag) as HTMLElement;
}

function inShadow<E extends Element = HTMLElement>(el: Element, selector: string): E {
  const found = el.shadowRoot?.querySelector<E>(selector);
  if (!found) throw new Error(`nothing matches ${JSON.stringify(selector)} in <${el.localName}>'s shadow root`);
  return found;
}

function buttonWithText(el: Element, text: string): HTMLButtonElement {
  const button = [...(el.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => textOf(b) === text);
  if (!button) throw new Error(`<${el.localName}> has no button ${JSON.stringify(text)}`);
  return button;
}

/** Ticks one emergency sign: the check ends at once with the emergency result. */
async function reachEmergency(check: HTMLElement): Promise<void> {
  await answerScenario(check as HTMLElement & Updating, twitchScenarios.emergency);
}

/** Ticks "None of these", then answers every step: the self-care result. */
async function reachSelfCare(check: HTMLElement): Promise<void> {
  await answerScenario(check as HTMLElement & Updating, twitchScenarios['self-care']);
}

/** The element the example writes the received result into, once it has one. */
async function receivedLevel(doc: Document, selector: string): Promise<string> {
  await waitUntil(() => doc.querySelector<HTMLElement>(selector)?.dataset.level, `${selector} never received a result`, {
    timeout: TIMEOUT,
  });
  return doc.querySelector<HTMLElement>(selector)?.dataset.level ?? '';
}

/** The SRI value (`sha384-...`) of what the server sends for `url`. */
async function sha384(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', await response.arrayBuffer()));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

/** The script tag and the widget of README's copy-paste snippet, from between its markers. */
function readmeSnippet(readme: string): Document {
  const match = /<!-- snippet:start -->\s*```html\n([\s\S]*?)```\s*<!-- snippet:end -->/.exec(readme);
  if (!match) throw new Error('README.md has no snippet between <!-- snippet:start --> and <!-- snippet:end -->');
  return new DOMParser().parseFromString(match[1], 'text/html');
}

describe('examples', function () {
  this.timeout(60000);

  before(async () => {
    await requireBuilt('/dist/leg-health-widgets.js', 'npx rollup -c');
  });

  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  describe('plain HTML (examples/plain-html/)', () => {
    it('renders all three widgets under a strict CSP, and its script hears their events', async () => {
      const doc = await loadPage({ src: '/examples/plain-html/index.html' });
      const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
      expect(csp, 'the page sets a strict CSP').to.match(/script-src 'self'; style-src 'self'/);
      expect(doc.querySelectorAll('script:not([src])').length, 'inline scripts').to.equal(0);

      const [card, check, steps] = await Promise.all(
        ['rls-symptom-card', 'twitch-redflag-check', 'spasm-relief-steps'].map((tag) => renderedWidget(doc, tag)),
      );
      for (const widget of [card, check, steps]) {
        expect(widget.getAttribute('clinic-phone'), `<${widget.localName}> clinic-phone`).to.equal('555 0100');
        // The widgets' own styles apply (constructable stylesheets are allowed by style-src 'self').
        const base = inShadow(widget, '[part~="base"]');
        expect(getComputedStyle(base).borderTopStyle, `<${widget.localName}> styled`).to.equal('solid');
      }
      expect(textOf(inShadow(card, '[part~="contact"]')), 'the clinic phone shows').to.include('555 0100');

      await reachEmergency(check);
      const output = doc.querySelector<HTMLOutputElement>('#last-result');
      expect(await receivedLevel(doc, '#last-result')).to.equal('emergency');
      expect(output?.dataset.event).to.equal('lhw-twitch-result');
      expect(textOf(output)).to.include('chest-pain');

      buttonWithText(steps, spasmText.guided.eased).click();
      await waitUntil(() => output?.dataset.event === 'lhw-steps-complete', 'events.js never heard lhw-steps-complete', {
        timeout: TIMEOUT,
      });
      expect(textOf(output)).to.equal('cramp steps: the cramp eased');
    });
  });

  describe('React 19 (examples/react/, built by examples/build.mjs)', () => {
    before(async () => {
      await requireBuilt('/examples/react/dist/index.html', 'node examples/build.mjs');
    });

    it('renders the widget with its attributes, and React state receives the result event', async () => {
      const doc = await loadPage({ src: '/examples/react/dist/index.html' });
      const check = await renderedWidget(doc, 'twitch-redflag-check');
      expect(check.getAttribute('clinic-name')).to.equal('Lakeside Family Clinic');
      expect(check.getAttribute('clinic-phone')).to.equal('555 0100');
      expect(textOf(doc.querySelector('#react-result'))).to.equal('none yet');

      await reachSelfCare(check);
      expect(await receivedLevel(doc, '#react-result')).to.equal('self-care');
      expect(textOf(doc.querySelector('#react-result'))).to.equal('self-care (no-warning-signs)');
    });
  });

  describe('React 19 with TypeScript (examples/react-ts/, type-checked and built by examples/build.mjs)', () => {
    before(async () => {
      await requireBuilt('/examples/react-ts/dist/index.html', 'node examples/build.mjs');
    });

    it('renders all three widgets with their props, and each typed on<event> prop reaches React state', async () => {
      const doc = await loadPage({ src: '/examples/react-ts/dist/index.html' });
      const [card, check, steps] = await Promise.all(
        ['rls-symptom-card', 'twitch-redflag-check', 'spasm-relief-steps'].map((tag) => renderedWidget(doc, tag)),
      );
      // React 19 sets a prop as a property when the element has one by that name, else as an attribute.
      expect(check.getAttribute('clinic-name'), 'clinic-name (an attribute)').to.equal('Lakeside Family Clinic');
      expect(card.getAttribute('heading-level'), 'heading-level (an attribute)').to.equal('2');
      expect((card as HTMLElementTagNameMap['rls-symptom-card']).variant, 'variant (a property)').to.equal('compact');
      expect((steps as HTMLElementTagNameMap['spasm-relief-steps']).mode, 'mode (a property)').to.equal('guided');
      expect(textOf(doc.querySelector('#twitch-level'))).to.equal('none yet');

      await reachEmergency(check);
      await waitUntil(() => textOf(doc.querySelector('#twitch-level')) === 'emergency', 'onlhw-twitch-result never set the level', {
        timeout: TIMEOUT,
      });

      await answerSelfCheck(card as HTMLElement & Updating, rlsScenarios.matches);
      await waitUntil(() => doc.querySelector<HTMLElement>('#rls-result')?.dataset.pattern, 'onlhw-rls-result never arrived', { timeout: TIMEOUT });
      expect(doc.querySelector<HTMLElement>('#rls-result')?.dataset.pattern).to.equal('matches');

      await nextStep(steps as HTMLElement & Updating);
      await waitUntil(() => doc.querySelector<HTMLElement>('#steps-result')?.dataset.step, 'onlhw-step-change never arrived', { timeout: TIMEOUT });
      expect(textOf(doc.querySelector('#steps-result'))).to.equal(`step 2: ${doc.querySelector<HTMLElement>('#steps-result')?.dataset.step}`);
      await eased(steps as HTMLElement & Updating);
      await waitUntil(() => doc.querySelector<HTMLElement>('#steps-result')?.dataset.eased, 'onlhw-steps-complete never arrived', { timeout: TIMEOUT });
      expect(textOf(doc.querySelector('#steps-result'))).to.equal('the cramp eased');
    });
  });

  describe('Vue 3 (examples/vue/, no build step)', () => {
    // The page maps the bare specifier "vue" to Vue's browser build with an import map. The test
    // server rewrites bare imports in every JavaScript file it serves into node_modules paths
    // (app.js's 'vue' becomes Vue's bundler build, which needs a bundler), so the test adds an
    // entry to the page's import map sending that rewritten path back to the browser build the
    // page names, and loads the page as srcdoc (with its relative addresses made absolute).
    // Everything else is the example's own code.
    async function vuePageForTestServer(): Promise<string> {
      const doc = new DOMParser().parseFromString(await fetchText('/examples/vue/index.html'), 'text/html');
      const mapScript = doc.querySelector('script[type="importmap"]');
      if (!mapScript) throw new Error('examples/vue/index.html has no import map');
      const map = JSON.parse(mapScript.textContent ?? '') as { imports: Record<string, string> };
      const appUrl = new URL('/examples/vue/app.js', location.href);
      const served = await fetchText(appUrl.href);
      for (const [specifier, target] of Object.entries(map.imports)) {
        for (const [, rewritten] of served.matchAll(/\bfrom\s*['"]([^'"]+)['"]/g)) {
          const path = new URL(rewritten, appUrl).pathname;
          if (path.startsWith(`/node_modules/${specifier}/`)) map.imports[path] = target;
        }
      }
      mapScript.textContent = JSON.stringify(map);
      // A srcdoc page's relative addresses resolve against this test page: make them absolute.
      for (const el of doc.querySelectorAll('[src], link[href]')) {
        const attribute = el.hasAttribute('src') ? 'src' : 'href';
        el.setAttribute(attribute, new URL(el.getAttribute(attribute) ?? '', new URL('/examples/vue/index.html', location.href)).href);
      }
      return `<!doctype html>${doc.documentElement.outerHTML}`;
    }

    it('maps "vue" to the ES module browser build, and app.js imports it by that name', async () => {
      const doc = new DOMParser().parseFromString(await fetchText('/examples/vue/index.html'), 'text/html');
      const map = JSON.parse(doc.querySelector('script[type="importmap"]')?.textContent ?? '{}');
      expect(map.imports?.vue).to.equal('/node_modules/vue/dist/vue.esm-browser.prod.js');
      await requireBuilt(map.imports.vue, 'npm install');
    });

    it('renders the widget with bound attributes, and the Vue listener receives the result event', async () => {
      const doc = await loadPage({ srcdoc: await vuePageForTestServer() });
      const check = await renderedWidget(doc, 'twitch-redflag-check');
      expect(check.getAttribute('clinic-name'), 'bound as an attribute').to.equal('Lakeside Family Clinic');
      expect(check.getAttribute('booking-url')).to.equal('https://example.org/book');
      expect(textOf(doc.querySelector('#vue-result'))).to.equal('none yet');

      await reachEmergency(check);
      expect(await receivedLevel(doc, '#vue-result')).to.equal('emergency');
      expect(textOf(doc.querySelector('#vue-result'))).to.equal('emergency (chest-pain)');
    });
  });

  describe('WordPress Custom HTML block (examples/wordpress/custom-html-block.html)', () => {
    /** A page shaped like a block theme's post, with theme styles that target the content. */
    const wordpressPage = (blockHtml: string): string => `<!doctype html>
      <html lang="en-US">
        <head>
          <meta charset="utf-8" />
          <title>Leg twitching - Lakeside Family Clinic</title>
          <style>
            body { font-family: Georgia, serif; margin: 0; }
            .entry-content h2 { color: rgb(102, 51, 153); font-size: 3rem; text-transform: uppercase; }
            .entry-content button { background: rgb(255, 0, 0); }
          </style>
        </head>
        <body class="page-template-default page wp-embed-responsive">
          <div class="wp-site-blocks">
            <main class="wp-block-group">
              <article class="page type-page status-publish">
                <h1 class="wp-block-post-title">Leg twitching</h1>
                <div class="entry-content wp-block-post-content is-layout-constrained">
                  <p>Most twitches are harmless. Check yours below.</p>
                  ${blockHtml}
                </div>
              </article>
            </main>
          </div>
        </body>
      </html>`;

    let block: string;
    let script: HTMLScriptElement;
    before(async () => {
      block = await fetchText('/examples/wordpress/custom-html-block.html');
      const parsed = new DOMParser().parseFromString(block, 'text/html');
      const found = parsed.querySelector('script');
      if (!found) throw new Error('the block has no <script>');
      script = found;
    });

    it('is the README snippet: the same script address, version and integrity hash', async () => {
      const readme = readmeSnippet(await fetchText('/README.md')).querySelector('script');
      const { version } = JSON.parse(await fetchText('/package.json')) as { version: string };
      expect(script.getAttribute('src')).to.equal(`https://cdn.jsdelivr.net/npm/leg-health-widgets@${version}/dist/leg-health-widgets.js`);
      expect(script.getAttribute('src'), 'src as in README').to.equal(readme?.getAttribute('src'));
      expect(script.getAttribute('integrity'), 'integrity as in README (scripts/update-snippet.mjs writes both)').to.equal(
        readme?.getAttribute('integrity'),
      );
      expect(script.getAttribute('integrity')).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
      expect(script.getAttribute('crossorigin')).to.equal('anonymous');
      expect(script.hasAttribute('type') || script.hasAttribute('async'), 'a plain classic script').to.equal(false);
      // A Custom HTML block is pasted as is: one script and one widget, nothing else to set up.
      const parsed = new DOMParser().parseFromString(block, 'text/html');
      const tags = [...parsed.head.children, ...parsed.body.children].map((el) => el.localName);
      expect(tags).to.deep.equal(['script', 'twitch-redflag-check']);
    });

    it('renders inside a theme wrapper, untouched by theme styles, with the integrity check on', async () => {
      // The CDN copy is this build's script served locally, with the hash of the bytes the test
      // server sends (it re-compiles JavaScript for the test browsers, so they differ from
      // dist/leg-health-widgets.js.sri): the browser checks `integrity` the same way either way.
      const sri = await sha384('/dist/leg-health-widgets.js');
      const local = block
        .replace(/src="https:\/\/cdn\.jsdelivr\.net\/npm\/[^"]+"/, 'src="/dist/leg-health-widgets.js"')
        .replace(/integrity="[^"]*"/, `integrity="${sri}"`);
      expect(local, 'the block was pointed at the local build').to.include('src="/dist/leg-health-widgets.js"');
      const doc = await loadPage({ srcdoc: wordpressPage(local) });

      const check = await renderedWidget(doc, 'twitch-redflag-check');
      expect(check.closest('.entry-content'), 'inside the theme content').to.not.equal(null);
      const heading = inShadow(check, '[part~="heading"]');
      expect(textOf(heading)).to.equal(twitchText.title);
      // Theme rules for `.entry-content h2` and buttons cannot reach into the shadow root; the
      // theme's font is inherited on purpose.
      const style = getComputedStyle(heading);
      expect(style.color, 'heading colour').to.not.equal('rgb(102, 51, 153)');
      expect(style.textTransform, 'heading case').to.equal('none');
      expect(getComputedStyle(inShadow(check, 'button.primary')).backgroundColor, 'button').to.not.equal('rgb(255, 0, 0)');
      expect(style.fontFamily, 'inherited font').to.include('Georgia');

      await reachEmergency(check);
      expect(textOf(inShadow(check, '[part~="result"]'))).to.include(twitchText.results.emergency.label);
    });

    it('does not run a script whose integrity hash does not match', async () => {
      const tampered = block
        .replace(/src="https:\/\/cdn\.jsdelivr\.net\/npm\/[^"]+"/, 'src="/dist/leg-health-widgets.js"')
        .replace(/integrity="sha384-[^"]*"/, `integrity="sha384-${'A'.repeat(64)}"`);
      const doc = await loadPage({ srcdoc: wordpressPage(tampered) });
      const win = doc.defaultView as (Window & typeof globalThis) | null;
      expect(Boolean(win?.customElements.get('twitch-redflag-check')), 'element defined').to.equal(false);
      expect(Boolean(doc.querySelector('twitch-redflag-check')?.shadowRoot), 'has a shadow root').to.equal(false);
    });
  });
});
