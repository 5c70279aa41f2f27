import type { ElementSummaryText, ProseSection, ReviewDates, Sourced } from '../shared/text-types.js';
import { frozen } from '../shared/frozen.js';
import type { RlsCourse, RlsFrequency, RlsPattern, RlsQuestionKey, RlsRuleId } from './rls-pattern.js';

/** The card's sections, in their default order. */
export const rlsSectionIds = frozen([
  'overview',
  'symptoms',
  'sensations',
  'when-to-see',
  'causes',
  'risk-factors',
  'complications',
  'self-help',
  'self-check',
] as const);
export type RlsSectionId = (typeof rlsSectionIds)[number];

/** The sections the compact variant shows before "Show more". */
export const rlsCompactSectionIds: readonly RlsSectionId[] = frozen(['overview', 'symptoms', 'self-check']);

export interface RlsQuestion {
  /** The question, used as the fieldset's legend. */
  readonly legend: string;
  /** Optional plain-words help shown under the question. */
  readonly hint?: string;
}

export interface RlsResultText {
  readonly heading: string;
  readonly text: string;
}

/** Everything the self-check shows. */
export interface RlsSelfCheckContent extends Sourced {
  readonly heading: string;
  readonly intro: string;
  readonly questions: Readonly<Record<RlsQuestionKey, RlsQuestion>>;
  readonly frequencies: Readonly<Record<RlsFrequency, string>>;
  readonly submit: string;
  /** Shown when a question is left unanswered; `count` is how many. */
  readonly unanswered: (unanswered: { readonly count: number }) => string;
  /**
   * Read by screen readers before the result's heading, with its colon in the language's own form
   * ("Your result:", 您的結果：).
   */
  readonly resultLabel: string;
  readonly results: Readonly<Record<RlsPattern, RlsResultText>>;
  readonly courses: Readonly<Record<RlsCourse, string>>;
  /** Plain words for every rule that can fire, shown as "why" under the result. */
  readonly reasons: Readonly<Record<RlsRuleId, string>>;
  readonly reasonsLabel: string;
  /** Advice shown when the result says to see a doctor or nurse. */
  readonly seeClinician: string;
  /** Shown when answers do not suggest a visit, so the visitor still knows when to ask. */
  readonly noVisitNeeded: string;
}

/** Everything `<rls-symptom-card>` shows in one language. */
export interface RlsContent {
  readonly title: string;
  /** The summary of the self-check a visitor takes to an appointment: file name and questions to ask. */
  readonly appointmentSummary: ElementSummaryText;
  /** One-line summary under the title. */
  readonly summary: string;
  readonly sections: Readonly<Record<Exclude<RlsSectionId, 'self-check'>, ProseSection>>;
  readonly selfCheck: RlsSelfCheckContent;
  /**
   * Shown after "How it can affect you", before a link that dials the page's crisis line
   * (`crisis-number`); left out when the page hides the line.
   */
  readonly crisisLine: string;
  /** The crisis link's text for a line that takes texts too (988: `crisisLineTakesTexts`), e.g. "Call 988 or text 988". */
  readonly callOrText: (call: { readonly number: string }) => string;
  /** The compact variant's toggle. */
  readonly showMore: string;
  readonly showLess: string;
  readonly review: ReviewDates;
}
