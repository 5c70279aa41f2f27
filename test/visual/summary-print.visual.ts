/**
 * Screenshot tests of the printed "Take this to your appointment" summary
 * (web-test-runner.visual.config.mjs; `npm run test:visual`).
 *
 * `<twitch-redflag-check>` is walked by clicks to the canonical "book an appointment" result
 * (test/harness/twitch.ts `twitchScenarios.soon`), Print is pressed with `window.print` stubbed,
 * and with print media emulated the printed box (`[data-lhw-print]`, what the paper shows) is
 * compared with its baseline in test/visual/baselines/; `afterprint` then takes the box away.
 * English shows one summary; Spanish shows the Spanish summary and the English copy after it.
 *
 * The viewport is as wide as the printed area of a Letter page (8.5 in less the 10 mm side
 * margins the summary's page sheet sets, `@page{margin:8mm 10mm}`: 740 px), so lines wrap as on
 * paper. The clock stands still at a
 * fixed local time, so the "made on" line is the same on every run and in every time zone. The
 * printed summary sets its own font (Arial's metrics: Liberation Sans, which Debian's Chromium
 * brings), not the test page's.
 */
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../src/twitch-redflag-check/define.js';
import type { TwitchRedflagCheck } from '../../src/twitch-redflag-check/twitch-redflag-check.js';
import { answerScenario, twitchScenarios } from '../harness/twitch.js';
import { q } from '../helpers/shadow.js';

/** Letter paper (816 px wide at 96 px to the inch) less 10 mm either side. */
const PRINTED_WIDTH = 740;

const RealDate = Date;
/** When the result is given, in local time: 2 March 2026, 10:30. */
const madeAt = new RealDate(2026, 2, 2, 10, 30).getTime();

/** `Date` with a clock that stands still at `madeAt`; dates built from values work as usual. */
class StillDate extends RealDate {
  constructor(...args: unknown[]) {
    super(...((args.length ? args : [madeAt]) as [number]));
  }

  static override now(): number {
    return madeAt;
  }
}

/** A few frames for the print styles to apply, and the fonts. */
async function settled(): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  }
  await document.fonts.ready;
}

const printHolder = (): HTMLElement | null => document.querySelector<HTMLElement>('[data-lhw-print]');

describe('printed summary', () => {
  const realPrint = window.print;
  let printed = 0;

  before(async () => {
    await setViewport({ width: PRINTED_WIDTH, height: 800 });
    globalThis.Date = StillDate as DateConstructor;
    window.print = () => {
      printed += 1;
    };
  });

  after(async () => {
    globalThis.Date = RealDate;
    window.print = realPrint;
    await emulateMedia({ media: 'screen' });
  });

  for (const language of ['en', 'es'] as const) {
    it(`twitch-redflag-check, a "book an appointment" result, ${language}`, async () => {
      const widget = document.createElement('twitch-redflag-check') as TwitchRedflagCheck;
      widget.setAttribute('lang', language);
      document.body.append(widget);
      try {
        await widget.updateComplete;
        await answerScenario(widget, twitchScenarios.soon);
        const card = q(widget, '[part~="result"]');
        if (!card.classList.contains('care-soon')) throw new Error(`expected the "soon" card, got ${card.className}`);

        const before = printed;
        q<HTMLButtonElement>(widget, '[part~="summary"] .actions button').click();
        if (printed !== before + 1) throw new Error('Print did not call window.print()');
        const holder = printHolder();
        if (!holder?.shadowRoot) throw new Error('Print left no [data-lhw-print] box with a shadow root');
        const pages = holder.shadowRoot.querySelectorAll('article.summary-page');
        const expected = language === 'en' ? ['en'] : [language, 'en'];
        const languages = [...pages].map((page) => page.getAttribute('lang'));
        if (languages.join() !== expected.join()) throw new Error(`expected pages in ${expected.join(', ')}, got ${languages.join(', ')}`);

        await emulateMedia({ media: 'print' });
        await settled();
        await visualDiff(holder, `twitch-redflag-check--PrintedSummarySoon--${language}-print-letter`);
      } finally {
        await emulateMedia({ media: 'screen' });
        window.dispatchEvent(new Event('afterprint'));
        widget.remove();
      }
      if (printHolder()) throw new Error('the [data-lhw-print] box is still there after afterprint');
    });
  }
});
