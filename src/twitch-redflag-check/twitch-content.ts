import type { CareContext, ElementSummaryText, ProseSection, ReviewDates, Sourced } from '../shared/text-types.js';
import {
  twitchRules,
  type CareLevel,
  type EmergencySign,
  type EmergencySignRuleId,
  type StepQuestion,
  type TwitchRuleId,
  type TwitchStep,
  type TwitchTrigger,
} from './twitch-rules.js';

/** One care-level result, in the style of an NHS care card. */
export interface CareCardText {
  /** Visually hidden label that a screen reader announces first, e.g. "Emergency:". */
  readonly label: string;
  /** The action heading, e.g. "Call 911 now". */
  readonly heading: (context: CareContext) => string;
  /** What to do now. */
  readonly whatToDo: (context: CareContext) => string;
}

/** A plain text, or one that names the clinic or the emergency number. */
export type CareText = string | ((context: CareContext) => string);

/** A `CareText` as the page shows it, with its clinic and emergency number. */
export function careText(text: CareText, context: CareContext): string {
  return typeof text === 'function' ? text(context) : text;
}

export interface TwitchQuestionText {
  /** The question, used as the fieldset's legend. */
  readonly legend: string;
  /** Optional plain-words help under the question. */
  readonly hint?: CareText;
}

/** One emergency sign: the words a visitor ticks, and a one-line hint that helps them say yes or no. */
export interface EmergencySignText {
  /** A short phrase that also reads well in the "call now if you have" list of every result. */
  readonly label: string;
  readonly hint: string;
}

/** Everything `<twitch-redflag-check>` shows in one language. */
export interface TwitchContent {
  readonly title: string;
  /** The summary a visitor takes to an appointment: file name and questions to ask. */
  readonly appointmentSummary: ElementSummaryText;
  /**
   * The line that always shows, before a link that dials the emergency number: not a diagnosis,
   * and an emergency needs a call, not a form.
   */
  readonly safetyNote: string;
  /** The short explanation of twitching after the check (collapsible). */
  readonly about: ProseSection;
  /** The check itself, and the sources its rules rest on. */
  readonly check: Sourced & {
    /** The check's name, for screen readers (the page shows the widget's title). */
    readonly heading: string;
    /** "Step 2 of 4". */
    readonly stepCount: (count: { readonly step: number; readonly total: number }) => string;
    readonly back: string;
    readonly next: string;
    readonly showResult: string;
    /** Shown when a question on the current step is unanswered; `count` is how many. */
    readonly unanswered: (unanswered: { readonly count: number }) => string;
  };
  /** The first screen: emergency signs, as checkboxes with "None of these". */
  readonly emergencyScreen: {
    /** The question, which is also the screen's heading: about signs now, and signs of the past day that have passed. */
    readonly legend: string;
    /** The screen's question in a summary's answers table: short, so the table fits a page. */
    readonly summaryLabel: string;
    readonly hint: string;
    readonly signs: Readonly<Record<EmergencySign, EmergencySignText>>;
    /** Counts as "not sure" for every sign not ticked, which means an emergency result. */
    readonly unsure: string;
    readonly none: string;
    /** Shown when Next is pressed with nothing ticked. */
    readonly chooseOne: string;
  };
  /** Headings of the screens after the emergency screen. */
  readonly steps: Readonly<Record<TwitchStep, string>>;
  readonly questions: Readonly<Record<StepQuestion, TwitchQuestionText>>;
  /** The triggers' checkboxes on the last screen: the question, a hint, and one label per trigger. */
  readonly triggers: {
    readonly legend: string;
    readonly hint: string;
    readonly options: Readonly<Record<TwitchTrigger, string>>;
  };
  readonly results: Readonly<Record<CareLevel, CareCardText>> & {
    readonly emergency: {
      /** What to do while waiting for help. */
      readonly whileWaiting: (context: CareContext) => string;
    };
  };
  readonly whatToDoLabel: string;
  /**
   * "When to get more help" on a result: one short list per higher care level, each under an
   * NHS-style heading ("Get medical help today if you have:"). The emergency list is the
   * emergency screen's signs.
   */
  readonly moreHelp: {
    readonly label: string;
    readonly headings: Readonly<Record<Exclude<CareLevel, 'self-care'>, (context: CareContext) => string>>;
    readonly urgentIf: readonly string[];
    readonly soonIf: readonly string[];
    /** After the lists of a "book" or self-care result: when to do the check again. */
    readonly checkAgain: string;
  };
  readonly reasonsLabel: string;
  /**
   * Plain words for every rule, shown under "why" in the result. Dark urine sends a visitor who
   * feels very unwell to the emergency number, so it names it.
   */
  readonly reasons: Readonly<Record<Exclude<TwitchRuleId, EmergencySignRuleId>, CareText>> & {
    readonly 'dark-urine': (context: CareContext) => string;
  };
  /** The reason of an emergency sign's own rule: the sign as the visitor ticked it. */
  readonly signReason: (sign: { sign: string }) => string;
  readonly triggerAdviceLabel: string;
  /** A tip per trigger: those the visitor named, or all of them on a self-care result that names none. */
  readonly triggerAdvice: Readonly<Record<Exclude<TwitchTrigger, 'none'>, string>>;
  readonly review: ReviewDates;
}

/**
 * The words a result shows for each rule that fired, in table order: an emergency sign's own
 * rule names the sign as the visitor ticked it; every other rule has its own reason, with the
 * page's emergency number where it names one.
 */
export function reasonTexts(text: TwitchContent, reasons: readonly TwitchRuleId[], context: CareContext): string[] {
  return twitchRules
    .filter((rule) => reasons.includes(rule.id))
    .map((rule) =>
      'emergencySign' in rule ? text.signReason({ sign: text.emergencyScreen.signs[rule.emergencySign].label }) : careText(text.reasons[rule.id], context),
    );
}
