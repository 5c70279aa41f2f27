import sinon from 'sinon';

/** The fake clock the countdown tests drive: sinon's, with only what the countdown uses faked. */
export type FakeClock = sinon.SinonFakeTimers;

/**
 * Replaces `setInterval`, `clearInterval` and `Date` (nothing else: Lit's updates, Mocha's
 * timeouts, animation frames and the test runner's own `setTimeout`s keep running for real) with
 * sinon's fake clock, set to the real time now. Time then moves only with `clock.tick(ms)` or
 * `clock.setSystemTime(ms)`. Call `clock.restore()` after the test.
 */
export function installFakeClock(): FakeClock {
  return sinon.useFakeTimers({ now: Date.now(), toFake: ['setInterval', 'clearInterval', 'Date'] });
}
