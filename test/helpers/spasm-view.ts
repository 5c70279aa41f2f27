import type { Block } from '../../src/shared/text-types.js';
import { describeElement, isShown, q, qa, shadowOf, textOf } from './shadow.js';

/**
 * Every piece of text a list of content blocks shows, one string per paragraph, list item, term
 * and term text: what a test looks for in the rendered widget.
 */
export function blockTexts(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) => {
    if ('paragraph' in block) return [block.paragraph];
    if ('list' in block) return [...block.list];
    return block.terms.flatMap(({ term, text }) => [term, text]);
  });
}

/** The headings inside `node` (or a widget's shadow root), as `[tag, text]` in page order. */
export function outlineOf(node: ParentNode): [string, string][] {
  return [...node.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => [h.localName, textOf(h)]);
}

/** The enabled or disabled `<button>` in `el`'s shadow root whose text is `label`, if any. */
export function buttonLabelled(el: Element, label: string): HTMLButtonElement | undefined {
  return qa<HTMLButtonElement>(el, 'button').find((button) => textOf(button) === label);
}

/** Like `buttonLabelled`, but throws (naming the buttons there are) when there is none. */
export function mustButton(el: Element, label: string): HTMLButtonElement {
  const button = buttonLabelled(el, label);
  if (!button) {
    const labels = qa(el, 'button').map((b) => JSON.stringify(textOf(b)));
    throw new Error(`no button "${label}" in <${el.localName}>; buttons: ${labels.join(', ') || 'none'}`);
  }
  return button;
}

/** What has focus inside `el`'s shadow root, described as `describeElement` does ("null" for nothing). */
export function focusedIn(el: Element): string {
  return describeElement(shadowOf(el).activeElement);
}

/**
 * Any widget's footer: its "Sources" disclosure button, the list of sources that button controls,
 * and the review dates. Throws when one is missing.
 */
export function sourcesDisclosure(el: Element): { button: HTMLButtonElement; list: HTMLElement; dates: HTMLElement } {
  const footer = q(el, 'footer[part~="about"]');
  const button = footer.querySelector<HTMLButtonElement>('button#sources-button');
  if (!button) throw new Error(`<${el.localName}>'s footer has no "Sources" button (#sources-button)`);
  const listId = button.getAttribute('aria-controls') ?? '';
  const list = shadowOf(el).getElementById(listId);
  if (!list || !footer.contains(list)) throw new Error(`the "Sources" button controls no element of the footer (aria-controls=${listId})`);
  const dates = footer.querySelector<HTMLElement>('dl');
  if (!dates) throw new Error(`<${el.localName}>'s footer shows no review dates`);
  return { button, list, dates };
}

/** What the footer's "Sources" disclosure shows now, as plain values for assertions. */
export interface SourcesState {
  readonly label: string;
  readonly expanded: string | null;
  /** Whether the list has the `hidden` attribute. */
  readonly listHidden: boolean;
  /** Whether a person can see the list, and how many of its links. */
  readonly listShown: boolean;
  readonly linksShown: number;
  readonly datesShown: boolean;
}

export function sourcesState(el: Element): SourcesState {
  const { button, list, dates } = sourcesDisclosure(el);
  return {
    label: textOf(button),
    expanded: button.getAttribute('aria-expanded'),
    listHidden: list.hidden,
    listShown: isShown(list),
    linksShown: [...list.querySelectorAll('a')].filter(isShown).length,
    datesShown: isShown(dates),
  };
}
