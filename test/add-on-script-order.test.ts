// The language add-ons as a clinic pastes them: the built classic scripts dist/lang/vi.js and
// dist/lang/zh-Hant.js (`rollup -c` builds them before the browser tests) on host pages under
// test/host-page/, each loaded in an <iframe> so that it has its own document and registry, as in
// host-page.test.ts. test/host-page/probe.js runs first on every page and records errors and
// console warnings; the tests read them back as plain values.
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
import { textOf } from './helpers/shadow.js';

const en = packs.en;
const tags = ['rls-symptom-card', 'twitch-redflag-check', 'spasm-relief-steps'] as const;
type Tag = (typeof tags)[number];

interface Probe {
  errors: string[];
  violations: string[];
  warnings: string[];
  /** Set by add-on-after.js: "<code> loaded" (or "failed to load") per add-on it added. */
  addOns?: string[];
}

type FrameWindow = Window & typeof globalThis & { hostPageProbe: Probe };
type Widget = HTMLElement & { updateComplete: Promise<boolean> };

interface HostPage {
  path: string;
  win: FrameWindow;
  doc: Document;
  probe: Probe;
}

const openFrames: HTMLIFrameElement[] = [];

afterEach(() => {
  for (const iframe of openFrames.splice(0)) iframe.remove();
});

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `condition` until it holds, or fails naming `what` (and the page's recorded errors). */
async function waitFor(page: HostPage, condition: () => boolean, what: string, ms = 5000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > ms) throw new Error(`${page.path}: timed out after ${ms} ms waiting for ${what}; errors: ${JSON.stringify(page.probe.errors)}`);
    await delay(20);
  }
}

/** Loads `test/host-page/<path>` in a new iframe and waits for its load event. */
async function openPage(path: string): Promise<HostPage> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'display: block; width: 800px; height: 600px; border: 0';
  openFrames.push(iframe);
  const loaded = new Promise<void>((resolve) => iframe.addEventListener('load', () => resolve(), { once: true }));
  iframe.src = `/test/host-page/${path}`;
  document.body.append(iframe);
  await Promise.race([loaded, delay(10000).then(() => Promise.reject(new Error(`${path} did not load within 10 s`)))]);
  const win = iframe.contentWindow as FrameWindow | null;
  const doc = iframe.contentDocument;
  if (!win || !doc) throw new Error(`${path}: no iframe document`);
  if (!win.hostPageProbe) throw new Error(`${path}: probe.js did not run (was the page served?)`);
  const page = { path, win, doc, probe: win.hostPageProbe };
  // Every widget defined and rendered.
  await waitFor(page, () => tags.every((tag) => win.customElements.get(tag)), 'the elements to be defined');
  for (const el of widgets(page)) await el.updateComplete;
  return page;
}

function widgets(page: HostPage): Widget[] {
  return [...page.doc.querySelectorAll<Widget>(tags.join(', '))];
}

function widget(page: HostPage, id: string): Widget {
  const el = page.doc.getElementById(id);
  if (!el) throw new Error(`${page.path}: no element #${id}`);
  return el as Widget;
}

/** The language a widget shows (its inner box's lang) and its title. */
function shows(el: Element): { lang: string; title: string } {
  const root = el.shadowRoot;
  return { lang: root?.querySelector('[part~="base"]')?.getAttribute('lang') ?? '', title: textOf(root?.querySelector('#title')) };
}

function titleIn(pack: LanguagePack, tag: string): string {
  const titles: Record<Tag, string> = { 'rls-symptom-card': pack.rls.title, 'twitch-redflag-check': pack.twitch.title, 'spasm-relief-steps': pack.spasm.title };
  return titles[tag as Tag];
}

/** What the widgets `ids` must show in `pack`'s language. */
function expected(page: HostPage, ids: readonly string[], pack: LanguagePack): { lang: string; title: string }[] {
  return ids.map((id) => ({ lang: pack.language, title: titleIn(pack, widget(page, id).localName) }));
}

function libraryWarnings(page: HostPage): string[] {
  return page.probe.warnings.filter((message) => message.includes('[leg-health-widgets]'));
}

/** Presses the page's language button for `code` and waits until the add-on's script has run. */
async function loadAddOn(page: HostPage, code: string): Promise<void> {
  const button = page.doc.querySelector<HTMLButtonElement>(`button[data-add-on="${code}"]`);
  if (!button) throw new Error(`${page.path}: no button for ${code}`);
  button.click();
  await waitFor(page, () => (page.probe.addOns ?? []).some((entry) => entry.startsWith(`${code} `)), `dist/lang/${code}.js to load`);
  expect(page.probe.addOns).to.include(`${code} loaded`);
}

describe('language add-ons as script tags (dist/lang/*.js)', () => {
  it('before the main script: every widget speaks the add-on\'s language from the start, with no warning', async () => {
    const page = await openPage('add-on-before.html');
    expect(['page-vi', 'own-vi'].map((id) => shows(widget(page, id))), '<html lang="vi">, lang="vi"').to.deep.equal(expected(page, ['page-vi', 'own-vi'], vi));
    expect(['own-zh', 'ancestor-zh'].map((id) => shows(widget(page, id))), 'lang="zh-TW", inside lang="zh-HK"').to.deep.equal(
      expected(page, ['own-zh', 'ancestor-zh'], zhHant),
    );
    expect(libraryWarnings(page)).to.deep.equal([]);
    expect(page.probe.errors).to.deep.equal([]);
  });

  it('missing, then loaded late by the page\'s script: English with one warning per tag, then the add-on\'s language', async () => {
    const page = await openPage('add-on-after.html');
    const ids = ['own-vi', 'region-vi', 'own-zh', 'ancestor-zh'];
    const before = ids.map((id) => widget(page, id));
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
    await waitFor(page, () => shows(widget(page, 'own-vi')).lang === 'vi', 'the widgets to switch to Vietnamese');
    for (const el of widgets(page)) await el.updateComplete;
    expect(['own-vi', 'region-vi'].map((id) => shows(widget(page, id))), 'Vietnamese now').to.deep.equal(expected(page, ['own-vi', 'region-vi'], vi));
    expect(['own-zh', 'ancestor-zh'].map((id) => shows(widget(page, id))), 'Chinese still missing').to.deep.equal(expected(page, ['own-zh', 'ancestor-zh'], en));
    // KNOWN PROBLEM (reported): the warning names the supported languages (src/shared/language.ts,
    // matchLanguage), and a page warns once per message, so a tag that is still missing warns a
    // second time when another add-on arrives. Once fixed, this list is empty: update it then.
    expect(libraryWarnings(page).slice(warningsBefore), 'warnings after the Vietnamese add-on arrived').to.deep.equal([
      '[leg-health-widgets] lang="zh-TW" is not supported (supported: en, es, vi); showing "en".',
      '[leg-health-widgets] lang="zh-HK" is not supported (supported: en, es, vi); showing "en".',
    ]);
    const warningsAfterVi = libraryWarnings(page).length;

    await loadAddOn(page, 'zh-Hant');
    await waitFor(page, () => shows(widget(page, 'own-zh')).lang === 'zh-Hant', 'the widgets to switch to Traditional Chinese');
    for (const el of widgets(page)) await el.updateComplete;
    expect(ids.map((id) => shows(widget(page, id))), 'every widget in its language').to.deep.equal([
      ...expected(page, ['own-vi', 'region-vi'], vi),
      ...expected(page, ['own-zh', 'ancestor-zh'], zhHant),
    ]);
    // The same elements re-rendered (nothing was replaced), with no new warning and no error.
    expect(ids.map((id, index) => widget(page, id) === before[index])).to.deep.equal(ids.map(() => true));
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
