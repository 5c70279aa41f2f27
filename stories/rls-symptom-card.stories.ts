import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { attr, clinicArgs, renderedWidget, sharedArgTypes, type SharedArgs } from './support.js';
import type { RlsAssessment, RlsPattern } from '../src/rls-symptom-card/rls-pattern.js';
import type { RlsSymptomCard } from '../src/rls-symptom-card/rls-symptom-card.js';

/** One arg per attribute, named like the attribute; an empty arg leaves the attribute out. */
interface CardArgs extends SharedArgs {
  sections?: string;
  variant?: 'full' | 'compact';
  /** Logged in the Actions panel (the manifest's `lhw-rls-result` event). */
  onLhwRlsResult?: (event: CustomEvent<RlsAssessment>) => void;
}

const meta = {
  title: 'Widgets/rls-symptom-card',
  component: 'rls-symptom-card',
  tags: ['autodocs'],
  render: (args) => html`<rls-symptom-card
    lang=${attr(args.lang)}
    sections=${attr(args.sections)}
    variant=${attr(args.variant)}
    clinic-name=${attr(args['clinic-name'])}
    clinic-phone=${attr(args['clinic-phone'])}
    booking-url=${attr(args['booking-url'])}
    emergency-number=${attr(args['emergency-number'])}
    crisis-number=${attr(args['crisis-number'])}
    heading-level=${attr(args['heading-level'])}
    theme=${attr(args.theme)}
    @lhw-rls-result=${args.onLhwRlsResult}
  ></rls-symptom-card>`,
  argTypes: {
    ...sharedArgTypes,
    sections: { control: 'text' },
    variant: { control: 'select', options: ['full', 'compact'] },
  },
} satisfies Meta<CardArgs>;

export default meta;
type Story = StoryObj<CardArgs>;

/** The widget inside the story's canvas, once Lit has rendered it. */
async function renderedCard(canvasElement: HTMLElement): Promise<{ card: RlsSymptomCard; root: ShadowRoot }> {
  const { widget, root } = await renderedWidget<RlsSymptomCard>(canvasElement, 'rls-symptom-card');
  return { card: widget, root };
}

/** Everything shows with the defaults: all sections, the first one open. */
export const Default: Story = {};

export const Compact: Story = {
  args: { variant: 'compact' },
  play: async ({ canvasElement }) => {
    const { root } = await renderedCard(canvasElement);
    // The attribute reached the decorated `variant` property: the rest hides behind a toggle.
    await expect(root.querySelector('button[aria-controls="more"]')).not.toBeNull();
    await expect(root.querySelector('#more')).toHaveAttribute('hidden');
  },
};

export const ChosenSections: Story = {
  args: { sections: 'overview,when-to-see,self-check' },
  play: async ({ canvasElement }) => {
    const { root } = await renderedCard(canvasElement);
    const shown = [...root.querySelectorAll('[part=section] .disclosure-button')].map((button) => button.id);
    await expect(shown).toEqual(['overview-button', 'when-to-see-button', 'self-check-button']);
  },
};

type Answers = Record<
  | 'urgeToMove'
  | 'startsAtRest'
  | 'reliefWithMovement'
  | 'worseEvening'
  | 'explainedByOther'
  | 'frequency'
  | 'sleepAffected'
  | 'onRlsMedicineWorsening',
  string
>;

/** A play function that answers the self-check like a visitor and checks the result. */
function answerSelfCheck(pattern: RlsPattern, answers: Answers): Story['play'] {
  return async ({ canvasElement, step }) => {
    const { card, root } = await renderedCard(canvasElement);
    let detail: RlsAssessment | undefined;
    card.addEventListener('lhw-rls-result', (event) => (detail = event.detail), { once: true });

    await step('Open the self-check', async () => {
      const toggle = root.querySelector<HTMLButtonElement>('#self-check-button');
      await expect(toggle).not.toBeNull();
      if (toggle!.getAttribute('aria-expanded') !== 'true') await userEvent.click(toggle!);
      await card.updateComplete;
      await expect(root.querySelector('#self-check-panel')).not.toHaveAttribute('hidden');
    });

    await step('Answer every question', async () => {
      for (const [name, value] of Object.entries(answers)) {
        const radio = root.querySelector<HTMLInputElement>(`input[type=radio][name="${name}"][value="${value}"]`);
        await expect(radio, `${name} has the answer "${value}"`).not.toBeNull();
        await userEvent.click(radio!);
        await expect(radio).toBeChecked();
      }
    });

    await step('Submit and read the result', async () => {
      await userEvent.click(root.querySelector<HTMLButtonElement>('button[type=submit]')!);
      await card.updateComplete;
      const result = root.querySelector('[part=result]');
      await expect(result).not.toBeNull();
      await expect(result).toHaveClass(`result-${pattern}`);
      await expect(detail?.pattern).toBe(pattern);
    });
  };
}

export const ResultMatches: Story = {
  play: answerSelfCheck('matches', {
    urgeToMove: 'yes',
    startsAtRest: 'yes',
    reliefWithMovement: 'yes',
    worseEvening: 'yes',
    explainedByOther: 'no',
    frequency: 'twice-weekly-or-more',
    sleepAffected: 'yes',
    onRlsMedicineWorsening: 'no',
  }),
};

export const ResultPartial: Story = {
  play: answerSelfCheck('partial', {
    urgeToMove: 'yes',
    startsAtRest: 'unsure',
    reliefWithMovement: 'no',
    worseEvening: 'yes',
    explainedByOther: 'no',
    frequency: 'less-often',
    sleepAffected: 'no',
    onRlsMedicineWorsening: 'no',
  }),
};

export const ResultUnlikely: Story = {
  play: answerSelfCheck('unlikely', {
    urgeToMove: 'no',
    startsAtRest: 'no',
    reliefWithMovement: 'no',
    worseEvening: 'yes',
    explainedByOther: 'yes',
    frequency: 'less-often',
    sleepAffected: 'no',
    onRlsMedicineWorsening: 'no',
  }),
};

export const DarkTheme: Story = {
  args: { theme: 'dark' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const { root } = await renderedCard(canvasElement);
    await expect(root.querySelector('[part=base]')).toHaveClass('theme-dark');
  },
};

export const ClinicConfigured: Story = {
  args: clinicArgs,
  play: async ({ canvasElement }) => {
    const { root } = await renderedCard(canvasElement);
    // heading-level="3": the card's title is an h3 and its sections' headings are h4.
    await expect(root.querySelector('[part=heading]')?.localName).toBe('h3');
    await expect(root.querySelector('#overview-button')?.parentElement?.localName).toBe('h4');
    const links = [...root.querySelectorAll('#when-to-see-panel [part=contact] a')].map((a) => a.getAttribute('href'));
    await expect(links).toEqual(['tel:5550100', 'https://example.org/book']);
  },
};
