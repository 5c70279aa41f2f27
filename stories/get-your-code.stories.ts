import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { scriptTag, type GetYourCode as GetYourCodeElement } from './get-your-code.js';

/**
 * "Get your code": the page a clinic's web editor uses instead of reading the README. Pick a
 * widget, type the clinic's details, choose the language, the look and the layout; see the widget
 * at phone width in light and dark mode, with every value it could not use listed in words; copy
 * the snippet (the script tag with its real SRI hash, then the widget with only the attributes
 * that differ from their defaults). The page itself is stories/get-your-code.ts.
 */
const meta = {
  title: 'Get your code',
  // One page, no docs tab; its "Code" panel would show the story's Lit template, not a snippet.
  // The page feeds the widgets whatever the editor types, so their console warnings are expected
  // here (scripts/check-storybook.mjs reads this tag); the page shows the same problems in words.
  tags: ['!autodocs', 'widget-warnings-expected'],
  parameters: { docs: { codePanel: false } },
  render: () => html`<lhw-get-your-code></lhw-get-your-code>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The value of the box that holds the snippet. */
function shownCode(canvasElement: HTMLElement): string {
  return within(canvasElement).getByLabelText<HTMLTextAreaElement>('Code to paste').value;
}

/** The preview widgets: the light column, then the dark one. */
function previews(canvasElement: HTMLElement): HTMLElement[] {
  return [...canvasElement.querySelectorAll<HTMLElement>('.gyc-screen > *')];
}

/** Clears a text field, types `text` into it and leaves it (the page reads a field when it is left). */
async function retype(field: HTMLElement, text: string): Promise<void> {
  await userEvent.clear(field);
  await userEvent.type(field, text);
  await userEvent.tab();
}

export const GetYourCode: Story = {
  name: 'Get your code',
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const page = canvasElement.querySelector<GetYourCodeElement>('lhw-get-your-code');
    await expect(page, 'the story renders <lhw-get-your-code>').not.toBeNull();
    await page!.updateComplete;

    await step('It starts with the short restless legs card and nothing else to set', async () => {
      await expect(shownCode(canvasElement)).toBe(`${scriptTag}\n<rls-symptom-card variant="compact"></rls-symptom-card>`);
      await expect(scriptTag).toMatch(/integrity="sha384-[A-Za-z0-9+/]{64}"/);
      await expect(scriptTag).toContain('defer');
    });

    await step('Choose the cramp steps, the thigh stretch and Spanish', async () => {
      await userEvent.click(canvas.getByRole('radio', { name: 'Leg cramp steps' }));
      await userEvent.click(canvas.getByRole('radio', { name: 'Thigh' }));
      await userEvent.click(canvas.getByRole('radio', { name: 'Spanish' }));
    });

    await step("Type the clinic's details", async () => {
      await retype(canvas.getByLabelText('Clinic name'), 'Lakeside & Sons "Family" Clinic');
      await retype(canvas.getByLabelText('Phone'), '555 0100 ext. 2');
      await retype(canvas.getByLabelText('Booking page address'), 'https://example.org/book');
    });

    await step('The snippet has the script tag, then only the attributes that differ from their defaults, escaped', async () => {
      await waitFor(() =>
        expect(shownCode(canvasElement)).toBe(
          [
            scriptTag,
            '<spasm-relief-steps',
            '  lang="es"',
            '  mode="guided"',
            '  muscle="thigh"',
            '  clinic-name="Lakeside &amp; Sons &quot;Family&quot; Clinic"',
            '  clinic-phone="555 0100 ext. 2"',
            '  booking-url="https://example.org/book"',
            '></spasm-relief-steps>',
          ].join('\n'),
        ),
      );
      const [light, dark] = previews(canvasElement);
      await expect(light?.localName).toBe('spasm-relief-steps');
      await expect(light).toHaveAttribute('clinic-name', 'Lakeside & Sons "Family" Clinic');
      await expect(light).toHaveAttribute('theme', 'light');
      await expect(dark).toHaveAttribute('theme', 'dark');
      await expect(canvasElement.querySelector('.gyc-problems')).toHaveTextContent('No problems');
      await expect(page!.problems).toEqual([]);
    });

    await step('"Always light" adds theme="light"; "Match my site" is the default again', async () => {
      await userEvent.click(canvas.getByRole('radio', { name: 'Always light' }));
      await waitFor(() => expect(shownCode(canvasElement)).toContain('\n  theme="light"\n'));
      await expect(previews(canvasElement)[1]).toHaveAttribute('theme', 'light');
      await userEvent.click(canvas.getByRole('radio', { name: 'Match my site' }));
      await waitFor(() => expect(shownCode(canvasElement)).not.toContain('theme='));
    });

    await step('A phone number the widget cannot use is a problem, in words', async () => {
      await retype(canvas.getByLabelText('Phone'), 'call us');
      await waitFor(() => expect(page!.problems.join('\n')).toContain('clinic-phone="call us"'));
      const problems = canvasElement.querySelector('.gyc-problems');
      await expect(problems).toHaveTextContent('Fix before you copy');
      await expect(problems).toHaveTextContent('clinic-phone="call us" is not valid');
      // The preview widgets show the same problem in their own setup notice.
      for (const preview of previews(canvasElement)) {
        await expect(preview.shadowRoot?.querySelector('[part~="setup-notice"]')).toHaveTextContent('clinic-phone');
      }
      await expect(shownCode(canvasElement)).toContain('  clinic-phone="call us"\n');
    });

    await step('Copy: to the clipboard, or else the code is selected in its box to copy by hand', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Copy the code' }));
      const copyStatus = canvasElement.querySelector('.gyc-code [role="status"]');
      await waitFor(() => expect(copyStatus?.textContent ?? '').toMatch(/^(Copied\.|This browser did not let the page copy\.)/));
    });
  },
};
