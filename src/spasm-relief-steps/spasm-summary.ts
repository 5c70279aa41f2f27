import { answersSection, summaryDocument, type SummaryBasics, type SummaryDocument } from '../shared/summary.js';
import type { CareContext } from '../shared/text-types.js';
import { diaryLevel, type CrampDuration, type SpasmHelpSignId, type SpasmMuscle, type SpasmStepId } from './spasm-care.js';
import type { SpasmContent } from './spasm-content.js';

/** One cramp as the visitor noted it; every field is optional. */
export interface CrampDiary {
  readonly muscle?: SpasmMuscle;
  readonly duration?: CrampDuration;
  /** The steps that helped, or `nothing` for "Nothing helped". */
  readonly helped: readonly (SpasmStepId | 'nothing')[];
  readonly signs: readonly SpasmHelpSignId[];
}

/**
 * The cramp diary's summary in one language: the advice for the highest level ticked, then each
 * diary question with what the visitor noted ("Not noted" where they left it blank), and the
 * questions to ask.
 */
export function spasmDiarySummary(options: {
  readonly text: SpasmContent;
  readonly context: CareContext;
  readonly basics: SummaryBasics;
  readonly diary: CrampDiary;
}): SummaryDocument {
  const { text, context, basics, diary } = options;
  const { shared } = basics;
  const notes = text.diary;
  const listed = (items: readonly string[]): string => (items.length > 0 ? shared.summary.list({ items }) : notes.none);
  const helped = diary.helped.map((step) => (step === 'nothing' ? notes.nothingHelped : text.steps[step].heading));
  return summaryDocument(basics, {
    title: notes.title,
    result: { heading: notes.advice[diaryLevel(diary)](context), text: [] },
    sections: [
      answersSection(shared, [
        [notes.muscleLegend, diary.muscle ? notes.muscles[diary.muscle] : notes.notNoted],
        [notes.durationLegend, diary.duration ? notes.durations[diary.duration] : notes.notNoted],
        [notes.helpedLegend, listed(helped)],
        [notes.signsLegend, listed(diary.signs.map((sign) => text.help.signs[sign]))],
      ]),
      { heading: shared.summary.askHeading, items: text.appointmentSummary.ask },
    ],
  });
}
