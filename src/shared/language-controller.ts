import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { inheritedLang, matchLanguage } from './language.js';
import { unwatchPage, watchPage, type PageWatcher } from './page-watch.js';
import { onLanguageAdded } from './texts.js';

/** The language every widget falls back to: every text has it. */
export const defaultLanguage = 'en';

/**
 * Which language a widget speaks: its own `lang`, else the nearest ancestor's, else `<html lang>`,
 * matched against the languages its text has (`es-MX` speaks `es`); a language it lacks gives
 * English with one warning. The widget re-renders when any `lang` on the page changes, and when a
 * language add-on arrives, which may be the language it was waiting for.
 */
export class LanguageController implements ReactiveController, PageWatcher {
  readonly #host: ReactiveControllerHost & Element;
  readonly #available: () => readonly string[];
  #stopListening: (() => void) | undefined;

  /** The language resolved on the host's last update. */
  language: string = defaultLanguage;

  constructor(host: ReactiveControllerHost & Element, available: () => readonly string[]) {
    this.#host = host;
    this.#available = available;
    host.addController(this);
  }

  hostConnected(): void {
    watchPage(this);
    this.#stopListening = onLanguageAdded(() => this.#host.requestUpdate());
    // The page may have changed language while the widget was away.
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    unwatchPage(this);
    this.#stopListening?.();
  }

  hostUpdate(): void {
    this.language = matchLanguage(inheritedLang(this.#host), this.#available(), defaultLanguage);
  }

  pageChanged(): void {
    this.#host.requestUpdate();
  }
}
