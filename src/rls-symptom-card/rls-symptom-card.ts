import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { SourceId } from '../content/sources.js';
import { parseEnum, parseNameList } from '../shared/attributes.js';
import { renderBlocks, renderDisclosure } from '../shared/blocks.js';
import { answerValues } from '../shared/answer.js';
import { formStyles } from '../shared/form.styles.js';
import { LhwElement } from '../shared/lhw-element.js';
import { renderRadioQuestion } from '../shared/question.js';
import { rlsCompactSectionIds, rlsSectionIds, type RlsSectionId } from './rls-content.js';
import {
  assessRlsPattern,
  rlsAnswerKeys,
  rlsFrequencies,
  type RlsAnswerKey,
  type RlsAnswers,
  type RlsAssessment,
} from './rls-pattern.js';
import { rlsStyles } from './rls-symptom-card.styles.js';

export const rlsVariants = ['full', 'compact'] as const;
export type RlsVariant = (typeof rlsVariants)[number];

type QuestionKey = RlsAnswerKey | 'frequency';
const questionKeys: readonly QuestionKey[] = [...rlsAnswerKeys.slice(0, 5), 'frequency', ...rlsAnswerKeys.slice(5)];

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
    answers: { state: true },
    assessment: { state: true },
    unansweredCount: { state: true },
    submitAttempts: { state: true },
    toggled: { state: true },
    showingAll: { state: true },
  };

  sections = '';
  variant: RlsVariant = 'full';

  private answers: Partial<RlsAnswers> = {};
  private assessment: RlsAssessment | undefined;
  private unansweredCount = 0;
  private submitAttempts = 0;
  /** Sections the visitor has opened or closed, against the default (only the first open). */
  private toggled = new Set<RlsSectionId>();
  private showingAll = false;

  #chosenSections: RlsSectionId[] = [...rlsSectionIds];
  #compact = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('sections')) {
      this.#chosenSections = parseNameList(this.localName, 'sections', this.sections, rlsSectionIds);
    }
    if (changed.has('variant')) {
      this.#compact = parseEnum(this.localName, 'variant', this.variant, rlsVariants, 'full') === 'compact';
    }
  }

  protected override renderBody(): TemplateResult {
    const text = this.content.rls;
    const shown = this.#compact ? this.#chosenSections.filter((id) => rlsCompactSectionIds.includes(id)) : this.#chosenSections;
    const more = this.#chosenSections.filter((id) => !shown.includes(id));
    return html`
      ${this.renderTitle(text.title)}
      <p class="summary">${text.summary}</p>
      ${shown.map((id) => this.#renderSection(id, id === shown[0]))}
      ${more.length > 0
        ? html`<div id="more" class="collapsible" ?hidden=${!this.showingAll}>
              ${more.map((id) => this.#renderSection(id, false))}
            </div>
            <p class="no-print">
              <button
                class="link-button"
                aria-expanded=${this.showingAll ? 'true' : 'false'}
                aria-controls="more"
                @click=${() => (this.showingAll = !this.showingAll)}
              >
                ${this.showingAll ? text.showLess : text.showMore}
              </button>
            </p>`
        : nothing}
      ${this.renderAbout(text.review, this.#citedSources())}
    `;
  }

  #citedSources(): SourceId[] {
    const { sections, selfCheck } = this.content.rls;
    const cited = this.#chosenSections.flatMap((id) => (id === 'self-check' ? selfCheck.sources : sections[id].sources));
    return [...new Set(cited)];
  }

  /** A collapsible section; the first one shown starts open. */
  #renderSection(id: RlsSectionId, isFirst: boolean): TemplateResult {
    const text = this.content.rls;
    return renderDisclosure({
      id,
      heading: (button) => this.renderHeading(1, button),
      label: id === 'self-check' ? text.selfCheck.heading : text.sections[id].heading,
      expanded: isFirst !== this.toggled.has(id),
      onToggle: () => this.#toggleSection(id),
      panel: id === 'self-check' ? this.#renderSelfCheck() : this.#renderProse(id),
    });
  }

  #toggleSection(id: RlsSectionId): void {
    const toggled = new Set(this.toggled);
    if (!toggled.delete(id)) toggled.add(id);
    this.toggled = toggled;
  }

  #renderProse(id: Exclude<RlsSectionId, 'self-check'>): unknown {
    return html`${renderBlocks(this.content.rls.sections[id].body)}${id === 'when-to-see' ? this.renderContactLinks() : nothing}
    ${id === 'complications' ? this.#renderCrisisLine() : nothing}`;
  }

  /** Beside the mood advice: the page's crisis line, unless the page hides it. */
  #renderCrisisLine(): TemplateResult | typeof nothing {
    const { crisis } = this.clinic;
    return crisis ? html`<p class="crisis-line"><strong>${this.content.rls.crisisLine}</strong> ${this.renderCallLink(crisis)}</p>` : nothing;
  }

  #renderSelfCheck(): TemplateResult {
    const check = this.content.rls.selfCheck;
    return html`<form part="self-check" class="self-check" novalidate @submit=${this.#onSubmit}>
      <p>${check.intro}</p>
      ${questionKeys.map((key) => this.#renderQuestion(key))}
      <div class="actions no-print">
        <button class="primary" type="submit">${check.submit}</button>
        ${this.assessment ? html`<button type="button" @click=${this.#startAgain}>${this.content.shared.startAgain}</button>` : nothing}
      </div>
      <div role="status" class="status">
        ${this.unansweredCount > 0
          ? // A new node on every try, so screen readers announce the same message again.
            keyed(this.submitAttempts, html`<p id="unanswered" class="problem">${check.unanswered(this.unansweredCount)}</p>`)
          : nothing}
        ${this.assessment ? this.#renderResult(this.assessment) : nothing}
      </div>
    </form>`;
  }

  #renderQuestion(key: QuestionKey): TemplateResult {
    const question = this.content.rls.selfCheck.questions[key];
    const options: readonly (readonly [string, string])[] =
      key === 'frequency'
        ? rlsFrequencies.map((value) => [value, this.content.rls.selfCheck.frequencies[value]] as const)
        : answerValues.map((value) => [value, this.content.shared.answers[value]] as const);
    return renderRadioQuestion({
      name: key,
      legend: question.legend,
      hint: question.hint,
      options,
      selected: this.answers[key],
      missing: this.unansweredCount > 0 && this.answers[key] === undefined,
      problemId: 'unanswered',
      onChange: (value) => this.#answer(key, value),
    });
  }

  #answer(key: QuestionKey, value: string): void {
    this.answers = { ...this.answers, [key]: value };
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const missing = questionKeys.filter((key) => this.answers[key] === undefined);
    this.unansweredCount = missing.length;
    if (missing.length > 0) {
      this.submitAttempts++;
      this.assessment = undefined;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>(`input[name="${missing[0]}"]`)?.focus();
      return;
    }
    this.assessment = assessRlsPattern(this.answers as RlsAnswers);
    this.dispatchEvent(new CustomEvent('lhw-rls-result', { detail: this.assessment, bubbles: true, composed: true }));
  }

  async #startAgain(): Promise<void> {
    this.answers = {};
    this.assessment = undefined;
    this.unansweredCount = 0;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('.self-check input')?.focus();
  }

  #renderResult({ pattern, course, seeClinician, reasons }: RlsAssessment): TemplateResult {
    const check = this.content.rls.selfCheck;
    const result = check.results[pattern];
    return html`<div part="result" class="result result-${pattern}">
      ${this.renderHeading(2, html`<span class="visually-hidden">${check.resultLabel}: </span>${result.heading}`)}
      <p>${result.text}</p>
      ${course ? html`<p>${check.courses[course]}</p>` : nothing}
      <p>${seeClinician ? check.seeClinician : check.noVisitNeeded}</p>
      ${seeClinician ? this.renderContactLinks() : nothing}
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
