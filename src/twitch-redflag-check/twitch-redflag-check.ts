import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { answerValues, type Answer } from '../shared/answer.js';
import type { CareLevel } from '../shared/care-level.js';
import { renderBlocks, renderDisclosure } from '../shared/blocks.js';
import { careCardStyles } from '../shared/care-card.styles.js';
import { formStyles } from '../shared/form.styles.js';
import { LhwElement } from '../shared/lhw-element.js';
import { renderRadioQuestion } from '../shared/question.js';
import { reasonTexts, type HintText } from './twitch-content.js';
import { twitchStyles } from './twitch-redflag-check.styles.js';
import {
  assessTwitching,
  emergencyScreenAnswers,
  emergencySigns,
  escalationLevels,
  stepQuestions,
  twitchRules,
  twitchSteps,
  twitchTriggers,
  type EmergencyChoice,
  type StepQuestion,
  type TwitchAssessment,
  type TwitchQuestion,
  type TwitchStep,
  type TwitchTrigger,
} from './twitch-rules.js';

type Screen = 'signs' | TwitchStep | 'result';

const totalSteps = 1 + twitchSteps.length;

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
  static override properties: PropertyDeclarations = {
    screen: { state: true },
    ticked: { state: true },
    answers: { state: true },
    triggers: { state: true },
    assessment: { state: true },
    aboutOpen: { state: true },
    problem: { state: true },
  };

  private screen: Screen = 'signs';
  private ticked: ReadonlySet<EmergencyChoice> = new Set();
  private answers: Partial<Record<TwitchQuestion, Answer>> = {};
  private triggers: readonly TwitchTrigger[] = [];
  private assessment: TwitchAssessment | undefined;
  private aboutOpen = false;
  /**
   * What the current screen still needs: nothing ticked (`unanswered` 0) or that many questions
   * unanswered. Kept as data, not text, so a language change re-words it. `attempt` counts tries.
   */
  private problem: { unanswered: number; attempt: number } | undefined;

  protected override renderBody(): TemplateResult {
    const text = this.content.twitch;
    return html`
      ${this.renderTitle(text.title)}
      <p class="safety-note"><strong>${text.safetyNote(this.careContext)}</strong></p>
      ${renderDisclosure({
        id: 'about',
        heading: (button) => this.renderHeading(1, button),
        label: text.about.heading,
        expanded: this.aboutOpen,
        onToggle: () => (this.aboutOpen = !this.aboutOpen),
        panel: renderBlocks(text.about.body),
      })}
      <section part="check" class="check" aria-labelledby="check-heading">
        ${this.renderHeading(1, text.check.heading, { id: 'check-heading' })}
        ${this.screen === 'result' && this.assessment ? this.#renderResult(this.assessment) : this.#renderScreen()}
        <div role="status" class="visually-hidden">${this.#renderAnnouncement()}</div>
      </section>
      ${this.renderAbout(text.review, [...new Set([...text.about.sources, ...text.check.sources])])}
    `;
  }

  #renderScreen(): TemplateResult {
    const { check } = this.content.twitch;
    const index = this.screen === 'signs' ? 0 : 1 + twitchSteps.indexOf(this.screen as TwitchStep);
    const last = index === totalSteps - 1;
    return html`<form class="screen" novalidate @submit=${this.#onNext}>
      <p class="step-count" id="step-count">${check.stepCount(index + 1, totalSteps)}</p>
      ${
        // A fresh form per screen: reused radio inputs renamed across screens lose their ticks.
        keyed(this.screen, this.screen === 'signs' ? this.#renderSignsScreen() : this.#renderStep(this.screen as TwitchStep))
      }
      ${this.problem
        ? keyed(this.problem.attempt, html`<p id="problem" class="problem" role="alert">${this.#problemText(this.problem.unanswered)}</p>`)
        : nothing}
      <div class="actions">
        ${index > 0 ? html`<button type="button" @click=${this.#onBack}>${check.back}</button>` : nothing}
        <button class="primary" type="submit">${last ? check.showResult : check.next}</button>
      </div>
    </form>`;
  }

  #renderSignsScreen(): TemplateResult {
    const screen = this.content.twitch.emergencyScreen;
    return html`${this.renderHeading(2, screen.heading, { id: 'step-heading', focusable: true, describedBy: 'step-count' })}
      <fieldset class="signs" aria-describedby=${this.problem ? 'signs-hint problem' : 'signs-hint'}>
      <legend>${screen.legend}</legend>
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
        .checked=${this.ticked.has(choice)}
        @change=${() => this.#tick(choice)}
      />
      ${label}
    </label>`;
  }

  /** "None of these" and the signs exclude each other. */
  #tick(choice: EmergencyChoice): void {
    const ticked = new Set(this.ticked);
    if (ticked.has(choice)) {
      ticked.delete(choice);
    } else {
      if (choice === 'none') ticked.clear();
      else ticked.delete('none');
      ticked.add(choice);
    }
    this.ticked = ticked;
  }

  #renderStep(step: TwitchStep): TemplateResult {
    const text = this.content.twitch;
    return html`${this.renderHeading(2, text.steps[step], { id: 'step-heading', focusable: true, describedBy: 'step-count' })}
      ${stepQuestions[step].map((question) => this.#renderQuestion(question))}
      ${step === 'causes' ? this.#renderTriggers() : nothing}`;
  }

  #renderQuestion(question: StepQuestion): TemplateResult {
    const { legend, hint } = this.content.twitch.questions[question];
    return renderRadioQuestion({
      name: question,
      legend,
      hint: this.#hintText(hint),
      options: answerValues.map((value) => [value, this.content.shared.answers[value]] as const),
      selected: this.answers[question],
      missing: this.problem !== undefined && this.answers[question] === undefined,
      problemId: 'problem',
      onChange: (value) => (this.answers = { ...this.answers, [question]: value as Answer }),
    });
  }

  #hintText(hint: HintText | undefined): string | undefined {
    return typeof hint === 'function' ? hint(this.careContext) : hint;
  }

  #renderTriggers(): TemplateResult {
    const { legend, hint, options } = this.content.twitch.triggers;
    return html`<fieldset aria-describedby="triggers-hint">
      <legend>${legend}</legend>
      <p class="hint" id="triggers-hint">${hint}</p>
      ${twitchTriggers.map(
        (trigger) => html`<label class="choice">
          <input type="checkbox" .checked=${this.triggers.includes(trigger)} @change=${() => this.#toggleTrigger(trigger)} />
          ${options[trigger]}
        </label>`,
      )}
    </fieldset>`;
  }

  /** "None" and the named triggers exclude each other. */
  #toggleTrigger(trigger: TwitchTrigger): void {
    if (this.triggers.includes(trigger)) this.triggers = this.triggers.filter((t) => t !== trigger);
    else if (trigger === 'none') this.triggers = ['none'];
    else this.triggers = [...this.triggers.filter((t) => t !== 'none'), trigger];
  }

  async #onNext(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.screen === 'signs') {
      if (this.ticked.size === 0) return this.#showProblem(0, 'input');
      this.answers = { ...this.answers, ...emergencyScreenAnswers(this.ticked) };
      // Any emergency sign ends the check at once, with no further questions: so the result
      // names only the emergency signs, not the questions it never asked.
      if (!this.ticked.has('none')) return this.#finish('emergency');
      return this.#goTo(twitchSteps[0]);
    }
    const step = this.screen as TwitchStep;
    const missing = stepQuestions[step].filter((question) => this.answers[question] === undefined);
    if (missing.length > 0) return this.#showProblem(missing.length, `input[name="${missing[0]}"]`);
    const next = twitchSteps[twitchSteps.indexOf(step) + 1];
    return next ? this.#goTo(next) : this.#finish();
  }

  #onBack(): Promise<void> {
    const index = twitchSteps.indexOf(this.screen as TwitchStep);
    return this.#goTo(index > 0 ? twitchSteps[index - 1] : 'signs');
  }

  #problemText(unanswered: number): string {
    const { twitch } = this.content;
    return unanswered === 0 ? twitch.emergencyScreen.chooseOne : twitch.check.unanswered(unanswered);
  }

  async #showProblem(unanswered: number, focusSelector: string): Promise<void> {
    this.problem = { unanswered, attempt: (this.problem?.attempt ?? 0) + 1 };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`.screen ${focusSelector}`)?.focus();
  }

  /** Shows another screen and moves focus to its heading (or first box), as a new page would. */
  async #goTo(screen: Screen): Promise<void> {
    this.problem = undefined;
    this.screen = screen;
    await this.updateComplete;
    const target = screen === 'result' ? '#result-heading' : '#step-heading';
    this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  }

  async #finish(onlyLevel?: CareLevel): Promise<void> {
    const { level, reasons } = assessTwitching({ ...this.answers, triggers: this.triggers });
    const asked = onlyLevel ? reasons.filter((id) => twitchRules.find((rule) => rule.id === id)?.level === onlyLevel) : reasons;
    this.assessment = { level, reasons: asked };
    await this.#goTo('result');
    this.dispatchEvent(new CustomEvent('lhw-twitch-result', { detail: this.assessment, bubbles: true, composed: true }));
  }

  async #startAgain(): Promise<void> {
    this.ticked = new Set();
    this.answers = {};
    this.triggers = [];
    this.assessment = undefined;
    await this.#goTo('signs');
  }

  #renderAnnouncement(): TemplateResult | typeof nothing {
    if (this.screen !== 'result' || !this.assessment) return nothing;
    const card = this.content.twitch.results[this.assessment.level];
    return html`${card.label} ${card.heading(this.careContext)}`;
  }

  #renderResult({ level, reasons }: TwitchAssessment): TemplateResult {
    const text = this.content.twitch;
    const card = text.results[level];
    const context = this.careContext;
    const advice = level === 'emergency' ? [] : this.triggers.filter((t): t is Exclude<TwitchTrigger, 'none'> => t !== 'none');
    return html`${this.renderCareCard({
        level,
        label: card.label,
        heading: card.heading(context),
        headingOptions: { id: 'result-heading', focusable: true },
        part: 'result',
        body: html`${this.renderHeading(3, text.whatToDoLabel)}
          <p>${card.whatToDo(context)}</p>
          ${level === 'emergency' ? html`<p>${this.renderEmergencyLink()}</p>` : this.renderContactLinks()}
          ${this.renderHeading(3, text.reasonsLabel)}
          <ul>
            ${reasonTexts(text, reasons).map((reason) => html`<li>${reason}</li>`)}
          </ul>
          ${this.renderHeading(3, text.moreHelp.label)}
          ${level === 'emergency' ? html`<p>${text.results.emergency.whileWaiting(context)}</p>` : this.#renderMoreHelp(level)}
          ${advice.length > 0
            ? html`${this.renderHeading(3, text.triggerAdviceLabel)}
                <ul>
                  ${advice.map((trigger) => html`<li>${text.triggerAdvice[trigger]}</li>`)}
                </ul>`
            : nothing}`,
      })}
      <p class="actions no-print">
        <button type="button" @click=${this.#startAgain}>${this.content.shared.startAgain}</button>
      </p>`;
  }

  /** One short list per higher care level, lowest first, then when to check again. */
  #renderMoreHelp(level: CareLevel): TemplateResult {
    const { moreHelp, emergencyScreen } = this.content.twitch;
    const context = this.careContext;
    const items = {
      soon: moreHelp.soonIf,
      urgent: moreHelp.urgentIf,
      emergency: emergencySigns.map((sign) => emergencyScreen.signs[sign].label),
    };
    return html`${escalationLevels(level).map(
        (higher) => html`${this.renderHeading(4, moreHelp.headings[higher](context))}
          <ul>
            ${items[higher].map((item) => html`<li>${item}</li>`)}
          </ul>`,
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
