// Issue 20, item 2: a widget whose render fails must not hide the page's fallback content (what a
// clinic puts inside the element: "Call 911 now if ...") behind an empty shadow root 0 px tall.
// The fallback stays on show until a render has succeeded, and again after a render fails; a
// later update draws the widget once it can.
//
// Real failures, on host pages in iframes: a page served as XHTML (Lit's templates cannot be
// parsed as XML, so no widget can draw there: the fallback must stay) and a page without `Intl`
// (the cramp steps' timer formats its clock with it). And a failure on purpose, in this window: a
// subclass whose render throws when told to, first and later, before or half-way through
// putting its DOM in place.
//
// Only plain values are passed to chai.
import { expect } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { TwitchRedflagCheck } from '../../src/twitch-redflag-check/twitch-redflag-check.js';
import { byId, delay, openPage, rendered, waitFor, type HostPage } from '../helpers/host-frame.js';

/** How a widget shows: drawn (its outer box is there), its fallback on screen, its height. */
interface Shown {
  readonly drawn: boolean;
  readonly fallbackShown: boolean;
  readonly height: number;
  /** How many outer boxes its shadow root holds: more than one is a half-drawn leftover. */
  readonly boxes: number;
}

function shownIn(root: Document, id: string): Shown {
  const el = root.getElementById(id);
  if (!el) throw new Error(`no #${id}`);
  const fallback = root.getElementById(`${id}-fallback`);
  return {
    drawn: Boolean(el.shadowRoot?.querySelector('[part~="base"]')),
    fallbackShown: (fallback?.getClientRects().length ?? 0) > 0,
    height: Math.round(el.getBoundingClientRect().height),
    boxes: el.shadowRoot?.querySelectorAll('[part~="base"]').length ?? 0,
  };
}

/** Either drawn, with its fallback off screen, or not drawn, with its fallback on screen; never 0 px tall. */
function isSound(shown: Shown): boolean {
  return shown.height > 0 && shown.drawn !== shown.fallbackShown && shown.boxes <= 1;
}

describe('a failed render keeps the fallback on show (issue 20)', () => {
  it('on a page served as XHTML, every widget keeps its fallback on show, never 0 px tall', async () => {
    const page = await openPage('hardening-xhtml.xhtml');
    expect(page.doc.contentType).to.equal('application/xhtml+xml');
    await rendered(page);
    await delay(50);
    const shown = Object.fromEntries(['rls', 'twitch', 'spasm'].map((id) => [id, shownIn(page.doc, id)]));
    for (const [id, widget] of Object.entries(shown)) expect(isSound(widget), `${id}: ${JSON.stringify(widget)}`).to.equal(true);
  });

  describe('on a page without Intl', () => {
    let page: HostPage;
    beforeEach(async () => {
      page = await openPage('hardening-no-intl.html');
      await rendered(page);
      await delay(50);
    });

    it('the widget that cannot draw keeps its fallback on show; the others draw', () => {
      const shown = Object.fromEntries(['rls', 'twitch', 'spasm'].map((id) => [id, shownIn(page.doc, id)]));
      for (const [id, widget] of Object.entries(shown)) expect(isSound(widget), `${id}: ${JSON.stringify(widget)}`).to.equal(true);
      expect(shown.rls.drawn && shown.twitch.drawn).to.equal(true);
      expect(shown.spasm.fallbackShown).to.equal(true);
    });

    it('once Intl is back, the next update draws it, once', async () => {
      const win = page.win as typeof page.win & { removedIntl: typeof Intl };
      win.Intl = win.removedIntl;
      const spasm = byId(page, 'spasm') as HTMLElement & { requestUpdate(): void; updateComplete: Promise<boolean> };
      spasm.requestUpdate();
      await spasm.updateComplete.catch(() => false);
      await waitFor(() => shownIn(page.doc, 'spasm').drawn, () => `the cramp steps to draw; errors ${JSON.stringify(page.probe.errors)}`);
      const shown = shownIn(page.doc, 'spasm');
      expect(shown).to.deep.include({ drawn: true, fallbackShown: false, boxes: 1 });
      expect(shown.height).to.be.greaterThan(0);
    });
  });

  describe('a render that throws', () => {
    /** What the flaky widget does on its next renders. */
    let failures: ('throw' | 'throw half-way')[] = [];

    /** A value whose text cannot be read: Lit throws while it writes it into the DOM, after the nodes before it. */
    const unreadable = {
      toString(): string {
        throw new Error('a value failed half-way through on purpose');
      },
    };

    class FlakyCheck extends TwitchRedflagCheck {
      protected override renderBody(): TemplateResult {
        const failure = failures.shift();
        if (failure === 'throw') throw new Error('a render failed on purpose');
        if (failure === 'throw half-way') return html`${super.renderBody()}<p>${unreadable}</p>`;
        return super.renderBody();
      }
    }
    customElements.define('hardening-flaky-check', FlakyCheck);

    let el: FlakyCheck;
    const quietly = (promise: Promise<unknown>) => promise.catch(() => false);

    async function update(): Promise<void> {
      el.requestUpdate();
      await quietly(el.updateComplete);
      await delay(0);
    }

    /** Puts the flaky widget, with its fallback, on the page; its first render does what `first` says. */
    function mount(first: typeof failures = []): void {
      failures = first;
      document.body.insertAdjacentHTML(
        'beforeend',
        '<div id="flaky-holder"><hardening-flaky-check id="flaky"><p id="flaky-fallback">Call 911 now if you have chest pain.</p></hardening-flaky-check></div>',
      );
      el = document.getElementById('flaky') as FlakyCheck;
    }

    afterEach(() => document.getElementById('flaky-holder')?.remove());

    it('the first render fails: the fallback stays on show; the next update draws the widget', async () => {
      mount(['throw']);
      await quietly(el.updateComplete);
      await delay(0);
      const failed = shownIn(document, 'flaky');
      await update();
      const drawn = shownIn(document, 'flaky');
      expect(failed).to.deep.include({ drawn: false, fallbackShown: true });
      expect(failed.height).to.be.greaterThan(0);
      expect(drawn).to.deep.include({ drawn: true, fallbackShown: false, boxes: 1 });
    });

    it('a later render fails before or half-way through its DOM: the fallback shows again, with nothing half-drawn; the next update draws it again', async () => {
      mount();
      await quietly(el.updateComplete);
      const first = shownIn(document, 'flaky');
      failures = ['throw'];
      await update();
      const afterThrow = shownIn(document, 'flaky');
      await update();
      const again = shownIn(document, 'flaky');
      failures = ['throw half-way'];
      await update();
      const afterHalfWay = shownIn(document, 'flaky');
      await update();
      const last = shownIn(document, 'flaky');
      expect(first).to.deep.include({ drawn: true, fallbackShown: false, boxes: 1 });
      expect(afterThrow).to.deep.include({ drawn: false, fallbackShown: true, boxes: 0 });
      expect(again).to.deep.include({ drawn: true, fallbackShown: false, boxes: 1 });
      expect(afterHalfWay).to.deep.include({ drawn: false, fallbackShown: true, boxes: 0 });
      expect(last).to.deep.include({ drawn: true, fallbackShown: false, boxes: 1 });
    });
  });
});
