import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { useEffect } from 'storybook/preview-api';
import type { Theme } from '../src/shared/clinic-settings.js';
import type { LhwElement } from '../src/shared/lhw-element.js';
// The language add-ons, so the toolbar (and the screenshots) can show every language; a clinic's
// page pastes them as script tags.
import '../src/lang/vi.js';
import '../src/lang/zh-Hant.js';

/**
 * The toolbar's page settings: what the page around a widget is like, never the widget's own
 * attributes (those are the controls, and they win). Shared by .storybook/preview.ts and the
 * screenshot tests (test/visual/), which render the same stories with the same decorator.
 */
export interface PageSettings {
  /** The page's `lang`, which widgets without their own `lang` follow. */
  lang: 'en' | 'es' | 'vi' | 'zh-Hant';
  /** The visitor's colour scheme, as seen by widgets left at `theme="auto"`. */
  theme: Theme;
  /** A look-alike of forced colours (Windows High Contrast) through the public colour tokens. */
  forcedColors: 'off' | 'emulated';
}

export const pageSettingTypes: Preview['globalTypes'] = {
  lang: {
    description: 'Page language (widgets without their own lang attribute follow it)',
    toolbar: {
      title: 'Language',
      icon: 'globe',
      items: [
        { value: 'en', title: 'English (en)' },
        { value: 'es', title: 'Español (es)' },
        { value: 'vi', title: 'Tiếng Việt (vi, add-on, draft)' },
        { value: 'zh-Hant', title: '繁體中文 (zh-Hant, add-on, draft)' },
      ],
      dynamicTitle: true,
    },
  },
  theme: {
    description: "Visitor's colour scheme (for widgets left at theme=\"auto\")",
    toolbar: {
      title: 'Theme',
      icon: 'mirror',
      items: [
        { value: 'auto', title: 'System (auto)' },
        { value: 'light', title: 'Light' },
        { value: 'dark', title: 'Dark' },
      ],
      dynamicTitle: true,
    },
  },
  forcedColors: {
    description:
      'Forced colours, emulated: a page cannot switch on the real mode; use DevTools > Rendering > forced-colors for that',
    toolbar: {
      title: 'Forced colours',
      icon: 'contrast',
      items: [
        { value: 'off', title: 'Forced colours: off' },
        { value: 'emulated', title: 'Forced colours: emulated' },
      ],
      dynamicTitle: true,
    },
  },
};

export const defaultPageSettings: PageSettings = { lang: 'en', theme: 'auto', forcedColors: 'off' };

/**
 * What forced colours does to a widget, said with its public tokens: every colour becomes a
 * system colour (text and borders CanvasText, links LinkText, the background Canvas). The
 * widgets' own `@media (forced-colors: active)` rules cannot be switched on from a page, so
 * this is a look-alike for a quick check; the screenshot tests use Chromium's real emulation.
 */
const forcedColorTokens = {
  '--lhw-color-text': 'CanvasText',
  '--lhw-color-surface': 'Canvas',
  '--lhw-color-accent': 'LinkText',
  '--lhw-color-border': 'CanvasText',
  '--lhw-color-emergency': 'CanvasText',
  '--lhw-color-urgent': 'CanvasText',
  '--lhw-color-soon': 'CanvasText',
  '--lhw-color-self-care': 'CanvasText',
};

/** The library's widgets inside `container` (each class carries the library's `version`). */
function widgetsIn(container: Element): LhwElement[] {
  return [...container.querySelectorAll('*')].filter(
    (element): element is LhwElement => !!(customElements.get(element.localName) as { version?: string } | undefined)?.version,
  );
}

/**
 * Puts every story on a "page" with the toolbar's settings. The language goes on the page as
 * `lang`, as on a clinic's site. The theme stands in for the visitor's system setting, which a
 * page cannot change: it is given to widgets that have no `theme` attribute of their own, as a
 * property, so the story's markup (and "Copy HTML") stays what the controls say.
 * Stories with `parameters.fullPage` (the clinic page) bring their own margins.
 */
export const withPageSettings: Decorator = (story, { globals, parameters, canvasElement, viewMode }) => {
  const settings = { ...defaultPageSettings, ...globals } as PageSettings;
  useEffect(() => {
    for (const widget of widgetsIn(canvasElement)) {
      if (!widget.hasAttribute('theme')) widget.theme = settings.theme;
    }
  });
  const style = {
    'color-scheme': settings.theme === 'auto' ? 'light dark' : settings.theme,
    color: 'CanvasText',
    background: 'Canvas',
    padding: parameters.fullPage ? '0' : '1rem',
    'min-height': viewMode === 'story' ? '100vh' : null,
    'box-sizing': 'border-box',
    ...(settings.forcedColors === 'emulated' ? forcedColorTokens : {}),
  };
  return html`<div class="lhw-page" lang=${settings.lang} style=${styleMap(style)}>${story()}</div>`;
};
