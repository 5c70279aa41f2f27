import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { expect } from 'storybook/test';
import clinicPage from '../demo/clinic.html?raw';

/**
 * The demo clinic page (demo/clinic.html, the page Lighthouse checks) with its own stylesheet:
 * header, navigation, the three widgets with their fallback content, and the footer. Its body
 * is reused as it is, so the story and the demo cannot drift apart.
 */
const clinicBody = new DOMParser().parseFromString(clinicPage, 'text/html').body.innerHTML;
const clinicCss = new URL('../demo/clinic.css', import.meta.url).href;

const tags = ['rls-symptom-card', 'twitch-redflag-check', 'spasm-relief-steps'];

const meta = {
  title: 'Clinic page',
  tags: ['autodocs'],
  parameters: {
    fullPage: true,
    // The clinic's stylesheet styles the whole document (body, links, headings), so the docs
    // page shows this story in a frame of its own instead of restyling itself.
    docs: {
      story: { inline: false, height: '900px' },
      source: { code: clinicBody.trim(), language: 'html' },
    },
  },
  render: () => html`<link rel="stylesheet" href=${clinicCss} />${unsafeHTML(clinicBody)}`,
} satisfies Meta;

export default meta;

/** The three widgets as a clinic would place them: configured, in the page's outline under its h1. */
export const ClinicPage: StoryObj = {
  name: 'Clinic page',
  play: async ({ canvasElement }) => {
    for (const tag of tags) {
      const widget = canvasElement.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>(tag);
      await expect(widget, `the page has <${tag}>`).not.toBeNull();
      await widget!.updateComplete;
      await expect(widget!.shadowRoot?.querySelector('[part=heading]')).not.toBeNull();
    }
  },
};
