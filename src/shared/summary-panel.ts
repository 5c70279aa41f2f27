import { adoptStyles, html, nothing, render, supportsAdoptingStyleSheets, type ReactiveElement, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { emit } from './frozen.js';
import type { Heading, HeadingRole } from './headings.js';
import { citationStop, joinSentences, summaryText, type SummaryDocument, type SummarySection } from './summary.js';
import { summaryPageStyles } from './summary.styles.js';
import type { SummaryText } from './text-types.js';

/** What the visitor did with a summary; the `lhw-summary` event names it and carries nothing else. */
export type SummaryAction = 'print' | 'save' | 'copy' | 'show';

/** The `lhw-summary` event's detail: the action only, never the answers. */
export interface SummaryActionDetail {
  readonly action: SummaryAction;
}

/**
 * The summary pages: shown full screen in the widget, and printed. Headings start at level 2.
 * Sections show in their order, except that the short lists (reasons, questions to ask) sit side
 * by side where there is room, after the answers, so a typical result fits on one page.
 */
export function summaryPages(documents: readonly SummaryDocument[]): TemplateResult {
  return html`${documents.map((doc) => {
    const lists = doc.sections.filter((section) => section.items);
    return html`<article class="summary-page" lang=${doc.language}>
      ${doc.copyNote ? html`<p class="copy-note" lang=${doc.copyNote.language}>${doc.copyNote.text}</p>` : nothing}
      <h2>${doc.title}</h2>
      <p>${doc.details.join(' · ')}</p>
      <h3>${doc.result.heading}</h3>
      ${doc.result.text.map((line) => html`<p>${line}</p>`)} ${doc.sections.filter((section) => section.rows).map(summarySection)}
      <div class="lists">${lists.map(summarySection)}</div>
      ${doc.sections.filter((section) => !section.rows && !section.items).map(summarySection)}
      <footer><p>${joinSentences(doc.footer)}</p></footer>
    </article>`;
  })}`;
}

function summarySection(section: SummarySection): TemplateResult {
  const { rows, columns, items, paragraphs, citations, lines } = section;
  return html`<section>
    <h3>${section.heading}</h3>
    ${rows
      ? html`<table>
          ${columns ? html`<thead><tr><th scope="col">${columns[0]}</th><th scope="col">${columns[1]}</th></tr></thead>` : nothing}
          <tbody>
            ${rows.map(([question, answer]) => html`<tr><th scope="row">${question}</th><td>${answer}</td></tr>`)}
          </tbody>
        </table>`
      : nothing}
    ${items ? html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>` : nothing}
    ${paragraphs?.map((paragraph) => html`<p>${paragraph}</p>`)}
    ${citations
      ? html`<p>
          ${citations.map(
            (citation) =>
              html`${citation.publisher}: ${citation.titles.map(
                ({ title, language }, i) => html`${i > 0 ? '; ' : ''}<span lang=${language}>${title}</span>`,
              )}${citationStop(citation)} `,
          )}
        </p>`
      : nothing}
    ${lines ? html`<div class="write-on" aria-hidden="true">${Array.from({ length: lines }, () => html`<div></div>`)}</div>` : nothing}
  </section>`;
}

const PRINT_HOLDER = 'data-lhw-print';

/**
 * Hides the host page while a summary prints, and the summary while it does not. It is adopted by
 * the document only between "Print" and `afterprint`. A constructed sheet, not a `<style>`, so a
 * strict Content Security Policy (`style-src 'self'`) allows it.
 */
let pageSheet: CSSStyleSheet | undefined;
function printOnlyTheSummary(): CSSStyleSheet {
  if (!pageSheet) {
    pageSheet = new CSSStyleSheet();
    pageSheet.replaceSync(
      `@media screen{[${PRINT_HOLDER}]{display:none!important}}@page{margin:8mm 10mm}` +
        '@media print{html,body{margin:0!important;padding:0!important;height:auto!important;overflow:visible!important;background:#fff!important}' +
        `body>:not([${PRINT_HOLDER}]){display:none!important}[${PRINT_HOLDER}]{all:initial!important;display:block!important}}`,
    );
  }
  return pageSheet;
}

/**
 * Prints the summary and nothing else. The page itself prints (so every browser, on phones too,
 * prints what it shows), with the summary in a box at the end of `<body>` and a sheet that hides
 * the rest of the page for printing only; both go when printing ends (`afterprint`). A hidden
 * iframe would print only itself, but several mobile browsers print the whole page from one.
 */
function printDocuments(host: Element, documents: readonly SummaryDocument[]): void {
  // A browser without constructed sheets (before Safari 16.4) prints the page as it is.
  if (!supportsAdoptingStyleSheets) return print();
  // A print that never ended (no `afterprint`, e.g. print() ignored in a sandboxed frame) must
  // not leave its summary to be printed with this one.
  endPrinting();
  const holder = document.createElement('div');
  // The page's markers for session-replay and analytics tools on the widget (a class such as
  // `rr-block`, an attribute such as `data-hj-suppress`) cover its printed copy too.
  for (const { name, value } of host.attributes) if (name === 'class' || name.startsWith('data-')) holder.setAttribute(name, value);
  holder.setAttribute(PRINT_HOLDER, '');
  const root = holder.attachShadow({ mode: 'open' });
  adoptStyles(root, [summaryPageStyles]);
  render(summaryPages(documents), root);
  document.body.append(holder);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, printOnlyTheSummary()];
  addEventListener('afterprint', endPrinting, { once: true });
  print();
}

/** Removes the printed summary and the sheet that hides the page, if they are there. */
function endPrinting(): void {
  removeEventListener('afterprint', endPrinting);
  for (const holder of document.querySelectorAll(`[${PRINT_HOLDER}]`)) holder.remove();
  if (pageSheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== pageSheet);
}

/** The host a summary panel needs: an element whose shadow root holds the panel. */
type SummaryHost = ReactiveElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The "Take this to your appointment" panel's state and actions. The element says how to build
 * the summary (in the visitor's language, then an English copy) and its file name; the answers
 * stay in the element's memory and are gone when the page is left.
 */
export class SummaryPanel {
  readonly #host: SummaryHost;
  readonly #build: () => readonly SummaryDocument[];
  readonly #fileName: () => string;
  /** The last action's outcome, announced by the panel's status line. */
  #status = '';
  /** Counts actions, so the same outcome twice is a new node that screen readers announce again. */
  #actions = 0;
  /** The documents on show full screen, or none. */
  #shown: readonly SummaryDocument[] = [];

  constructor(host: SummaryHost, options: { readonly build: () => readonly SummaryDocument[]; readonly fileName: () => string }) {
    this.#host = host;
    this.#build = options.build;
    this.#fileName = options.fileName;
  }

  /** Forgets what the panel said, for a new result. */
  reset(): void {
    this.#status = '';
    this.#shown = [];
  }

  /** The panel, under a result: heading, the four actions, their status, the full-screen view. */
  panel(options: { readonly heading: Heading; readonly role: HeadingRole; readonly text: SummaryText }): TemplateResult {
    const { heading, role, text } = options;
    return html`<section part="summary" class="summary-panel no-print" aria-labelledby="summary-heading">
      ${heading(role, text.heading, { id: 'summary-heading' })}
      <p>${text.intro}</p>
      <div class="actions">
        <button type="button" @click=${() => this.#do('print', text)}>${text.print}</button>
        <button type="button" @click=${() => this.#do('save', text)}>${text.save}</button>
        <button type="button" @click=${() => this.#do('copy', text)}>${text.copy}</button>
        <button type="button" id="summary-show" @click=${() => this.#do('show', text)}>${text.show}</button>
      </div>
      <p role="status" class="summary-status">${keyed(this.#actions, this.#status)}</p>
      <dialog class="summary-view" aria-label=${this.#shown[0]?.title ?? text.heading} @close=${this.#onViewClosed}>
        <form method="dialog"><button class="primary">${text.close}</button></form>
        ${summaryPages(this.#shown)}
      </dialog>
    </section>`;
  }

  async #do(action: SummaryAction, text: SummaryText): Promise<void> {
    const documents = this.#build();
    this.#status = '';
    this.#actions += 1;
    if (action === 'print') printDocuments(this.#host, documents);
    if (action === 'save') {
      this.#save(summaryText(documents));
      this.#status = text.saving;
    }
    if (action === 'copy') this.#status = (await this.#copy(summaryText(documents))) ? text.copied : text.copyFailed;
    if (action === 'show') {
      this.#shown = documents;
      this.#host.requestUpdate();
      await this.#host.updateComplete;
      this.#view()?.showModal();
    }
    this.#host.requestUpdate();
    const detail: SummaryActionDetail = { action };
    emit(this.#host, 'lhw-summary', detail);
  }

  /** A text file on the visitor's device, from a local `blob:` address: nothing is uploaded. */
  #save(content: string): void {
    const url = URL.createObjectURL(new Blob([content], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = this.#fileName();
    this.#host.renderRoot.append(link);
    link.click();
    link.remove();
    // Some browsers read the file after the click returns: give them a minute before letting it go.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  async #copy(content: string): Promise<boolean> {
    try {
      await navigator.clipboard.writeText(content);
      return true;
    } catch {
      // No clipboard (an insecure page, an old browser) or the visitor's browser said no.
      return false;
    }
  }

  #view(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector('dialog.summary-view');
  }

  /** The view closed (Close or Escape): drop its pages and go back to the button that opened it. */
  #onViewClosed = (): void => {
    this.#shown = [];
    this.#host.requestUpdate();
    this.#host.renderRoot.querySelector<HTMLElement>('#summary-show')?.focus();
  };
}

declare global {
  interface HTMLElementEventMap {
    'lhw-summary': CustomEvent<SummaryActionDetail>;
  }
}
