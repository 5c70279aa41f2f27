// Spanish: under lang="es" no English string shows anywhere, in any state of any widget.
//
// The proof walks every state a visitor can reach in each widget (every section, screen, step,
// follow-up question, problem message, result, an early stop, the open "Sources" list, the timer,
// aftercare), under lang="es" set three ways (on the element,
// on an ancestor as "es-MX", on <html>), with the clinic settings set so contact links render.
// In every state it reads what a person can see or hear (all text of the shadow root, also in
// collapsed `hidden` panels and visually hidden labels, since screen readers and print show
// them, plus the aria-label, title, alt and placeholder values) and looks in it for every
// English string the English pack can show. Each state must also show `lang="es"` on
// `[part=base]` and the Spanish strings that state should show, so a blank or English-only
// render cannot pass. The setup notice (for a clinic's editor, in English on purpose, like the
// console warnings it repeats) is left out of the audit, and the audit fails if it shows in a
// widget without `setup-check`.
//
// The walks, the English strings and the audit itself are shared with the add-on languages'
// suite (test/helpers/language-audit.ts); what is Spanish's own is here: the acronym "SPI" kept
// to the RLS card's title, the setup notice, the sources in Spanish, dates and switching language
// at runtime, and which tags mean Spanish.
// Only plain values (strings, arrays) are passed to chai: a failing assertion on a DOM element
// can hang the test runner.
import { expect } from '@open-wc/testing';
import { collectStrings } from '../scripts/lib/pack-strings.js';
import { packs } from '../src/lang/built-in.js';
import '../src/rls-symptom-card/define.js';
import type { IsoDate } from '../src/shared/text-types.js';
import { formatClock } from '../src/spasm-relief-steps/countdown.js';
import '../src/spasm-relief-steps/define.js';
import '../src/twitch-redflag-check/define.js';
import { questionsOn, twitchSteps } from '../src/twitch-redflag-check/twitch-rules.js';
import { spyOnWarnings } from './fixtures/warnings.js';
import { next, tickSign } from './harness/twitch.js';
import { settle, shownLanguage } from './harness/widget.js';
import type { WidgetTag } from './helpers/host-frame.js';
import {
  careContext,
  CLINIC_PHONE,
  clinicAttributes,
  dateIn,
  englishNeedles,
  englishShown,
  FULL_MS,
  LanguageAudit,
  mountAll,
  normalize,
  notAudited,
  perceive,
  perceivedAttributes,
  renderedCalls,
  signsScreenTexts,
  titleIn,
  twitchTotal,
  walkRls,
  walkSpasm,
  walkTimer,
  walkTwitch,
  type Mounter,
  type Perceived,
} from './helpers/language-audit.js';
import { q, qa, shadowOf, textOf } from './helpers/shadow.js';
import { sourcesState } from './helpers/spasm-view.js';
import type { Widget } from './helpers/summary.js';

const en = packs.en;
const es = packs.es;

/** The clinic's name every widget renders with. */
const CLINIC_NAME = 'Clínica Sol';

/** The care context the widgets fill their messages with (the clinic's name is set). */
const context = careContext(CLINIC_NAME);

/**
 * Strings that are rightly the same in English and Spanish, beyond the generic ones (a brand, a
 * drug or a proper name given as a string of its own). None so far: add one here only after
 * checking that it is not an untranslated string.
 */
const sameInBothLanguages: readonly string[] = [];

const needles = englishNeedles({ pack: es, clinic: CLINIC_NAME }, sameInBothLanguages);

/**
 * Spanish running text says "piernas inquietas"; the acronym "SPI" stays only in the RLS card's
 * title, "Síndrome de piernas inquietas (SPI)". The texts (elements, attribute values) that say
 * "SPI" outside the title.
 */
function spiOutsideTitle(host: Element): string[] {
  const root = shadowOf(host);
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(notAudited) || parent.closest('#title')) continue;
    if (/\bSPI\b/.test(node.nodeValue ?? '')) found.push(textOf(parent));
  }
  for (const element of root.querySelectorAll('*')) {
    for (const name of perceivedAttributes) {
      const value = element.getAttribute(name) ?? '';
      if (/\bSPI\b/.test(value)) found.push(`${name}="${value}"`);
    }
  }
  return found;
}

/** Not a letter or digit on that side: `tic` is a word in "un tic", not in "práctica" or "ático". */
const wordStart = String.raw`(?<![\p{L}\p{N}])`;
const wordEnd = String.raw`(?![\p{L}\p{N}])`;
const words = (pattern: string) => new RegExp(`${wordStart}(?:${pattern})${wordEnd}`, 'giu');

/**
 * Wording the Spanish texts must not use, with the reason (../shared/clinical-brief.md, section
 * D and "Changes in version 2", and the fixes made to follow it). Each is looked for, as whole
 * words and ignoring case, in every Spanish string and in every state the Spanish walks reach.
 */
const spanishWordingRules: readonly { readonly rule: string; readonly pattern: RegExp }[] = [
  { rule: '"profesional de salud": say "médico o enfermera" (brief D, v2 item 8: "doctor or nurse")', pattern: words('profesional(?:es)? de (?:la )?salud') },
  { rule: '"tic(s)": a tic disorder in medical Spanish; say "contracciones musculares" (brief D, v2 item 8)', pattern: words('tics?') },
  { rule: '"le atiendan": say "lo atiendan"', pattern: words('le atiendan') },
  { rule: '"bebidas de energía": say "bebidas energéticas"', pattern: words('bebidas? de energ[ií]as?') },
  { rule: '"tomar de más": reads as drinking too much alcohol in Mexico (brief D)', pattern: words('tom\\p{L}* de m[aá]s') },
  { rule: 'a "tú" form: use "usted" throughout (brief D)', pattern: words('tú|tu|tus|te|ti|contigo') },
];

/** Each rule `text` breaks, with the words that break it and a little of the text around them. */
function wordingBreaches(text: string): string[] {
  return spanishWordingRules.flatMap(({ rule, pattern }) =>
    [...text.matchAll(pattern)].map((match) => `${rule}: "${match[0]}" in "…${text.slice(Math.max(0, match.index - 40), match.index + match[0].length + 40)}…"`),
  );
}

/**
 * The shared audit (language-audit.ts) under lang="es", plus "SPI" only in the RLS card's title
 * and none of the wording `spanishWordingRules` forbids.
 */
class SpanishAudit extends LanguageAudit {
  constructor(way: string) {
    super(es, CLINIC_NAME, needles, `lang="es" set ${way}`);
  }

  /** Every part, those marked lang="en" (the English source titles) included. */
  protected override read(el: Element): Perceived {
    return perceive(el);
  }

  protected override checkMore(state: string, el: Element, view: Perceived): void {
    const spi = spiOutsideTitle(el);
    if (spi.length > 0) this.problem(state, '"SPI" in running text', spi.map((text) => JSON.stringify(text)).join('; '));
    const breaches = wordingBreaches(view.text);
    if (breaches.length > 0) this.problem(state, 'wording the brief rules out', breaches.join('; '));
  }
}

// ---------------------------------------------------------------------------------------------
// Putting widgets on the page under lang="es"

type Way = 'attribute' | 'ancestor' | 'html';

const ways: readonly { way: Way; title: string }[] = [
  { way: 'attribute', title: 'on the element (lang="es")' },
  { way: 'ancestor', title: 'on an ancestor (<div lang="es-MX">)' },
  { way: 'html', title: 'on <html lang="es">' },
];

/** Puts the widgets in a new wrapper, with the clinic settings and Spanish set the given way. */
function spanishWidgets(way: Way): Mounter {
  return (tags, attributes = {}) => {
    if (way === 'html') document.documentElement.setAttribute('lang', 'es');
    return mountAll(tags, {
      lang: way === 'attribute' ? 'es' : undefined,
      wrapperLang: way === 'ancestor' ? 'es-MX' : undefined,
      attributes: { ...clinicAttributes(CLINIC_NAME), ...attributes },
    });
  };
}

async function spanishWidget(way: Way, tag: WidgetTag, attributes: Record<string, string> = {}): Promise<Widget> {
  const [el] = await spanishWidgets(way)([tag], attributes);
  return el;
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
    const all = [...needles.evidence, ...needles.short].map((n) => n.text);
    expect(needles.evidence.length, 'English strings looked for').to.be.greaterThan(250);
    expect(all).to.include.members([
      en.twitch.results.urgent.whatToDo(context),
      en.shared.callClinic({ clinic: CLINIC_NAME, phone: CLINIC_PHONE }),
      en.spasm.timer.timeLeft({ clock: formatClock(FULL_MS, 'en') }),
      en.twitch.check.stepCount({ step: 2, total: twitchTotal }),
      normalize(en.rls.selfCheck.results.matches.text),
      // Review dates are written from the text now: the English dates the widgets show.
      dateIn(en, en.twitch.review.nextReview),
    ]);
    expect(all, 'generic and shared with Spanish, so not evidence').not.to.include.members(['No']);
    expect(needles.short.map((n) => n.text).sort()).to.deep.equal([
      'Back', 'Calf', 'Close', 'Cold', 'Copy', 'Foot', 'Heat', 'Next', 'None', 'Notes', 'Pause', 'Print', 'Reset', 'Save', 'Thigh', 'Yes',
    ]);
  });

  it('says "piernas inquietas" in running text: "SPI" stays only in the RLS card\'s title', () => {
    const withAcronym = collectStrings(es).filter((string) => /\bSPI\b/.test(string.text));
    expect(withAcronym.map((string) => `${string.path}: ${string.text}`)).to.deep.equal([`rls.title: ${es.rls.title}`]);
    expect(renderedCalls(es, CLINIC_NAME).filter(([, text]) => /\bSPI\b/.test(text))).to.deep.equal([]);
  });

  it('follows the brief\'s Spanish wording: no "profesional de salud", "tic(s)", "le atiendan", "bebidas de energía", "tomar de más" or "tú"', () => {
    // Every Spanish string, and the content functions called with the values the widgets render
    // with; the walks below look in every state too (SpanishAudit.checkMore).
    const strings = [...collectStrings(es).map((string) => [string.path, string.text]), ...renderedCalls(es, CLINIC_NAME)];
    expect(strings.length, 'Spanish strings looked at').to.be.greaterThan(250);
    expect(strings.flatMap(([path, text]) => wordingBreaches(text).map((breach) => `${path}: ${breach}`))).to.deep.equal([]);
    // The patterns find what they are for, as whole words only.
    const found = wordingBreaches;
    expect(found('Hable con un Profesional de la Salud.'), 'profesional').to.have.length(1);
    expect(found('Estos tics son comunes; un tic dura poco.'), 'tic').to.have.length(2);
    expect(found('Llame para que le atiendan hoy.'), 'le atiendan').to.have.length(1);
    expect(found('Evite las bebidas de energia.'), 'bebidas de energía').to.have.length(1);
    expect(found('No tome de más.'), 'tomar de más').to.have.length(1);
    expect(found('Tu pierna: llámenos si te duele.'), 'tú').to.have.length(2);
    expect(found('La práctica, lo estático, tuvo, tenga, títulos: no son palabras prohibidas.'), 'inside other words').to.deep.equal([]);
    expect(found('Vea a un médico o una enfermera para que lo atiendan. Evite las bebidas energéticas.'), 'the right wording').to.deep.equal([]);
  });

  it('has no Spanish string left equal to its English original', () => {
    // Also found state by state below (they stay English needles), but named here at once,
    // whether or not a state shows them.
    expect(needles.untranslated, needles.untranslated.join('\n')).to.deep.equal([]);
  });

  for (const { way, title } of ways) {
    describe(`set ${title}: no English in any state`, () => {
      it('<rls-symptom-card>: every section, compact folded and unfolded, unanswered, every result', async () => {
        const audit = new SpanishAudit(way);
        await walkRls(audit, spanishWidgets(way));
        audit.expectClean();
      });

      it('<twitch-redflag-check>: about, every screen, both problems, every result, start again', async () => {
        const audit = new SpanishAudit(way);
        await walkTwitch(audit, spanishWidgets(way));
        audit.expectClean();
      });

      it('<spasm-relief-steps>: cautions, every muscle, every guided step, aftercare, twitching note', async () => {
        const audit = new SpanishAudit(way);
        await walkSpasm(audit, spanishWidgets(way));
        audit.expectClean();
      });

      it('<spasm-relief-steps>: the heat-or-ice timer running, paused and ended (fake clock)', async () => {
        const audit = new SpanishAudit(way);
        await walkTimer(audit, spanishWidgets(way));
        audit.expectClean();
      });
    });
  }

  describe('the setup notice, for the clinic\'s editor', () => {
    for (const tag of ['rls-symptom-card', 'twitch-redflag-check', 'spasm-relief-steps'] as const) {
      it(`<${tag}>: shows only with setup-check, in English marked lang="en"; the rest stays Spanish`, async () => {
        const warnings = spyOnWarnings();
        try {
          const bad = { 'heading-level': `siete-${tag}`, 'booking-url': 'ftp://example.org/citas' };
          const visitor = await spanishWidget('attribute', tag, bad);
          const quiet = new SpanishAudit('on the element, with values the widget rejects, without setup-check');
          quiet.check(`<${tag}>: rejected values, no setup-check`, visitor, [titleIn(es, tag)]);
          quiet.expectClean();
          expect(qa(visitor, '[part~="setup-notice"]').length, 'no notice for visitors').to.equal(0);

          const checked = await spanishWidget('attribute', tag, { ...bad, 'setup-check': '' });
          const notice = q(checked, '[part~="setup-notice"]');
          expect([notice.getAttribute('lang'), notice.getAttribute('role')], 'an English note inside a Spanish widget').to.deep.equal(['en', 'note']);
          expect(qa(checked, '[part~="setup-notice"] li').map((li) => textOf(li).split(' ').slice(0, 2).join(' '))).to.deep.equal([
            `<${tag}> booking-url="ftp://example.org/citas"`,
            `<${tag}> heading-level="siete-${tag}"`,
          ]);
          const audit = new SpanishAudit('on the element, with setup-check');
          audit.check(`<${tag}>: setup notice shown`, checked, [titleIn(es, tag), es.shared.notDiagnosis]);
          audit.expectClean();
        } finally {
          warnings.restore();
        }
      });
    }
  });

  describe('sources in Spanish', () => {
    for (const tag of ['twitch-redflag-check', 'spasm-relief-steps'] as const) {
      it(`<${tag}> links the publisher's Spanish page where there is one, marked lang="es"; the rest stay lang="en"`, async () => {
        const el = await spanishWidget('attribute', tag);
        // The list is behind "Fuentes": open it, as a reader would.
        q<HTMLButtonElement>(el, '#sources-button').click();
        await el.updateComplete;
        const state = sourcesState(el);
        expect([state.label, state.expanded, state.listShown]).to.deep.equal([es.shared.sourcesLabel, 'true', true]);
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

    it('builds the expected Spanish date the way a reader expects it, as the browser would write it', () => {
      expect(dateIn(es, '2026-11-27')).to.equal('27 de noviembre de 2026');
      expect(dateIn(en, '2026-11-27')).to.equal('November 27, 2026');
      // The texts write every review date (no date formatter runs in the widgets): the same
      // words as the browser's own long date, in each language.
      const intl = (language: string, date: IsoDate) =>
        new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
      const dates = Object.values(reviews).flatMap((review) => [review.lastReviewed, review.nextReview]);
      for (const pack of [en, es]) {
        expect(dates.map((date) => dateIn(pack, date)), pack.language).to.deep.equal(dates.map((date) => intl(pack.language, date)));
      }
    });

    for (const tag of Object.keys(reviews) as WidgetTag[]) {
      it(`<${tag}> writes review dates in Spanish and re-renders when lang changes es -> en -> es`, async () => {
        const review = reviews[tag];
        const el = await spanishWidget('attribute', tag);
        const esDates = [dateIn(es, review.lastReviewed), dateIn(es, review.nextReview)];
        const enDates = [dateIn(en, review.lastReviewed), dateIn(en, review.nextReview)];
        expect(shownDates(el), 'Spanish dates').to.deep.equal(esDates);
        expect(esDates.join(' '), 'month names in Spanish').to.match(/^\d{1,2} de [a-z]+ de \d{4} \d{1,2} de [a-z]+ de \d{4}$/);

        el.setAttribute('lang', 'en');
        await el.updateComplete;
        expect(shownLanguage(el)).to.equal('en');
        expect(textOf(q(el, '#title')), 'English title').to.equal(titles('en')[tag]);
        expect(shownDates(el), 'English dates').to.deep.equal(enDates);
        expect(englishShown(perceive(el), needles).length, 'English strings shown in English').to.be.greaterThan(20);

        el.setAttribute('lang', 'es');
        await el.updateComplete;
        const audit = new SpanishAudit(`on the element, after en -> es`);
        audit.check(`<${tag}> back in Spanish`, el, [titles('es')[tag], ...esDates]);
        audit.expectClean();
      });
    }

    it('follows an ancestor switched from es-MX to en and back', async () => {
      const elements = await spanishWidgets('ancestor')(['rls-symptom-card', 'twitch-redflag-check', 'spasm-relief-steps']);
      const wrapper = elements[0].parentElement!;
      const settleAll = () => settle(...elements);
      wrapper.setAttribute('lang', 'en');
      await settleAll();
      expect(elements.map((el) => shownLanguage(el))).to.deep.equal(['en', 'en', 'en']);
      expect(elements.map((el) => textOf(q(el, '#title')))).to.deep.equal(Object.values(titles('en')));
      wrapper.setAttribute('lang', 'es-MX');
      await settleAll();
      const audit = new SpanishAudit('on an ancestor, after en -> es-MX');
      for (const el of elements) audit.check(`<${el.localName}> back in Spanish`, el, [titles('es')[el.localName as WidgetTag]]);
      audit.expectClean();
    });

    it('<twitch-redflag-check>: a problem message shown in English turns Spanish when lang turns es', async () => {
      const el = await spanishWidget('attribute', 'twitch-redflag-check', { lang: 'en' });
      await next(el);
      expect(textOf(shadowOf(el).querySelector('#problem')), 'the English message first').to.equal(en.twitch.emergencyScreen.chooseOne);
      el.setAttribute('lang', 'es');
      await el.updateComplete;
      const audit = new SpanishAudit('on the element, switched from en while a problem shows');
      audit.check('twitch: screen 1, "choose one" problem shown before the switch', el, [es.twitch.emergencyScreen.chooseOne, ...signsScreenTexts(es)]);

      // The same on a step screen, where the message names a count.
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      tickSign(el, 'none');
      await el.updateComplete;
      await next(el);
      await next(el);
      // The follow-up ("Is the weakness getting worse?") is not asked yet.
      const count = questionsOn(twitchSteps[0], {}).length;
      expect(textOf(shadowOf(el).querySelector('#problem'))).to.equal(en.twitch.check.unanswered({ count }));
      el.setAttribute('lang', 'es');
      await el.updateComplete;
      audit.check('twitch: screen 2, unanswered problem shown before the switch', el, [es.twitch.check.unanswered({ count })]);
      audit.expectClean();
    });
  });

  describe('which tags mean Spanish', () => {
    for (const tag of ['rls-symptom-card', 'twitch-redflag-check', 'spasm-relief-steps'] as const) {
      it(`<${tag}>: es-MX, es-419 and ES are Spanish; fr is English`, async () => {
        const title = { 'rls-symptom-card': es.rls.title, 'twitch-redflag-check': es.twitch.title, 'spasm-relief-steps': es.spasm.title }[tag];
        const audit = new SpanishAudit('on the element as a regional or upper-case tag');
        for (const lang of ['es-MX', 'es-419', 'ES']) {
          const el = await spanishWidget('attribute', tag, { lang });
          audit.check(`<${tag} lang="${lang}">`, el, [title]);
        }
        audit.expectClean();

        const warnings = spyOnWarnings();
        try {
          const el = await spanishWidget('attribute', tag, { lang: 'fr' });
          expect(shownLanguage(el)).to.equal('en');
          const enTitle = { 'rls-symptom-card': en.rls.title, 'twitch-redflag-check': en.twitch.title, 'spasm-relief-steps': en.spasm.title }[tag];
          expect(textOf(q(el, '#title'))).to.equal(enTitle);
          expect(englishShown(perceive(el), needles).length, 'English strings shown').to.be.greaterThan(20);
        } finally {
          warnings.restore();
        }
      });
    }
  });
});
