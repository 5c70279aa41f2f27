/**
 * The audit of a translated widget, shared by spanish.test.ts and add-on-languages.test.ts: the
 * English strings to look for, what a person can see or hear in a widget, an audit that collects
 * what a state gets wrong, and walks through every state a visitor can reach in each widget.
 *
 * Navigation goes through the elements' test harnesses (test/harness/): ids, parts, input names
 * and values, and labels looked up in the text of the language the widget shows, never English
 * button texts, so an untranslated string is reported by the audit instead of breaking the walk.
 * The scenarios are the harnesses' canonical ones, varied where the audit needs every reason and
 * course line to show; the rule modules say what each must show.
 * Only plain values (strings, arrays) are passed to chai: a failing assertion on a DOM element
 * can hang the test runner.
 */
import { expect, fixtureCleanup, fixtureSync, html } from '@open-wc/testing';
import { collectStrings } from '../../scripts/lib/pack-strings.js';
import { packs } from '../../src/lang/built-in.js';
import type { LanguagePack } from '../../src/lang/language-pack.js';
import { rlsSectionIds } from '../../src/rls-symptom-card/rls-content.js';
import { assessRlsPattern, rlsQuestionOrder, rlsQuestionsAsked, type RlsAssessment, type RlsGivenAnswers } from '../../src/rls-symptom-card/rls-pattern.js';
import type { Block, CareContext, IsoDate, ReviewDates } from '../../src/shared/text-types.js';
import { formatClock } from '../../src/spasm-relief-steps/countdown.js';
import { HEAT_ICE_MINUTES, helpSignsAt, spasmHelpLevels, spasmMuscles, spasmStepIds, type SpasmStepId } from '../../src/spasm-relief-steps/spasm-care.js';
import { careText, reasonTexts } from '../../src/twitch-redflag-check/twitch-content.js';
import {
  careLevels,
  emergencySigns,
  escalationLevels,
  questionsOn,
  stepQuestions,
  twitchRules,
  twitchScreens,
  twitchSteps,
  twitchTriggers,
  type CareLevel,
  type StepQuestion,
  type TwitchAnswers,
  type TwitchAssessment,
  type TwitchRuleId,
  type TwitchStep,
  type TwitchTrigger,
} from '../../src/twitch-redflag-check/twitch-rules.js';
import {
  assessedAnswers,
  asFormAnswers,
  fillSelfCheck,
  goToSelfCheck,
  rlsScenarios,
  shownRlsQuestions,
  startAgainSelfCheck,
  submitSelfCheck,
  type SelfCheckAnswers,
} from '../harness/rls.js';
import { eased, goToStep, nextStep, startOver, toggleTimer } from '../harness/spasm.js';
import {
  allNo,
  answerStep,
  next,
  scenarioAnswers,
  scenarioResult,
  scenarioScreens,
  shownQuestions,
  startAgain,
  tickSign,
  twitchScenarios,
  twitchScreen,
  type TwitchScenario,
} from '../harness/twitch.js';
import { shownLanguage } from '../harness/widget.js';
import type { WidgetTag } from './host-frame.js';
import { q, qa, shadowOf, textOf, withoutIsolates } from './shadow.js';
import { installFakeClock } from './spasm-clock.js';
import { blockTexts, sourcesState } from './spasm-view.js';
import type { Widget } from './summary.js';

const en = packs.en;

// ---------------------------------------------------------------------------------------------
// The clinic settings every audited widget renders with

export const CLINIC_PHONE = '555 0100';
export const EMERGENCY = '911';
const BOOKING_URL = 'https://example.org/appointments';

/** A widget's language and the clinic's name the page sets: what every expected text is written with. */
export interface Rendering {
  readonly pack: LanguagePack;
  readonly clinic: string;
}

/** The care context the widgets fill their messages with (the clinic's name is set). */
export function careContext(clinic: string): CareContext {
  return { clinic, emergency: EMERGENCY };
}

/** The clinic settings, so that contact links render. */
export function clinicAttributes(clinic: string): Record<string, string> {
  return { 'clinic-name': clinic, 'clinic-phone': CLINIC_PHONE, 'booking-url': BOOKING_URL, 'emergency-number': EMERGENCY };
}

export const STEP_MS = 1000;
export const FULL_MS = HEAT_ICE_MINUTES * 60_000;
/** The times left the timer states show: full, one second in, and ended. */
const timerClocksMs = [FULL_MS, FULL_MS - STEP_MS, 0];
export const twitchTotal = twitchScreens.length;
const spasmTotal = spasmStepIds.length;

// ---------------------------------------------------------------------------------------------
// Text helpers

/** Text as a person reads it: whitespace collapsed, trimmed, without bidi isolates. */
export function normalize(text: string): string {
  return withoutIsolates(text).replace(/\s+/g, ' ').trim();
}

/** A review date as the widget writes it in the pack's language, e.g. "27 de noviembre de 2026". */
export function dateIn(pack: LanguagePack, date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number);
  return pack.shared.date({ day, month: pack.shared.months[month - 1], year });
}

/** A widget's title in the pack's language. */
export function titleIn(pack: LanguagePack, tag: WidgetTag): string {
  return tag === 'rls-symptom-card' ? pack.rls.title : tag === 'twitch-redflag-check' ? pack.twitch.title : pack.spasm.title;
}

// ---------------------------------------------------------------------------------------------
// The English strings to look for

/**
 * What a pack's content functions say with the values the widgets really render with: the
 * clinic's name and phone, the emergency number, every step count and "unanswered" count the
 * checks can show, the timer's clocks. (`collectStrings` calls each with one set of sample values,
 * not every value the page can show.)
 */
export function renderedCalls(pack: LanguagePack, clinic: string): [string, string][] {
  const { shared, rls, twitch, spasm } = pack;
  const context = careContext(clinic);
  const calls: [string, string][] = [
    [`shared.callNumber(${EMERGENCY})`, shared.callNumber({ number: EMERGENCY })],
    [`shared.callClinic(${clinic}, ${CLINIC_PHONE})`, shared.callClinic({ clinic, phone: CLINIC_PHONE })],
    [`shared.bookAppointment(${clinic})`, shared.bookAppointment({ clinic })],
    ['spasm.help.emergencyHeading(context)', spasm.help.emergencyHeading(context)],
    ['spasm.checkFirst.emergency(context)', spasm.checkFirst.emergency(context)],
    [`spasm.timer.heading(${HEAT_ICE_MINUTES})`, spasm.timer.heading({ minutes: HEAT_ICE_MINUTES })],
  ];
  for (const [element, review] of [['rls', rls.review], ['twitch', twitch.review], ['spasm', spasm.review]] as const) {
    for (const [which, date] of Object.entries(review)) calls.push([`shared.date(${element}.review.${which})`, dateIn(pack, date)]);
  }
  for (let count = 1; count <= rlsQuestionOrder.length; count += 1) {
    calls.push([`rls.selfCheck.unanswered(${count})`, rls.selfCheck.unanswered({ count })]);
  }
  const mostOnAScreen = Math.max(...twitchSteps.map((step) => stepQuestions[step].length));
  for (let count = 1; count <= mostOnAScreen; count += 1) calls.push([`twitch.check.unanswered(${count})`, twitch.check.unanswered({ count })]);
  for (let step = 1; step <= twitchTotal; step += 1) {
    calls.push([`twitch.check.stepCount(${step}, ${twitchTotal})`, twitch.check.stepCount({ step, total: twitchTotal })]);
  }
  for (let step = 1; step <= spasmTotal; step += 1) {
    calls.push([`spasm.guided.stepCount(${step}, ${spasmTotal})`, spasm.guided.stepCount({ step, total: spasmTotal })]);
  }
  for (const ms of timerClocksMs) {
    const clock = formatClock(ms, pack.language);
    calls.push([`spasm.timer.timeLeft(${clock})`, spasm.timer.timeLeft({ clock })]);
  }
  for (const level of careLevels) {
    const card = twitch.results[level];
    calls.push([`twitch.results.${level}.heading(context)`, card.heading(context)]);
    calls.push([`twitch.results.${level}.whatToDo(context)`, card.whatToDo(context)]);
    if (level !== 'self-care') calls.push([`twitch.moreHelp.headings.${level}(context)`, twitch.moreHelp.headings[level](context)]);
  }
  calls.push(['twitch.results.emergency.whileWaiting(context)', twitch.results.emergency.whileWaiting(context)]);
  for (const sign of emergencySigns) {
    calls.push([`twitch.signReason(${sign})`, twitch.signReason({ sign: twitch.emergencyScreen.signs[sign].label })]);
  }
  for (const [question, { hint }] of Object.entries(twitch.questions)) {
    if (typeof hint === 'function') calls.push([`twitch.questions.${question}.hint(context)`, hint(context)]);
  }
  for (const level of careLevels) calls.push([`spasm.diary.advice.${level}(context)`, spasm.diary.advice[level](context)]);
  return calls;
}

interface Needle {
  readonly text: string;
  readonly lower: string;
  /** Where it comes from in the English pack, for the report. */
  readonly from: string;
}

export interface Needles {
  /** Looked for anywhere, as whole words, ignoring case. */
  readonly evidence: Needle[];
  /** Generic strings: looked for only as the whole text of an element or attribute. */
  readonly short: Needle[];
  /** English strings the translation has too: untranslated strings, with where they come from. */
  readonly untranslated: string[];
}

/**
 * Pack entries that are data, never shown as text: source ids and ISO review dates; and month
 * names, which show only inside a review date (the dates the widgets write are needles
 * themselves, see `renderedCalls`). Alone, an English month name is no evidence: a source's
 * citation in English, which rightly stays English, may name one ("October 2020").
 */
const dataPath = /\.sources\.\d+$|\.review\.(lastReviewed|nextReview)$|^shared\.months\.\d+$/;

/**
 * A "generic" string is one word AND fewer than 6 characters ("Yes", "No", "Back", "Next",
 * "Heat", "Cold", "Pause", "Reset"). Inside running text it is no evidence of English: a
 * clinic's name, an address or a source title may hold it. So a generic string is looked for
 * only as the WHOLE text of an element or attribute (a button labelled "Next" is English).
 */
function isGeneric(text: string): boolean {
  return text.split(' ').length < 2 && text.length < 6;
}

/**
 * The English strings to look for in a widget showing `translation`: every string the English
 * pack can show (`collectStrings`, plus its content functions called with the real values above),
 * minus
 * - data that is never shown as text (source ids, ISO dates);
 * - strings the translation shows too, when they are generic ("No") or listed in `alike` (a
 *   brand, a drug or a proper name rightly the same in both). A longer string the translation
 *   shares is NOT dropped: that is exactly what an untranslated string looks like (an entry left
 *   equal to its English original), and dropping it would hide the very bug the audit is for.
 */
export function englishNeedles({ pack, clinic }: Rendering, alike: readonly string[] = []): Needles {
  const translated = new Set([...collectStrings(pack).map((s) => s.text), ...renderedCalls(pack, clinic).map(([, text]) => text)].map(normalize));
  const english = [
    ...collectStrings(en)
      .filter((s) => !dataPath.test(s.path))
      .map((s) => ({ from: s.path, text: normalize(s.text) })),
    ...renderedCalls(en, clinic).map(([from, text]) => ({ from: `en.${from}`, text: normalize(text) })),
  ];
  const byText = new Map<string, Needle>();
  for (const { from, text } of english) {
    // A string with no letter (a list of sample digits) is no language's.
    if (!/\p{L}/u.test(text) || alike.includes(text) || (translated.has(text) && isGeneric(text))) continue;
    const known = byText.get(text);
    byText.set(text, { text, lower: text.toLowerCase(), from: known ? `${known.from}, ${from}` : from });
  }
  const needles = [...byText.values()];
  return {
    evidence: needles.filter((n) => !isGeneric(n.text)),
    short: needles.filter((n) => isGeneric(n.text)),
    untranslated: needles.filter((n) => translated.has(n.text)).map((n) => `${JSON.stringify(n.text)} (${n.from})`),
  };
}

// ---------------------------------------------------------------------------------------------
// What a person can see or hear in a widget

/** Attributes whose values are shown or spoken. */
export const perceivedAttributes = [
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'alt',
  'placeholder',
];

/**
 * What the audit leaves out: style sheets, and the setup notice, which speaks to the clinic's
 * editor in English on purpose (like the console warnings it repeats) and shows only while the
 * page is checked; `LanguageAudit` fails when it shows without `setup-check`.
 */
export const notAudited = 'style, script, template, [part~="setup-notice"]';

export interface Perceived {
  /** All text nodes (space-joined) and perceived attribute values, whitespace normalized. */
  readonly text: string;
  /** The whole text of every element, and every perceived attribute value, one by one. */
  readonly pieces: ReadonlySet<string>;
  /** `text` without the summary's source line (English titles: see `inSummarySources`). */
  readonly own: string;
  /** The parts marked as another language than the widget's, described. */
  readonly otherLanguage: string[];
}

/** The part of the shadow tree marked as another language than `code`, or null. */
function otherLanguagePart(node: Element, code: string): Element | null {
  const marked = node.closest('[lang]');
  return marked && marked.getAttribute('lang') !== code ? marked : null;
}

function describeLanguagePart(part: Element): string {
  return (
    `${part.closest('#sources-panel') ? '#sources-panel ' : ''}${part.closest('dialog.summary-view') ? 'dialog.summary-view ' : ''}` +
    `${part.localName}${part.className ? `.${String(part.className).split(' ').join('.')}` : ''}[lang="${part.getAttribute('lang')}"]`
  );
}

/**
 * Whether `node` is in the source line of a summary page in the widget's language: the
 * publishers' names, in Latin letters in every language (an English title there is marked
 * `lang="en"` and audited as another language's part). The word audit leaves it out; the
 * English-string audit still reads it.
 */
function inSummarySources(node: Element, pack: LanguagePack): boolean {
  const section = node.closest('article.summary-page section');
  return Boolean(section && textOf(section.querySelector('h3')) === pack.shared.sourcesLabel);
}

/**
 * Everything a person can see or hear in the widget, whether shown now or not: every text node
 * of the shadow root (collapsed `hidden` panels, the closed source list and visually hidden
 * labels included; style sheets and the setup notice left out), the perceived attribute values
 * of the host and of every shadow element, and the value of input buttons. The host's own light
 * DOM is the page's text, not the widget's: the widgets have no slot, so none of it shows.
 *
 * Given the widget's pack, the parts marked as another language are set apart: left out of what
 * is read and listed in `otherLanguage`. Without it every part is read, those marked `lang="en"`
 * too (the Spanish audit looks for English there as well), and `own` is `text`.
 */
export function perceive(host: Element, pack?: LanguagePack): Perceived {
  const root = shadowOf(host);
  const elsewhere = (node: Element) => (pack ? otherLanguagePart(node, pack.language) : null);
  const texts: string[] = [];
  const own: string[] = [];
  const others = new Set<Element>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(notAudited)) continue;
    const other = elsewhere(parent);
    if (other) {
      others.add(other);
      continue;
    }
    const text = normalize(node.nodeValue ?? '');
    if (!text) continue;
    texts.push(text);
    if (!pack || !inSummarySources(parent, pack)) own.push(text);
  }
  const elements = [...root.querySelectorAll('*')].filter((e) => !e.closest(notAudited) && !elsewhere(e));
  const attributes: string[] = [];
  for (const element of [host, ...elements]) {
    for (const name of perceivedAttributes) {
      const value = normalize(element.getAttribute(name) ?? '');
      if (value) attributes.push(value);
    }
    if (element instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(element.type) && element.value) {
      attributes.push(normalize(element.value));
    }
  }
  return {
    text: `${texts.join(' ')} | ${attributes.join(' | ')}`,
    pieces: new Set([...elements.map((e) => textOf(e)), ...attributes]),
    own: `${own.join(' ')} | ${attributes.join(' | ')}`,
    otherLanguage: [...others].map(describeLanguagePart),
  };
}

const wordCharacter = /[\p{L}\p{N}]/u;

/** Whether `needle` occurs in `haystack` as whole words (both already lower case). */
function occursAsWords(haystack: string, needle: string): boolean {
  const checkStart = wordCharacter.test(needle[0]);
  const checkEnd = wordCharacter.test(needle[needle.length - 1]);
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    const startsWord = !checkStart || before === undefined || !wordCharacter.test(before);
    const endsWord = !checkEnd || after === undefined || !wordCharacter.test(after);
    if (startsWord && endsWord) return true;
  }
  return false;
}

/** The English strings the widget shows, each with where it comes from in the English pack. */
export function englishShown(view: Perceived, needles: Needles): string[] {
  const haystack = view.text.toLowerCase();
  return [
    ...needles.evidence.filter((needle) => occursAsWords(haystack, needle.lower)),
    ...needles.short.filter((needle) => view.pieces.has(needle.text)),
  ].map((needle) => `${JSON.stringify(needle.text)} (${needle.from})`);
}

// ---------------------------------------------------------------------------------------------
// The audit

/**
 * Collects, state by state, every English string shown, a setup notice without `setup-check`, a
 * `[part=base]` in another language than the pack's, every expected string missing, and what the
 * language's own checks (`checkMore`) find; `expectClean` then fails once, naming them all.
 */
export abstract class LanguageAudit implements Rendering {
  readonly problems: string[] = [];
  readonly states: string[] = [];

  /** `setting` opens the report: how the language is set (`lang="es" set on <html>`). */
  constructor(
    readonly pack: LanguagePack,
    readonly clinic: string,
    readonly needles: Needles,
    readonly setting: string,
  ) {}

  /** What a person can see or hear in `el`, as this audit reads it (see `perceive`). */
  protected abstract read(el: Element): Perceived;

  /** The language's own checks of a state, on top of the shared ones. */
  protected abstract checkMore(state: string, el: Element, view: Perceived): void;

  problem(state: string, kind: string, detail: string): void {
    this.problems.push(`${state}: ${kind}: ${detail}`);
  }

  /** Audits the state `el` shows now, which must show every string of `expected`. */
  check(state: string, el: Element, expected: readonly string[]): Perceived {
    const code = this.pack.language;
    this.states.push(state);
    const view = this.read(el);
    const english = englishShown(view, this.needles);
    if (english.length > 0) this.problem(state, 'English shown', english.join('; '));
    this.checkMore(state, el, view);
    if (!el.hasAttribute('setup-check') && shadowOf(el).querySelector('[part~="setup-notice"]')) {
      this.problem(state, 'setup notice', 'an English setup notice shows without setup-check');
    }
    const lang = shownLanguage(el);
    if (lang !== code) this.problem(state, 'language', `[part=base] has lang=${JSON.stringify(lang)}, not "${code}"`);
    if (expected.length === 0) throw new Error(`${state}: no string to look for`);
    const missing = expected.map(normalize).filter((text) => !view.text.includes(text));
    if (missing.length > 0) this.problem(state, 'missing', missing.map((text) => JSON.stringify(text)).join('; '));
    return view;
  }

  expectClean(): void {
    const report = `${this.setting}; states walked: ${this.states.length}\n${this.problems.join('\n')}`;
    expect(this.problems, report).to.deep.equal([]);
  }
}

// ---------------------------------------------------------------------------------------------
// Putting widgets on the page

/**
 * Puts the widgets `tags` (each with `attributes`) in a new wrapper and waits until they have
 * rendered; the language comes from `lang` on each, or from the wrapper's `wrapperLang`.
 */
export async function mountAll(
  tags: readonly WidgetTag[],
  options: { lang?: string; wrapperLang?: string; attributes?: Record<string, string> } = {},
): Promise<Widget[]> {
  const wrapper = fixtureSync<HTMLDivElement>(html`<div></div>`);
  if (options.wrapperLang) wrapper.setAttribute('lang', options.wrapperLang);
  const elements = tags.map((tag) => {
    const el = document.createElement(tag) as Widget;
    if (options.lang) el.setAttribute('lang', options.lang);
    for (const [name, value] of Object.entries(options.attributes ?? {})) el.setAttribute(name, value);
    return el;
  });
  wrapper.append(...elements);
  await Promise.all(elements.map((el) => el.updateComplete));
  return elements;
}

/** How a walk puts widgets on the page: in the audited language, with the clinic settings and `attributes`. */
export type Mounter = (tags: readonly WidgetTag[], attributes?: Record<string, string>) => Promise<Widget[]>;

/** Clicks every collapsed disclosure button in the widget (found by `selector`); returns how many stay closed. */
export async function expandAll(el: Widget, selector: string): Promise<number> {
  const buttons = qa<HTMLButtonElement>(el, selector).filter((b) => b.getAttribute('aria-expanded') !== 'true');
  for (const button of buttons) {
    button.click();
    await el.updateComplete;
  }
  return qa(el, selector).filter((b) => b.getAttribute('aria-expanded') !== 'true').length;
}

// ---------------------------------------------------------------------------------------------
// What each state must show, from the pack

/** The footer every widget ends with. */
export function footerTexts(pack: LanguagePack, review: ReviewDates): string[] {
  const { shared } = pack;
  return [
    shared.aboutHeading,
    shared.notDiagnosis,
    shared.sourcesLabel,
    shared.lastReviewedLabel,
    shared.nextReviewLabel,
    dateIn(pack, review.lastReviewed),
    dateIn(pack, review.nextReview),
  ];
}

function contactTexts({ pack, clinic }: Rendering): string[] {
  const { shared } = pack;
  return [shared.contactLabel, shared.callClinic({ clinic, phone: CLINIC_PHONE }), shared.bookAppointment({ clinic })];
}

/** "Take this to your appointment": the panel under a result. */
export function panelTexts(pack: LanguagePack): string[] {
  const { summary } = pack.shared;
  return [summary.heading, summary.intro, summary.print, summary.save, summary.copy, summary.show];
}

/** The self-check form, with the questions it asks for `given` (the medicine follow-up only after "Yes" or "Not sure"). */
function rlsFormTexts(pack: LanguagePack, given: RlsGivenAnswers = {}): string[] {
  const check = pack.rls.selfCheck;
  return [
    check.heading,
    check.intro,
    check.submit,
    ...rlsQuestionsAsked(given).flatMap((key) => {
      const question = check.questions[key];
      return [question.legend, ...(question.hint ? [question.hint] : [])];
    }),
    ...Object.values(check.frequencies),
    ...Object.values(pack.shared.answers),
  ];
}

/** The twitching check's first screen: its question is its one heading. */
export function signsScreenTexts(pack: LanguagePack): string[] {
  const { check, emergencyScreen } = pack.twitch;
  return [
    check.stepCount({ step: 1, total: twitchTotal }),
    emergencyScreen.legend,
    emergencyScreen.hint,
    ...Object.values(emergencyScreen.signs).flatMap((sign) => [sign.label, sign.hint]),
    emergencyScreen.unsure,
    emergencyScreen.none,
    check.next,
  ];
}

function stepScreenTexts({ pack, clinic }: Rendering, step: TwitchStep, questions: readonly string[]): string[] {
  const text = pack.twitch;
  const last = step === twitchSteps[twitchSteps.length - 1];
  return [
    text.check.stepCount({ step: 1 + twitchScreens.indexOf(step), total: twitchTotal }),
    text.steps[step],
    ...questions.flatMap((question) => {
      const { legend, hint } = text.questions[question as StepQuestion];
      return hint ? [legend, careText(hint, careContext(clinic))] : [legend];
    }),
    ...Object.values(pack.shared.answers),
    text.check.back,
    last ? text.check.showResult : text.check.next,
    ...(step === 'causes' ? [text.triggers.legend, ...(text.triggers.hint ? [text.triggers.hint] : []), ...Object.values(text.triggers.options)] : []),
  ];
}

/** "When to get more help" on a result of `level`. */
function moreHelpTexts({ pack, clinic }: Rendering, level: CareLevel): string[] {
  const { moreHelp, results, emergencyScreen } = pack.twitch;
  const context = careContext(clinic);
  if (level === 'emergency') return [results.emergency.whileWaiting(context)];
  const items = { soon: moreHelp.soonIf, urgent: moreHelp.urgentIf, emergency: emergencySigns.map((sign) => emergencyScreen.signs[sign].label) };
  const lists = escalationLevels(level).flatMap((higher) => [moreHelp.headings[higher](context), ...items[higher]]);
  return level === 'urgent' ? lists : [...lists, moreHelp.checkAgain];
}

/** The named triggers (not "None"): all four are ticked, so all four pieces of advice show. */
const namedTriggers = twitchTriggers.filter((t): t is Exclude<TwitchTrigger, 'none'> => t !== 'none');

/** The tips a result shows: none on an emergency; every tip on self-care with no trigger named; else those named. */
function adviceFor(level: CareLevel, triggers: readonly TwitchTrigger[]): Exclude<TwitchTrigger, 'none'>[] {
  const named = namedTriggers.filter((trigger) => triggers.includes(trigger));
  if (level === 'emergency') return [];
  return level === 'self-care' && named.length === 0 ? namedTriggers : named;
}

/** A result card, its "Start again" and the summary panel under it. */
function resultTexts(rendering: Rendering, level: CareLevel, reasons: readonly TwitchRuleId[], advice: readonly Exclude<TwitchTrigger, 'none'>[]): string[] {
  const { pack, clinic } = rendering;
  const text = pack.twitch;
  const card = text.results[level];
  const context = careContext(clinic);
  return [
    card.label,
    card.heading(context),
    card.whatToDo(context),
    text.whatToDoLabel,
    text.reasonsLabel,
    text.moreHelp.label,
    ...moreHelpTexts(rendering, level),
    ...reasonTexts(text, reasons, context),
    // On self-care the clinic's links sit under "When to get more help".
    ...(level === 'emergency' ? [pack.shared.callNumber({ number: EMERGENCY })] : contactTexts(rendering)),
    ...(advice.length > 0 ? [text.triggerAdviceLabel, ...advice.map((t) => text.triggerAdvice[t])] : []),
    pack.shared.startAgain,
    ...panelTexts(pack),
  ];
}

function stepTexts(pack: LanguagePack, id: SpasmStepId, muscle: (typeof spasmMuscles)[number] = 'calf'): string[] {
  const { steps } = pack.spasm;
  const body: readonly Block[] = id === 'stretch' ? steps.stretch.byMuscle[muscle] : steps[id].body;
  const cautions = id === 'heat-ice' ? [steps['heat-ice'].cautions] : id === 'pain-relief' ? steps['pain-relief'].cautions : [];
  return [steps[id].heading, ...blockTexts(body), ...cautions.flatMap((c) => [c.heading, ...blockTexts(c.body)])];
}

/** What every mode of the cramp steps shows around the steps: title, intro, help cards, prevention, footer. */
function spasmFrameTexts(rendering: Rendering): string[] {
  const { pack, clinic } = rendering;
  const text = pack.spasm;
  const context = careContext(clinic);
  return [
    text.title,
    ...blockTexts(text.intro),
    text.stepsHeading,
    text.checkFirst.heading,
    text.checkFirst.text,
    text.checkFirst.emergency(context),
    text.help.heading,
    text.help.urgent.label,
    text.help.urgent.heading,
    text.help.emergencyHeading(context),
    ...spasmHelpLevels.flatMap((level) => helpSignsAt(level).map((id) => text.help.signs[id])),
    pack.shared.callNumber({ number: EMERGENCY }),
    text.help.soon.label,
    text.help.soon.heading,
    ...contactTexts(rendering),
    text.prevention.heading,
    ...blockTexts(text.prevention.body),
    text.twitching.text,
    ...footerTexts(pack, text.review),
  ];
}

// ---------------------------------------------------------------------------------------------
// <rls-symptom-card>

/**
 * Answers that reach each result, together showing both course lines and every reason: the
 * harness's canonical answers per pattern, and variations of them (the harness answers the form's
 * questions from them: the look-alike answer as the cramp question, RLS medicine and its
 * follow-up from the worsening answer).
 */
const rlsWalk: readonly { name: string; answers: SelfCheckAnswers }[] = [
  {
    name: 'matches, chronic-persistent, sleep and medicine reasons (the medicine follow-up asked)',
    answers: { ...rlsScenarios.matches, onRlsMedicineWorsening: 'unsure' },
  },
  { name: 'matches, intermittent', answers: { ...rlsScenarios.matches, frequency: 'less-often', sleepAffected: 'no' } },
  {
    name: 'partial, all four signs but the cramp question',
    answers: { ...rlsScenarios.matches, explainedByOther: 'unsure', frequency: 'less-often', sleepAffected: 'no' },
  },
  {
    name: 'partial, all four signs, but it goes away with a change of position',
    answers: { ...asFormAnswers(rlsScenarios.matches), hardPainfulCramp: 'no', goesWithPositionChange: 'yes' },
  },
  { name: 'partial, another cause possible', answers: rlsScenarios.partial },
  { name: 'unlikely, no visit needed', answers: rlsScenarios.unlikely },
];

/** What a walk does on a self-check result once it is audited (the add-on audit views its summary). */
export type AfterRlsResult = (el: Widget, result: { name: string; index: number; assessment: RlsAssessment }) => Promise<void>;

/** Every section, compact folded and unfolded, the self-check unanswered and every result. */
export async function walkRls(audit: LanguageAudit, mount: Mounter, afterResult?: AfterRlsResult): Promise<void> {
  const { pack } = audit;
  const text = pack.rls;
  const check = text.selfCheck;
  const [el] = await mount(['rls-symptom-card']);
  audit.check('rls: default, with the self-check shortcut near the title', el, [
    text.title,
    text.summary,
    check.heading,
    text.sections.overview.heading,
    ...footerTexts(pack, text.review),
  ]);

  await goToSelfCheck(el);
  if (q(el, '#self-check-button').getAttribute('aria-expanded') !== 'true') throw new Error('rls: the shortcut did not open the self-check');
  audit.check('rls: self-check opened from near the title', el, rlsFormTexts(pack));

  const closed = await expandAll(el, 'button.disclosure-button');
  if (closed > 0) throw new Error(`rls: ${closed} sections still closed after clicking them`);
  if (sourcesState(el).expanded !== 'true') throw new Error('rls: the source list did not open');
  const sections = rlsSectionIds.filter((id) => id !== 'self-check');
  audit.check('rls: every section expanded, and the source list', el, [
    ...sections.flatMap((id) => [text.sections[id].heading, ...blockTexts(text.sections[id].body)]),
    text.crisisLine,
    pack.shared.callNumber({ number: '988' }),
    ...rlsFormTexts(pack),
    ...contactTexts(audit),
    ...footerTexts(pack, text.review),
  ]);

  await submitSelfCheck(el);
  audit.check('rls: self-check submitted unanswered', el, [check.unanswered({ count: rlsQuestionsAsked({}).length }), ...rlsFormTexts(pack)]);

  // The medicine follow-up, asked after "Yes" to taking RLS medicine.
  const onMedicine: RlsGivenAnswers = { takesRlsMedicine: 'yes' };
  await fillSelfCheck(el, onMedicine);
  if (!shownRlsQuestions(el).includes('onRlsMedicineWorsening')) throw new Error('rls: the medicine follow-up did not show');
  audit.check('rls: the medicine follow-up shown', el, rlsFormTexts(pack, onMedicine));

  for (const [index, { name, answers }] of rlsWalk.entries()) {
    await fillSelfCheck(el, answers);
    await submitSelfCheck(el);
    const assessment = assessRlsPattern(assessedAnswers(answers));
    const { pattern, course, seeClinician, reasons } = assessment;
    audit.check(`rls: result ${name}`, el, [
      check.resultLabel,
      check.results[pattern].heading,
      check.results[pattern].text,
      ...(course ? [check.courses[course]] : []),
      seeClinician ? check.seeClinician : check.noVisitNeeded,
      ...(seeClinician ? contactTexts(audit) : []),
      check.reasonsLabel,
      ...reasons.map((id) => check.reasons[id]),
      pack.shared.startAgain,
      ...panelTexts(pack),
    ]);
    await afterResult?.(el, { name, index, assessment });
    await startAgainSelfCheck(el);
    if (shadowOf(el).querySelector('[part~="result"]')) throw new Error(`rls: the result stayed after starting again (${name})`);
  }
  audit.check('rls: after starting again', el, rlsFormTexts(pack));

  const [compact] = await mount(['rls-symptom-card'], { variant: 'compact' });
  audit.check('rls compact: folded', compact, [text.title, text.showMore, text.sections.overview.heading, check.heading]);
  q<HTMLButtonElement>(compact, 'button[aria-controls="more"]').click();
  await compact.updateComplete;
  audit.check('rls compact: unfolded', compact, [text.showLess, text.sections.causes.heading, text.sections['self-help'].heading]);
}

// ---------------------------------------------------------------------------------------------
// <twitch-redflag-check>

/** Every step question answered "Yes". */
const allYes = Object.fromEntries(Object.keys(allNo).map((question) => [question, 'yes'])) as Record<StepQuestion, 'yes'>;

/** Every question of `step` answered "Yes". */
const yesOn = (step: TwitchStep): Partial<Record<StepQuestion, 'yes'>> => Object.fromEntries(stepQuestions[step].map((question) => [question, 'yes']));

/** The ways to an emergency result on the first screen: "not sure" alone, and every sign (each sign's own reason). */
const emergencyWalk: readonly { name: string; scenario: TwitchScenario }[] = [
  { name: 'not sure ticked', scenario: { signs: ['unsure'] } },
  { name: 'every sign ticked', scenario: { signs: emergencySigns } },
];

/**
 * Scenarios to every other kind of result, together showing every reason: the harness's canonical
 * ones, an early stop on each step screen (every question "Yes" up to there: the check ends as
 * soon as the same-day level is settled, naming only what it asked), and self-care with and
 * without a trigger named (with none named, every tip shows). The first one goes through every
 * screen with the weakness follow-up: its screens are the ones audited one by one.
 */
const twitchWalk: readonly { name: string; level: Exclude<CareLevel, 'emergency'>; scenario: TwitchScenario }[] = [
  { name: 'soon, every screen, the weakness follow-up', level: 'soon', scenario: { ...twitchScenarios.soon, triggers: namedTriggers } },
  { name: 'urgent, early stop after the muscles screen', level: 'urgent', scenario: { signs: ['none'], steps: allYes, triggers: namedTriggers } },
  {
    name: 'urgent, early stop after the course screen',
    level: 'urgent',
    scenario: { signs: ['none'], steps: { weakness: 'yes', ...yesOn('course') }, triggers: namedTriggers },
  },
  { name: 'urgent on the last screen', level: 'urgent', scenario: { signs: ['none'], steps: yesOn('causes'), triggers: namedTriggers } },
  { name: 'urgent, the canonical one', level: 'urgent', scenario: twitchScenarios.urgent },
  { name: 'self-care, every trigger named', level: 'self-care', scenario: { ...twitchScenarios['self-care'], triggers: namedTriggers } },
  { name: 'self-care, a sudden start alone, "none" ticked', level: 'self-care', scenario: { signs: ['none'], steps: { suddenOnset: 'yes' }, triggers: ['none'] } },
];

/** The answers of a scenario on the screens before `step`: what decides which questions `step` shows first. */
function answersBefore(scenario: TwitchScenario, step: TwitchStep): TwitchAnswers {
  const earlier = new Set(twitchScreens.slice(0, twitchScreens.indexOf(step)).flatMap((screen) => (screen === 'signs' ? emergencySigns : stepQuestions[screen])));
  return Object.fromEntries(Object.entries(scenarioAnswers(scenario)).filter(([question]) => earlier.has(question as StepQuestion)));
}

/** What a walk does on a twitching check's result once it is audited (the add-on audit views its summary). */
export type AfterTwitchResult = (el: Widget, result: { name: string; assessment: TwitchAssessment }) => Promise<void>;

/** About, every screen, both problems, every result, start again. */
export async function walkTwitch(audit: LanguageAudit, mount: Mounter, afterResult?: AfterTwitchResult): Promise<void> {
  const { pack } = audit;
  const text = pack.twitch;
  const [el] = await mount(['twitch-redflag-check']);
  audit.check('twitch: screen 1 (emergency signs)', el, [
    text.title,
    text.safetyNote,
    pack.shared.callNumber({ number: EMERGENCY }),
    text.about.heading,
    text.check.heading,
    ...signsScreenTexts(pack),
    ...footerTexts(pack, text.review),
  ]);

  if ((await expandAll(el, '#about-button')) > 0) throw new Error('twitch: the about section did not open');
  audit.check('twitch: about expanded', el, [text.about.heading, ...blockTexts(text.about.body)]);

  if ((await expandAll(el, '#sources-button')) > 0) throw new Error('twitch: the source list did not open');
  audit.check('twitch: the source list open', el, footerTexts(pack, text.review));

  await next(el);
  audit.check('twitch: screen 1, "choose one" problem', el, [text.emergencyScreen.chooseOne, ...signsScreenTexts(pack)]);

  for (const [index, { name, scenario }] of emergencyWalk.entries()) {
    for (const choice of scenario.signs) tickSign(el, choice);
    await el.updateComplete;
    await next(el);
    const assessment = scenarioResult(scenario);
    if (assessment.level !== 'emergency') throw new Error(`twitch: "${name}" gives ${assessment.level}`);
    audit.check(`twitch: result emergency (${name})`, el, resultTexts(audit, 'emergency', assessment.reasons, []));
    await afterResult?.(el, { name: `emergency (${name})`, assessment });
    await startAgain(el);
    if (index === 0) audit.check('twitch: after "start again"', el, signsScreenTexts(pack));
  }

  const reasonsShown = new Set<TwitchRuleId>(emergencyWalk.flatMap(({ scenario }) => scenarioResult(scenario).reasons));
  let followUpShown = false;
  for (const [index, { name, level: expected, scenario }] of twitchWalk.entries()) {
    for (const choice of scenario.signs) tickSign(el, choice);
    await el.updateComplete;
    await next(el);
    const screens = scenarioScreens(scenario).slice(1) as TwitchStep[];
    for (const step of screens) {
      const first = questionsOn(step, answersBefore(scenario, step));
      const shown = shownQuestions(el);
      if (twitchScreen(el) !== step || JSON.stringify(shown) !== JSON.stringify(first)) {
        throw new Error(`twitch (${name}): on screen "${twitchScreen(el)}" with questions ${JSON.stringify(shown)}, not the "${step}" screen`);
      }
      if (index === 0) audit.check(`twitch: screen ${1 + twitchScreens.indexOf(step)} (${step})`, el, stepScreenTexts(audit, step, shown));
      if (index === 0 && step === twitchSteps[0]) {
        await next(el);
        audit.check(`twitch: screen 2 (${step}), unanswered problem`, el, [text.check.unanswered({ count: shown.length }), ...stepScreenTexts(audit, step, shown)]);
      }
      await answerStep(el, scenario);
      const asked = shownQuestions(el);
      if (JSON.stringify(asked) !== JSON.stringify(questionsOn(step, scenarioAnswers(scenario)))) {
        throw new Error(`twitch (${name}): the "${step}" screen asks ${JSON.stringify(asked)} once answered`);
      }
      if (asked.length > shown.length) {
        followUpShown = true;
        audit.check(`twitch: screen ${1 + twitchScreens.indexOf(step)} (${step}), follow-up shown (${name})`, el, stepScreenTexts(audit, step, asked));
      }
      await next(el);
    }
    if (twitchScreen(el) !== 'result') throw new Error(`twitch (${name}): no result after the ${screens.at(-1)} screen`);
    const assessment = scenarioResult(scenario);
    const { level, reasons } = assessment;
    if (level !== expected) throw new Error(`twitch: the ${name} answers give ${level}`);
    reasons.forEach((reason) => reasonsShown.add(reason));
    // Triggers are ticked on the last screen: a check that ended earlier never asked them.
    const ticked = screens.includes(twitchSteps[twitchSteps.length - 1]) ? (scenario.triggers ?? []) : [];
    audit.check(`twitch: result ${name}`, el, resultTexts(audit, level, reasons, adviceFor(level, ticked)));
    await afterResult?.(el, { name, assessment });
    await startAgain(el);
  }
  audit.check('twitch: after "start again" (again)', el, signsScreenTexts(pack));
  // Guards the walk itself: a follow-up question showed, and every reason showed on some result
  // (in the language's words, audited above).
  if (!followUpShown) throw new Error('twitch: the walk never showed a follow-up question');
  const neverShown = twitchRules.map((rule) => rule.id).filter((id) => !reasonsShown.has(id));
  if (neverShown.length > 0) throw new Error(`twitch: no result of the walk shows the reasons ${neverShown.join(', ')}`);
}

// ---------------------------------------------------------------------------------------------
// <spasm-relief-steps>

/**
 * Cautions, the cramp diary, every muscle, every guided step, aftercare, the twitching note.
 * `diaryOpened` runs once the cautions and the diary are open and audited (the add-on audit fills
 * the diary there and views its summary).
 */
export async function walkSpasm(audit: LanguageAudit, mount: Mounter, diaryOpened?: (el: Widget) => Promise<void>): Promise<void> {
  const { pack } = audit;
  const text = pack.spasm;
  const [el] = await mount(['spasm-relief-steps']);
  audit.check('spasm list: default (calf), no twitching check on the page', el, [
    ...spasmFrameTexts(audit),
    ...spasmStepIds.flatMap((id) => stepTexts(pack, id)),
    text.twitching.askClinician,
  ]);
  if ((await expandAll(el, '[part~="section"] button[aria-expanded]')) > 0) throw new Error('spasm: a caution did not open');
  audit.check('spasm list: every caution and the cramp diary expanded', el, [
    ...stepTexts(pack, 'heat-ice'),
    ...stepTexts(pack, 'pain-relief'),
    text.diary.intro,
    text.diary.muscleLegend,
    ...Object.values(text.diary.muscles),
    text.diary.durationLegend,
    ...Object.values(text.diary.durations),
    text.diary.helpedLegend,
    text.diary.nothingHelped,
    text.diary.signsLegend,
    text.diary.advice['self-care'](careContext(audit.clinic)),
    ...panelTexts(pack),
  ]);
  await diaryOpened?.(el);

  if ((await expandAll(el, '#sources-button')) > 0) throw new Error('spasm: the source list did not open');
  audit.check('spasm list: the source list open', el, footerTexts(pack, text.review));
  for (const muscle of spasmMuscles) {
    el.setAttribute('muscle', muscle);
    await el.updateComplete;
    audit.check(`spasm list: muscle="${muscle}"`, el, stepTexts(pack, 'stretch', muscle));
  }

  const [guided] = await mount(['spasm-relief-steps'], { mode: 'guided' });
  for (const [index, id] of spasmStepIds.entries()) {
    const last = index === spasmStepIds.length - 1;
    audit.check(`spasm guided: step ${index + 1} (${id})`, guided, [
      text.guided.stepCount({ step: index + 1, total: spasmTotal }),
      ...stepTexts(pack, id),
      last ? text.guided.finish : text.guided.next,
      ...(index > 0 ? [text.guided.back] : []),
      ...(id !== 'pain-relief' ? [text.guided.eased] : []),
      ...(id === 'heat-ice'
        ? [text.timer.heading({ minutes: HEAT_ICE_MINUTES }), text.timer.timeLeft({ clock: formatClock(FULL_MS, pack.language) }), text.timer.start, text.timer.reset]
        : []),
      ...spasmFrameTexts(audit),
    ]);
    await nextStep(guided);
  }
  const aftercare = [text.guided.aftercareHeading, text.guided.aftercareIntro, text.guided.startOver, ...stepTexts(pack, 'pain-relief')];
  audit.check('spasm guided: aftercare after "finish"', guided, aftercare);

  await startOver(guided);
  // On step 1 the buttons are [next, eased]: no "back".
  const besideNext = qa<HTMLButtonElement>(guided, '[part~="steps"] .actions button:not(.primary)');
  if (besideNext.length !== 1) throw new Error(`spasm: step 1 has ${besideNext.length} buttons besides "next"`);
  await eased(guided);
  audit.check('spasm guided: aftercare after "done, it eased"', guided, aftercare);

  const [check, beside] = await mount(['twitch-redflag-check', 'spasm-relief-steps']);
  audit.check('spasm list: twitching note with a twitching check on the page', beside, [text.twitching.text, text.twitching.goToCheck]);
  audit.check('twitch: beside the spasm steps', check, signsScreenTexts(pack));
}

/** The heat-or-ice timer running, paused and ended, on a fake clock installed for the walk. */
export async function walkTimer(audit: LanguageAudit, mount: Mounter): Promise<void> {
  const { timer } = audit.pack.spasm;
  const left = (ms: number) => timer.timeLeft({ clock: formatClock(ms, audit.pack.language) });
  const heading = timer.heading({ minutes: HEAT_ICE_MINUTES });
  const clock = installFakeClock();
  try {
    const [el] = await mount(['spasm-relief-steps'], { mode: 'guided' });
    await goToStep(el, 'heat-ice');
    await toggleTimer(el); // start
    clock.tick(STEP_MS);
    await el.updateComplete;
    audit.check('spasm timer: running', el, [heading, left(FULL_MS - STEP_MS), timer.pause, timer.reset]);
    await toggleTimer(el); // pause
    audit.check('spasm timer: paused', el, [left(FULL_MS - STEP_MS), timer.resume, timer.reset]);
    await toggleTimer(el); // resume
    clock.tick(FULL_MS);
    await el.updateComplete;
    // The start/pause/resume button's label once time is up is a design choice: not asserted.
    audit.check('spasm timer: ended', el, [heading, left(0), timer.ended, timer.reset]);
  } finally {
    // Remove the widget while the fake clock is installed, so its interval is cleared there.
    fixtureCleanup();
    clock.restore();
  }
}
