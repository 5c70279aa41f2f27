// The two language add-ons, Vietnamese (`vi`) and Traditional Chinese (`zh-Hant`), in every widget.
//
// The add-ons are imported as a page would import them from npm: importing `src/lang/vi.ts`
// registers Vietnamese for every widget on the page (a registration lasts for the page, so this
// file is a page of its own). What is checked, for each language:
// - which `lang` tags select it, on the element, on an ancestor (a region tag) and on <html>; and
//   that Simplified Chinese tags (`zh`, `zh-CN`, `zh-Hans`, ...) never get the Traditional text but
//   English, with one console warning naming the tag;
// - that no English shows in any state of any widget (the audit and walks spanish.test.ts uses,
//   test/helpers/language-audit.ts, for these two languages), and no word that is not the pack's
//   own: every state walked through the harnesses (test/harness/), the summary panels and their
//   full-screen view included;
// - keyboard-only use in the language: every care level of the twitching check; every pattern of
//   the RLS self-check (focus stays on the submit button while the live region announces the
//   result, as in English); the cramp steps' guided mode to the end and "Done, it eased", the
//   heat-or-ice timer (fake clock), every caution, and every level of the cramp diary's advice;
// - axe, for each widget fresh and with a result;
// - layout in a 320 px wide page: nothing scrolls sideways; in Chinese no line starts with closing
//   punctuation; Vietnamese text is precomposed (NFC) and in the page's font;
// - review dates and the guided timer written the language's way, from the pack.
// Script-tag loading (the built dist/lang/*.js before and after the main script) is tested in
// add-on-script-order.test.ts.
//
// Only plain values (strings, arrays) are passed to chai: a failing assertion on a DOM element
// can hang the test runner.
import '../src/lang/vi.js';
import '../src/lang/zh-Hant.js';
import '../src/rls-symptom-card/define.js';
import '../src/spasm-relief-steps/define.js';
import '../src/twitch-redflag-check/define.js';
import { expect, fixtureCleanup, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { collectStrings } from '../scripts/lib/pack-strings.js';
import { packs } from '../src/lang/built-in.js';
import type { LanguagePack } from '../src/lang/language-pack.js';
import { vi } from '../src/lang/vi.js';
import { zhHant } from '../src/lang/zh-Hant.js';
import {
  isRlsQuestionAsked,
  rlsFrequencies,
  rlsQuestionOrder,
  type RlsFrequency,
  type RlsPattern,
  type RlsQuestionKey,
} from '../src/rls-symptom-card/rls-pattern.js';
import { answerValues, type Answer } from '../src/shared/answer.js';
import { sharedTexts } from '../src/shared/lhw-element.js';
import type { ReviewDates } from '../src/shared/text-types.js';
import { VERSION } from '../src/shared/version.js';
import { formatClock } from '../src/spasm-relief-steps/countdown.js';
import {
  crampDurations,
  diaryLevel,
  diarySigns,
  HEAT_ICE_MINUTES,
  helpSignsAt,
  spasmHelpLevels,
  spasmMuscles,
  spasmStepIds,
  US_POISON_CONTROL,
  type CrampDuration,
  type SpasmHelpLevel,
  type SpasmHelpSignId,
  type SpasmStepId,
} from '../src/spasm-relief-steps/spasm-care.js';
import type { CautionText } from '../src/spasm-relief-steps/spasm-content.js';
import type { SpasmStepsComplete } from '../src/spasm-relief-steps/spasm-relief-steps.js';
import { reasonTexts } from '../src/twitch-redflag-check/twitch-content.js';
import { careLevels, type CareLevel, type TwitchStep } from '../src/twitch-redflag-check/twitch-rules.js';
import { spyOnWarnings } from './fixtures/warnings.js';
import { answerSelfCheck, asFormAnswers, expectedRlsResult, rlsResult, rlsScenarios, shownRlsText, type SelfCheckAnswers } from './harness/rls.js';
import { currentStepHeading, diaryAdvice, diaryScenario, goToStep, openCautionHeadings, shownSpasmText, timerTimeLeft, toggleTimer } from './harness/spasm.js';
import {
  answerScenario,
  answerStepByKeyboard,
  scenarioScreens,
  signChoices,
  signLabel,
  startAgain,
  tickSignsByKeyboard,
  twitchScenarios,
  twitchScreen,
  urgentOnLastScreen,
  type Keyboard,
} from './harness/twitch.js';
import { settle, shownLanguage } from './harness/widget.js';
import { clickLabelOf, describeControl, labelOf } from './helpers/controls.js';
import type { WidgetTag } from './helpers/host-frame.js';
import { chooseOption, deepActiveElement, describeFocus, press } from './helpers/keyboard.js';
import {
  careContext,
  CLINIC_PHONE,
  clinicAttributes,
  dateIn,
  EMERGENCY,
  englishNeedles,
  expandAll,
  FULL_MS,
  LanguageAudit,
  mountAll,
  normalize,
  panelTexts,
  perceive,
  STEP_MS,
  titleIn,
  twitchTotal,
  walkRls,
  walkSpasm,
  walkTimer,
  walkTwitch,
  type Mounter,
  type Needles,
  type Perceived,
} from './helpers/language-audit.js';
import { isShown, q, qa, shadowOf, textOf } from './helpers/shadow.js';
import { installFakeClock } from './helpers/spasm-clock.js';
import { blockTexts } from './helpers/spasm-view.js';
import type { Widget } from './helpers/summary.js';

const en = packs.en;

type Code = 'vi' | 'zh-Hant';

const widgetTags: readonly WidgetTag[] = ['rls-symptom-card', 'twitch-redflag-check', 'spasm-relief-steps'];

// ---------------------------------------------------------------------------------------------
// The two add-ons

interface AddOn {
  readonly code: Code;
  readonly name: string;
  readonly pack: LanguagePack;
  /** The clinic's name, as a clinic of that community would write it. */
  readonly clinic: string;
  /** Tags that select the language, set on the element itself. */
  readonly onElement: readonly string[];
  /** Region tags that select it, set on an ancestor. */
  readonly onAncestor: readonly string[];
  /** The tag set on <html>. */
  readonly onPage: string;
}

const addOns: readonly AddOn[] = [
  {
    code: 'vi',
    name: 'Vietnamese',
    pack: vi,
    clinic: 'Phòng khám Gia đình Hòa Bình',
    onElement: ['vi', 'VI'],
    onAncestor: ['vi-VN'],
    onPage: 'vi',
  },
  {
    code: 'zh-Hant',
    name: 'Traditional Chinese',
    pack: zhHant,
    clinic: '仁愛家庭診所',
    onElement: ['zh-Hant', 'zh-MO', 'zh-Hant-US'],
    onAncestor: ['zh-TW', 'zh-HK'],
    onPage: 'zh-Hant-TW',
  },
];

function reviewOf(pack: LanguagePack, tag: WidgetTag): ReviewDates {
  return tag === 'rls-symptom-card' ? pack.rls.review : tag === 'twitch-redflag-check' ? pack.twitch.review : pack.spasm.review;
}

/** Han characters (Traditional or Simplified alike). */
const HAN = /\p{Script=Han}/u;

/** The English strings to look for (language-audit.ts), made once per add-on. */
const needlesByCode = new Map<Code, Needles>();
function needlesOf(addOn: AddOn): Needles {
  let needles = needlesByCode.get(addOn.code);
  if (!needles) {
    needles = englishNeedles(addOn);
    needlesByCode.set(addOn.code, needles);
  }
  return needles;
}

// ---------------------------------------------------------------------------------------------
// The pack's own words: what a widget in the language may show

/** Word tokens, lower case: letters (with their marks) and digits, split at anything else. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** A date and time in the language's own words, as the summary writes when it was made. */
function madeAt(code: string, date: Date): string {
  return new Intl.DateTimeFormat(code, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** Values for the pack's content functions, as this page renders them (never English). */
function renderValues(addOn: AddOn): Record<string, unknown> {
  const { pack, clinic } = addOn;
  return {
    clinic,
    emergency: EMERGENCY,
    // With 911, the acetaminophen caution names US Poison Control (spasm-care.ts `overdoseCall`).
    poisonControl: US_POISON_CONTROL,
    phone: CLINIC_PHONE,
    number: EMERGENCY,
    sign: pack.twitch.emergencyScreen.signs.chestPain.label,
    step: 1,
    total: twitchTotal,
    count: 2,
    minutes: HEAT_ICE_MINUTES,
    clock: formatClock(FULL_MS, pack.language),
    day: 3,
    month: pack.shared.months[11],
    year: 2026,
    date: madeAt(pack.language, new Date()),
    version: VERSION,
    reviewed: dateIn(pack, '2026-12-03'),
    items: [pack.shared.answers.yes, pack.shared.answers.no],
  };
}

/** Keys whose values are data, never shown: source ids, review dates, the saved file's name. */
const notShownKeys = new Set(['language', 'review', 'sources', 'fileName']);

/** Every string the pack can show, content functions called with `renderValues`. */
function shownStrings(addOn: AddOn): string[] {
  const values = renderValues(addOn);
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'function') return walk((node as (v: typeof values) => unknown)(values));
    if (typeof node === 'string') return void found.push(node);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) if (!notShownKeys.has(key)) walk(value);
  };
  walk(addOn.pack);
  return found;
}

interface Vocabulary {
  /** Every word the pack, the clinic's settings and the browser's date format can show. */
  readonly words: ReadonlySet<string>;
  /** Every character they can show (for Chinese, whose words are not space-separated). */
  readonly characters: ReadonlySet<string>;
}

function vocabularyOf(addOn: AddOn): Vocabulary {
  // The summary's "made" line comes from the browser's date format: morning and afternoon.
  const intl = [new Date(2026, 11, 3, 9, 5), new Date(2026, 11, 3, 15, 42)].map((date) => madeAt(addOn.code, date));
  const texts = [...shownStrings(addOn), addOn.clinic, CLINIC_PHONE, EMERGENCY, ...intl];
  return {
    words: new Set(texts.flatMap(wordsOf)),
    characters: new Set(texts.flatMap((text) => [...text])),
  };
}

/**
 * The words shown that are not the pack's: for Vietnamese every word (all are Latin script), for
 * Chinese every Latin word and every Han character or full-width punctuation mark.
 */
function foreignWords(view: Perceived, vocabulary: Vocabulary, code: Code): string[] {
  const found = new Set<string>();
  for (const word of wordsOf(view.own)) {
    if (/^\p{N}+$/u.test(word)) continue;
    if ((code === 'vi' || /\p{Script=Latin}/u.test(word)) && !vocabulary.words.has(word)) found.add(word);
  }
  if (code === 'zh-Hant') {
    for (const character of view.own) {
      if ((HAN.test(character) || /[\u3000-\u303f\uff00-\uffef]/.test(character)) && !vocabulary.characters.has(character)) found.add(character);
    }
  }
  return [...found];
}

/**
 * Half-width punctuation written against Chinese text (`您的結果: 您的回答`, `伸展肌肉; 按摩肌肉`):
 * Chinese text uses the full-width marks (：；，). Each hit with a few characters around it.
 */
function halfWidthPunctuation(text: string): string[] {
  const pattern = /(?:[\p{Script=Han}\u3000-\u303f\uff00-\uffef]\s*[,;:!?])|(?:[,;:!?]\s*[\p{Script=Han}])/gu;
  return [...text.matchAll(pattern)].map((match) => text.slice(Math.max(0, (match.index ?? 0) - 4), (match.index ?? 0) + match[0].length + 4));
}

/**
 * Parts that are rightly in another language: the sources' English titles (in the footer's list
 * and in a summary's source line), and the summary's English copy.
 */
const allowedOtherLanguage = new Set([
  '#sources-panel li[lang="en"]',
  'dialog.summary-view span[lang="en"]',
  'dialog.summary-view article.summary-page[lang="en"]',
]);

// ---------------------------------------------------------------------------------------------
// The audit

/**
 * The shared audit (language-audit.ts) in an add-on's language, reading only the parts in that
 * language, plus: every word that is not the pack's, half-width punctuation in Chinese, Vietnamese
 * that is not precomposed, and a part marked as another language that should not be.
 */
class AddOnAudit extends LanguageAudit {
  readonly vocabulary: Vocabulary;

  constructor(readonly addOn: AddOn) {
    super(addOn.pack, addOn.clinic, needlesOf(addOn), `lang="${addOn.code}"`);
    this.vocabulary = vocabularyOf(addOn);
  }

  protected override read(el: Element): Perceived {
    return perceive(el, this.pack);
  }

  protected override checkMore(state: string, _el: Element, view: Perceived): void {
    const { code } = this.addOn;
    const foreign = foreignWords(view, this.vocabulary, code);
    if (foreign.length > 0) this.problem(state, 'words not from the pack', foreign.map((w) => JSON.stringify(w)).join(', '));
    if (code === 'zh-Hant') {
      for (const hit of halfWidthPunctuation(view.own)) this.problem(state, 'half-width punctuation in Chinese', JSON.stringify(hit));
    }
    if (code === 'vi' && (view.text !== view.text.normalize('NFC') || /[\u0300-\u036f]/.test(view.text))) {
      this.problem(state, 'Vietnamese not precomposed (NFC)', 'combining marks in the text');
    }
    const unexpected = [...new Set(view.otherLanguage)].filter((part) => !allowedOtherLanguage.has(part));
    if (unexpected.length > 0) this.problem(state, 'parts marked as another language', unexpected.join(', '));
  }
}

// ---------------------------------------------------------------------------------------------
// Putting widgets on the page

/** Puts widgets in the add-on's language (on the element), with the clinic settings. */
function addOnWidgets(addOn: AddOn): Mounter {
  return (tags, attributes = {}) => mountAll(tags, { lang: addOn.code, attributes: { ...clinicAttributes(addOn.clinic), ...attributes } });
}

async function mount(addOn: AddOn, tag: WidgetTag, attributes: Record<string, string> = {}): Promise<Widget> {
  const [el] = await addOnWidgets(addOn)([tag], attributes);
  return el;
}

// ---------------------------------------------------------------------------------------------
// The summary's full-screen view

/** Presses "Show full screen" in the panel and waits for the view. */
async function openView(el: Widget): Promise<HTMLDialogElement> {
  const done = oneEvent(el, 'lhw-summary');
  q<HTMLButtonElement>(el, '[part~="summary"] #summary-show').click();
  await done;
  await settle(el);
  return q<HTMLDialogElement>(el, 'dialog.summary-view');
}

async function closeView(el: Widget): Promise<void> {
  const dialog = q<HTMLDialogElement>(el, 'dialog.summary-view');
  const closed = oneEvent(dialog, 'close');
  q<HTMLButtonElement>(el, 'dialog.summary-view form[method="dialog"] button').click();
  await closed;
  await settle(el);
}

/**
 * Opens the view, audits it (the English copy, `article.summary-page[lang="en"]`, is there ON
 * PURPOSE for an English-speaking doctor or nurse: it is left out of the audit and must be the
 * second page), and closes it.
 */
async function auditView(
  audit: AddOnAudit,
  state: string,
  el: Widget,
  own: { title: string; ask: readonly string[]; review: ReviewDates; answers: boolean },
  expected: readonly string[],
): Promise<void> {
  const { addOn } = audit;
  const { pack } = addOn;
  const before = Date.now();
  const dialog = await openView(el);
  const after = Date.now();
  const pages = qa(el, 'dialog.summary-view article.summary-page').map((article) => article.getAttribute('lang'));
  if (JSON.stringify(pages) !== JSON.stringify([addOn.code, 'en'])) {
    audit.problems.push(`${state}: the view's pages are ${JSON.stringify(pages)}, not ["${addOn.code}", "en"]`);
  }
  const english = shadowOf(el).querySelector('article.summary-page[lang="en"]');
  const note = english?.querySelector(`.copy-note[lang="${addOn.code}"]`);
  if (textOf(note) !== pack.shared.summary.englishCopy) {
    audit.problems.push(`${state}: the English copy has no note "${pack.shared.summary.englishCopy}" in the visitor's language`);
  }
  if (!dialog.open) audit.problems.push(`${state}: the view did not open`);
  const { summary } = pack.shared;
  // When the summary was made, in the browser's long date in the language: the minute before or after.
  const made = [before, after].map((t) => summary.made({ date: madeAt(addOn.code, new Date(t)) }));
  const view = audit.check(state, el, [
    own.title,
    ...(own.answers ? [summary.answersHeading, summary.questionColumn, summary.answerColumn] : []),
    summary.askHeading,
    ...own.ask,
    summary.notesHeading,
    pack.shared.sourcesLabel,
    pack.shared.notDiagnosis,
    summary.madeBy({ version: VERSION, reviewed: dateIn(pack, own.review.lastReviewed) }),
    summary.clinic({ clinic: addOn.clinic, phone: CLINIC_PHONE }),
    summary.close,
    ...expected,
  ]);
  if (!made.some((line) => view.text.includes(normalize(line)))) audit.problems.push(`${state}: no "made" line like ${JSON.stringify(made[0])}`);
  await closeView(el);
}

// ---------------------------------------------------------------------------------------------
// The walks of language-audit.ts, with what the add-on audit adds: the summaries' full-screen
// views, and the cramp diary filled in

/** The diary's checkbox for get-help sign `id`, found by its label in the widget's language. */
function diarySignBox(el: Widget, pack: LanguagePack, id: SpasmHelpSignId): HTMLInputElement {
  const label = pack.spasm.help.signs[id];
  const box = qa<HTMLInputElement>(el, '[part~="diary"] input[type="checkbox"]').find((input) => labelOf(input) === label);
  if (!box) throw new Error(`no diary box labelled "${label}"`);
  return box;
}

/** Fills the diary (muscle, duration, what helped) as a visitor would. */
async function fillDiary(el: Widget, pack: LanguagePack): Promise<void> {
  clickLabelOf(q(el, '[part~="diary"] input[name="diary-muscle"][value="thigh"]'));
  clickLabelOf(q(el, '[part~="diary"] input[name="diary-duration"][value="up-to-ten-minutes"]'));
  await el.updateComplete;
  const stretch = qa<HTMLInputElement>(el, '[part~="diary"] input[type="checkbox"]').find((input) => labelOf(input) === pack.spasm.steps.stretch.heading);
  if (!stretch) throw new Error('no diary box for the stretch');
  clickLabelOf(stretch);
  await el.updateComplete;
}

/** The RLS card's walk, with the summary view of its first result. */
async function walkRlsWithView(addOn: AddOn, audit: AddOnAudit): Promise<void> {
  const text = addOn.pack.rls;
  const check = text.selfCheck;
  await walkRls(audit, addOnWidgets(addOn), async (el, { name, index, assessment: { pattern, reasons } }) => {
    if (index > 0) return;
    await auditView(audit, `rls: summary view of ${name}`, el, { title: text.title, ask: text.appointmentSummary.ask, review: text.review, answers: true }, [
      check.results[pattern].heading,
      ...reasons.map((id) => check.reasons[id]),
    ]);
  });
}

/** The twitching check's walk, with the summary view of the first result at each care level. */
async function walkTwitchWithViews(addOn: AddOn, audit: AddOnAudit): Promise<void> {
  const text = addOn.pack.twitch;
  const viewed = new Set<CareLevel>();
  await walkTwitch(audit, addOnWidgets(addOn), async (el, { name, assessment: { level, reasons } }) => {
    if (viewed.has(level)) return;
    viewed.add(level);
    await auditView(audit, `twitch: summary view of ${name}`, el, { title: text.title, ask: text.appointmentSummary.ask, review: text.review, answers: true }, [
      text.results[level].heading(careContext(addOn.clinic)),
      ...reasonTexts(text, reasons, careContext(addOn.clinic)),
      text.emergencyScreen.summaryLabel,
    ]);
  });
  if (viewed.size !== careLevels.length) throw new Error(`twitch: summary views of ${[...viewed].join(', ')} only`);
}

/**
 * The cramp steps' walk, with the diary filled in once it is open: its advice for each level, the
 * highest sign ticked so far deciding, then its summary view.
 */
async function walkSpasmWithDiary(addOn: AddOn, audit: AddOnAudit): Promise<void> {
  const { pack } = addOn;
  const text = pack.spasm;
  const context = careContext(addOn.clinic);
  await walkSpasm(audit, addOnWidgets(addOn), async (el) => {
    await fillDiary(el, pack);
    for (const level of ['soon', 'urgent', 'emergency'] as const) {
      const sign = helpSignsAt(level).find((id) => id !== 'longer-than-ten-minutes');
      if (!sign) throw new Error(`no diary sign at ${level}`);
      clickLabelOf(diarySignBox(el, pack, sign));
      await el.updateComplete;
      audit.check(`spasm diary: advice ${level}`, el, [
        text.diary.advice[level](context),
        ...(level === 'emergency' ? [pack.shared.callNumber({ number: EMERGENCY })] : []),
        ...panelTexts(pack),
      ]);
    }
    await auditView(audit, 'spasm diary: summary view', el, { title: text.diary.title, ask: text.appointmentSummary.ask, review: text.review, answers: true }, [
      text.diary.advice.emergency(context),
      text.diary.muscleLegend,
      text.diary.muscles.thigh,
      text.diary.durations['up-to-ten-minutes'],
      text.steps.stretch.heading,
    ]);
  });
}

// ---------------------------------------------------------------------------------------------
// By keyboard (the paths of test/twitch-redflag-check/element.test.ts, through the harness's
// keyboard walks, of test/rls-symptom-card/element.test.ts, and of
// test/spasm-relief-steps/element.test.ts and diary.test.ts, in the add-on's language). Expected
// text is read through each widget's TextSource in the language it shows (shownRlsText,
// shownSpasmText, sharedTexts), never written out.

const keyboard: Keyboard = { press, chooseOption };

const rlsPatterns = Object.keys(rlsScenarios) as RlsPattern[];

/** A widget after a button placed before it, so a test can Tab into it like a visitor. */
async function afterButton(tag: WidgetTag, attributes: Record<string, string>): Promise<{ el: Widget; before: HTMLButtonElement }> {
  const wrapper = fixtureSync<HTMLDivElement>(html`<div><button type="button">Before</button></div>`);
  const el = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  await el.updateComplete;
  return { el, before: wrapper.querySelector('button') as HTMLButtonElement };
}

/** Tab from the button before the check: the safety note's call link, then the first box. */
async function tabIntoCheck(el: Widget, before: HTMLButtonElement, pack: LanguagePack): Promise<void> {
  before.focus();
  await press('Tab');
  expect(textOf(deepActiveElement()), "first Tab: the safety note's call link").to.equal(pack.shared.callNumber({ number: EMERGENCY }));
  await press('Tab');
  expect(describeFocus(), 'second Tab: the first box').to.equal(`checkbox "${signLabel(el, signChoices[0])}"`);
}

function rlsOptionIndex(key: RlsQuestionKey, value: string): number {
  const options: readonly string[] = key === 'frequency' ? rlsFrequencies : answerValues;
  return options.indexOf(value);
}

/** The label a visitor reads beside an answer of the self-check, from the TextSources, in the card's language. */
function rlsAnswerLabel(el: Widget, key: RlsQuestionKey, value: string): string {
  const language = shownLanguage(el);
  return key === 'frequency'
    ? shownRlsText(el).selfCheck.frequencies[value as RlsFrequency]
    : sharedTexts.in(language).answers[value as Answer];
}

/**
 * From the first question, answers each question the form asks by keyboard, Tab by Tab, checking
 * that focus is in the question the card shows (by its legend) and that the answer picked is the
 * one wanted (by its label); then focus is on the submit button.
 */
async function answerRlsByKeyboard(el: Widget, answers: SelfCheckAnswers): Promise<void> {
  const form = asFormAnswers(answers);
  const { questions } = shownRlsText(el).selfCheck;
  for (const key of rlsQuestionOrder.filter((question) => isRlsQuestionAsked(question, form))) {
    const active = shadowOf(el).activeElement as HTMLInputElement | null;
    expect(active?.name, `focus is on the "${key}" question`).to.equal(key);
    expect(textOf(active?.closest('fieldset')?.querySelector('legend')), `the legend of "${key}"`).to.equal(questions[key].legend);
    const value = form[key];
    if (value !== undefined) {
      await chooseOption(rlsOptionIndex(key, value));
      await el.updateComplete;
      const picked = qa<HTMLInputElement>(el, `input[type="radio"][name="${key}"]`).filter((radio) => radio.checked);
      expect(picked.map(labelOf), `the answer to "${key}"`).to.deep.equal([rlsAnswerLabel(el, key, value)]);
    }
    await press('Tab');
  }
}

/**
 * What has keyboard focus, as a person tells it apart: a box or a radio button by its label
 * (`checkbox "…"`), anything else by its tag and whole text (`button "Tiếp theo"`), uncut.
 */
function focusStop(): string {
  const active = deepActiveElement();
  return active instanceof HTMLInputElement ? describeControl(active) : `${active?.localName ?? 'nothing'} "${textOf(active)}"`;
}

const buttonStop = (label: string): string => `button "${normalize(label)}"`;
const linkStop = (label: string): string => `a "${normalize(label)}"`;

/**
 * Presses Tab until focus is on a control whose text is `label` (at most `max` times) and returns
 * every stop on the way, the last one included: the caller compares them with the stops a
 * keyboard user should meet.
 */
async function tabUntil(label: string, max = 16): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < max; i += 1) {
    await press('Tab');
    stops.push(focusStop());
    if (textOf(deepActiveElement()) === normalize(label)) break;
  }
  return stops;
}

/** The cramp steps' Tab stops in list mode, from the button before the widget to the diary's button (clinic settings on). */
function spasmListStops(el: Widget, clinic: string): string[] {
  const text = shownSpasmText(el);
  const shared = sharedTexts.in(shownLanguage(el));
  const call = linkStop(shared.callNumber({ number: EMERGENCY }));
  const contact = [linkStop(shared.callClinic({ clinic, phone: CLINIC_PHONE })), linkStop(shared.bookAppointment({ clinic }))];
  const cautions = [text.steps['heat-ice'].cautions, ...text.steps['pain-relief'].cautions].map((caution) => buttonStop(caution.heading));
  // "Check first"'s call link, the cautions beside their steps, the same-day card (contact, then
  // the emergency call link), the book-an-appointment card, then the diary.
  return [call, ...cautions, ...contact, call, ...contact, buttonStop(text.diary.heading)];
}

/** The disclosure whose button has focus: whether it is open, and the text its panel shows (or "" when hidden). */
function focusedDisclosure(el: Widget): { expanded: string | null; shown: string } {
  const button = deepActiveElement();
  const panel = shadowOf(el).getElementById(button?.getAttribute('aria-controls') ?? '');
  return { expanded: button?.getAttribute('aria-expanded') ?? null, shown: panel && isShown(panel) ? textOf(panel) : '' };
}

/**
 * With focus on a caution's button (labelled `caution.heading`): Enter opens it and its panel shows
 * every line of the caution, Space closes it again; focus stays on the button throughout.
 */
async function openAndCloseCaution(el: Widget, caution: CautionText): Promise<void> {
  expect(focusStop(), 'focus is on the caution').to.equal(buttonStop(caution.heading));
  expect(focusedDisclosure(el).expanded, `"${caution.heading}" starts closed`).to.equal('false');
  await press('Enter');
  await settle(el);
  const open = focusedDisclosure(el);
  expect(open.expanded, `Enter opens "${caution.heading}"`).to.equal('true');
  const missing = blockTexts(caution.body).filter((line) => !open.shown.includes(normalize(line)));
  expect(missing, `lines of "${caution.heading}" not shown`).to.deep.equal([]);
  await press('Space');
  await settle(el);
  expect(focusedDisclosure(el), `Space closes "${caution.heading}"`).to.deep.equal({ expanded: 'false', shown: '' });
  expect(focusStop(), 'focus stays on the caution').to.equal(buttonStop(caution.heading));
}

/** Guided mode: what the visitor is on (the step count line, the heading), and where focus is (`#id`, or as `focusStop` says). */
function guidedView(el: Widget): { count: string; heading: string; focus: string } {
  const active = shadowOf(el).activeElement;
  return {
    count: textOf(shadowOf(el).querySelector('[part~="steps"] .step-count')),
    heading: currentStepHeading(el),
    focus: active?.id ? `#${active.id}` : focusStop(),
  };
}

/** The timer as a person reads it: the time left, its buttons (`label (enabled|disabled)`), and what it announced. */
function timerView(el: Widget): { left: string; buttons: string[]; announced: string } {
  return {
    left: timerTimeLeft(el),
    buttons: qa<HTMLButtonElement>(el, '[part~="timer"] button').map((b) => `${textOf(b)} (${b.disabled ? 'disabled' : 'enabled'})`),
    announced: textOf(shadowOf(el).querySelector('[part~="timer"] [role="status"]')),
  };
}

/** The diary's boxes that are ticked, by their labels. */
function tickedDiaryBoxes(el: Widget): string[] {
  return qa<HTMLInputElement>(el, '[part~="diary"] input[type="checkbox"]').filter((box) => box.checked).map(labelOf);
}

/** A cramp noted in the diary by keyboard, and the level of advice it must get. */
interface DiaryCase {
  readonly name: string;
  readonly level: SpasmHelpLevel | 'self-care';
  readonly duration: CrampDuration;
  /** The get-help box ticked, if any. */
  readonly sign?: SpasmHelpSignId;
}

/** The box that gives `level` on its own: the harness's diary for that level (by the rule module). */
function diarySignAt(level: SpasmHelpLevel): SpasmHelpSignId {
  const [sign] = diaryScenario(level).signs ?? [];
  if (!sign) throw new Error(`no diary box at level ${level}`);
  return sign;
}

/** Every level of advice the diary can give, each reached one way; "urgent" also by the duration alone. */
const diaryCases: readonly DiaryCase[] = [
  { name: 'self-care (nothing ticked, a short cramp)', level: 'self-care', duration: 'under-a-minute' },
  ...[...spasmHelpLevels].reverse().map((level) => ({ name: `${level} (a box: ${diarySignAt(level)})`, level, duration: 'up-to-ten-minutes' as const, sign: diarySignAt(level) })),
  { name: 'urgent (a cramp over ten minutes, nothing ticked)', level: 'urgent', duration: 'over-ten-minutes' },
];

// ---------------------------------------------------------------------------------------------
// Layout at 320 px

/** A font the page sets, that the widgets must inherit (they set none of their own). */
const PAGE_FONT = '"Liberation Serif", "Droid Sans Fallback", serif';

interface Narrow {
  readonly box: HTMLDivElement;
  /** Whether the runner set the viewport to 320 px (else the widget sits in a 320 px box). */
  readonly viewport: boolean;
  /** The right edge nothing may pass. */
  readonly right: () => number;
  restore(): Promise<void>;
}

/**
 * A 320 px page: the runner sets the viewport where it can (Chromium and Firefox, driven by
 * puppeteer); WebKit, driven over WebDriver, cannot, so there the widgets go in a box 320 px wide.
 * No widget style depends on the viewport (no media query on its width), so the box lays them out
 * as a 320 px page would.
 */
async function narrowPage(): Promise<Narrow> {
  const { innerWidth: width, innerHeight: height } = window;
  let viewport = true;
  try {
    await setViewport({ width: 320, height: 640 });
  } catch {
    viewport = false;
  }
  const box = fixtureSync<HTMLDivElement>(html`<div></div>`);
  box.style.cssText = `font-family: ${PAGE_FONT}; ${viewport ? '' : 'width: 320px;'}`;
  return {
    box,
    viewport,
    right: () => (viewport ? Math.min(document.documentElement.clientWidth, box.getBoundingClientRect().right) : box.getBoundingClientRect().right),
    restore: async () => {
      if (viewport) await setViewport({ width, height });
    },
  };
}

async function mountIn(box: HTMLElement, addOn: AddOn, tag: WidgetTag, attributes: Record<string, string> = {}): Promise<Widget> {
  const el = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries({ lang: addOn.code, ...clinicAttributes(addOn.clinic), ...attributes })) el.setAttribute(name, value);
  box.append(el);
  await el.updateComplete;
  return el;
}

function nameOf(node: Element): string {
  const classes = typeof node.className === 'string' && node.className.trim() ? `.${node.className.trim().split(/\s+/).join('.')}` : '';
  const text = textOf(node);
  return `${node.localName}${classes}${text ? ` "${text.slice(0, 30)}${text.length > 30 ? '…' : ''}"` : ''}`;
}

/**
 * What scrolls sideways or sticks out: the base box and every element shown inside it whose
 * scrollWidth passes its clientWidth, and every element whose box passes the page's right edge
 * (or the base box's left edge). Visually hidden labels (clipped to 1 px on purpose) are left out.
 */
function sideways(el: Element, right: number, root = '[part~="base"]'): string[] {
  const base = q(el, root);
  const left = base.getBoundingClientRect().left;
  const found: string[] = [];
  for (const node of [base, ...base.querySelectorAll('*')]) {
    if (node.closest('.visually-hidden') || !isShown(node)) continue;
    // 1 px of slack: Firefox rounds a table row's fractional width up for scrollWidth and down for
    // clientWidth (264 > 263 with nothing sticking out); real overflow also shows in the box check below.
    if (node.scrollWidth > node.clientWidth + 1 && node.clientWidth > 0) found.push(`${nameOf(node)} scrolls sideways (${node.scrollWidth} > ${node.clientWidth})`);
    const rect = node.getBoundingClientRect();
    if (rect.width > 0 && (rect.right > right + 0.5 || rect.left < left - 0.5)) {
      found.push(`${nameOf(node)} spans ${Math.round(rect.left)}..${Math.round(rect.right)} px, past ${Math.round(left)}..${Math.round(right)} px`);
    }
  }
  return found;
}

/** Closing punctuation that must never start a line of Chinese text. */
const CLOSING = '。，、；：？！」』）';
/** Opening punctuation that must never end one. */
const OPENING = '「『（';

/**
 * Where Chinese text breaks its lines wrongly: a line that starts with closing punctuation (or
 * ends with opening punctuation). How lines are found, robustly across the three engines: every
 * character of the shadow tree's text gets its own box from a one-character Range's
 * `getClientRects()`, grouped by the box that lays out its lines (its nearest ancestor that is not
 * `display: inline`: a block, a list item, an inline-block link, a flex item...), in document
 * order. An inline-block inside such a box counts as one item with its whole box. An item starts
 * a new line when its vertical middle is below the bottom of the item before it (characters of one
 * line overlap vertically even in different fonts or sizes; the next line is entirely below), and
 * the first item after a nested block, or of a box, starts a line too. Collapsed white space (no
 * box) is skipped. Visually hidden labels are left out (they are never laid out in lines).
 */
function badLineBreaks(el: Element): string[] {
  const found: string[] = [];
  const base = q(el, '[part~="base"]');
  /** The box that lays out an element's or text's lines: its nearest ancestor that is not inline. */
  const containerOf = (node: Node): Element | null => {
    for (let parent = node.parentElement; parent; parent = parent.parentElement) {
      if (!['inline', 'contents'].includes(getComputedStyle(parent).display)) return parent;
    }
    return null;
  };
  type Item =
    | { kind: 'char'; char: string; rect: DOMRect; context: string }
    /** An atomic inline (an inline-block link, a button, a check box): one item of the line around it. */
    | { kind: 'atomic'; rect: DOMRect }
    /** A nested block: it ends the line before it, and the next item starts a new one. */
    | { kind: 'block' };
  const lines = new Map<Element, Item[]>();
  const push = (container: Element, item: Item) => {
    const list = lines.get(container) ?? [];
    list.push(item);
    lines.set(container, list);
  };
  // One Range for every character: live Ranges slow down every later DOM change until collected.
  const range = document.createRange();
  const walker = document.createTreeWalker(base, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Element) {
      if (node.closest('.visually-hidden, style') || !isShown(node)) continue;
      const display = getComputedStyle(node).display;
      const container = containerOf(node);
      if (!container || display === 'inline' || display === 'contents') continue;
      push(container, display.startsWith('inline') ? { kind: 'atomic', rect: node.getBoundingClientRect() } : { kind: 'block' });
      continue;
    }
    const parent = node.parentElement;
    if (!parent || parent.closest('.visually-hidden, style') || !isShown(parent)) continue;
    const container = containerOf(node);
    if (!container) continue;
    const value = node.nodeValue ?? '';
    for (let i = 0; i < value.length; i += 1) {
      const char = value[i];
      if (/\s/.test(char)) continue;
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      // The character's own box: WebKit also gives the last character of a line an empty box
      // at the end of the line before (a caret position), so empty boxes are passed over.
      const rect = [...range.getClientRects()].find((box) => box.width > 0);
      if (!rect) continue;
      push(container, { kind: 'char', char, rect, context: value.slice(Math.max(0, i - 8), i + 8) });
    }
  }
  range.detach();
  for (const [container, items] of lines) {
    let previous: Extract<Item, { rect: DOMRect }> | null = null;
    for (const item of items) {
      if (item.kind === 'block') {
        previous = null;
        continue;
      }
      const startsLine = previous === null || item.rect.top + item.rect.height / 2 > previous.rect.bottom;
      if (item.kind === 'char' && startsLine && CLOSING.includes(item.char)) {
        found.push(`a line of ${nameOf(container)} starts with "${item.char}": …${item.context}…`);
      }
      if (previous?.kind === 'char' && startsLine && OPENING.includes(previous.char)) {
        found.push(`a line of ${nameOf(container)} ends with "${previous.char}": …${previous.context}…`);
      }
      previous = item;
    }
  }
  return found;
}

/** Elements with text of their own whose computed font is not the page's. */
function fontsNotInherited(el: Element, pageFont: string): string[] {
  const base = q(el, '[part~="base"]');
  const found: string[] = [];
  for (const node of [base, ...base.querySelectorAll('*')]) {
    const ownText = [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && (child.nodeValue ?? '').trim());
    if (node !== base && !ownText) continue;
    const family = getComputedStyle(node).fontFamily;
    if (family !== pageFont) found.push(`${nameOf(node)}: ${family}`);
  }
  return found;
}

/** Every state a 320 px test goes through, per widget: all open, and on a result. */
async function narrowStates(addOn: AddOn, box: HTMLElement, tag: WidgetTag, visit: (state: string, el: Widget) => Promise<void>): Promise<void> {
  const { pack } = addOn;
  if (tag === 'rls-symptom-card') {
    const el = await mountIn(box, addOn, tag);
    if ((await expandAll(el, 'button.disclosure-button')) > 0) throw new Error('rls: a section stayed closed');
    await visit('every section open', el);
    await answerSelfCheck(el, rlsScenarios.matches);
    await visit('every section open, on a result', el);
  } else if (tag === 'twitch-redflag-check') {
    const el = await mountIn(box, addOn, tag);
    if ((await expandAll(el, '#about-button, #sources-button')) > 0) throw new Error('twitch: a section stayed closed');
    await visit('the first screen, about and sources open', el);
    await answerScenario(el, urgentOnLastScreen);
    await visit('on the urgent result', el);
    await startAgain(el);
    await answerScenario(el, twitchScenarios.emergency);
    await visit('on the emergency result', el);
  } else {
    const el = await mountIn(box, addOn, tag);
    if ((await expandAll(el, '[part~="section"] button[aria-expanded], #sources-button')) > 0) throw new Error('spasm: a section stayed closed');
    await fillDiary(el, pack);
    for (const id of ['tetanus-signs', 'one-leg-swollen', 'frequent'] as const) clickLabelOf(diarySignBox(el, pack, id));
    await el.updateComplete;
    await visit('list, every caution, the diary with its advice, and sources open', el);
    el.setAttribute('muscle', 'thigh');
    await el.updateComplete;
    await visit('list, the thigh stretch', el);
    const guided = await mountIn(box, addOn, tag, { mode: 'guided' });
    await goToStep(guided, 'heat-ice');
    await visit('guided, the heat-or-ice step with its timer', guided);
    await goToStep(guided, 'pain-relief');
    await visit('guided, the pain-relief step', guided);
  }
}

// ---------------------------------------------------------------------------------------------

describe('language add-ons: Vietnamese (vi) and Traditional Chinese (zh-Hant)', () => {
  let htmlLang: string | null;

  beforeEach(() => {
    htmlLang = document.documentElement.getAttribute('lang');
  });

  afterEach(() => {
    fixtureCleanup();
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  describe('the packs', () => {
    it('looks for a real list of English strings', () => {
      for (const addOn of addOns) {
        const { evidence, short } = needlesOf(addOn);
        const all = [...evidence, ...short].map((n) => n.text);
        expect(evidence.length, `${addOn.code}: English strings looked for`).to.be.greaterThan(250);
        const context = careContext(addOn.clinic);
        expect(all, addOn.code).to.include.members([
          en.twitch.results.urgent.whatToDo(context),
          en.shared.callClinic({ clinic: addOn.clinic, phone: CLINIC_PHONE }),
          en.spasm.timer.timeLeft({ clock: formatClock(FULL_MS, 'en') }),
          en.twitch.check.stepCount({ step: 2, total: twitchTotal }),
          en.spasm.diary.advice.urgent(context),
          normalize(en.rls.selfCheck.results.matches.text),
          dateIn(en, en.twitch.review.nextReview),
        ]);
        // No generic English string is shared with either add-on: "No" is an English needle too.
        expect(short.map((n) => n.text).sort(), addOn.code).to.deep.equal([
          'Back', 'Calf', 'Close', 'Cold', 'Copy', 'Foot', 'Heat', 'Next', 'No', 'None', 'Notes', 'Pause', 'Print', 'Reset', 'Save', 'Thigh', 'Yes',
        ]);
      }
    });

    it('the audit finds English, words that are not the pack\'s and stray language parts (text injected into a widget)', async () => {
      for (const addOn of addOns) {
        const el = await mount(addOn, 'twitch-redflag-check');
        const injected = document.createElement('div');
        injected.innerHTML =
          `<p>${en.twitch.safetyNote}</p><button type="button">Next</button>` +
          '<p aria-label="Vorsicht">检查</p><p lang="en">Back</p>';
        q(el, '[part~="base"]').append(injected);
        const audit = new AddOnAudit(addOn);
        audit.check('text injected', el, [addOn.pack.twitch.title]);
        injected.remove();
        const found = (kind: string, text: string) => audit.problems.some((problem) => problem.includes(`: ${kind}: `) && problem.includes(text));
        expect(
          {
            sentence: found('English shown', JSON.stringify(en.twitch.safetyNote)),
            button: found('English shown', '"Next"'),
            word: found('words not from the pack', '"vorsicht"'),
            simplified: addOn.code === 'vi' || found('words not from the pack', '"检"'),
            part: found('parts marked as another language', 'p[lang="en"]'),
          },
          `${addOn.code}:\n${audit.problems.join('\n')}`,
        ).to.deep.equal({ sentence: true, button: true, word: true, simplified: true, part: true });
      }
    });

    it('has no string left equal to its English original', () => {
      for (const addOn of addOns) {
        const { untranslated } = needlesOf(addOn);
        expect(untranslated, `${addOn.code}:\n${untranslated.join('\n')}`).to.deep.equal([]);
      }
    });

    it('vi: every string is precomposed Unicode (NFC), with the Vietnamese letters as single characters', () => {
      const strings = collectStrings(vi).map((s) => s.text);
      expect(strings.filter((text) => text !== text.normalize('NFC'))).to.deep.equal([]);
      expect(strings.filter((text) => /[\u0300-\u036f]/.test(text)), 'no combining marks').to.deep.equal([]);
      const letters = new Set(strings.join('').match(/[\u1ea0-\u1ef9ăâđêôơưĂÂĐÊÔƠƯ]/g));
      expect(letters.size, 'precomposed Vietnamese letters used').to.be.greaterThan(40);
      expect([...'ữộệảằịựơưđ'].filter((letter) => !letters.has(letter))).to.deep.equal([]);
    });

    it('vi: the only words that are not Vietnamese are medicine names from US labels and a few proper names', () => {
      // Tokens that cannot be a Vietnamese syllable (onset, vowel nucleus, coda), from every
      // string a visitor can see; the content functions are called with this page's values.
      const vowels = 'aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ';
      const syllable = new RegExp(`^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[${vowels}]{1,3}(ch|ng|nh|[cmnpt])?$`, 'u');
      const viAddOn = addOns[0];
      const foreign = [...new Set(shownStrings(viAddOn).flatMap(wordsOf))].filter((word) => !/^\d+$/.test(word) && !syllable.test(word));
      const clinicWords = wordsOf(viAddOn.clinic);
      expect(foreign.filter((word) => !clinicWords.includes(word)).sort()).to.deep.equal(
        [
          // Medicine names as US labels print them (allowed: see src/lang/vi.ts).
          'acetaminophen', 'aspirin', 'diphenhydramine', 'doxylamine', 'ibuprofen', 'naproxen', 'paracetamol', 'warfarin',
          // The library's name in the summary's footer.
          'leg', 'health', 'widgets',
          // Vietnamese spellings of loanwords.
          'cafein', 'dopamin', 'miligam',
          // Beyond the allowed list (reported): the unit "mg" as labels print it, the loanword
          // "steroid", and proper names: "bệnh Willis-Ekbom", "bệnh Parkinson", "bệnh Lou Gehrig".
          'mg', 'steroid', 'willis', 'ekbom', 'parkinson', 'gehrig',
        ].sort(),
      );
    });

    it('zh-Hant: no Latin letters but the library\'s name, and no half-width punctuation', () => {
      const strings = shownStrings(addOns[1]).filter((text) => !text.includes(addOns[1].clinic));
      const latin = [...new Set(strings.flatMap((text) => text.match(/[A-Za-z][A-Za-z-]*/g) ?? []))];
      expect(latin).to.deep.equal(['leg-health-widgets']);
      expect(strings.flatMap(halfWidthPunctuation)).to.deep.equal([]);
    });

    it('writes review dates the language\'s way, from shared.date', () => {
      expect(dateIn(vi, '2026-12-03')).to.equal('ngày 3 tháng 12 năm 2026');
      expect(dateIn(vi, '2029-01-27')).to.equal('ngày 27 tháng 1 năm 2029');
      expect(dateIn(zhHant, '2026-12-03')).to.equal('2026年12月3日');
      expect(dateIn(zhHant, '2029-01-27')).to.equal('2029年1月27日');
      // The Chinese date is the browser's own long date in Traditional Chinese.
      const intl = new Intl.DateTimeFormat('zh-Hant', { dateStyle: 'long', timeZone: 'UTC' });
      for (const date of ['2026-12-03', '2029-01-27'] as const) expect(dateIn(zhHant, date)).to.equal(intl.format(new Date(`${date}T00:00:00Z`)));
    });
  });

  describe('which tags select the add-on', () => {
    for (const addOn of addOns) {
      const { code, pack } = addOn;
      const expectAddOn = (elements: Widget[], how: string) => {
        expect(elements.map((el) => shownLanguage(el)), how).to.deep.equal(widgetTags.map(() => code));
        expect(elements.map((el) => textOf(q(el, '#title'))), how).to.deep.equal(widgetTags.map((tag) => titleIn(pack, tag)));
      };

      it(`${code}: on the element (${addOn.onElement.join(', ')})`, async () => {
        const warnings = spyOnWarnings();
        try {
          for (const lang of addOn.onElement) expectAddOn(await mountAll(widgetTags, { lang }), `lang="${lang}"`);
          expect(warnings.messages).to.deep.equal([]);
        } finally {
          warnings.restore();
        }
      });

      it(`${code}: on an ancestor (${addOn.onAncestor.join(', ')})`, async () => {
        const warnings = spyOnWarnings();
        try {
          for (const wrapperLang of addOn.onAncestor) expectAddOn(await mountAll(widgetTags, { wrapperLang }), `<div lang="${wrapperLang}">`);
          expect(warnings.messages).to.deep.equal([]);
        } finally {
          warnings.restore();
        }
      });

      it(`${code}: on <html lang="${addOn.onPage}">, and back to English when it changes`, async () => {
        const warnings = spyOnWarnings();
        try {
          document.documentElement.setAttribute('lang', addOn.onPage);
          const elements = await mountAll(widgetTags);
          expectAddOn(elements, `<html lang="${addOn.onPage}">`);
          document.documentElement.setAttribute('lang', 'en');
          await settle(...elements);
          expect(elements.map((el) => shownLanguage(el))).to.deep.equal(['en', 'en', 'en']);
          document.documentElement.setAttribute('lang', addOn.onPage);
          await settle(...elements);
          expectAddOn(elements, 'back');
          expect(warnings.messages).to.deep.equal([]);
        } finally {
          warnings.restore();
        }
      });
    }

    // Each tag is used once in this file: the library warns once per message for the page's lifetime.
    const simplified: readonly { tag: string; way: 'element' | 'ancestor' | 'html' }[] = [
      { tag: 'zh', way: 'element' },
      { tag: 'zh-Hans-HK', way: 'element' },
      { tag: 'zh-CN', way: 'ancestor' },
      { tag: 'zh-SG', way: 'ancestor' },
      { tag: 'zh-Hans', way: 'html' },
    ];
    for (const { tag, way } of simplified) {
      it(`Simplified Chinese "${tag}" (on ${way === 'html' ? '<html>' : `the ${way}`}) gets English, one warning naming it, never Traditional text`, async () => {
        const warnings = spyOnWarnings();
        try {
          if (way === 'html') document.documentElement.setAttribute('lang', tag);
          const elements = await mountAll(widgetTags, way === 'element' ? { lang: tag } : way === 'ancestor' ? { wrapperLang: tag } : {});
          await settle(...elements);
          expect(elements.map((el) => shownLanguage(el))).to.deep.equal(['en', 'en', 'en']);
          expect(elements.map((el) => textOf(q(el, '#title')))).to.deep.equal(widgetTags.map((t) => titleIn(en, t)));
          const han = elements.map((el) => perceive(el, en).text).filter((text) => HAN.test(text));
          expect(han.length, 'no Chinese character in any widget').to.equal(0);
          expect(warnings.messages, 'one warning for three widgets').to.have.length(1);
          expect(warnings.messages[0]).to.include(`lang="${tag}"`).and.include('showing "en"');
        } finally {
          warnings.restore();
        }
      });
    }
  });

  for (const addOn of addOns) {
    describe(`${addOn.name} (lang="${addOn.code}"): no English, and no word that is not the pack's, in any state`, () => {
      it('<rls-symptom-card>: every section, compact, unanswered, every result, the summary view', async () => {
        const audit = new AddOnAudit(addOn);
        await walkRlsWithView(addOn, audit);
        audit.expectClean();
      }).timeout(30000);

      it('<twitch-redflag-check>: about, every screen, both problems, every result, every summary view', async () => {
        const audit = new AddOnAudit(addOn);
        await walkTwitchWithViews(addOn, audit);
        audit.expectClean();
      }).timeout(30000);

      it('<spasm-relief-steps>: cautions, the diary and its summary view, every muscle, every guided step, aftercare', async () => {
        const audit = new AddOnAudit(addOn);
        await walkSpasmWithDiary(addOn, audit);
        audit.expectClean();
      }).timeout(30000);

      it('<spasm-relief-steps>: the heat-or-ice timer running, paused and ended (fake clock)', async () => {
        const audit = new AddOnAudit(addOn);
        await walkTimer(audit, addOnWidgets(addOn));
        audit.expectClean();
      });
    });
  }

  describe('by keyboard alone', () => {
    for (const addOn of addOns) {
      const { code, pack } = addOn;
      for (const level of careLevels) {
        const scenario = twitchScenarios[level];
        it(`${code}: <twitch-redflag-check> reaches "${level}" with Tab, Space, arrow keys and Enter`, async () => {
          const { el, before } = await afterButton('twitch-redflag-check', { lang: code });
          await tabIntoCheck(el, before, pack);
          await tickSignsByKeyboard(el, scenario.signs, keyboard);
          for (const step of scenarioScreens(scenario).slice(1) as TwitchStep[]) await answerStepByKeyboard(el, step, scenario, keyboard);
          expect(twitchScreen(el)).to.equal('result');
          const card = pack.twitch.results[level];
          const context = careContext(pack.shared.yourClinic);
          expect(q(el, '[part~="result"]').className).to.include(`care-${level}`);
          expect(textOf(q(el, '#result-heading')), 'the heading, from the pack').to.equal(normalize(`${card.label} ${card.heading(context)}`));
          expect(shadowOf(el).activeElement?.id, 'focus is on the result heading').to.equal('result-heading');
          expect(textOf(q(el, '[part~="check"] > [role="status"]')), 'announced').to.equal(normalize(`${card.label} ${card.heading(context)}`));
          expect(shownLanguage(el)).to.equal(code);
        }).timeout(20000);
      }

      for (const pattern of rlsPatterns) {
        const scenario = rlsScenarios[pattern];
        it(`${code}: <rls-symptom-card> self-check to the "${pattern}" result with Tab, arrow keys, Space and Enter`, async () => {
          const { el, before } = await afterButton('rls-symptom-card', { lang: code, sections: 'self-check' });
          expect(shownLanguage(el)).to.equal(code);
          // What the card says, read through its TextSource: the add-on's words, not English.
          const check = shownRlsText(el).selfCheck;
          const shared = sharedTexts.in(code);
          expect(
            { heading: check.results[pattern].heading, english: check.results[pattern].heading === en.rls.selfCheck.results[pattern].heading },
            "the card's TextSource gives the pack's text",
          ).to.deep.equal({ heading: pack.rls.selfCheck.results[pattern].heading, english: false });
          const status = q(el, 'form[part~="self-check"] [role="status"]');
          expect(textOf(status), 'the live region starts empty').to.equal('');

          before.focus();
          await press('Tab');
          expect(focusStop(), 'first Tab: the self-check heading button').to.equal(buttonStop(check.heading));
          expect(deepActiveElement()?.getAttribute('aria-expanded'), 'the self-check is open').to.equal('true');
          await press('Tab');
          await answerRlsByKeyboard(el, scenario);
          expect(focusStop(), 'after the last question, Tab reaches the submit button').to.equal(buttonStop(check.submit));
          await press(pattern === 'partial' ? 'Space' : 'Enter');
          await settle(el);

          // The result a person sees, in the same live region (announced), styled as its pattern.
          expect(q(el, 'form[part~="self-check"] [role="status"]') === status, 'the same live region, so screen readers announce the change').to.equal(true);
          const result = q(el, '[part~="result"]');
          expect({ shown: isShown(result), inStatus: status.contains(result), pattern: result.classList.contains(`result-${pattern}`) }).to.deep.equal({
            shown: true,
            inStatus: true,
            pattern: true,
          });
          const heading = q(el, '[part~="result"] :is(h1, h2, h3, h4, h5, h6)');
          const hidden = textOf(heading.querySelector('.visually-hidden'));
          expect({ hidden, seen: normalize(textOf(heading).slice(hidden.length)) }, 'the heading: the hidden label, then what is seen').to.deep.equal({
            hidden: normalize(check.resultLabel),
            seen: normalize(check.results[pattern].heading),
          });
          // Heading, the pattern's text, course, advice and one reason per rule that fired, as the rule module decides.
          expect(rlsResult(el)).to.deep.equal(expectedRlsResult(el, scenario));
          expect(rlsResult(el)?.paragraphs[0]).to.equal(normalize(check.results[pattern].text));

          // Focus, as in English: it stays on the submit button (the live region announces the
          // result); Tab reaches "Start again", which clears it and goes back to the first question.
          expect(focusStop(), 'focus stays on the submit button').to.equal(buttonStop(check.submit));
          await press('Tab');
          expect(focusStop(), 'Tab from submit reaches "Start again"').to.equal(buttonStop(shared.startAgain));
          await press('Enter');
          await settle(el);
          expect(rlsResult(el), 'no result after "Start again"').to.equal(null);
          expect((shadowOf(el).activeElement as HTMLInputElement | null)?.name, 'focus is back on the first question').to.equal(rlsQuestionOrder[0]);
          expect(shownLanguage(el)).to.equal(code);
        }).timeout(20000);
      }

      it(`${code}: <spasm-relief-steps> guided mode by keyboard: every step with Next, Finish, aftercare, Start over`, async () => {
        const { el, before } = await afterButton('spasm-relief-steps', { lang: code, mode: 'guided', ...clinicAttributes(addOn.clinic) });
        const text = shownSpasmText(el);
        const { guided, steps } = text;
        expect({ next: guided.next, english: guided.next === en.spasm.guided.next }, "the widget's TextSource gives the pack's text").to.deep.equal({
          next: pack.spasm.guided.next,
          english: false,
        });
        const shared = sharedTexts.in(code);
        const total = spasmStepIds.length;
        const onStep = (id: SpasmStepId) => ({ count: normalize(guided.stepCount({ step: spasmStepIds.indexOf(id) + 1, total })), heading: normalize(steps[id].heading), focus: '#step-heading' });
        const painCautions = steps['pain-relief'].cautions.map((caution) => buttonStop(caution.heading));
        /** The Tab stops from a step's heading to its Next (or Finish) button. */
        const stopsOn = (id: SpasmStepId): string[] =>
          id === 'heat-ice'
            ? [text.timer.start, guided.back, guided.next].map(buttonStop)
            : id === 'pain-relief'
              ? [...painCautions, ...[guided.back, guided.finish].map(buttonStop)]
              : [guided.back, guided.next].map(buttonStop);
        const completes: boolean[] = [];
        const onComplete = (event: Event): void => {
          completes.push((event as CustomEvent<SpasmStepsComplete>).detail.eased);
        };
        el.addEventListener('lhw-steps-complete', onComplete);
        try {
          expect({ ...guidedView(el), focus: '#step-heading' }, 'the first step').to.deep.equal(onStep(spasmStepIds[0]));
          before.focus();
          expect(await tabUntil(guided.next), '"Check first"\'s call link, then Next').to.deep.equal([
            linkStop(shared.callNumber({ number: EMERGENCY })),
            buttonStop(guided.next),
          ]);
          await press('Enter');
          await settle(el);
          for (const id of spasmStepIds.slice(1)) {
            expect(guidedView(el), `on "${id}", focus on its heading`).to.deep.equal(onStep(id));
            const last = id === spasmStepIds[total - 1];
            expect(await tabUntil(last ? guided.finish : guided.next), `Tab stops on "${id}"`).to.deep.equal(stopsOn(id));
            await press('Enter');
            await settle(el);
          }
          expect(guidedView(el), 'aftercare, focus on its heading').to.deep.equal({ count: '', heading: normalize(guided.aftercareHeading), focus: '#step-heading' });
          expect(textOf(q(el, '[part~="steps"]'))).to.include(normalize(guided.aftercareIntro));
          expect(completes, 'finished, not eased').to.deep.equal([false]);
          expect(await tabUntil(guided.startOver), 'Tab stops in aftercare').to.deep.equal([...painCautions, buttonStop(guided.startOver)]);
          await press('Enter');
          await settle(el);
          expect(guidedView(el), 'Start over: the first step again').to.deep.equal(onStep(spasmStepIds[0]));
        } finally {
          el.removeEventListener('lhw-steps-complete', onComplete);
        }
      }).timeout(20000);

      it(`${code}: <spasm-relief-steps> "Done, it eased" by keyboard on a middle step, then the painkiller cautions in aftercare`, async () => {
        const { el, before } = await afterButton('spasm-relief-steps', { lang: code, mode: 'guided', ...clinicAttributes(addOn.clinic) });
        const { guided, steps } = shownSpasmText(el);
        const completed = oneEvent(el, 'lhw-steps-complete');
        before.focus();
        await tabUntil(guided.next);
        await press('Enter');
        await settle(el);
        expect(currentStepHeading(el)).to.equal(normalize(steps[spasmStepIds[1]].heading));
        expect(await tabUntil(guided.eased), 'Back, Next, then "Done, it eased"').to.deep.equal([guided.back, guided.next, guided.eased].map(buttonStop));
        await press('Enter');
        expect((await completed).detail).to.deep.equal({ eased: true });
        await settle(el);
        expect(guidedView(el), 'aftercare, focus on its heading').to.deep.equal({ count: '', heading: normalize(guided.aftercareHeading), focus: '#step-heading' });
        const shown = textOf(q(el, '[part~="steps"]'));
        expect(shown, 'the aftercare text').to.include(normalize(guided.aftercareIntro));
        expect(shown, 'the pain-relief step in aftercare').to.include(normalize(steps['pain-relief'].heading));
        for (const caution of steps['pain-relief'].cautions) {
          await press('Tab');
          await openAndCloseCaution(el, caution);
        }
        await press('Tab');
        expect(focusStop(), 'then Start over').to.equal(buttonStop(guided.startOver));
      }).timeout(20000);

      it(`${code}: <spasm-relief-steps> the heat-or-ice timer by keyboard: start, pause, resume, reset, run out (fake clock)`, async () => {
        const clock = installFakeClock();
        try {
          const { el, before } = await afterButton('spasm-relief-steps', { lang: code, mode: 'guided', ...clinicAttributes(addOn.clinic) });
          const { guided, steps, timer } = shownSpasmText(el);
          const left = (ms: number): string => normalize(timer.timeLeft({ clock: formatClock(ms, code) }));
          const buttons = (toggle: string, toggleOn: boolean, resetOn: boolean): string[] => [
            `${normalize(toggle)} (${toggleOn ? 'enabled' : 'disabled'})`,
            `${normalize(timer.reset)} (${resetOn ? 'enabled' : 'disabled'})`,
          ];
          before.focus();
          for (const id of spasmStepIds.slice(0, spasmStepIds.indexOf('heat-ice'))) {
            expect((await tabUntil(guided.next)).at(-1), `Next on "${id}"`).to.equal(buttonStop(guided.next));
            await press('Enter');
            await settle(el);
          }
          expect(currentStepHeading(el)).to.equal(normalize(steps['heat-ice'].heading));
          // The safety rules stand open above the timer, read before it starts.
          const safety = steps['heat-ice'].cautions;
          expect(openCautionHeadings(el)).to.deep.equal([normalize(safety.heading)]);
          const stepText = textOf(q(el, '[part~="steps"]'));
          expect(blockTexts(safety.body).filter((line) => !stepText.includes(normalize(line))), 'safety lines not shown').to.deep.equal([]);
          expect(textOf(q(el, '[part~="timer"] :is(h1, h2, h3, h4, h5, h6)'))).to.equal(normalize(timer.heading({ minutes: HEAT_ICE_MINUTES })));
          expect(timerView(el), 'before it starts').to.deep.equal({ left: left(FULL_MS), buttons: buttons(timer.start, true, false), announced: '' });

          expect(await tabUntil(timer.start), 'the first stop on the step').to.deep.equal([buttonStop(timer.start)]);
          await press('Enter');
          await settle(el);
          expect(focusStop(), 'Start turns into Pause, under focus').to.equal(buttonStop(timer.pause));
          clock.tick(STEP_MS);
          await el.updateComplete;
          expect(timerView(el), 'running').to.deep.equal({ left: left(FULL_MS - STEP_MS), buttons: buttons(timer.pause, true, true), announced: '' });

          await press('Space');
          await settle(el);
          expect(focusStop(), 'Pause turns into Resume, under focus').to.equal(buttonStop(timer.resume));
          clock.tick(5 * 60_000);
          await el.updateComplete;
          expect(timerView(el), 'paused: the time stands still').to.deep.equal({ left: left(FULL_MS - STEP_MS), buttons: buttons(timer.resume, true, true), announced: '' });

          await press('Enter');
          await settle(el);
          expect(focusStop(), 'Resume turns into Pause').to.equal(buttonStop(timer.pause));
          clock.tick(STEP_MS);
          await el.updateComplete;
          expect(timerView(el).left).to.equal(left(FULL_MS - 2 * STEP_MS));

          await press('Tab');
          expect(focusStop(), 'Tab reaches Reset').to.equal(buttonStop(timer.reset));
          await press('Enter');
          await settle(el);
          expect(timerView(el), 'reset').to.deep.equal({ left: left(FULL_MS), buttons: buttons(timer.start, true, false), announced: '' });
          expect(focusStop(), 'Reset disables itself: focus goes to Start').to.equal(buttonStop(timer.start));

          await press('Enter');
          await settle(el);
          clock.tick(FULL_MS);
          await settle(el);
          expect(timerView(el), 'run out: announced, Start disabled').to.deep.equal({ left: left(0), buttons: buttons(timer.start, false, true), announced: normalize(timer.ended) });
          expect(focusStop(), 'focus moves from the disabled button to Reset').to.equal(buttonStop(timer.reset));
        } finally {
          fixtureCleanup();
          clock.restore();
        }
      }).timeout(20000);

      it(`${code}: <spasm-relief-steps> list mode: every caution opened and closed by keyboard, in Tab order`, async () => {
        const { el, before } = await afterButton('spasm-relief-steps', { lang: code, ...clinicAttributes(addOn.clinic) });
        const { steps, diary } = shownSpasmText(el);
        const cautions = [steps['heat-ice'].cautions, ...steps['pain-relief'].cautions];
        const stops = spasmListStops(el, addOn.clinic);
        before.focus();
        await press('Tab');
        expect(focusStop(), '"Check first"\'s call link').to.equal(stops[0]);
        for (const caution of cautions) {
          await press('Tab');
          await openAndCloseCaution(el, caution);
        }
        expect(await tabUntil(diary.heading), "then the get-help cards' links, then the diary").to.deep.equal(stops.slice(1 + cautions.length));
      }).timeout(20000);

      for (const diaryCase of diaryCases) {
        it(`${code}: <spasm-relief-steps> the cramp diary by keyboard gives the ${diaryCase.name} advice`, async () => {
          const { el, before } = await afterButton('spasm-relief-steps', { lang: code, ...clinicAttributes(addOn.clinic) });
          const text = shownSpasmText(el);
          const notes = text.diary;
          const shared = sharedTexts.in(code);
          const signs = diaryCase.sign ? [diaryCase.sign] : [];
          const level = diaryLevel({ duration: diaryCase.duration, signs });
          expect(level, 'the rule module').to.equal(diaryCase.level);
          expect(notes.advice[level](careContext(addOn.clinic)), "the widget's TextSource gives the pack's text").to.equal(
            pack.spasm.diary.advice[level](careContext(addOn.clinic)),
          );

          before.focus();
          expect(await tabUntil(notes.heading), 'Tab stops to the diary').to.deep.equal(spasmListStops(el, addOn.clinic));
          await press('Enter');
          await settle(el);
          const opened = focusedDisclosure(el);
          expect(opened.expanded, 'Enter opens the diary').to.equal('true');
          expect(opened.shown).to.include(normalize(notes.intro));

          await press('Tab');
          expect(focusStop(), 'where it was').to.equal(`radio[name=diary-muscle] "${normalize(notes.muscles[spasmMuscles[0]])}"`);
          await chooseOption(1);
          await settle(el);
          await press('Tab');
          expect(focusStop(), 'how long').to.equal(`radio[name=diary-duration] "${normalize(notes.durations[crampDurations[0]])}"`);
          await chooseOption(crampDurations.indexOf(diaryCase.duration));
          await settle(el);
          const picked = qa<HTMLInputElement>(el, '[part~="diary"] input[type="radio"]').filter((radio) => radio.checked);
          expect(picked.map(labelOf), 'picked with the arrow keys').to.deep.equal([notes.muscles[spasmMuscles[1]], notes.durations[diaryCase.duration]].map(normalize));

          // What helped (each step, then "Nothing helped"; the first ticked), then the get-help signs, box by box.
          const helped = [...spasmStepIds.map((id) => text.steps[id].heading), notes.nothingHelped];
          const boxes = [...helped, ...diarySigns.map((id) => text.help.signs[id])];
          const tick = [helped[0], ...signs.map((id) => text.help.signs[id])];
          for (const label of boxes) {
            await press('Tab');
            expect(focusStop(), 'box by box').to.equal(`checkbox "${normalize(label)}"`);
            if (tick.includes(label)) {
              await press('Space');
              await settle(el);
            }
          }
          expect(tickedDiaryBoxes(el), 'ticked').to.deep.equal(tick.map(normalize));
          expect(diaryAdvice(el), 'the advice, at once, in the live region').to.equal(normalize(notes.advice[level](careContext(addOn.clinic))));
          const call = linkStop(shared.callNumber({ number: EMERGENCY }));
          const print = buttonStop(shared.summary.print);
          expect(await tabUntil(shared.summary.print), 'after the boxes').to.deep.equal(level === 'emergency' ? [call, print] : [print]);
        }).timeout(20000);
      }
    }
  });

  describe('axe', () => {
    for (const addOn of addOns) {
      for (const tag of widgetTags) {
        it(`${addOn.code}: <${tag}> fresh and with a result`, async () => {
          const el = await mount(addOn, tag);
          await expect(el).to.be.accessible();
          if (tag === 'rls-symptom-card') await answerSelfCheck(el, rlsScenarios.matches);
          else if (tag === 'twitch-redflag-check') await answerScenario(el, twitchScenarios.urgent);
          else {
            await expandAll(el, '[part~="section"] button[aria-expanded]');
            await fillDiary(el, addOn.pack);
            clickLabelOf(diarySignBox(el, addOn.pack, 'one-leg-swollen'));
            await el.updateComplete;
          }
          expect(shadowOf(el).querySelector('[part~="summary"]') !== null, 'a result with its summary panel').to.equal(true);
          await expect(el).to.be.accessible();
        }).timeout(30000);
      }
    }
  });

  describe('at 320 px', () => {
    it('finds a line that starts with closing punctuation, and none where the browser breaks Chinese lines strictly', async () => {
      // Guards the detector itself, on the widget's own engine: a forced break before "。", a
      // break the browser may make anywhere, and the strict rules the widgets use.
      const wrapper = fixtureSync<HTMLDivElement>(html`<div></div>`);
      const host = document.createElement('div');
      wrapper.append(host);
      const root = host.attachShadow({ mode: 'open' });
      const line = (style: string, text: string) => `<p lang="zh-Hant" style="font: 20px ${PAGE_FONT}; ${style}">${text}</p>`;
      root.innerHTML = `<div part="base">${line('', '一二三<br>。四五')}${line('width: 100px; line-break: anywhere', '一二三四五。六七八九十')}</div>`;
      const forced = badLineBreaks(host);
      expect(forced.length, forced.join('\n')).to.be.at.least(1);
      expect(forced[0]).to.include('starts with "。"');
      root.innerHTML = `<div part="base">${line('width: 100px; line-break: strict', '一二三四五。六七八九十「一二三四五六七八九」')}</div>`;
      expect(badLineBreaks(host)).to.deep.equal([]);
    });

    for (const addOn of addOns) {
      for (const tag of widgetTags) {
        it(`${addOn.code}: <${tag}> does not scroll sideways${addOn.code === 'zh-Hant' ? ', breaks Chinese lines properly' : ''}, and uses the page's font`, async () => {
          const narrow = await narrowPage();
          try {
            const pageFont = getComputedStyle(narrow.box).fontFamily;
            const problems: string[] = [];
            let visited = 0;
            await narrowStates(addOn, narrow.box, tag, async (state, el) => {
              visited += 1;
              problems.push(...sideways(el, narrow.right()).map((p) => `${state}: ${p}`));
              problems.push(...fontsNotInherited(el, pageFont).map((p) => `${state}: font not inherited: ${p}`));
              if (addOn.code === 'zh-Hant') problems.push(...badLineBreaks(el).map((p) => `${state}: ${p}`));
              if (addOn.code === 'vi') {
                const text = perceive(el, addOn.pack).text;
                if (text !== text.normalize('NFC') || !/[\u1ea0-\u1ef9]/.test(text)) problems.push(`${state}: the text is not precomposed Vietnamese`);
              }
              // The full-screen view fills the viewport: checked where the viewport is 320 px.
              if (narrow.viewport && shadowOf(el).querySelector('[part~="summary"] #summary-show')) {
                await openView(el);
                const page = document.documentElement.clientWidth;
                problems.push(...sideways(el, page, 'dialog.summary-view').map((p) => `${state}, summary view: ${p}`));
                if (addOn.code === 'zh-Hant') problems.push(...badLineBreaks(el).map((p) => `${state}, summary view: ${p}`));
                await closeView(el);
              }
            });
            expect(visited).to.be.greaterThan(1);
            expect(problems, problems.join('\n')).to.deep.equal([]);
          } finally {
            await narrow.restore();
          }
        }).timeout(30000);
      }
    }

    it('zh-Hant: no line starts with closing punctuation at other widths either (260 to 480 px)', async () => {
      const addOn = addOns[1];
      const wrapper = fixtureSync<HTMLDivElement>(html`<div></div>`);
      wrapper.style.fontFamily = PAGE_FONT;
      const problems: string[] = [];
      let lines = 0;
      for (const tag of widgetTags) {
        await narrowStates(addOn, wrapper, tag, async (state, el) => {
          for (const width of [260, 280, 300, 340, 360, 400, 480]) {
            wrapper.style.width = `${width}px`;
            lines += 1;
            problems.push(...badLineBreaks(el).map((p) => `<${tag}> ${state} at ${width} px: ${p}`));
          }
          wrapper.style.width = '';
        });
        wrapper.replaceChildren();
      }
      expect(lines).to.be.greaterThan(10);
      expect(problems, problems.join('\n')).to.deep.equal([]);
    }).timeout(40000);
  });

  describe('dates and the timer', () => {
    for (const addOn of addOns) {
      it(`${addOn.code}: every widget writes its review dates from the pack, in <time datetime>`, async () => {
        const elements = await mountAll(widgetTags, { lang: addOn.code });
        const shape = addOn.code === 'vi' ? /^ngày \d{1,2} tháng \d{1,2} năm \d{4}$/ : /^\d{4}年\d{1,2}月\d{1,2}日$/;
        for (const [index, el] of elements.entries()) {
          const review = reviewOf(addOn.pack, widgetTags[index]);
          const times = qa(el, '[part~="about"] time');
          expect(times.map((time) => textOf(time)), widgetTags[index]).to.deep.equal([dateIn(addOn.pack, review.lastReviewed), dateIn(addOn.pack, review.nextReview)]);
          expect(times.map((time) => time.getAttribute('datetime'))).to.deep.equal([review.lastReviewed, review.nextReview]);
          for (const time of times) expect(textOf(time)).to.match(shape);
        }
        expect(textOf(qa(elements[0], '[part~="about"] time')[0])).to.equal(addOn.code === 'vi' ? 'ngày 3 tháng 12 năm 2026' : '2026年12月3日');
      });

      it(`${addOn.code}: the guided timer says the time left from the pack`, async () => {
        const clock = installFakeClock();
        try {
          const el = await mount(addOn, 'spasm-relief-steps', { mode: 'guided' });
          await goToStep(el, 'heat-ice');
          const timeLeft = () => timerTimeLeft(el);
          const say = (text: string) => (addOn.code === 'vi' ? `Còn ${text}` : `還剩${text}`);
          expect(timeLeft()).to.equal(addOn.pack.spasm.timer.timeLeft({ clock: formatClock(FULL_MS, addOn.code) }));
          expect(timeLeft()).to.equal(say('15:00'));
          expect(textOf(q(el, '[part~="timer"] :is(h1, h2, h3, h4, h5, h6)'))).to.equal(addOn.pack.spasm.timer.heading({ minutes: HEAT_ICE_MINUTES }));
          await toggleTimer(el); // start
          clock.tick(STEP_MS);
          await el.updateComplete;
          expect(timeLeft()).to.equal(say('14:59'));
          clock.tick(FULL_MS);
          await el.updateComplete;
          expect(timeLeft()).to.equal(say('0:00'));
          expect(textOf(q(el, '[part~="timer"]'))).to.include(addOn.pack.spasm.timer.ended);
        } finally {
          fixtureCleanup();
          clock.restore();
        }
      });
    }
  });
});
