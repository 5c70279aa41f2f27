import type { ReactiveControllerHost } from 'lit';

/**
 * Which of a widget's disclosures (collapsible sections, cautions, the source list) are open.
 * Each starts open or closed by default; the visitor's toggles are kept against that default,
 * so a section that becomes the first one shown (and open by default) stays as the visitor left it.
 */
export class Disclosures {
  readonly #host: ReactiveControllerHost;
  #toggled: ReadonlySet<string> = new Set();

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  isOpen(id: string, openByDefault = false): boolean {
    return openByDefault !== this.#toggled.has(id);
  }

  toggle(id: string): void {
    const toggled = new Set(this.#toggled);
    if (!toggled.delete(id)) toggled.add(id);
    this.#toggled = toggled;
    this.#host.requestUpdate();
  }

  /** Opens `id` if it is closed. */
  open(id: string, openByDefault = false): void {
    if (!this.isOpen(id, openByDefault)) this.toggle(id);
  }
}
