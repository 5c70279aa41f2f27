// Spanish: under lang="es" no English string shows anywhere, in any state of any widget.
//
// The proof walks every state a visitor can reach in each widget (every section, screen, step,
// problem message, result, the timer, aftercare), under lang="es" set three ways (on the element,
// on an ancestor as "es-MX", on <html>), with the clinic settings set so contact links render.
// In every state it reads what a person can see or hear (all text of the shadow root, also in
// collapsed `hidden` panels and visually hidden labels, since screen readers and print show
// them, plus the aria-label, title, alt and placeholder values) and looks in it for every
// English string the English pack can show. Each state must also show `lang="es"` on
// `[part=base]` and the Spanish strings that state should show, so a blank or English-only
// render cannot pass.
//
// Navigation uses language-independent handles (ids, parts, input names and values, page
// order), never button texts, so a wrong translation is reported by the audit instead of
// breaking the walk.
// Only plain values (strings, arrays) are passed to chai: a failing assertion on a DOM element
// can hang the test runner.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { packs } from '../src/content/packs.js';
import { collectStrings } from '../src/content/strings.js';
import type { Block, CareContext, ContentPack, IsoDate } from '../src/content/types.js';
import type { RlsSymptomCard } from '../src/rls-symptom-card/define.js';
import '../src/rls-symptom-card/define.js';
import { rlsSectionIds } from '../src/rls-symptom-card/rls-content.js';
import { assessRlsPattern, type RlsAnswers } from '../src/rls-symptom-card/rls-pattern.js';
import type { Answer } from '../src/shared/answer.js';
import { formatClock } from '../src/spasm-relief-steps/countdown.js';
import type { SpasmReliefSteps } from '../src/spasm-relief-steps/define.js';
import '../src/spasm-relief-steps/define.js';
import { spasmMuscles, spasmStepIds, type SpasmStepId } from '../src/spasm-relief-steps/spasm-content.js';
import { HEAT_ICE_MINUTES } from '../src/spasm-relief-steps/spasm-relief-steps.js';
import type { TwitchRedflagCheck } from '../src/twitch-redflag-check/define.js';
import '../src/twitch-redflag-check/define.js';
import { reasonTexts, type HintText } from '../src/twitch-redflag-check/twitch-content.js';
import { helpSignsAt, spasmHelpLevels } from '../src/spasm-relief-steps/spasm-help.js';
import {
  assessTwitching,
  careLevels,
  emergencySigns,
  escalationLevels,
  twitchRules,
  twitchSteps,
  twitchTriggers,
  type CareLevel,
  type StepQuestion,
  type TwitchAnswers,
  type TwitchQuestion,
  type TwitchRuleId,
  type TwitchTrigger,
} from '../src/twitch-redflag-check/twitch-rules.js';
import { spyOnWarnings } from './fixtures/warnings.js';
import { q, qa, shadowOf, textOf } from './helpers/shadow.js';
import { installFakeClock, type FakeClock } from './helpers/spasm-clock.js';
import { blockTexts } from './helpers/spasm-view.js';

const en = packs.en;
const es = packs.es;

// ---------------------------------------------------------------------------------------------
// The clinic settings every widget renders with, and the texts they produce

const CLINIC_NAME = 'Clínica Sol';
const CLINIC_PHONE = '555 0100';
const BOOKING_URL = 'https://example.org/citas';
const EMERGENCY = '911';

const clinicAttributes: Readonly<Record<string, string>> = {
  'clinic-name': CLINIC_NAME,
  'clinic-phone': CLINIC_PHONE,
  'booking-url': BOOKING_URL,
  'emergency-number': EMERGENCY,
};

/** The care context the widgets fill their messages with (the clinic's name is set). */
const context: CareContext = { clinic: CLINIC_NAME, emergency: EMERGENCY };

const STEP_MS = 1000;
const FULL_MS = HEAT_ICE_MINUTES * 60_000;
/** The times left the timer states show: full, one second in, and ended. */
const timerClocksMs = [FULL_MS, FULL_MS - STEP_MS, 0];
const twitchTotal = 1 + twitchSteps.length;
const spasmTotal = spasmStepIds.length;

/**
 * What a pack's content functions say with the values the widgets really render with: the
 * clinic's name and phone, the emergency number, every step count and "unanswered" count the
 * checks can show, the timer's clocks. (`collectStrings` calls each with one set of sample values,
 * not every value the page can show.)
 */
function renderedCalls(pack: ContentPack): [string, string][] {
  const { shared, rls, twitch, spasm } = pack;
  const calls: [string, string][] = [
    [`shared.callEmergency(${EMERGENCY})`, shared.callEmergency(EMERGENCY)],
    [`shared.callClinic(${CLINIC_NAME}, ${CLINIC_PHONE})`, shared.callClinic(CLINIC_NAME, CLINIC_PHONE)],
    [`shared.bookAppointment(${CLINIC_NAME})`, shared.bookAppointment(CLINIC_NAME)],
    ['twitch.safetyNote(context)', twitch.safetyNote(context)],
    ['spasm.help.emergencyHeading(context)', spasm.help.emergencyHeading(context)],
    ['spasm.checkFirst.emergency(context)', spasm.checkFirst.emergency(context)],
    [`spasm.timer.heading(${HEAT_ICE_MINUTES})`, spasm.timer.heading(HEAT_ICE_MINUTES)],
  ];
  for (let count = 1; count <= 8; count += 1) calls.push([`rls.selfCheck.unanswered(${count})`, rls.selfCheck.unanswered(count)]);
  for (let count = 1; count <= 5; count += 1) calls.push([`twitch.check.unanswered(${count})`, twitch.check.unanswered(count)]);
  for (let step = 1; step <= twitchTotal; step += 1) {
    calls.push([`twitch.check.stepCount(${step}, ${twitchTotal})`, twitch.check.stepCount(step, twitchTotal)]);
  }
  for (let step = 1; step <= spasmTotal; step += 1) {
    calls.push([`spasm.guided.stepCount(${step}, ${spasmTotal})`, spasm.guided.stepCount(step, spasmTotal)]);
  }
  for (const ms of timerClocksMs) {
    const clock = formatClock(ms, pack.language);
    calls.push([`spasm.timer.timeLeft(${clock})`, spasm.timer.timeLeft(clock)]);
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
  return calls;
}

// ---------------------------------------------------------------------------------------------
// The English strings to look for

/** Text as a person reads it: whitespace collapsed, trimmed. */
function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

interface Needle {
  readonly text: string;
  readonly lower: string;
  /** Where it comes from in the English pack, for the report. */
  readonly from: string;
}

/**
 * Strings that are rightly the same in English and Spanish, beyond the generic ones below (a
 * brand, a drug or a proper name given as a string of its own). None so far: add one here only
 * after checking that it is not an untranslated string.
 */
const sameInBothLanguages: readonly string[] = [];

/** Pack entries that are data, never shown as text: source ids and ISO review dates. */
const dataPath = /\.sources\.\d+$|\.review\.(lastReviewed|nextReview)$/;

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
 * The English strings to look for: every string the English pack can show (`collectStrings`,
 * plus its content functions called with the real values above), minus
 * - data that is never shown as text (source ids, ISO dates);
 * - strings the Spanish pack shows too, when they are generic ("No") or listed in
 *   `sameInBothLanguages`. A longer string the Spanish pack shares is NOT dropped: that is
 *   exactly what an untranslated string looks like (a Spanish entry left equal to its English
 *   original), and dropping it would hide the very bug this test is for.
 * Non-generic strings are looked for anywhere, as whole words, ignoring case.
 */
function englishNeedles(): { evidence: Needle[]; short: Needle[]; untranslated: string[] } {
  const spanish = new Set([...collectStrings(es).map((s) => s.text), ...renderedCalls(es).map(([, text]) => text)].map(normalize));
  const english = [
    ...collectStrings(en)
      .filter((s) => !dataPath.test(s.path))
      .map((s) => ({ from: s.path, text: normalize(s.text) })),
    ...renderedCalls(en).map(([from, text]) => ({ from: `en.${from}`, text: normalize(text) })),
  ];
  const byText = new Map<string, Needle>();
  for (const { from, text } of english) {
    if (!text || sameInBothLanguages.includes(text) || (spanish.has(text) && isGeneric(text))) continue;
    const known = byText.get(text);
    byText.set(text, { text, lower: text.toLowerCase(), from: known ? `${known.from}, ${from}` : from });
  }
  const needles = [...byText.values()];
  return {
    evidence: needles.filter((n) => !isGeneric(n.text)),
    short: needles.filter((n) => isGeneric(n.text)),
    untranslated: needles.filter((n) => spanish.has(n.text)).map((n) => `${JSON.stringify(n.text)} (${n.from})`),
  };
}

const { evidence: evidenceNeedles, short: shortNeedles, untranslated } = englishNeedles();

// ---------------------------------------------------------------------------------------------
// What a person can see or hear in a widget

/** Attributes whose values are shown or spoken. */
const perceivedAttributes = [
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'alt',
  'placeholder',
];

interface Perceived {
  /** All text nodes (space-joined) and perceived attribute values, whitespace normalized. */
  readonly text: string;
  /** The whole text of every element, and every perceived attribute value, one by one. */
  readonly pieces: ReadonlySet<string>;
}

/**
 * Everything a person can see or hear in the widget, whether shown now or not: every text node
 * of the shadow root (collapsed `hidden` panels and visually hidden labels included; style
 * sheets left out), the perceived attribute values of the host and of every shadow element, and
 * the value of input buttons. The host's own light DOM is the page's text, not the widget's:
 * the widgets have no slot, so none of it shows.
 */
function perceive(host: Element): Perceived {
  const root = shadowOf(host);
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('style, script, template')) continue;
    const text = normalize(node.nodeValue ?? '');
    if (text) texts.push(text);
  }
  const elements = [...root.querySelectorAll('*')].filter((e) => !e.closest('style, script, template'));
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
function englishShown(view: Perceived): string[] {
  const haystack = view.text.toLowerCase();
  return [
    ...evidenceNeedles.filter((needle) => occursAsWords(haystack, needle.lower)),
    ...shortNeedles.filter((needle) => view.pieces.has(needle.text)),
  ].map((needle) => `${JSON.stringify(needle.text)} (${needle.from})`);
}

function renderedLang(el: Element): string | null | undefined {
  return shadowOf(el).querySelector('[part=base]')?.getAttribute('lang');
}

/**
 * Collects, state by state, every English string shown, a `[part=base]` without `lang="es"` and
 * every expected Spanish string missing; `expectClean` then fails once, naming them all.
 */
class SpanishAudit {
  readonly problems: string[] = [];
  readonly states: string[] = [];

  constructor(readonly way: string) {}

  check(state: string, el: Element, spanish: readonly string[]): void {
    this.states.push(state);
    const view = perceive(el);
    const english = englishShown(view);
    if (english.length > 0) this.problems.push(`${state}: English shown: ${english.join('; ')}`);
    const lang = renderedLang(el);
    if (lang !== 'es') this.problems.push(`${state}: [part=base] has lang=${JSON.stringify(lang)}, not "es"`);
    if (spanish.length === 0) throw new Error(`${state}: no Spanish string to look for`);
    const missing = spanish.map(normalize).filter((text) => !view.text.includes(text));
    if (missing.length > 0) {
      this.problems.push(`${state}: Spanish missing: ${missing.map((text) => JSON.stringify(text)).join('; ')}`);
    }
  }

  expectClean(): void {
    const report = `lang="es" set ${this.way}; states walked: ${this.states.length}\n${this.problems.join('\n')}`;
    expect(this.problems, report).to.deep.equal([]);
  }
}

// ---------------------------------------------------------------------------------------------
// Putting widgets on the page under lang="es"

type WidgetTag = 'rls-symptom-card' | 'twitch-redflag-check' | 'spasm-relief-steps';
type Way = 'attribute' | 'ancestor' | 'html';

const ways: readonly { way: Way; title: string }[] = [
  { way: 'attribute', title: 'on the element (lang="es")' },
  { way: 'ancestor', title: 'on an ancestor (<div lang="es-MX">)' },
  { way: 'html', title: 'on <html lang="es">' },
];

/**
 * Puts the widgets `tags` (each with the clinic settings and `attributes`) in a new wrapper, with
 * Spanish set the given way; returns them in order once they have rendered.
 */
async function mountAll(way: Way, tags: readonly WidgetTag[], attributes: Record<string, string> = {}): Promise<HTMLElement[]> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  if (way === 'ancestor') wrapper.setAttribute('lang', 'es-MX');
  if (way === 'html') document.documentElement.setAttribute('lang', 'es');
  const elements = tags.map((tag) => {
    const el = document.createElement(tag);
    if (way === 'attribute') el.setAttribute('lang', 'es');
    for (const [name, value] of Object.entries({ ...clinicAttributes, ...attributes })) el.setAttribute(name, value);
    return el;
  });
  wrapper.append(...elements);
  await Promise.all(elements.map((el) => el.updateComplete));
  return elements;
}

async function mount<K extends WidgetTag>(way: Way, tag: K, attributes: Record<string, string> = {}): Promise<HTMLElementTagNameMap[K]> {
  const [el] = await mountAll(way, [tag], attributes);
  return el as HTMLElementTagNameMap[K];
}

/** Waits for the widget's update, the focus move after it, and any update that follows. */
async function settle(el: Element & { updateComplete: Promise<boolean> }): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

/** Clicks every collapsed disclosure button in the widget (found by `selector`). */
async function expandAll(el: Element & { updateComplete: Promise<boolean> }, selector: string): Promise<number> {
  const buttons = qa<HTMLButtonElement>(el, selector).filter((b) => b.getAttribute('aria-expanded') !== 'true');
  for (const button of buttons) {
    button.click();
    await el.updateComplete;
  }
  return qa(el, selector).filter((b) => b.getAttribute('aria-expanded') !== 'true').length;
}

function clickLabelOfInput(el: Element, selector: string): void {
  const label = q<HTMLInputElement>(el, selector).closest('label');
  if (!label) throw new Error(`${selector} has no wrapping <label>`);
  label.click();
}

/** A review date as the Spanish widget must write it, e.g. "27 de noviembre de 2026". */
function dateIn(language: string, date: IsoDate): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** The footer every widget ends with, in Spanish. */
function esFooter(review: { lastReviewed: IsoDate; nextReview: IsoDate }): string[] {
  const { shared } = es;
  return [
    shared.aboutHeading,
    shared.notDiagnosis,
    shared.sourcesLabel,
    shared.lastReviewedLabel,
    shared.nextReviewLabel,
    dateIn('es', review.lastReviewed),
    dateIn('es', review.nextReview),
  ];
}

const esContactLinks = [es.shared.contactLabel, es.shared.callClinic(CLINIC_NAME, CLINIC_PHONE), es.shared.bookAppointment(CLINIC_NAME)];

// ---------------------------------------------------------------------------------------------
// <rls-symptom-card>

const rlsQuestionKeys = [
  'urgeToMove',
  'startsAtRest',
  'reliefWithMovement',
  'worseEvening',
  'explainedByOther',
  'frequency',
  'sleepAffected',
  'onRlsMedicineWorsening',
] as const satisfies readonly (keyof RlsAnswers)[];

/** Answers that reach each result, together showing both course lines and every reason. */
const rlsScenarios: readonly { name: string; answers: RlsAnswers }[] = [
  {
    name: 'matches, chronic-persistent, sleep and medicine reasons',
    answers: {
      urgeToMove: 'yes',
      startsAtRest: 'yes',
      reliefWithMovement: 'yes',
      worseEvening: 'yes',
      explainedByOther: 'no',
      frequency: 'twice-weekly-or-more',
      sleepAffected: 'yes',
      onRlsMedicineWorsening: 'unsure',
    },
  },
  {
    name: 'matches, intermittent',
    answers: {
      urgeToMove: 'yes',
      startsAtRest: 'yes',
      reliefWithMovement: 'yes',
      worseEvening: 'yes',
      explainedByOther: 'no',
      frequency: 'less-often',
      sleepAffected: 'no',
      onRlsMedicineWorsening: 'no',
    },
  },
  {
    name: 'partial, all four signs but the cramp question',
    answers: {
      urgeToMove: 'yes',
      startsAtRest: 'yes',
      reliefWithMovement: 'yes',
      worseEvening: 'yes',
      explainedByOther: 'unsure',
      frequency: 'less-often',
      sleepAffected: 'no',
      onRlsMedicineWorsening: 'no',
    },
  },
  {
    name: 'partial, another cause possible',
    answers: {
      urgeToMove: 'yes',
      startsAtRest: 'unsure',
      reliefWithMovement: 'no',
      worseEvening: 'no',
      explainedByOther: 'yes',
      frequency: 'less-often',
      sleepAffected: 'no',
      onRlsMedicineWorsening: 'no',
    },
  },
  {
    name: 'unlikely, no visit needed',
    answers: {
      urgeToMove: 'no',
      startsAtRest: 'no',
      reliefWithMovement: 'no',
      worseEvening: 'no',
      explainedByOther: 'no',
      frequency: 'less-often',
      sleepAffected: 'no',
      onRlsMedicineWorsening: 'no',
    },
  },
];

function rlsSubmit(el: RlsSymptomCard): HTMLButtonElement {
  return q<HTMLButtonElement>(el, 'form[part~="self-check"] button[type="submit"]');
}

/** The Spanish the self-check form always shows. */
function esRlsForm(): string[] {
  const check = es.rls.selfCheck;
  return [
    check.heading,
    check.intro,
    check.submit,
    ...Object.values(check.questions).flatMap((question) => [question.legend, ...(question.hint ? [question.hint] : [])]),
    ...Object.values(check.frequencies),
    ...Object.values(es.shared.answers),
  ];
}

async function walkRls(way: Way, audit: SpanishAudit): Promise<void> {
  const text = es.rls;
  const check = text.selfCheck;
  const el = await mount(way, 'rls-symptom-card');
  audit.check('rls: default', el, [text.title, text.summary, text.sections.overview.heading, ...esFooter(text.review)]);

  const closed = await expandAll(el, 'button.disclosure-button');
  if (closed > 0) throw new Error(`rls: ${closed} sections still closed after clicking them`);
  const sections = rlsSectionIds.filter((id) => id !== 'self-check');
  audit.check('rls: every section expanded', el, [
    ...sections.flatMap((id) => [text.sections[id].heading, ...blockTexts(text.sections[id].body)]),
    text.crisisLine,
    es.shared.callEmergency('988'),
    ...esRlsForm(),
    ...esContactLinks,
  ]);

  rlsSubmit(el).click();
  await settle(el);
  audit.check('rls: self-check submitted unanswered', el, [check.unanswered(rlsQuestionKeys.length), ...esRlsForm()]);

  for (const { name, answers } of rlsScenarios) {
    for (const key of rlsQuestionKeys) clickLabelOfInput(el, `input[type="radio"][name="${key}"][value="${answers[key]}"]`);
    await el.updateComplete;
    rlsSubmit(el).click();
    await settle(el);
    const { pattern, course, seeClinician, reasons } = assessRlsPattern(answers);
    audit.check(`rls: result ${name}`, el, [
      check.resultLabel,
      check.results[pattern].heading,
      check.results[pattern].text,
      ...(course ? [check.courses[course]] : []),
      seeClinician ? check.seeClinician : check.noVisitNeeded,
      ...(seeClinician ? esContactLinks : []),
      check.reasonsLabel,
      ...reasons.map((id) => check.reasons[id]),
      es.shared.startAgain,
    ]);
    q<HTMLButtonElement>(el, 'form[part~="self-check"] .actions button[type="button"]').click();
    await settle(el);
    if (shadowOf(el).querySelector('[part~="result"]')) throw new Error(`rls: the result stayed after starting again (${name})`);
  }
  audit.check('rls: after starting again', el, esRlsForm());

  const compact = await mount(way, 'rls-symptom-card', { variant: 'compact' });
  audit.check('rls compact: folded', compact, [text.title, text.showMore, text.sections.overview.heading, check.heading]);
  q<HTMLButtonElement>(compact, 'button[aria-controls="more"]').click();
  await compact.updateComplete;
  audit.check('rls compact: unfolded', compact, [text.showLess, text.sections.causes.heading, text.sections['self-help'].heading]);
}

// ---------------------------------------------------------------------------------------------
// <twitch-redflag-check>

/** Answers for the step screens that reach each level after all steps. */
const twitchScenarios: readonly { level: Exclude<CareLevel, 'emergency'>; answer: (question: StepQuestion) => Answer }[] = [
  // Every question "yes": every urgent and every non-urgent reason shows.
  { level: 'urgent', answer: () => 'yes' },
  { level: 'soon', answer: (question) => (question === 'weakness' ? 'yes' : 'no') },
  { level: 'self-care', answer: () => 'no' },
  // A sudden start alone: self-care, with its own reason.
  { level: 'self-care', answer: (question) => (question === 'suddenOnset' ? 'yes' : 'no') },
];

/** The named triggers (not "None"): all four are ticked, so all four pieces of advice show. */
const namedTriggers = twitchTriggers.filter((t): t is Exclude<TwitchTrigger, 'none'> => t !== 'none');

function twitchSubmit(el: TwitchRedflagCheck): HTMLButtonElement {
  return q<HTMLButtonElement>(el, '[part~="check"] form button[type="submit"]');
}

/** Ticks the sign boxes of the first screen by their place: the five signs, "not sure", "none". */
function tickSign(el: TwitchRedflagCheck, choice: (typeof emergencySigns)[number] | 'unsure' | 'none'): void {
  const index = choice === 'unsure' ? emergencySigns.length : choice === 'none' ? emergencySigns.length + 1 : emergencySigns.indexOf(choice);
  const box = qa<HTMLInputElement>(el, 'fieldset.signs input[type="checkbox"]')[index];
  if (!box) throw new Error(`no sign checkbox #${index}`);
  box.closest('label')?.click();
}

/** The Spanish of the first screen. */
function esSignsScreen(): string[] {
  const { check, emergencyScreen } = es.twitch;
  return [
    check.stepCount(1, twitchTotal),
    emergencyScreen.heading,
    emergencyScreen.legend,
    emergencyScreen.hint,
    ...Object.values(emergencyScreen.signs).flatMap((sign) => [sign.label, sign.hint]),
    emergencyScreen.unsure,
    emergencyScreen.none,
    check.next,
  ];
}

/** The questions the current step screen asks, by their radio groups' names. */
function radioGroups(el: TwitchRedflagCheck): StepQuestion[] {
  return [...new Set(qa<HTMLInputElement>(el, 'form.screen input[type="radio"]').map((r) => r.name as StepQuestion))];
}

function esStepScreen(step: (typeof twitchSteps)[number], questions: readonly StepQuestion[]): string[] {
  const text = es.twitch;
  const last = step === twitchSteps[twitchSteps.length - 1];
  return [
    text.check.stepCount(2 + twitchSteps.indexOf(step), twitchTotal),
    text.steps[step],
    ...questions.flatMap((question) => {
      const { legend, hint } = text.questions[question];
      return hint ? [legend, hintIn(hint)] : [legend];
    }),
    ...Object.values(es.shared.answers),
    text.check.back,
    last ? text.check.showResult : text.check.next,
    ...(step === 'causes'
      ? [text.triggers.legend, ...(text.triggers.hint ? [text.triggers.hint] : []), ...Object.values(text.triggers.options)]
      : []),
  ];
}

/** A hint as the widget shows it, with the page's clinic and emergency number. */
function hintIn(hint: HintText): string {
  return typeof hint === 'function' ? hint(context) : hint;
}

/** The Spanish of "When to get more help" on a result of `level`. */
function esMoreHelp(level: CareLevel): string[] {
  const { moreHelp, results, emergencyScreen } = es.twitch;
  if (level === 'emergency') return [results.emergency.whileWaiting(context)];
  const items = {
    soon: moreHelp.soonIf,
    urgent: moreHelp.urgentIf,
    emergency: emergencySigns.map((sign) => emergencyScreen.signs[sign].label),
  };
  const lists = escalationLevels(level).flatMap((higher) => [moreHelp.headings[higher](context), ...items[higher]]);
  return level === 'urgent' ? lists : [...lists, moreHelp.checkAgain];
}

/** The Spanish of a result card. */
function esResult(level: CareLevel, reasons: readonly TwitchRuleId[], advice: readonly Exclude<TwitchTrigger, 'none'>[]): string[] {
  const text = es.twitch;
  const card = text.results[level];
  return [
    card.label,
    card.heading(context),
    card.whatToDo(context),
    text.whatToDoLabel,
    text.reasonsLabel,
    text.moreHelp.label,
    ...esMoreHelp(level),
    ...reasonTexts(text, reasons),
    ...(level === 'emergency' ? [es.shared.callEmergency(EMERGENCY)] : esContactLinks),
    ...(advice.length > 0 ? [text.triggerAdviceLabel, ...advice.map((t) => text.triggerAdvice[t])] : []),
    es.shared.startAgain,
  ];
}

async function twitchStartAgain(el: TwitchRedflagCheck): Promise<void> {
  q<HTMLButtonElement>(el, 'p.actions button[type="button"]').click();
  await settle(el);
}

async function walkTwitch(way: Way, audit: SpanishAudit): Promise<void> {
  const text = es.twitch;
  const el = await mount(way, 'twitch-redflag-check');
  audit.check('twitch: screen 1 (emergency signs)', el, [
    text.title,
    text.safetyNote(context),
    text.about.heading,
    text.check.heading,
    ...esSignsScreen(),
    ...esFooter(text.review),
  ]);

  if ((await expandAll(el, '#about-button')) > 0) throw new Error('twitch: the about section did not open');
  audit.check('twitch: about expanded', el, [text.about.heading, ...blockTexts(text.about.body)]);

  twitchSubmit(el).click();
  await settle(el);
  audit.check('twitch: screen 1, "choose one" problem', el, [text.emergencyScreen.chooseOne, ...esSignsScreen()]);

  // Emergency: only "not sure" ticked: one reason, which says the visitor was not sure.
  tickSign(el, 'unsure');
  await el.updateComplete;
  twitchSubmit(el).click();
  await settle(el);
  audit.check('twitch: result emergency (not sure ticked)', el, esResult('emergency', ['emergency-sign-unsure'], []));
  await twitchStartAgain(el);
  audit.check('twitch: after "Empezar de nuevo"', el, esSignsScreen());

  // Emergency: every sign ticked, so every sign's own reason shows.
  for (const sign of emergencySigns) tickSign(el, sign);
  await el.updateComplete;
  twitchSubmit(el).click();
  await settle(el);
  const everySign = twitchRules.filter((rule) => 'emergencySign' in rule).map((rule) => rule.id);
  audit.check('twitch: result emergency (every sign ticked)', el, esResult('emergency', everySign, []));
  await twitchStartAgain(el);

  for (const [index, scenario] of twitchScenarios.entries()) {
    let answers: TwitchAnswers = Object.fromEntries(emergencySigns.map((sign): [TwitchQuestion, Answer] => [sign, 'no']));
    tickSign(el, 'none');
    await el.updateComplete;
    twitchSubmit(el).click();
    await settle(el);
    for (const step of twitchSteps) {
      const questions = radioGroups(el);
      if (questions.length === 0) throw new Error(`twitch: no questions on the "${step}" screen`);
      if (index === 0) {
        audit.check(`twitch: screen ${2 + twitchSteps.indexOf(step)} (${step})`, el, esStepScreen(step, questions));
      }
      if (index === 0 && step === twitchSteps[0]) {
        twitchSubmit(el).click();
        await settle(el);
        audit.check(`twitch: screen 2 (${step}), unanswered problem`, el, [
          text.check.unanswered(questions.length),
          ...esStepScreen(step, questions),
        ]);
      }
      for (const question of questions) {
        const value = scenario.answer(question);
        answers = { ...answers, [question]: value };
        clickLabelOfInput(el, `form.screen input[type="radio"][name="${question}"][value="${value}"]`);
      }
      if (step === 'causes') {
        const boxes = qa<HTMLInputElement>(el, 'form.screen input[type="checkbox"]');
        for (const trigger of namedTriggers) boxes[twitchTriggers.indexOf(trigger)].closest('label')?.click();
      }
      await el.updateComplete;
      twitchSubmit(el).click();
      await settle(el);
    }
    const { level, reasons } = assessTwitching({ ...answers, triggers: namedTriggers });
    if (level !== scenario.level) throw new Error(`twitch: the ${scenario.level} answers give ${level}`);
    audit.check(`twitch: result ${level} (all triggers ticked)`, el, esResult(level, reasons, namedTriggers));
    await twitchStartAgain(el);
  }
  audit.check('twitch: after "Empezar de nuevo" (again)', el, esSignsScreen());
}

// ---------------------------------------------------------------------------------------------
// <spasm-relief-steps>

function esStepTexts(id: SpasmStepId, muscle: (typeof spasmMuscles)[number] = 'calf'): string[] {
  const { steps } = es.spasm;
  const body: readonly Block[] = id === 'stretch' ? steps.stretch.byMuscle[muscle] : steps[id].body;
  const cautions = id === 'heat-ice' ? [steps['heat-ice'].cautions] : id === 'pain-relief' ? steps['pain-relief'].cautions : [];
  return [steps[id].heading, ...blockTexts(body), ...cautions.flatMap((c) => [c.heading, ...blockTexts(c.body)])];
}

/** The Spanish every mode shows around the steps: title, intro, help cards, prevention, footer. */
function esSpasmFrame(): string[] {
  const text = es.spasm;
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
    es.shared.callEmergency(EMERGENCY),
    text.help.soon.label,
    text.help.soon.heading,
    ...esContactLinks,
    text.prevention.heading,
    ...blockTexts(text.prevention.body),
    text.twitching.text,
    ...esFooter(text.review),
  ];
}

/** The guided mode's buttons, by place: [back?, primary (next / finish), eased?]. */
function guidedPrimary(el: SpasmReliefSteps): HTMLButtonElement {
  return q<HTMLButtonElement>(el, '[part~="steps"] .actions button.primary');
}

async function walkSpasm(way: Way, audit: SpanishAudit): Promise<void> {
  const text = es.spasm;
  const el = await mount(way, 'spasm-relief-steps');
  audit.check('spasm list: default (calf), no twitching check on the page', el, [
    ...esSpasmFrame(),
    ...spasmStepIds.flatMap((id) => esStepTexts(id)),
    text.twitching.askClinician,
  ]);
  if ((await expandAll(el, '[part~="section"] button')) > 0) throw new Error('spasm: a caution did not open');
  audit.check('spasm list: every caution expanded', el, [...esStepTexts('heat-ice'), ...esStepTexts('pain-relief')]);
  for (const muscle of spasmMuscles) {
    el.setAttribute('muscle', muscle);
    await el.updateComplete;
    audit.check(`spasm list: muscle="${muscle}"`, el, esStepTexts('stretch', muscle));
  }

  const guided = await mount(way, 'spasm-relief-steps', { mode: 'guided' });
  for (const [index, id] of spasmStepIds.entries()) {
    const last = index === spasmStepIds.length - 1;
    audit.check(`spasm guided: step ${index + 1} (${id})`, guided, [
      text.guided.stepCount(index + 1, spasmTotal),
      ...esStepTexts(id),
      last ? text.guided.finish : text.guided.next,
      ...(index > 0 ? [text.guided.back] : []),
      ...(id !== 'pain-relief' ? [text.guided.eased] : []),
      ...(id === 'heat-ice'
        ? [text.timer.heading(HEAT_ICE_MINUTES), text.timer.timeLeft(formatClock(FULL_MS, 'es')), text.timer.start, text.timer.reset]
        : []),
      ...esSpasmFrame(),
    ]);
    guidedPrimary(guided).click();
    await settle(guided);
  }
  const aftercare = [text.guided.aftercareHeading, text.guided.aftercareIntro, text.guided.startOver, ...esStepTexts('pain-relief')];
  audit.check('spasm guided: aftercare after "Terminar"', guided, aftercare);

  q<HTMLButtonElement>(guided, '[part~="steps"] p.actions button').click();
  await settle(guided);
  // On step 1 the buttons are [next, eased]: no "back".
  const eased = qa<HTMLButtonElement>(guided, '[part~="steps"] .actions button:not(.primary)');
  if (eased.length !== 1) throw new Error(`spasm: step 1 has ${eased.length} buttons besides "next"`);
  eased[0].click();
  await settle(guided);
  audit.check('spasm guided: aftercare after "Listo, ya se calmó"', guided, aftercare);

  const [check, beside] = await mountAll(way, ['twitch-redflag-check', 'spasm-relief-steps']);
  audit.check('spasm list: twitching note with a twitching check on the page', beside, [text.twitching.text, text.twitching.goToCheck]);
  audit.check('twitch: beside the spasm steps', check, esSignsScreen());
}

/** The timer states, on a fake clock. */
async function walkTimer(way: Way, audit: SpanishAudit, clock: FakeClock): Promise<void> {
  const { timer } = es.spasm;
  const el = await mount(way, 'spasm-relief-steps', { mode: 'guided' });
  for (let i = 0; i < spasmStepIds.indexOf('heat-ice'); i += 1) {
    guidedPrimary(el).click();
    await settle(el);
  }
  const timerButtons = () => qa<HTMLButtonElement>(el, '[part~="timer"] .actions button');
  timerButtons()[0].click(); // start
  await el.updateComplete;
  clock.tick(STEP_MS);
  await el.updateComplete;
  const left = (ms: number) => timer.timeLeft(formatClock(ms, 'es'));
  audit.check('spasm timer: running', el, [timer.heading(HEAT_ICE_MINUTES), left(FULL_MS - STEP_MS), timer.pause, timer.reset]);
  timerButtons()[0].click(); // pause
  await el.updateComplete;
  audit.check('spasm timer: paused', el, [left(FULL_MS - STEP_MS), timer.resume, timer.reset]);
  timerButtons()[0].click(); // resume
  await el.updateComplete;
  clock.tick(FULL_MS);
  await el.updateComplete;
  // The start/pause/resume button's label once time is up is a design choice: not asserted.
  audit.check('spasm timer: ended', el, [timer.heading(HEAT_ICE_MINUTES), left(0), timer.ended, timer.reset]);
}

// ---------------------------------------------------------------------------------------------

describe('Spanish (lang="es")', () => {
  let htmlLang: string | null;

  beforeEach(() => {
    htmlLang = document.documentElement.getAttribute('lang');
  });

  afterEach(() => {
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  it('looks for a real list of English strings', () => {
    // Guards the audit itself: the English list must hold the pack's running text and the
    // texts filled with the real clinic values, and none of them may be Spanish too.
    const all = [...evidenceNeedles, ...shortNeedles].map((n) => n.text);
    expect(evidenceNeedles.length, 'English strings looked for').to.be.greaterThan(250);
    expect(all).to.include.members([
      en.twitch.results.urgent.whatToDo(context),
      en.shared.callClinic(CLINIC_NAME, CLINIC_PHONE),
      en.spasm.timer.timeLeft(formatClock(FULL_MS, 'en')),
      en.twitch.check.stepCount(2, twitchTotal),
      normalize(en.rls.selfCheck.results.matches.text),
    ]);
    expect(all, 'generic and shared with Spanish, so not evidence').not.to.include.members(['No']);
    expect(shortNeedles.map((n) => n.text).sort()).to.deep.equal(['Back', 'Cold', 'Heat', 'Next', 'Pause', 'Reset', 'Yes']);
  });

  it('has no Spanish string left equal to its English original', () => {
    // Also found state by state below (they stay English needles), but named here at once,
    // whether or not a state shows them.
    expect(untranslated, untranslated.join('\n')).to.deep.equal([]);
  });

  for (const { way, title } of ways) {
    describe(`set ${title}: no English in any state`, () => {
      it('<rls-symptom-card>: every section, compact folded and unfolded, unanswered, every result', async () => {
        const audit = new SpanishAudit(way);
        await walkRls(way, audit);
        audit.expectClean();
      });

      it('<twitch-redflag-check>: about, every screen, both problems, every result, start again', async () => {
        const audit = new SpanishAudit(way);
        await walkTwitch(way, audit);
        audit.expectClean();
      });

      it('<spasm-relief-steps>: cautions, every muscle, every guided step, aftercare, twitching note', async () => {
        const audit = new SpanishAudit(way);
        await walkSpasm(way, audit);
        audit.expectClean();
      });

      it('<spasm-relief-steps>: the heat-or-ice timer running, paused and ended (fake clock)', async () => {
        const clock = installFakeClock();
        try {
          const audit = new SpanishAudit(way);
          await walkTimer(way, audit, clock);
          audit.expectClean();
        } finally {
          // Remove the widget while the fake clock is installed, so its interval is cleared there.
          fixtureCleanup();
          clock.restore();
        }
      });
    });
  }

  describe('sources in Spanish', () => {
    for (const tag of ['twitch-redflag-check', 'spasm-relief-steps'] as const) {
      it(`<${tag}> links the publisher's Spanish page where there is one, marked lang="es"; the rest stay lang="en"`, async () => {
        const el = await mount('attribute', tag);
        const items = qa(el, '[part~="about"] li').map((li) => ({
          lang: li.getAttribute('lang'),
          text: textOf(li),
          href: li.querySelector('a')?.getAttribute('href') ?? null,
        }));
        const spanish = items.filter((item) => item.lang === 'es');
        expect(spanish.length, 'at least one source in Spanish').to.be.at.least(1);
        for (const item of spanish) expect(item.href ?? '', item.text).to.match(/^https:\/\/medlineplus\.gov\/spanish\//);
        expect(items.filter((item) => item.lang !== 'es' && item.lang !== 'en')).to.deep.equal([]);
        expect(items.filter((item) => item.lang === 'en' && /medlineplus\.gov\/(?!spanish)/.test(item.href ?? ''))).to.deep.equal([]);
      });
    }
  });

  describe('dates, and switching language at runtime', () => {
    const reviews = { 'rls-symptom-card': es.rls.review, 'twitch-redflag-check': es.twitch.review, 'spasm-relief-steps': es.spasm.review };
    const titles = (language: 'en' | 'es') => ({
      'rls-symptom-card': packs[language].rls.title,
      'twitch-redflag-check': packs[language].twitch.title,
      'spasm-relief-steps': packs[language].spasm.title,
    });

    function shownDates(el: Element): string[] {
      return qa(el, '[part~="about"] time').map((time) => textOf(time));
    }

    it('builds the expected Spanish date the way a reader expects it', () => {
      expect(dateIn('es', '2026-11-27')).to.equal('27 de noviembre de 2026');
    });

    for (const tag of Object.keys(reviews) as WidgetTag[]) {
      it(`<${tag}> writes review dates in Spanish and re-renders when lang changes es -> en -> es`, async () => {
        const review = reviews[tag];
        const el = await mount('attribute', tag);
        const esDates = [dateIn('es', review.lastReviewed), dateIn('es', review.nextReview)];
        const enDates = [dateIn('en', review.lastReviewed), dateIn('en', review.nextReview)];
        expect(shownDates(el), 'Spanish dates').to.deep.equal(esDates);
        expect(esDates.join(' '), 'month names in Spanish').to.match(/^\d{1,2} de [a-z]+ de \d{4} \d{1,2} de [a-z]+ de \d{4}$/);

        el.setAttribute('lang', 'en');
        await el.updateComplete;
        expect(renderedLang(el)).to.equal('en');
        expect(textOf(q(el, '#title')), 'English title').to.equal(titles('en')[tag]);
        expect(shownDates(el), 'English dates').to.deep.equal(enDates);
        expect(englishShown(perceive(el)).length, 'English strings shown in English').to.be.greaterThan(20);

        el.setAttribute('lang', 'es');
        await el.updateComplete;
        const audit = new SpanishAudit(`on the element, after en -> es`);
        audit.check(`<${tag}> back in Spanish`, el, [titles('es')[tag], ...esDates]);
        audit.expectClean();
      });
    }

    it('follows an ancestor switched from es-MX to en and back', async () => {
      const elements = await mountAll('ancestor', ['rls-symptom-card', 'twitch-redflag-check', 'spasm-relief-steps']);
      const wrapper = elements[0].parentElement!;
      const settleAll = async () => {
        await new Promise((resolve) => setTimeout(resolve)); // the page watcher's MutationObserver
        await Promise.all(elements.map((el) => (el as RlsSymptomCard).updateComplete));
      };
      wrapper.setAttribute('lang', 'en');
      await settleAll();
      expect(elements.map((el) => renderedLang(el))).to.deep.equal(['en', 'en', 'en']);
      expect(elements.map((el) => textOf(q(el, '#title')))).to.deep.equal(Object.values(titles('en')));
      wrapper.setAttribute('lang', 'es-MX');
      await settleAll();
      const audit = new SpanishAudit('on an ancestor, after en -> es-MX');
      for (const el of elements) audit.check(`<${el.localName}> back in Spanish`, el, [titles('es')[el.localName as WidgetTag]]);
      audit.expectClean();
    });

    it('<twitch-redflag-check>: a problem message shown in English turns Spanish when lang turns es', async () => {
      const el = await mount('attribute', 'twitch-redflag-check', { lang: 'en' });
      twitchSubmit(el).click();
      await settle(el);
      expect(textOf(shadowOf(el).querySelector('#problem')), 'the English message first').to.equal(en.twitch.emergencyScreen.chooseOne);
      el.setAttribute('lang', 'es');
      await el.updateComplete;
      const audit = new SpanishAudit('on the element, switched from en while a problem shows');
      audit.check('twitch: screen 1, "choose one" problem shown before the switch', el, [es.twitch.emergencyScreen.chooseOne, ...esSignsScreen()]);

      // The same on a step screen, where the message names a count.
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      tickSign(el, 'none');
      await el.updateComplete;
      twitchSubmit(el).click();
      await settle(el);
      twitchSubmit(el).click();
      await settle(el);
      const count = radioGroups(el).length;
      expect(textOf(shadowOf(el).querySelector('#problem'))).to.equal(en.twitch.check.unanswered(count));
      el.setAttribute('lang', 'es');
      await el.updateComplete;
      audit.check('twitch: screen 2, unanswered problem shown before the switch', el, [es.twitch.check.unanswered(count)]);
      audit.expectClean();
    });
  });

  describe('which tags mean Spanish', () => {
    for (const tag of ['rls-symptom-card', 'twitch-redflag-check', 'spasm-relief-steps'] as const) {
      it(`<${tag}>: es-MX, es-419 and ES are Spanish; fr is English`, async () => {
        const title = { 'rls-symptom-card': es.rls.title, 'twitch-redflag-check': es.twitch.title, 'spasm-relief-steps': es.spasm.title }[tag];
        const audit = new SpanishAudit('on the element as a regional or upper-case tag');
        for (const lang of ['es-MX', 'es-419', 'ES']) {
          const el = await mount('attribute', tag, { lang });
          audit.check(`<${tag} lang="${lang}">`, el, [title]);
        }
        audit.expectClean();

        const warnings = spyOnWarnings();
        try {
          const el = await mount('attribute', tag, { lang: 'fr' });
          expect(renderedLang(el)).to.equal('en');
          const enTitle = { 'rls-symptom-card': en.rls.title, 'twitch-redflag-check': en.twitch.title, 'spasm-relief-steps': en.spasm.title }[tag];
          expect(textOf(q(el, '#title'))).to.equal(enTitle);
          expect(englishShown(perceive(el)).length, 'English strings shown').to.be.greaterThan(20);
        } finally {
          warnings.restore();
        }
      });
    }
  });
});
