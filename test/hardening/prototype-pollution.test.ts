// Issue 20, item 1: a host page with a prototype-pollution bug (`Object.prototype.x = ...`, as a
// careless deep merge of `{"__proto__": {...}}` does) must not change what the widgets show or
// decide. The widgets read their content, rule tables and the visitor's answers through own
// properties only (frozen, null-prototype data), and every link they draw goes through the same
// check as `booking-url`.
//
// Each test pollutes `Object.prototype` the way such a bug does (a plain, enumerable assignment)
// only while the widget renders, and removes the keys again, whatever happens, before any
// assertion: chai itself walks objects with `for...in`. Lit's own property options are polluted
// before the widgets are defined, in a page of their own: test/hardening/lit-options.test.ts.
//
// Only plain values (strings, booleans, arrays, plain objects) are passed to chai.
import { expect, fixture, html } from '@open-wc/testing';
import { packs } from '../../src/lang/built-in.js';
import {
  assessRlsPattern,
  completeRlsAnswers,
  rlsCriteria,
  rlsFrequencies,
  rlsQuestionOrder,
  rlsRules,
} from '../../src/rls-symptom-card/rls-pattern.js';
import { rlsCompactSectionIds, rlsSectionIds } from '../../src/rls-symptom-card/rls-content.js';
import '../../src/rls-symptom-card/define.js';
import { rlsTexts } from '../../src/rls-symptom-card/rls-symptom-card.js';
import type { RlsSymptomCard } from '../../src/rls-symptom-card/define.js';
import { sources } from '../../src/shared/sources.js';
import { spasmHelpLevels, spasmHelpSigns, spasmMuscles, spasmStepIds, crampDurations, diarySigns, diaryLevel } from '../../src/spasm-relief-steps/spasm-care.js';
import { spasmTexts } from '../../src/spasm-relief-steps/spasm-relief-steps.js';
import '../../src/spasm-relief-steps/define.js';
import type { SpasmReliefSteps } from '../../src/spasm-relief-steps/define.js';
import { twitchTexts } from '../../src/twitch-redflag-check/twitch-redflag-check.js';
import {
  assessTwitching,
  emergencySigns,
  followUps,
  isAsked,
  resultAfter,
  screenQuestions,
  stepQuestions,
  twitchQuestions,
  twitchRules,
  twitchScreens,
  twitchSteps,
  twitchTriggers,
  withSkippedFollowUps,
  type TwitchAnswers,
} from '../../src/twitch-redflag-check/twitch-rules.js';
import '../../src/twitch-redflag-check/define.js';
import type { TwitchRedflagCheck } from '../../src/twitch-redflag-check/define.js';
import { openSelfCheck, rlsFormScenarios, rlsScenarios, submitSelfCheck } from '../harness/rls.js';
import { allNo, next, tickSign, twitchScreen } from '../harness/twitch.js';
import { settle } from '../harness/widget.js';
import { notFrozen } from '../helpers/frozen-check.js';
import { qa, textOf } from '../helpers/shadow.js';

/**
 * Sets `keys` on `Object.prototype` as a polluting merge does (enumerable), runs `during`, then
 * deletes them, also when `during` throws.
 */
async function whilePolluted<T>(keys: Readonly<Record<string, unknown>>, during: () => Promise<T> | T): Promise<T> {
  const prototype = Object.prototype as Record<string, unknown>;
  const names = Object.keys(keys);
  for (const name of names) prototype[name] = keys[name];
  try {
    return await during();
  } finally {
    for (const name of names) delete prototype[name];
  }
}

/** `record` without `key`. */
function without<T extends object>(record: T, key: keyof T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([name]) => name !== key)) as Partial<T>;
}

const SCRIPT_URL = 'javascript:alert(document.domain)';

/** Every `href` in a widget's shadow root. */
function hrefs(el: Element): string[] {
  return qa<HTMLAnchorElement>(el, 'a[href]').map((link) => link.getAttribute('href') ?? '');
}

/** The checked radio buttons of a widget, as "name=value". */
function checkedRadios(el: Element): string[] {
  return qa<HTMLInputElement>(el, 'input[type="radio"]')
    .filter((radio) => radio.checked)
    .map((radio) => `${radio.name}=${radio.value}`);
}

/** The elements of a widget whose own text says "INJECTED", by tag name. */
function injected(el: Element): string[] {
  return qa(el, '*')
    .filter((node) => [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent?.includes('INJECTED')))
    .map((node) => `${node.localName}.${node.className} in ${node.parentElement?.localName}.${node.parentElement?.className} after ${textOf(node.previousElementSibling).slice(0, 60)}`);
}

/** Paths under `value` of plain objects that still inherit from `Object.prototype`. */
function inheriting(value: unknown, path: string, out: string[] = [], seen = new Set<unknown>()): string[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return out;
  seen.add(value);
  if (Object.getPrototypeOf(value) === Object.prototype) out.push(path);
  for (const key of Object.keys(value)) inheriting((value as Record<string, unknown>)[key], `${path}.${key}`, out, seen);
  return out;
}

describe('prototype pollution on the host page (issue 20)', () => {
  describe('links', () => {
    it('a source without its own address is never a link, and a polluted address or translation is never used', async () => {
      const el = await fixture<TwitchRedflagCheck>(html`<twitch-redflag-check></twitch-redflag-check>`);
      const shown = await whilePolluted(
        { url: SCRIPT_URL, translations: { en: { title: 'Injected', url: SCRIPT_URL } } },
        async () => {
          el.shadowRoot?.querySelector<HTMLButtonElement>('#sources-button')?.click();
          el.requestUpdate();
          await settle(el);
          return { hrefs: hrefs(el), text: textOf(el.shadowRoot?.querySelector('#sources-panel')) };
        },
      );
      const cited = [...new Set([...packs.en.twitch.about.sources, ...packs.en.twitch.check.sources])];
      const withAddress = cited.filter((id) => Object.hasOwn(sources[id], 'url')).map((id) => new URL((sources[id] as { url: string }).url).href);
      expect(shown.hrefs.filter((href) => !href.startsWith('tel:'))).to.deep.equal(withAddress);
      expect(shown.hrefs.filter((href) => /^\s*javascript:/i.test(href))).to.deep.equal([]);
      expect(shown.text).not.to.include('Injected');
    });
  });

  describe('rules', () => {
    it('a polluted `pattern` skips no rule: a match with poor sleep still says to see a clinician', async () => {
      const expected = assessRlsPattern(rlsScenarios.matches);
      const polluted = await whilePolluted({ pattern: 'matches' }, () => assessRlsPattern(rlsScenarios.matches));
      expect(expected.seeClinician).to.equal(true);
      expect({ ...polluted, reasons: [...polluted.reasons] }).to.deep.equal({ ...expected, reasons: [...expected.reasons] });
    });

    it('the card says so too: a polluted `pattern` does not turn "see a clinician" into "no visit needed"', async () => {
      const el = await fixture<RlsSymptomCard>(html`<rls-symptom-card sections="self-check"></rls-symptom-card>`);
      const answers = rlsFormScenarios.matches;
      const shown = await whilePolluted({ pattern: 'matches' }, async () => {
        await openSelfCheck(el);
        for (const key of rlsQuestionOrder) {
          if (!Object.hasOwn(answers, key)) continue;
          await el.updateComplete;
          el.shadowRoot?.querySelector<HTMLInputElement>(`input[name="${key}"][value="${answers[key]}"]`)?.click();
        }
        await submitSelfCheck(el);
        return textOf(el.shadowRoot?.querySelector('[part~="result"]'));
      });
      const text = rlsTexts.in('en').selfCheck;
      expect(shown).to.include(text.seeClinician);
      expect(shown).not.to.include(text.noVisitNeeded);
    });

    it('a polluted answer is no answer to the twitching rules: an unanswered sign still counts as "yes"', async () => {
      const rest = without(allNo, 'weakness');
      const answers: TwitchAnswers = { ...Object.fromEntries(emergencySigns.map((sign) => [sign, 'no'])), ...rest };
      const expected = assessTwitching(answers);
      const polluted = await whilePolluted({ weakness: 'no' }, () => ({
        assessed: assessTwitching(answers),
        skipped: Object.hasOwn(withSkippedFollowUps({}), 'weaknessWorsening'),
        result: resultAfter('causes', answers),
      }));
      const asked = await whilePolluted({ weakness: 'unsure' }, () => isAsked('weaknessWorsening', {}));
      expect(expected.reasons).to.include('weakness');
      expect(polluted.assessed.level).to.equal(expected.level);
      expect([...polluted.assessed.reasons]).to.deep.equal([...expected.reasons]);
      expect(asked).to.equal(false);
      expect(polluted.skipped).to.equal(false);
      expect(polluted.result?.level).to.equal(expected.level);
    });

    it('a polluted answer is no answer to the restless-legs form', async () => {
      const rest = without(rlsFormScenarios.matches, 'urgeToMove');
      const complete = await whilePolluted({ urgeToMove: 'yes', takesRlsMedicine: 'yes' }, () => completeRlsAnswers(rest) ?? null);
      expect(complete).to.equal(null);
    });

    it('the cramp diary reads only what the visitor noted', async () => {
      const level = await whilePolluted({ duration: 'over-ten-minutes' }, () => diaryLevel({ signs: [] }));
      expect(level).to.equal('self-care');
    });
  });

  describe('answers', () => {
    it('the restless-legs form ticks nothing the visitor did not tick, and still asks for an unanswered question', async () => {
      const el = await fixture<RlsSymptomCard>(html`<rls-symptom-card sections="self-check"></rls-symptom-card>`);
      const answers = rlsFormScenarios.matches;
      const seen = await whilePolluted({ urgeToMove: 'no', frequency: 'less-often' }, async () => {
        await openSelfCheck(el);
        el.requestUpdate();
        await el.updateComplete;
        const ticked = checkedRadios(el);
        for (const key of rlsQuestionOrder) {
          if (key === 'urgeToMove' || key === 'frequency' || !Object.hasOwn(answers, key)) continue;
          await el.updateComplete;
          el.shadowRoot?.querySelector<HTMLInputElement>(`input[name="${key}"][value="${answers[key]}"]`)?.click();
        }
        await submitSelfCheck(el);
        return {
          ticked,
          result: el.shadowRoot?.querySelector('[part~="result"]') !== null,
          problem: textOf(el.shadowRoot?.querySelector('#unanswered')),
        };
      });
      expect(seen.ticked).to.deep.equal([]);
      expect(seen.result).to.equal(false);
      expect(seen.problem).to.equal(rlsTexts.in('en').selfCheck.unanswered({ count: 2 }));
    });

    it('the twitching check ticks nothing the visitor did not tick', async () => {
      const el = await fixture<TwitchRedflagCheck>(html`<twitch-redflag-check></twitch-redflag-check>`);
      tickSign(el, 'none');
      await next(el);
      const seen = await whilePolluted({ weakness: 'no', legSwollenWarmRed: 'no' }, async () => {
        el.requestUpdate();
        await el.updateComplete;
        return { screen: twitchScreen(el), ticked: checkedRadios(el) };
      });
      expect(seen.screen).to.equal('muscles');
      expect(seen.ticked).to.deep.equal([]);
    });

    it('the cramp diary ticks nothing the visitor did not tick', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps></spasm-relief-steps>`);
      el.shadowRoot?.querySelector<HTMLButtonElement>('#diary-button')?.click();
      await el.updateComplete;
      const ticked = await whilePolluted({ muscle: 'calf', duration: 'over-ten-minutes' }, async () => {
        el.requestUpdate();
        await el.updateComplete;
        return checkedRadios(el);
      });
      expect(ticked).to.deep.equal([]);
    });
  });

  describe('content', () => {
    it('polluted optional fields of the texts (hint, paragraph, citation) never show', async () => {
      const twitch = await fixture<TwitchRedflagCheck>(html`<twitch-redflag-check></twitch-redflag-check>`);
      tickSign(twitch, 'none');
      await next(twitch);
      const shown = await whilePolluted({ hint: 'INJECTED', paragraph: 'INJECTED', citation: 'INJECTED' }, async () => {
        const rls = await fixture<RlsSymptomCard>(html`<rls-symptom-card></rls-symptom-card>`);
        const spasm = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps></spasm-relief-steps>`);
        twitch.requestUpdate();
        await settle(twitch, rls, spasm);
        return {
          twitch: injected(twitch),
          rls: injected(rls),
          spasm: injected(spasm),
          lists: qa(rls, 'ul').length + qa(spasm, 'ul').length,
        };
      });
      expect(shown.twitch).to.deep.equal([]);
      expect(shown.rls).to.deep.equal([]);
      expect(shown.spasm).to.deep.equal([]);
      expect(shown.lists).to.be.greaterThan(2);
    });

    it("the cramp diary's questions show no polluted hint", async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps></spasm-relief-steps>`);
      const found = await whilePolluted({ hint: 'INJECTED' }, async () => {
        el.requestUpdate();
        await el.updateComplete;
        return injected(el);
      });
      expect(found).to.deep.equal([]);
    });

    it('a care card keeps its heading level and id', async () => {
      const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps></spasm-relief-steps>`);
      const headings = () => qa(el, '[part~="care-card"] .care-heading > *').map((heading) => `${heading.localName}#${heading.id}`);
      const before = headings();
      const after = await whilePolluted({ headingRole: 'title', headingOptions: { id: 'title' } }, async () => {
        el.requestUpdate();
        await el.updateComplete;
        return headings();
      });
      expect(before.length).to.equal(2);
      expect(after).to.deep.equal(before);
    });
  });

  describe('frozen, own-property data', () => {
    const tables: Record<string, unknown> = {
      sources,
      twitchRules,
      emergencySigns,
      stepQuestions,
      screenQuestions,
      twitchQuestions,
      twitchScreens,
      twitchSteps,
      twitchTriggers,
      followUps,
      rlsRules,
      rlsCriteria,
      rlsFrequencies,
      rlsQuestionOrder,
      rlsSectionIds,
      rlsCompactSectionIds,
      spasmStepIds,
      spasmMuscles,
      spasmHelpLevels,
      spasmHelpSigns,
      crampDurations,
      diarySigns,
    };

    it('every rule table and the source list are deeply frozen, with no inherited fields', () => {
      const open = Object.entries(tables).flatMap(([name, table]) => notFrozen(table, name));
      const inherit = Object.entries(tables).flatMap(([name, table]) => inheriting(table, name));
      expect(open).to.deep.equal([]);
      expect(inherit).to.deep.equal([]);
    });

    it('every content pack is deeply frozen, with no inherited fields', () => {
      const texts = {
        packs,
        twitch: twitchTexts.in('en'),
        twitchEs: twitchTexts.in('es'),
        spasm: spasmTexts.in('en'),
        rls: rlsTexts.in('en'),
      };
      const open = Object.entries(texts).flatMap(([name, text]) => notFrozen(text, name));
      const inherit = Object.entries(texts).flatMap(([name, text]) => inheriting(text, name));
      expect(open.slice(0, 10)).to.deep.equal([]);
      expect(inherit.slice(0, 10)).to.deep.equal([]);
    });
  });
});
