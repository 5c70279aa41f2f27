/**
 * Screenshot tests of every story (web-test-runner.visual.config.mjs; `npm run test:visual`).
 *
 * The stories are the fixtures: each one is composed with Storybook's portable-stories API
 * (its args, render, the page-settings decorator from the toolbar, and its play function, which
 * clicks through to result states), rendered here, and compared with its baseline in
 * test/visual/baselines/. `npm run test:visual:update` rewrites every baseline.
 *
 * Every story is shot in seven looks: four that pair every built-in language with every theme
 * and every width, and every theme with every width (all pairs of en/es, light/dark, 320/1024 px),
 * forced colours, and each language add-on once (Vietnamese and Traditional Chinese, light, at
 * 320 px, where wrapping is hardest). Each shot is 50-300 kB, so the full product would put tens
 * of MB of baselines in the repository for little more cover. A look is one line in `looks`.
 * Chinese glyphs come from the machine's fallback font (the test font has none).
 *
 * Flake-free by construction: one font from node_modules (Atkinson Hyperlegible, via
 * @fontsource) instead of whatever the machine has, loaded before the first story; reduced
 * motion (the widgets then drop every transition); no text caret; a clock that stands still
 * (the heat-or-ice timer shows 15:00); every widget's update awaited before the shot.
 */
import { setProjectAnnotations } from '@storybook/web-components-vite';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import { composeStories } from 'storybook/preview-api';
import type { ComposedStoryFn } from 'storybook/internal/types';
import { pageSettingTypes, withPageSettings, type PageSettings } from '../../stories/page-settings.js';
import * as clinicPage from '../../stories/clinic-page.stories.js';
import * as rlsSymptomCard from '../../stories/rls-symptom-card.stories.js';
import * as spasmReliefSteps from '../../stories/spasm-relief-steps.stories.js';
import * as twitchRedflagCheck from '../../stories/twitch-redflag-check.stories.js';
import '../../src/leg-health-widgets.js';

interface Look {
  name: string;
  width: number;
  colorScheme: 'light' | 'dark';
  forcedColors: boolean;
  lang: PageSettings['lang'];
}

const looks: Look[] = [
  { name: 'en-light-320', lang: 'en', colorScheme: 'light', width: 320, forcedColors: false },
  { name: 'en-dark-1024', lang: 'en', colorScheme: 'dark', width: 1024, forcedColors: false },
  { name: 'es-light-1024', lang: 'es', colorScheme: 'light', width: 1024, forcedColors: false },
  { name: 'es-dark-320', lang: 'es', colorScheme: 'dark', width: 320, forcedColors: false },
  { name: 'en-forced-colors-320', lang: 'en', colorScheme: 'light', width: 320, forcedColors: true },
  // The language add-ons, once each, at the width where wrapping is hardest.
  { name: 'vi-light-320', lang: 'vi', colorScheme: 'light', width: 320, forcedColors: false },
  { name: 'zh-Hant-light-320', lang: 'zh-Hant', colorScheme: 'light', width: 320, forcedColors: false },
];

const storyFiles = { 'clinic-page': clinicPage, 'rls-symptom-card': rlsSymptomCard, 'twitch-redflag-check': twitchRedflagCheck, 'spasm-relief-steps': spasmReliefSteps };

// The web-components renderer (how a story reaches the canvas) with the toolbar's decorator.
const project = setProjectAnnotations({ globalTypes: pageSettingTypes, decorators: [withPageSettings] });

const fontFaces = ['400 1em', 'italic 400 1em', '700 1em', 'italic 700 1em'].map((font) => `${font} "Atkinson Hyperlegible"`);

/**
 * Everything the shot depends on is drawn: fonts, and every widget's last update. More than the
 * harness's `settle` (test/harness/widget.ts), which play functions use: it also waits for
 * animation frames and fonts, over every custom element in the canvas.
 */
async function settled(canvas: HTMLElement): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    const widgets = [...canvas.querySelectorAll('*')].filter((element) => element.localName.includes('-'));
    await Promise.all(widgets.map((widget) => (widget as Element & { updateComplete?: Promise<unknown> }).updateComplete));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  }
  await document.fonts.ready;
}

before(async () => {
  await Promise.all(fontFaces.map((face) => document.fonts.load(face, 'Aa')));
  // The timer counts from Date.now(): a clock that stands still keeps it at 15:00.
  const now = Date.now();
  Date.now = () => now;
});

for (const look of looks) {
  describe(look.name, () => {
    before(async () => {
      await setViewport({ width: look.width, height: 800 });
      await executeServerCommand('lhw-emulate-media', {
        colorScheme: look.colorScheme,
        forcedColors: look.forcedColors ? 'active' : 'none',
        reducedMotion: 'reduce',
      });
    });

    for (const [file, stories] of Object.entries(storyFiles)) {
      const composed = composeStories(stories, { ...project, initialGlobals: { lang: look.lang, theme: 'auto', forcedColors: 'off' } });
      for (const [exportName, story] of Object.entries<ComposedStoryFn>(composed)) {
        it(`${file} ${story.storyName}`, async () => {
          const canvas = document.createElement('div');
          document.body.append(canvas);
          try {
            await story.run({ canvasElement: canvas });
            await settled(canvas);
            // The play function may leave focus on a heading: its ring is part of the look.
            await visualDiff(canvas, `${file}--${exportName}--${look.name}`);
          } finally {
            canvas.remove();
          }
        });
      }
    }
  });
}
