import type { Answer } from '../shared/answer.js';
import { answersSection, summaryDocument, type SummaryBasics, type SummaryDocument } from '../shared/summary.js';
import type { RlsContent } from './rls-content.js';
import { rlsQuestionsAsked, type RlsAssessment, type RlsFrequency, type RlsGivenAnswers } from './rls-pattern.js';

/**
 * The self-check's summary in one language: the pattern as the card said it, with its advice;
 * each question the visitor saw with their answer (the medicine follow-up only when asked); the
 * reasons; and the questions to ask (iron tests, medicines, treatments; no drug is named).
 */
export function rlsSummary(options: {
  readonly text: RlsContent;
  readonly basics: SummaryBasics;
  readonly result: RlsAssessment;
  readonly answers: RlsGivenAnswers;
}): SummaryDocument {
  const { text, basics, result, answers } = options;
  const check = text.selfCheck;
  const { shared } = basics;
  const rows = rlsQuestionsAsked(answers).flatMap((key) => {
    const value = answers[key];
    if (!value) return [];
    // The frequency question has its own options; every other question is yes, no or not sure.
    const said = key === 'frequency' ? check.frequencies[value as RlsFrequency] : shared.answers[value as Answer];
    return [[check.questions[key].legend, said] as const];
  });
  const { heading, text: says } = check.results[result.pattern];
  return summaryDocument(basics, {
    title: text.title,
    result: {
      heading,
      text: [says, ...(result.course ? [check.courses[result.course]] : []), result.seeClinician ? check.seeClinician : check.noVisitNeeded],
    },
    sections: [
      answersSection(shared, rows),
      { heading: check.reasonsLabel, items: result.reasons.map((id) => check.reasons[id]) },
      { heading: shared.summary.askHeading, items: text.appointmentSummary.ask },
    ],
  });
}
