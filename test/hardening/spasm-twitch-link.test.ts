// Issue 20, item 10: the cramp steps' "go to the twitching check" button follows the page. It
// shows while a <twitch-redflag-check> is on the page: when one is added after the steps rendered
// it appears, when it is removed it goes. The steps keep no reference to a check: they look it up
// when the button is pressed, so a check removed in the meantime is neither focused nor kept
// alive, and a check that replaced it is the one focused. One MutationObserver, shared by every
// widget on the page, watches the page's elements, only while the steps are on it.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { packs } from '../../src/lang/built-in.js';
import '../../src/spasm-relief-steps/define.js';
import type { SpasmReliefSteps } from '../../src/spasm-relief-steps/define.js';
import '../../src/twitch-redflag-check/define.js';
import { settle, type Updating } from '../harness/widget.js';
import { byId, openPage, rendered } from '../helpers/host-frame.js';
import { describeElement, q, shadowOf, textOf } from '../helpers/shadow.js';

const { twitching } = packs.en.spasm;

/** What the twitching note offers: the button, or the advice to ask a clinician. */
function note(el: Element): string {
  const shown = q(el, '.twitching');
  const button = shown.querySelector('button');
  if (button) return `button "${textOf(button)}"`;
  return textOf(shown).includes(twitching.askClinician) ? 'ask a clinician' : `neither: ${textOf(shown)}`;
}

/** Polls until `el`'s note says `expected` (the page's observer reports in a microtask). */
async function noteBecomes(el: Updating, expected: string): Promise<string> {
  for (let i = 0; i < 50 && note(el) !== expected; i += 1) {
    await settle(el);
  }
  return note(el);
}

const goTo = `button "${twitching.goToCheck}"`;
const ask = 'ask a clinician';

describe('the cramp steps point to a twitching check only while one is on the page (issue 20, item 10)', () => {
  afterEach(() => fixtureCleanup());

  async function steps(): Promise<{ el: SpasmReliefSteps; page: HTMLElement }> {
    const page = await fixture<HTMLDivElement>(html`<div><spasm-relief-steps></spasm-relief-steps></div>`);
    const el = page.querySelector('spasm-relief-steps') as SpasmReliefSteps;
    await settle(el);
    return { el, page };
  }

  it('shows the button when a check is added later, and takes it away when the check is removed', async () => {
    const { el, page } = await steps();
    const seen = [note(el)];
    const check = document.createElement('twitch-redflag-check');
    page.append(check);
    seen.push(await noteBecomes(el, goTo));
    check.remove();
    seen.push(await noteBecomes(el, ask));
    // Added again somewhere deeper in the page, inside a container added at once.
    const holder = document.createElement('section');
    holder.innerHTML = '<div><twitch-redflag-check></twitch-redflag-check></div>';
    document.body.append(holder);
    try {
      seen.push(await noteBecomes(el, goTo));
      holder.replaceChildren();
      seen.push(await noteBecomes(el, ask));
    } finally {
      holder.remove();
    }
    expect(seen).to.deep.equal([ask, goTo, ask, goTo, ask]);
  });

  it('finds a check that was on the page before the steps, as before', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><twitch-redflag-check></twitch-redflag-check><spasm-relief-steps></spasm-relief-steps></div>`);
    const el = page.querySelector('spasm-relief-steps') as SpasmReliefSteps;
    await settle(el);
    expect(note(el)).to.equal(goTo);
  });

  it('finds a check that the parser inserts after the steps (the script runs before both)', async () => {
    // The steps upgrade as soon as they are parsed, before the check further down exists.
    const iframe = document.createElement('iframe');
    iframe.style.cssText = 'width: 600px; height: 400px; border: 0';
    const loaded = new Promise<void>((resolve) => iframe.addEventListener('load', () => resolve(), { once: true }));
    iframe.srcdoc = `<!doctype html><html lang="en"><head><script src="/dist/leg-health-widgets.js"></script></head><body>
      <spasm-relief-steps></spasm-relief-steps>${'<p>Clinic news.</p>'.repeat(200)}<twitch-redflag-check></twitch-redflag-check></body></html>`;
    document.body.append(iframe);
    try {
      await loaded;
      const el = iframe.contentDocument?.querySelector('spasm-relief-steps') as unknown as Updating | null;
      if (!el) throw new Error('no steps in the frame');
      expect(await noteBecomes(el, goTo)).to.equal(goTo);
    } finally {
      iframe.remove();
    }
  });

  it('a press after the check was removed (before the steps heard of it) does nothing, and throws nothing', async () => {
    const { el, page } = await steps();
    const check = document.createElement('twitch-redflag-check') as HTMLElement & Updating;
    page.append(check);
    expect(await noteBecomes(el, goTo)).to.equal(goTo);
    const button = q<HTMLButtonElement>(el, '.twitching button');
    const errors: string[] = [];
    const onError = (event: ErrorEvent): void => {
      errors.push(event.message);
    };
    window.addEventListener('error', onError);
    try {
      button.focus();
      check.remove();
      button.click(); // in the same task: the page's observer has not reported the removal yet
      await settle(el);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect({
      errors,
      focusOnTheRemovedCheck: document.activeElement === check || shadowOf(check).activeElement !== null,
      note: note(el),
    }).to.deep.equal({ errors: [], focusOnTheRemovedCheck: false, note: ask });
  });

  it('a press goes to the check on the page now, not to one that was removed', async () => {
    // The first check is there before the steps, so that they find it as they connect.
    const page = await fixture<HTMLDivElement>(html`<div><twitch-redflag-check id="first"></twitch-redflag-check><spasm-relief-steps></spasm-relief-steps></div>`);
    const el = page.querySelector('spasm-relief-steps') as SpasmReliefSteps;
    await settle(el);
    expect(note(el)).to.equal(goTo);
    const second = document.createElement('twitch-redflag-check') as HTMLElement & Updating;
    second.id = 'second';
    (page.querySelector('#first') as HTMLElement).replaceWith(second);
    await second.updateComplete;
    q<HTMLButtonElement>(el, '.twitching button').click();
    await settle(el, second);
    expect(`${describeElement(document.activeElement)}#${document.activeElement?.id}`).to.equal('twitch-redflag-check#second');
  });

  it('one shared page observer watches the elements only while cramp steps are on the page, and none is left', async () => {
    const page = await openPage('lifecycle.html');
    await rendered(page);
    /** The live observers, each as what it watches now (its last observe() call). */
    const observers = (): string[] =>
      [...page.probe.observers.values()].map((targets) => {
        const { target, options } = targets[targets.length - 1];
        const where = target === page.doc.documentElement ? '<html>' : String(target);
        return `${where}: lang ${(options?.attributeFilter ?? []).includes('lang')}, elements ${options?.childList === true}, subtree ${options?.subtree === true}`;
      });
    const seen: Record<string, string[]> = { 'three widgets': observers() };
    const spasm = byId(page, 'early-spasm');
    spasm.remove();
    seen['no cramp steps'] = observers();
    byId(page, 'second').append(spasm);
    await settle(spasm);
    seen['cramp steps back'] = observers();
    byId(page, 'first').remove();
    byId(page, 'second').replaceChildren();
    seen['no widget'] = observers();
    const both = ['<html>: lang true, elements true, subtree true'];
    expect(seen).to.deep.equal({
      'three widgets': both,
      'no cramp steps': ['<html>: lang true, elements false, subtree true'],
      'cramp steps back': both,
      'no widget': [],
    });
    expect(page.probe.errors, 'errors').to.deep.equal([]);
  });
});
