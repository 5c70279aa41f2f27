// Issue 20, item 5: a visitor's answers are the widget's own business. Host code (a tag manager,
// an analytics snippet, a browser extension) can read every property of the element, its
// prototypes and whatever they lead to; none of it may hold what the visitor answered or ticked.
// The state lives in `#private` fields, and events carry frozen copies of documented details.
//
// What is not counted: the shadow root and every DOM node (open shadow roots are readable by
// design, and what the widget shows is on screen; README tells clinics to keep session replay
// away from the widgets), functions (calling them is not reading), and Lit's record of the last
// render (`__childPart`, the template values it just wrote into that same DOM).
//
// Only plain values are passed to chai.
import { expect, fixture, html } from '@open-wc/testing';
import { rlsQuestionOrder } from '../../src/rls-symptom-card/rls-pattern.js';
import '../../src/rls-symptom-card/define.js';
import type { RlsSymptomCard } from '../../src/rls-symptom-card/define.js';
import { crampDurations, diarySigns } from '../../src/spasm-relief-steps/spasm-care.js';
import '../../src/spasm-relief-steps/define.js';
import type { SpasmReliefSteps } from '../../src/spasm-relief-steps/define.js';
import { twitchQuestions, twitchTriggers } from '../../src/twitch-redflag-check/twitch-rules.js';
import '../../src/twitch-redflag-check/define.js';
import type { TwitchRedflagCheck } from '../../src/twitch-redflag-check/define.js';
import { answerSelfCheck, rlsScenarios } from '../harness/rls.js';
import { answerScenario, twitchScenarios } from '../harness/twitch.js';
import { settle } from '../harness/widget.js';

/** Names that would only be there if answers were: question ids, triggers, diary values. */
const ANSWER_WORDS = new Set<string>([...twitchQuestions, ...twitchTriggers, ...rlsQuestionOrder, ...crampDurations, ...diarySigns]);

/** Lit's record of the last render: the values it wrote into the (open) shadow DOM. */
const RENDER_RECORD = new Set(['__childPart', '_$childPart']);

/**
 * Every property name of `el` and of its prototypes up to `HTMLElement.prototype`, each read from
 * `el`, and everything reachable from them: "path = value" for every primitive, "path" for every
 * key. DOM nodes, functions and Lit's render record are not followed.
 */
function reachable(el: Element): string[] {
  const found: string[] = [];
  const seen = new Set<unknown>();
  const walk = (value: unknown, path: string, depth: number): void => {
    if (value === null || value === undefined || typeof value === 'function') return;
    if (typeof value !== 'object') {
      found.push(`${path} = ${String(value)}`);
      return;
    }
    if (value instanceof Node || seen.has(value) || depth > 12) return;
    seen.add(value);
    if (value instanceof Map || value instanceof Set) {
      let index = 0;
      for (const entry of value) walk(entry, `${path}[${index++}]`, depth + 1);
      return;
    }
    for (const key of Reflect.ownKeys(value)) {
      if (RENDER_RECORD.has(String(key))) continue;
      found.push(`${path}.${String(key)}`);
      let child: unknown;
      try {
        child = (value as Record<PropertyKey, unknown>)[key];
      } catch {
        continue;
      }
      walk(child, `${path}.${String(key)}`, depth + 1);
    }
  };
  for (let owner: object | null = el; owner && owner !== HTMLElement.prototype; owner = Object.getPrototypeOf(owner)) {
    for (const key of Reflect.ownKeys(owner)) {
      if (RENDER_RECORD.has(String(key))) continue;
      found.push(String(key));
      let value: unknown;
      try {
        value = (el as unknown as Record<PropertyKey, unknown>)[key];
      } catch {
        continue;
      }
      walk(value, String(key), 0);
    }
  }
  return found;
}

/** What of `found` names an answer: a path or value that is a question id, trigger, sign or diary value. */
function answersIn(found: readonly string[]): string[] {
  return found.filter((entry) => entry.split(/[.\s=[\]]+/).some((word) => ANSWER_WORDS.has(word)));
}

describe("a widget's properties hold no answers (issue 20)", () => {
  it('<twitch-redflag-check> after a result', async () => {
    const el = await fixture<TwitchRedflagCheck>(html`<twitch-redflag-check></twitch-redflag-check>`);
    const before = new Set(reachable(el));
    await answerScenario(el, twitchScenarios.soon);
    const after = reachable(el);
    expect(el.shadowRoot?.querySelector('[part~="result"]')).not.to.equal(null);
    expect(after.filter((entry) => !before.has(entry))).to.deep.equal([]);
    expect(answersIn(after)).to.deep.equal([]);
    for (const name of ['answers', 'ticked', 'triggers', 'assessment', 'result', 'check']) {
      expect((el as unknown as Record<string, unknown>)[name], name).to.equal(undefined);
    }
  });

  it('<rls-symptom-card> after a result', async () => {
    const el = await fixture<RlsSymptomCard>(html`<rls-symptom-card sections="self-check"></rls-symptom-card>`);
    const before = new Set(reachable(el));
    await answerSelfCheck(el, rlsScenarios.partial);
    const after = reachable(el);
    expect(el.shadowRoot?.querySelector('[part~="result"]')).not.to.equal(null);
    expect(after.filter((entry) => !before.has(entry))).to.deep.equal([]);
    expect(answersIn(after)).to.deep.equal([]);
  });

  it('<spasm-relief-steps> with its diary filled in', async () => {
    const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps></spasm-relief-steps>`);
    const before = new Set(reachable(el));
    el.shadowRoot?.querySelector<HTMLButtonElement>('#diary-button')?.click();
    await settle(el);
    for (const input of el.shadowRoot?.querySelectorAll<HTMLInputElement>('[part~="diary"] input') ?? []) {
      if (input.value === 'thigh' || input.value === 'over-ten-minutes' || input.type === 'checkbox') input.click();
      await el.updateComplete;
    }
    await settle(el);
    const after = reachable(el);
    expect(el.shadowRoot?.querySelectorAll('[part~="diary"] input:checked').length).to.be.greaterThan(2);
    expect(after.filter((entry) => !before.has(entry))).to.deep.equal([]);
    expect(answersIn(after)).to.deep.equal([]);
  });
});
