import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A countdown for an element: start, pause, reset, and the time left. It reads the clock on every
 * tick instead of counting ticks, so a throttled background tab still ends on time. It stops
 * when its element leaves the page, so no timer outlives the widget, and keeps going when the
 * page only moves the element.
 */
export class CountdownController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #left: number;
  #endsAt: number | undefined;
  #interval: ReturnType<typeof setInterval> | undefined;
  /** Set while a running countdown's element is out of the page, until the end of the task. */
  #resumeAfterMove = false;

  constructor(
    host: ReactiveControllerHost,
    readonly durationMs: number,
  ) {
    this.#host = host;
    this.#left = durationMs;
    host.addController(this);
  }

  get remainingMs(): number {
    return this.#endsAt === undefined ? this.#left : Math.max(0, this.#endsAt - Date.now());
  }

  get running(): boolean {
    return this.#interval !== undefined;
  }

  get ended(): boolean {
    return this.remainingMs === 0;
  }

  /** Whether it has been started since the last reset. */
  get started(): boolean {
    return this.running || this.#left < this.durationMs;
  }

  start(): void {
    if (this.running || this.ended) return;
    this.#endsAt = Date.now() + this.#left;
    this.#interval = setInterval(() => this.#tick(), 1000);
    this.#host.requestUpdate();
  }

  pause(): void {
    if (!this.running) return;
    this.#left = this.remainingMs;
    this.#stop();
    this.#host.requestUpdate();
  }

  reset(): void {
    this.#stop();
    this.#left = this.durationMs;
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    if (!this.#resumeAfterMove) return;
    this.#resumeAfterMove = false;
    this.start();
  }

  hostDisconnected(): void {
    if (!this.running) return;
    this.pause();
    // Moving an element disconnects and reconnects it: at once, or a few microtasks apart when
    // the page awaits between removing and inserting. Back within this task, it keeps counting;
    // removed for good, it stays paused once the task is over. (No interval runs meanwhile.)
    this.#resumeAfterMove = true;
    setTimeout(() => (this.#resumeAfterMove = false));
  }

  #tick(): void {
    if (this.ended) {
      this.#left = 0;
      this.#stop();
    }
    this.#host.requestUpdate();
  }

  #stop(): void {
    clearInterval(this.#interval);
    this.#interval = undefined;
    this.#endsAt = undefined;
  }
}

/** Minutes and seconds as a clock, "14:05", with digits in the widget's language. */
export function formatClock(ms: number, language: string): string {
  const totalSeconds = Math.ceil(ms / 1000);
  const twoDigits = new Intl.NumberFormat(language, { minimumIntegerDigits: 2 });
  return `${new Intl.NumberFormat(language).format(Math.floor(totalSeconds / 60))}:${twoDigits.format(totalSeconds % 60)}`;
}
