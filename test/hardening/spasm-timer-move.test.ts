// Issue 20, item 11: a page (or a framework) that moves the cramp steps by removing them and
// inserting them again a few microtasks later (an `await` between the two, or queueMicrotask)
// moves them: the heat-or-ice timer keeps running. Out of the page until a later task, they were
// removed: the timer stops then, and no interval is left behind at any point.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { packs } from '../../src/lang/built-in.js';
import '../../src/spasm-relief-steps/define.js';
import type { SpasmReliefSteps } from '../../src/spasm-relief-steps/define.js';
import { HEAT_ICE_MINUTES } from '../../src/spasm-relief-steps/spasm-care.js';
import { timerTimeLeft, toggleTimer } from '../harness/spasm.js';
import { settle } from '../harness/widget.js';
import { q, textOf } from '../helpers/shadow.js';
import { installFakeClock, type FakeClock } from '../helpers/spasm-clock.js';

const { timer } = packs.en.spasm;
const MINUTE = 60_000;

/** "14:59 left" once `elapsedMs` of the timer's time have gone. */
function leftAfter(elapsedMs: number): string {
  const seconds = Math.ceil((HEAT_ICE_MINUTES * MINUTE - elapsedMs) / 1000);
  return timer.timeLeft({ clock: `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}` });
}

/** The timer as a visitor sees it, and how many intervals run. */
function timerState(el: SpasmReliefSteps, clock: FakeClock): string {
  return `${timerTimeLeft(el)}, ${textOf(q(el, '.timer-toggle'))}, ${clock.countTimers()} interval(s)`;
}

/** Ways a page splits a move: the widget is out of the page between the two. */
const splits: Record<string, () => Promise<void>> = {
  'await Promise.resolve()': () => Promise.resolve(),
  'queueMicrotask': () => new Promise<void>((resolve) => queueMicrotask(resolve)),
  'three awaits': async () => {
    await Promise.resolve();
    await Promise.resolve();
    await Promise.resolve();
  },
};

describe('the heat-or-ice timer when the page moves the widget (issue 20, item 11)', () => {
  let clock: FakeClock;

  beforeEach(() => {
    clock = installFakeClock();
  });

  afterEach(() => {
    // Remove the widgets while the fake clock is installed: the countdown clears its fake interval.
    fixtureCleanup();
    clock.restore();
  });

  /** A running timer, 1 s in, in the first of two containers. */
  async function running(): Promise<{ el: SpasmReliefSteps; from: HTMLElement; to: HTMLElement }> {
    const page = await fixture<HTMLDivElement>(
      html`<div><div id="from"><spasm-relief-steps mode="guided" steps="heat-ice"></spasm-relief-steps></div><div id="to"></div></div>`,
    );
    const el = page.querySelector('spasm-relief-steps') as SpasmReliefSteps;
    await settle(el);
    await toggleTimer(el);
    clock.tick(1000);
    await el.updateComplete;
    expect(timerState(el, clock), 'running before the move').to.equal(`${leftAfter(1000)}, ${timer.pause}, 1 interval(s)`);
    return { el, from: page.querySelector('#from') as HTMLElement, to: page.querySelector('#to') as HTMLElement };
  }

  for (const [split, between] of Object.entries(splits)) {
    it(`keeps running through a move split by ${split}`, async () => {
      const { el, to } = await running();
      el.remove();
      expect(clock.countTimers(), 'no interval while it is out of the page').to.equal(0);
      await between();
      to.append(el);
      await settle(el);
      expect(timerState(el, clock), 'after the move').to.equal(`${leftAfter(1000)}, ${timer.pause}, 1 interval(s)`);
      clock.tick(2000);
      await el.updateComplete;
      expect(timerState(el, clock), 'and it goes on counting').to.equal(`${leftAfter(3000)}, ${timer.pause}, 1 interval(s)`);
    });
  }

  it('stops when the widget is out of the page until a later task: removed, not moved', async () => {
    const { el, to } = await running();
    el.remove();
    expect(clock.countTimers(), 'no interval once removed').to.equal(0);
    await new Promise((resolve) => setTimeout(resolve));
    clock.tick(5 * MINUTE);
    to.append(el);
    await settle(el);
    expect(timerState(el, clock), 'paused where it was removed').to.equal(`${leftAfter(1000)}, ${timer.resume}, 0 interval(s)`);
  });

  it('a move back and forth within one task, twice, still leaves one interval', async () => {
    const { el, from, to } = await running();
    el.remove();
    await Promise.resolve();
    to.append(el);
    from.append(el);
    await Promise.resolve();
    el.remove();
    await Promise.resolve();
    to.append(el);
    await settle(el);
    expect(timerState(el, clock)).to.equal(`${leftAfter(1000)}, ${timer.pause}, 1 interval(s)`);
  });
});
