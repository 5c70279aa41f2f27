// Unit tests for the heat-or-ice timer's logic (CountdownController) and its clock text
// (formatClock), without an element: a tiny fake host counts the updates the controller asks
// for, and sinon's fake clock stands in for setInterval, clearInterval and Date.
import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CountdownController, formatClock } from '../../src/spasm-relief-steps/countdown.js';
import { installFakeClock, type FakeClock } from '../helpers/spasm-clock.js';

const MINUTE = 60_000;
const DURATION = 15 * MINUTE;

/** The smallest host a controller accepts: it records controllers and counts update requests. */
interface FakeHost extends ReactiveControllerHost {
  readonly controllers: ReactiveController[];
  updates: number;
}

function fakeHost(): FakeHost {
  const host: FakeHost = {
    controllers: [],
    updates: 0,
    addController(controller) {
      host.controllers.push(controller);
    },
    removeController() {},
    requestUpdate() {
      host.updates += 1;
    },
    updateComplete: Promise.resolve(true),
  };
  return host;
}

/** The controller's state as plain values, for one comparison. */
function stateOf(countdown: CountdownController): { remainingMs: number; running: boolean; started: boolean; ended: boolean } {
  const { remainingMs, running, started, ended } = countdown;
  return { remainingMs, running, started, ended };
}

describe('CountdownController', () => {
  let clock: FakeClock;
  let host: FakeHost;
  let countdown: CountdownController;

  beforeEach(() => {
    clock = installFakeClock();
    host = fakeHost();
    countdown = new CountdownController(host, DURATION);
  });

  afterEach(() => {
    countdown.reset(); // no interval outlives a test, even a failing one
    clock.restore();
  });

  it('registers itself with its host and starts full, stopped and not started', () => {
    expect(host.controllers.length).to.equal(1);
    expect(host.controllers[0] === countdown, 'the registered controller is the countdown').to.equal(true);
    expect(countdown.durationMs).to.equal(DURATION);
    expect(stateOf(countdown)).to.deep.equal({ remainingMs: DURATION, running: false, started: false, ended: false });
    expect(host.updates).to.equal(0);
    expect(clock.countTimers()).to.equal(0);
  });

  it('start() runs one interval, asks for an update and counts down on each tick', () => {
    countdown.start();
    expect(stateOf(countdown)).to.deep.equal({ remainingMs: DURATION, running: true, started: true, ended: false });
    expect(host.updates).to.equal(1);
    expect(clock.countTimers()).to.equal(1);

    clock.tick(1000);
    expect(countdown.remainingMs).to.equal(DURATION - 1000);
    expect(host.updates, 'each tick asks for an update').to.equal(2);

    clock.tick(59_000);
    expect(countdown.remainingMs).to.equal(DURATION - MINUTE);
    expect(host.updates).to.equal(61);
  });

  it('start() while running changes nothing', () => {
    countdown.start();
    clock.tick(3000);
    countdown.start();
    expect(clock.countTimers(), 'still one interval').to.equal(1);
    expect(host.updates).to.equal(4);
    expect(countdown.remainingMs).to.equal(DURATION - 3000);
  });

  it('pause() stops the interval and freezes the time left; start() resumes from there', () => {
    countdown.start();
    clock.tick(5000);
    const updates = host.updates;
    countdown.pause();
    expect(stateOf(countdown)).to.deep.equal({ remainingMs: DURATION - 5000, running: false, started: true, ended: false });
    expect(host.updates).to.equal(updates + 1);
    expect(clock.countTimers()).to.equal(0);

    clock.tick(10 * MINUTE);
    expect(countdown.remainingMs, 'time does not pass while paused').to.equal(DURATION - 5000);
    countdown.pause();
    expect(host.updates, 'pause() when paused asks for nothing').to.equal(updates + 1);

    countdown.start();
    expect(countdown.running).to.equal(true);
    clock.tick(2000);
    expect(countdown.remainingMs).to.equal(DURATION - 7000);
  });

  it('reset() stops it and fills it again, whether running or paused', () => {
    countdown.start();
    clock.tick(4000);
    countdown.reset();
    expect(stateOf(countdown)).to.deep.equal({ remainingMs: DURATION, running: false, started: false, ended: false });
    expect(clock.countTimers()).to.equal(0);

    countdown.start();
    clock.tick(4000);
    countdown.pause();
    const updates = host.updates;
    countdown.reset();
    expect(stateOf(countdown)).to.deep.equal({ remainingMs: DURATION, running: false, started: false, ended: false });
    expect(host.updates).to.equal(updates + 1);
  });

  it('ends at zero: it stops itself, stays at zero and cannot start again until reset', () => {
    countdown.start();
    clock.tick(DURATION - 1000);
    expect(stateOf(countdown)).to.deep.equal({ remainingMs: 1000, running: true, started: true, ended: false });
    clock.tick(1000);
    expect(stateOf(countdown)).to.deep.equal({ remainingMs: 0, running: false, started: true, ended: true });
    expect(clock.countTimers(), 'the interval is cleared at the end').to.equal(0);

    const updates = host.updates;
    countdown.start();
    expect(clock.countTimers(), 'start() after the end does nothing').to.equal(0);
    expect(host.updates).to.equal(updates);
    clock.tick(MINUTE);
    expect(countdown.remainingMs).to.equal(0);

    countdown.reset();
    expect(stateOf(countdown)).to.deep.equal({ remainingMs: DURATION, running: false, started: false, ended: false });
    countdown.start();
    expect(countdown.running).to.equal(true);
  });

  it('reads the clock, not the ticks: a 10-minute jump of Date shows at the next tick', () => {
    countdown.start();
    clock.tick(1000);
    const updates = host.updates;
    // A background tab may get no ticks for minutes; the wall clock still moves on.
    clock.setSystemTime(Date.now() + 10 * MINUTE);
    expect(host.updates, 'setting the clock runs no tick').to.equal(updates);
    clock.tick(1000);
    expect(countdown.remainingMs).to.equal(DURATION - 10 * MINUTE - 2000);
    expect(host.updates).to.equal(updates + 1);
  });

  it('never goes below zero, even when the clock jumps past the end', () => {
    countdown.start();
    clock.setSystemTime(Date.now() + 20 * MINUTE);
    expect(countdown.remainingMs).to.equal(0);
    expect(countdown.ended).to.equal(true);
    clock.tick(1000);
    expect(stateOf(countdown)).to.deep.equal({ remainingMs: 0, running: false, started: true, ended: true });
    expect(clock.countTimers()).to.equal(0);
  });

  it('pauses when its host leaves the page, leaving no interval behind', () => {
    countdown.start();
    clock.tick(3000);
    countdown.hostDisconnected();
    expect(stateOf(countdown)).to.deep.equal({ remainingMs: DURATION - 3000, running: false, started: true, ended: false });
    expect(clock.countTimers()).to.equal(0);
    clock.tick(MINUTE);
    expect(countdown.remainingMs).to.equal(DURATION - 3000);
  });
});

describe('formatClock', () => {
  const cases: [number, string][] = [
    [61_000, '1:01'],
    [59_001, '1:00'], // a started second still counts: the clock rounds up
    [0, '0:00'],
    [1, '0:01'],
    [900_000, '15:00'],
    [899_000, '14:59'],
    [600_000, '10:00'],
  ];
  for (const [ms, expected] of cases) {
    it(`formatClock(${ms}, 'en') is '${expected}'`, () => {
      expect(formatClock(ms, 'en')).to.equal(expected);
    });
  }
});
