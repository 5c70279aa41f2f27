// Issue 20, item 4: every event's `detail` is a deep, frozen copy. Host code that edits it (a
// tag manager "normalising" fields, a listener that deletes what it does not need) must change
// nothing in the widget: before, `lhw-twitch-result` handed out the widget's own state, so
// editing `detail.level` turned an emergency card into self-care on the next render, and deleting
// `detail.reasons` broke every later render.
//
// Only plain values are passed to chai.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/rls-symptom-card/define.js';
import type { RlsSymptomCard } from '../../src/rls-symptom-card/define.js';
import { rlsTexts } from '../../src/rls-symptom-card/rls-symptom-card.js';
import '../../src/spasm-relief-steps/define.js';
import type { SpasmReliefSteps } from '../../src/spasm-relief-steps/define.js';
import '../../src/twitch-redflag-check/define.js';
import type { TwitchRedflagCheck } from '../../src/twitch-redflag-check/define.js';
import { answerSelfCheck, rlsScenarios } from '../harness/rls.js';
import { eased, nextStep } from '../harness/spasm.js';
import { answerScenario, twitchResult, twitchScenarios } from '../harness/twitch.js';
import { settle } from '../harness/widget.js';
import { notFrozen } from '../helpers/frozen-check.js';
import { textOf } from '../helpers/shadow.js';

/** Records every `type` event on `el`, running `edit` on its detail as a host page's listener would. */
function listen(el: Element, type: string, edit: (detail: Record<string, unknown>) => void = () => {}) {
  const seen: { unfrozen: string[]; edits: string[] }[] = [];
  el.addEventListener(type, (event) => {
    const detail = (event as CustomEvent<Record<string, unknown>>).detail;
    const unfrozen = notFrozen(detail, 'detail');
    const edits: string[] = [];
    try {
      edit(detail);
    } catch (error) {
      edits.push(String(error));
    }
    seen.push({ unfrozen, edits });
  });
  return seen;
}

describe('event details are frozen copies (issue 20)', () => {
  it('lhw-twitch-result: editing detail.level does not turn an emergency card into self-care', async () => {
    const el = await fixture<TwitchRedflagCheck>(html`<twitch-redflag-check></twitch-redflag-check>`);
    const seen = listen(el, 'lhw-twitch-result', (detail) => {
      Reflect.set(detail, 'level', 'self-care');
      Reflect.set(detail.reasons as string[], 0, 'no-warning-signs');
    });
    await answerScenario(el, twitchScenarios.emergency);
    const before = twitchResult(el);
    el.requestUpdate();
    await settle(el);
    const after = twitchResult(el);
    expect(before.level).to.equal('emergency');
    expect(after).to.deep.equal(before);
    expect(seen.map((event) => event.unfrozen)).to.deep.equal([[]]);
  });

  it('lhw-twitch-result: deleting detail.reasons breaks no later render', async () => {
    const el = await fixture<TwitchRedflagCheck>(html`<twitch-redflag-check></twitch-redflag-check>`);
    listen(el, 'lhw-twitch-result', (detail) => Reflect.deleteProperty(detail, 'reasons'));
    await answerScenario(el, twitchScenarios.soon);
    const before = twitchResult(el);
    el.requestUpdate();
    const rendered = await el.updateComplete.then(
      () => 'rendered',
      (error: unknown) => String(error),
    );
    await settle(el).catch(() => undefined);
    const after = el.shadowRoot?.querySelector('[part~="result"]') ? twitchResult(el) : null;
    expect(before.reasons.length).to.be.greaterThan(0);
    expect(rendered).to.equal('rendered');
    expect(after).to.deep.equal(before);
  });

  it('lhw-rls-result: editing detail.seeClinician does not change the advice shown', async () => {
    const el = await fixture<RlsSymptomCard>(html`<rls-symptom-card sections="self-check"></rls-symptom-card>`);
    const seen = listen(el, 'lhw-rls-result', (detail) => {
      Reflect.set(detail, 'seeClinician', false);
      Reflect.set(detail, 'pattern', 'unlikely');
    });
    await answerSelfCheck(el, rlsScenarios.matches);
    el.requestUpdate();
    await settle(el);
    const shown = textOf(el.shadowRoot?.querySelector('[part~="result"]'));
    const text = rlsTexts.in('en').selfCheck;
    expect(shown).to.include(text.seeClinician);
    expect(shown).to.include(text.results.matches.heading);
    expect(seen.map((event) => event.unfrozen)).to.deep.equal([[]]);
  });

  it('lhw-step-change and lhw-steps-complete carry frozen details', async () => {
    const el = await fixture<SpasmReliefSteps>(html`<spasm-relief-steps mode="guided"></spasm-relief-steps>`);
    const changes = listen(el, 'lhw-step-change');
    const completes = listen(el, 'lhw-steps-complete');
    await nextStep(el);
    await eased(el);
    expect(changes.map((event) => event.unfrozen)).to.deep.equal([[]]);
    expect(completes.map((event) => event.unfrozen)).to.deep.equal([[]]);
  });

  it('lhw-summary carries a frozen detail', async () => {
    const el = await fixture<TwitchRedflagCheck>(html`<twitch-redflag-check></twitch-redflag-check>`);
    const seen = listen(el, 'lhw-summary');
    await answerScenario(el, twitchScenarios.soon);
    el.shadowRoot?.querySelector<HTMLButtonElement>('#summary-show')?.click();
    await settle(el);
    el.shadowRoot?.querySelector<HTMLDialogElement>('dialog.summary-view')?.close();
    await settle(el);
    expect(seen.map((event) => event.unfrozen)).to.deep.equal([[]]);
  });
});
