import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { attr, clinicArgs, renderedWidget, sharedArgTypes, type SharedArgs } from './support.js';
import { widgetDocs } from './widget-docs.js';
import { rlsQuestionsAsked, type RlsAnswers, type RlsAssessment, type RlsPattern } from '../src/rls-symptom-card/rls-pattern.js';
import type { RlsSymptomCard } from '../src/rls-symptom-card/rls-symptom-card.js';
import {
  asFormAnswers,
  expectedRlsResult,
  fillSelfCheck,
  openSelfCheck,
  rlsResult,
  rlsScenarios,
  selfCheckShortcut,
  submitSelfCheck,
  type Press,
} from '../test/harness/rls.js';

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
  // The docs page opens with how to load the widget and its events' `detail` (stories/widget-docs.ts).
  parameters: { docs: widgetDocs('rls-symptom-card') },
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
    summary=${attr(args.summary)}
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
    const { card, root } = await renderedCard(canvasElement);
    // The attribute reached the decorated `variant` property: the rest hides behind a toggle.
    await expect(root.querySelector('button[aria-controls="more"]')).not.toBeNull();
    await expect(root.querySelector('#more')).toHaveAttribute('hidden');
    // "Check your symptoms" near the title leads to the self-check, closed below.
    await expect(selfCheckShortcut(card), '"Check your symptoms" near the title').toBeDefined();
    await expect(root.querySelector('#self-check-button')).toHaveAttribute('aria-expanded', 'false');
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

/**
 * The answers each result story gives, which the screenshot baselines show: the harness's
 * canonical answers for "matches"; for the other two, other ways to the same pattern, built on the
 * canonical "unlikely" answers (every sign "no", symptoms less often than twice a week, no RLS
 * medicine): two signs "yes" and one "not sure" without a look-alike; one sign "yes" with a
 * look-alike. The harness answers the form from them (`asFormAnswers`): a look-alike is "Yes" to
 * "Is it a hard, painful cramp?" and "No" to changing position; no RLS medicine, so no follow-up.
 */
const storyAnswers: Readonly<Record<RlsPattern, RlsAnswers>> = {
  matches: rlsScenarios.matches,
  partial: { ...rlsScenarios.unlikely, urgeToMove: 'yes', startsAtRest: 'unsure', worseEvening: 'yes' },
  unlikely: { ...rlsScenarios.unlikely, worseEvening: 'yes', explainedByOther: 'yes' },
};

/** A visitor's pointer: focus follows each press, as the screenshots show it. */
const pointer: Press = (target) => userEvent.click(target);

/** A play function that answers the self-check like a visitor (the shared harness) and checks the result. */
function selfCheckResult(pattern: RlsPattern): Story['play'] {
  const answers = storyAnswers[pattern];
  return async ({ canvasElement, step }) => {
    const { card, root } = await renderedCard(canvasElement);
    let detail: RlsAssessment | undefined;
    card.addEventListener('lhw-rls-result', (event) => (detail = event.detail), { once: true });

    await step('Open the self-check', async () => {
      await openSelfCheck(card, pointer);
      await expect(root.querySelector('#self-check-panel')).not.toHaveAttribute('hidden');
    });

    await step('Answer every question', async () => {
      await fillSelfCheck(card, answers, pointer);
      const form = asFormAnswers(answers);
      const checked = [...root.querySelectorAll<HTMLInputElement>('input[type=radio]:checked')].map((radio) => [radio.name, radio.value]);
      await expect(checked).toEqual(rlsQuestionsAsked(form).map((key) => [key, form[key]]));
    });

    await step('Submit and read the result', async () => {
      await submitSelfCheck(card, pointer);
      await expect(root.querySelector('[part=result]')).toHaveClass(`result-${pattern}`);
      await expect(rlsResult(card)).toEqual(expectedRlsResult(card, answers));
      await expect(detail?.pattern).toBe(pattern);
    });
  };
}

export const ResultMatches: Story = {
  play: selfCheckResult('matches'),
};

export const ResultPartial: Story = {
  play: selfCheckResult('partial'),
};

export const ResultUnlikely: Story = {
  play: selfCheckResult('unlikely'),
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
