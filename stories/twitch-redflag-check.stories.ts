import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { attr, clinicArgs, renderedWidget, settle, sharedArgTypes, shownText, type SharedArgs } from './support.js';
import type { ContentPack } from '../src/content/types.js';
import type { Answer } from '../src/shared/answer.js';
import type { TwitchRedflagCheck } from '../src/twitch-redflag-check/twitch-redflag-check.js';
import { reasonTexts } from '../src/twitch-redflag-check/twitch-content.js';
import {
  emergencySigns,
  type CareLevel,
  type EmergencySign,
  type TwitchAssessment,
  type TwitchQuestion,
  type TwitchTrigger,
} from '../src/twitch-redflag-check/twitch-rules.js';

/** One arg per attribute, named like the attribute; an empty arg leaves the attribute out. */
interface CheckArgs extends SharedArgs {
  /** Logged in the Actions panel (the manifest's `lhw-twitch-result` event). */
  onLhwTwitchResult?: (event: CustomEvent<TwitchAssessment>) => void;
}

const meta = {
  title: 'Widgets/twitch-redflag-check',
  component: 'twitch-redflag-check',
  tags: ['autodocs'],
  render: (args) => html`<twitch-redflag-check
    lang=${attr(args.lang)}
    clinic-name=${attr(args['clinic-name'])}
    clinic-phone=${attr(args['clinic-phone'])}
    booking-url=${attr(args['booking-url'])}
    emergency-number=${attr(args['emergency-number'])}
    crisis-number=${attr(args['crisis-number'])}
    heading-level=${attr(args['heading-level'])}
    theme=${attr(args.theme)}
    @lhw-twitch-result=${args.onLhwTwitchResult}
  ></twitch-redflag-check>`,
  argTypes: {
    ...sharedArgTypes,
  },
} satisfies Meta<CheckArgs>;

export default meta;
type Story = StoryObj<CheckArgs>;

/** The widget inside the story's canvas, once Lit has rendered it, and the text it shows. */
async function renderedCheck(
  canvasElement: HTMLElement,
): Promise<{ check: TwitchRedflagCheck; root: ShadowRoot; text: ContentPack['twitch'] }> {
  const { widget, root } = await renderedWidget<TwitchRedflagCheck>(canvasElement, 'twitch-redflag-check');
  return { check: widget, root, text: shownText(root).twitch };
}

/** A box on the first screen: an emergency sign, "not sure" or "none of these". */
type SignChoice = EmergencySign | 'unsure' | 'none';

function signLabel(text: ContentPack['twitch'], choice: SignChoice): string {
  return choice === 'unsure' || choice === 'none' ? text.emergencyScreen[choice] : text.emergencyScreen.signs[choice].label;
}

/** The checkbox whose label reads `label`. */
function checkboxLabelled(root: ShadowRoot, label: string): HTMLInputElement | undefined {
  return [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find(
    (input) => input.closest('label')?.textContent?.replace(/\s+/g, ' ').trim() === label,
  );
}

type StepAnswers = Partial<Record<Exclude<TwitchQuestion, EmergencySign>, Answer>>;

interface Path {
  /** The boxes to tick on the first screen. */
  signs: SignChoice[];
  /** Answers for the step screens ("No" where left out); leave out to stop at the first screen. */
  steps?: StepAnswers;
  triggers?: TwitchTrigger[];
}

/** A play function that goes through the check like a visitor, with clicks, and checks the result. */
function reachResult(level: CareLevel, path: Path): Story['play'] {
  return async ({ canvasElement, step }) => {
    const { check, root, text } = await renderedCheck(canvasElement);
    let detail: TwitchAssessment | undefined;
    check.addEventListener('lhw-twitch-result', (event) => (detail = event.detail), { once: true });
    const next = async () => {
      await userEvent.click(root.querySelector<HTMLButtonElement>('form button[type=submit]')!);
      await settle(check);
    };

    await step('Tick the first screen', async () => {
      for (const label of path.signs.map((choice) => signLabel(text, choice))) {
        const box = checkboxLabelled(root, label);
        await expect(box, `a box labelled "${label}"`).toBeDefined();
        await userEvent.click(box!);
        await expect(box).toBeChecked();
      }
      await next();
    });

    if (path.steps) {
      const steps = path.steps;
      await step('Answer every step', async () => {
        while (root.querySelector('#step-heading')) {
          for (const name of new Set([...root.querySelectorAll<HTMLInputElement>('input[type=radio]')].map((r) => r.name))) {
            const value = steps[name as keyof StepAnswers] ?? 'no';
            const radio = root.querySelector<HTMLInputElement>(`input[type=radio][name="${name}"][value="${value}"]`);
            await expect(radio, `${name} offers "${value}"`).not.toBeNull();
            await userEvent.click(radio!);
            await expect(radio).toBeChecked();
          }
          for (const trigger of path.triggers ?? []) {
            const box = checkboxLabelled(root, text.triggers.options[trigger]);
            if (box && !box.checked) await userEvent.click(box);
          }
          await next();
          await expect(root.querySelector('#problem'), 'no unanswered question').toBeNull();
        }
      });
    }

    await step('Read the result', async () => {
      const result = root.querySelector('[part=result]');
      await expect(result).not.toBeNull();
      await expect(result).toHaveClass(`care-${level}`);
      await expect(root.activeElement?.id, 'focus is on the result heading').toBe('result-heading');
      await expect(detail?.level).toBe(level);
    });
  };
}

/** The first screen: the emergency signs, "not sure" and "none of these". */
export const Start: Story = {
  play: async ({ canvasElement }) => {
    const { root, text } = await renderedCheck(canvasElement);
    await expect(root.querySelector('fieldset.signs legend')).toHaveTextContent(text.emergencyScreen.legend);
    // Every emergency sign, then "not sure" and "none of these".
    await expect(root.querySelectorAll('fieldset.signs input[type=checkbox]')).toHaveLength(emergencySigns.length + 2);
    await expect(root.querySelector('.step-count')).toHaveTextContent(text.check.stepCount(1, 4));
  },
};

/** "I'm not sure about one of these" counts as every sign: the emergency card, with all five reasons. */
export const ResultEmergency: Story = {
  play: reachResult('emergency', { signs: ['unsure'] }),
};

export const ResultUrgent: Story = {
  play: reachResult('urgent', {
    signs: ['none'],
    steps: { legSwollenWarmRed: 'yes', longerThanTwoWeeks: 'unsure' },
    triggers: ['stress'],
  }),
};

export const ResultSoon: Story = {
  play: reachResult('soon', {
    signs: ['none'],
    steps: { weakness: 'yes', spreading: 'yes', newMedicine: 'unsure' },
    triggers: ['caffeine', 'poorSleep'],
  }),
};

export const ResultSelfCare: Story = {
  play: reachResult('self-care', {
    signs: ['none'],
    steps: {},
    triggers: ['caffeine', 'stress'],
  }),
};

/** One emergency sign ticked on the first screen ends the check at once. */
export const EmergencyFirstScreen: Story = {
  play: async (context) => {
    await reachResult('emergency', { signs: ['chestPain'] })!(context);
    const { root, text } = await renderedCheck(context.canvasElement);
    await expect(root.querySelector('[part=result] a.emergency-call')).toHaveAttribute('href', 'tel:911');
    const reasons = [...root.querySelectorAll('[part=result] li')].map((li) => li.textContent?.trim());
    await expect(reasons).toEqual(reasonTexts(text, ['chest-pain']));
  },
};

export const ClinicConfigured: Story = {
  args: { ...clinicArgs, 'emergency-number': '112' },
  play: async ({ canvasElement }) => {
    const { root, text } = await renderedCheck(canvasElement);
    // heading-level="3": the title is an h3 and the check's heading an h4.
    await expect(root.querySelector('[part=heading]')?.localName).toBe('h3');
    await expect(root.querySelector('#check-heading')?.localName).toBe('h4');
    // emergency-number="112" reached the element: the safety note names it.
    await expect(root.querySelector('.safety-note')).toHaveTextContent(text.safetyNote({ clinic: clinicArgs['clinic-name'], emergency: '112' }));
  },
};

export const DarkTheme: Story = {
  args: { theme: 'dark' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const { root } = await renderedCheck(canvasElement);
    await expect(root.querySelector('[part=base]')).toHaveClass('theme-dark');
  },
};
