import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { aboutFooter } from '../shared/about.js';
import { answerValues, type Answer } from '../shared/answer.js';
import { parseEnum, parseNameList } from '../shared/attributes.js';
import { renderBlocks, renderDisclosure } from '../shared/blocks.js';
import { callLink, contactLinks } from '../shared/contact.js';
import { formStyles } from '../shared/form.styles.js';
import { LhwElement } from '../shared/lhw-element.js';
import { renderRadioQuestion } from '../shared/question.js';
import { Disclosures } from '../shared/disclosures.js';
import { QuestionnaireController } from '../shared/questionnaire.js';
import type { SourceId } from '../shared/sources.js';
import { summaryFileName } from '../shared/summary.js';
import { SummaryPanel } from '../shared/summary-panel.js';
import { TextSource } from '../shared/texts.js';
import { rlsCompactSectionIds, rlsSectionIds, type RlsContent, type RlsSectionId } from './rls-content.js';
import {
  assessRlsPattern,
  completeRlsAnswers,
  crisisLineTakesTexts,
  rlsQuestionsAsked,
  rlsFrequencies,
  type RlsAssessment,
  type RlsFrequency,
  type RlsQuestionKey,
} from './rls-pattern.js';
import { rlsStyles } from './rls-symptom-card.styles.js';
import { rlsSummary } from './rls-summary.js';
import { en } from './text/en.js';
import { es } from './text/es.js';

/** The card's text in every language it has. */
export const rlsTexts = new TextSource<RlsContent>('rls', { en, es });

export const rlsVariants = ['full', 'compact'] as const;
export type RlsVariant = (typeof rlsVariants)[number];


/**
 * A card that explains restless legs syndrome (RLS) in plain words, with a short self-check that
 * compares a visitor's answers with the recognised pattern. It never diagnoses.
 *
 * @summary Restless legs syndrome explained, with a self-check.
 * @tag rls-symptom-card
 *
 * @attr sections - Comma list choosing and ordering sections from `overview, symptoms,
 *   sensations, when-to-see, causes, risk-factors, complications, self-help, self-check`.
 *   Unknown names are ignored with one warning; empty or missing means all.
 * @attr variant - `full` (default) or `compact`: overview, symptoms and the self-check, with a
 *   toggle that shows the rest. Other values fall back to `full` with one warning.
 *
 * @event lhw-rls-result - The self-check gave a result. `detail` is the `RlsAssessment`:
 *   `{ pattern, course, seeClinician, reasons }`. It carries no answers.
 *
 * @csspart section - Each collapsible section.
 * @csspart self-check - The self-check form.
 * @csspart result - The self-check's result.
 */
export class RlsSymptomCard extends LhwElement {
  static override readonly tagName = 'rls-symptom-card';
  static override styles = [...LhwElement.styles, formStyles, rlsStyles];
  static override properties: PropertyDeclarations = {
    sections: {},
    variant: {},
  };

  sections = '';
  variant: RlsVariant = 'full';

  protected override readonly ownTexts = rlsTexts;

  /** The self-check: one screen, its answers, what is missing and the result. */
  readonly #check = new QuestionnaireController<RlsQuestionKey, Answer | RlsFrequency, 'form', RlsAssessment>(this, 'form');
  /** The sections (the first shown starts open), "show all sections" (`more`) and the source list. */
  readonly #disclosures = new Disclosures(this);

  /** When the result was given, for its summary. */
  #resultAt = new Date();
  /** "Take this to your appointment": the pattern, the answers and the questions to ask. */
  readonly #summary = new SummaryPanel(this, {
    build: () =>
      this.summaryDocuments((language, shared) => {
        const text = rlsTexts.in(language);
        const { result, resultAnswers: answers } = this.#check;
        return rlsSummary({
          text,
          basics: { shared, language, clinic: this.clinic, madeAt: this.#resultAt, review: text.review, sources: text.selfCheck.sources },
          // The summary shows only after a result.
          result: result!,
          answers,
        });
      }),
    fileName: () => summaryFileName(this.#text.appointmentSummary.fileName, this.#resultAt),
  });

  #chosenSections: RlsSectionId[] = [...rlsSectionIds];
  #compact = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('sections')) {
      this.#chosenSections = parseNameList(this.attributeSite, 'sections', this.sections, rlsSectionIds);
    }
    if (changed.has('variant')) {
      this.#compact = parseEnum(this.attributeSite, 'variant', this.variant, rlsVariants, 'full') === 'compact';
    }
  }

  get #text(): RlsContent {
    return rlsTexts.in(this.language);
  }

  protected override renderBody(): TemplateResult {
    const text = this.#text;
    const shown = this.#compact ? this.#chosenSections.filter((id) => rlsCompactSectionIds.includes(id)) : this.#chosenSections;
    const more = this.#chosenSections.filter((id) => !shown.includes(id));
    const showingAll = this.#disclosures.isOpen('more');
    return html`
      ${this.heading('title', text.title)}
      <p class="summary">${text.summary}</p>
      ${shown.includes('self-check') && shown[0] !== 'self-check'
        ? html`<p class="no-print">
            <button class="link-button" @click=${this.#goToSelfCheck}>${text.selfCheck.heading}</button>
          </p>`
        : nothing}
      ${shown.map((id) => this.#renderSection(id, id === shown[0]))}
      ${more.length > 0
        ? html`<div id="more" class="collapsible" ?hidden=${!showingAll}>
              ${more.map((id) => this.#renderSection(id, false))}
            </div>
            <p class="no-print">
              <button
                class="link-button"
                aria-expanded=${showingAll ? 'true' : 'false'}
                aria-controls="more"
                @click=${() => this.#disclosures.toggle('more')}
              >
                ${showingAll ? text.showLess : text.showMore}
              </button>
            </p>`
        : nothing}
      ${aboutFooter({
        heading: this.heading,
        text: this.sharedText,
        language: this.language,
        review: text.review,
        sources: this.#citedSources(),
        sourcesOpen: this.#disclosures.isOpen('sources'),
        onToggleSources: () => this.#disclosures.toggle('sources'),
      })}
    `;
  }

  /**
   * "Check your symptoms" near the title: opens the self-check and moves there. (It is always among
   * the sections shown, compact or not, and is not the first one when this link shows.)
   */
  async #goToSelfCheck(): Promise<void> {
    this.#disclosures.open('self-check');
    await this.updateComplete;
    const heading = this.renderRoot.querySelector<HTMLElement>('#self-check-button');
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus();
  }

  #citedSources(): SourceId[] {
    const { sections, selfCheck } = this.#text;
    const cited = this.#chosenSections.flatMap((id) => (id === 'self-check' ? selfCheck.sources : sections[id].sources));
    return [...new Set(cited)];
  }

  /** A collapsible section; the first one shown starts open. */
  #renderSection(id: RlsSectionId, isFirst: boolean): TemplateResult {
    const text = this.#text;
    return renderDisclosure({
      id,
      heading: (button) => this.heading('section', button),
      label: id === 'self-check' ? text.selfCheck.heading : text.sections[id].heading,
      expanded: this.#disclosures.isOpen(id, isFirst),
      onToggle: () => this.#disclosures.toggle(id),
      panel: id === 'self-check' ? this.#renderSelfCheck() : this.#renderProse(id),
    });
  }

  #renderProse(id: Exclude<RlsSectionId, 'self-check'>): unknown {
    return html`${renderBlocks(this.#text.sections[id].body)}${id === 'when-to-see' ? contactLinks(this.clinic, this.sharedText) : nothing}
    ${id === 'complications' ? this.#renderCrisisLine() : nothing}`;
  }

  /** Beside the mood advice: the page's crisis line, unless the page hides it; 988 says "call or text" (`crisisLineTakesTexts`). */
  #renderCrisisLine(): TemplateResult | typeof nothing {
    const { crisis } = this.clinic;
    const label = crisis && crisisLineTakesTexts(crisis.text) ? this.#text.callOrText({ number: crisis.text }) : undefined;
    return crisis ? html`<p class="crisis-line"><strong>${this.#text.crisisLine}</strong> ${callLink(crisis, this.sharedText, 'plain', label)}</p>` : nothing;
  }

  #renderSelfCheck(): TemplateResult {
    const check = this.#text.selfCheck;
    const { problem, result } = this.#check;
    return html`<form part="self-check" class="self-check" novalidate @submit=${this.#onSubmit}>
      <p>${check.intro}</p>
      ${rlsQuestionsAsked(this.#check.answers).map((key) => this.#renderQuestion(key))}
      <div class="actions no-print">
        <button class="primary" type="submit">${check.submit}</button>
        ${result ? html`<button type="button" @click=${this.#startAgain}>${this.sharedText.startAgain}</button>` : nothing}
      </div>
      <div role="status" class="status">
        ${problem
          ? // A new node on every try, so screen readers announce the same message again.
            keyed(problem.attempt, html`<p id="unanswered" class="problem">${check.unanswered({ count: problem.unanswered })}</p>`)
          : nothing}
        ${result ? this.#renderResult(result) : nothing}
      </div>
    </form>
    ${result && this.offersSummary ? this.#summary.panel({ heading: this.heading, role: 'screen', text: this.sharedText.summary }) : nothing}`;
  }

  #renderQuestion(key: RlsQuestionKey): TemplateResult {
    const check = this.#text.selfCheck;
    const question = check.questions[key];
    const options: readonly (readonly [Answer | RlsFrequency, string])[] =
      key === 'frequency'
        ? rlsFrequencies.map((value) => [value, check.frequencies[value]] as const)
        : answerValues.map((value) => [value, this.sharedText.answers[value]] as const);
    return renderRadioQuestion({
      name: key,
      legend: question.legend,
      hint: question.hint,
      options,
      selected: this.#check.answers[key],
      missing: this.#check.isMissing(key),
      problemId: 'unanswered',
      onChange: (value) => this.#check.answer(key, value),
    });
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const answers = completeRlsAnswers(this.#check.answers);
    if (!answers) {
      const missing = this.#check.unanswered(rlsQuestionsAsked(this.#check.answers));
      this.#check.flag(missing.length);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>(`input[name="${missing[0]}"]`)?.focus();
      return;
    }
    const result = assessRlsPattern(answers);
    this.#resultAt = new Date();
    this.#summary.reset();
    this.#check.finish(result);
    this.emit('lhw-rls-result', result);
  }

  async #startAgain(): Promise<void> {
    this.#check.startAgain();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('.self-check input')?.focus();
  }

  #renderResult({ pattern, course, seeClinician, reasons }: RlsAssessment): TemplateResult {
    const check = this.#text.selfCheck;
    const result = check.results[pattern];
    return html`<div part="result" class="result result-${pattern}">
      ${this.heading('screen', html`<span class="visually-hidden">${check.resultLabel} </span>${result.heading}`)}
      <p>${result.text}</p>
      ${course ? html`<p>${check.courses[course]}</p>` : nothing}
      <p>${seeClinician ? check.seeClinician : check.noVisitNeeded}</p>
      ${seeClinician ? contactLinks(this.clinic, this.sharedText) : nothing}
      <p class="reasons-label">${check.reasonsLabel}</p>
      <ul class="reasons">
        ${reasons.map((id) => html`<li>${check.reasons[id]}</li>`)}
      </ul>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rls-symptom-card': RlsSymptomCard;
  }
  interface HTMLElementEventMap {
    'lhw-rls-result': CustomEvent<RlsAssessment>;
  }
}
