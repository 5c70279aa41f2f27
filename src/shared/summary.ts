import type { ClinicSettings } from './clinic-settings.js';
import { sources, type Source, type SourceId } from './sources.js';
import type { ReviewDates, SharedContent } from './text-types.js';
import { VERSION } from './version.js';

/**
 * "Take this to your appointment": what a visitor carries from a widget to a consultation, as
 * plain data with no DOM. Each element builds its summary from its own text and the visitor's
 * answers (`<element>-summary.ts`); the shared panel prints it, shows it full screen, saves it and
 * copies it, all from this one shape, so the printed page, the saved file and the copied text
 * always say the same. Nothing here leaves the page.
 */

/** The `summary` attribute's values: `on` offers the summary under a result, `off` hides it. */
export const summaryModes = ['on', 'off'] as const;
export type SummaryMode = (typeof summaryModes)[number];

/** One part of a summary under its own heading. */
export interface SummarySection {
  readonly heading: string;
  /** Question and answer pairs, shown as a two-column table under `columns`. */
  readonly rows?: readonly (readonly [question: string, answer: string])[];
  readonly columns?: readonly [question: string, answer: string];
  readonly items?: readonly string[];
  readonly paragraphs?: readonly string[];
  /** Sources, one sentence per publisher, all in one paragraph so the summary fits on one page. */
  readonly citations?: readonly SummaryCitation[];
  /** Ruled lines to write on, for notes. */
  readonly lines?: number;
}

/**
 * A publisher and the titles cited from it, each marked with the language it is written in: a
 * title the publisher has not translated stays in English, and screen readers should say it so.
 */
export interface SummaryCitation {
  readonly publisher: string;
  readonly titles: readonly { readonly title: string; readonly language: string }[];
}

/** Sentences as one paragraph: a space between them, but none after a full-width stop (。！？), as Chinese is written. */
export const joinSentences = (sentences: readonly string[]): string => sentences.join(' ').replace(/([。！？]) /g, '$1');

/** The full stop after a citation, unless its last title ends with one of its own. */
export const citationStop = ({ titles }: SummaryCitation): string => (/[.?!]$/.test(titles.at(-1)?.title ?? '') ? '' : '.');

/** A citation as plain text: "NHS: Tetanus; Stroke: symptoms." */
export const citationText = (citation: SummaryCitation): string =>
  `${citation.publisher}: ${citation.titles.map(({ title }) => title).join('; ')}${citationStop(citation)}`;

/** One summary in one language. */
export interface SummaryDocument {
  readonly language: string;
  /** On the English copy of a summary in another language: what the copy is for, in the visitor's language. */
  readonly copyNote?: { readonly text: string; readonly language: string };
  readonly title: string;
  /** Lines under the title: when the result was given, and the clinic where the page names one. */
  readonly details: readonly string[];
  /** The result, with the same action heading the widget showed, and what to do. */
  readonly result: { readonly heading: string; readonly text: readonly string[] };
  readonly sections: readonly SummarySection[];
  /** The not-a-diagnosis line, the version and the review date. */
  readonly footer: readonly string[];
}

/** What every summary needs besides the element's own parts. */
export interface SummaryBasics {
  readonly shared: SharedContent;
  readonly language: string;
  readonly clinic: ClinicSettings;
  readonly madeAt: Date;
  readonly review: ReviewDates;
  readonly sources: readonly SourceId[];
}

/** A date and time in the language's own words; formatted only when a summary is made. */
function dateTime(date: Date, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** A review date (YYYY-MM-DD) in the text's words. */
function reviewDate(date: string, shared: SharedContent): string {
  const [year, month, day] = date.split('-').map(Number);
  return shared.date({ day, month: shared.months[month - 1], year });
}

/**
 * A summary from the element's parts: its title, result, and sections (answers, reasons and
 * questions to ask); this adds the date, the clinic, the notes, the sources and the footer.
 */
export function summaryDocument(
  basics: SummaryBasics,
  own: { readonly title: string; readonly result: SummaryDocument['result']; readonly sections: readonly SummarySection[] },
): SummaryDocument {
  const { shared, language, clinic } = basics;
  const text = shared.summary;
  const contact = { clinic: clinic.name ?? '', phone: clinic.phone?.text ?? '' };
  // Titles grouped by publisher, in the language shown where the publisher has it, else in English.
  const byPublisher = new Map<string, SummaryCitation['titles'][number][]>();
  for (const id of basics.sources) {
    const source: Source = sources[id];
    const translation = source.translations?.[language];
    const titles = byPublisher.get(source.publisher) ?? [];
    titles.push(translation ? { title: translation.title, language } : { title: source.title, language: 'en' });
    byPublisher.set(source.publisher, titles);
  }
  const citations = [...byPublisher].map(([publisher, titles]) => ({ publisher, titles }));
  return {
    language,
    title: own.title,
    details: [text.made({ date: dateTime(basics.madeAt, language) }), ...(contact.clinic || contact.phone ? [text.clinic(contact)] : [])],
    result: own.result,
    sections: [
      ...own.sections,
      { heading: text.notesHeading, lines: 2 },
      { heading: shared.sourcesLabel, citations },
    ],
    footer: [shared.notDiagnosis, text.madeBy({ version: VERSION, reviewed: reviewDate(basics.review.lastReviewed, shared) })],
  };
}

/** The saved file's name: the element's name for it and the day of the result, e.g. "leg-twitching-summary-2026-12-03.txt". */
export function summaryFileName(stem: string, madeAt: Date): string {
  const day = [madeAt.getFullYear(), madeAt.getMonth() + 1, madeAt.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
  return `${stem}-${day}.txt`;
}

/** The answers table's section: each question with the visitor's answer in words. */
export function answersSection(shared: SharedContent, rows: readonly (readonly [string, string])[]): SummarySection {
  const { answersHeading, questionColumn, answerColumn } = shared.summary;
  return { heading: answersHeading, columns: [questionColumn, answerColumn], rows };
}

/**
 * The summary as plain text, for "Copy" and "Save": every document in order (the visitor's
 * language first, then the English copy), with the same headings and lines as the printed page.
 */
export function summaryText(documents: readonly SummaryDocument[]): string {
  return documents
    .map((doc) => {
      const lines = [doc.title.toUpperCase(), ...doc.details];
      if (doc.copyNote) lines.unshift(doc.copyNote.text, '');
      lines.push('', doc.result.heading, ...doc.result.text);
      for (const section of doc.sections) {
        lines.push('', section.heading);
        const answerLabel = section.columns?.[1] ?? '';
        for (const [question, answer] of section.rows ?? []) lines.push(`- ${question}`, `  ${answerLabel}: ${answer}`);
        for (const item of section.items ?? []) lines.push(`- ${item}`);
        lines.push(...(section.paragraphs ?? []));
        if (section.citations) lines.push(section.citations.map(citationText).join(' '));
        for (let line = 0; line < (section.lines ?? 0); line += 1) lines.push('_'.repeat(40));
      }
      lines.push('', ...doc.footer);
      return lines.join('\n');
    })
    .join('\n\n----------------------------------------\n\n')
    .concat('\n');
}
