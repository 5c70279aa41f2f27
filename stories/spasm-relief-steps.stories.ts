import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { attr, clinicArgs, renderedWidget, sharedArgTypes, type SharedArgs } from './support.js';
import { widgetDocs } from './widget-docs.js';
import { sharedTexts } from '../src/shared/lhw-element.js';
import type { SharedContent } from '../src/shared/text-types.js';
import { HEAT_ICE_MINUTES, spasmMuscles, spasmStepIds, type SpasmMuscle } from '../src/spasm-relief-steps/spasm-care.js';
import type { SpasmContent } from '../src/spasm-relief-steps/spasm-content.js';
import type { SpasmReliefSteps, SpasmStepChange, SpasmStepsComplete } from '../src/spasm-relief-steps/spasm-relief-steps.js';
import {
  currentStep,
  goToStep,
  listedSteps,
  nextStep,
  openCautionHeadings,
  shownSpasmText,
  timerTimeLeft,
  toggleTimer,
  type Press,
} from '../test/harness/spasm.js';
import { shownLanguage } from '../test/harness/widget.js';

/** One arg per attribute, named like the attribute; an empty arg leaves the attribute out. */
interface StepsArgs extends SharedArgs {
  mode?: 'list' | 'guided';
  steps?: string;
  muscle?: SpasmMuscle;
  /** Logged in the Actions panel (the manifest's `lhw-step-change` event). */
  onLhwStepChange?: (event: CustomEvent<SpasmStepChange>) => void;
  /** Logged in the Actions panel (the manifest's `lhw-steps-complete` event). */
  onLhwStepsComplete?: (event: CustomEvent<SpasmStepsComplete>) => void;
}

const meta = {
  title: 'Widgets/spasm-relief-steps',
  component: 'spasm-relief-steps',
  tags: ['autodocs'],
  // The docs page opens with how to load the widget and its events' `detail` (stories/widget-docs.ts).
  parameters: { docs: widgetDocs('spasm-relief-steps') },
  render: (args) => html`<spasm-relief-steps
    lang=${attr(args.lang)}
    mode=${attr(args.mode)}
    steps=${attr(args.steps)}
    muscle=${attr(args.muscle)}
    clinic-name=${attr(args['clinic-name'])}
    clinic-phone=${attr(args['clinic-phone'])}
    booking-url=${attr(args['booking-url'])}
    emergency-number=${attr(args['emergency-number'])}
    crisis-number=${attr(args['crisis-number'])}
    heading-level=${attr(args['heading-level'])}
    theme=${attr(args.theme)}
    summary=${attr(args.summary)}
    @lhw-step-change=${args.onLhwStepChange}
    @lhw-steps-complete=${args.onLhwStepsComplete}
  ></spasm-relief-steps>`,
  argTypes: {
    ...sharedArgTypes,
    mode: { control: 'select', options: ['list', 'guided'] },
    steps: { control: 'text' },
    muscle: { control: 'select', options: spasmMuscles },
  },
} satisfies Meta<StepsArgs>;

export default meta;
type Story = StoryObj<StepsArgs>;

/** The widget inside the story's canvas, once Lit has rendered it, and the text it shows. */
async function renderedSteps(
  canvasElement: HTMLElement,
): Promise<{ steps: SpasmReliefSteps; root: ShadowRoot; text: SpasmContent; shared: SharedContent }> {
  const { widget, root } = await renderedWidget<SpasmReliefSteps>(canvasElement, 'spasm-relief-steps');
  return { steps: widget, root, text: shownSpasmText(widget), shared: sharedTexts.in(shownLanguage(widget)) };
}

const clean = (node: Node | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The button whose text is `label`. */
function buttonLabelled(root: ShadowRoot, label: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((button) => clean(button) === label);
}

/** Checks that the stretch step shows the instructions for `muscle`. */
function stretchShows(muscle: SpasmMuscle): Story['play'] {
  return async ({ canvasElement }) => {
    const { steps, root, text } = await renderedSteps(canvasElement);
    await expect(listedSteps(steps)[0]).toBe('stretch');
    const [first] = text.steps.stretch.byMuscle[muscle];
    await expect(root.querySelector('[part=steps] ol > li')).toHaveTextContent('paragraph' in first ? first.paragraph : '');
  };
}

/** Every step in one ordered list: stretch, rub, walk, heat or ice, and pain relief afterwards. */
export const ListMode: Story = {
  args: { mode: 'list' },
  play: async ({ canvasElement }) => {
    const { steps, root } = await renderedSteps(canvasElement);
    await expect(listedSteps(steps)).toEqual([...spasmStepIds]);
    await expect(root.querySelector('[part=timer]'), 'no timer in list mode').toBeNull();
  },
};

/** One step at a time, with Back, Next and "Done, it eased"; focus moves to each step's heading. */
export const GuidedMode: Story = {
  args: { mode: 'guided' },
  play: async ({ canvasElement }) => {
    const { steps, root, text } = await renderedSteps(canvasElement);
    const total = spasmStepIds.length;
    // The attribute reached the decorated `mode` property: one step shows, with its count.
    await expect(root.querySelector('.step-count')).toHaveTextContent(text.guided.stepCount({ step: 1, total }));
    await expect(currentStep(steps)).toBe(spasmStepIds[0]);
    await nextStep(steps);
    await expect(root.querySelector('.step-count')).toHaveTextContent(text.guided.stepCount({ step: 2, total }));
    await expect(currentStep(steps)).toBe(spasmStepIds[1]);
    await expect(root.activeElement?.id, 'focus is on the new step heading').toBe('step-heading');
    await expect(root.activeElement).toHaveTextContent(text.steps[spasmStepIds[1]].heading);
  },
};

export const Thigh: Story = {
  args: { muscle: 'thigh' },
  play: stretchShows('thigh'),
};

export const Foot: Story = {
  args: { muscle: 'foot' },
  play: stretchShows('foot'),
};

/** A clinic that leaves pain relief out: no medicine is mentioned anywhere. */
export const CustomSteps: Story = {
  args: { steps: 'stretch,walk,heat-ice' },
  play: async ({ canvasElement }) => {
    const { steps, root, text } = await renderedSteps(canvasElement);
    await expect(listedSteps(steps)).toEqual(['stretch', 'walk', 'heat-ice']);
    const all = clean(root);
    await expect(all).not.toContain(text.steps['pain-relief'].heading);
    for (const caution of text.steps['pain-relief'].cautions) await expect(all).not.toContain(caution.heading);
  },
};

/** A visitor's pointer: focus follows each press, as the screenshots show it. */
const pointer: Press = (target) => userEvent.click(target);

/**
 * Guided mode on the heat-or-ice step, with the timer started (it keeps counting down); the heat
 * and cold safety rules stand open above it, read before it starts.
 */
export const TimerRunning: Story = {
  args: { mode: 'guided' },
  play: async ({ canvasElement, step }) => {
    const { steps, root, text } = await renderedSteps(canvasElement);
    await step('Go to the heat-or-ice step', async () => {
      await goToStep(steps, 'heat-ice');
      await expect(timerTimeLeft(steps)).toBe(text.timer.timeLeft({ clock: `${HEAT_ICE_MINUTES}:00` }));
      await expect(openCautionHeadings(steps), 'the safety rules stand open above the timer').toEqual([
        text.steps['heat-ice'].cautions.heading,
      ]);
    });
    await step('Start the timer', async () => {
      await toggleTimer(steps, pointer);
      await expect(buttonLabelled(root, text.timer.pause), 'a Pause button while it runs').toBeDefined();
      await expect(buttonLabelled(root, text.timer.reset)).toBeEnabled();
    });
  },
};

export const DarkTheme: Story = {
  args: { theme: 'dark', mode: 'guided' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const { root } = await renderedSteps(canvasElement);
    await expect(root.querySelector('[part=base]')).toHaveClass('theme-dark');
  },
};

export const ClinicConfigured: Story = {
  args: { ...clinicArgs, 'emergency-number': '112' },
  play: async ({ canvasElement }) => {
    const { root, shared } = await renderedSteps(canvasElement);
    // heading-level="3": the title is an h3, the steps heading an h4 and each step an h5.
    await expect(root.querySelector('#title')?.localName).toBe('h3');
    await expect(root.querySelector('[part=steps] > [part=heading]')?.localName).toBe('h4');
    await expect(root.querySelector('[part=steps] ol > li [part=heading]')?.localName).toBe('h5');
    // Both "get help" cards offer the clinic's phone and booking page; the urgent one dials 112.
    const cards = [...root.querySelectorAll('[part=care-card]')];
    await expect(cards).toHaveLength(2);
    for (const card of cards) {
      const links = [...card.querySelectorAll('[part=contact] a')].map((a) => a.getAttribute('href'));
      await expect(links).toEqual(['tel:5550100', 'https://example.org/book']);
    }
    // A plain link under the emergency signs, not a big button.
    const call = [...cards[0].querySelectorAll('a')].at(-1);
    await expect(call).toHaveAttribute('href', 'tel:112');
    await expect(call).toHaveTextContent(shared.callNumber({ number: '112' }));
    await expect(call).not.toHaveClass('emergency-call');
  },
};
