// The language add-ons as a clinic pastes them: the built classic scripts dist/lang/vi.js and
// dist/lang/zh-Hant.js (`rollup -c` builds them before the browser tests) on host pages under
// test/host-page/, each loaded in an <iframe> (test/helpers/host-frame.ts) so that it has its own
// document and registry, as in host-page.test.ts. test/host-page/probe.js runs first on every
// page and records errors and console warnings; the tests read them back as plain values.
// - add-on-before.html: the add-ons BEFORE the main script. Every widget speaks the add-on's
//   language from the start, chosen by <html lang>, its own lang or an ancestor's; no warning.
// - add-on-after.html: the main script alone at first, so lang="vi" and lang="zh-TW" show English
//   with one warning per tag (the add-on is missing); then the page's own script adds an add-on
//   when its language button is pressed, and the widgets already on the page switch to it.
// (The dev server re-transpiles every .js it serves, the built scripts included; see
// host-page.test.ts.)
import { expect } from '@open-wc/testing';
import { packs } from '../src/lang/built-in.js';
import type { LanguagePack } from '../src/lang/language-pack.js';
import { vi } from '../src/lang/vi.js';
import { zhHant } from '../src/lang/zh-Hant.js';
import {
  byId,
  openPage,
  pageProblems,
  rendered,
  waitFor,
  widgetsIn,
  type FrameWindow,
  type HostPage,
  type Probe,
  type Widget,
  type WidgetTag,
} from './helpers/host-frame.js';
import { textOf } from './helpers/shadow.js';

const en = packs.en;
/** The probe on add-on-after.html: add-on-after.js adds `addOns`. */
interface AddOnProbe extends Probe {
  /** "<code> loaded" (or "failed to load") per add-on it added. */
  addOns?: string[];
}

type AddOnPage = HostPage<FrameWindow<AddOnProbe>>;

/** Loads `test/host-page/<path>` and waits until every widget on it is defined and rendered. */
async function openRendered(path: string): Promise<AddOnPage> {
  const page = await openPage<FrameWindow<AddOnProbe>>(path);
  await rendered(page);
  return page;
}

/** `waitFor`, its timeout naming the page and what went wrong there. */
function waitOn(page: HostPage, condition: () => boolean, what: string): Promise<void> {
  return waitFor(condition, () => `${what} on ${page.path}; ${pageProblems(page)}`);
}

/** The language a widget shows (its inner box's lang) and its title. */
function shows(el: Element): { lang: string; title: string } {
  const root = el.shadowRoot;
  return { lang: root?.querySelector('[part~="base"]')?.getAttribute('lang') ?? '', title: textOf(root?.querySelector('#title')) };
}

function titleIn(pack: LanguagePack, tag: string): string {
  const titles: Record<WidgetTag, string> = { 'rls-symptom-card': pack.rls.title, 'twitch-redflag-check': pack.twitch.title, 'spasm-relief-steps': pack.spasm.title };
  return titles[tag as WidgetTag];
}

/** What the widgets `ids` must show in `pack`'s language. */
function expected(page: HostPage, ids: readonly string[], pack: LanguagePack): { lang: string; title: string }[] {
  return ids.map((id) => ({ lang: pack.language, title: titleIn(pack, byId(page, id).localName) }));
}

function libraryWarnings(page: HostPage): string[] {
  return page.probe.warnings.filter((message) => message.includes('[leg-health-widgets]'));
}

/** Presses the page's language button for `code` and waits until the add-on's script has run. */
async function loadAddOn(page: AddOnPage, code: string): Promise<void> {
  const button = page.doc.querySelector<HTMLButtonElement>(`button[data-add-on="${code}"]`);
  if (!button) throw new Error(`${page.path}: no button for ${code}`);
  button.click();
  await waitOn(page, () => (page.probe.addOns ?? []).some((entry) => entry.startsWith(`${code} `)), `dist/lang/${code}.js to load`);
  expect(page.probe.addOns).to.include(`${code} loaded`);
}

describe('language add-ons as script tags (dist/lang/*.js)', () => {
  it('before the main script: every widget speaks the add-on\'s language from the start, with no warning', async () => {
    const page = await openRendered('add-on-before.html');
    expect(['page-vi', 'own-vi'].map((id) => shows(byId(page, id))), '<html lang="vi">, lang="vi"').to.deep.equal(expected(page, ['page-vi', 'own-vi'], vi));
    expect(['own-zh', 'ancestor-zh'].map((id) => shows(byId(page, id))), 'lang="zh-TW", inside lang="zh-HK"').to.deep.equal(
      expected(page, ['own-zh', 'ancestor-zh'], zhHant),
    );
    expect(libraryWarnings(page)).to.deep.equal([]);
    expect(page.probe.errors).to.deep.equal([]);
  });

  it('missing, then loaded late by the page\'s script: English with one warning per tag, then the add-on\'s language', async () => {
    const page = await openRendered('add-on-after.html');
    const ids = ['own-vi', 'region-vi', 'own-zh', 'ancestor-zh'];
    const before = ids.map((id) => byId(page, id));
    // The add-ons are missing: English, and one warning per tag, naming it.
    expect(before.map(shows)).to.deep.equal(before.map((el) => ({ lang: 'en', title: titleIn(en, el.localName) })));
    const warned = (tag: string) => libraryWarnings(page).filter((message) => message.includes(`lang="${tag}"`));
    expect(['vi', 'vi-VN', 'zh-TW', 'zh-HK'].map((tag) => [tag, warned(tag).length])).to.deep.equal([
      ['vi', 1],
      ['vi-VN', 1],
      ['zh-TW', 1],
      ['zh-HK', 1],
    ]);
    expect(warned('vi')[0]).to.include('showing "en"');
    const warningsBefore = libraryWarnings(page).length;

    await loadAddOn(page, 'vi');
    await waitOn(page, () => shows(byId(page, 'own-vi')).lang === 'vi', 'the widgets to switch to Vietnamese');
    for (const el of widgetsIn(page)) await el.updateComplete;
    expect(['own-vi', 'region-vi'].map((id) => shows(byId(page, id))), 'Vietnamese now').to.deep.equal(expected(page, ['own-vi', 'region-vi'], vi));
    expect(['own-zh', 'ancestor-zh'].map((id) => shows(byId(page, id))), 'Chinese still missing').to.deep.equal(expected(page, ['own-zh', 'ancestor-zh'], en));
    // A tag still missing does not warn again when another add-on arrives (the warning is once per tag).
    expect(libraryWarnings(page).slice(warningsBefore), 'warnings after the Vietnamese add-on arrived').to.deep.equal([]);
    const warningsAfterVi = libraryWarnings(page).length;

    await loadAddOn(page, 'zh-Hant');
    await waitOn(page, () => shows(byId(page, 'own-zh')).lang === 'zh-Hant', 'the widgets to switch to Traditional Chinese');
    for (const el of widgetsIn(page)) await el.updateComplete;
    expect(ids.map((id) => shows(byId(page, id))), 'every widget in its language').to.deep.equal([
      ...expected(page, ['own-vi', 'region-vi'], vi),
      ...expected(page, ['own-zh', 'ancestor-zh'], zhHant),
    ]);
    // The same elements re-rendered (nothing was replaced), with no new warning and no error.
    expect(ids.map((id, index) => byId(page, id) === before[index])).to.deep.equal(ids.map(() => true));
    expect(libraryWarnings(page).slice(warningsAfterVi), 'no new warning').to.deep.equal([]);
    expect(page.probe.errors).to.deep.equal([]);

    // A widget added after the add-on arrived speaks it at once, and one in Simplified Chinese does not.
    const late = page.doc.createElement('twitch-redflag-check') as Widget;
    late.setAttribute('lang', 'zh-HK');
    const simplified = page.doc.createElement('twitch-redflag-check') as Widget;
    simplified.setAttribute('lang', 'zh-CN');
    page.doc.body.append(late, simplified);
    await late.updateComplete;
    await simplified.updateComplete;
    expect([shows(late), shows(simplified)]).to.deep.equal([
      { lang: 'zh-Hant', title: zhHant.twitch.title },
      { lang: 'en', title: en.twitch.title },
    ]);
    expect(warned('zh-CN')).to.have.length(1);
  });
});
