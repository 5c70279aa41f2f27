// Issue 20, item 1: Lit reads each reactive property's options (`type`, `state`, `attribute`,
// `hasChanged`, `reflect`, `converter`, `noAccessor`, `useDefault`) and its render options through
// the prototype chain. A page that pollutes Object.prototype before the widgets are defined
// (test/host-page/hardening-polluted.html, the keys in its address) must not change how they read
// their attributes, reflect them, or render. The page lives in an iframe, so the pollution stays
// in its window and goes with it.
//
// Only plain values are passed to chai.
import { expect } from '@open-wc/testing';
import { packs } from '../../src/lang/built-in.js';
import { byId, delay, openPage, rendered, type HostPage } from '../helpers/host-frame.js';

/** What a widget shows that its attributes decide, read from its shadow root. */
function shown(page: HostPage, id: string) {
  const el = byId(page, id);
  const root = el.shadowRoot;
  return {
    attributes: el.getAttributeNames().sort(),
    lang: root?.querySelector('[part~="base"]')?.getAttribute('lang') ?? null,
    title: root?.querySelector('#title')?.localName ?? null,
    links: [...(root?.querySelectorAll('a[href^="tel:"]') ?? [])].map((link) => link.getAttribute('href')),
    text: (root?.textContent ?? '').replace(/\s+/g, ' '),
    step: root?.querySelector('#step-heading')?.textContent?.trim() ?? null,
  };
}

const variants = ['type', 'state', 'attribute', 'hasChanged', 'reflect', 'noAccessor', 'useDefault', 'converter', 'type,state,attribute,hasChanged', ''];

describe("Lit's options on a page with a polluted Object.prototype (issue 20)", () => {
  for (const keys of variants) {
    it(`reads and reflects attributes as on a clean page: ${keys || 'every key the page pollutes'}`, async () => {
      const page = await openPage(`hardening-polluted.html${keys ? `?keys=${keys}` : ''}`);
      await rendered(page);
      const rls = shown(page, 'rls');
      const twitch = shown(page, 'twitch');
      const spasm = shown(page, 'spasm');

      const el = byId(page, 'twitch');
      el.setAttribute('heading-level', '2');
      el.setAttribute('lang', 'es');
      el.setAttribute('emergency-number', '999');
      await el.updateComplete.catch(() => false);
      await delay(0);
      const changed = shown(page, 'twitch');

      expect(page.probe.errors, 'errors on the page').to.deep.equal([]);
      expect({ lang: rls.lang, title: rls.title, links: rls.links }).to.deep.equal({ lang: 'es', title: 'h3', links: ['tel:5550100'] });
      expect(rls.text).to.include('Clínica del Lago');
      expect(rls.attributes).to.deep.equal(['clinic-name', 'clinic-phone', 'heading-level', 'id', 'lang', 'sections']);
      expect({ lang: twitch.lang, title: twitch.title, links: twitch.links }).to.deep.equal({ lang: 'en', title: 'h4', links: ['tel:112'] });
      expect(twitch.attributes).to.deep.equal(['emergency-number', 'heading-level', 'id']);
      expect({ title: spasm.title, step: spasm.step }).to.deep.equal({ title: 'h5', step: packs.en.spasm.steps.walk.heading });
      expect(spasm.text).to.include(packs.en.spasm.guided.stepCount({ step: 1, total: 2 }));
      expect({ lang: changed.lang, title: changed.title, links: changed.links }).to.deep.equal({ lang: 'es', title: 'h2', links: ['tel:999'] });
    });
  }
});

describe('a subclass of a widget (issue 20)', () => {
  it('may still declare internal state, which Lit writes `attribute: false` into', async () => {
    const { RlsSymptomCard } = await import('../../src/rls-symptom-card/rls-symptom-card.js');
    class WithState extends RlsSymptomCard {
      static override properties = { note: { state: true } };
      declare note: string;
    }
    customElements.define('hardening-with-state', WithState);
    const el = document.createElement('hardening-with-state') as WithState;
    el.setAttribute('note', 'from an attribute');
    document.body.append(el);
    await el.updateComplete;
    el.note = 'set';
    await el.updateComplete;
    const seen = { note: el.note, observed: (WithState as unknown as { observedAttributes: string[] }).observedAttributes.includes('note') };
    el.remove();
    expect(seen).to.deep.equal({ note: 'set', observed: false });
  });
});
