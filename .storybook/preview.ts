/// <reference types="vite/client" />
import type { Preview, StoryContext } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import '../src/leg-health-widgets.js';
import { defaultPageSettings, pageSettingTypes, withPageSettings } from '../stories/page-settings.js';
import { widgetMarkup } from '../stories/support.js';

interface Manifest {
  modules: { declarations?: { members?: { kind: string; privacy?: string; static?: boolean; attribute?: string }[] }[] }[];
}

// dist/custom-elements.json is generated (`npm run analyze`, which `npm start` and
// `npm run build-storybook` run first). A glob import keeps `tsc --noEmit` passing in a fresh
// clone where dist/ does not exist yet; here a missing manifest is a loud error instead.
const found = import.meta.glob<Manifest>('../dist/custom-elements.json', { eager: true, import: 'default' });
const manifest = found['../dist/custom-elements.json'];
if (!manifest) {
  throw new Error('dist/custom-elements.json is missing: run `npm run analyze` before Storybook.');
}

/**
 * The manifest lists every class member, private ones included. Controls and docs should show
 * the public API once: attributes (which the stories set), events, CSS parts and properties.
 * So drop private, protected and static members, and fields that mirror an attribute.
 */
function publicApiOnly(full: Manifest): Manifest {
  return {
    ...full,
    modules: full.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter(
          (member) => !member.privacy && !member.static && !(member.kind === 'field' && member.attribute),
        ),
      })),
    })),
  };
}

setCustomElementsManifest(publicApiOnly(manifest));

const preview: Preview = {
  tags: ['autodocs'],
  // Language, theme and forced colours in the toolbar, for every story (stories/page-settings.ts).
  globalTypes: pageSettingTypes,
  initialGlobals: { ...defaultPageSettings },
  decorators: [withPageSettings],
  parameters: {
    // The page-settings decorator draws the page (background and margins) for the theme chosen
    // in the toolbar, so Storybook's own padding and backgrounds would only frame it wrongly.
    layout: 'fullscreen',
    backgrounds: { disabled: true },
    // Storybook opens on the first entry: the Introduction, then the code maker, the widgets, the page.
    options: { storySort: { order: ['Introduction', 'Get your code', 'Widgets', 'Clinic page'] } },
    controls: { expanded: true },
    docs: {
      // "Show code" and the Code panel give the markup to paste, not the story's Lit template.
      codePanel: true,
      source: {
        language: 'html',
        transform: (code: string, { component, args, argTypes }: StoryContext) =>
          typeof component === 'string' ? widgetMarkup(component, args, argTypes) : code,
      },
    },
    // Accessibility violations fail the story (in the a11y panel and in
    // scripts/check-storybook.mjs) instead of being listed as a to-do.
    a11y: { test: 'error' },
  },
};

export default preview;
