import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for leg-health-widgets. The machines that build it have no internet, and the
 * widgets promise that nothing leaves the page, so Storybook itself sends nothing either:
 * no telemetry, no crash reports, no "what's new" look-ups. (`storybook dev` also checks for
 * updates unless it runs with `--no-version-updates` or with `CI` set; the fetch gives up
 * after 1.5 s offline.)
 *
 * Lit's static property declarations need no Vite setting: Vite's TypeScript transform (Oxc in
 * Vite 8) reads `useDefineForClassFields: false` from tsconfig.json, as `tsc` and rollup do, so
 * class fields do not shadow the reactive properties. The stories' play functions check that
 * attributes reach the reactive properties, so a wrong setting fails `scripts/check-storybook.mjs`.
 */
const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // No "get started" checklist in the sidebar: the people who open this Storybook preview
  // widgets; they are not learning Storybook.
  features: { sidebarOnboardingChecklist: false },
  core: {
    disableTelemetry: true,
    enableCrashReports: false,
    disableWhatsNewNotifications: true,
    // project.json is the metadata telemetry would send; nothing here needs it.
    disableProjectJson: true,
  },
  viteFinal: async (viteConfig) => {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      // The web-components renderer imports lit/directive-helpers.js, which `storybook dev`
      // would otherwise serve unbundled: a second lit-html beside the pre-bundled one, and
      // Lit's "Multiple versions of Lit loaded" warning.
      optimizeDeps: { include: ['lit/directive-helpers.js'] },
      // Storybook's own chunks (axe-core, the docs blocks) are 650-900 kB. They are never
      // shipped to clinics, so Vite's 500 kB warning is only noise here.
      build: { chunkSizeWarningLimit: 1024 },
    });
  },
};

export default config;
