import type { SourceId } from './sources.js';

/**
 * The building blocks of every widget's text, and the strings all widgets share. Each element
 * owns the type of its own text (for example `twitch-content.ts`), built from these.
 */

/** A calendar date written as YYYY-MM-DD. */
export type IsoDate = `${number}-${number}-${number}`;

/** When a widget's text was last checked by a clinician, and when the next check is due. */
export interface ReviewDates {
  readonly lastReviewed: IsoDate;
  readonly nextReview: IsoDate;
}

/** A block of widget text and the sources it rests on. */
export interface Sourced {
  readonly sources: readonly SourceId[];
}

/** One piece of a section's body. */
export type Block =
  | { readonly paragraph: string }
  /** A bulleted list of short items. */
  | { readonly list: readonly string[] }
  /** A list of named items, each explained in a line. */
  | { readonly terms: readonly { readonly term: string; readonly text: string }[] };

/** A titled section of explanatory text, with its sources. */
export interface ProseSection extends Sourced {
  readonly heading: string;
  readonly body: readonly Block[];
}

/** Values a care message may name. */
export interface CareContext {
  /** The clinic's name, or the text's "your clinic". */
  readonly clinic: string;
  /** The emergency number as the page set it, e.g. "911". */
  readonly emergency: string;
}

/** The three answers every yes/no question offers. */
export interface AnswerLabels {
  readonly yes: string;
  readonly no: string;
  readonly unsure: string;
}

/** The twelve month names, January first. */
export type MonthNames = readonly [string, string, string, string, string, string, string, string, string, string, string, string];

/** "Take this to your appointment": the panel under a result, and the summary it makes. */
export interface SummaryText {
  readonly heading: string;
  /** What the panel offers, and that nothing is sent anywhere. */
  readonly intro: string;
  readonly print: string;
  readonly save: string;
  readonly copy: string;
  /** Opens the summary full screen, to hand a phone to a nurse. */
  readonly show: string;
  readonly close: string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly saving: string;
  /** When the result was given or the diary written, e.g. "Date: December 3, 2026 at 3:42 PM". */
  readonly made: (made: { readonly date: string }) => string;
  readonly answersHeading: string;
  readonly questionColumn: string;
  readonly answerColumn: string;
  /**
   * The clinic's name and phone under the summary's title, e.g. "Your clinic: Lakeside, 555 0100";
   * either may be empty (the line shows when one is set).
   */
  readonly clinic: (contact: { readonly clinic: string; readonly phone: string }) => string;
  /** Several answers to one question (boxes ticked), in the language's own punctuation. */
  readonly list: (list: { readonly items: readonly string[] }) => string;
  /** Above the element's questions the visitor may want to ask. */
  readonly askHeading: string;
  readonly notesHeading: string;
  /** The last line: the library's version and the text's review date. */
  readonly madeBy: (about: { readonly version: string; readonly reviewed: string }) => string;
  /**
   * Above the English copy of a summary in another language, in the visitor's language, so they
   * know which part to hand to the clinician. (An English summary has no copy: the English
   * string is there for translators.)
   */
  readonly englishCopy: string;
}

/** An element's own part of its summary: the saved file's name and the questions to ask. */
export interface ElementSummaryText {
  /** The saved file's name before its date, e.g. "leg-twitching-summary". */
  readonly fileName: string;
  /** Questions the visitor may want to ask the doctor or nurse. */
  readonly ask: readonly string[];
}

/** Strings every element shares: contact lines, the review footer, the disclaimer. */
export interface SharedContent {
  /** Plain statement that the widget educates and does not diagnose. */
  readonly notDiagnosis: string;
  /** Heading of the footer that lists sources and review dates. */
  readonly aboutHeading: string;
  readonly sourcesLabel: string;
  readonly lastReviewedLabel: string;
  readonly nextReviewLabel: string;
  /** Month names for review dates: written from the text, so no date formatter runs on a first render. */
  readonly months: MonthNames;
  /** A review date in words, e.g. "November 27, 2026". */
  readonly date: (date: { readonly day: number; readonly month: string; readonly year: number }) => string;
  /** Link text that dials a number, e.g. "Call 911". */
  readonly callNumber: (call: { readonly number: string }) => string;
  /** Link text that dials the clinic; `clinic` is the clinic's name or `yourClinic`. */
  readonly callClinic: (call: { readonly clinic: string; readonly phone: string }) => string;
  /** Link text for the clinic's booking page. */
  readonly bookAppointment: (booking: { readonly clinic: string }) => string;
  /** Stands in for the clinic's name when the page gives none. */
  readonly yourClinic: string;
  /** Label of the group of contact links, for screen readers. */
  readonly contactLabel: string;
  readonly answers: AnswerLabels;
  /** Button that clears a check's answers and result. */
  readonly startAgain: string;
  readonly summary: SummaryText;
}
