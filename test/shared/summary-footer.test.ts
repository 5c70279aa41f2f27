// The summary's footer (the not-a-diagnosis line, then the version and review date) as one
// paragraph, written the language's way: a space between English sentences, none after a Chinese
// full stop (。), which carries its own space.
import { expect } from '@open-wc/testing';
import { packs } from '../../src/lang/built-in.js';
import { zhHant } from '../../src/lang/zh-Hant.js';
import '../../src/twitch-redflag-check/define.js';
import { answerScenario, twitchScenarios } from '../harness/twitch.js';
import { act, closeView, readSummaryView, renderWidget, type Widget } from '../helpers/summary.js';

/** The footers of the summary's pages, as the full-screen view shows them. */
async function footersShown(lang: string): Promise<string[]> {
  const el = await renderWidget<Widget>('twitch-redflag-check', { lang });
  await answerScenario(el, twitchScenarios.soon);
  await act(el, 'show');
  const footers = readSummaryView(el).map((page) => page.footer);
  await closeView(el);
  return footers;
}

describe("the summary's footer", () => {
  it('in Chinese: the two sentences run on with no space after 。, then the English copy with one', async () => {
    const [chinese, english] = await footersShown('zh-Hant');
    const { notDiagnosis } = zhHant.shared;
    expect(notDiagnosis.endsWith('。')).to.equal(true);
    expect(chinese.startsWith(`${notDiagnosis}本資料`), chinese).to.equal(true);
    expect(english.startsWith(`${packs.en.shared.notDiagnosis} Made with`), english).to.equal(true);
  });
});
