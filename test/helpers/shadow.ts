/** Small queries into a widget's shadow root, failing loudly when something is missing. */

export function shadowOf(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no open shadow root`);
  return el.shadowRoot;
}

/** The one element matching `selector` inside `el`'s shadow root; throws when there is none. */
export function q<E extends Element = HTMLElement>(el: Element, selector: string): E {
  const found = shadowOf(el).querySelector<E>(selector);
  if (!found) throw new Error(`nothing matches ${JSON.stringify(selector)} in <${el.localName}>'s shadow root`);
  return found;
}

/** Every element matching `selector` inside `el`'s shadow root. */
export function qa<E extends Element = HTMLElement>(el: Element, selector: string): E[] {
  return [...shadowOf(el).querySelectorAll<E>(selector)];
}

/**
 * `text` without the bidi isolates (U+2066-U+2069) that the widgets put around each value a page
 * gives (a clinic's name, a phone number): invisible, skipped by screen readers, but in the DOM.
 */
export function withoutIsolates(text: string): string {
  return text.replace(/[\u2066-\u2069]/g, '');
}

/** Text as a person reads it: whitespace collapsed, trimmed, without bidi isolates. */
export function textOf(node: Node | null | undefined): string {
  return withoutIsolates(node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Whether a person can see the element: it takes up room on the page (not `display: none`,
 * itself or through an ancestor such as a `hidden` panel) and is not `visibility: hidden`.
 */
export function isShown(el: Element): boolean {
  return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
}

/**
 * A short description of an element, such as `button "Common signs"` or
 * `input[type=radio][name=urgeToMove][value=yes]`. Assertions compare these strings rather than
 * elements: a failing `expect(element)` makes the test runner serialize the whole DOM graph,
 * which can hang the run instead of reporting the failure.
 */
export function describeElement(el: Element | null | undefined): string {
  if (!el) return String(el);
  if (el instanceof HTMLInputElement) return `input[type=${el.type}][name=${el.name}][value=${el.value}]`;
  const label = textOf(el);
  return label ? `${el.localName} "${label.length > 60 ? `${label.slice(0, 60)}…` : label}"` : el.localName;
}

/** A short name for an element in failure messages: `button.primary "Next"`, `p#note.hint`. */
export function nameOf(el: Element): string {
  const classes = [...el.classList].map((c) => `.${c}`).join('');
  const label = textOf(el);
  return `${el.localName}${el.id ? `#${el.id}` : ''}${classes}${label ? ` "${label.length > 40 ? `${label.slice(0, 40)}…` : label}"` : ''}`;
}
