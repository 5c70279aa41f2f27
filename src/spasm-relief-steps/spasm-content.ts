import type { Block, CareContext, ElementSummaryText, ProseSection, ReviewDates, Sourced } from '../shared/text-types.js';
import type { CrampDuration, OverdoseCall, SpasmHelpLevel, SpasmHelpSignId, SpasmMuscle } from './spasm-care.js';

/** A step: its heading, what to do, and the sources. */
export interface SpasmStepText extends Sourced {
  readonly heading: string;
  readonly body: readonly Block[];
}

/** A collapsible block of cautions, shown right beside the step it belongs to. */
export interface CautionText {
  readonly heading: string;
  readonly body: readonly Block[];
}

/**
 * The acetaminophen caution: its last line says whom to call after taking too much, by
 * `overdoseCall` (spasm-care.ts); each line gets both numbers.
 */
export interface AcetaminophenCautionText extends CautionText {
  readonly overdose: Readonly<Record<OverdoseCall, (call: { readonly poisonControl: string; readonly emergency: string }) => string>>;
}

/** A "get help" card's labels: an NHS-style heading of the form "[Do something] if:". */
export interface HelpCardText {
  /** Visually hidden label a screen reader announces first, e.g. "Urgent:". */
  readonly label: string;
  readonly heading: string;
}

/** Everything `<spasm-relief-steps>` shows in one language. */
export interface SpasmContent {
  readonly title: string;
  /** What a cramp is and how long it lasts, before the steps. */
  readonly intro: readonly Block[];
  /** Shown above the steps: a possible blood clot must not be rubbed or heated. */
  readonly checkFirst: Sourced & {
    readonly heading: string;
    readonly text: string;
    readonly emergency: (context: CareContext) => string;
  };
  readonly stepsHeading: string;
  readonly steps: {
    readonly stretch: Sourced & {
      readonly heading: string;
      /** How to stretch, for each muscle the page can choose. */
      readonly byMuscle: Readonly<Record<SpasmMuscle, readonly Block[]>>;
    };
    readonly massage: SpasmStepText;
    readonly walk: SpasmStepText;
    readonly 'heat-ice': SpasmStepText & { readonly cautions: CautionText };
    /** Afterwards, for soreness: a pain reliever works too slowly to end a cramp. */
    readonly 'pain-relief': SpasmStepText & { readonly cautions: readonly [ibuprofen: CautionText, acetaminophen: AcetaminophenCautionText] };
  };
  /** One step at a time (`mode="guided"`). */
  readonly guided: {
    /** "Step 2 of 5". */
    readonly stepCount: (count: { readonly step: number; readonly total: number }) => string;
    readonly back: string;
    readonly next: string;
    readonly finish: string;
    /** The button that says the cramp has eased, which jumps to aftercare. */
    readonly eased: string;
    readonly aftercareHeading: string;
    readonly aftercareIntro: string;
    readonly startOver: string;
  };
  /** The optional timer on the heat or ice step. */
  readonly timer: {
    /** The timer's heading; `minutes` is its length. */
    readonly heading: (timer: { readonly minutes: number }) => string;
    readonly start: string;
    readonly pause: string;
    readonly resume: string;
    readonly reset: string;
    /** The time left as text, e.g. "14:59 left"; `clock` is already formatted for the language. */
    readonly timeLeft: (time: { readonly clock: string }) => string;
    /** Announced politely when the time is up. */
    readonly ended: string;
  };
  readonly help: Sourced & {
    readonly heading: string;
    /** Same-day care, and a-few-days care; the emergency signs sit in the same-day card. */
    readonly urgent: HelpCardText;
    readonly soon: HelpCardText;
    /** Heading of the emergency signs' list inside the same-day card. */
    readonly emergencyHeading: (context: CareContext) => string;
    /** Every reason to get help, by the id of its row in the get-help table. */
    readonly signs: Readonly<Record<SpasmHelpSignId, string>>;
  };
  /** An optional note of one cramp, for a visitor with frequent cramps to bring to a visit. */
  readonly diary: {
    /** The collapsible section's heading. */
    readonly heading: string;
    readonly intro: string;
    /** The diary summary's title. */
    readonly title: string;
    readonly muscleLegend: string;
    readonly muscles: Readonly<Record<SpasmMuscle, string>>;
    readonly durationLegend: string;
    readonly durations: Readonly<Record<CrampDuration, string>>;
    readonly helpedLegend: string;
    readonly nothingHelped: string;
    /** The get-help signs, as boxes (their labels are `help.signs`). */
    readonly signsLegend: string;
    /** In the summary: a question left blank, and a list with nothing ticked. */
    readonly notNoted: string;
    readonly none: string;
    /** What to do, by the highest level ticked; shown at once and heading the summary. */
    readonly advice: Readonly<Record<SpasmHelpLevel | 'self-care', (context: CareContext) => string>>;
  };
  /** The diary's summary a visitor takes to an appointment: file name and questions to ask. */
  readonly appointmentSummary: ElementSummaryText;
  readonly prevention: ProseSection;
  /** For visitors whose muscle twitches rather than cramps. */
  readonly twitching: {
    readonly text: string;
    /** Button that goes to the twitching check when it is on the same page. */
    readonly goToCheck: string;
    /** Said instead when there is no twitching check on the page. */
    readonly askClinician: string;
  };
  readonly review: ReviewDates;
}
