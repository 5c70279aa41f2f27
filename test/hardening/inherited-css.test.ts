// Issue 20, item 7: inherited host CSS. A shadow root stops the page's selectors, not inheritance:
// `white-space`, `text-transform`, `letter-spacing`, `-webkit-text-fill-color`, `cursor`,
// `user-select` and the other inherited properties set on an ancestor reach every element inside
// a widget. The README promises that only the font family and size (and the direction and the
// language) come from the page. test/host-page/inherit-css.html holds the same widgets twice, in
// a plain box and in a box that sets every such property; each element of a
// widget in the hostile box must compute them as its twin in the plain box does.
import { expect } from '@open-wc/testing';
import { openAllDisclosures } from '../harness/widget.js';
import { byId, openPage, rendered, widgetTags, type HostPage } from '../helpers/host-frame.js';
import { nameOf, q, shadowOf } from '../helpers/shadow.js';

/** Inherited properties a page may set on an ancestor; none may reach the widget. */
const inherited = [
  'white-space', 'white-space-collapse', 'text-wrap-mode', 'text-transform', 'letter-spacing', 'word-spacing', 'text-indent',
  'text-align', 'text-shadow', 'font-style', 'font-weight', 'font-variant-caps', 'font-stretch', 'font-feature-settings',
  'font-kerning', 'line-height', 'word-break', 'hyphens', 'overflow-wrap', '-webkit-text-fill-color', 'cursor', 'user-select',
  '-webkit-user-select', 'list-style-type', 'list-style-position', 'writing-mode',
  // Inherited from the page on purpose: the same in both boxes.
  'font-family', 'font-size',
];

function styleOf(page: HostPage, el: Element): CSSStyleDeclaration {
  return page.win.getComputedStyle(el);
}

function mirrored(align: string): string {
  return align === 'left' ? 'right' : align === 'right' ? 'left' : align;
}

/**
 * Every inherited property that computes differently in the hostile widget than in its plain
 * twin, element by element: "property: plain -> hostile (N elements, e.g. p.hint)".
 */
function differences(page: HostPage, plain: Element, hostile: Element): string[] {
  const plainEls = [...shadowOf(plain).querySelectorAll('*')];
  const hostileEls = [...shadowOf(hostile).querySelectorAll('*')];
  const shape = (els: Element[]) => els.map((e) => e.localName).join(' ');
  if (shape(plainEls) !== shape(hostileEls)) throw new Error(`<${plain.localName}>: the two widgets do not show the same elements`);
  const found = new Map<string, { count: number; example: string }>();
  plainEls.forEach((plainEl, i) => {
    const [a, b] = [styleOf(page, plainEl), styleOf(page, hostileEls[i])];
    for (const property of inherited) {
      const before = a.getPropertyValue(property);
      // The hostile box is right to left: a `match-parent` alignment (Firefox's and WebKit's
      // lists) computes to the other side there, as it should.
      const after = property === 'text-align' ? mirrored(b.getPropertyValue(property)) : b.getPropertyValue(property);
      if (before === after) continue;
      const key = `${property}: ${before} -> ${after}`;
      const seen = found.get(key);
      if (seen) seen.count += 1;
      else found.set(key, { count: 1, example: nameOf(plainEl) });
    }
  });
  return [...found].map(([key, { count, example }]) => `${key} (${count} element${count > 1 ? 's' : ''}, e.g. ${example})`);
}

describe('inherited host CSS stops at the widget (issue 20, item 7)', () => {
  it('every element of every widget computes the inherited properties as on a plain page', async () => {
    const page = await openPage('inherit-css.html', { width: 900, height: 900 });
    await rendered(page);
    // Each widget in the state that shows most of its elements: sections, sources and the diary open.
    for (const box of ['plain', 'hostile']) {
      for (const tag of widgetTags) await openAllDisclosures(byId(page, `${box}-${tag.split('-')[0]}`));
    }
    const found: Record<string, string[]> = {};
    for (const tag of widgetTags) {
      const name = tag.split('-')[0];
      found[tag] = differences(page, byId(page, `plain-${name}`), byId(page, `hostile-${name}`));
    }
    expect(found, 'inherited properties that differ from the plain page').to.deep.equal({
      'rls-symptom-card': [],
      'twitch-redflag-check': [],
      'spasm-relief-steps': [],
    });
    expect(page.probe.errors, 'errors').to.deep.equal([]);
  });

  it("keeps the widget's own values where the page set others, and follows the page's font, size and direction", async () => {
    const page = await openPage('inherit-css.html', { width: 900, height: 900 });
    await rendered(page);
    const box = styleOf(page, byId(page, 'hostile'));
    const looks = widgetTags.map((tag) => {
      const el = byId(page, `hostile-${tag.split('-')[0]}`);
      const base = styleOf(page, q(el, '[part~="base"]'));
      const paragraph = styleOf(page, q(el, 'p'));
      const title = styleOf(page, q(el, '#title'));
      const button = styleOf(page, q(el, 'button'));
      return {
        tag,
        fontFamily: base.fontFamily === box.fontFamily,
        fontSize: base.fontSize,
        direction: base.direction,
        titleTransform: title.textTransform,
        whiteSpace: `${paragraph.getPropertyValue('white-space-collapse') || 'collapse'} ${paragraph.getPropertyValue('text-wrap-mode') || 'wrap'}`,
        fill: paragraph.getPropertyValue('-webkit-text-fill-color') === paragraph.color,
        writingMode: paragraph.writingMode,
        indent: paragraph.textIndent,
        spacing: `${paragraph.letterSpacing} ${paragraph.wordSpacing}`,
        font: `${paragraph.fontStyle} ${paragraph.fontWeight}`,
        cursor: `${paragraph.cursor} / ${button.cursor}`,
        select: base.userSelect || base.webkitUserSelect,
      };
    });
    expect(looks).to.deep.equal(
      widgetTags.map((tag) => ({
        tag,
        fontFamily: true,
        fontSize: '19px',
        direction: 'rtl',
        titleTransform: 'none',
        whiteSpace: 'collapse wrap',
        fill: true,
        writingMode: 'horizontal-tb',
        indent: '0px',
        spacing: 'normal 0px',
        font: 'normal 400',
        cursor: 'auto / pointer',
        select: 'text',
      })),
    );
  });

  it('lays a widget out left to right, top to bottom, in a vertical-rl box', async () => {
    const page = await openPage('inherit-css.html', { width: 900, height: 900 });
    await rendered(page);
    const el = byId(page, 'vertical-spasm');
    const base = q(el, '[part~="base"]');
    const title = q(el, '#title');
    const box = base.getBoundingClientRect();
    expect({
      host: styleOf(page, el).writingMode,
      base: styleOf(page, base).writingMode,
      wide: box.width >= 300,
      titleLine: title.getBoundingClientRect().width > title.getBoundingClientRect().height,
      scrolls: base.scrollWidth > base.clientWidth,
    }).to.deep.equal({ host: 'horizontal-tb', base: 'horizontal-tb', wide: true, titleLine: true, scrolls: false });
  });
});
