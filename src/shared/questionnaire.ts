import type { ReactiveControllerHost } from 'lit';
import { own } from './frozen.js';

/** What the current screen still needs when the visitor tries to go on: how many answers, and the how-manyth try. */
export interface Problem {
  /** How many questions are unanswered (0: nothing is chosen on a screen of checkboxes). */
  readonly unanswered: number;
  /** Counts tries, so a repeated message is a new node that screen readers announce again. */
  readonly attempt: number;
}

/**
 * The state of a check that asks questions, screen by screen, up to a result: the screen shown,
 * the answers given, what the current screen still needs, and the result (which, once there,
 * takes the place of the screens). It lives only in memory
 * and re-renders its host on every change. Answers are objects without a prototype (`own`): a
 * question never answered has no answer, whatever a polluted `Object.prototype` says. The rules
 * of each check decide which screens come and what the answers mean; the element renders them
 * and moves focus. (It needs none of Lit's lifecycle hooks, so it drives its host without
 * registering with it.)
 */
export class QuestionnaireController<Key extends string, Value extends string, Screen extends string, Result> {
  readonly #host: ReactiveControllerHost;
  readonly #firstScreen: Screen;
  #screen: Screen;
  #answers: Partial<Record<Key, Value>> = own();
  #problem: Problem | undefined;
  #result: Result | undefined;
  #resultAnswers: Partial<Record<Key, Value>> = own();

  constructor(host: ReactiveControllerHost, firstScreen: Screen) {
    this.#host = host;
    this.#firstScreen = firstScreen;
    this.#screen = firstScreen;
  }

  get screen(): Screen {
    return this.#screen;
  }

  get answers(): Readonly<Partial<Record<Key, Value>>> {
    return this.#answers;
  }

  get problem(): Problem | undefined {
    return this.#problem;
  }

  get result(): Result | undefined {
    return this.#result;
  }

  /**
   * The answers as they were when the result was given: what the result was made from, for its
   * summary, even if the visitor changes an answer on a form that stays on show under it.
   */
  get resultAnswers(): Readonly<Partial<Record<Key, Value>>> {
    return this.#resultAnswers;
  }

  answer(key: Key, value: Value): void {
    this.#answers = own(this.#answers, { [key]: value } as Partial<Record<Key, Value>>);
    this.#host.requestUpdate();
  }

  answerAll(answers: Partial<Record<Key, Value>>): void {
    this.#answers = own(this.#answers, answers);
    this.#host.requestUpdate();
  }

  /** The questions of `keys` not answered yet, in order. */
  unanswered(keys: readonly Key[]): Key[] {
    return keys.filter((key) => this.#answers[key] === undefined);
  }

  /** Whether `key` is flagged as unanswered: a problem is shown and it has no answer. */
  isMissing(key: Key): boolean {
    return this.#problem !== undefined && this.#answers[key] === undefined;
  }

  /** Shows that the current screen still needs `unanswered` answers (0: a choice). */
  flag(unanswered: number): void {
    this.#problem = { unanswered, attempt: (this.#problem?.attempt ?? 0) + 1 };
    this.#result = undefined;
    this.#host.requestUpdate();
  }

  goTo(screen: Screen): void {
    this.#problem = undefined;
    this.#screen = screen;
    this.#host.requestUpdate();
  }

  /** Shows `result`, which takes the place of the screens until `startAgain()`. */
  finish(result: Result): void {
    this.#problem = undefined;
    this.#result = result;
    this.#resultAnswers = this.#answers;
    this.#host.requestUpdate();
  }

  /** Forgets every answer and the result, back to the first screen. */
  startAgain(): void {
    this.#answers = this.#resultAnswers = own();
    this.#problem = undefined;
    this.#result = undefined;
    this.#screen = this.#firstScreen;
    this.#host.requestUpdate();
  }
}
