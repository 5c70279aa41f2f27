// Property tests (fast-check) of the library's promise "bad attribute values never break
// anything": for every attribute of every widget, arbitrary strings (markup, disguised script
// URLs, 10 000-character values, control characters, emoji, right-to-left text, fast-check's own
// strings; see ./helpers/hostile-strings.ts) are set on live widgets in several states (fresh, with
// a result, guided mode on the timer step...). After each value the widget must:
// - not throw: no error event, no rejected update, no console.error;
// - contain only elements and attributes its own templates make (compared with renders of the
//   same states with no attributes and with valid ones): no <img>, <script>, <svg>, <iframe>, no
//   on* attribute, whatever the value;
// - link only to https:, http:, tel: and mailto: addresses;
// - show what the README documents for that value, including each attribute's fallback.
//
// One set of widgets is made per attribute and reused for every value (setAttribute, then await
// updateComplete). Only plain values go to chai: a failing assertion on an element can hang the
// test runner. The library's console warnings are captured (and checked) instead of printed.
import { expect, fixtureCleanup, html } from '@open-wc/testing';
import fc from 'fast-check';
import { packs, type Language } from '../src/lang/built-in.js';
import { rlsCompactSectionIds, rlsSectionIds, type RlsSectionId } from '../src/rls-symptom-card/rls-content.js';
import { crisisLineTakesTexts } from '../src/rls-symptom-card/rls-pattern.js';
import '../src/rls-symptom-card/define.js';
import { spasmMuscles, spasmStepIds, type SpasmMuscle } from '../src/spasm-relief-steps/spasm-care.js';
import '../src/spasm-relief-steps/define.js';
import '../src/twitch-redflag-check/define.js';
import { renderWrapper } from './fixtures/render.js';
import { spyOnWarnings, type WarningSpy } from './fixtures/warnings.js';
import { fillSelfCheck, rlsScenarios, submitSelfCheck } from './harness/rls.js';
import { nextStep } from './harness/spasm.js';
import { answerScenario, twitchScenarios } from './harness/twitch.js';
import { attributeNamesIn, SAFE_LINK_SCHEMES, shadowElements, tagNamesIn, unsafeAddresses } from './helpers/dom-inventory.js';
import { hostileString, nameList, nearMisses, phoneLike, urlLike } from './helpers/hostile-strings.js';
import { q, qa, shadowOf, textOf, withoutIsolates } from './helpers/shadow.js';
import { blockTexts } from './helpers/spasm-view.js';

/** Runs per attribute: enough to meet every kind of value, small enough for ~30 s per browser. */
const RUNS = 40;

type Kind = 'rls-symptom-card' | 'twitch-redflag-check' | 'spasm-relief-steps';
const KINDS: readonly Kind[] = ['rls-symptom-card', 'twitch-redflag-check', 'spasm-relief-steps'];
type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const SHARED_ATTRIBUTES = [
  'lang',
  'clinic-name',
  'clinic-phone',
  'booking-url',
  'emergency-number',
  'crisis-number',
  'heading-level',
  'theme',
  'setup-check',
] as const;
const OWN_ATTRIBUTES: Readonly<Record<Kind, readonly string[]>> = {
  'rls-symptom-card': ['sections', 'variant'],
  'twitch-redflag-check': [],
  'spasm-relief-steps': ['mode', 'steps', 'muscle'],
};

/** Tags and attributes that would run script or fetch something: never allowed. */
const FORBIDDEN_TAGS = ['img', 'script', 'svg', 'iframe', 'frame', 'object', 'embed', 'link', 'style', 'math', 'video', 'audio', 'source', 'template', 'base', 'meta'];

/** One widget in one state, and what that state shows. */
interface Instance {
  readonly label: string;
  readonly kind: Kind;
  readonly el: Widget;
  /** It shows the clinic's contact links when they are set (validly). */
  readonly contact: boolean;
  /** It shows a link that dials the emergency number (the twitching check's safety line has one on every screen). */
  readonly emergencyLink: boolean;
  /** It shows the crisis line (the RLS card's complications section, open or not). */
  readonly crisisLine: boolean;
  /** Spasm steps: list or guided mode as created. */
  readonly mode?: 'list' | 'guided';
}

// ---------------------------------------------------------------------------------------------
// Widgets in their states, driven through the elements' harnesses (test/harness/), which find
// controls by structure or by the text of the language the widget shows, so any language works.

/** Answers the RLS self-check as the harness's "matches" scenario, when the card shows the self-check. */
async function answerRls(el: Widget): Promise<void> {
  if (!shadowOf(el).querySelector('form.self-check')) return; // not among the chosen sections
  await fillSelfCheck(el, rlsScenarios.matches);
  await submitSelfCheck(el);
}

/**
 * Guided mode: presses the primary button (Next, or Finish on the last step) up to `times` times,
 * stopping early where there is none (aftercare): the chosen steps may be fewer.
 */
async function spasmNext(el: Widget, times: number): Promise<void> {
  for (let i = 0; i < times && shadowOf(el).querySelector('[part~="steps"] .actions button.primary'); i += 1) await nextStep(el);
}

/**
 * Renders the widgets of one kind, each with `attributes` (plus its own), in the states the tests
 * use: the RLS card fresh and with a result; the twitching check fresh, at the emergency result
 * and at the self-care result; the spasm steps in list mode and in guided mode on the heat-or-ice
 * step (timer shown).
 */
async function createInstances(kind: Kind, attributes: Record<string, string> = {}): Promise<Instance[]> {
  const wrapper = await renderWrapper<HTMLDivElement>(html`<div></div>`);
  const make = (own: Record<string, string> = {}): Widget => {
    const el = document.createElement(kind) as Widget;
    for (const [name, value] of Object.entries({ ...own, ...attributes })) el.setAttribute(name, value);
    wrapper.append(el);
    return el;
  };
  if (kind === 'rls-symptom-card') {
    const fresh = make();
    const answered = make();
    await Promise.all([fresh.updateComplete, answered.updateComplete]);
    await answerRls(answered);
    // The complications section (with the crisis line) is among the chosen sections unless `sections` leaves it out.
    const crisisLine = (el: Widget) => chosenNames(el.getAttribute('sections') ?? '', rlsSectionIds).includes('complications');
    return [
      { label: 'RLS card', kind, el: fresh, contact: true, emergencyLink: false, crisisLine: crisisLine(fresh) },
      { label: 'RLS card with a result', kind, el: answered, contact: true, emergencyLink: false, crisisLine: crisisLine(answered) },
    ];
  }
  if (kind === 'twitch-redflag-check') {
    const fresh = make();
    const emergency = make();
    const selfCare = make();
    await Promise.all([fresh.updateComplete, emergency.updateComplete, selfCare.updateComplete]);
    await answerScenario(emergency, twitchScenarios.emergency);
    await answerScenario(selfCare, twitchScenarios['self-care']);
    return [
      { label: 'twitching check, first screen', kind, el: fresh, contact: false, emergencyLink: true, crisisLine: false },
      { label: 'twitching check, emergency result', kind, el: emergency, contact: false, emergencyLink: true, crisisLine: false },
      { label: 'twitching check, self-care result', kind, el: selfCare, contact: true, emergencyLink: true, crisisLine: false },
    ];
  }
  const list = make();
  const guided = make({ mode: 'guided' });
  await Promise.all([list.updateComplete, guided.updateComplete]);
  await spasmNext(guided, spasmStepIds.indexOf('heat-ice'));
  return [
    { label: 'spasm steps, list mode', kind, el: list, contact: true, emergencyLink: true, crisisLine: false, mode: 'list' },
    { label: 'spasm steps, guided mode', kind, el: guided, contact: true, emergencyLink: true, crisisLine: false, mode: 'guided' },
  ];
}

// ---------------------------------------------------------------------------------------------
// What the widgets' own templates make: the baseline every hostile value is compared with.

const VALID_SHARED: readonly Record<string, string>[] = [
  {},
  {
    lang: 'es',
    'clinic-name': 'Lakeside Family Clinic',
    'clinic-phone': '555 0100',
    'booking-url': 'https://example.org/book',
    'emergency-number': '112',
    'heading-level': '3',
    theme: 'dark',
  },
  { lang: 'en', 'clinic-phone': '+1 (555) 010-0100', 'booking-url': 'mailto:book@example.org', 'heading-level': '6', theme: 'light' },
  { 'booking-url': 'tel:+15550100', 'heading-level': '5' },
  // The forgiving forms: an extension, a bare web address, a number with letters (text, no link).
  { 'clinic-phone': '555 0100 ext. 2', 'booking-url': 'www.lakesideclinic.com/book', 'crisis-number': '' },
  { 'clinic-phone': '1-800-LAKESIDE', 'emergency-number': '112 x3', 'crisis-number': '116 123' },
  // The setup notice, listing rejected values (attributes no other set rejects).
  { 'setup-check': '', 'heading-level': 'nine', theme: 'sepia', 'emergency-number': '1-800-HELP' },
];
const VALID_OWN: Readonly<Record<Kind, readonly Record<string, string>[]>> = {
  'rls-symptom-card': [
    {},
    { variant: 'compact' },
    { variant: 'compact', sections: 'causes,risk-factors' },
    { sections: 'self-check,when-to-see,overview' },
  ],
  'twitch-redflag-check': [{}],
  'spasm-relief-steps': [
    {},
    { mode: 'guided', muscle: 'thigh' },
    { mode: 'list', muscle: 'foot', steps: 'heat-ice,stretch,pain-relief' },
    { mode: 'guided', steps: 'pain-relief' },
    { mode: 'guided', steps: 'walk,heat-ice' },
  ],
};

interface Baseline {
  readonly tags: ReadonlySet<string>;
  readonly attributes: ReadonlySet<string>;
}

async function baselineOf(kind: Kind): Promise<Baseline> {
  const tags = new Set<string>();
  const attributes = new Set<string>();
  const collect = (el: Widget): void => {
    tagNamesIn(el).forEach((tag) => tags.add(tag));
    attributeNamesIn(el).forEach((name) => attributes.add(name));
  };
  // Each set of shared attributes, and each widget's own sets paired with one of them.
  const combinations = [
    ...VALID_SHARED.map((shared) => ({ ...shared })),
    ...VALID_OWN[kind].map((own, index) => ({ ...VALID_SHARED[index % VALID_SHARED.length], ...own })),
  ];
  for (const set of combinations) {
    const instances = await createInstances(kind, set);
    for (const { el, mode } of instances) {
      collect(el);
      if (kind === 'spasm-relief-steps' && (mode === 'guided' || set.mode === 'guided')) {
        // Every guided step, and the care after it.
        for (let i = 0; i <= spasmStepIds.length; i += 1) {
          await spasmNext(el, 1);
          collect(el);
        }
      }
    }
    fixtureCleanup();
  }
  return { tags, attributes };
}

// ---------------------------------------------------------------------------------------------
// Checks every value must pass, whatever the attribute

/** Errors seen while the tests ran: error events, rejected updates, console.error calls. */
const errors: string[] = [];

function structureProblems(inst: Instance, baseline: Baseline): string[] {
  const problems = new Set<string>();
  for (const el of shadowElements(inst.el)) {
    const tag = el.localName;
    if (FORBIDDEN_TAGS.includes(tag)) problems.add(`forbidden element <${tag}>`);
    else if (!baseline.tags.has(tag)) problems.add(`element <${tag}> that the templates never make`);
    for (const name of el.getAttributeNames()) {
      if (/^on/i.test(name)) problems.add(`event-handler attribute ${name} on <${tag}>`);
      else if (!baseline.attributes.has(name)) problems.add(`attribute ${name} (on <${tag}>) that the templates never make`);
    }
  }
  for (const address of unsafeAddresses(inst.el)) problems.add(`unsafe address: ${address}`);
  return [...problems];
}

// ---------------------------------------------------------------------------------------------
// What the README documents for each attribute, as an oracle: problems with the shown widget

/** Problems with what `inst` shows for `value` (`removed`: the attribute was removed, not set). */
type Oracle = (inst: Instance, value: string, removed?: boolean) => string[];

const en = packs.en;

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function preview(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…(${value.length} chars)` : value);
}

/** The clinic's contact lists (`[part~="contact"]`) and their links, as [href, text] pairs. */
function contactLists(el: Widget): [string, string][][] {
  return qa(el, '[part~="contact"]').map((list) => [...list.querySelectorAll('a')].map((a) => [a.getAttribute('href') ?? '', withoutIsolates(a.textContent ?? '')]));
}

/**
 * What the README's phone rule makes of a value: "digits, spaces and + - ( ) ."; "an extension is
 * fine"; "a number spelled with letters shows as text, with no link". Each outcome a value may
 * have: `none` (no number shown), or the number shown as written, with the `tel:` address that
 * dials it, or with none (letters). Several outcomes where the README does not say (a + inside,
 * a very long value).
 */
type PhoneOutcome = 'none' | { readonly text: string; readonly href?: string };

function telOf(text: string): string {
  return `tel:${text.replace(/[^\d+]/g, '')}`;
}

const DIGITS_ONLY = /^\+?[0-9 ().-]+$/;

function phoneOutcomes(value: string): PhoneOutcome[] {
  const text = value.trim();
  if (!text) return ['none'];
  if (/^[0-9 ()+.-]+$/.test(text) && /[0-9]/.test(text)) {
    const dialled = { text, href: telOf(text) };
    return DIGITS_ONLY.test(text) && text.length <= 30 ? [dialled] : [dialled, 'none'];
  }
  // A number, then "ext", "ext.", "extension" or "x" and the extension's digits: dialled as tel:…;ext=N.
  const extension = /^(.+?)[\s,;]*(?:ext\.?|extension|x)\s*([0-9]{1,6})$/i.exec(text);
  if (extension && DIGITS_ONLY.test(extension[1]) && /[0-9]/.test(extension[1])) {
    const dialled = { text, href: `${telOf(extension[1])};ext=${extension[2]}` };
    return extension[1].length <= 30 ? [dialled] : [dialled, 'none'];
  }
  // Spelled with letters, as on a sign ("1-800-FLOWERS"): shown as text, never dialled.
  if (/^\+?[0-9A-Za-z ().-]+$/.test(text) && /[0-9]/.test(text)) return text.length <= 30 ? [{ text }] : [{ text }, 'none'];
  return ['none'];
}

/** The number a widget must dial for `value`, by the phone rule: the value, or `fallback` when it cannot be dialled. */
function dialledOutcomes(value: string, fallback: { text: string; href: string }): { text: string; href: string }[] {
  return phoneOutcomes(value).map((outcome) => (outcome !== 'none' && outcome.href ? { text: outcome.text, href: outcome.href } : fallback));
}

/** The items of the clinic's contact lists: each item's text and its link, if any. */
function contactItems(el: Widget): { text: string; href: string | null }[][] {
  return qa(el, '[part~="contact"]').map((list) =>
    [...list.querySelectorAll('li')].map((li) => ({ text: textOf(li), href: li.querySelector('a')?.getAttribute('href') ?? null })),
  );
}

/**
 * Links that dial the emergency number: every `tel:` link but the clinic's (in its contact
 * lists) and the crisis line's.
 */
function emergencyLinks(el: Widget): { href: string; text: string }[] {
  return qa<HTMLAnchorElement>(el, 'a[href^="tel:"]')
    .filter((a) => !a.closest('[part~="contact"], .crisis-line'))
    .map((a) => ({ href: a.getAttribute('href') ?? '', text: textOf(a) }));
}

function expectedLanguage(value: string): Language {
  // "Region tags match by their first part (es-MX is es)"; anything else is English.
  return value.trim().split(/[-_]/)[0].toLowerCase() === 'es' ? 'es' : 'en';
}

function titleOf(kind: Kind, language: Language): string {
  const pack = packs[language];
  return kind === 'rls-symptom-card' ? pack.rls.title : kind === 'twitch-redflag-check' ? pack.twitch.title : pack.spasm.title;
}

const oracles: Readonly<Record<string, Oracle>> = {
  lang(inst, value) {
    const language = expectedLanguage(value);
    const problems: string[] = [];
    const shown = q(inst.el, '[part~="base"]').getAttribute('lang');
    if (shown !== language) problems.push(`content lang is ${shown}, expected ${language}`);
    const title = textOf(q(inst.el, '#title'));
    if (title !== titleOf(inst.kind, language)) problems.push(`title "${title}" is not the ${language} title`);
    return problems;
  },

  'clinic-name'(inst, value) {
    // The instances also have clinic-phone="555 0100", so the name shows in the phone link.
    // Shown without the bidi controls that open an embedding, override or isolate.
    const name = value.replace(/[\u202a-\u202e\u2066-\u2069]/g, '').trim() || en.shared.yourClinic;
    const expected = en.shared.callClinic({ clinic: name, phone: '555 0100' });
    const links = contactLists(inst.el).flat();
    const problems = links.filter(([, text]) => text !== expected).map(([, text]) => `phone link text ${preview(text)}, expected ${preview(expected)}`);
    if (inst.contact && links.length === 0) problems.push('no phone link');
    return problems;
  },

  'clinic-phone'(inst, value) {
    const allowed = phoneOutcomes(value);
    const lists = contactItems(inst.el);
    const problems: string[] = [];
    if (!inst.contact && lists.length > 0) problems.push('a contact list where none belongs');
    const shows = (items: { text: string; href: string | null }[], outcome: PhoneOutcome): boolean =>
      outcome === 'none'
        ? items.length === 0
        : items.length === 1 &&
          items[0].text === collapse(en.shared.callClinic({ clinic: en.shared.yourClinic, phone: outcome.text })) &&
          items[0].href === (outcome.href ?? null);
    if (inst.contact && !allowed.includes('none') && lists.length === 0) problems.push(`no phone shown for ${preview(value)}`);
    for (const items of lists) {
      if (!allowed.some((outcome) => shows(items, outcome))) {
        problems.push(`phone shown as ${JSON.stringify(items)}, expected ${JSON.stringify(allowed)}`);
      }
    }
    return problems;
  },

  'booking-url'(inst, value) {
    const text = value.trim();
    let url: URL | undefined;
    try {
      url = text ? new URL(text, document.baseURI) : undefined;
    } catch {
      url = undefined;
    }
    // "The full address of your booking page": one written without its scheme, a host name with
    // a dot first (www.lakesideclinic.com/book), may be read as https://. Which names count is
    // the library's to say, so both readings are accepted for one; test/shared/attributes.test.ts
    // pins the documented examples.
    let bare: URL | undefined;
    try {
      bare = /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?([/?#]|$)/i.test(text) ? new URL(`https://${text}`) : undefined;
    } catch {
      bare = undefined;
    }
    const safe = url !== undefined && SAFE_LINK_SCHEMES.includes(url.protocol);
    // Inner whitespace or control characters: the README does not say; no link, or a safe one.
    const either = (safe && /[\s\p{Cc}]/u.test(text)) || (!safe && bare !== undefined);
    const lists = contactLists(inst.el);
    const problems: string[] = [];
    if (!inst.contact && lists.length > 0) problems.push('a contact list where none belongs');
    const hrefs = [...(safe && url ? [url.href] : []), ...(bare ? [bare.href] : [])];
    const label = en.shared.bookAppointment({ clinic: en.shared.yourClinic });
    if (hrefs.length === 0) {
      if (lists.length > 0) problems.push(`booking link shown for a bad address (browser scheme ${url?.protocol ?? 'malformed'}): ${JSON.stringify(lists)}`);
    } else {
      if (inst.contact && !either && lists.length === 0) problems.push(`no booking link for ${hrefs.join(' or ')}`);
      for (const links of lists) {
        const ok = links.length === 1 && hrefs.includes(links[0][0]) && links[0][1] === label;
        if (!ok) problems.push(`booking links ${JSON.stringify(links)}, expected one to ${hrefs.join(' or ')}`);
      }
    }
    return problems;
  },

  'emergency-number'(inst, value) {
    // "Falls back to 911": the emergency link must always dial, so letters fall back too.
    const allowed = dialledOutcomes(value, { text: '911', href: 'tel:911' });
    const problems: string[] = [];
    const links = emergencyLinks(inst.el);
    if (inst.emergencyLink && links.length === 0) problems.push('no emergency link');
    for (const link of links) {
      const ok = allowed.some((number) => link.href === number.href && link.text === collapse(en.shared.callNumber({ number: number.text })));
      if (!ok) problems.push(`emergency link ${JSON.stringify(link)}, expected ${allowed.map((n) => n.href).join(' or ')}`);
    }
    if (inst.kind === 'twitch-redflag-check') {
      // The safety line: its words, then a one-tap call.
      const note = textOf(q(inst.el, '.safety-note'));
      const notes = allowed.map((number) => collapse(`${en.twitch.safetyNote} ${en.shared.callNumber({ number: number.text })}`));
      if (!notes.includes(note)) problems.push(`safety note ${preview(note)}, expected ${preview(notes[0])}`);
    }
    return problems;
  },

  'crisis-number'(inst, value, removed = false) {
    // "An empty value hides the line; an invalid one falls back to 988" (removed: the default).
    const fallback = { text: '988', href: 'tel:988' };
    const allowed = removed ? [fallback] : value.trim() === '' ? [] : dialledOutcomes(value, fallback);
    const links = qa(inst.el, '.crisis-line a').map((a) => ({ href: a.getAttribute('href') ?? '', text: textOf(a) }));
    const problems: string[] = [];
    if (!inst.crisisLine || allowed.length === 0) {
      if (links.length > 0) problems.push(`crisis line shown: ${JSON.stringify(links)}`);
      return problems;
    }
    if (links.length !== 1) problems.push(`${links.length} crisis links, expected 1`);
    for (const link of links) {
      // 988 (the US line) takes texts too, and its link says so; any other line is a call.
      const label = (number: string) => collapse(crisisLineTakesTexts(number) ? en.rls.callOrText({ number }) : en.shared.callNumber({ number }));
      const ok = allowed.some((number) => link.href === number.href && link.text === label(number.text));
      if (!ok) problems.push(`crisis link ${JSON.stringify(link)}, expected ${allowed.map((n) => n.href).join(' or ')}`);
    }
    return problems;
  },

  'heading-level'(inst, value) {
    const text = value.trim();
    const level = /^\d+$/.test(text) && Number(text) >= 2 && Number(text) <= 6 ? Number(text) : 2;
    const problems: string[] = [];
    const title = q(inst.el, '#title').localName;
    if (title !== `h${level}`) problems.push(`title is <${title}>, expected <h${level}>`);
    const levels = qa(inst.el, 'h1, h2, h3, h4, h5, h6').map((h) => Number(h.localName.slice(1)));
    const outside = levels.filter((l) => l < level || l > 6);
    if (outside.length > 0) problems.push(`headings outside h${level}-h6: ${outside.map((l) => `h${l}`).join(', ')}`);
    return problems;
  },

  theme(inst, value) {
    const normalized = value.trim().toLowerCase();
    const theme = ['auto', 'light', 'dark'].includes(normalized) ? normalized : 'auto';
    // "auto follows the page: dark only where the page supports a dark colour scheme": the test
    // page sets no colour scheme, so auto is light here.
    const look = theme === 'auto' ? 'light' : theme;
    const classes = [...q(inst.el, '[part~="base"]').classList].filter((name) => name.startsWith('theme-'));
    return JSON.stringify(classes) === JSON.stringify([`theme-${look}`]) ? [] : [`theme classes ${JSON.stringify(classes)}, expected theme-${look}`];
  },

  'setup-check'(inst) {
    // A boolean attribute: any value turns the notice on, but with every other attribute valid
    // there is nothing to list, so it never shows.
    return qa(inst.el, '[part~="setup-notice"]').length === 0 ? [] : ['a setup notice with every attribute valid'];
  },

  sections(inst, value) {
    const chosen = chosenNames(value, rlsSectionIds);
    const expected = chosen.map(rlsHeading);
    const buttons = qa(inst.el, '[part~="section"] .disclosure-button');
    const shown = buttons.map(textOf);
    const problems: string[] = [];
    if (JSON.stringify(shown) !== JSON.stringify(expected)) problems.push(`sections ${JSON.stringify(shown)}, expected ${JSON.stringify(expected)}`);
    const open = buttons.map((b) => b.getAttribute('aria-expanded') === 'true');
    if (JSON.stringify(open) !== JSON.stringify(open.map((_, i) => i === 0))) problems.push(`open sections ${JSON.stringify(open)}, expected only the first`);
    return problems;
  },

  variant(inst, value) {
    const compact = value.trim().toLowerCase() === 'compact';
    const outside = qa(inst.el, '[part~="section"]')
      .filter((section) => !section.closest('#more'))
      .map((section) => textOf(section.querySelector('.disclosure-button')));
    const expected = (compact ? rlsSectionIds.filter((id) => rlsCompactSectionIds.includes(id)) : [...rlsSectionIds]).map(rlsHeading);
    const problems: string[] = [];
    if (JSON.stringify(outside) !== JSON.stringify(expected)) problems.push(`sections shown ${JSON.stringify(outside)}, expected ${JSON.stringify(expected)}`);
    const more = shadowOf(inst.el).querySelector('#more') !== null;
    if (more !== compact) problems.push(`"show all sections" is ${more ? '' : 'not '}there for ${compact ? 'compact' : 'full'}`);
    return problems;
  },

  mode(inst, value) {
    const guided = value.trim().toLowerCase() === 'guided';
    const list = shadowOf(inst.el).querySelector('[part~="steps"] ol.step-list') !== null;
    const count = shadowOf(inst.el).querySelector('[part~="steps"] .step-count') !== null;
    return list === !guided && count === guided ? [] : [`list shown: ${list}, step count shown: ${count}; expected ${guided ? 'guided' : 'list'} mode`];
  },

  steps(inst, value) {
    const chosen = chosenNames(value, spasmStepIds);
    // "pain relief afterwards for soreness": always the last step.
    const expected = [...chosen.filter((id) => id !== 'pain-relief'), ...chosen.filter((id) => id === 'pain-relief')];
    const headings = expected.map((id) => en.spasm.steps[id].heading);
    if (inst.mode === 'list') {
      const listed = qa(inst.el, '[part~="steps"] ol.step-list > li').map((li) => textOf(li.querySelector('h1, h2, h3, h4, h5, h6')));
      return JSON.stringify(listed) === JSON.stringify(headings) ? [] : [`steps listed ${JSON.stringify(listed)}, expected ${JSON.stringify(headings)}`];
    }
    const count = textOf(shadowOf(inst.el).querySelector('[part~="steps"] .step-count'));
    const heading = textOf(shadowOf(inst.el).querySelector('#step-heading'));
    const problems: string[] = [];
    if (!count.endsWith(` of ${expected.length}`)) problems.push(`step count "${count}", expected "… of ${expected.length}"`);
    if (!headings.includes(heading)) problems.push(`guided step "${heading}" is not one of ${JSON.stringify(headings)}`);
    return problems;
  },

  muscle(inst, value) {
    const normalized = value.trim().toLowerCase();
    const muscle = (spasmMuscles as readonly string[]).includes(normalized) ? (normalized as SpasmMuscle) : 'calf';
    if (inst.mode !== 'list') return []; // the guided instance shows the heat-or-ice step
    const stretch = qa(inst.el, '[part~="steps"] ol.step-list > li').find(
      (li) => textOf(li.querySelector('h1, h2, h3, h4, h5, h6')) === en.spasm.steps.stretch.heading,
    );
    const shown = textOf(stretch);
    const own = blockTexts(en.spasm.steps.stretch.byMuscle[muscle]);
    const missing = own.filter((line) => !shown.includes(collapse(line)));
    return missing.length === 0 ? [] : [`the ${muscle} stretch is not shown (missing ${preview(missing[0])})`];
  },
};

function rlsHeading(id: RlsSectionId): string {
  return id === 'self-check' ? en.rls.selfCheck.heading : en.rls.sections[id].heading;
}

/** "Comma list choosing and ordering ...; unknown names ignored; empty or none known means all". */
function chosenNames<T extends string>(value: string, known: readonly T[]): T[] {
  const chosen: T[] = [];
  for (const name of value.split(',').map((n) => n.trim().toLowerCase())) {
    const match = known.find((k) => k === name);
    if (match && !chosen.includes(match)) chosen.push(match);
  }
  return chosen.length > 0 ? chosen : [...known];
}

// ---------------------------------------------------------------------------------------------
// The values tried for each attribute: hostile strings, plus near misses of its valid values

const attributeValues: Readonly<Record<string, fc.Arbitrary<string>>> = {
  lang: nearMisses(['en', 'es', 'es-MX', 'es-419', 'en-US'], ['es_MX', 'ES', 'fr', 'zh-Hant', 'e', 'esp', 'es-', '-es', 'x-klingon', 'ｅｓ', 'es\u0000', 'i-default']),
  'clinic-name': fc.oneof(hostileString, fc.constantFrom('Lakeside Family Clinic', '  Dr. Ruiz & Partners  ', 'Clínica del Lago', "O'Brien <Family> Clinic")),
  'clinic-phone': phoneLike,
  'booking-url': urlLike,
  'emergency-number': phoneLike,
  'crisis-number': phoneLike,
  'setup-check': nearMisses(['', 'setup-check', 'true', 'false'], ['0', 'no', 'off']),
  'heading-level': fc.oneof(
    fc.integer({ min: -10, max: 20 }).map(String),
    nearMisses(['2', '3', '4', '5', '6'], ['1', '7', '0', '02', '3.0', '3e0', '+3', '٣', '３', 'h3', 'Infinity', 'NaN', '0x3', '4px']),
  ),
  theme: nearMisses(['auto', 'light', 'dark'], ['darker', 'dark mode', 'high-contrast', 'lıght', 'ＤＡＲＫ', 'dark;background:url(x)']),
  sections: nameList(rlsSectionIds),
  variant: nearMisses(['full', 'compact'], ['compacted', 'mini', 'FULL!']),
  mode: nearMisses(['list', 'guided'], ['guide', 'listed', 'step-by-step']),
  steps: nameList(spasmStepIds),
  muscle: nearMisses(['calf', 'thigh', 'foot'], ['calves', 'hamstring', 'toe', 'Calf muscle']),
};

function valuesFor(attribute: string): fc.Arbitrary<string> {
  return fc.oneof({ arbitrary: hostileString, weight: 3 }, { arbitrary: attributeValues[attribute], weight: 3 });
}

/**
 * Attributes set on every instance while one attribute is tried, so its effect is visible: the
 * setup notice is on, so a rejected value is also shown back inside the widget (as text only).
 */
const CONTEXT: Readonly<Record<string, Record<string, string>>> = {
  ...Object.fromEntries([...SHARED_ATTRIBUTES, ...Object.values(OWN_ATTRIBUTES).flat()].map((name) => [name, { 'setup-check': '' }])),
  'clinic-name': { 'setup-check': '', 'clinic-phone': '555 0100' },
  'setup-check': {},
};

/**
 * The setup notice while `attribute` is tried (every other attribute valid): at most one item, a
 * sentence about that attribute, in a note in English.
 */
function noticeProblems(inst: Instance, attribute: string): string[] {
  const notices = qa(inst.el, '[part~="setup-notice"]');
  if (notices.length === 0) return [];
  const [notice] = notices;
  const items = [...notice.querySelectorAll('li')].map(textOf);
  const problems: string[] = [];
  if (notices.length > 1) problems.push(`${notices.length} setup notices`);
  if (notice.getAttribute('role') !== 'note' || notice.getAttribute('lang') !== 'en') problems.push('the setup notice is not a note in English');
  if (items.length !== 1 || !items[0].startsWith(`<${inst.kind}> ${attribute}`)) {
    problems.push(`setup notice items ${JSON.stringify(items.map((item) => item.slice(0, 80)))}, expected one about ${attribute}`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------

describe('bad input: arbitrary attribute values never break a widget', () => {
  const baselines = new Map<Kind, Baseline>();
  let warnings: WarningSpy;
  const onError = (event: ErrorEvent): void => {
    errors.push(`error event: ${event.message}`);
  };
  const onRejection = (event: PromiseRejectionEvent): void => {
    errors.push(`unhandled rejection: ${String(event.reason)}`);
  };
  const originalError = console.error;

  before(async function () {
    this.timeout(60000);
    warnings = spyOnWarnings();
    try {
      for (const kind of KINDS) baselines.set(kind, await baselineOf(kind));
    } finally {
      warnings.restore();
    }
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    console.error = (...args: unknown[]) => {
      errors.push(`console.error: ${args.map(String).join(' ').slice(0, 300)}`);
      originalError.apply(console, args);
    };
  });

  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.error = originalError;
  });

  beforeEach(() => {
    errors.length = 0;
    warnings = spyOnWarnings();
  });

  afterEach(() => {
    warnings.restore();
    fixtureCleanup();
  });

  it('the baselines hold only the templates\' own elements', () => {
    for (const kind of KINDS) {
      const baseline = baselines.get(kind);
      expect(baseline?.tags.size ?? 0, `${kind} baseline`).to.be.greaterThan(10);
      expect(FORBIDDEN_TAGS.filter((tag) => baseline?.tags.has(tag)), `${kind}: forbidden tags in the baseline`).to.deep.equal([]);
      expect([...(baseline?.attributes ?? [])].filter((name) => /^on/i.test(name)), `${kind}: on* attributes`).to.deep.equal([]);
    }
  });

  for (const kind of KINDS) {
    describe(`<${kind}>`, () => {
      for (const attribute of [...SHARED_ATTRIBUTES, ...OWN_ATTRIBUTES[kind]]) {
        it(`${attribute}: never throws, adds no markup, links safely, falls back as documented`, async function () {
          this.timeout(60000);
          const baseline = baselines.get(kind);
          if (!baseline) throw new Error(`no baseline for ${kind}`);
          const instances = await createInstances(kind, CONTEXT[attribute] ?? {});
          const oracle = oracles[attribute];
          await fc.assert(
            fc.asyncProperty(valuesFor(attribute), async (value) => {
              const before = errors.length;
              for (const { el } of instances) el.setAttribute(attribute, value);
              for (const { el, label } of instances) {
                await el.updateComplete.catch((error: unknown) => errors.push(`${label}: update failed: ${String(error)}`));
              }
              const problems = errors.slice(before);
              for (const inst of instances) {
                const found = [...structureProblems(inst, baseline), ...oracle(inst, value), ...noticeProblems(inst, attribute)];
                problems.push(...found.map((problem) => `${inst.label}: ${problem}`));
              }
              // A plain Error, so fast-check's report lists every problem (chai would shorten the array).
              if (problems.length > 0) throw new Error(`${attribute}=${preview(value)}:\n  ${problems.join('\n  ')}`);
            }),
            // The problems found go into the report (wtr does not print an error's cause).
            { numRuns: RUNS, includeErrorInReport: true },
          );
          const foreign = warnings.messages.filter((message) => !message.startsWith('[leg-health-widgets] '));
          expect(foreign, 'warnings that are not the library\'s own').to.deep.equal([]);
        });
      }

      it('removing an attribute that was set restores its default, and never throws', async () => {
        const valid: Record<string, string> = {
          lang: 'es',
          'clinic-name': 'Lakeside Family Clinic',
          'clinic-phone': '555 0100',
          'booking-url': 'https://example.org/book',
          'emergency-number': '112',
          'crisis-number': '116 123',
          'heading-level': '4',
          theme: 'dark',
          sections: 'self-check,overview',
          variant: 'compact',
          mode: 'guided',
          steps: 'walk,stretch',
          muscle: 'foot',
          'setup-check': '',
        };
        const broken: string[] = [];
        for (const attribute of [...SHARED_ATTRIBUTES, ...OWN_ATTRIBUTES[kind]]) {
          const instances = await createInstances(kind, { ...(CONTEXT[attribute] ?? {}), [attribute]: valid[attribute] });
          const before = errors.length;
          for (const { el } of instances) el.removeAttribute(attribute);
          for (const { el, label } of instances) {
            await el.updateComplete.catch((error: unknown) => errors.push(`${label}: update failed: ${String(error)}`));
          }
          await new Promise((resolve) => setTimeout(resolve));
          const problems = errors.slice(before);
          // Removed means unset: what an empty value gives.
          for (const inst of instances) problems.push(...oracles[attribute](inst, '', true).map((p) => `${inst.label}: ${p}`));
          if (problems.length > 0) broken.push(`${attribute}: ${[...new Set(problems)].join('; ')}`);
          fixtureCleanup();
        }
        expect(broken).to.deep.equal([]);
      });
    });
  }

  it('keeps its warnings short: a 10 000-character value is not echoed whole to the console', async () => {
    const long = `zz${'\u00e9x'.repeat(5_000)}`;
    for (const kind of KINDS) {
      const el = document.createElement(kind) as Widget;
      for (const attribute of [...SHARED_ATTRIBUTES, ...OWN_ATTRIBUTES[kind]]) el.setAttribute(attribute, `${attribute}${long}`);
      (await renderWrapper<HTMLDivElement>(html`<div></div>`)).append(el);
      await el.updateComplete;
    }
    const tooLong = warnings.messages.filter((message) => message.length > 500).map((message) => `${message.length} chars: ${message.slice(0, 120)}…`);
    expect(warnings.messages.length, 'warnings were logged').to.be.greaterThan(0);
    expect(tooLong).to.deep.equal([]);
  });
});
