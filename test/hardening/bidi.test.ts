// Bidirectional text (issue 20, part 6): a value the page gives (the clinic's name, its phone, the
// emergency and crisis numbers) must not change the order in which the rest of a sentence reads.
// A clinic name pasted with a right-to-left override (U+202E, from a copied document or on
// purpose) used to turn everything after it round: "Call Lakeside at 555 0100" showed the phone as
// "0010 555". A clinic name written in Arabic or Hebrew swapped the groups of a phone number that
// follows it ("0100 555"). Each value is now stripped of the controls that open an embedding,
// override or isolate, and set apart from its sentence (an isolate, FSI ... PDI, which readers and
// screen readers skip), while every `tel:` link keeps the bare digits.
//
// What is checked is what a visitor sees: each digit's box on screen (Range.getClientRects), in
// Chromium, Firefox and WebKit. Assertions compare plain strings only.
import { expect, fixture, html } from '@open-wc/testing';
import { readClinicSettings } from '../../src/shared/clinic-settings.js';
import '../../src/twitch-redflag-check/define.js';
import type { BaseFixture } from '../fixtures/base-fixture.js';
import '../fixtures/base-fixture.js';
import { spyOnWarnings, type WarningSpy } from '../fixtures/warnings.js';
import { answerScenario, twitchScenarios } from '../harness/twitch.js';
import { settle } from '../harness/widget.js';
import { act, view } from '../helpers/summary.js';

const RLO = '\u202e';
/** Every character that opens or closes an embedding, override or isolate, or marks a direction. */
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const OVERRIDES_AND_EMBEDDINGS = /[\u202a-\u202e]/;

/** Every text node under `root`, across the shadow roots of elements inside it. */
function textNodes(root: Node): Text[] {
  const nodes: Text[] = [];
  const walk = (node: Node): void => {
    if (node instanceof Text) nodes.push(node);
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return nodes;
}

/**
 * Where `value` shows inside `root`: for each place it is on screen, its characters (spaces
 * left out) in the order they stand from left to right. A number that reads as written gives its
 * own digits back: "555 0100" gives "5550100"; turned round it gives "0010555".
 */
function seenLeftToRight(root: Node, value: string): string[] {
  const seen: string[] = [];
  for (const node of textNodes(root)) {
    for (let at = node.data.indexOf(value); at >= 0; at = node.data.indexOf(value, at + value.length)) {
      const boxes: { char: string; left: number }[] = [];
      for (let i = 0; i < value.length; i += 1) {
        if (value[i] === ' ') continue;
        const range = document.createRange();
        range.setStart(node, at + i);
        range.setEnd(node, at + i + 1);
        const [box] = [...range.getClientRects()].filter((rect) => rect.width > 0);
        if (box) boxes.push({ char: value[i], left: box.left });
      }
      if (boxes.length === 0) continue; // not on screen (a closed section)
      seen.push(
        boxes
          .sort((a, b) => a.left - b.left)
          .map((box) => box.char)
          .join(''),
      );
    }
  }
  return seen;
}


describe('bidirectional text in the values a page gives', () => {
  let warnings: WarningSpy;

  beforeEach(() => {
    warnings = spyOnWarnings();
  });

  afterEach(() => {
    warnings.restore();
  });

  describe('clinic-name with a right-to-left override (U+202E)', () => {
    const attributes = `clinic-name="${RLO}Lakeside" clinic-phone="555 0100" emergency-number="112" crisis-number="0800 123 456"`;

    it('reads the phone, emergency and crisis numbers in their order, drops the override and dials bare digits', async () => {
      const el = await fixture<BaseFixture>(`<lhw-base-fixture ${attributes}></lhw-base-fixture>`);
      const root = el.shadowRoot as ShadowRoot;
      expect(
        {
          phone: seenLeftToRight(root, '555 0100'),
          emergency: seenLeftToRight(root, '112'),
          crisis: seenLeftToRight(root, '0800 123 456'),
          name: seenLeftToRight(root, 'Lakeside'),
        },
        'each value as it stands on screen, left to right',
      ).to.deep.equal({ phone: ['5550100'], emergency: ['112'], crisis: ['0800123456'], name: ['Lakeside'] });
      expect(OVERRIDES_AND_EMBEDDINGS.test(root.textContent ?? ''), 'an override or embedding character in the text').to.equal(false);
      expect([...root.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:5550100', 'tel:112', 'tel:0800123456']);
      // What is shown, without the invisible isolates, is what the page wrote, less the override.
      expect(root.querySelector('[part~="contact"] a')?.textContent?.replace(BIDI_CONTROLS, '')).to.equal('Call Lakeside at 555 0100');
      expect(warnings.messages, 'the page did nothing wrong that a warning could fix').to.deep.equal([]);
    });

    it('in the twitching check: the result, its contact link and the summary read in order', async () => {
      const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
        `<twitch-redflag-check ${attributes}></twitch-redflag-check>`,
      );
      expect(seenLeftToRight(el.shadowRoot as ShadowRoot, '112'), '"Call 112" in the safety line').to.deep.equal(['112']);
      await answerScenario(el, twitchScenarios.soon);
      await act(el, 'show');
      const root = el.shadowRoot as ShadowRoot;
      expect(view(el).open, 'the summary view is open').to.equal(true);
      const emergency = seenLeftToRight(root, '112');
      expect(
        { phone: seenLeftToRight(root, '555 0100'), emergency },
        'the contact link under the result and the summary\'s clinic line; "Call 112" on the page',
      ).to.deep.equal({ phone: ['5550100', '5550100'], emergency: emergency.map(() => '112') });
      expect(OVERRIDES_AND_EMBEDDINGS.test(root.textContent ?? ''), 'an override or embedding character in the text').to.equal(false);
    });
  });

  describe('a clinic name written right to left', () => {
    it('leaves the groups of the phone after it in order in the summary ("Your clinic: <name>, 555 0100")', async () => {
      const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
        html`<twitch-redflag-check clinic-name="مركز البحيرة" clinic-phone="555 0100" emergency-number="112"></twitch-redflag-check>`,
      );
      await answerScenario(el, twitchScenarios.soon);
      await act(el, 'show');
      await settle(el);
      expect(seenLeftToRight(el.shadowRoot as ShadowRoot, '555 0100'), 'the phone in the contact link and in the summary').to.deep.equal([
        '5550100',
        '5550100',
      ]);
    });
  });

  describe('readClinicSettings', () => {
    it('strips embedding, override and isolate controls from every value and isolates what it shows (a run of digits needs none); links keep bare digits', () => {
      const site = { tag: 'lhw-bidi-test' };
      const settings = readClinicSettings(site, {
        clinicName: `\u202bLake\u202aside\u202c ${RLO}Clinic\u2066\u2067\u2069`,
        clinicPhone: `${RLO}555 0100`,
        bookingUrl: null,
        emergencyNumber: `\u2067112\u2069`,
        crisisNumber: `${RLO}988`,
        headingLevel: null,
        theme: null,
      });
      const plain = (text: string | undefined) => JSON.stringify(text);
      expect({
        name: plain(settings.name),
        phone: plain(settings.phone?.text),
        phoneHref: settings.phone?.href,
        emergency: plain(settings.emergency.text),
        emergencyHref: settings.emergency.href,
        crisis: plain(settings.crisis?.text),
      }).to.deep.equal({
        name: plain('\u2068Lakeside Clinic\u2069'),
        phone: plain('\u2068555 0100\u2069'),
        phoneHref: 'tel:5550100',
        emergency: plain('112'),
        emergencyHref: 'tel:112',
        crisis: plain('988'),
      });
      expect(warnings.messages, 'invisible controls are not the page author\'s to fix').to.deep.equal([]);
    });
  });
});
