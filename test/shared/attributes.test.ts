import { expect, fixture, html } from '@open-wc/testing';
import '../../src/rls-symptom-card/define.js';
import '../../src/spasm-relief-steps/define.js';
import '../../src/twitch-redflag-check/define.js';
import {
  parseEnum,
  parseIntegerInRange,
  parseLinkUrl,
  parseNameList,
  parsePhoneNumber,
  type AttributeSite,
} from '../../src/shared/attributes.js';
import type { BaseFixture } from '../fixtures/base-fixture.js';
import '../fixtures/base-fixture.js';
import { renderWrapper } from '../fixtures/render.js';
import { withoutIsolates } from '../helpers/shadow.js';
import { spyOnWarnings, type WarningSpy } from '../fixtures/warnings.js';

// Warnings are de-duplicated per message for the page's lifetime: every test that counts
// warnings uses values that no other test in this file uses.

// Helpers return plain values (text, hrefs, counts), never elements: @web/test-runner cannot send
// an element from the browser to its reporter, so a failing assertion on one hangs the run.

function shadow(el: BaseFixture): ShadowRoot {
  if (!el.shadowRoot) throw new Error('the widget has no shadow root');
  return el.shadowRoot;
}

/** How many elements inside the widget's shadow root match `selector`. */
function count(el: BaseFixture, selector: string): number {
  return shadow(el).querySelectorAll(selector).length;
}

interface Link {
  readonly href: string | null;
  readonly text: string | null;
}

function contactLinks(el: BaseFixture): Link[] {
  return [...shadow(el).querySelectorAll('[part=contact] a')].map((a) => ({
    href: a.getAttribute('href'),
    text: withoutIsolates(a.textContent ?? ''),
  }));
}

/** The clinic's phone link, if shown. */
function phoneLink(el: BaseFixture): Link | undefined {
  return contactLinks(el).find((link) => link.href?.startsWith('tel:') && link.text?.startsWith('Call '));
}

/** The clinic's booking link, if shown. */
function bookingLink(el: BaseFixture): Link | undefined {
  return contactLinks(el).find((link) => link.text?.startsWith('Book an appointment'));
}

/** The text of the contact list's items, whether each is a link or plain text. */
function contactItems(el: BaseFixture): string[] {
  return [...shadow(el).querySelectorAll('[part=contact] li')].map((li) => withoutIsolates(li.textContent ?? '').trim());
}

/** The crisis line's link, if shown. */
function crisisLink(el: BaseFixture): Link | undefined {
  const link = shadow(el).querySelector('.crisis-line a');
  return link ? { href: link.getAttribute('href'), text: withoutIsolates(link.textContent ?? '') } : undefined;
}

function emergencyLink(el: BaseFixture): Link {
  const links = [...shadow(el).querySelectorAll('a.emergency-call')];
  if (links.length !== 1) throw new Error(`expected one emergency link, found ${links.length}`);
  return { href: links[0].getAttribute('href'), text: withoutIsolates(links[0].textContent ?? '') };
}

/** The tag names of the widget's headings, in order. */
function headings(el: BaseFixture): string[] {
  return [...shadow(el).querySelectorAll('[part=heading]')].map((heading) => heading.localName);
}

/** The setup notice as its reader sees it: its role, language and items; null when none shows. */
function setupNotice(el: Element): { role: string | null; lang: string | null; items: string[] } | null {
  const notice = el.shadowRoot?.querySelector('[part~="setup-notice"]');
  if (!notice) return null;
  return {
    role: notice.getAttribute('role'),
    lang: notice.getAttribute('lang'),
    items: [...notice.querySelectorAll('li')].map((li) => li.textContent?.trim() ?? ''),
  };
}

/** Where a unit test reads an attribute: a tag for the warnings, and a map for the setup notice. */
function site(tag: string): AttributeSite & { problems: Map<string, string> } {
  return { tag, problems: new Map() };
}

/** The theme-… classes of the widget's outer box. */
function themeClasses(el: BaseFixture): string[] {
  const base = shadow(el).querySelector('[part=base]');
  if (!base) throw new Error('no [part=base]');
  return [...base.classList].filter((name) => name.startsWith('theme-'));
}

describe('shared attributes', () => {
  let warnings: WarningSpy;

  beforeEach(() => {
    warnings = spyOnWarnings();
  });

  afterEach(() => {
    warnings.restore();
  });

  describe('clinic-phone', () => {
    it('shows no contact links when the page sets neither phone nor booking', async () => {
      const el = await fixture<BaseFixture>(html`<lhw-base-fixture></lhw-base-fixture>`);
      expect(count(el, '[part=contact]')).to.equal(0);
      expect(warnings.messages).to.deep.equal([]);
    });

    for (const [value, href] of [
      ['555 0100', 'tel:5550100'],
      ['+1 (555) 010-0100', 'tel:+15550100100'],
      ['555.010.0100', 'tel:5550100100'],
    ] as const) {
      it(`"${value}" dials ${href}`, async () => {
        const el = await fixture<BaseFixture>(html`<lhw-base-fixture clinic-phone=${value}></lhw-base-fixture>`);
        expect(phoneLink(el)).to.deep.equal({ href, text: `Call your clinic at ${value}` });
        expect(warnings.messages).to.deep.equal([]);
      });
    }

    for (const value of ['call us', '555<script>']) {
      it(`"${value}" shows no phone link and warns once`, async () => {
        const wrapper = await renderWrapper(html`<div>
          <lhw-base-fixture clinic-phone=${value}></lhw-base-fixture>
          <lhw-base-fixture clinic-phone=${value}></lhw-base-fixture>
        </div>`);
        for (const el of wrapper.querySelectorAll('lhw-base-fixture')) {
          await el.updateComplete;
          expect(phoneLink(el)).to.equal(undefined);
          expect(count(el, '[part=contact]')).to.equal(0);
          expect(count(el, 'script')).to.equal(0);
        }
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.include('clinic-phone').and.include(JSON.stringify(value));
      });
    }

    for (const [value, href] of [
      ['555 0100 ext. 2', 'tel:5550100;ext=2'],
      ['555 0100 x2', 'tel:5550100;ext=2'],
      ['(555) 010-0100, extension 12', 'tel:5550100100;ext=12'],
    ] as const) {
      it(`"${value}" keeps its link with the extension (${href}) and shows the number as written`, async () => {
        const el = await fixture<BaseFixture>(html`<lhw-base-fixture clinic-phone=${value}></lhw-base-fixture>`);
        expect(phoneLink(el)).to.deep.equal({ href, text: `Call your clinic at ${value}` });
        expect(warnings.messages).to.deep.equal([]);
      });
    }

    it('"1-800-LAKESIDE" shows as text to read, with no link, and warns once', async () => {
      const wrapper = await renderWrapper(html`<div>
        <lhw-base-fixture clinic-name="Lakeside Clinic" clinic-phone="1-800-LAKESIDE"></lhw-base-fixture>
        <lhw-base-fixture clinic-name="Lakeside Clinic" clinic-phone="1-800-LAKESIDE"></lhw-base-fixture>
      </div>`);
      for (const el of wrapper.querySelectorAll('lhw-base-fixture')) {
        await el.updateComplete;
        expect(contactItems(el)).to.deep.equal(['Call Lakeside Clinic at 1-800-LAKESIDE']);
        expect(phoneLink(el), 'no phone link').to.equal(undefined);
        expect(count(el, '[part=contact] a'), 'no link in the contact list').to.equal(0);
      }
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('clinic-phone').and.include('"1-800-LAKESIDE"').and.include('shown as text');
    });

    it('a number with letters keeps the booking link beside it', async () => {
      const el = await fixture<BaseFixture>(
        html`<lhw-base-fixture clinic-phone="1-800-LEGS-NOW" booking-url="https://clinic.example/book"></lhw-base-fixture>`,
      );
      expect(contactItems(el)).to.deep.equal(['Call your clinic at 1-800-LEGS-NOW', 'Book an appointment with your clinic']);
      expect(contactLinks(el).map((link) => link.href)).to.deep.equal(['https://clinic.example/book']);
    });

    it('follows changes after the first render', async () => {
      const el = await fixture<BaseFixture>(html`<lhw-base-fixture></lhw-base-fixture>`);
      el.setAttribute('clinic-phone', '555 0177');
      await el.updateComplete;
      expect(phoneLink(el)?.href).to.equal('tel:5550177');
      el.removeAttribute('clinic-phone');
      await el.updateComplete;
      expect(phoneLink(el)).to.equal(undefined);
    });
  });

  describe('booking-url', () => {
    for (const value of [
      'https://clinic.example/book',
      'http://clinic.example/book?visit=legs',
      'tel:+15550100',
      'mailto:desk@clinic.example?subject=Appointment',
    ]) {
      it(`accepts ${value}`, async () => {
        const el = await fixture<BaseFixture>(html`<lhw-base-fixture booking-url=${value}></lhw-base-fixture>`);
        expect(bookingLink(el)).to.deep.equal({ href: value, text: 'Book an appointment with your clinic' });
        expect(warnings.messages).to.deep.equal([]);
      });
    }

    for (const [value, href] of [
      ['www.lakesideclinic.com/book', 'https://www.lakesideclinic.com/book'],
      ['lakesideclinic.com/book?x=1', 'https://lakesideclinic.com/book?x=1'],
      ['WWW.LakesideClinic.com', 'https://www.lakesideclinic.com/'],
    ] as const) {
      it(`reads the bare web address ${value} as ${href}, with no warning`, async () => {
        const el = await fixture<BaseFixture>(html`<lhw-base-fixture booking-url=${value}></lhw-base-fixture>`);
        expect(bookingLink(el)).to.deep.equal({ href, text: 'Book an appointment with your clinic' });
        expect(warnings.messages).to.deep.equal([]);
      });
    }

    for (const value of ['book.html', '/book', '../book']) {
      it(`still resolves ${value} against the page, not as a web address`, async () => {
        const el = await fixture<BaseFixture>(html`<lhw-base-fixture booking-url=${value}></lhw-base-fixture>`);
        expect(bookingLink(el)?.href).to.equal(new URL(value, document.baseURI).href);
        expect(warnings.messages).to.deep.equal([]);
      });
    }

    it('accepts a relative address, resolved against the page', async () => {
      const el = await fixture<BaseFixture>(html`<lhw-base-fixture booking-url="/appointments?for=legs"></lhw-base-fixture>`);
      expect(bookingLink(el)?.href).to.equal(
        new URL('/appointments?for=legs', document.baseURI).href,
      );
      expect(warnings.messages).to.deep.equal([]);
    });

    for (const value of [
      'javascript:alert(1)',
      '  JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:x',
      'http://exa mple.com',
    ]) {
      it(`drops ${JSON.stringify(value)} with a warning and shows no booking link`, async () => {
        const el = await fixture<BaseFixture>(
          html`<lhw-base-fixture clinic-phone="555 0111" booking-url=${value}></lhw-base-fixture>`,
        );
        expect(bookingLink(el)?.href, 'booking link').to.equal(undefined);
        expect(phoneLink(el)?.href, 'the valid phone link still shows').to.equal('tel:5550111');
        const protocols = [...shadow(el).querySelectorAll('a')].map((a) => a.protocol);
        expect(protocols.filter((protocol) => !['https:', 'http:', 'tel:', 'mailto:'].includes(protocol))).to.deep.equal([]);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.include('booking-url').and.include('not shown');
      });
    }
  });

  describe('clinic-name', () => {
    it('shows markup as literal text and creates no element from it', async () => {
      const name = '<img src=x onerror=alert(1)>';
      const el = await fixture<BaseFixture>(
        html`<lhw-base-fixture clinic-name=${name} clinic-phone="555 0102"></lhw-base-fixture>`,
      );
      expect(phoneLink(el)?.text).to.equal(`Call ${name} at 555 0102`);
      expect(count(el, 'img')).to.equal(0);
      expect(el.querySelectorAll('img').length).to.equal(0);
    });

    it('shows <b> as text in the booking link, not bold', async () => {
      const el = await fixture<BaseFixture>(
        html`<lhw-base-fixture clinic-name=${'<b>Bold</b>'} booking-url="https://clinic.example/"></lhw-base-fixture>`,
      );
      expect(bookingLink(el)?.text).to.equal('Book an appointment with <b>Bold</b>');
      expect(count(el, 'b')).to.equal(0);
    });

    it('uses the trimmed name, and "your clinic" for a blank one', async () => {
      const named = await fixture<BaseFixture>(
        html`<lhw-base-fixture clinic-name="  Leg Clinic  " clinic-phone="555 0103"></lhw-base-fixture>`,
      );
      expect(phoneLink(named)?.text).to.equal('Call Leg Clinic at 555 0103');
      const blank = await fixture<BaseFixture>(
        html`<lhw-base-fixture clinic-name="   " clinic-phone="555 0103"></lhw-base-fixture>`,
      );
      expect(phoneLink(blank)?.text).to.equal('Call your clinic at 555 0103');
    });
  });

  describe('emergency-number', () => {
    it('dials 911 by default', async () => {
      const el = await fixture<BaseFixture>(html`<lhw-base-fixture></lhw-base-fixture>`);
      expect(emergencyLink(el)).to.deep.equal({ href: 'tel:911', text: 'Call 911' });
    });

    it('dials a valid custom number', async () => {
      const el = await fixture<BaseFixture>(html`<lhw-base-fixture emergency-number="112"></lhw-base-fixture>`);
      expect(emergencyLink(el)).to.deep.equal({ href: 'tel:112', text: 'Call 112' });
      const uk = await fixture<BaseFixture>(html`<lhw-base-fixture emergency-number="+44 (0) 999"></lhw-base-fixture>`);
      expect(emergencyLink(uk)).to.deep.equal({ href: 'tel:+440999', text: 'Call +44 (0) 999' });
      expect(warnings.messages).to.deep.equal([]);
    });

    it('falls back to 911 with a warning for an invalid number', async () => {
      const el = await fixture<BaseFixture>(html`<lhw-base-fixture emergency-number="dial 999"></lhw-base-fixture>`);
      expect(emergencyLink(el)).to.deep.equal({ href: 'tel:911', text: 'Call 911' });
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('emergency-number').and.include('"dial 999"').and.include('911');
    });

    it('falls back to 911 for a number with letters: the emergency link must always dial', async () => {
      const el = await fixture<BaseFixture>(html`<lhw-base-fixture emergency-number="1-800-HELP-NOW"></lhw-base-fixture>`);
      expect(emergencyLink(el)).to.deep.equal({ href: 'tel:911', text: 'Call 911' });
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('emergency-number').and.include('"1-800-HELP-NOW"').and.include('using 911');
    });

    it('dials a number with an extension', async () => {
      const el = await fixture<BaseFixture>(html`<lhw-base-fixture emergency-number="555 0199 ext. 3"></lhw-base-fixture>`);
      expect(emergencyLink(el)).to.deep.equal({ href: 'tel:5550199;ext=3', text: 'Call 555 0199 ext. 3' });
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  describe('crisis-number', () => {
    it('dials 988 by default', async () => {
      const el = await fixture<BaseFixture>(html`<lhw-base-fixture></lhw-base-fixture>`);
      expect(crisisLink(el)).to.deep.equal({ href: 'tel:988', text: 'Call 988' });
    });

    it('dials a valid custom number, and an empty value hides the line', async () => {
      const custom = await fixture<BaseFixture>(html`<lhw-base-fixture crisis-number="116 123"></lhw-base-fixture>`);
      expect(crisisLink(custom)).to.deep.equal({ href: 'tel:116123', text: 'Call 116 123' });
      const hidden = await fixture<BaseFixture>(html`<lhw-base-fixture crisis-number=""></lhw-base-fixture>`);
      expect(crisisLink(hidden)).to.equal(undefined);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('falls back to 988 for a number with letters, with one warning', async () => {
      const el = await fixture<BaseFixture>(html`<lhw-base-fixture crisis-number="1-800-TALK-NOW"></lhw-base-fixture>`);
      expect(crisisLink(el)).to.deep.equal({ href: 'tel:988', text: 'Call 988' });
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('crisis-number').and.include('"1-800-TALK-NOW"').and.include('using 988');
    });
  });

  describe('heading-level', () => {
    it('defaults to h2 for the top heading and h3 below it', async () => {
      const el = await fixture<BaseFixture>(html`<lhw-base-fixture></lhw-base-fixture>`);
      expect(headings(el)).to.deep.equal(['h2', 'h3', 'h3']);
    });

    for (const level of [2, 3, 4, 5, 6]) {
      it(`heading-level="${level}" gives h${level}, and h${Math.min(6, level + 1)} below it`, async () => {
        const el = await fixture<BaseFixture>(html`<lhw-base-fixture heading-level=${level}></lhw-base-fixture>`);
        const sub = `h${Math.min(6, level + 1)}`;
        expect(headings(el)).to.deep.equal([`h${level}`, sub, sub]);
        expect(shadow(el).querySelector(`h${level}`)?.textContent).to.equal('Fixture heading');
        expect(warnings.messages).to.deep.equal([]);
      });
    }

    for (const value of ['1', '7', 'two', '2.5']) {
      it(`falls back to h2 with a warning for "${value}"`, async () => {
        const el = await fixture<BaseFixture>(html`<lhw-base-fixture heading-level=${value}></lhw-base-fixture>`);
        expect(headings(el)).to.deep.equal(['h2', 'h3', 'h3']);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.include('heading-level').and.include(`"${value}"`);
      });
    }

    it('follows a change after the first render', async () => {
      const el = await fixture<BaseFixture>(html`<lhw-base-fixture heading-level="3"></lhw-base-fixture>`);
      el.setAttribute('heading-level', '5');
      await el.updateComplete;
      expect(headings(el)).to.deep.equal(['h5', 'h6', 'h6']);
    });
  });

  describe('theme', () => {
    // On a page that supports both colour schemes, so `auto` may follow the system (theme.test.ts
    // tests what `auto` does on a page that does not).
    let rootScheme: string;

    beforeEach(() => {
      rootScheme = document.documentElement.style.colorScheme;
      document.documentElement.style.colorScheme = 'light dark';
    });

    afterEach(() => {
      document.documentElement.style.colorScheme = rootScheme;
    });

    for (const theme of ['light', 'dark', 'auto']) {
      it(`theme="${theme}" sets the class theme-${theme}`, async () => {
        const el = await fixture<BaseFixture>(html`<lhw-base-fixture theme=${theme}></lhw-base-fixture>`);
        expect(themeClasses(el)).to.deep.equal([`theme-${theme}`]);
        expect(warnings.messages).to.deep.equal([]);
      });
    }

    it('theme="auto" on a page without a dark colour scheme sets theme-light', async () => {
      document.documentElement.style.colorScheme = '';
      const el = await fixture<BaseFixture>(html`<lhw-base-fixture theme="auto"></lhw-base-fixture>`);
      expect(themeClasses(el)).to.deep.equal(['theme-light']);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('defaults to auto', async () => {
      const el = await fixture<BaseFixture>(html`<lhw-base-fixture></lhw-base-fixture>`);
      expect(themeClasses(el)).to.deep.equal(['theme-auto']);
    });

    it('ignores case and spaces', async () => {
      const el = await fixture<BaseFixture>(html`<lhw-base-fixture theme=" Dark "></lhw-base-fixture>`);
      expect(themeClasses(el)).to.deep.equal(['theme-dark']);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('falls back to auto with a warning for an invalid value', async () => {
      const el = await fixture<BaseFixture>(html`<lhw-base-fixture theme="sepia"></lhw-base-fixture>`);
      expect(themeClasses(el)).to.deep.equal(['theme-auto']);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('theme').and.include('"sepia"');
    });
  });

  describe('setup notice', () => {
    // For a clinic's web editor checking the page before publishing: the rejected attributes, in
    // words, inside the widget. Only with `setup-check`, `?lhw-check` or `?preview=true`.

    it('with setup-check, lists each rejected attribute in words, as a note in English', async () => {
      const el = await fixture<BaseFixture>(html`<lhw-base-fixture
        setup-check
        lang="es"
        clinic-phone="call the front desk"
        booking-url="javascript:alert(31)"
        emergency-number="1-800-SOS-CALL"
        heading-level="nine"
        theme="sepia-notice"
      ></lhw-base-fixture>`);
      const notice = setupNotice(el);
      expect(notice?.role).to.equal('note');
      expect(notice?.lang, 'English like the console warnings, in a Spanish widget').to.equal('en');
      const expected = [
        'clinic-phone="call the front desk"',
        'booking-url="javascript:alert(31)"',
        'emergency-number="1-800-SOS-CALL"',
        'heading-level="nine"',
        'theme="sepia-notice"',
      ];
      expect(notice?.items.length).to.equal(expected.length);
      for (const [index, attribute] of expected.entries()) {
        expect(notice?.items[index], attribute).to.include(`<lhw-base-fixture> ${attribute} is not valid`);
      }
      // Each item says what the widget does instead, as the warning does.
      expect(notice?.items[2]).to.include('using 911');
      expect(notice?.items).to.deep.equal(warnings.messages.map((message) => message.replace('[leg-health-widgets] ', '')));
    });

    it('goes away, item by item, as the attributes are fixed', async () => {
      const el = await fixture<BaseFixture>(html`<lhw-base-fixture
        setup-check
        clinic-phone="1-800-FIX-ME"
        booking-url="ftp://clinic.example/fix"
      ></lhw-base-fixture>`);
      expect(setupNotice(el)?.items.length).to.equal(2);

      el.setAttribute('clinic-phone', '1-800-555-0100');
      await el.updateComplete;
      expect(setupNotice(el)?.items.length).to.equal(1);
      expect(setupNotice(el)?.items[0]).to.include('booking-url="ftp://clinic.example/fix"');

      el.setAttribute('booking-url', 'www.lakesideclinic.com/fixed');
      await el.updateComplete;
      expect(setupNotice(el), 'every attribute fixed').to.equal(null);
      expect(count(el, '[part~="setup-notice"]')).to.equal(0);
    });

    it('never shows without setup-check on a plain page: visitors never see it', async () => {
      expect(new URLSearchParams(location.search).has('lhw-check'), 'the test page is a plain page').to.equal(false);
      const el = await fixture<BaseFixture>(html`<lhw-base-fixture
        clinic-phone="call us later"
        booking-url="data:text/html,hidden"
        heading-level="eleven"
      ></lhw-base-fixture>`);
      expect(setupNotice(el)).to.equal(null);
      expect(warnings.messages, 'the console still says it').to.have.length(3);

      el.setAttribute('setup-check', '');
      await el.updateComplete;
      expect(setupNotice(el)?.items.length, 'shown once the editor asks').to.equal(3);
      el.removeAttribute('setup-check');
      await el.updateComplete;
      expect(setupNotice(el), 'gone when setup-check is removed before publishing').to.equal(null);
    });

    it('shows nothing with setup-check when every attribute is fine', async () => {
      const el = await fixture<BaseFixture>(html`<lhw-base-fixture
        setup-check
        clinic-phone="555 0100 ext. 7"
        booking-url="lakesideclinic.com/book"
      ></lhw-base-fixture>`);
      expect(setupNotice(el)).to.equal(null);
    });

    describe('on a page address that asks for it', () => {
      let address: string;

      beforeEach(() => {
        address = location.href;
      });

      afterEach(() => {
        history.replaceState(history.state, '', address);
      });

      /** The test page's own address with `query` added (the runner's own parameters kept). */
      function withQuery(query: string): string {
        const url = new URL(address);
        url.search = `${url.search ? `${url.search}&` : '?'}${query}`;
        return url.href;
      }

      for (const [query, shown] of [
        ['lhw-check', true],
        ['lhw-check=1', true],
        ['preview=true', true],
        ['preview=false', false],
        ['preview=1', false],
        ['lhw-checked', false],
      ] as const) {
        it(`?${query} ${shown ? 'shows' : 'does not show'} it, without setup-check`, async () => {
          history.replaceState(history.state, '', withQuery(query));
          const el = await fixture<BaseFixture>(html`<lhw-base-fixture heading-level=${`h${query}`}></lhw-base-fixture>`);
          expect(setupNotice(el)?.items.length ?? 0).to.equal(shown ? 1 : 0);
        });
      }

      it('#lhw-check in the fragment does not show it', async () => {
        history.replaceState(history.state, '', `${address.split('#')[0]}#lhw-check`);
        const el = await fixture<BaseFixture>(html`<lhw-base-fixture heading-level="fragment"></lhw-base-fixture>`);
        expect(setupNotice(el)).to.equal(null);
      });
    });

    it("lists each element's own attributes too", async () => {
      const wrapper = await renderWrapper(html`<div>
        <rls-symptom-card setup-check sections="bogus-notice, overview" variant="tiny-notice"></rls-symptom-card>
        <spasm-relief-steps setup-check mode="fast-notice" muscle="elbow-notice"></spasm-relief-steps>
        <twitch-redflag-check setup-check clinic-phone="1-800-TWITCH"></twitch-redflag-check>
      </div>`);
      const [rls, spasm, twitch] = [...wrapper.children];
      expect(setupNotice(rls)?.items.map((item) => item.split(' ').slice(0, 2).join(' '))).to.deep.equal([
        '<rls-symptom-card> sections',
        '<rls-symptom-card> variant="tiny-notice"',
      ]);
      expect(setupNotice(spasm)?.items.map((item) => item.split(' ').slice(0, 2).join(' '))).to.deep.equal([
        '<spasm-relief-steps> mode="fast-notice"',
        '<spasm-relief-steps> muscle="elbow-notice"',
      ]);
      expect(setupNotice(twitch)?.items).to.have.length(1);
      expect(setupNotice(twitch)?.items[0]).to.include('clinic-phone="1-800-TWITCH"').and.include('shown as text');
    });

    describe('accessibility (axe) with the notice shown', () => {
      for (const theme of ['light', 'dark']) {
        it(`passes in the fixture, ${theme} theme`, async () => {
          const el = await fixture<BaseFixture>(
            html`<lhw-base-fixture setup-check theme=${theme} clinic-phone="1-800-AXE-TEST" booking-url="vbscript:axe"></lhw-base-fixture>`,
          );
          expect(setupNotice(el)?.items.length).to.equal(2);
          await expect(el).to.be.accessible();
        });
      }

      for (const tag of ['rls-symptom-card', 'twitch-redflag-check', 'spasm-relief-steps'] as const) {
        it(`passes in <${tag}>`, async () => {
          const wrapper = await renderWrapper(
            `<div><${tag} setup-check heading-level="axe-${tag}" theme="sepia-axe"></${tag}></div>`,
          );
          const el = wrapper.querySelector(tag)!;
          expect(setupNotice(el)?.items.length).to.equal(2);
          await expect(el).to.be.accessible();
        });
      }
    });
  });

  describe('parsers', () => {
    it('parseEnum: an allowed value, case- and space-insensitive; else the fallback with one warning', () => {
      const allowed = ['compact', 'full'] as const;
      const at = site('lhw-t1');
      expect(parseEnum(at, 'variant', 'full', allowed, 'compact')).to.equal('full');
      expect(parseEnum(at, 'variant', ' FULL ', allowed, 'compact')).to.equal('full');
      expect(parseEnum(at, 'variant', '', allowed, 'full')).to.equal('full');
      expect(parseEnum(at, 'variant', null, allowed, 'compact')).to.equal('compact');
      expect(warnings.messages).to.deep.equal([]);

      expect(parseEnum(at, 'variant', 'huge', allowed, 'compact')).to.equal('compact');
      expect(parseEnum(at, 'variant', 'huge', allowed, 'compact')).to.equal('compact');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0])
        .to.include('<lhw-t1>')
        .and.include('variant="huge"')
        .and.include('compact, full');
    });

    it('parseIntegerInRange: whole numbers inside the range only', () => {
      const at = site('lhw-t2');
      expect(parseIntegerInRange(at, 'size', '2', 2, 6, 4)).to.equal(2);
      expect(parseIntegerInRange(at, 'size', ' 6 ', 2, 6, 4)).to.equal(6);
      expect(parseIntegerInRange(at, 'size', '', 2, 6, 4)).to.equal(4);
      expect(parseIntegerInRange(at, 'size', undefined, 2, 6, 4)).to.equal(4);
      expect(warnings.messages).to.deep.equal([]);

      for (const value of ['1', '7', '-3', '3.0', '3e0', '0x3', 'three']) {
        expect(parseIntegerInRange(at, 'size', value, 2, 6, 4), value).to.equal(4);
      }
      expect(warnings.messages).to.have.length(7);
      expect(warnings.messages[0]).to.include('size="1"').and.include('from 2 to 6');
    });

    it('parsePhoneNumber: digits, spaces and + - ( ) . only, with at least one digit', () => {
      const at = site('lhw-t3');
      expect(parsePhoneNumber(at, 'phone', ' +1 (555) 010-0100 ')).to.deep.equal({
        text: '+1 (555) 010-0100',
        href: 'tel:+15550100100',
      });
      expect(parsePhoneNumber(at, 'phone', '1'.repeat(30))?.href).to.equal(`tel:${'1'.repeat(30)}`);
      expect(parsePhoneNumber(at, 'phone', '')).to.equal(undefined);
      expect(warnings.messages).to.deep.equal([]);

      const rejected = ['+-()', '1'.repeat(31), '555 0100 ext', '5+55', 'tel:5550100'];
      for (const value of rejected) {
        expect(parsePhoneNumber(at, 'phone', value), value).to.equal(undefined);
      }
      expect(warnings.messages).to.have.length(rejected.length);
      expect(warnings.messages[0]).to.include('no phone link is shown');
    });

    it('parsePhoneNumber: an extension keeps the link (tel:…;ext=N) and the number as written', () => {
      const at = site('lhw-t3x');
      expect(parsePhoneNumber(at, 'phone', '555 0100 ext. 2')).to.deep.equal({ text: '555 0100 ext. 2', href: 'tel:5550100;ext=2' });
      expect(parsePhoneNumber(at, 'phone', '555 0100 x2')).to.deep.equal({ text: '555 0100 x2', href: 'tel:5550100;ext=2' });
      expect(parsePhoneNumber(at, 'phone', '(555) 010-0100, extension 12')).to.deep.equal({
        text: '(555) 010-0100, extension 12',
        href: 'tel:5550100100;ext=12',
      });
      expect(parsePhoneNumber(at, 'phone', '+1 555 0100 EXT 345')?.href).to.equal('tel:+15550100;ext=345');
      expect(warnings.messages).to.deep.equal([]);
      expect([...at.problems.keys()]).to.deep.equal([]);
    });

    it('parsePhoneNumber: a number with letters is text without a link only when the caller allows it, with one warning', () => {
      const at = site('lhw-t3l');
      expect(parsePhoneNumber(at, 'phone', '1-800-LAKESIDE', { keepLettersAsText: true })).to.deep.equal({ text: '1-800-LAKESIDE' });
      expect(parsePhoneNumber(at, 'phone', '1-800-LAKESIDE', { keepLettersAsText: true })).to.deep.equal({ text: '1-800-LAKESIDE' });
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('<lhw-t3l>').and.include('phone="1-800-LAKESIDE"').and.include('shown as text');

      // Letters without a digit are no phone number at all; without the option, letters are refused.
      expect(parsePhoneNumber(at, 'phone', 'CALL-LAKESIDE', { keepLettersAsText: true })).to.equal(undefined);
      const fallback = { text: '911', href: 'tel:911' };
      expect(parsePhoneNumber(at, 'dial', '1-800-LAKESIDE', { fallback })).to.equal(fallback);
      expect(warnings.messages).to.have.length(3);
      expect(warnings.messages[2]).to.include('dial="1-800-LAKESIDE"').and.include('using 911');
    });

    it('parsePhoneNumber: an invalid or missing number gives the fallback', () => {
      const fallback = { text: '999', href: 'tel:999' };
      const at = site('lhw-t4');
      expect(parsePhoneNumber(at, 'emergency', 'help!', { fallback })).to.equal(fallback);
      expect(parsePhoneNumber(at, 'emergency', null, { fallback })).to.equal(fallback);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('using 999');
    });

    it('parseLinkUrl: https, http, tel, mailto and relative addresses only', () => {
      const at = site('lhw-t5');
      expect(parseLinkUrl(at, 'href', 'HTTPS://Clinic.Example')).to.equal('https://clinic.example/');
      expect(parseLinkUrl(at, 'href', ' mailto:a@b.example ')).to.equal('mailto:a@b.example');
      expect(parseLinkUrl(at, 'href', 'book.html')).to.equal(new URL('book.html', document.baseURI).href);
      expect(parseLinkUrl(at, 'href', '')).to.equal(undefined);
      expect(warnings.messages).to.deep.equal([]);

      const rejected = ['javascript:void(0)', 'ftp://clinic.example/', 'blob:https://clinic.example/1', 'http://[::1'];
      for (const value of rejected) {
        expect(parseLinkUrl(at, 'href', value), value).to.equal(undefined);
      }
      expect(warnings.messages).to.have.length(rejected.length);
    });

    it('parseLinkUrl: a bare web address is read as https://; a page-relative address still resolves against the page', () => {
      const at = site('lhw-t5b');
      expect(parseLinkUrl(at, 'href', 'www.lakesideclinic.com/book')).to.equal('https://www.lakesideclinic.com/book');
      expect(parseLinkUrl(at, 'href', 'lakesideclinic.com/book?x=1')).to.equal('https://lakesideclinic.com/book?x=1');
      expect(parseLinkUrl(at, 'href', 'lakeside-clinic.org')).to.equal('https://lakeside-clinic.org/');
      expect(parseLinkUrl(at, 'href', 'www.lakesideclinic.com:8443/book#today')).to.equal('https://www.lakesideclinic.com:8443/book#today');
      for (const value of ['book.html', '/book', '../book', 'book', './lakesideclinic.com/book', '?visit=legs']) {
        expect(parseLinkUrl(at, 'href', value), value).to.equal(new URL(value, document.baseURI).href);
      }
      expect(warnings.messages).to.deep.equal([]);
    });

    it('parseLinkUrl: shortens a very long value in its warning', () => {
      const long = `javascript:${'x'.repeat(5000)}`;
      expect(parseLinkUrl(site('lhw-t6'), 'href', long)).to.equal(undefined);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0].length).to.be.below(400);
    });

    it('records each rejected value where the element keeps them, and forgets it once the value is good', () => {
      const at = site('lhw-t10');
      parseIntegerInRange(at, 'level', '9', 2, 6, 2);
      parseLinkUrl(at, 'href', 'javascript:alert(2)');
      parsePhoneNumber(at, 'phone', '1-800-LAKES', { keepLettersAsText: true });
      parseEnum(at, 'look', 'sepia', ['auto', 'light'], 'auto');
      parseNameList(at, 'parts', 'nope', ['a', 'b']);
      expect([...at.problems.keys()]).to.deep.equal(['level', 'href', 'phone', 'look', 'parts']);
      expect(at.problems.get('level')).to.equal(warnings.messages[0].replace('[leg-health-widgets] ', ''));
      expect(at.problems.get('phone')).to.include('phone="1-800-LAKES"');

      parseIntegerInRange(at, 'level', '3', 2, 6, 2);
      parseLinkUrl(at, 'href', 'www.lakesideclinic.com');
      parsePhoneNumber(at, 'phone', '555 0100 ext. 4', { keepLettersAsText: true });
      parseEnum(at, 'look', null, ['auto', 'light'], 'auto');
      parseNameList(at, 'parts', 'b', ['a', 'b']);
      expect([...at.problems.keys()]).to.deep.equal([]);
      // A site without a map (a tag only) still warns, and keeps nothing.
      expect(parseEnum({ tag: 'lhw-t10' }, 'look', 'sepia-too', ['auto'], 'auto')).to.equal('auto');
      expect(warnings.messages).to.have.length(6);
    });

    describe('parseNameList', () => {
      const known = ['overview', 'symptoms', 'self-check'] as const;

      it('keeps the given order and drops repeats', () => {
        const at = site('lhw-t7');
        expect(parseNameList(at, 'sections', 'self-check, overview, self-check', known)).to.deep.equal([
          'self-check',
          'overview',
        ]);
        expect(parseNameList(at, 'sections', ' Symptoms ,, OVERVIEW ', known)).to.deep.equal([
          'symptoms',
          'overview',
        ]);
        expect(warnings.messages).to.deep.equal([]);
      });

      it('means all names, in their usual order, when empty', () => {
        for (const value of ['', ' , ', null, undefined]) {
          expect(parseNameList(site('lhw-t7'), 'sections', value, known), String(value)).to.deep.equal([...known]);
        }
        expect(warnings.messages).to.deep.equal([]);
      });

      it('ignores unknown names with one warning naming them', () => {
        const at = site('lhw-t8');
        expect(parseNameList(at, 'sections', 'bogus, overview, nope', known)).to.deep.equal(['overview']);
        expect(parseNameList(at, 'sections', 'bogus, overview, nope', known)).to.deep.equal(['overview']);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0])
          .to.include('<lhw-t8> sections')
          .and.include('"bogus, nope"')
          .and.include('overview, symptoms, self-check');
      });

      it('means all names, with a warning, when every name is unknown', () => {
        expect(parseNameList(site('lhw-t9'), 'sections', 'nothing-known', known)).to.deep.equal([...known]);
        expect(warnings.messages).to.have.length(1);
      });
    });
  });
});
