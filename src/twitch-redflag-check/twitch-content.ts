import type { CareContext, ProseSection, ReviewDates, Sourced } from '../content/types.js';
import type { CareLevel, EmergencySign, TwitchQuestion, TwitchRuleId, TwitchTrigger } from './twitch-rules.js';

/** The screens of the check after the emergency screen, in order. */
export const twitchSteps = ['muscles', 'course', 'causes'] as const;
export type TwitchStep = (typeof twitchSteps)[number];

/** One care-level result, in the style of an NHS care card. */
export interface CareCardText {
  /** Visually hidden label that a screen reader announces first, e.g. "Emergency:". */
  readonly label: string;
  /** The action heading, e.g. "Call 911 now". */
  readonly heading: (context: CareContext) => string;
  /** What to do now. */
  readonly whatToDo: (context: CareContext) => string;
  /** What to watch for, and when to get more help. */
  readonly watchFor: (context: CareContext) => string;
}

export interface TwitchQuestionText {
  /** The question, used as the fieldset's legend. */
  readonly legend: string;
  /** Optional plain-words help under the question. */
  readonly hint?: string;
}

/** Everything `<twitch-redflag-check>` shows in one language. */
export interface TwitchContent {
  readonly title: string;
  /** The line that always shows: not a diagnosis, and an emergency needs a call, not a form. */
  readonly safetyNote: (context: CareContext) => string;
  /** The short explanation of twitching before the check (collapsible). */
  readonly about: ProseSection;
  /** The check itself, and the sources its rules rest on. */
  readonly check: Sourced & {
    readonly heading: string;
    /** "Step 2 of 4". */
    readonly stepCount: (step: number, total: number) => string;
    readonly back: string;
    readonly next: string;
    readonly showResult: string;
    /** Shown when a question on the current step is unanswered; `count` is how many. */
    readonly unanswered: (count: number) => string;
  };
  /** The first screen: emergency signs, as checkboxes with "None of these". */
  readonly emergencyScreen: {
    /** The screen's heading, above the question. */
    readonly heading: string;
    readonly legend: string;
    readonly hint: string;
    readonly signs: Readonly<Record<EmergencySign, string>>;
    /** Counts as "not sure" for every sign not ticked, which means an emergency result. */
    readonly unsure: string;
    readonly none: string;
    /** Shown when Next is pressed with nothing ticked. */
    readonly chooseOne: string;
  };
  /** Headings of the screens after the emergency screen. */
  readonly steps: Readonly<Record<TwitchStep, string>>;
  readonly questions: Readonly<Record<Exclude<TwitchQuestion, EmergencySign>, TwitchQuestionText>>;
  readonly triggers: TwitchQuestionText & { readonly options: Readonly<Record<TwitchTrigger, string>> };
  readonly results: Readonly<Record<CareLevel, CareCardText>>;
  readonly whatToDoLabel: string;
  readonly watchForLabel: string;
  readonly reasonsLabel: string;
  /** Plain words for every rule, shown under "why" in the result. */
  readonly reasons: Readonly<Record<TwitchRuleId, string>>;
  readonly triggerAdviceLabel: string;
  readonly triggerAdvice: Readonly<Record<Exclude<TwitchTrigger, 'none'>, string>>;
  readonly review: ReviewDates;
}
