import { expect, fixture, html } from '@open-wc/testing';
import {
  parseEnum,
  parseIntegerInRange,
  parseLinkUrl,
  parseNameList,
  parsePhoneNumber,
} from '../../src/shared/attributes.js';
import type { BaseFixture } from '../fixtures/base-fixture.js';
import '../fixtures/base-fixture.js';
import { renderWrapper } from '../fixtures/render.js';
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
    text: a.textContent,
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

function emergencyLink(el: BaseFixture): Link {
  const links = [...shadow(el).querySelectorAll('a.emergency-call')];
  if (links.length !== 1) throw new Error(`expected one emergency link, found ${links.length}`);
  return { href: links[0].getAttribute('href'), text: links[0].textContent };
}

/** The tag names of the widget's headings, in order. */
function headings(el: BaseFixture): string[] {
  return [...shadow(el).querySelectorAll('[part=heading]')].map((heading) => heading.localName);
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
    for (const theme of ['light', 'dark', 'auto']) {
      it(`theme="${theme}" sets the class theme-${theme}`, async () => {
        const el = await fixture<BaseFixture>(html`<lhw-base-fixture theme=${theme}></lhw-base-fixture>`);
        expect(themeClasses(el)).to.deep.equal([`theme-${theme}`]);
        expect(warnings.messages).to.deep.equal([]);
      });
    }

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

  describe('parsers', () => {
    it('parseEnum: an allowed value, case- and space-insensitive; else the fallback with one warning', () => {
      const allowed = ['compact', 'full'] as const;
      expect(parseEnum('lhw-t1', 'variant', 'full', allowed, 'compact')).to.equal('full');
      expect(parseEnum('lhw-t1', 'variant', ' FULL ', allowed, 'compact')).to.equal('full');
      expect(parseEnum('lhw-t1', 'variant', '', allowed, 'full')).to.equal('full');
      expect(parseEnum('lhw-t1', 'variant', null, allowed, 'compact')).to.equal('compact');
      expect(warnings.messages).to.deep.equal([]);

      expect(parseEnum('lhw-t1', 'variant', 'huge', allowed, 'compact')).to.equal('compact');
      expect(parseEnum('lhw-t1', 'variant', 'huge', allowed, 'compact')).to.equal('compact');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0])
        .to.include('<lhw-t1>')
        .and.include('variant="huge"')
        .and.include('compact, full');
    });

    it('parseIntegerInRange: whole numbers inside the range only', () => {
      expect(parseIntegerInRange('lhw-t2', 'size', '2', 2, 6, 4)).to.equal(2);
      expect(parseIntegerInRange('lhw-t2', 'size', ' 6 ', 2, 6, 4)).to.equal(6);
      expect(parseIntegerInRange('lhw-t2', 'size', '', 2, 6, 4)).to.equal(4);
      expect(parseIntegerInRange('lhw-t2', 'size', undefined, 2, 6, 4)).to.equal(4);
      expect(warnings.messages).to.deep.equal([]);

      for (const value of ['1', '7', '-3', '3.0', '3e0', '0x3', 'three']) {
        expect(parseIntegerInRange('lhw-t2', 'size', value, 2, 6, 4), value).to.equal(4);
      }
      expect(warnings.messages).to.have.length(7);
      expect(warnings.messages[0]).to.include('size="1"').and.include('from 2 to 6');
    });

    it('parsePhoneNumber: digits, spaces and + - ( ) . only, with at least one digit', () => {
      expect(parsePhoneNumber('lhw-t3', 'phone', ' +1 (555) 010-0100 ')).to.deep.equal({
        text: '+1 (555) 010-0100',
        href: 'tel:+15550100100',
      });
      expect(parsePhoneNumber('lhw-t3', 'phone', '1'.repeat(30))?.href).to.equal(`tel:${'1'.repeat(30)}`);
      expect(parsePhoneNumber('lhw-t3', 'phone', '')).to.equal(undefined);
      expect(warnings.messages).to.deep.equal([]);

      for (const value of ['+-()', '1'.repeat(31), '555 0100 ext 2', '5+55', 'tel:5550100']) {
        expect(parsePhoneNumber('lhw-t3', 'phone', value), value).to.equal(undefined);
      }
      expect(warnings.messages).to.have.length(5);
      expect(warnings.messages[0]).to.include('no phone link is shown');
    });

    it('parsePhoneNumber: an invalid or missing number gives the fallback', () => {
      const fallback = { text: '999', href: 'tel:999' };
      expect(parsePhoneNumber('lhw-t4', 'emergency', 'help!', fallback)).to.equal(fallback);
      expect(parsePhoneNumber('lhw-t4', 'emergency', null, fallback)).to.equal(fallback);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('using 999');
    });

    it('parseLinkUrl: https, http, tel, mailto and relative addresses only', () => {
      expect(parseLinkUrl('lhw-t5', 'href', 'HTTPS://Clinic.Example')).to.equal('https://clinic.example/');
      expect(parseLinkUrl('lhw-t5', 'href', ' mailto:a@b.example ')).to.equal('mailto:a@b.example');
      expect(parseLinkUrl('lhw-t5', 'href', 'book.html')).to.equal(new URL('book.html', document.baseURI).href);
      expect(parseLinkUrl('lhw-t5', 'href', '')).to.equal(undefined);
      expect(warnings.messages).to.deep.equal([]);

      const rejected = ['javascript:void(0)', 'ftp://clinic.example/', 'blob:https://clinic.example/1', 'http://[::1'];
      for (const value of rejected) {
        expect(parseLinkUrl('lhw-t5', 'href', value), value).to.equal(undefined);
      }
      expect(warnings.messages).to.have.length(rejected.length);
    });

    it('parseLinkUrl: shortens a very long value in its warning', () => {
      const long = `javascript:${'x'.repeat(5000)}`;
      expect(parseLinkUrl('lhw-t6', 'href', long)).to.equal(undefined);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0].length).to.be.below(400);
    });

    describe('parseNameList', () => {
      const known = ['overview', 'symptoms', 'self-check'] as const;

      it('keeps the given order and drops repeats', () => {
        expect(parseNameList('lhw-t7', 'sections', 'self-check, overview, self-check', known)).to.deep.equal([
          'self-check',
          'overview',
        ]);
        expect(parseNameList('lhw-t7', 'sections', ' Symptoms ,, OVERVIEW ', known)).to.deep.equal([
          'symptoms',
          'overview',
        ]);
        expect(warnings.messages).to.deep.equal([]);
      });

      it('means all names, in their usual order, when empty', () => {
        for (const value of ['', ' , ', null, undefined]) {
          expect(parseNameList('lhw-t7', 'sections', value, known), String(value)).to.deep.equal([...known]);
        }
        expect(warnings.messages).to.deep.equal([]);
      });

      it('ignores unknown names with one warning naming them', () => {
        expect(parseNameList('lhw-t8', 'sections', 'bogus, overview, nope', known)).to.deep.equal(['overview']);
        expect(parseNameList('lhw-t8', 'sections', 'bogus, overview, nope', known)).to.deep.equal(['overview']);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0])
          .to.include('<lhw-t8> sections')
          .and.include('"bogus, nope"')
          .and.include('overview, symptoms, self-check');
      });

      it('means all names, with a warning, when every name is unknown', () => {
        expect(parseNameList('lhw-t9', 'sections', 'nothing-known', known)).to.deep.equal([...known]);
        expect(warnings.messages).to.have.length(1);
      });
    });
  });
});
