import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { aboutFooter } from '../shared/about.js';
import { answerValues, type Answer } from '../shared/answer.js';
import { renderBlocks, renderDisclosure } from '../shared/blocks.js';
import { careCard } from '../shared/care-card.js';
import { careCardStyles } from '../shared/care-card.styles.js';
import type { CareLevel } from '../shared/care-level.js';
import { callLink, contactLinks } from '../shared/contact.js';
import { formStyles } from '../shared/form.styles.js';
import { LhwElement } from '../shared/lhw-element.js';
import { renderRadioQuestion } from '../shared/question.js';
import { QuestionnaireController } from '../shared/questionnaire.js';
import { Disclosures } from '../shared/disclosures.js';
import { summaryFileName } from '../shared/summary.js';
import { SummaryPanel } from '../shared/summary-panel.js';
import { TextSource } from '../shared/texts.js';
import { careText, reasonTexts, type TwitchContent } from './twitch-content.js';
import { twitchStyles } from './twitch-redflag-check.styles.js';
import { twitchSummary } from './twitch-summary.js';
import {
  emergencyScreenAnswers,
  emergencySigns,
  escalationLevels,
  isAsked,
  nextScreen,
  questionsOn,
  resultAfter,
  stepQuestions,
  twitchScreens,
  twitchTriggers,
  type EmergencyChoice,
  type StepQuestion,
  type TwitchAssessment,
  type TwitchQuestion,
  type TwitchScreen,
  type TwitchStep,
  type TwitchTrigger,
} from './twitch-rules.js';
import { en } from './text/en.js';
import { es } from './text/es.js';

/** Every named trigger (not "None"), for the tips of a self-care result that names none. */
const namedTriggers = twitchTriggers.filter((t): t is Exclude<TwitchTrigger, 'none'> => t !== 'none');

/** The check's text in every language it has. */
export const twitchTexts = new TextSource<TwitchContent>('twitch', { en, es });

/**
 * A short check for leg twitching that sorts a visitor into one of four care levels: call the
 * emergency number now, get help today, book an appointment, or care for it at home. Emergency
 * signs are asked first, on their own screen, and any of them shows the emergency result at
 * once. "Not sure" always counts as "yes". It never diagnoses.
 *
 * @summary A safe care-level check for leg twitching.
 * @tag twitch-redflag-check
 *
 * @event lhw-twitch-result - The check gave a result. `detail` is `{ level, reasons }`:
 *   `level` is `emergency`, `urgent`, `soon` or `self-care`; `reasons` are the ids of the rules
 *   that fired. It carries no answers.
 *
 * @csspart section - The collapsible "about twitching" section.
 * @csspart check - The check: its questions, one screen at a time.
 * @csspart result - The care card with the result.
 */
export class TwitchRedflagCheck extends LhwElement {
  static override readonly tagName = 'twitch-redflag-check';
  static override styles = [...LhwElement.styles, formStyles, careCardStyles, twitchStyles];

  protected override readonly ownTexts = twitchTexts;

  /** The screens, the answers, what is missing and the result; `result` is shown instead of a screen. */
  readonly #check = new QuestionnaireController<TwitchQuestion, Answer, TwitchScreen, TwitchAssessment>(this, twitchScreens[0]);
  /** What is ticked on the emergency screen. */
  #ticked: ReadonlySet<EmergencyChoice> = new Set();
  /** The triggers ticked on the last screen, in tick order. */
  #triggers: readonly TwitchTrigger[] = [];
  /** The "about twitching" section and the source list. */
  readonly #disclosures = new Disclosures(this);
  /** When the result was given, for its summary. */
  #resultAt = new Date();
  /** "Take this to your appointment": the result, the answers and the questions to ask. */
  readonly #summary = new SummaryPanel(this, {
    build: () =>
      this.summaryDocuments((language, shared, context) => {
        const text = twitchTexts.in(language);
        const { result, resultAnswers: answers } = this.#check;
        return twitchSummary({
          text,
          context,
          basics: { shared, language, clinic: this.clinic, madeAt: this.#resultAt, review: text.review, sources: text.check.sources },
          // The summary shows only after a result.
          visit: { result: result!, ticked: this.#ticked, answers, triggers: this.#triggers },
        });
      }),
    fileName: () => summaryFileName(this.#text.appointmentSummary.fileName, this.#resultAt),
  });

  get #text(): TwitchContent {
    return twitchTexts.in(this.language);
  }

  protected override renderBody(): TemplateResult {
    const text = this.#text;
    const result = this.#check.result;
    // The title, a one-tap call, then straight to the question: the explanation comes after the check.
    return html`
      ${this.heading('title', text.title)}
      <p class="safety-note"><strong>${text.safetyNote}</strong> ${callLink(this.clinic.emergency, this.sharedText)}</p>
      <section part="check" class="check" aria-label=${text.check.heading}>
        ${result ? this.#renderResult(result) : this.#renderScreen(this.#check.screen)}
        <div role="status" class="visually-hidden">${this.#renderAnnouncement()}</div>
      </section>
      ${renderDisclosure({
        id: 'about',
        heading: (button) => this.heading('section', button),
        label: text.about.heading,
        expanded: this.#disclosures.isOpen('about'),
        onToggle: () => this.#disclosures.toggle('about'),
        panel: renderBlocks(text.about.body),
      })}
      ${aboutFooter({
        heading: this.heading,
        text: this.sharedText,
        language: this.language,
        review: text.review,
        sources: [...new Set([...text.about.sources, ...text.check.sources])],
        sourcesOpen: this.#disclosures.isOpen('sources'),
        onToggleSources: () => this.#disclosures.toggle('sources'),
      })}
    `;
  }

  #renderScreen(screen: TwitchScreen): TemplateResult {
    const { check } = this.#text;
    const index = twitchScreens.indexOf(screen);
    const problem = this.#check.problem;
    return html`<form class="screen" novalidate @submit=${this.#onNext}>
      <p class="step-count" id="step-count">${check.stepCount({ step: index + 1, total: twitchScreens.length })}</p>
      ${
        // A fresh form per screen: reused radio inputs renamed across screens lose their ticks.
        keyed(screen, screen === 'signs' ? this.#renderSignsScreen() : this.#renderStep(screen))
      }
      ${problem
        ? keyed(problem.attempt, html`<p id="problem" class="problem" role="alert">${this.#problemText(problem.unanswered)}</p>`)
        : nothing}
      <div class="actions">
        ${index > 0 ? html`<button type="button" @click=${this.#onBack}>${check.back}</button>` : nothing}
        <button class="primary" type="submit">${nextScreen(screen) ? check.next : check.showResult}</button>
      </div>
    </form>`;
  }

  /** The question is the screen's one heading, inside the legend of its boxes. */
  #renderSignsScreen(): TemplateResult {
    const screen = this.#text.emergencyScreen;
    return html`<fieldset class="signs" aria-describedby=${this.#check.problem ? 'signs-hint problem' : 'signs-hint'}>
      <legend>${this.heading('section', screen.legend, { id: 'step-heading', focusable: true, describedBy: 'step-count' })}</legend>
      <p class="hint" id="signs-hint">${screen.hint}</p>
      ${emergencySigns.map(
        (sign) => html`<div class="sign">
          ${this.#renderChoice(sign, screen.signs[sign].label, `${sign}-hint`)}
          <p class="hint" id="${sign}-hint">${screen.signs[sign].hint}</p>
        </div>`,
      )}
      ${this.#renderChoice('unsure', screen.unsure)} ${this.#renderChoice('none', screen.none)}
    </fieldset>`;
  }

  #renderChoice(choice: EmergencyChoice, label: string, hintId?: string): TemplateResult {
    return html`<label class="choice ${choice === 'none' ? 'none' : ''}">
      <input
        type="checkbox"
        aria-describedby=${hintId ?? nothing}
        .checked=${this.#ticked.has(choice)}
        @change=${() => this.#tick(choice)}
      />
      ${label}
    </label>`;
  }

  /** "None of these" and the signs exclude each other. */
  #tick(choice: EmergencyChoice): void {
    const ticked = new Set(this.#ticked);
    if (ticked.has(choice)) {
      ticked.delete(choice);
    } else {
      if (choice === 'none') ticked.clear();
      else ticked.delete('none');
      ticked.add(choice);
    }
    this.#ticked = ticked;
    this.requestUpdate();
  }

  #renderStep(step: TwitchStep): TemplateResult {
    const text = this.#text;
    const asked = stepQuestions[step].filter((question) => isAsked(question, this.#check.answers));
    return html`${this.heading('section', text.steps[step], { id: 'step-heading', focusable: true, describedBy: 'step-count' })}
      ${asked.map((question) => this.#renderQuestion(question))}
      ${nextScreen(step) ? nothing : this.#renderTriggers()}`;
  }

  #renderQuestion(question: StepQuestion): TemplateResult {
    const { legend, hint } = this.#text.questions[question];
    return renderRadioQuestion({
      name: question,
      legend,
      hint: hint && careText(hint, this.careContext),
      options: answerValues.map((value) => [value, this.sharedText.answers[value]] as const),
      selected: this.#check.answers[question],
      missing: this.#check.isMissing(question),
      problemId: 'problem',
      onChange: (value) => this.#check.answer(question, value),
    });
  }

  #renderTriggers(): TemplateResult {
    const { legend, hint, options } = this.#text.triggers;
    return html`<fieldset aria-describedby="triggers-hint">
      <legend>${legend}</legend>
      <p class="hint" id="triggers-hint">${hint}</p>
      ${twitchTriggers.map(
        (trigger) => html`<label class="choice">
          <input type="checkbox" .checked=${this.#triggers.includes(trigger)} @change=${() => this.#toggleTrigger(trigger)} />
          ${options[trigger]}
        </label>`,
      )}
    </fieldset>`;
  }

  /** "None" and the named triggers exclude each other. */
  #toggleTrigger(trigger: TwitchTrigger): void {
    const triggers = this.#triggers;
    if (triggers.includes(trigger)) this.#triggers = triggers.filter((t) => t !== trigger);
    else if (trigger === 'none') this.#triggers = ['none'];
    else this.#triggers = [...triggers.filter((t) => t !== 'none'), trigger];
    this.requestUpdate();
  }

  async #onNext(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const screen = this.#check.screen;
    if (screen === 'signs') {
      if (this.#ticked.size === 0) return this.#showProblem(0, 'input');
      this.#check.answerAll(emergencyScreenAnswers(this.#ticked));
    } else {
      const missing = this.#check.unanswered(questionsOn(screen, this.#check.answers));
      if (missing.length > 0) return this.#showProblem(missing.length, `input[name="${missing[0]}"]`);
    }
    const result = resultAfter(screen, { ...this.#check.answers, triggers: this.#triggers });
    if (result) return this.#finish(result);
    const next = nextScreen(screen);
    if (next) return this.#goTo(next);
  }

  /** Only the screens after the first have "Back". */
  #onBack(): Promise<void> {
    return this.#goTo(twitchScreens[twitchScreens.indexOf(this.#check.screen) - 1]);
  }

  #problemText(unanswered: number): string {
    const text = this.#text;
    return unanswered === 0 ? text.emergencyScreen.chooseOne : text.check.unanswered({ count: unanswered });
  }

  async #showProblem(unanswered: number, focusSelector: string): Promise<void> {
    this.#check.flag(unanswered);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`.screen ${focusSelector}`)?.focus();
  }

  /** Shows another screen and moves focus to its heading, as a new page would. */
  async #goTo(screen: TwitchScreen): Promise<void> {
    this.#check.goTo(screen);
    await this.#focusAfterUpdate('#step-heading');
  }

  async #finish(result: TwitchAssessment): Promise<void> {
    this.#resultAt = new Date();
    this.#summary.reset();
    this.#check.finish(result);
    await this.#focusAfterUpdate('#result-heading');
    this.emit('lhw-twitch-result', result);
  }

  async #focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  async #startAgain(): Promise<void> {
    this.#ticked = new Set();
    this.#triggers = [];
    this.#check.startAgain();
    await this.#focusAfterUpdate('#step-heading');
  }

  #renderAnnouncement(): TemplateResult | typeof nothing {
    const result = this.#check.result;
    if (!result) return nothing;
    const card = this.#text.results[result.level];
    return html`${card.label} ${card.heading(this.careContext)}`;
  }

  #renderResult({ level, reasons }: TwitchAssessment): TemplateResult {
    const text = this.#text;
    const card = text.results[level];
    const context = this.careContext;
    const named = this.#triggers.filter((t): t is Exclude<TwitchTrigger, 'none'> => t !== 'none');
    // Self-care with no trigger named gets every tip; other results only the tips for triggers named.
    const advice = level === 'emergency' ? [] : level === 'self-care' && named.length === 0 ? namedTriggers : named;
    const contact = contactLinks(this.clinic, this.sharedText);
    return html`${careCard({
        heading: this.heading,
        headingRole: 'section',
        level,
        label: card.label,
        title: card.heading(context),
        headingOptions: { id: 'result-heading', focusable: true },
        part: 'result',
        body: html`${this.heading('screen', text.whatToDoLabel)}
          <p>${card.whatToDo(context)}</p>
          ${level === 'emergency'
            ? html`<p>${callLink(this.clinic.emergency, this.sharedText, 'button')}</p>`
            : level === 'self-care'
              ? nothing
              : contact}
          ${this.heading('screen', text.reasonsLabel)}
          <ul>
            ${reasonTexts(text, reasons, context).map((reason) => html`<li>${reason}</li>`)}
          </ul>
          ${this.heading('screen', text.moreHelp.label)}
          ${level === 'emergency' ? html`<p>${text.results.emergency.whileWaiting(context)}</p>` : this.#renderMoreHelp(level)}
          ${advice.length > 0
            ? html`${this.heading('screen', text.triggerAdviceLabel)}
                <ul>
                  ${advice.map((trigger) => html`<li>${text.triggerAdvice[trigger]}</li>`)}
                </ul>`
            : nothing}`,
      })}
      <p class="actions no-print">
        <button type="button" @click=${this.#startAgain}>${this.sharedText.startAgain}</button>
      </p>
      ${
        // After the card: on an emergency result, calling comes first; the summary is for later.
        this.offersSummary ? this.#summary.panel({ heading: this.heading, role: 'section', text: this.sharedText.summary }) : nothing
      }`;
  }

  /**
   * One short list per higher care level, lowest first, then when to check again. On a self-care
   * result the clinic's links sit under "Book an appointment if", the advice they belong to.
   */
  #renderMoreHelp(level: CareLevel): TemplateResult {
    const { moreHelp, emergencyScreen } = this.#text;
    const context = this.careContext;
    const items = {
      soon: moreHelp.soonIf,
      urgent: moreHelp.urgentIf,
      emergency: emergencySigns.map((sign) => emergencyScreen.signs[sign].label),
    };
    return html`${escalationLevels(level).map(
        (higher) => html`${this.heading('block', moreHelp.headings[higher](context))}
          <ul>
            ${items[higher].map((item) => html`<li>${item}</li>`)}
          </ul>
          ${level === 'self-care' && higher === 'soon' ? contactLinks(this.clinic, this.sharedText) : nothing}`,
      )}
      ${level === 'urgent' ? nothing : html`<p>${moreHelp.checkAgain}</p>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'twitch-redflag-check': TwitchRedflagCheck;
  }
  interface HTMLElementEventMap {
    'lhw-twitch-result': CustomEvent<TwitchAssessment>;
  }
}
