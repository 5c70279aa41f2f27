import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { aboutFooter } from '../shared/about.js';
import { parseEnum, parseNameList } from '../shared/attributes.js';
import { renderBlocks, renderDisclosure } from '../shared/blocks.js';
import { careCard } from '../shared/care-card.js';
import { careCardStyles } from '../shared/care-card.styles.js';
import { callLink, contactLinks } from '../shared/contact.js';
import { formStyles } from '../shared/form.styles.js';
import { own } from '../shared/frozen.js';
import { LhwElement } from '../shared/lhw-element.js';
import { unwatchPage, watchPage, type PageWatcher } from '../shared/page-watch.js';
import type { SourceId } from '../shared/sources.js';
import { Disclosures } from '../shared/disclosures.js';
import { renderRadioQuestion } from '../shared/question.js';
import { summaryFileName } from '../shared/summary.js';
import { SummaryPanel } from '../shared/summary-panel.js';
import { TextSource } from '../shared/texts.js';
import { warnOnce } from '../shared/warn.js';
import { CountdownController, formatClock } from './countdown.js';
import {
  crampDurations,
  diaryLevel,
  diarySigns,
  HEAT_ICE_MINUTES,
  helpSignsAt,
  orderSteps,
  overdoseCall,
  spasmMuscles,
  spasmStepIds,
  US_POISON_CONTROL,
  type SpasmHelpLevel,
  type SpasmMuscle,
  type SpasmStepId,
} from './spasm-care.js';
import type { AcetaminophenCautionText, CautionText, SpasmContent } from './spasm-content.js';
import { spasmStyles } from './spasm-relief-steps.styles.js';
import { spasmDiarySummary, type CrampDiary } from './spasm-summary.js';
import { en } from './text/en.js';
import { es } from './text/es.js';

/** The steps' text in every language it has. */
export const spasmTexts = new TextSource<SpasmContent>('spasm', { en, es });

export const spasmModes = ['list', 'guided'] as const;
export type SpasmMode = (typeof spasmModes)[number];

/** The tag of the twitching check, which this widget points to when it is on the same page. */
const TWITCH_CHECK_TAG = 'twitch-redflag-check';

export interface SpasmStepChange {
  readonly step: SpasmStepId;
  /** Position of the step in the shown list, from 0. */
  readonly index: number;
}

export interface SpasmStepsComplete {
  /** True when the visitor said the cramp eased before the last step. */
  readonly eased: boolean;
}

/**
 * Self-care steps for a leg spasm or cramp: stretch, massage, walk, heat or ice, and pain relief
 * afterwards for soreness (a pain reliever acts too slowly to end a cramp). Then when to get help,
 * how to prevent the next one, and a pointer to the twitching check for twitches.
 *
 * @summary Guided self-care for a leg spasm or cramp.
 * @tag spasm-relief-steps
 *
 * @attr mode - `list` (default): every step in one ordered list, easy to scan and print.
 *   `guided`: one step at a time with Back and Next, "Done, it eased", and a timer on the heat
 *   or ice step. Other values fall back to `list` with one warning.
 * @attr steps - Comma list choosing and ordering steps from `stretch, massage, walk, heat-ice,
 *   pain-relief`. Unknown names are ignored with one warning; empty or missing means all.
 * @attr muscle - `calf` (default), `thigh` or `foot`: which stretch to show. Other values fall
 *   back to `calf` with one warning.
 *
 * @event lhw-step-change - Guided mode moved to another step. `detail` is `{ step, index }`.
 * @event lhw-steps-complete - The visitor finished the steps or said the cramp eased. `detail`
 *   is `{ eased }`.
 *
 * @csspart check-first - The blood-clot check above the steps: do not rub or heat such a leg.
 * @csspart steps - The steps: the list, or the current guided step.
 * @csspart timer - The heat or ice timer.
 * @csspart section - Each collapsible block of cautions.
 * @csspart care-card - Each "get help" card.
 * @csspart diary - The cramp diary's questions and its advice.
 */
export class SpasmReliefSteps extends LhwElement {
  static override readonly tagName = 'spasm-relief-steps';
  static override styles = [...LhwElement.styles, formStyles, careCardStyles, spasmStyles];
  static override properties: PropertyDeclarations = {
    mode: {},
    steps: {},
    muscle: {},
  };

  mode: SpasmMode = 'list';
  steps = '';
  muscle: SpasmMuscle = 'calf';

  protected override readonly ownTexts = spasmTexts;

  /** The guided step shown, or `aftercare` once finished or eased. */
  #position: number | 'aftercare' = 0;
  /** The cautions and the source list. */
  readonly #disclosures = new Disclosures(this);
  /**
   * Whether a twitching check is on the page. The check itself is looked up when the button is
   * pressed, never kept: a check the page removes is not held in memory by the steps.
   */
  #twitchOnPage = false;
  /** Looks again whenever elements come or go on the page (the one observer all widgets share). */
  readonly #pageWatcher: PageWatcher = { pageChanged: () => this.#findTwitchCheck() };

  readonly #countdown = new CountdownController(this, HEAT_ICE_MINUTES * 60_000);
  #chosenSteps: SpasmStepId[] = [...spasmStepIds];
  #guided = false;
  #chosenMuscle: SpasmMuscle = 'calf';
  /** The cramp diary as the visitor fills it in; it lives only in memory. */
  #diary: CrampDiary = own({ helped: [], signs: [] });
  /** "Take this to your appointment" for the diary. */
  readonly #summary = new SummaryPanel(this, {
    build: () => {
      const madeAt = new Date();
      return this.summaryDocuments((language, shared, context) => {
        const text = spasmTexts.in(language);
        const basics = { shared, language, clinic: this.clinic, madeAt, review: text.review, sources: text.help.sources };
        return spasmDiarySummary({ text, context, basics, diary: this.#diary });
      });
    },
    fileName: () => summaryFileName(this.#text.appointmentSummary.fileName, new Date()),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // Also sees a check parsed further down the page, added later by a script, or removed.
    watchPage(this.#pageWatcher, true);
    this.#findTwitchCheck();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchPage(this.#pageWatcher);
  }

  /** The twitching check on the page (or in the shadow root the steps are in), if there is one. */
  #twitchCheck(): HTMLElement | null {
    return (this.getRootNode() as Document | ShadowRoot).querySelector(TWITCH_CHECK_TAG);
  }

  #findTwitchCheck(): void {
    const found = this.#twitchCheck() !== null;
    if (found !== this.#twitchOnPage) {
      this.#twitchOnPage = found;
      this.requestUpdate();
    }
  }

  get #text(): SpasmContent {
    return spasmTexts.in(this.language);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const tag = this.localName;
    // The timer is only shown on the guided heat or ice step: no hidden countdown may run on.
    if (changed.has('steps') || changed.has('mode')) this.#countdown.pause();
    if (changed.has('steps')) {
      const { steps, moved } = orderSteps(parseNameList(this.attributeSite, 'steps', this.steps, spasmStepIds));
      if (moved) warnOnce(`<${tag}> steps: pain-relief is for soreness after the cramp, so it is shown last.`);
      this.#chosenSteps = steps;
      this.#position = 0;
    }
    if (changed.has('mode')) this.#guided = parseEnum(this.attributeSite, 'mode', this.mode, spasmModes, 'list') === 'guided';
    if (changed.has('muscle')) this.#chosenMuscle = parseEnum(this.attributeSite, 'muscle', this.muscle, spasmMuscles, 'calf');
  }

  protected override renderBody(): TemplateResult {
    const text = this.#text;
    return html`
      ${this.heading('title', text.title)} ${renderBlocks(text.intro)} ${this.#renderCheckFirst()}
      <div part="steps" class="steps">
        ${this.heading('section', text.stepsHeading)} ${this.#guided ? this.#renderGuided() : this.#renderList()}
      </div>
      ${this.#renderHelp()} ${this.#renderDiary()}
      <div class="prevention">${this.heading('section', text.prevention.heading)} ${renderBlocks(text.prevention.body)}</div>
      ${this.#renderTwitchingNote()}
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

  #citedSources(): SourceId[] {
    const { checkFirst, steps, help, prevention } = this.#text;
    const cited = [...checkFirst.sources, ...this.#chosenSteps.flatMap((id) => steps[id].sources), ...help.sources, ...prevention.sources];
    return [...new Set(cited)];
  }

  #renderList(): TemplateResult {
    return html`<ol class="step-list">
      ${this.#chosenSteps.map((id) => html`<li>${this.#renderStep(id, false)}</li>`)}
    </ol>`;
  }

  /** One step's heading, instructions, cautions and (in guided mode) timer. */
  #renderStep(id: SpasmStepId, guided: boolean): TemplateResult {
    const { steps } = this.#text;
    const body = id === 'stretch' ? steps.stretch.byMuscle[this.#chosenMuscle] : steps[id].body;
    const cautions: readonly (CautionText | AcetaminophenCautionText)[] =
      id === 'heat-ice' ? [steps['heat-ice'].cautions] : id === 'pain-relief' ? steps['pain-relief'].cautions : [];
    return html`${this.heading('screen', steps[id].heading, guided ? { id: 'step-heading', focusable: true, describedBy: 'step-count' } : {})}
      ${renderBlocks(body)}
      ${guided && id === 'heat-ice'
        ? // The safety rules stand open above the timer, read before it starts.
          html`${cautions.map((caution) => html`${this.heading('block', caution.heading)} ${renderBlocks(caution.body)}`)} ${this.#renderTimer()}`
        : cautions.map((caution, index) => this.#renderCaution(`${id}-caution-${index}`, caution))}`;
  }

  /**
   * A caution's disclosure. The acetaminophen caution ends with whom to call after taking too
   * much: US Poison Control on a page for the US, else the emergency number (`overdoseCall`).
   */
  #renderCaution(id: string, caution: CautionText | AcetaminophenCautionText): TemplateResult {
    const { emergency } = this.careContext;
    return renderDisclosure({
      id,
      heading: (button) => this.heading('block', button),
      label: caution.heading,
      expanded: this.#disclosures.isOpen(id),
      onToggle: () => this.#disclosures.toggle(id),
      panel: html`${renderBlocks(caution.body)}${
        'overdose' in caution ? html`<p>${caution.overdose[overdoseCall(emergency)]({ poisonControl: US_POISON_CONTROL, emergency })}</p>` : nothing
      }`,
    });
  }

  #renderGuided(): TemplateResult {
    const { guided } = this.#text;
    if (this.#position === 'aftercare') return this.#renderAftercare();
    const index = this.#position;
    const id = this.#chosenSteps[index];
    const last = index === this.#chosenSteps.length - 1;
    return html`<p class="step-count" id="step-count">${guided.stepCount({ step: index + 1, total: this.#chosenSteps.length })}</p>
      ${this.#renderStep(id, true)}
      <div class="actions no-print">
        ${index > 0 ? html`<button type="button" @click=${() => this.#goTo(index - 1)}>${guided.back}</button>` : nothing}
        <button class="primary" type="button" @click=${() => (last ? this.#complete(false) : this.#goTo(index + 1))}>
          ${last ? guided.finish : guided.next}
        </button>
        ${id !== 'pain-relief' ? html`<button type="button" @click=${() => this.#complete(true)}>${guided.eased}</button>` : nothing}
      </div>`;
  }

  #renderAftercare(): TemplateResult {
    const { guided } = this.#text;
    const painRelief = this.#chosenSteps.includes('pain-relief');
    return html`${this.heading('screen', guided.aftercareHeading, { id: 'step-heading', focusable: true })}
      <p>${guided.aftercareIntro}</p>
      ${painRelief ? this.#renderStep('pain-relief', false) : nothing}
      <p class="actions no-print">
        <button type="button" @click=${() => this.#goTo(0)}>${guided.startOver}</button>
      </p>`;
  }

  async #goTo(position: number | 'aftercare'): Promise<void> {
    if (position !== this.#position && this.#position !== 'aftercare' && this.#chosenSteps[this.#position] === 'heat-ice') {
      this.#countdown.pause();
    }
    this.#position = position;
    this.requestUpdate();
    if (typeof position === 'number') {
      const detail: SpasmStepChange = { step: this.#chosenSteps[position], index: position };
      this.emit('lhw-step-change', detail);
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
  }

  async #complete(eased: boolean): Promise<void> {
    await this.#goTo('aftercare');
    const detail: SpasmStepsComplete = { eased };
    this.emit('lhw-steps-complete', detail);
  }

  #renderTimer(): TemplateResult {
    const { timer } = this.#text;
    const countdown = this.#countdown;
    const clock = formatClock(countdown.remainingMs, this.language);
    // One toggle button whose label changes, so keyboard focus stays on it through start and pause.
    const toggleLabel = countdown.running ? timer.pause : countdown.started && !countdown.ended ? timer.resume : timer.start;
    return html`<div part="timer" class="timer">
      ${this.heading('block', timer.heading({ minutes: HEAT_ICE_MINUTES }))}
      <p class="time-left">${timer.timeLeft({ clock })}</p>
      <div class="actions">
        <button
          class="timer-toggle"
          type="button"
          ?disabled=${countdown.ended}
          @click=${() => (countdown.running ? countdown.pause() : countdown.start())}
        >
          ${toggleLabel}
        </button>
        <button class="timer-reset" type="button" ?disabled=${!countdown.started} @click=${this.#resetTimer}>${timer.reset}</button>
      </div>
      <p role="status">${countdown.ended ? timer.ended : nothing}</p>
    </div>`;
  }

  /** Reset disables itself, so focus moves on to the start button rather than being lost. */
  async #resetTimer(): Promise<void> {
    this.#countdown.reset();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.timer-toggle')?.focus();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // When time runs out the focused toggle becomes disabled: keep focus on Reset instead.
    const active = this.shadowRoot?.activeElement;
    if (this.#countdown.ended && active?.classList.contains('timer-toggle')) {
      this.renderRoot.querySelector<HTMLElement>('.timer-reset')?.focus();
    }
  }

  /** Above the steps: a leg that may hold a clot must not be rubbed or heated. */
  #renderCheckFirst(): TemplateResult {
    const { checkFirst } = this.#text;
    return html`<div part="check-first" class="check-first">
      ${this.heading('section', checkFirst.heading)}
      <p>${checkFirst.text}</p>
      <p><strong>${checkFirst.emergency(this.careContext)}</strong> ${callLink(this.clinic.emergency, this.sharedText)}</p>
    </div>`;
  }

  #renderHelp(): TemplateResult {
    const { help } = this.#text;
    const contact = contactLinks(this.clinic, this.sharedText);
    const signList = (level: SpasmHelpLevel) =>
      html`<ul>
        ${helpSignsAt(level).map((id) => html`<li>${help.signs[id]}</li>`)}
      </ul>`;
    return html`<div class="help">
      ${this.heading('section', help.heading)}
      ${careCard({
        heading: this.heading,
        level: 'urgent',
        part: 'care-card',
        label: help.urgent.label,
        title: help.urgent.heading,
        body: html`${signList('urgent')} ${contact}
          ${this.heading('block', help.emergencyHeading(this.careContext))} ${signList('emergency')}
          <p>${callLink(this.clinic.emergency, this.sharedText)}</p>`,
      })}
      ${careCard({
        heading: this.heading,
        level: 'soon',
        part: 'care-card',
        label: help.soon.label,
        title: help.soon.heading,
        body: html`${signList('soon')} ${contact}`,
      })}
    </div>`;
  }

  /**
   * The optional cramp diary, closed at first: where, how long, what helped and which get-help
   * signs the visitor had. What to do for the highest level ticked shows at once (a call link
   * first for an emergency sign), then the summary to take to a visit.
   */
  #renderDiary(): TemplateResult | typeof nothing {
    if (!this.offersSummary) return nothing;
    const text = this.#text;
    const notes = text.diary;
    const diary = this.#diary;
    const level = diaryLevel(diary);
    const panel = html`<div part="diary" class="diary">
      <p>${notes.intro}</p>
      ${renderRadioQuestion({
        name: 'diary-muscle',
        legend: notes.muscleLegend,
        options: spasmMuscles.map((muscle) => [muscle, notes.muscles[muscle]] as const),
        selected: diary.muscle,
        missing: false,
        problemId: '',
        onChange: (muscle) => this.#note({ muscle }),
      })}
      ${renderRadioQuestion({
        name: 'diary-duration',
        legend: notes.durationLegend,
        options: crampDurations.map((duration) => [duration, notes.durations[duration]] as const),
        selected: diary.duration,
        missing: false,
        problemId: '',
        onChange: (duration) => this.#note({ duration }),
      })}
      ${this.#renderBoxes(
        notes.helpedLegend,
        [...this.#chosenSteps.map((id) => [id, text.steps[id].heading] as const), ['nothing', notes.nothingHelped] as const],
        diary.helped,
        (helped) => this.#note({ helped }),
      )}
      ${this.#renderBoxes(
        notes.signsLegend,
        diarySigns.map((id) => [id, text.help.signs[id]] as const),
        diary.signs,
        (signs) => this.#note({ signs }),
      )}
      <div role="status" class="diary-advice">
        <p><strong>${notes.advice[level](this.careContext)}</strong></p>
      </div>
      ${level === 'emergency' ? html`<p>${callLink(this.clinic.emergency, this.sharedText, 'button')}</p>` : nothing}
      ${this.#summary.panel({ heading: this.heading, role: 'screen', text: this.sharedText.summary })}
    </div>`;
    return html`<div class="no-print">
      ${renderDisclosure({
        id: 'diary',
        heading: (button) => this.heading('section', button),
        label: notes.heading,
        expanded: this.#disclosures.isOpen('diary'),
        onToggle: () => this.#disclosures.toggle('diary'),
        panel,
      })}
    </div>`;
  }

  /** A group of boxes; "Nothing helped" and the steps exclude each other. */
  #renderBoxes<Value extends string>(
    legend: string,
    options: readonly (readonly [Value, string])[],
    ticked: readonly Value[],
    onChange: (ticked: Value[]) => void,
  ): TemplateResult {
    const toggle = (value: Value): Value[] => {
      if (ticked.includes(value)) return ticked.filter((other) => other !== value);
      if (value === 'nothing') return [value];
      return [...ticked.filter((other) => other !== 'nothing'), value];
    };
    return html`<fieldset>
      <legend>${legend}</legend>
      ${options.map(
        ([value, label]) => html`<label class="choice">
          <input type="checkbox" .checked=${ticked.includes(value)} @change=${() => onChange(toggle(value))} />
          ${label}
        </label>`,
      )}
    </fieldset>`;
  }

  #note(change: Partial<CrampDiary>): void {
    // Without a prototype, so a polluted `muscle` or `duration` never seems answered.
    this.#diary = own(this.#diary, change);
    // "Saved" or "Copied" spoke of the diary before this change.
    this.#summary.reset();
    this.requestUpdate();
  }

  #renderTwitchingNote(): TemplateResult {
    const { twitching } = this.#text;
    return html`<p class="twitching">
      ${twitching.text}
      ${this.#twitchOnPage
        ? html`<button
            class="link-button"
            type="button"
            @click=${() => {
              // Gone since the last render (the page's observer reports a microtask later): nothing to go to.
              const check = this.#twitchCheck();
              check?.scrollIntoView({ block: 'start' });
              check?.focus();
            }}
          >
            ${twitching.goToCheck}
          </button>`
        : twitching.askClinician}
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'spasm-relief-steps': SpasmReliefSteps;
  }
  interface HTMLElementEventMap {
    'lhw-step-change': CustomEvent<SpasmStepChange>;
    'lhw-steps-complete': CustomEvent<SpasmStepsComplete>;
  }
}
