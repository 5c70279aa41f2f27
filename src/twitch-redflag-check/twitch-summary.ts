import type { Answer } from '../shared/answer.js';
import { answersSection, summaryDocument, type SummaryBasics, type SummaryDocument } from '../shared/summary.js';
import type { CareContext } from '../shared/text-types.js';
import { reasonTexts, type TwitchContent } from './twitch-content.js';
import {
  emergencySigns,
  isAsked,
  screensUntilResult,
  stepQuestions,
  twitchScreens,
  twitchSteps,
  type EmergencyChoice,
  type TwitchQuestion,
  type TwitchAssessment,
  type TwitchTrigger,
} from './twitch-rules.js';

/** What the visitor did in the check, as the element holds it. */
export interface TwitchVisit {
  readonly result: TwitchAssessment;
  /** What was ticked on the emergency screen. */
  readonly ticked: ReadonlySet<EmergencyChoice>;
  readonly answers: Partial<Record<TwitchQuestion, Answer>>;
  /** The triggers ticked; left out of the summary when the check ended before their screen. */
  readonly triggers: readonly TwitchTrigger[];
}

/**
 * The twitching check's summary in one language: the result as the card said it, each question
 * the visitor saw with their answer (the emergency screen as what was ticked; follow-ups only when
 * asked; screens after an early result left out), the reasons, and the questions to ask.
 */
export function twitchSummary(options: {
  readonly text: TwitchContent;
  readonly context: CareContext;
  readonly basics: SummaryBasics;
  readonly visit: TwitchVisit;
}): SummaryDocument {
  const { text, context, basics, visit } = options;
  const { shared } = basics;
  const { level, reasons } = visit.result;
  const card = text.results[level];
  const screen = text.emergencyScreen;
  const ticked = emergencySigns.filter((sign) => visit.ticked.has(sign)).map((sign) => screen.signs[sign].label);
  if (visit.ticked.has('unsure')) ticked.push(screen.unsure);
  const rows: [string, string][] = [[screen.summaryLabel, ticked.length > 0 ? shared.summary.list({ items: ticked }) : screen.none]];
  const screens = screensUntilResult({ ...visit.answers, triggers: visit.triggers });
  for (const step of twitchSteps.filter((shown) => screens.includes(shown))) {
    for (const question of stepQuestions[step]) {
      const answer = visit.answers[question];
      if (answer && isAsked(question, visit.answers)) rows.push([text.questions[question].legend, shared.answers[answer]]);
    }
  }
  // The triggers are asked on the last screen.
  if (screens.length === twitchScreens.length && visit.triggers.length > 0) {
    rows.push([text.triggers.legend, shared.summary.list({ items: visit.triggers.map((trigger) => text.triggers.options[trigger]) })]);
  }
  const whatToDo = card.whatToDo(context);
  return summaryDocument(basics, {
    title: text.title,
    result: {
      heading: card.heading(context),
      text: level === 'emergency' ? [whatToDo, text.results.emergency.whileWaiting(context)] : [whatToDo],
    },
    sections: [
      answersSection(shared, rows),
      { heading: text.reasonsLabel, items: reasonTexts(text, reasons, context) },
      { heading: shared.summary.askHeading, items: text.appointmentSummary.ask },
    ],
  });
}
