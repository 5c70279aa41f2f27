import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { attr, clinicArgs, renderedWidget, sharedArgTypes, shownText, type SharedArgs } from './support.js';
import { widgetDocs } from './widget-docs.js';
import type { TwitchRedflagCheck } from '../src/twitch-redflag-check/twitch-redflag-check.js';
import { reasonTexts } from '../src/twitch-redflag-check/twitch-content.js';
import { twitchScreens, type CareLevel, type TwitchAssessment } from '../src/twitch-redflag-check/twitch-rules.js';
import {
  answerScenario,
  expectedReasons,
  scenarioScreens,
  shownTwitchText,
  signBox,
  signChoices,
  signLabel,
  twitchResult,
  twitchScenarios,
  type Clicking,
  type TwitchScenario,
} from '../test/harness/twitch.js';

/** One arg per attribute, named like the attribute; an empty arg leaves the attribute out. */
interface CheckArgs extends SharedArgs {
  /** Logged in the Actions panel (the manifest's `lhw-twitch-result` event). */
  onLhwTwitchResult?: (event: CustomEvent<TwitchAssessment>) => void;
}

const meta = {
  title: 'Widgets/twitch-redflag-check',
  component: 'twitch-redflag-check',
  tags: ['autodocs'],
  // The docs page opens with how to load the widget and its events' `detail` (stories/widget-docs.ts).
  parameters: { docs: widgetDocs('twitch-redflag-check') },
  render: (args) => html`<twitch-redflag-check
    lang=${attr(args.lang)}
    clinic-name=${attr(args['clinic-name'])}
    clinic-phone=${attr(args['clinic-phone'])}
    booking-url=${attr(args['booking-url'])}
    emergency-number=${attr(args['emergency-number'])}
    crisis-number=${attr(args['crisis-number'])}
    heading-level=${attr(args['heading-level'])}
    theme=${attr(args.theme)}
    summary=${attr(args.summary)}
    @lhw-twitch-result=${args.onLhwTwitchResult}
  ></twitch-redflag-check>`,
  argTypes: {
    ...sharedArgTypes,
  },
} satisfies Meta<CheckArgs>;

export default meta;
type Story = StoryObj<CheckArgs>;

/** The widget inside the story's canvas, once Lit has rendered it. */
async function renderedCheck(canvasElement: HTMLElement): Promise<TwitchRedflagCheck> {
  return (await renderedWidget<TwitchRedflagCheck>(canvasElement, 'twitch-redflag-check')).widget;
}

/** The harness clicks with Storybook's `userEvent`, so the interactions panel lists every click. */
const withUserEvent: Clicking = { click: (control) => userEvent.click(control) };

/**
 * A play function that goes through the check like a visitor, with clicks (the harness's
 * walk-through, the same one the tests use), up to the screen after which the check ends (the
 * rule module's `resultAfter`: once the level is settled), and checks the result it shows.
 */
function reachResult(level: CareLevel, scenario: TwitchScenario): Story['play'] {
  return async ({ canvasElement, step }) => {
    const check = await renderedCheck(canvasElement);
    let detail: TwitchAssessment | undefined;
    check.addEventListener('lhw-twitch-result', (event) => (detail = event.detail), { once: true });

    await step('Tick the first screen, then answer each screen until the check ends', async () => {
      const screens = await answerScenario(check, scenario, withUserEvent);
      await expect(screens, 'the screens shown before the result').toEqual(scenarioScreens(scenario));
    });

    await step('Read the result', async () => {
      const result = twitchResult(check);
      await expect(result.level).toBe(level);
      await expect(result.reasons).toEqual(expectedReasons(check, scenario));
      await expect(check.shadowRoot?.activeElement?.id, 'focus is on the result heading').toBe('result-heading');
      await expect(detail?.level).toBe(level);
    });
  };
}

/**
 * The first screen: the title, a safety line whose "Call 911" dials the number, then the question
 * (the screen's one heading) with the emergency signs, "not sure" and "none of these". The
 * "about leg twitching" section comes after the check.
 */
export const Start: Story = {
  play: async ({ canvasElement }) => {
    const check = await renderedCheck(canvasElement);
    const text = shownTwitchText(check);
    const root = check.shadowRoot!;
    await expect(root.querySelector('fieldset.signs legend')).toHaveTextContent(text.emergencyScreen.legend);
    // The question is the heading, inside the legend of its boxes.
    await expect(root.querySelector('fieldset.signs legend #step-heading')).toHaveTextContent(text.emergencyScreen.legend);
    await expect(root.querySelector('.safety-note a')).toHaveAttribute('href', 'tel:911');
    // Every emergency sign, then "not sure" and "none of these", each a box of its own.
    await expect(root.querySelectorAll('fieldset.signs input[type=checkbox]')).toHaveLength(signChoices.length);
    for (const choice of signChoices) await expect(signBox(check, choice), signLabel(check, choice)).not.toBeChecked();
    await expect(root.querySelector('.step-count')).toHaveTextContent(text.check.stepCount({ step: 1, total: twitchScreens.length }));
  },
};

/** "I'm not sure about one of these" counts as every sign: the emergency card, with its one reason. */
export const ResultEmergency: Story = {
  play: reachResult('emergency', { signs: ['unsure'] }),
};

/**
 * "Yes" to one swollen leg (a possible clot) on the first step screen: nothing later could raise
 * the level, so the check ends there with "Get medical help today".
 */
export const ResultUrgent: Story = {
  play: reachResult('urgent', twitchScenarios.urgent),
};

/**
 * Weakness (so "Is the weakness getting worse?" is asked too, and answered "No") and twitching
 * that spreads, through every screen: "Book an appointment", with the tips for the triggers named.
 */
export const ResultSoon: Story = {
  play: reachResult('soon', twitchScenarios.soon),
};

/** "No" to everything (the follow-up about weakness is never asked): home care, with the tips for the triggers named. */
export const ResultSelfCare: Story = {
  play: reachResult('self-care', twitchScenarios['self-care']),
};

/** One emergency sign ticked on the first screen ends the check at once. */
export const EmergencyFirstScreen: Story = {
  play: async (context) => {
    await reachResult('emergency', twitchScenarios.emergency)!(context);
    const check = await renderedCheck(context.canvasElement);
    await expect(check.shadowRoot!.querySelector('[part=result] a.emergency-call')).toHaveAttribute('href', 'tel:911');
    await expect(twitchResult(check).reasons).toEqual(reasonTexts(shownTwitchText(check), ['chest-pain'], { clinic: '', emergency: '911' }));
  },
};

export const ClinicConfigured: Story = {
  args: { ...clinicArgs, 'emergency-number': '112' },
  play: async ({ canvasElement }) => {
    const check = await renderedCheck(canvasElement);
    const root = check.shadowRoot!;
    // heading-level="3": the title is an h3 and the first screen's question an h4.
    await expect(root.querySelector('#title')?.localName).toBe('h3');
    await expect(root.querySelector('#step-heading')?.localName).toBe('h4');
    // emergency-number="112" reached the element: the safety note's link dials it.
    const call = shownText(root).shared.callNumber({ number: '112' });
    await expect(root.querySelector('.safety-note')).toHaveTextContent(`${shownTwitchText(check).safetyNote} ${call}`);
    await expect(root.querySelector('.safety-note a')).toHaveAttribute('href', 'tel:112');
  },
};

export const DarkTheme: Story = {
  args: { theme: 'dark' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const check = await renderedCheck(canvasElement);
    await expect(check.shadowRoot!.querySelector('[part=base]')).toHaveClass('theme-dark');
  },
};
