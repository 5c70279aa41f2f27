// The sources of the Vietnamese and Chinese widgets. The publishers behind them have no page of
// their own in either language on the same topic (src/shared/sources.ts says why), so each widget
// lists the same sources as in English, with the same English addresses, each marked lang="en"
// for screen readers and translation tools (WCAG 3.1.2). Spanish, where MedlinePlus has its own
// pages, is tested in spanish.test.ts.
import { expect, fixtureCleanup } from '@open-wc/testing';
import '../../src/lang/vi.js';
import '../../src/lang/zh-Hant.js';
import '../../src/rls-symptom-card/define.js';
import { sources } from '../../src/shared/sources.js';
import '../../src/spasm-relief-steps/define.js';
import '../../src/twitch-redflag-check/define.js';
import { renderWidget, type Widget } from '../helpers/summary.js';
import { q, qa, textOf } from '../helpers/shadow.js';

const tags = ['rls-symptom-card', 'twitch-redflag-check', 'spasm-relief-steps'] as const;

interface ListedSource {
  lang: string | null;
  text: string;
  href: string | null;
}

/** The sources list as a reader finds it: behind the "Sources" button, opened. */
async function listedSources(tag: string, lang: string): Promise<ListedSource[]> {
  const el = await renderWidget<Widget>(tag, { lang });
  q<HTMLButtonElement>(el, '#sources-button').click();
  await el.updateComplete;
  return qa(el, '#sources-panel li').map((li) => ({
    lang: li.getAttribute('lang'),
    text: textOf(li),
    href: li.querySelector('a')?.getAttribute('href') ?? null,
  }));
}

describe('sources in the Vietnamese and Traditional Chinese widgets', () => {
  afterEach(() => fixtureCleanup());

  it('only Spanish has publisher translations in the source list', () => {
    const translated = Object.values(sources).flatMap((source) => Object.keys(('translations' in source && source.translations) || {}));
    expect([...new Set(translated)]).to.deep.equal(['es']);
  });

  for (const tag of tags) {
    for (const lang of ['vi', 'zh-Hant']) {
      it(`<${tag} lang="${lang}"> lists the English sources, with their English links, each marked lang="en"`, async () => {
        const english = await listedSources(tag, 'en');
        const translated = await listedSources(tag, lang);
        expect(english.length, 'sources in English').to.be.greaterThan(0);
        expect(translated.map(({ href }) => href), 'the same addresses, in the same order').to.deep.equal(english.map(({ href }) => href));
        expect(translated.filter((item) => item.lang !== 'en').map(({ text }) => text), 'not marked lang="en"').to.deep.equal([]);
        expect(translated.map(({ text }) => text), "the titles and publishers in the source's own words").to.deep.equal(english.map(({ text }) => text));
      });
    }
  }
});
