// README's "Match your brand" recipe works as it says: the CSS block of that section, read from
// README.md at test time and put on the page as a clinic pastes it (`:root { ... }`), gives every
// widget the recipe's first colour on its links and buttons with theme="light" and the second
// with theme="dark" (buttons with white text on the first, and near-black, the dark surface
// README names, on the second), and its corner radius and spacing. The same widgets without the
// recipe show none of it, so a recipe that stops applying (a renamed property, a light-dark()
// the widgets do not resolve in the widget's own colour scheme) fails here.
// Only plain values (strings, numbers) are passed to chai: a failing assertion on a DOM element
// can hang the test runner.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../src/rls-symptom-card/define.js';
import '../src/spasm-relief-steps/define.js';
import '../src/twitch-redflag-check/define.js';
import { settle, type Updating } from './harness/widget.js';
import { markdownCodeAfter } from './helpers/markdown.js';
import { nameOf, q, qa } from './helpers/shadow.js';

const tags = ['rls-symptom-card', 'twitch-redflag-check', 'spasm-relief-steps'] as const;
type Theme = 'light' | 'dark';

async function readme(): Promise<string> {
  const response = await fetch('/README.md');
  if (!response.ok) throw new Error(`GET /README.md: ${response.status}`);
  return response.text();
}

/** `#00706b` as browsers compute it: `rgb(0, 112, 107)`. */
function rgb(hex: string): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  return `rgb(${match.slice(1).map((pair) => parseInt(pair, 16)).join(', ')})`;
}

interface Recipe {
  /** The CSS exactly as README shows it. */
  readonly css: string;
  /** The accent it sets, as computed, for each theme. */
  readonly accent: Record<Theme, string>;
  readonly radius: string;
  /** `--lhw-space`, as a number and its unit (em or px). */
  readonly space: { readonly value: number; readonly unit: 'em' | 'px' };
  /** The text colour README says buttons put on each accent. */
  readonly onAccent: Record<Theme, string>;
}

/** The recipe of README's "### Match your brand", and the values it sets, read through the CSSOM. */
async function readRecipe(): Promise<Recipe> {
  const markdown = await readme();
  const css = markdownCodeAfter(markdown, '### Match your brand', 'css');
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  const rule = [...sheet.cssRules].find((r): r is CSSStyleRule => r instanceof CSSStyleRule && r.selectorText === ':root');
  if (!rule) throw new Error(`README's recipe sets nothing on :root:\n${css}`);
  const value = (name: string) => {
    const found = rule.style.getPropertyValue(name).trim();
    if (!found) throw new Error(`README's recipe does not set ${name}:\n${css}`);
    return found;
  };
  const accent = /^light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)$/i.exec(value('--lhw-color-accent'));
  if (!accent) throw new Error(`README's --lhw-color-accent is not light-dark(#light, #dark): ${value('--lhw-color-accent')}`);
  const space = /^([\d.]+)(em|px)$/.exec(value('--lhw-space'));
  if (!space) throw new Error(`README's --lhw-space is not in em or px: ${value('--lhw-space')}`);
  // "Buttons put white text on the first colour and near-black text on the second, ... the first
  // against white and the second against `#141c25`."
  const darkText = /the first\s+against\s+white\s+and\s+the\s+second\s+against\s+`(#[0-9a-f]{6})`/i.exec(markdown.slice(markdown.indexOf('### Match your brand')));
  if (!darkText) throw new Error('README\'s "Match your brand" no longer names the colour of text on the second colour');
  return {
    css,
    accent: { light: rgb(accent[1]), dark: rgb(accent[2]) },
    radius: value('--lhw-radius'),
    space: { value: Number(space[1]), unit: space[2] as 'em' | 'px' },
    onAccent: { light: 'rgb(255, 255, 255)', dark: rgb(darkText[1]) },
  };
}

/** A widget with the clinic's links, in `theme`, on the page; settled. */
async function mount(tag: (typeof tags)[number], theme: Theme): Promise<Updating> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries({ theme, 'clinic-phone': '555 0100', 'booking-url': 'https://example.org/book' })) {
    el.setAttribute(name, value);
  }
  box.append(el);
  await settle(el as unknown as Updating);
  return el as unknown as Updating;
}

interface Look {
  /** Each link's colour, by the link. */
  readonly links: string[];
  /** Each bordered button's border colour and corner radius. */
  readonly buttons: string[];
  /** Each primary button's background and text colour. */
  readonly primary: string[];
  readonly base: { radius: string; padding: number; fontSize: number };
}

/** What the recipe should change in a widget, read from its computed styles. */
function lookOf(el: Element): Look {
  const buttons = qa(el, 'button').map((button) => ({ button, style: getComputedStyle(button) }));
  const base = getComputedStyle(q(el, '[part~="base"]'));
  return {
    links: qa(el, 'a[href]').map((a) => `${nameOf(a)}: ${getComputedStyle(a).color}`),
    buttons: buttons
      .filter(({ style }) => style.borderTopStyle !== 'none' && parseFloat(style.borderTopWidth) > 0)
      .map(({ button, style }) => `${nameOf(button)}: ${style.borderTopColor}, radius ${style.borderTopLeftRadius}`),
    primary: buttons
      .filter(({ button }) => button.classList.contains('primary'))
      .map(({ button, style }) => `${nameOf(button)}: ${style.color} on ${style.backgroundColor}`),
    base: { radius: base.borderTopLeftRadius, padding: parseFloat(base.paddingTop), fontSize: parseFloat(base.fontSize) },
  };
}

describe('README "Match your brand": the recipe on :root', () => {
  let recipe: Recipe;
  let style: HTMLStyleElement | undefined;

  before(async () => {
    recipe = await readRecipe();
  });

  afterEach(() => {
    style?.remove();
    style = undefined;
    fixtureCleanup();
  });

  /** Pastes the recipe into the page, as a theme's Additional CSS does. */
  function paste(): void {
    style = document.createElement('style');
    style.textContent = recipe.css;
    document.head.append(style);
  }

  it('is the recipe README shows: accent light-dark(#00706b, #7fd6cf), radius 4px, space 0.75em', () => {
    // The values this file was written against; the tests below read whatever README says.
    expect({ accent: recipe.accent, radius: recipe.radius, space: recipe.space }).to.deep.equal({
      accent: { light: 'rgb(0, 112, 107)', dark: 'rgb(127, 214, 207)' },
      radius: '4px',
      space: { value: 0.75, unit: 'em' },
    });
  });

  for (const tag of tags) {
    for (const theme of ['light', 'dark'] as const) {
      it(`<${tag} theme="${theme}">: the ${theme === 'light' ? 'first' : 'second'} colour on links and buttons, the radius and the spacing`, async () => {
        const accent = recipe.accent[theme];
        const spacePx = (look: Look) => (recipe.space.unit === 'em' ? recipe.space.value * look.base.fontSize : recipe.space.value);

        // Without the recipe: the widget's defaults, none of the recipe's values.
        const before = lookOf(await mount(tag, theme));
        expect(before.links.filter((link) => link.endsWith(`: ${accent}`)), 'links in the recipe\'s colour before it is pasted').to.deep.equal([]);
        expect(before.base.radius, 'radius before the recipe').not.to.equal(recipe.radius);
        expect(Math.abs(before.base.padding - spacePx(before)), 'spacing before the recipe').to.be.above(0.5);
        fixtureCleanup();

        paste();
        const look = lookOf(await mount(tag, theme));
        expect(look.links.length, 'links').to.be.above(0);
        expect(look.buttons.length, 'bordered buttons').to.be.above(0);
        expect(look.primary.length, 'primary buttons').to.be.above(0);
        expect(look.links.filter((link) => !link.endsWith(`: ${accent}`)), `links not in ${accent}`).to.deep.equal([]);
        expect(look.buttons.filter((button) => !button.endsWith(`: ${accent}, radius ${recipe.radius}`)), `buttons without a ${accent} border and ${recipe.radius} corners`).to.deep.equal(
          [],
        );
        const onAccent = `${recipe.onAccent[theme]} on ${accent}`;
        expect(look.primary.filter((button) => !button.endsWith(`: ${onAccent}`)), `primary buttons not ${onAccent}`).to.deep.equal([]);
        expect(look.base.radius, 'the outer box\'s corners').to.equal(recipe.radius);
        expect(look.base.padding, `the outer box's padding: ${recipe.space.value}${recipe.space.unit}`).to.be.closeTo(spacePx(look), 0.05);
      });
    }
  }
});
